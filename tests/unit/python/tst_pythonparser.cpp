// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/astdump.h"
#include "core/python/parser.h"
#include "core/python/tokenizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Retort::Core;
using namespace Retort::Core::Python;

namespace {

QString tokenDump(const QString &source)
{
    Tokenizer tokenizer(source);
    const std::vector<Token> tokens = tokenizer.tokenize();
    QStringList out;
    for (const Token &t : tokens) {
        const QString text = source.mid(t.offset, t.length);
        switch (t.kind) {
        case TokenKind::Name: out << QStringLiteral("NAME(%1)").arg(text); break;
        case TokenKind::Keyword: out << QStringLiteral("KW(%1)").arg(text); break;
        case TokenKind::Number: out << QStringLiteral("NUM(%1)").arg(text); break;
        case TokenKind::String: out << QStringLiteral("STR(%1)").arg(text); break;
        case TokenKind::Op: out << QStringLiteral("OP(%1)").arg(text); break;
        case TokenKind::Newline: out << QStringLiteral("NL"); break;
        case TokenKind::Indent: out << QStringLiteral("INDENT"); break;
        case TokenKind::Dedent: out << QStringLiteral("DEDENT"); break;
        case TokenKind::EndMarker: out << QStringLiteral("END"); break;
        case TokenKind::Error: out << QStringLiteral("ERROR(%1)").arg(tokenizer.error()->message); break;
        }
    }
    return out.join(QLatin1Char(' '));
}

//! The dump of the single expression statement in `source`.
QString exprDump(const QString &source, bool ranges = false)
{
    const ParseResult r = parseModule(source, QStringLiteral("t.py"));
    if (!r.ok())
        return QStringLiteral("ERROR: ") + r.diagnostics.first().message;
    if (r.module->body().size() != 1 || r.module->body().front()->kind != StmtKind::Expr)
        return QStringLiteral("not one expression");
    return AstDump(ranges).expression(r.module->body().front()->value);
}

QString moduleDump(const QString &source, bool ranges = false)
{
    const ParseResult r = parseModule(source, QStringLiteral("t.py"));
    if (!r.ok())
        return QStringLiteral("ERROR: ") + r.diagnostics.first().message;
    return AstDump(ranges).module(*r.module).trimmed();
}

QString python3()
{
    return QStringLiteral("/usr/bin/python3");
}

} // namespace

class TestPythonParser : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void expressions_data();
    void expressions();
    void statements_data();
    void statements();
    void stringLiterals_data();
    void stringLiterals();
    void fstrings_data();
    void fstrings();
    void locations();
    void lineEndsAndBom();
    void syntaxErrors_data();
    void syntaxErrors();
    void matchStatementIsSkipped();
    void moduleHelpers();
    void partialModuleAfterError();
    void hugeSource();
    void deepNesting_data();
    void deepNesting();
    void nestingWithinLimit();
    void differentialAgainstCPython();
};

void TestPythonParser::tokens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("simple") << "x = 1\n" << "NAME(x) OP(=) NUM(1) NL END";
    QTest::newRow("no final newline") << "x" << "NAME(x) NL END";
    QTest::newRow("keywords and soft keywords")
        << "if match and _:\n" << "KW(if) NAME(match) KW(and) NAME(_) OP(:) NL END";
    QTest::newRow("indent dedent") << "if a:\n\tb\n\tif c:\n\t\td\ne\n"
                                   << "KW(if) NAME(a) OP(:) NL INDENT NAME(b) NL KW(if) NAME(c) OP(:) NL INDENT "
                                      "NAME(d) NL DEDENT DEDENT NAME(e) NL END";
    QTest::newRow("dedent at eof") << "def f():\n  pass" << "KW(def) NAME(f) OP(() OP()) OP(:) NL INDENT KW(pass) NL DEDENT END";
    QTest::newRow("blank and comment lines") << "a\n\n   # c\n\t\nb # tail\n" << "NAME(a) NL NAME(b) NL END";
    QTest::newRow("brackets join lines") << "f(a,\n  b\n)\n" << "NAME(f) OP(() NAME(a) OP(,) NAME(b) OP()) NL END";
    QTest::newRow("backslash continuation") << "a = 1 + \\\n    2\n" << "NAME(a) OP(=) NUM(1) OP(+) NUM(2) NL END";
    QTest::newRow("crlf and cr") << "a\r\nb\rc" << "NAME(a) NL NAME(b) NL NAME(c) NL END";
    QTest::newRow("numbers") << "0 1_000 0x_fF 0o17 0b1 1.5 .5 5. 1e-3 1_0.0_1E+1_0 2j 1.5J 00"
                             << "NUM(0) NUM(1_000) NUM(0x_fF) NUM(0o17) NUM(0b1) NUM(1.5) NUM(.5) NUM(5.) NUM(1e-3) "
                                "NUM(1_0.0_1E+1_0) NUM(2j) NUM(1.5J) NUM(00) NL END";
    QTest::newRow("number before keyword") << "1if x else 2" << "NUM(1) KW(if) NAME(x) KW(else) NUM(2) NL END";
    QTest::newRow("string prefixes")
        << "r'a' b\"b\" u'c' f'd' rb'e' BR'f' Fr'g' rF\"h\" '''i''' \"\"\"j\"\"\""
        << "STR(r'a') STR(b\"b\") STR(u'c') STR(f'd') STR(rb'e') STR(BR'f') STR(Fr'g') STR(rF\"h\") STR('''i''') "
           "STR(\"\"\"j\"\"\") NL END";
    QTest::newRow("not a prefix") << "ur'x'" << "NAME(ur) STR('x') NL END";
    QTest::newRow("escaped quote") << "'it\\'s'" << "STR('it\\'s') NL END";
    QTest::newRow("operators") << "a**=b//=c>>=d<<=e->f:=g...h!=i" << "NAME(a) OP(**=) NAME(b) OP(//=) NAME(c) OP(>>=) NAME(d) OP(<<=) "
                                                                     "NAME(e) OP(->) NAME(f) OP(:=) NAME(g) OP(...) NAME(h) OP(!=) NAME(i) NL END";
    QTest::newRow("unicode names") << "café = 名前" << "NAME(café) OP(=) NAME(名前) NL END";
    QTest::newRow("error stops") << "a = 'x\nb = 1\n" << "NAME(a) OP(=) ERROR(unterminated string literal (detected at line 1))";
}

void TestPythonParser::tokens()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(tokenDump(source), expected);
}

void TestPythonParser::expressions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mul over add") << "a + b * c" << "(BinOp + (Name a) (BinOp * (Name b) (Name c)))";
    QTest::newRow("left assoc") << "a - b - c" << "(BinOp - (BinOp - (Name a) (Name b)) (Name c))";
    QTest::newRow("power right assoc") << "a ** b ** c" << "(BinOp ** (Name a) (BinOp ** (Name b) (Name c)))";
    QTest::newRow("unary below power") << "-a ** -b" << "(UnaryOp - (BinOp ** (Name a) (UnaryOp - (Name b))))";
    QTest::newRow("bit levels") << "a | b ^ c & d << e + f"
                                << "(BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << (Name d) (BinOp + (Name e) (Name f))))))";
    QTest::newRow("term ops") << "a @ b // c % d / e"
                              << "(BinOp / (BinOp % (BinOp // (BinOp @ (Name a) (Name b)) (Name c)) (Name d)) (Name e))";
    QTest::newRow("comparison chain") << "a < b <= c is not d not in e"
                                      << "(Compare (Name a) < (Name b) <= (Name c) is not (Name d) not in (Name e))";
    QTest::newRow("bool ops") << "not a and b or c and d or e"
                              << "(BoolOp or (BoolOp and (UnaryOp not (Name a)) (Name b)) (BoolOp and (Name c) (Name d)) (Name e))";
    QTest::newRow("not binds looser than compare") << "not a == b" << "(UnaryOp not (Compare (Name a) == (Name b)))";
    QTest::newRow("ternary") << "a if b else c if d else e"
                             << "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))";
    QTest::newRow("lambda") << "lambda x, *a, y=1, **k: x + y"
                            << "(Lambda (Params (Param arg x _ _) (Param vararg a _ _) (Param kwonly y _ (Int 1)) (Param kwarg k _ _)) "
                               "(BinOp + (Name x) (Name y)))";
    QTest::newRow("walrus") << "(y := f(x))" << "(NamedExpr (Name y) (Call (Name f) (Name x)))";
    QTest::newRow("await") << "await a.b()" << "(Await (Call (Attribute (Name a) b)))";
    QTest::newRow("call args") << "f(a, *b, c=1, *d, **e)"
                               << "(Call (Name f) (Name a) (Starred (Name b)) (Keyword c (Int 1)) (Starred (Name d)) (Keyword ** (Name e)))";
    QTest::newRow("call genexp") << "f(x for x in y)" << "(Call (Name f) (GeneratorExp (Name x) (Comprehension (Name x) (Name y))))";
    QTest::newRow("chained primary") << "a.b(c)[d].e" << "(Attribute (Subscript (Call (Attribute (Name a) b) (Name c)) (Name d)) e)";
    QTest::newRow("slices") << "x[1:2, ::3, :, a]"
                            << "(Subscript (Name x) (Tuple (Slice (Int 1) (Int 2) _) (Slice _ _ (Int 3)) (Slice _ _ _) (Name a)))";
    QTest::newRow("atoms") << "(None, True, False, ..., 1, 1.5, 2j, 'a', b'b')"
                           << "(Tuple (None) (True) (False) (Ellipsis) (Int 1) (Float 1.5) (Imaginary 2j) (String \"a\") (Bytes \"b\"))";
    QTest::newRow("empty displays") << "((), [], {})" << "(Tuple (Tuple) (List) (Dict))";
    QTest::newRow("parenthesised is not a tuple") << "(a)" << "(Name a)";
    QTest::newRow("one tuple") << "(a,)" << "(Tuple (Name a))";
    QTest::newRow("list comp") << "[x for x in y if x for z in w]"
                               << "(ListComp (Name x) (Comprehension (Name x) (Name y) (Name x)) (Comprehension (Name z) (Name w)))";
    QTest::newRow("dict and set") << "({a: b, **c}, {a, *b})"
                                  << "(Tuple (Dict (DictEntry (Name a) (Name b)) (DoubleStarred (Name c))) (Set (Name a) (Starred (Name b))))";
    QTest::newRow("dict comp") << "{k: v for k, v in i}"
                               << "(DictComp (Name k) (Name v) (Comprehension (Tuple (Name k) (Name v)) (Name i)))";
    QTest::newRow("set comp") << "{x async for x in y}" << "(SetComp (Name x) (Comprehension async (Name x) (Name y)))";
    QTest::newRow("yield") << "(yield a, b)" << "(Yield (Tuple (Name a) (Name b)))";
    QTest::newRow("yield from") << "(yield from a)" << "(YieldFrom (Name a))";
    QTest::newRow("numbers keep text") << "0x_1F + 1_000 + 1_0.5e1_0" << "(BinOp + (BinOp + (Int 0x1F) (Int 1000)) (Float 10.5e10))";
}

void TestPythonParser::expressions()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(exprDump(source), expected);
}

void TestPythonParser::statements_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chained assign") << "a = b = 1" << "(Assign (Targets (Name a) (Name b)) (Int 1))";
    QTest::newRow("tuple target") << "a, *b = c" << "(Assign (Targets (Tuple (Name a) (Starred (Name b)))) (Name c))";
    QTest::newRow("augmented") << "a.b += 1" << "(AugAssign (Attribute (Name a) b) + (Int 1))";
    QTest::newRow("annotated") << "x: int = 1\ny: str" << "(AnnAssign (Name x) (Name int) (Int 1))\n(AnnAssign (Name y) (Name str) _)";
    QTest::newRow("imports") << "import a.b as c, d\nfrom ..e import (f as g, h,)\nfrom . import *"
                             << "(Import (Alias a.b c) (Alias d _))\n(ImportFrom e 2 (Alias f g) (Alias h _))\n(ImportFrom _ 1 (Alias * _))";
    QTest::newRow("def") << "@dec\nasync def f(a, /, b: int = 1, *c, d, **e) -> R:\n    return a"
                         << "(FunctionDef f async (Params (Param posonly a _ _) (Param arg b (Name int) (Int 1)) (Param vararg c _ _) "
                            "(Param kwonly d _ _) (Param kwarg e _ _)) (Name R) (Decorators (Name dec)) (Body (Return (Name a))))";
    QTest::newRow("bare star") << "def f(*, a=1): pass"
                               << "(FunctionDef f (Params (Param kwonly a _ (Int 1))) _ (Decorators) (Body (Pass)))";
    QTest::newRow("class") << "class A(B, metaclass=M):\n    x = 1"
                           << "(ClassDef A (Bases (Name B) (Keyword metaclass (Name M))) (Decorators) (Body (Assign (Targets (Name x)) (Int 1))))";
    QTest::newRow("if elif else") << "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass"
                                  << "(If (Name a) (Body (Pass)) (Else (If (Name b) (Body (Pass)) (Else (Pass)))))";
    QTest::newRow("for else") << "for a, b in c:\n    break\nelse:\n    continue"
                              << "(For (Tuple (Name a) (Name b)) (Name c) (Body (Break)) (Else (Continue)))";
    QTest::newRow("while else") << "while a:\n    pass\nelse:\n    pass" << "(While (Name a) (Body (Pass)) (Else (Pass)))";
    QTest::newRow("with items") << "with a as b, c:\n    pass" << "(With (Item (Name a) (Name b)) (Item (Name c) _) (Body (Pass)))";
    QTest::newRow("with parenthesised") << "with (a as b, c as d,):\n    pass"
                                        << "(With (Item (Name a) (Name b)) (Item (Name c) (Name d)) (Body (Pass)))";
    QTest::newRow("with tuple context") << "with (a, b) as c:\n    pass" << "(With (Item (Tuple (Name a) (Name b)) (Name c)) (Body (Pass)))";
    QTest::newRow("try") << "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass"
                         << "(Try (Body (Pass)) (Handler (Tuple (Name A) (Name B)) e (Body (Raise (Name C) (Name e)))) "
                            "(Handler _ _ (Body (Raise _ _))) (Else (Pass)) (Finally (Pass)))";
    QTest::newRow("try star") << "try:\n    pass\nexcept* E:\n    pass" << "(TryStar (Body (Pass)) (Handler (Name E) _ (Body (Pass))) (Else) (Finally))";
    QTest::newRow("simple statements") << "global a, b; nonlocal c; del d[0], e.f; assert g, 'm'; return"
                                       << "(Global a b)\n(Nonlocal c)\n(Delete (Subscript (Name d) (Int 0)) (Attribute (Name e) f))\n"
                                          "(Assert (Name g) (String \"m\"))\n(Return _)";
    QTest::newRow("one-line block") << "if a: b = 1; c()" << "(If (Name a) (Body (Assign (Targets (Name b)) (Int 1)) (Expr (Call (Name c)))) (Else))";
}

void TestPythonParser::statements()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(moduleDump(source), expected);
}

void TestPythonParser::stringLiterals_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::newRow("escapes") << R"('a\nb\tc\\d\'e\"f')" << "String" << QStringLiteral("a\nb\tc\\d'e\"f");
    QTest::newRow("control escapes") << R"('\a\b\f\v\r')" << "String" << QStringLiteral("\a\b\f\v\r");
    QTest::newRow("octal") << R"('\0\101\7a')" << "String" << QString(QChar(0)) + QStringLiteral("A\aa");
    QTest::newRow("hex and unicode") << R"('\x41\u00e9\U0001F600')" << "String" << QStringLiteral("Aé\U0001F600");
    QTest::newRow("named escape kept") << R"('\N{BULLET}!')" << "String" << QStringLiteral("\\N{BULLET}!");
    QTest::newRow("unknown escape kept") << R"('\d')" << "String" << QStringLiteral("\\d");
    QTest::newRow("raw") << R"(r'\n\'')" << "String" << QStringLiteral("\\n\\'");
    QTest::newRow("raw upper") << R"(R"\d")" << "String" << QStringLiteral("\\d");
    QTest::newRow("unicode prefix") << "u'x'" << "String" << QStringLiteral("x");
    QTest::newRow("bytes") << R"(b'\xff\x00A\u1234')" << "Bytes" << QString(QChar(0xff)) + QChar(0) + QStringLiteral("A\\u1234");
    QTest::newRow("raw bytes") << R"(rb'\x00' Br'\t')" << "Bytes" << QStringLiteral("\\x00\\t");
    QTest::newRow("implicit concatenation") << "'a' \"b\" '''c'''" << "String" << QStringLiteral("abc");
    QTest::newRow("triple with newlines") << "'''a\r\nb\rc'''" << "String" << QStringLiteral("a\nb\nc");
    QTest::newRow("backslash newline") << "'a\\\nb'" << "String" << QStringLiteral("ab");
    QTest::newRow("concatenation across lines") << "('a'\n 'b')" << "String" << QStringLiteral("ab");
}

void TestPythonParser::stringLiterals()
{
    QFETCH(QString, source);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    const ParseResult r = parseModule(source, QStringLiteral("t.py"));
    QVERIFY2(r.ok(), qPrintable(r.diagnostics.value(0).message));
    const Expr *e = r.module->body().front()->value;
    QCOMPARE(exprKindName(e->kind), kind);
    QCOMPARE(e->value, value);
}

void TestPythonParser::fstrings_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("literal only") << "f'abc'" << "(FString (String \"abc\"))";
    QTest::newRow("empty") << "f''" << "(FString)";
    QTest::newRow("fields") << "f'a{b}c{d.e()}'"
                            << "(FString (String \"a\") (FormattedValue (Name b) _) (String \"c\") (FormattedValue (Call (Attribute (Name d) e)) _))";
    QTest::newRow("conversion and spec") << "f'{x!r:>{w}}'" << "(FString (FormattedValue (Name x) r \">{w}\"))";
    QTest::newRow("self documenting") << "f'{x = }'" << "(FString (String \"x = \") (FormattedValue (Name x) r))";
    QTest::newRow("doubled braces") << "f'{{a}}'" << "(FString (String \"{a}\"))";
    QTest::newRow("merged with plain") << "'a' f'b{c}' 'd'"
                                       << "(FString (String \"ab\") (FormattedValue (Name c) _) (String \"d\"))";
    QTest::newRow("escapes in literal part") << "f'\\t{a}'" << "(FString (String \"\\u0009\") (FormattedValue (Name a) _))";
    QTest::newRow("raw") << "rf'\\d{a}'" << "(FString (String \"\\u005cd\") (FormattedValue (Name a) _))";
    QTest::newRow("named escape") << "f'\\N{DASH} {a}'"
                                  << "(FString (String \"\\u005cN{DASH} \") (FormattedValue (Name a) _))";
    QTest::newRow("nested strings") << "f\"{d['k']}\"" << "(FString (FormattedValue (Subscript (Name d) (String \"k\")) _))";
    QTest::newRow("tuple field") << "f'{a, b}'" << "(FString (FormattedValue (Tuple (Name a) (Name b)) _))";
    QTest::newRow("comparison is not conversion") << "f'{a != b}'" << "(FString (FormattedValue (Compare (Name a) != (Name b)) _))";
}

void TestPythonParser::fstrings()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(exprDump(source), expected);
}

void TestPythonParser::locations()
{
    // Ranges are 1-based; endColumn is one past the last character; a node starts at its first token.
    QCOMPARE(exprDump(QStringLiteral("(a + b) * c"), true),
             QStringLiteral("(BinOp@1:1-1:12 * (BinOp@1:2-1:7 + (Name@1:2-1:3 a) (Name@1:6-1:7 b)) (Name@1:11-1:12 c))"));
    QCOMPARE(moduleDump(QStringLiteral("def f(x: int = 2):\n    return op.create_table(\n        't')\n"), true),
             QStringLiteral("(FunctionDef@1:1-3:13 f (Params (Param@1:7-1:13 arg x (Name@1:10-1:13 int) (Int@1:16-1:17 2))) _ (Decorators) "
                            "(Body (Return@2:5-3:13 (Call@2:12-3:13 (Attribute@2:12-2:27 (Name@2:12-2:14 op) create_table) "
                            "(String@3:9-3:12 \"t\")))))"));
    // Positions inside an f-string field are real source positions.
    const ParseResult r = parseModule(QStringLiteral("x = f'ab{cd}'\n"), QStringLiteral("t.py"));
    const Expr *field = r.module->body().front()->value->children[1];
    QCOMPARE(field->kind, ExprKind::FormattedValue);
    QCOMPARE(field->range, (SourceRange{1, 9, 1, 13}));
    QCOMPARE(field->children[0]->range, (SourceRange{1, 10, 1, 12}));
    // Statement ranges end at the last token of the statement, not at the NEWLINE.
    const ParseResult r2 = parseModule(QStringLiteral("if a:\n    b = 1  # c\n\nz\n"), QStringLiteral("t.py"));
    QCOMPARE(r2.module->body().front()->range, (SourceRange{1, 1, 2, 10}));
    QCOMPARE(r2.module->body().back()->range, (SourceRange{4, 1, 4, 2}));
}

void TestPythonParser::lineEndsAndBom()
{
    const QString expected = QStringLiteral("(Assign@1:1-1:6 (Targets (Name@1:1-1:2 a)) (Int@1:5-1:6 1))\n"
                                            "(Assign@2:1-3:5 (Targets (Name@2:1-2:2 b)) (Tuple@2:5-3:5 (Int@2:6-2:7 2) (Int@3:3-3:4 3)))");
    QCOMPARE(moduleDump(QStringLiteral("a = 1\nb = (2,\n  3)\n"), true), expected);
    QCOMPARE(moduleDump(QStringLiteral("a = 1\r\nb = (2,\r\n  3)\r\n"), true), expected);
    QCOMPARE(moduleDump(QStringLiteral("a = 1\rb = (2,\r  3)\r"), true), expected);
    QCOMPARE(moduleDump(QStringLiteral("\uFEFFa = 1\nb = (2,\n  3)"), true), expected);
    // A tab counts as one column in positions.
    QCOMPARE(moduleDump(QStringLiteral("if a:\n\tb\n\tc\n"), true),
             QStringLiteral("(If@1:1-3:3 (Name@1:4-1:5 a) (Body (Expr@2:2-2:3 (Name@2:2-2:3 b)) (Expr@3:2-3:3 (Name@3:2-3:3 c))) (Else))"));
    // Tabs advance to the next multiple of 8, and tabs and spaces must agree like in CPython.
    QCOMPARE(moduleDump(QStringLiteral("if a:\n\tb\n        c\n")), QStringLiteral("ERROR: inconsistent use of tabs and spaces in indentation"));
    QCOMPARE(moduleDump(QStringLiteral("if a:\n        b\n  \tc\n")), QStringLiteral("ERROR: inconsistent use of tabs and spaces in indentation"));
}

void TestPythonParser::syntaxErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    const QString syntax = QStringLiteral("py-syntax");
    QTest::newRow("invalid syntax") << "if x y:\n  pass\n" << "invalid syntax" << 1 << 6 << syntax;
    QTest::newRow("incomplete expression") << "x = 1 +\n" << "invalid syntax" << 1 << 8 << syntax;
    QTest::newRow("unexpected indent") << "a = 1\n    b = 2\n" << "unexpected indent" << 2 << 5 << syntax;
    QTest::newRow("unindent mismatch") << "if x:\n    a\n  b\n" << "unindent does not match any outer indentation level" << 3 << 3 << syntax;
    QTest::newRow("tab error") << "if x:\n\tif y:\n        pass\n" << "inconsistent use of tabs and spaces in indentation" << 3 << 9 << syntax;
    QTest::newRow("expected indented block")
        << "def f():\nreturn 1\n" << "expected an indented block after function definition on line 1" << 2 << 1 << syntax;
    QTest::newRow("expected colon") << "if x\n  pass\n" << "expected ':'" << 1 << 5 << syntax;
    QTest::newRow("unterminated string") << "a = 1\nb = 'abc\nc = 2\n" << "unterminated string literal (detected at line 2)" << 2 << 5 << syntax;
    QTest::newRow("unterminated triple") << "x = '''abc\n\ny=1\n" << "unterminated triple-quoted string literal (detected at line 3)" << 1 << 5 << syntax;
    QTest::newRow("never closed") << "op.create_table('t',\n    sa.Column('id')\n\ndef downgrade():\n    pass\n"
                                  << "'(' was never closed" << 1 << 16 << syntax;
    QTest::newRow("unmatched") << "x = )\n" << "unmatched ')'" << 1 << 5 << syntax;
    QTest::newRow("mismatched") << "x = (\n]\n" << "closing parenthesis ']' does not match opening parenthesis '(' on line 1" << 2 << 1 << syntax;
    QTest::newRow("tokenizer error wins") << "x = = 1\ny = 'a\n" << "unterminated string literal (detected at line 2)" << 2 << 5 << syntax;
    QTest::newRow("parser error before unclosed") << "x = = 1\ny = (\n" << "invalid syntax" << 1 << 5 << syntax;
    QTest::newRow("invalid decimal") << "x = 1abc\n" << "invalid decimal literal" << 1 << 5 << syntax;
    QTest::newRow("leading zeros") << "x = 0777\n"
                                   << "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers" << 1 << 5 << syntax;
    QTest::newRow("octal digit") << "x = 0o8\n" << "invalid digit '8' in octal literal" << 1 << 7 << syntax;
    QTest::newRow("invalid character") << "x = a € b\n" << "invalid character '€' (U+20AC)" << 1 << 7 << syntax;
    QTest::newRow("continuation") << "x = 1 \\ 2\n" << "unexpected character after line continuation character" << 1 << 8 << syntax;
    QTest::newRow("assign to call") << "f() = 1\n" << "cannot assign to function call here. Maybe you meant '==' instead of '='?" << 1 << 1 << syntax;
    QTest::newRow("assign to literal") << "a = 1 = 2\n" << "cannot assign to literal" << 1 << 5 << syntax;
    QTest::newRow("missing else") << "x = 1 if y\n" << "expected 'else' after 'if' expression" << 1 << 5 << syntax;
    QTest::newRow("default order") << "def f(x=1, y):\n pass\n" << "non-default argument follows default argument" << 1 << 12 << syntax;
    QTest::newRow("keyword order") << "f(a=1, b)\n" << "positional argument follows keyword argument" << 1 << 8 << syntax;
    QTest::newRow("missing comma") << "x = [1 2]\n" << "invalid syntax. Perhaps you forgot a comma?" << 1 << 6 << syntax;
    QTest::newRow("print statement") << "print 'x'\n" << "Missing parentheses in call to 'print'. Did you mean print(...)?" << 1 << 1 << syntax;
    QTest::newRow("mixed bytes") << "x = 'a' b'b'\n" << "cannot mix bytes and nonbytes literals" << 1 << 5 << syntax;
    QTest::newRow("bad escape") << "x = '\\x4'\n" << "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape" << 1 << 5 << syntax;
    QTest::newRow("f-string empty") << "x = f'{}'\n" << "f-string: empty expression not allowed" << 1 << 8 << syntax;
    QTest::newRow("f-string brace") << "x = f'a}'\n" << "f-string: single '}' is not allowed" << 1 << 8 << syntax;
    QTest::newRow("f-string syntax") << "x = f'{a b}'\n" << "f-string: invalid syntax" << 1 << 10 << syntax;
    QTest::newRow("f-string backslash") << "x = f'{a[\"\\n\"]}'\n" << "f-string expression part cannot include a backslash" << 1 << 11 << syntax;
    QTest::newRow("try without handler") << "try:\n    pass\nx = 1\n" << "expected 'except' or 'finally' block" << 3 << 1 << syntax;
    QTest::newRow("eof after backslash") << "x = 1\n\\" << "unexpected EOF while parsing" << 2 << 2 << syntax;
    QTest::newRow("null byte") << QStringLiteral("x = 1\n") + QChar(0) << "invalid non-printable character U+0000" << 2 << 1 << syntax;
    QTest::newRow("too many brackets") << QString(300, QLatin1Char('(')) << "too many nested parentheses" << 1 << 201 << "py-too-deep";
}

void TestPythonParser::syntaxErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    const ParseResult r = parseModule(source, QStringLiteral("dir/f.py"));
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.message, message);
    QCOMPARE(d.code, code);
    QCOMPARE(d.location, (SourceLocation{QStringLiteral("dir/f.py"), line, column}));
}

void TestPythonParser::matchStatementIsSkipped()
{
    const QString source = QStringLiteral("x = 1\nmatch cmd.split():\n    case [a]:\n        if a:\n            pass\n    case _:\n        pass\n"
                                          "match = 2\nmatch(y)\n");
    const ParseResult r = parseModule(source, QStringLiteral("m.py"));
    QVERIFY(r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first(), Diagnostic::warning(QStringLiteral("py-unsupported"), QStringLiteral("match statements are not supported"),
                                                         SourceLocation{QStringLiteral("m.py"), 2, 1}));
    QCOMPARE(AstDump(true).module(*r.module).trimmed(),
             QStringLiteral("(Assign@1:1-1:6 (Targets (Name@1:1-1:2 x)) (Int@1:5-1:6 1))\n(Match@2:1-7:13)\n"
                            "(Assign@8:1-8:10 (Targets (Name@8:1-8:6 match)) (Int@8:9-8:10 2))\n"
                            "(Expr@9:1-9:9 (Call@9:1-9:9 (Name@9:1-9:6 match) (Name@9:7-9:8 y)))"));
}

void TestPythonParser::moduleHelpers()
{
    const ParseResult r = parseModule(QStringLiteral("  \n\"\"\"Doc\n\nmore\"\"\"\ndef upgrade(): pass\ndef downgrade(): pass\n"
                                                     "if x:\n    def upgrade(): return 1\ndef upgrade(): return 2\n"),
                                      QStringLiteral("t.py"));
    QVERIFY(r.ok());
    QCOMPARE(r.module->docstring(), QStringLiteral("Doc\n\nmore"));
    const Stmt *up = r.module->function(u"upgrade");
    QVERIFY(up);
    QCOMPARE(up->range.line, 9); // the last top-level definition wins
    QVERIFY(r.module->function(u"downgrade"));
    QVERIFY(!r.module->function(u"missing"));
    QVERIFY(parseModule(QStringLiteral("x = 1\n'not a docstring'\n"), QString()).module->docstring().isNull());
    QVERIFY(parseModule(QStringLiteral("f'{x}'\n"), QString()).module->docstring().isNull());
    QVERIFY(parseModule(QString(), QString()).module->body().empty());
    // Nodes stay valid as long as the module is held, whatever happened to the result.
    std::shared_ptr<const Module> kept;
    const Stmt *def = nullptr;
    {
        const ParseResult temp = parseModule(QStringLiteral("def downgrade(a=[1, 2]): pass\n"), QStringLiteral("t.py"));
        kept = temp.module;
        def = kept->function(u"downgrade");
    }
    QCOMPARE(def->parameters->list.front().defaultValue->children.size(), size_t(2));
}

void TestPythonParser::partialModuleAfterError()
{
    const ParseResult r = parseModule(QStringLiteral("a = 1\nb = 2\nc = (\nd = 4\n"), QStringLiteral("t.py"));
    QVERIFY(!r.ok());
    QCOMPARE(r.module->body().size(), size_t(2));
    QCOMPARE(r.diagnostics.first().message, QStringLiteral("'(' was never closed"));
}

void TestPythonParser::hugeSource()
{
    const QString chunk = QStringLiteral(
        "\n\ndef upgrade_%1() -> None:\n"
        "    op.create_table(\n"
        "        \"account_%1\",\n"
        "        sa.Column(\"id\", sa.Integer(), nullable=False),\n"
        "        sa.Column(\"name\", sa.String(length=50), server_default=sa.text(\"'x'\")),\n"
        "        sa.PrimaryKeyConstraint(\"id\"),\n"
        "    )\n"
        "    with op.batch_alter_table(\"account_%1\") as batch_op:\n"
        "        batch_op.create_index(batch_op.f(\"ix_name\"), [\"name\"], unique=False)\n"
        "    if op.get_context().dialect.name == \"postgresql\":\n"
        "        op.execute(f\"ALTER TABLE account_%1 ADD CHECK (balance >= {0})\")\n"
        "    x = [i * 2 for i in range(10) if i % 3] + list({\"a\": 1, **d}.items())\n");
    QString source = QStringLiteral("\"\"\"huge\"\"\"\n");
    int functions = 0;
    while (source.size() < 5 * 1024 * 1024)
        source += chunk.arg(functions++);
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = parseModule(source, QStringLiteral("huge.py"));
    const qint64 ms = timer.elapsed();
    QVERIFY(r.ok());
    QCOMPARE(int(r.module->body().size()), functions + 1);
    QVERIFY(r.module->function(QStringLiteral("upgrade_%1").arg(functions - 1)));
    qInfo("5 MB parsed in %lld ms (timing is informative; speed goals live in bench/)", ms);
}

void TestPythonParser::deepNesting_data()
{
    QTest::addColumn<QString>("source");
    const int n = 10000;
    QTest::newRow("parentheses") << QString(n, QLatin1Char('(')) + QString(n, QLatin1Char(')'));
    QTest::newRow("lists") << QStringLiteral("x = ") + QString(n, QLatin1Char('[')) + QString(n, QLatin1Char(']'));
    QTest::newRow("unary minus") << QStringLiteral("x = ") + QString(n, QLatin1Char('-')) + QStringLiteral("1");
    QTest::newRow("not") << QStringLiteral("x = ") + QStringLiteral("not ").repeated(n) + QStringLiteral("y");
    QTest::newRow("power") << QStringLiteral("x = 2") + QStringLiteral(" ** 2").repeated(n);
    QTest::newRow("sum chain") << QStringLiteral("x = 1") + QStringLiteral(" + 1").repeated(n);
    QTest::newRow("attribute chain") << QStringLiteral("x = a") + QStringLiteral(".b").repeated(n);
    QTest::newRow("call chain") << QStringLiteral("x = f") + QStringLiteral("()").repeated(n);
    QTest::newRow("lambda") << QStringLiteral("x = ") + QStringLiteral("lambda: ").repeated(n) + QStringLiteral("1");
    QTest::newRow("ternary") << QStringLiteral("x = ") + QStringLiteral("a if b else ").repeated(n) + QStringLiteral("c");
    QTest::newRow("elif chain") << QStringLiteral("if a:\n    pass\n") + QStringLiteral("elif a:\n    pass\n").repeated(n);
    QString blocks;
    for (int i = 0; i < 300; ++i)
        blocks += QString(i, QLatin1Char(' ')) + QStringLiteral("if a:\n");
    QTest::newRow("indentation") << blocks + QString(300, QLatin1Char(' ')) + QStringLiteral("pass\n");
    QString fstring = QStringLiteral("x");
    for (int i = 0; i < 300; ++i)
        fstring = QStringLiteral("(") + fstring + QStringLiteral(")");
    QTest::newRow("f-string field") << QStringLiteral("f'{") + fstring + QStringLiteral("}'");
}

void TestPythonParser::deepNesting()
{
    QFETCH(QString, source);
    const ParseResult r = parseModule(source, QStringLiteral("deep.py"));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().code, QStringLiteral("py-too-deep"));
    QCOMPARE(r.diagnostics.first().severity, Severity::Error);
}

void TestPythonParser::nestingWithinLimit()
{
    const int n = 150;
    QVERIFY(parseModule(QString(QStringLiteral("x = ") + QString(n, QLatin1Char('(')) + QStringLiteral("1") + QString(n, QLatin1Char(')'))), {}).ok());
    QVERIFY(parseModule(QString(QStringLiteral("x = 1") + QStringLiteral(" + 1").repeated(n)), {}).ok());
    QString blocks;
    for (int i = 0; i < 90; ++i)
        blocks += QString(i, QLatin1Char(' ')) + QStringLiteral("if a:\n");
    QVERIFY(parseModule(QString(blocks + QString(90, QLatin1Char(' ')) + QStringLiteral("pass\n")), {}).ok());
}

void TestPythonParser::differentialAgainstCPython()
{
    // CPython 3.11's own ast module is the oracle: both trees, with locations, must match.
    QProcess version;
    version.start(python3(), {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.version_info >= (3, 11))")});
    if (!version.waitForFinished(20000) || version.readAllStandardOutput().trimmed() != "True")
        QSKIP("needs /usr/bin/python3 >= 3.11");
    QStringList files;
    const QDir corpus(QStringLiteral(RETORT_TEST_DATA_DIR "/python/corpus"));
    for (const QString &name : corpus.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
        files << corpus.filePath(name);
    const QDir revisions(QStringLiteral(RETORT_TEST_DATA_DIR "/python/revisions"));
    for (const char *name : {"plain_181.py", "head_annotated.py", "conditional.py", "crlf.py", "unpacking.py"})
        files << revisions.filePath(QLatin1String(name));
    // Alembic's own sources, when the oracle is installed.
    const QDir alembic(QStringLiteral("/usr/lib/python3/dist-packages/alembic"));
    if (alembic.exists()) {
        for (const char *dir : {"", "operations", "autogenerate", "script", "runtime", "ddl", "util"}) {
            const QDir d(alembic.filePath(QLatin1String(dir)));
            for (const QString &name : d.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
                files << d.filePath(name);
        }
    }
    QProcess oracle;
    oracle.start(python3(), QStringList{QStringLiteral(RETORT_SOURCE_DIR "/tests/unit/python/pyast_sexpr.py"), QStringLiteral("--ranges")} + files);
    QVERIFY(oracle.waitForFinished(120000));
    QCOMPARE(oracle.exitCode(), 0);
    const QStringList expected = QString::fromUtf8(oracle.readAllStandardOutput()).split(QLatin1Char('\n'));

    QStringList actual;
    AstDump dump(true);
    for (const QString &path : files) {
        actual << QStringLiteral("== ") + path;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParseResult r = parseModule(QString::fromUtf8(file.readAll()), path);
        if (!r.ok()) {
            actual << QStringLiteral("ERROR %1").arg(r.diagnostics.first().location.line);
            continue;
        }
        for (const Stmt *s : r.module->body())
            actual << dump.statement(s);
    }
    actual << QString();
    QVERIFY(files.size() > 5);
    QString file;
    for (int i = 0; i < qMin(actual.size(), expected.size()); ++i) {
        if (actual[i].startsWith(QLatin1String("== ")))
            file = actual[i];
        if (actual[i] != expected[i]) {
            qWarning("first difference in %s (line %d of the dump)", qPrintable(file), i);
            QCOMPARE(actual[i], expected[i]);
        }
    }
    QCOMPARE(actual.size(), expected.size());
}

QTEST_APPLESS_MAIN(TestPythonParser)
#include "tst_pythonparser.moc"
