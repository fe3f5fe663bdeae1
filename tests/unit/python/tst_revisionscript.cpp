// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/revisionscript.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/python/revisions/") + name;
}

//! "severity code line:column" per diagnostic, in report order.
QStringList describe(const DiagnosticList &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << QStringLiteral("%1 %2 %3:%4").arg(severityName(d.severity), d.code).arg(d.location.line).arg(d.location.column);
    return out;
}

QStringList list(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestRevisionScript : public QObject
{
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void messages_data();
    void messages();
    void docstrings();
    void functions();
    void courtesyRevisionAfterSyntaxError();
    void copiesShareTheModule();
    void unreadableFile();
    void inMemorySources_data();
    void inMemorySources();
};

void TestRevisionScript::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("depends");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QStringList>("diagnostics");

    const QStringList none;
    QTest::newRow("1.8.1 template") << "plain_181.py" << "1975ea83b712" << none << none << none << true << none;
    QTest::newRow("HEAD annotated template") << "head_annotated.py" << "ae1027a6acf" << list("1975ea83b712") << none << none << true << none;
    QTest::newRow("merge tuple") << "merge_tuple.py" << "m1" << list("d1,d2") << none << none << true << none;
    QTest::newRow("merge list") << "merge_list.py" << "m2" << list("d1,d2,d3") << none << none << true << none;
    QTest::newRow("labels and depends_on") << "labels.py" << "c1" << list("b") << list("c1branch,extra") << list("a1") << true << none;
    QTest::newRow("string label, () parent") << "label_string.py" << "c2" << none << list("feature") << list("a1,featurelabel") << true << none;
    QTest::newRow("legacy id from file name") << "4f2e7a9c1b3d.py" << "4f2e7a9c1b3d" << none << none << none << true << none;
    QTest::newRow("missing revision") << "missing_revision.py" << "" << none << none << none << false
                                      << QStringList{"error no-revision-id 0:0"};
    QTest::newRow("missing down_revision") << "missing_down.py" << "abc123" << none << none << none << false
                                           << QStringList{"error no-down-revision 0:0"};
    QTest::newRow("imported constant") << "imported_constant.py" << "imp1" << none << none << none << false
                                       << QStringList{"error needs-python 5:17"};
    QTest::newRow("call and attribute") << "call.py" << "call1" << none << none << none << false
                                        << QStringList{"error needs-python 5:17", "warning needs-python 6:14"};
    QTest::newRow("f-strings") << "fstring.py" << "" << list("plaintext") << none << none << false
                               << QStringList{"error needs-python 3:12", "warning needs-python 5:17"};
    QTest::newRow("name alias, last assignment wins") << "alias.py" << "alias2" << list("1975ea83b712") << list("one,two") << none << true << none;
    QTest::newRow("illegal character") << "illegal_chars.py" << "bad-id" << none << none << none << false
                                       << QStringList{"error illegal-revision-char 2:1"};
    QTest::newRow("several illegal characters") << "illegal_many.py" << "a@b+c-d" << none << none << none << false
                                                << QStringList{"error illegal-revision-char 2:1"};
    QTest::newRow("colon is a warning") << "colon_id.py" << "abc:1" << none << none << none << true
                                        << QStringList{"warning illegal-revision-char 2:1"};
    QTest::newRow("syntax error, id recovered") << "syntax_error.py" << "deadbeef0001" << none << none << none << false
                                                << QStringList{"error py-syntax 7:18"};
    QTest::newRow("conditional assignments") << "conditional.py" << "cond1" << none << none << none << false
                                             << QStringList{"error needs-python 6:5", "warning needs-python 10:5", "warning needs-python 15:5"};
    QTest::newRow("tuple unpacking") << "unpacking.py" << "unp1" << list("unp0") << none << none << true
                                     << QStringList{"warning needs-python 3:37"};
    QTest::newRow("latin-1 coding line") << "latin1.py" << "lat1" << none << none << none << true << none;
    QTest::newRow("BOM") << "bom.py" << "bom1" << none << none << none << true << none;
    QTest::newRow("CRLF") << "crlf.py" << "crlf1" << list("p1,p2") << none << none << true << none;
    QTest::newRow("no functions") << "no_functions.py" << "nofn" << none << none << none << true
                                  << QStringList{"warning no-upgrade-fn 0:0", "warning no-downgrade-fn 0:0"};
    QTest::newRow("invalid UTF-8") << "invalid_utf8.py" << "" << none << none << none << false << QStringList{"error file-encoding 3:30"};
    QTest::newRow("other coding") << "cp1252.py" << "" << none << none << none << false << QStringList{"error file-encoding 2:1"};
    QTest::newRow("binary") << "binary.py" << "" << none << none << none << false << QStringList{"error file-binary 2:1"};
    QTest::newRow("empty") << "empty.py" << "" << none << none << none << false << QStringList{"error file-empty 0:0"};
}

void TestRevisionScript::files()
{
    QFETCH(QString, file);
    QFETCH(QString, revision);
    QFETCH(QStringList, down);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, depends);
    QFETCH(bool, usable);
    QFETCH(QStringList, diagnostics);
    const RevisionScript script = readRevisionFile(dataFile(file));
    QCOMPARE(script.filePath, dataFile(file));
    QCOMPARE(describe(script.diagnostics), diagnostics);
    QCOMPARE(script.revision, revision);
    QCOMPARE(script.downRevisions, down);
    QCOMPARE(script.branchLabels, labels);
    QCOMPARE(script.dependsOn, depends);
    QCOMPARE(script.isUsable(), usable);
    for (const Diagnostic &d : script.diagnostics)
        QCOMPARE(d.location.file, dataFile(file));
}

void TestRevisionScript::messages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("message");
    QTest::newRow("call") << "call.py" << 0
                          << "down_revision is not a literal value (a call to 'compute_parent'); Retort reads revision headers without running Python";
    QTest::newRow("attribute") << "call.py" << 1
                               << "depends_on is not a literal value (the attribute 'base.REV'); Retort reads revision headers without running Python";
    QTest::newRow("import") << "imported_constant.py" << 0
                            << "down_revision is not a literal value (the name 'PARENT', which is imported); Retort reads revision headers "
                               "without running Python";
    QTest::newRow("f-string") << "fstring.py" << 0
                              << "revision is not a literal value (an f-string with replacement fields); Retort reads revision headers "
                                 "without running Python";
    QTest::newRow("only conditional") << "conditional.py" << 0
                                      << "down_revision is assigned only inside an 'if' block; Retort reads revision headers without running Python";
    QTest::newRow("also conditional") << "conditional.py" << 2
                                      << "depends_on is also assigned inside an 'if' block; Retort uses the top-level value (line 13)";
    QTest::newRow("legacy") << "missing_revision.py" << 0
                            << "Could not determine revision id from filename missing_revision.py. Be sure the 'revision' variable is declared "
                               "inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).";
    QTest::newRow("no down") << "missing_down.py" << 0
                             << "Revision file defines no 'down_revision' (Alembic requires it; use None for a base revision)";
    QTest::newRow("illegal") << "illegal_chars.py" << 0 << "Character(s) '-' not allowed in revision identifier 'bad-id'";
    QTest::newRow("illegal sorted") << "illegal_many.py" << 0 << "Character(s) '+, -, @' not allowed in revision identifier 'a@b+c-d'";
    QTest::newRow("syntax") << "syntax_error.py" << 0 << "'(' was never closed";
    QTest::newRow("encoding") << "invalid_utf8.py" << 0 << "Non-UTF-8 code starting with '\\xff' on line 3, column 30, but no encoding declared; see PEP 263";
}

void TestRevisionScript::messages()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, message);
    const RevisionScript script = readRevisionFile(dataFile(file));
    QVERIFY(index < script.diagnostics.size());
    QCOMPARE(script.diagnostics.at(index).message, message);
}

void TestRevisionScript::docstrings()
{
    const RevisionScript plain = readRevisionFile(dataFile(QStringLiteral("plain_181.py")));
    QCOMPARE(plain.doc, QStringLiteral("create account table"));
    QCOMPARE(plain.longDoc, QStringLiteral("create account table\n\nRevision ID: 1975ea83b712\nRevises: \nCreate Date: 2026-11-21 09:30:01.794456"));
    const RevisionScript latin = readRevisionFile(dataFile(QStringLiteral("latin1.py")));
    QCOMPARE(latin.doc, QStringLiteral("Café table"));
    QCOMPARE(latin.longDoc, QStringLiteral("Café table\n\nlong text"));
    QCOMPARE(readRevisionFile(dataFile(QStringLiteral("no_functions.py"))).doc, QStringLiteral("header only"));
    QCOMPARE(readRevisionSource(QStringLiteral("x.py"), "revision = 'a'\ndown_revision = None\n").doc, QString());
}

void TestRevisionScript::functions()
{
    const RevisionScript script = readRevisionFile(dataFile(QStringLiteral("head_annotated.py")));
    QVERIFY(script.module);
    QVERIFY(script.upgrade);
    QVERIFY(script.downgrade);
    QCOMPARE(script.upgrade->name, QStringLiteral("upgrade"));
    QCOMPARE(script.upgrade->range.line, 21);
    QCOMPARE(script.downgrade->range.line, 26);
    QCOMPARE(script.upgrade->body.size(), size_t(2)); // docstring + op.add_column(...)
    QCOMPARE(script.revisionAt, (SourceLocation{dataFile(QStringLiteral("head_annotated.py")), 15, 1}));
    QCOMPARE(script.downRevisionAt, (SourceLocation{dataFile(QStringLiteral("head_annotated.py")), 16, 1}));
    QCOMPARE(script.branchLabelsAt.line, 17);
    QCOMPARE(script.dependsOnAt.line, 18);
}

void TestRevisionScript::courtesyRevisionAfterSyntaxError()
{
    const RevisionScript script = readRevisionFile(dataFile(QStringLiteral("syntax_error.py")));
    QCOMPARE(script.revision, QStringLiteral("deadbeef0001"));
    QCOMPARE(script.revisionAt.line, 2);
    QVERIFY(!script.hasDownRevision);
    QVERIFY(!script.isUsable());
    QVERIFY(script.module);
    QCOMPARE(script.doc, QStringLiteral("broken file"));
    // No `revision = '...'` line: nothing is invented.
    const RevisionScript none = readRevisionSource(QStringLiteral("x.py"), "rev = 'a'\nrevision_x = 'b'\nrevision = f'{a}'\nif x\n");
    QCOMPARE(none.revision, QString());
}

void TestRevisionScript::copiesShareTheModule()
{
    RevisionScript copy;
    {
        const RevisionScript original = readRevisionFile(dataFile(QStringLiteral("plain_181.py")));
        copy = original;
    }
    QVERIFY(copy.upgrade);
    QCOMPARE(copy.upgrade->name, QStringLiteral("upgrade"));
    QCOMPARE(copy.module->function(u"downgrade"), copy.downgrade);
}

void TestRevisionScript::unreadableFile()
{
    const QString missing = dataFile(QStringLiteral("does_not_exist.py"));
    const RevisionScript script = readRevisionFile(missing);
    QCOMPARE(describe(script.diagnostics), QStringList{"error file-read 0:0"});
    QVERIFY(script.diagnostics.first().message.startsWith(QStringLiteral("Could not read ") + missing + QStringLiteral(": ")));
    QVERIFY(!script.isUsable());
    QVERIFY(!script.module);
}

void TestRevisionScript::inMemorySources_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("down");
    QTest::addColumn<QStringList>("diagnostics");
    const QStringList none;
    QTest::newRow("empty string parent is base") << QByteArray("revision = 'a'\ndown_revision = ''\n") << "a" << none
                                                 << QStringList{"warning no-upgrade-fn 0:0", "warning no-downgrade-fn 0:0"};
    QTest::newRow("one-element tuple") << QByteArray("revision = 'a'\ndown_revision = ('p',)\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                       << "a" << list("p") << none;
    QTest::newRow("implicit concatenation") << QByteArray("revision = 'ab' \"cd\"\ndown_revision = None\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                            << "abcd" << none << none;
    QTest::newRow("plus is not literal") << QByteArray("revision = 'a' + 'b'\ndown_revision = None\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                         << "" << none << QStringList{"error needs-python 1:12"};
    QTest::newRow("revision None") << QByteArray("revision = None\ndown_revision = None\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                   << "" << none << QStringList{"error revision-not-string 1:12"};
    QTest::newRow("alias to later name") << QByteArray("revision = 'a'\ndown_revision = P\nP = 'x'\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                         << "a" << none << QStringList{"error needs-python 2:17"};
    QTest::newRow("del removes") << QByteArray("revision = 'a'\ndown_revision = None\ndel down_revision\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                 << "a" << none << QStringList{"error no-down-revision 0:0"};
    QTest::newRow("match statement") << QByteArray("revision = 'a'\ndown_revision = None\nmatch x:\n    case 1:\n        pass\n"
                                                   "def upgrade(): pass\ndef downgrade(): pass\n")
                                     << "a" << none << QStringList{"warning py-unsupported 3:1"};
    QTest::newRow("latin-1 without declaration") << QByteArray("revision = 'caf\xe9'\ndown_revision = None\n") << "" << none
                                                 << QStringList{"error file-encoding 1:16"};
    QTest::newRow("declared utf-8") << QByteArray("# coding=utf-8\nrevision = 'caf\xc3\xa9'\ndown_revision = None\ndef upgrade(): pass\ndef downgrade(): pass\n")
                                    << QString::fromUtf8("caf\xc3\xa9") << none << none;
}

void TestRevisionScript::inMemorySources()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, revision);
    QFETCH(QStringList, down);
    QFETCH(QStringList, diagnostics);
    const RevisionScript script = readRevisionSource(QStringLiteral("/p/versions/x.py"), source);
    QCOMPARE(describe(script.diagnostics), diagnostics);
    QCOMPARE(script.revision, revision);
    QCOMPARE(script.downRevisions, down);
}

QTEST_APPLESS_MAIN(TestRevisionScript)
#include "tst_revisionscript.moc"
