// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// IniConfig against Python 3.11 configparser. The expected values and messages in the tables
// were produced by running /usr/bin/python3's ConfigParser({'here': ...}).read('test.ini') on
// the same text and are hard-coded here.

#include "core/alembic/iniconfig.h"

#include <QTest>

using namespace Retort::Core;

class TestIniConfig : public QObject
{
    Q_OBJECT

private slots:
    void value_data();
    void value();
    void parseErrors_data();
    void parseErrors();
    void keysSectionsAndOptions();
    void lineNumbers();
    void rawValueIsUninterpolated();
    void readingContinuesAfterBadLine();
    void constructorDefaultsAreLowerCasedAndKeptRaw();
    void expansionIsBounded();
    void pythonRepr_data();
    void pythonRepr();
    void pythonWhitespace();
};

namespace {

const QString fileName = QStringLiteral("test.ini");

// QString::fromUtf8 drops a leading byte order mark; Python's 'utf-8' codec keeps it.
QString u(const char *utf8)
{
    if (qstrncmp(utf8, "\xef\xbb\xbf", 3) == 0)
        return QChar(0xfeff) + QString::fromUtf8(utf8 + 3);
    return QString::fromUtf8(utf8);
}

void addValueRow(const char *name, const char *text, const char *here, const char *section,
    const char *key, bool ok, const char *expected, const char *errorCode)
{
    QTest::newRow(name) << u(text) << u(here) << u(section) << u(key) << ok << u(expected)
                        << (errorCode ? u(errorCode) : QString());
}

void addParseRow(const char *name, const char *text, const char *code, const char *message,
    const QList<int> &lines)
{
    QTest::newRow(name) << u(text) << (code ? u(code) : QString())
                        << (message ? u(message) : QString()) << lines;
}

IniConfig parseText(
    const QString &text, DiagnosticList *diags, const QString &here = QStringLiteral("/srv/proj"))
{
    return IniConfig::parse(text, fileName, {{QStringLiteral("here"), here}}, diags);
}

} // namespace

void TestIniConfig::value_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("here");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // the value, or Python's error message
    QTest::addColumn<QString>("errorCode");

    addValueRow("caseInsensitiveKey", "[s]\nKey = V\n", "/srv/proj", "s", "KEY", true, "V", {});
    addValueRow("colonDelimiter", "[s]\na: b = c\n", "/srv/proj", "s", "a", true, "b = c", {});
    addValueRow("equalsFirst", "[s]\na = b: c\n", "/srv/proj", "s", "a", true, "b: c", {});
    addValueRow("spaceInKey", "[s]\n  My Key\t=  v  \n", "/srv/proj", "s", "my key", true, "v", {});
    addValueRow("emptyValue", "[s]\na =\n", "/srv/proj", "s", "a", true, "", {});
    addValueRow("emptyValueColon", "[s]\na:\n", "/srv/proj", "s", "a", true, "", {});
    addValueRow("continuation", "[s]\na = 1\n  2\n\n  3\n\n\nb = x\n", "/srv/proj", "s", "a", true,
        "1\n2\n\n3", {});
    addValueRow("continuationFirstEmpty", "[s]\na =\n  one\n  two\n", "/srv/proj", "s", "a", true,
        "\none\ntwo", {});
    addValueRow("blankWithSpacesInValue", "[s]\na = 1\n   \n  2\n", "/srv/proj", "s", "a", true,
        "1\n\n2", {});
    addValueRow(
        "trailingBlankLinesDropped", "[s]\na = 1\n\n\n", "/srv/proj", "s", "a", true, "1", {});
    addValueRow("commentsWholeLine",
        "[s]\n# c\n; c\na = v # not a comment\n  # indented comment\n  cont ; kept\n", "/srv/proj",
        "s", "a", true, "v # not a comment\ncont ; kept", {});
    addValueRow(
        "commentDoesNotAddBlank", "[s]\na = 1\n#c\n  2\n", "/srv/proj", "s", "a", true, "1\n2", {});
    addValueRow("crlf", "[s]\r\na = 1\r\n  2\r\n", "/srv/proj", "s", "a", true, "1\n2", {});
    addValueRow("crOnly", "[s]\ra = 1\r  2\r", "/srv/proj", "s", "a", true, "1\n2", {});
    addValueRow("tabContinuation", "[s]\na = 1\n\t2\n", "/srv/proj", "s", "a", true, "1\n2", {});
    addValueRow(
        "ideographicSpaceIndent", "[s]\na = 1\n\u30002\n", "/srv/proj", "s", "a", true, "1\n2", {});
    addValueRow("indentedOptions", "[s]\n  a = 1\n  b = 2\n     c\n", "/srv/proj", "s", "b", true,
        "2\nc", {});
    addValueRow("indentedSectionIsContinuation", "[s]\na = 1\n  [t]\n", "/srv/proj", "s", "a", true,
        "1\n[t]", {});
    addValueRow("sectionTrailingJunk", "[s] junk\na = 1\n", "/srv/proj", "s", "a", true, "1", {});
    addValueRow("sectionLastBracket", "[a]b]\nk = 1\n", "/srv/proj", "a]b", "k", true, "1", {});
    addValueRow("here", "[s]\np = %(here)s/migrations\n", "/srv/proj", "s", "p", true,
        "/srv/proj/migrations", {});
    addValueRow("hereInOtherSection", "[loggers]\nk = %(HERE)s\n", "/srv/proj", "loggers", "k",
        true, "/srv/proj", {});
    addValueRow("percentEscape", "[s]\nt = %%(rev)s_%%(slug)s\n", "/srv/proj", "s", "t", true,
        "%(rev)s_%(slug)s", {});
    addValueRow("percentEscapeUrl", "[s]\nu = postgresql://u:p%%40ss@h/db\n", "/srv/proj", "s", "u",
        true, "postgresql://u:p%40ss@h/db", {});
    addValueRow("sameSectionReference", "[s]\nbase = /x\np = %(base)s/y\n", "/srv/proj", "s", "p",
        true, "/x/y", {});
    addValueRow("defaultInheritance", "[DEFAULT]\nx = 1\n[s]\na = %(x)s\n", "/srv/proj", "s", "a",
        true, "1", {});
    addValueRow("defaultResolvedInSection", "[DEFAULT]\nx = 1\ny = %(x)s\n[s]\nx = 2\n",
        "/srv/proj", "s", "y", true, "2", {});
    addValueRow("defaultOverridesHere", "[DEFAULT]\nhere = /elsewhere\n[s]\np = %(here)s\n",
        "/srv/proj", "s", "p", true, "/elsewhere", {});
    addValueRow("nestedReference", "[s]\na = %(b)s!\nb = %(c)s?\nc = deep\n", "/srv/proj", "s", "a",
        true, "deep?!", {});
    addValueRow(
        "defaultSectionGet", "[DEFAULT]\nx = 1\n", "/srv/proj", "DEFAULT", "x", true, "1", {});
    addValueRow("missingKey", "[s]\na = %(nope)s\n", "/srv/proj", "s", "a", false,
        "Bad value substitution: option 'a' in section 's' contains an interpolation key 'nope' "
        "which is not a valid option name. Raw value: '%(nope)s'",
        "ini-interpolation");
    addValueRow("missingKeyUpper", "[s]\na = x%(NoPe)s\n", "/srv/proj", "s", "a", false,
        "Bad value substitution: option 'a' in section 's' contains an interpolation key 'nope' "
        "which is not a valid option name. Raw value: 'x%(NoPe)s'",
        "ini-interpolation");
    addValueRow("loneLastPercent", "[s]\na = 50%\n", "/srv/proj", "s", "a", false,
        "'%' must be followed by '%' or '(', found: '%'", "ini-interpolation");
    addValueRow("percentX", "[s]\na = p%40ss\n", "/srv/proj", "s", "a", false,
        "'%' must be followed by '%' or '(', found: '%40ss'", "ini-interpolation");
    addValueRow("badReference", "[s]\na = %(b\n", "/srv/proj", "s", "a", false,
        "bad interpolation variable reference '%(b'", "ini-interpolation");
    addValueRow("badReferenceNoS", "[s]\nb = 1\na = %(b)d\n", "/srv/proj", "s", "a", false,
        "bad interpolation variable reference '%(b)d'", "ini-interpolation");
    addValueRow("emptyReference", "[s]\na = %()s\n", "/srv/proj", "s", "a", false,
        "bad interpolation variable reference '%()s'", "ini-interpolation");
    addValueRow("errorInReferencedValue", "[s]\na = x%(b)s\nb = %z\n", "/srv/proj", "s", "a", false,
        "'%' must be followed by '%' or '(', found: '%z'", "ini-interpolation");
    addValueRow("recursion", "[s]\na = %(a)s\n", "/srv/proj", "s", "a", false,
        "Recursion limit exceeded in value substitution: option 'a' in section 's' contains an "
        "interpolation key which cannot be substituted in 10 steps. Raw value: '%(a)s'",
        "ini-interpolation");
    addValueRow("mutualRecursion", "[s]\na = %(b)s\nb = %(a)s\n", "/srv/proj", "s", "a", false,
        "Recursion limit exceeded in value substitution: option 'a' in section 's' contains an "
        "interpolation key which cannot be substituted in 10 steps. Raw value: '%(b)s'",
        "ini-interpolation");
    addValueRow("quoteInRaw", "[s]\na = it's %(x)s\n", "/srv/proj", "s", "a", false,
        "Bad value substitution: option 'a' in section 's' contains an interpolation key 'x' which "
        "is not a valid option name. Raw value: \"it's %(x)s\"",
        "ini-interpolation");
    addValueRow("noSection", "[s]\na = 1\n", "/srv/proj", "t", "a", false, "No section: 't'",
        "ini-no-section");
    addValueRow("noOption", "[s]\na = 1\n", "/srv/proj", "s", "b", false,
        "No option 'b' in section: 's'", "ini-no-option");
    addValueRow("hereWithPercent", "[s]\np = %(here)s\n", "/srv/50%", "s", "p", false,
        "'%' must be followed by '%' or '(', found: '%'", "ini-interpolation");
}

void TestIniConfig::value()
{
    QFETCH(QString, text);
    QFETCH(QString, here);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QFETCH(QString, errorCode);

    DiagnosticList diags;
    const IniConfig config = parseText(text, &diags, here);
    QVERIFY2(diags.isEmpty(), qPrintable(diags.value(0).message));
    const auto result = config.value(section, key);
    QCOMPARE(result.hasValue(), ok);
    if (ok) {
        QCOMPARE(result.value(), expected);
        return;
    }
    QCOMPARE(result.error().message, expected);
    QCOMPARE(result.error().code, errorCode);
    QCOMPARE(result.error().severity, Severity::Error);
    QCOMPARE(result.error().location.file, fileName);
    if (errorCode == QLatin1String("ini-interpolation")) {
        QVERIFY(config.lineOf(section, key) > 0);
        QCOMPARE(result.error().location.line, config.lineOf(section, key));
    }
}

void TestIniConfig::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pythonMessage"); // str() of the exception Python raises
    QTest::addColumn<QList<int>>("lines");

    addParseRow("optionBeforeHeader", "a = 1\n[s]\n", "ini-no-section-header",
        "File contains no section headers.\nfile: 'test.ini', line: 1\n'a = 1\\n'", {1});
    addParseRow("junkAfterComments", "# c\n\nkey\n", "ini-no-section-header",
        "File contains no section headers.\nfile: 'test.ini', line: 3\n'key\\n'", {3});
    addParseRow("noNewlineAtEnd", "key", "ini-no-section-header",
        "File contains no section headers.\nfile: 'test.ini', line: 1\n'key'", {1});
    addParseRow("emptyBracketsNotHeader", "[]\n", "ini-no-section-header",
        "File contains no section headers.\nfile: 'test.ini', line: 1\n'[]\\n'", {1});
    addParseRow("duplicateSection", "[s]\na = 1\n[t]\n[s]\n", "ini-duplicate-section",
        "While reading from 'test.ini' [line  4]: section 's' already exists", {4});
    addParseRow("duplicateOption", "[s]\na=1\nA=2\n", "ini-duplicate-option",
        "While reading from 'test.ini' [line  3]: option 'a' in section 's' already exists", {3});
    addParseRow("duplicateOptionAfterBadLine", "[s]\njunk\na=1\na=2\n", "ini-duplicate-option",
        "While reading from 'test.ini' [line  4]: option 'a' in section 's' already exists", {4});
    addParseRow("parsingErrors", "[s]\njunk\nb=1\n  cont\nmore junk\n", "ini-syntax",
        "Source contains parsing errors: 'test.ini'\n\t[line  2]: 'junk\\n'\n\t[line  5]: 'more "
        "junk\\n'",
        {2, 5});
    addParseRow("emptyOptionName", "[s]\n= v\n", "ini-syntax",
        "Source contains parsing errors: 'test.ini'\n\t[line  2]: '= v\\n'", {2});
    addParseRow("repeatedDefaultSection", "[DEFAULT]\na=1\n[DEFAULT]\nb=2\n", {}, {}, {});
    addParseRow("repeatedDefaultOption", "[DEFAULT]\na=1\n[DEFAULT]\na=2\n", "ini-duplicate-option",
        "While reading from 'test.ini' [line  4]: option 'a' in section 'DEFAULT' already exists",
        {4});
    addParseRow("byteOrderMark", "\ufeff[alembic]\nscript_location = m\n", "ini-no-section-header",
        "File contains no section headers.\nfile: 'test.ini', line: 1\n'\\ufeff[alembic]\\n'", {1});
    addParseRow("quoteInLine", "[s]\nit's bad\n", "ini-syntax",
        "Source contains parsing errors: 'test.ini'\n\t[line  2]: \"it's bad\\n\"", {2});
    addParseRow("lineNumberTwoDigits",
        "[s]\nk0 = v\nk1 = v\nk2 = v\nk3 = v\nk4 = v\nk5 = v\nk6 = v\nk7 = v\nk8 = v\nk9 = "
        "v\noops\n",
        "ini-syntax", "Source contains parsing errors: 'test.ini'\n\t[line 12]: 'oops\\n'", {12});
    addParseRow("missingHeaderQuote", "it's\n", "ini-no-section-header",
        "File contains no section headers.\nfile: 'test.ini', line: 1\n\"it's\\n\"", {1});
}

void TestIniConfig::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, pythonMessage);
    QFETCH(QList<int>, lines);

    DiagnosticList diags;
    parseText(text, &diags);
    QCOMPARE(diags.size(), lines.size());
    QString combined; // Python raises one exception; ParsingError lists every bad line
    for (qsizetype i = 0; i < diags.size(); ++i) {
        QCOMPARE(diags[i].code, code);
        QCOMPARE(diags[i].severity, Severity::Error);
        QCOMPARE(diags[i].location.file, fileName);
        QCOMPARE(diags[i].location.line, lines[i]);
        const QString &message = diags[i].message;
        combined += i == 0 ? message : message.mid(message.indexOf(QLatin1Char('\n')));
    }
    QCOMPARE(combined, pythonMessage);
}

void TestIniConfig::keysSectionsAndOptions()
{
    // Python: options('s') == ['b', 'a', 'here', 'z'], sections() == ['s', 't'].
    DiagnosticList diags;
    const IniConfig config
        = parseText(QStringLiteral("[DEFAULT]\nz = 1\n[s]\nB = 1\na = 2\n[t]\n"), &diags);
    QVERIFY(diags.isEmpty());
    QCOMPARE(config.keys(QStringLiteral("s")),
        QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("here"),
            QStringLiteral("z")}));
    QCOMPARE(config.keys(QStringLiteral("t")),
        QStringList({QStringLiteral("here"), QStringLiteral("z")}));
    QCOMPARE(config.keys(QStringLiteral("DEFAULT")),
        QStringList({QStringLiteral("here"), QStringLiteral("z")}));
    QCOMPARE(config.keys(QStringLiteral("nope")), QStringList());
    QCOMPARE(config.sections(), QStringList({QStringLiteral("s"), QStringLiteral("t")}));
    QVERIFY(config.hasSection(QStringLiteral("s")));
    QVERIFY(!config.hasSection(QStringLiteral("S"))); // section names are case-sensitive
    QVERIFY(!config.hasSection(QStringLiteral("DEFAULT")));
    QVERIFY(config.hasOption(QStringLiteral("s"), QStringLiteral("Z")));
    QVERIFY(config.hasOption(QStringLiteral("t"), QStringLiteral("here")));
    QVERIFY(!config.hasOption(QStringLiteral("t"), QStringLiteral("a")));
    QVERIFY(!config.hasOption(QStringLiteral("nope"), QStringLiteral("z")));
}

void TestIniConfig::lineNumbers()
{
    DiagnosticList diags;
    const IniConfig config = parseText(
        QStringLiteral("# comment\n[DEFAULT]\nshared = 1\n\n[alembic]\nscript_location = a\n"
                       "version_locations =\n    one\n    two\nsep = os\n"),
        &diags);
    QVERIFY(diags.isEmpty());
    const QString alembic = QStringLiteral("alembic");
    QCOMPARE(config.lineOf(alembic, QStringLiteral("script_location")), 6);
    QCOMPARE(config.lineOf(alembic, QStringLiteral("VERSION_LOCATIONS")), 7);
    QCOMPARE(config.lineOf(alembic, QStringLiteral("sep")), 10);
    QCOMPARE(config.lineOf(alembic, QStringLiteral("shared")), 3); // from DEFAULT
    QCOMPARE(config.lineOf(alembic, QStringLiteral("here")), 0); // constructor default
    QCOMPARE(config.lineOf(alembic, QStringLiteral("missing")), 0);
    QCOMPARE(config.sectionLine(alembic), 5);
    QCOMPARE(config.sectionLine(QStringLiteral("DEFAULT")), 2);
    QCOMPARE(config.value(alembic, QStringLiteral("version_locations")).value(),
        QStringLiteral("\none\ntwo"));
}

void TestIniConfig::rawValueIsUninterpolated()
{
    DiagnosticList diags;
    const IniConfig config = parseText(QStringLiteral("[s]\np = %(here)s/x\nbad = 50%\n"), &diags);
    const QString s = QStringLiteral("s");
    QCOMPARE(
        config.rawValue(s, QStringLiteral("P")).value_or(QString()), QStringLiteral("%(here)s/x"));
    QCOMPARE(config.rawValue(s, QStringLiteral("bad")).value_or(QString()), QStringLiteral("50%"));
    QCOMPARE(config.rawValue(s, QStringLiteral("here")).value_or(QString()),
        QStringLiteral("/srv/proj"));
    QVERIFY(!config.rawValue(s, QStringLiteral("nope")).has_value());
    QVERIFY(!config.rawValue(QStringLiteral("t"), QStringLiteral("p")).has_value());
}

void TestIniConfig::readingContinuesAfterBadLine()
{
    // Python keeps reading after a line that is not an option, and a continuation line after
    // it still extends the previous option.
    DiagnosticList diags;
    const IniConfig config = parseText(QStringLiteral("[s]\na = 1\njunk\n  more\nb = 2\n"), &diags);
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags[0].location.line, 3);
    QCOMPARE(
        config.value(QStringLiteral("s"), QStringLiteral("a")).value(), QStringLiteral("1\nmore"));
    QCOMPARE(config.value(QStringLiteral("s"), QStringLiteral("b")).value(), QStringLiteral("2"));
}

void TestIniConfig::constructorDefaultsAreLowerCasedAndKeptRaw()
{
    DiagnosticList diags;
    const IniConfig config
        = IniConfig::parse(QStringLiteral("[s]\nk = %(here)s|%(Extra)s\n"), fileName,
            {{QStringLiteral("here"), QStringLiteral("  /a b  ")},
                {QStringLiteral("EXTRA"), QStringLiteral("%%")}},
            &diags);
    QVERIFY(diags.isEmpty());
    // Defaults are neither stripped nor validated; a '%' in them is interpreted on get.
    QCOMPARE(config.value(QStringLiteral("s"), QStringLiteral("k")).value(),
        QStringLiteral("  /a b  |%"));
}

void TestIniConfig::expansionIsBounded()
{
    QString text
        = QStringLiteral("[s]\nb0 = ") + QString(1000, QLatin1Char('x')) + QLatin1Char('\n');
    for (int i = 1; i <= 9; ++i) {
        text += QStringLiteral("b%1 = ").arg(i);
        for (int k = 0; k < 20; ++k)
            text += QStringLiteral("%(b%1)s").arg(i - 1);
        text += QLatin1Char('\n');
    }
    DiagnosticList diags;
    const IniConfig config = parseText(text, &diags);
    QVERIFY(diags.isEmpty());
    QCOMPARE(config.value(QStringLiteral("s"), QStringLiteral("b2")).value().size(), 400000);
    const auto huge = config.value(QStringLiteral("s"), QStringLiteral("b9"));
    QVERIFY(!huge.hasValue());
    QCOMPARE(huge.error().code, QStringLiteral("ini-interpolation"));
    QCOMPARE(huge.error().location.line, 11);
}

void TestIniConfig::pythonRepr_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // repr() printed by Python 3.11
    QTest::newRow("plain") << u("abc") << u("'abc'");
    QTest::newRow("empty") << u("") << u("''");
    QTest::newRow("singleQuote") << u("a'b") << u("\"a'b\"");
    QTest::newRow("bothQuotes") << u("a'b\"c") << u("'a\\'b\"c'");
    QTest::newRow("escapes") << u("tab\there\r\n\\") << u("'tab\\there\\r\\n\\\\'");
    QTest::newRow("controlsAndSpaces")
        << QString::fromUtf8("\x01\x1f\x7f\u0085\u00a0\u200b\u3000\ue000\u00e9\u2028\ud7ff")
        << u("'\\x01\\x1f\\x7f\\x85\\xa0\\u200b\\u3000\\ue000\u00e9\\u2028\\ud7ff'");
    QTest::newRow("nul") << QString(QChar(0)) << u("'\\x00'");
    QTest::newRow("astral") << QString::fromUtf8("\U0001F600\U000E0001x")
                            << QString::fromUtf8("'\U0001F600\\U000e0001x'");
}

void TestIniConfig::pythonRepr()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IniConfig::pythonRepr(input), expected);
}

void TestIniConfig::pythonWhitespace()
{
    // [hex(c) for c in range(0x10000) if chr(c).isspace()] in Python 3.11
    const QList<int> expected {0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0,
        0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
        0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
    QList<int> actual;
    for (int c = 0; c < 0x10000; ++c) {
        if (IniConfig::isPythonSpace(QChar(char16_t(c))))
            actual.append(c);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(IniConfig::pythonStrip(u("\u3000 x\x1c \u00a0")).toString(), u("x"));
}

QTEST_APPLESS_MAIN(TestIniConfig)
#include "tst_iniconfig.moc"
