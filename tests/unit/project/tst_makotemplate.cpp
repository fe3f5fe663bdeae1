// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// MakoTemplate: Mako 1.2's lexer rules and the Python subset of script.py.mako templates. Every
// expected text below is what real Mako renders for the same source and variables (checked by
// tests/diff/test_written_files.py, which byte-compares many more cases live).

#include "core/project/makotemplate.h"

#include <QFile>
#include <QTest>

using namespace Retort::Core;

Q_DECLARE_METATYPE(Retort::Core::MakoValue)

namespace {

const QString kAlembicTemplates
    = QStringLiteral("/usr/lib/python3/dist-packages/alembic/templates");

MakoRenderInput alembicVariables()
{
    MakoRenderInput input;
    input.variables = {
        {QStringLiteral("up_revision"), MakoValue::string(QStringLiteral("1975ea83b712"))},
        {QStringLiteral("down_revision"),
            MakoValue::strings({QStringLiteral("a1"), QStringLiteral("b2")})},
        {QStringLiteral("branch_labels"), MakoValue::tupleOrNone({QStringLiteral("media")})},
        {QStringLiteral("depends_on"),
            MakoValue::scalarOrSequence(
                {QStringLiteral("x"), QStringLiteral("y")}, MakoValue::Kind::List)},
        {QStringLiteral("create_date"),
            MakoValue::dateTime(
                CreateDate::fromFields(QDate(2026, 11, 21), QTime(9, 30, 1), 794456))},
        {QStringLiteral("comma"), MakoValue::callable(QStringLiteral("comma"))},
        {QStringLiteral("message"), MakoValue::string(QStringLiteral("merge heads"))},
        {QStringLiteral("config"), MakoValue::object(QStringLiteral("config"))},
    };
    input.mainOption = [](const QString &key) -> std::optional<QString> {
        if (key == QLatin1String("databases"))
            return QStringLiteral("engine1, engine2");
        return std::nullopt;
    };
    return input;
}

const char *const kGenericMerge
    = "\"\"\"merge heads\n\nRevision ID: 1975ea83b712\nRevises: a1, b2\n"
      "Create Date: 2026-11-21 09:30:01.794456\n\n\"\"\"\nfrom alembic import op\n"
      "import sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n"
      "revision = '1975ea83b712'\ndown_revision = ('a1', 'b2')\nbranch_labels = ('media',)\n"
      "depends_on = ['x', 'y']\n\n\ndef upgrade() -> None:\n    pass\n\n\n"
      "def downgrade() -> None:\n    pass\n";

} // namespace

class TestMakoTemplate : public QObject
{
    Q_OBJECT

private slots:
    void renders_data();
    void renders();
    void errors_data();
    void errors();
    void alembicGenericTemplate();
    void alembicMultidbTemplate();
    void bookshopTemplate();
    void bodyVariables();
    void encodings();
    void valueRepr_data();
    void valueRepr();
};

void TestMakoTemplate::renders_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *source, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(expected);
    };
    // Lexer rules.
    row("plain text", "a b\nc\n", "a b\nc\n");
    row("percent-percent at line start", "x\n%% foo\n", "x\n% foo\n");
    row("indented percent-percent loses a space", "x\n  %% bar\n", "x\n %% bar\n");
    row("percent-percent at file start stays", "%% at start\n", "%% at start\n");
    row("escaped newline", "a\\\nb", "ab");
    row("escaped newline before control line", "a \\\n% if True:\nb\n% endif\n", "a b\n");
    row("comment line", "q\n  ## c\nz", "q\nz");
    row("doc comment", "<%doc>hi</%doc>\nX", "\nX");
    row("text block", "<%text>${x} % if\n</%text>\nend", "${x} % if\n\nend");
    row("lone <& loses <", "a <& b", "a & b");
    row("crlf control lines", "line\r\nwin\r\n% if True:\r\nx\r\n% endif\r\n",
        "line\r\nwin\r\nx\r\n");
    row("coding comment skipped", "# -*- coding: utf-8 -*-\nbody\n", "body\n");
    // Expressions and filters.
    row("str of None", "${None}", "None");
    row("str of tuple", "${(\"a\",\"b\")}", "('a', 'b')");
    row("conditional", "${1 if 0 else \"pass\"}", "pass");
    row("undefined is false", "${upgrades if upgrades else \"pass\"}", "pass");
    row("comma filter", "${down_revision | comma,n}", "a1, b2");
    row("repr tuple", "${repr(down_revision)}", "('a1', 'b2')");
    row("repr list", "${repr(depends_on)}", "['x', 'y']");
    row("repr one-tuple", "${repr(branch_labels)}", "('media',)");
    row("repr filter after str", "${branch_labels | repr}", "\"('media',)\"");
    row("create date", "${create_date}", "2026-11-21 09:30:01.794456");
    row("html escape", "${\"a<b&'\\\"\" | h}", "a&lt;b&amp;&#39;&#34;");
    row("trim and url", "${\" a b \" | trim,u}", "a+b");
    row("replace quotes", "${repr(up_revision).replace(chr(39), chr(34))}", "\"1975ea83b712\"");
    row("percent formatting", "${\"%05d|%-4s|%x|%r\" % (42, \"ab\", 255, \"q\")}",
        "00042|ab  |ff|'q'");
    row("string methods",
        "${message.upper()} ${message.split()} ${\"-\".join([\"a\",\"b\"])} ${message.title()}",
        "MERGE HEADS ['merge', 'heads'] a-b Merge Heads");
    row("slices", "${message[0:5]}|${message[-5:]}|${message[::-1]}", "merge|heads|sdaeh egrem");
    row("f-string", "${f\"{up_revision!r}-{message}\"}", "'1975ea83b712'-merge heads");
    row("datetime fields", "${create_date.year}-${create_date.strftime(\"%m%d %H:%M:%S.%f\")}",
        "2026-1121 09:30:01.794456");
    row("bool ops", "${message or \"\"}|${None or \"x\"}|${not message}|${1 < 2 < 3}",
        "merge heads|x|False|True");
    row("membership", "${\"heads\" in message} ${\"a\" not in (\"a\",\"b\")}", "True False");
    row("builtins",
        "${len(message)} ${ord(\"a\")} ${int(\"12\") + 1} ${tuple(\"ab\")} "
        "${sorted([\"b\",\"a\"])}",
        "11 97 13 ('a', 'b') ['a', 'b']");
    row("isinstance", "${isinstance(down_revision, tuple)} ${isinstance(True, int)}", "True True");
    row("unicode repr", "${repr(\"a\\nb\\t\\x01\\u00e9\\u2028\")}", "'a\\nb\\t\\x01\u00e9\\u2028'");
    row("repr picks double quotes", "${repr(\"it's\")}", "\"it's\"");
    // Control lines and blocks.
    row("if else",
        "% if down_revision:\nRevises: ${down_revision | comma,n}\n% else:\nnone\n% endif\n",
        "Revises: a1, b2\n");
    row("elif", "% if x:\nA\n% elif down_revision:\nB\n% else:\nC\n% endif\n", "B\n");
    row("indented control", "  % if True:\n  yes\n  % endif\n", "  yes\n");
    row("for with unpacking", "% for a, b in [(\"x\", 1), (\"y\", 2)]:\n${a}=${b}\n% endfor",
        "x=1\ny=2\n");
    row("python block", "<%\n  y = 3\n%>\n${y}", "\n3");
    row("module block import", "<%! import re %>${re.split(r\",\\s*\", \"a, b,c\")}",
        "['a', 'b', 'c']");
    row("percent inside block string", "<% x = \"%>\" %>${x}", "%>");
    row("context.get", "${context.get(\"message\", \"?\")} ${context.get(\"nope\", \"pass\")}",
        "merge heads pass");
    row("config option", "${config.get_main_option(\"databases\")}", "engine1, engine2");
}

void TestMakoTemplate::renders()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const MakoTemplate tmpl = MakoTemplate::fromSource(source, QStringLiteral("t.mako"));
    QVERIFY2(tmpl.isValid(), qPrintable(tmpl.diagnostics().value(0).toString()));
    const auto text = tmpl.render(alembicVariables());
    QVERIFY2(text, text ? "" : qPrintable(text.error().toString()));
    QCOMPARE(text.value(), expected);
}

void TestMakoTemplate::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    auto row
        = [](const char *name, const char *source, const char *code, int line, const char *part) {
              QTest::newRow(name) << QString::fromUtf8(source) << QString::fromLatin1(code) << line
                                  << QString::fromUtf8(part);
          };
    row("undefined printed", "ok\n${upgrades}", "template-render", 2, "NameError: Undefined");
    row("unterminated if", "a\n% if True:\nb\n", "template-syntax", 2,
        "Unterminated control keyword: 'if'");
    row("endif without if", "\n% endif\n", "template-syntax", 2,
        "No starting keyword 'if' for 'endif'");
    row("mismatched end", "% if True:\n% endfor\n", "template-syntax", 2,
        "Keyword 'endfor' doesn't match keyword 'if'");
    row("def tag", "x\n<%def name=\"f()\">hi</%def>", "template-unsupported", 2, "<%def>");
    row("while", "% while False:\n% endwhile\n", "template-unsupported", 1, "'% while'");
    row("lambda", "\n\n${lambda: 1}", "template-unsupported", 3, "Lambda");
    row("dict display", "${ {\"a\": 1} }", "template-unsupported", 1, "Dict");
    row("def in block", "<%\ndef f():\n    pass\n%>", "template-unsupported", 2, "'FunctionDef'");
    row("python syntax", "a\n${1 +}", "template-syntax", 2, "Python syntax error");
    row("multi-line expression", "${\"a\" if\n True else \"b\"}", "template-syntax", 1, "");
    row("statement control line", "% x = 5\n", "template-syntax", 1,
        "not a partial control statement");
    row("unclosed expression", "a ${b", "template-syntax", 1, "not closed");
    row("type error", "\n${1 + \"a\"}", "template-render", 2,
        "unsupported operand type(s) for +: 'int' and 'str'");
    row("non-str with n", "${None | n}", "template-render", 1, "must produce a str");
    row("for over None", "% for x in None:\n% endfor\n", "template-render", 1, "not iterable");
    row("unknown module", "<%! import os %>${os.getcwd()}", "template-render", 1,
        "module 'os' is not available");
}

void TestMakoTemplate::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const MakoTemplate tmpl = MakoTemplate::fromSource(source, QStringLiteral("t.mako"));
    const auto text = tmpl.render(alembicVariables());
    QVERIFY2(!text, qPrintable(text ? text.value() : QString()));
    QCOMPARE(text.error().code, code);
    QCOMPARE(text.error().location.file, QStringLiteral("t.mako"));
    QCOMPARE(text.error().location.line, line);
    QVERIFY2(text.error().message.contains(messagePart), qPrintable(text.error().message));
    QCOMPARE(tmpl.isValid(), code == QLatin1String("template-render"));
}

void TestMakoTemplate::alembicGenericTemplate()
{
    for (const char *name : {"generic", "async"}) {
        const QString path = kAlembicTemplates + QLatin1Char('/') + QLatin1String(name)
            + QStringLiteral("/script.py.mako");
        if (!QFile::exists(path))
            QSKIP("Alembic 1.8.1's templates are not installed");
        const MakoTemplate tmpl = MakoTemplate::fromFile(path);
        QVERIFY(tmpl.isValid());
        const auto text = tmpl.render(alembicVariables());
        QVERIFY(text);
        QCOMPARE(text.value(), QString::fromUtf8(kGenericMerge));
    }
}

void TestMakoTemplate::alembicMultidbTemplate()
{
    const QString path = kAlembicTemplates + QStringLiteral("/multidb/script.py.mako");
    if (!QFile::exists(path))
        QSKIP("Alembic 1.8.1's templates are not installed");
    const MakoTemplate tmpl = MakoTemplate::fromFile(path);
    QVERIFY(tmpl.isValid());
    const auto text = tmpl.render(alembicVariables());
    QVERIFY2(text, text ? "" : qPrintable(text.error().toString()));
    QVERIFY(text.value().startsWith(QLatin1String("\"\"\"merge heads\n")));
    QVERIFY(text.value().endsWith(
        QLatin1String("    globals()[\"downgrade_%s\" % engine_name]()\n\n\n\n\n\ndef "
                      "upgrade_engine1() -> None:\n    pass\n\n\n"
                      "def downgrade_engine1() -> None:\n    pass\n\n\ndef upgrade_engine2() -> "
                      "None:\n    pass\n\n\n"
                      "def downgrade_engine2() -> None:\n    pass\n\n")));
    // Without the `databases` option the template fails (re.split on None), as in Mako.
    MakoRenderInput input = alembicVariables();
    input.mainOption = [](const QString &) { return std::optional<QString>(); };
    const auto failed = tmpl.render(input);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("template-render"));
}

void TestMakoTemplate::bookshopTemplate()
{
    const MakoTemplate tmpl = MakoTemplate::fromFile(
        QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/migrations/script.py.mako"));
    QVERIFY(tmpl.isValid());
    const auto text = tmpl.render(alembicVariables());
    QVERIFY(text);
    QCOMPARE(text.value(), QString::fromUtf8(kGenericMerge));
}

void TestMakoTemplate::bodyVariables()
{
    const MakoTemplate tmpl = MakoTemplate::fromFile(
        QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/migrations/script.py.mako"));
    MakoRenderInput input = alembicVariables();
    input.variables.insert(
        QStringLiteral("upgrades"), MakoValue::string(QStringLiteral("op.f()\n    op.g()")));
    input.variables.insert(QStringLiteral("downgrades"), MakoValue::string(QString()));
    input.variables.insert(
        QStringLiteral("imports"), MakoValue::string(QStringLiteral("import json")));
    const auto text = tmpl.render(input);
    QVERIFY(text);
    QVERIFY(text->contains(QLatin1String("import sqlalchemy as sa\nimport json\n")));
    QVERIFY(text->contains(QLatin1String("def upgrade() -> None:\n    op.f()\n    op.g()\n")));
    QVERIFY(text->contains(QLatin1String("def downgrade() -> None:\n    pass\n")));
}

void TestMakoTemplate::encodings()
{
    const QByteArray utf8 = "\xEF\xBB\xBF${message} \xC3\xA9";
    const auto text
        = MakoTemplate::fromBytes(utf8, QStringLiteral("bom.mako")).render(alembicVariables());
    QVERIFY(text);
    QCOMPARE(text.value(), QStringLiteral("merge heads \u00e9"));
    const MakoTemplate bad = MakoTemplate::fromBytes("ok \xFF\n", QStringLiteral("bad.mako"));
    QVERIFY(!bad.isValid());
    QCOMPARE(bad.diagnostics().first().code, QStringLiteral("template-encoding"));
    const MakoTemplate missing
        = MakoTemplate::fromFile(QStringLiteral("/nonexistent/script.py.mako"));
    QCOMPARE(missing.diagnostics().first().code, QStringLiteral("template-read"));
}

void TestMakoTemplate::valueRepr_data()
{
    QTest::addColumn<MakoValue>("value");
    QTest::addColumn<QString>("repr");
    QTest::newRow("none") << MakoValue::none() << QStringLiteral("None");
    QTest::newRow("scalar") << MakoValue::scalarOrSequence(
        {QStringLiteral("a")}, MakoValue::Kind::Tuple)
                            << QStringLiteral("'a'");
    QTest::newRow("empty is None")
        << MakoValue::scalarOrSequence({}, MakoValue::Kind::Tuple) << QStringLiteral("None");
    QTest::newRow("tuple") << MakoValue::scalarOrSequence(
        {QStringLiteral("a"), QStringLiteral("b")}, MakoValue::Kind::Tuple)
                           << QStringLiteral("('a', 'b')");
    QTest::newRow("list") << MakoValue::scalarOrSequence(
        {QStringLiteral("a"), QStringLiteral("b")}, MakoValue::Kind::List)
                          << QStringLiteral("['a', 'b']");
    QTest::newRow("to_tuple one") << MakoValue::tupleOrNone({QStringLiteral("x")})
                                  << QStringLiteral("('x',)");
    QTest::newRow("both quotes") << MakoValue::string(QStringLiteral("a'b\"c"))
                                 << QStringLiteral("'a\\'b\"c'");
    QTest::newRow("backslash") << MakoValue::string(QStringLiteral("a\\b"))
                               << QStringLiteral("'a\\\\b'");
    QTest::newRow("nbsp and astral") << MakoValue::string(QStringLiteral("\u00a0\U0001F600"))
                                     << QStringLiteral("'\\xa0\U0001F600'");
    QTest::newRow("aware date") << MakoValue::string(
        CreateDate::fromFields(QDate(2026, 1, 2), QTime(3, 4, 5), 0, -19800).toPythonString())
                                << QStringLiteral("'2026-01-02 03:04:05-05:30'");
}

void TestMakoTemplate::valueRepr()
{
    QFETCH(MakoValue, value);
    QFETCH(QString, repr);
    QCOMPARE(value.toRepr(), repr);
}

QTEST_APPLESS_MAIN(TestMakoTemplate)
#include "tst_makotemplate.moc"
