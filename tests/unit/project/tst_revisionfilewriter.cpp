// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// RevisionFileWriter and RevisionFileName: Alembic 1.8.1's `revision`/`merge` rules on real
// files (a scratch copy of the bookshop example and small projects written here). The slugs and
// file names below are what Alembic's _rev_path gives for the same input.

#include "core/alembic/revisionscript.h"
#include "core/project/project.h"
#include "core/project/revisionfilename.h"
#include "core/project/revisionfilewriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

namespace {

const QString kBookshopHead = QStringLiteral("2b6f8d0a3e17");
const CreateDate kDate = CreateDate::fromFields(QDate(2026, 11, 21), QTime(9, 30, 1), 794456);

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(
        from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Project open(const QString &ini)
{
    return Project::open({ini, QStringLiteral("alembic"), QFileInfo(ini).absolutePath()},
        RevisionReadMode::HeaderOnly);
}

RevisionRequest request(const QString &message, const QString &id, const QStringList &parents = {})
{
    RevisionRequest r;
    r.message = message;
    r.revisionId = id;
    r.parents = parents;
    r.createDate = kDate;
    return r;
}

} // namespace

class TestRevisionFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void slug_data();
    void slug();
    void fileName_data();
    void fileName();
    void revisionIds();
    void writesOnTheHeadLikeAlembic();
    void newBaseAndSplice();
    void mergeHeads();
    void dependsOnAndLabels();
    void refusals_data();
    void refusals();
    void neverOverwrites();
    void templateWithoutBranchLabels();
    void versionLocations();
    void timezoneAndFileTemplate();
    void bodyTemplates();
    void outputEncoding();
    void postWriteHooksAreReported();

private:
    QString makeProject(const QByteArray &extraIni = {}, const QByteArray &scriptTemplate = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bookshop; //!< alembic.ini of a scratch copy of the example
};

void TestRevisionFileWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop"),
        m_dir->filePath(QStringLiteral("bookshop"))));
    m_bookshop = m_dir->filePath(QStringLiteral("bookshop/alembic.ini"));
}

QString TestRevisionFileWriter::makeProject(
    const QByteArray &extraIni, const QByteArray &scriptTemplate)
{
    const QString root = m_dir->filePath(QStringLiteral("small"));
    const QByteArray tmpl = scriptTemplate.isEmpty() ? readFile(QStringLiteral(RETORT_SOURCE_DIR
                                "/resources/examples/bookshop/migrations/script.py.mako"))
                                                     : scriptTemplate;
    writeFile(root + QStringLiteral("/alembic.ini"),
        "[alembic]\nscript_location = %(here)s/env\n" + extraIni
            + "\nsqlalchemy.url = sqlite://\n");
    writeFile(root + QStringLiteral("/env/script.py.mako"), tmpl);
    QDir().mkpath(root + QStringLiteral("/env/versions"));
    return root + QStringLiteral("/alembic.ini");
}

void TestRevisionFileWriter::slug_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("slug");
    QTest::newRow("long") << QStringLiteral("Add a very long message with punctuation!! and "
                                            "\u00dcNICODE chars, exceeding forty characters limit")
                          << 40 << QStringLiteral("add_a_very_long_message_with_");
    QTest::newRow("ten") << QStringLiteral("hello wonderful world of migrations") << 10
                         << QStringLiteral("hello_");
    QTest::newRow("fits exactly") << QStringLiteral("exactly ten") << 11
                                  << QStringLiteral("exactly_ten");
    QTest::newRow("cut on a boundary")
        << QStringLiteral("abcdefghij klm") << 10 << QStringLiteral("abcdefghij_");
    QTest::newRow("no underscore to cut at")
        << QStringLiteral("abcdefghijkl") << 5 << QStringLiteral("abcde_");
    QTest::newRow("unicode letters") << QStringLiteral("\u00dcn\u00efcode stra\u00dfe") << 40
                                     << QStringLiteral("\u00fcn\u00efcode_stra\u00dfe");
    QTest::newRow("punctuation and underscores")
        << QStringLiteral("a__b  x-y z!") << 40 << QStringLiteral("a__b_x_y_z");
    QTest::newRow("combining mark splits")
        << QStringLiteral("e\u0301t\u00e9") << 40 << QStringLiteral("e_t\u00e9");
    QTest::newRow("empty") << QString() << 40 << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << 40 << QString();
}

void TestRevisionFileWriter::slug()
{
    QFETCH(QString, message);
    QFETCH(int, length);
    QFETCH(QString, slug);
    QCOMPARE(RevisionFileName::slug(message, length), slug);
}

void TestRevisionFileWriter::fileName_data()
{
    QTest::addColumn<QString>("fileTemplate");
    QTest::addColumn<QString>("expected"); // empty: an error is expected
    QTest::newRow("default") << QStringLiteral("%(rev)s_%(slug)s")
                             << QStringLiteral("ae1027a6acf_add_a_column.py");
    QTest::newRow("dated") << QStringLiteral(
        "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s")
                           << QStringLiteral("2026_11_21_0930-ae1027a6acf_add_a_column.py");
    QTest::newRow("seconds and padding") << QStringLiteral("%(second)02d_%(rev).4s_%(slug)-14s|")
                                         << QStringLiteral("01_ae10_add_a_column  |.py");
    QTest::newRow("literal percent")
        << QStringLiteral("%(rev)s%%") << QStringLiteral("ae1027a6acf%.py");
    QTest::newRow("unknown token") << QStringLiteral("%(rev)s_%(foo)s") << QString();
    QTest::newRow("int format of a string") << QStringLiteral("%(rev)d") << QString();
    QTest::newRow("directory") << QStringLiteral("%(year)d/%(rev)s") << QString();
    QTest::newRow("positional") << QStringLiteral("%s") << QString();
}

void TestRevisionFileWriter::fileName()
{
    QFETCH(QString, fileTemplate);
    QFETCH(QString, expected);
    const auto name = RevisionFileName::fileName(
        fileTemplate, QStringLiteral("ae1027a6acf"), QStringLiteral("add_a_column"), kDate);
    if (expected.isEmpty()) {
        QVERIFY(!name);
        QCOMPARE(name.error().code, QStringLiteral("file-template"));
    } else {
        QVERIFY2(name, name ? "" : qPrintable(name.error().message));
        QCOMPARE(name.value(), expected);
    }
    const auto epoch
        = RevisionFileName::fileName(QStringLiteral("%(epoch)s"), QString(), QString(), kDate);
    QCOMPARE(epoch.value(), QString::number(kDate.epochSeconds) + QStringLiteral(".py"));
}

void TestRevisionFileWriter::revisionIds()
{
    static const QRegularExpression hex12(QStringLiteral("^[0-9a-f]{12}$"));
    const QString a = RevisionFileName::newRevisionId(), b = RevisionFileName::newRevisionId();
    QVERIFY(hex12.match(a).hasMatch());
    QVERIFY(a != b);
    QVERIFY(!RevisionFileName::checkRevisionId(QStringLiteral("abc:def")));
    const auto bad = RevisionFileName::checkRevisionId(QStringLiteral("a-b@c"));
    QVERIFY(bad);
    QCOMPARE(bad->message,
        QStringLiteral("Character(s) '-, @' not allowed in revision identifier 'a-b@c'"));
    QVERIFY(RevisionFileName::checkRevisionId(QStringLiteral("a b")));
    QVERIFY(RevisionFileName::checkRevisionId(QStringLiteral("it's")));
    QVERIFY(RevisionFileName::checkRevisionId(QString()));
}

void TestRevisionFileWriter::writesOnTheHeadLikeAlembic()
{
    const RevisionFileWriter writer(open(m_bookshop));
    const auto written
        = writer.write(request(QStringLiteral("add a column"), QStringLiteral("ae1027a6acf1")));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const QString expectedPath = m_dir->filePath(
        QStringLiteral("bookshop/migrations/versions/ae1027a6acf1_add_a_column.py"));
    QCOMPARE(written->filePath, expectedPath);
    QCOMPARE(written->downRevisions, QStringList {kBookshopHead});
    QCOMPARE(QString::fromUtf8(readFile(expectedPath)),
        QStringLiteral(
            "\"\"\"add a column\n\nRevision ID: ae1027a6acf1\nRevises: 2b6f8d0a3e17\n"
            "Create Date: 2026-11-21 09:30:01.794456\n\n\"\"\"\nfrom alembic import op\n"
            "import sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n"
            "revision = 'ae1027a6acf1'\ndown_revision = '2b6f8d0a3e17'\nbranch_labels = None\n"
            "depends_on = None\n\n\ndef upgrade() -> None:\n    pass\n\n\n"
            "def downgrade() -> None:\n    pass\n"));
    const Project reread = open(m_bookshop);
    QCOMPARE(reread.map().heads(), QStringList {QStringLiteral("ae1027a6acf1")});
    QVERIFY(reread.canPlan());

    // No message: Alembic's "empty message" in the docstring, an empty slug in the name.
    RevisionRequest noMessage = request(QString(), QStringLiteral("bbbbbbbbbbbb"));
    noMessage.message.reset();
    const auto unnamed = RevisionFileWriter(reread).write(noMessage);
    QVERIFY(unnamed);
    QCOMPARE(unnamed->fileName, QStringLiteral("bbbbbbbbbbbb_.py"));
    QVERIFY(unnamed->content.startsWith("\"\"\"empty message\n"));
    // A generated id when none is given.
    const auto generated
        = RevisionFileWriter(open(m_bookshop)).plan(request(QStringLiteral("x"), QString()));
    QVERIFY(generated);
    QCOMPARE(generated->revisionId.size(), 12);
}

void TestRevisionFileWriter::newBaseAndSplice()
{
    const RevisionFileWriter writer(open(m_bookshop));
    const auto base = writer.write(request(
        QStringLiteral("second root"), QStringLiteral("000000000001"), {QStringLiteral("base")}));
    QVERIFY2(base, base ? "" : qPrintable(base.error().message));
    QVERIFY(base->downRevisions.isEmpty());
    QVERIFY(base->content.contains("down_revision = None\n"));
    QVERIFY(base->content.contains("Revises: \n"));

    RevisionRequest splice = request(
        QStringLiteral("branch off"), QStringLiteral("000000000002"), {QStringLiteral("e5a8")});
    splice.splice = true;
    const auto branch = RevisionFileWriter(open(m_bookshop)).write(splice);
    QVERIFY2(branch, branch ? "" : qPrintable(branch.error().message));
    QCOMPARE(branch->downRevisions, QStringList {QStringLiteral("e5a8b3c6d701")});
    QCOMPARE(open(m_bookshop).map().heads().size(), 3);
}

void TestRevisionFileWriter::mergeHeads()
{
    QVERIFY(RevisionFileWriter(open(m_bookshop))
                .write(request(QStringLiteral("root"), QStringLiteral("000000000001"),
                    {QStringLiteral("base")})));
    const Project twoHeads = open(m_bookshop);
    const QStringList heads = twoHeads.map().heads();
    QCOMPARE(heads.size(), 2);
    const auto merged = RevisionFileWriter(twoHeads).mergeHeads(
        QStringLiteral("merge heads"), QStringLiteral("0000000000ff"));
    QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
    QCOMPARE(QSet<QString>(merged->downRevisions.cbegin(), merged->downRevisions.cend()),
        QSet<QString>(heads.cbegin(), heads.cend()));
    QVERIFY(merged->content.contains("down_revision = ('"));
    QCOMPARE(merged->fileName, QStringLiteral("0000000000ff_merge_heads.py"));
    const Project after = open(m_bookshop);
    QCOMPARE(after.map().heads(), QStringList {QStringLiteral("0000000000ff")});
    QVERIFY(after.summary(QStringLiteral("0000000000ff")).isMergePoint);
    const auto again = RevisionFileWriter(after).mergeHeads(QStringLiteral("nothing"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("merge-single-head"));
}

void TestRevisionFileWriter::dependsOnAndLabels()
{
    RevisionRequest r = request(QStringLiteral("needs members"), QStringLiteral("dddddddddddd"));
    r.dependsOn = QStringList {QStringLiteral("1d9f"), QStringLiteral("media")};
    r.branchLabels = QStringList {QStringLiteral("reports")};
    const auto written = RevisionFileWriter(open(m_bookshop)).write(r);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    // A prefix is resolved to the full id, a branch label stays a label (as Alembic writes them).
    QCOMPARE(written->dependsOn,
        (QStringList {QStringLiteral("1d9f4e2b7c35"), QStringLiteral("media")}));
    QVERIFY(written->content.contains("depends_on = ['1d9f4e2b7c35', 'media']\n"));
    QVERIFY(written->content.contains("branch_labels = ('reports',)\n"));
    const RevisionScript script = readRevisionFile(written->filePath);
    QCOMPARE(script.branchLabels, QStringList {QStringLiteral("reports")});
    const Project after = open(m_bookshop);
    QCOMPARE(after.map().labelOwner(QStringLiteral("reports")), QStringLiteral("dddddddddddd"));

    RevisionRequest single = request(QStringLiteral("one dep"), QStringLiteral("eeeeeeeeeeee"));
    single.dependsOn = QStringList {QStringLiteral("8b7e4d2c1a90")};
    const auto one = RevisionFileWriter(after).plan(single);
    QVERIFY(one);
    QVERIFY(one->content.contains("depends_on = '8b7e4d2c1a90'\n"));
}

void TestRevisionFileWriter::refusals_data()
{
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QStringList none;
    QTest::newRow("not a head")
        << QStringList {QStringLiteral("e5a8b3c6d701")} << QStringLiteral("aaaaaaaaaaa1") << none
        << none << QStringLiteral("revision-parents")
        << QStringLiteral(
               "Revision e5a8b3c6d701 is not a head revision; please specify --splice to "
               "create a new branch from this revision");
    QTest::newRow("unknown parent")
        << QStringList {QStringLiteral("feedface")} << QStringLiteral("aaaaaaaaaaa1") << none
        << none << QStringLiteral("revision-parents")
        << QStringLiteral("Can't locate revision identified by 'feedface'");
    QTest::newRow("duplicate parents")
        << QStringList {kBookshopHead, QStringLiteral("2b6f")} << QStringLiteral("aaaaaaaaaaa1")
        << none << none << QStringLiteral("revision-parents")
        << QStringLiteral("Duplicate head revisions specified");
    QTest::newRow("existing id") << none << QStringLiteral("e5a8b3c6d701") << none << none
                                 << QStringLiteral("revision-exists")
                                 << QStringLiteral("Revision e5a8b3c6d701 already exists");
    QTest::newRow("illegal id") << none << QStringLiteral("a+b") << none << none
                                << QStringLiteral("revision-id")
                                << QStringLiteral(
                                       "Character(s) '+' not allowed in revision identifier 'a+b'");
    QTest::newRow("label in use")
        << none << QStringLiteral("aaaaaaaaaaa1") << QStringList {QStringLiteral("media")} << none
        << QStringLiteral("branch-label")
        << QStringLiteral("Branch name 'media' in revision aaaaaaaaaaa1 already used by revision "
                          "a27f5d3e0b6c");
    QTest::newRow("unknown dependency")
        << none << QStringLiteral("aaaaaaaaaaa1") << none << QStringList {QStringLiteral("zzz")}
        << QStringLiteral("revision-depends-on")
        << QStringLiteral("Can't locate revision identified by 'zzz'");
}

void TestRevisionFileWriter::refusals()
{
    QFETCH(QStringList, parents);
    QFETCH(QString, id);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QString, code);
    QFETCH(QString, message);
    RevisionRequest r = request(QStringLiteral("refused"), id, parents);
    r.branchLabels = labels;
    r.dependsOn = dependsOn;
    const auto result = RevisionFileWriter(open(m_bookshop)).write(r);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().message, message);
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("bookshop/migrations/versions")))
                 .entryList(QDir::Files)
                 .size(),
        13);
}

void TestRevisionFileWriter::neverOverwrites()
{
    // The file appears after the project was read (another tool, a colleague's pull).
    const RevisionFileWriter writer(open(m_bookshop));
    const QString existing
        = m_dir->filePath(QStringLiteral("bookshop/migrations/versions/cccccccccccc_taken.py"));
    QVERIFY(writeFile(existing, "# someone else's file\n"));
    const auto result
        = writer.write(request(QStringLiteral("taken"), QStringLiteral("cccccccccccc")));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("file-exists"));
    QCOMPARE(readFile(existing), QByteArray("# someone else's file\n"));
}

void TestRevisionFileWriter::templateWithoutBranchLabels()
{
    const QString ini = makeProject({},
        "\"\"\"${message}\"\"\"\nrevision = ${repr(up_revision)}\n"
        "down_revision = ${repr(down_revision)}\n\ndef upgrade():\n    pass\n");
    RevisionRequest r = request(QStringLiteral("labelled"), QStringLiteral("aaaaaaaaaaaa"));
    r.branchLabels = QStringList {QStringLiteral("lbl")};
    const auto result = RevisionFileWriter(open(ini)).write(r);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("template-header"));
    QVERIFY2(result.error().message.startsWith(
                 QLatin1String("Version aaaaaaaaaaaa specified branch_labels lbl, however the "
                               "migration file ")),
        qPrintable(result.error().message));
    QVERIFY(QDir(QFileInfo(ini).absolutePath() + QStringLiteral("/env/versions")).isEmpty());
    // The same template without labels writes fine.
    r.branchLabels.clear();
    QVERIFY(RevisionFileWriter(open(ini)).write(r));
}

void TestRevisionFileWriter::versionLocations()
{
    const QString ini = makeProject("version_locations = %(here)s/one %(here)s/two\n");
    const QString root = QFileInfo(ini).absolutePath();
    const RevisionFileWriter writer(open(ini));
    QCOMPARE(writer.versionLocations(),
        (QStringList {root + QStringLiteral("/one"), root + QStringLiteral("/two")}));
    const auto ambiguous
        = writer.plan(request(QStringLiteral("first"), QStringLiteral("aaaaaaaaaaaa")));
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().message,
        QStringLiteral("Multiple version locations present, please specify --version-path"));
    RevisionRequest outside = request(QStringLiteral("first"), QStringLiteral("aaaaaaaaaaaa"));
    outside.versionPath = root + QStringLiteral("/three");
    QCOMPARE(writer.plan(outside).error().message,
        QStringLiteral("Path %1/three is not represented in current version locations").arg(root));
    RevisionRequest inTwo = request(QStringLiteral("first"), QStringLiteral("aaaaaaaaaaaa"));
    inTwo.versionPath = root + QStringLiteral("/two/");
    const auto first = writer.write(inTwo);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->filePath, root + QStringLiteral("/two/aaaaaaaaaaaa_first.py"));
    // A child goes where its parent is.
    const auto child = RevisionFileWriter(open(ini)).write(
        request(QStringLiteral("second"), QStringLiteral("bbbbbbbbbbbb")));
    QVERIFY2(child, child ? "" : qPrintable(child.error().message));
    QCOMPARE(child->directory, root + QStringLiteral("/two"));
}

void TestRevisionFileWriter::timezoneAndFileTemplate()
{
    const QString ini = makeProject(
        "timezone = UTC\nfile_template = %%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s\n"
        "truncate_slug_length = 5\n");
    RevisionRequest r = request(QStringLiteral("timed revision"), QStringLiteral("aaaaaaaaaaaa"));
    r.createDate.reset();
    const auto planned = RevisionFileWriter(open(ini)).plan(r);
    QVERIFY2(planned, planned ? "" : qPrintable(planned.error().message));
    QCOMPARE(planned->createDate.utcOffsetSeconds, std::optional<int>(0));
    static const QRegularExpression createLine(QStringLiteral(
        "\nCreate Date: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00\n"));
    QVERIFY2(createLine.match(QString::fromUtf8(planned->content)).hasMatch(),
        planned->content.constData());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY(planned->fileName
            == today.toString(QStringLiteral("yyyyMMdd"))
                + QStringLiteral("_aaaaaaaaaaaa_timed_.py")
        || planned->fileName.endsWith(
            QLatin1String("_aaaaaaaaaaaa_timed_.py"))); // midnight rollover

    const QString unknown = makeProject("timezone = Mars/Olympus\n");
    const auto failed = RevisionFileWriter(open(unknown)).plan(r);
    QVERIFY(!failed);
    QCOMPARE(failed.error().message, QStringLiteral("Can't locate timezone: Mars/Olympus"));
}

void TestRevisionFileWriter::bodyTemplates()
{
    RevisionRequest ops = request(QStringLiteral("ops"), QStringLiteral("aaaaaaaaaaa1"));
    ops.body = RevisionBodyTemplate::Operations;
    const auto withOps = RevisionFileWriter(open(m_bookshop)).write(ops);
    QVERIFY(withOps);
    QVERIFY(withOps->content.contains(
        "def upgrade() -> None:\n    # Describe the schema change with op.* calls"));
    QVERIFY(withOps->content.contains("    # op.create_table(\n    #     \"example\",\n"));
    QVERIFY(withOps->content.contains("def downgrade() -> None:\n    # Undo what upgrade() does"));
    QVERIFY(withOps->warnings.isEmpty());

    RevisionRequest sql = request(QStringLiteral("sql"), QStringLiteral("aaaaaaaaaaa2"));
    sql.body = RevisionBodyTemplate::RawSql;
    sql.upgradeSql
        = QStringLiteral("UPDATE book SET title = 'a\\b' WHERE note = \"\"\"x\"\"\";\n\nSELECT 1;");
    const auto withSql = RevisionFileWriter(open(m_bookshop)).write(sql);
    QVERIFY2(withSql, withSql ? "" : qPrintable(withSql.error().message));
    QVERIFY(withSql->content.contains(
        "def upgrade() -> None:\n    op.execute(\n        \"\"\"\n        UPDATE book SET title = "
        "'a\\\\b' WHERE note = \\\"\\\"\\\"x\\\"\\\"\\\";\n\n        SELECT 1;\n        \"\"\"\n   "
        " )\n"));
    QVERIFY(withSql->content.contains("-- SQL that reverts this revision"));
    const RevisionScript script = readRevisionFile(withSql->filePath);
    QVERIFY(script.isUsable());
    QVERIFY(script.upgrade);

    // A template without ${upgrades}: written with the template's body, and a warning says so.
    const QString ini = makeProject({},
        "\"\"\"${message}\"\"\"\nrevision = ${repr(up_revision)}\n"
        "down_revision = ${repr(down_revision)}\n\ndef upgrade():\n    pass\n");
    RevisionRequest plain = request(QStringLiteral("plain"), QStringLiteral("aaaaaaaaaaa3"));
    plain.body = RevisionBodyTemplate::Operations;
    const auto warned = RevisionFileWriter(open(ini)).write(plain);
    QVERIFY(warned);
    QCOMPARE(warned->warnings.size(), 1);
    QCOMPARE(warned->warnings.first().code, QStringLiteral("body-template-unused"));
}

void TestRevisionFileWriter::outputEncoding()
{
    // Latin-1 output needs a PEP 263 line in the template (on line 2: Mako drops a first-line
    // coding comment from its output), or Python cannot read the file back.
    const QByteArray tmpl = readFile(
        QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/migrations/script.py.mako"));
    const QString ini = makeProject(
        "output_encoding = latin-1\n", "#!/usr/bin/env python\n# -*- coding: latin-1 -*-\n" + tmpl);
    const auto written = RevisionFileWriter(open(ini)).write(
        request(QStringLiteral("caf\u00e9"), QStringLiteral("aaaaaaaaaaaa")));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QVERIFY(readFile(written->filePath).contains("\"\"\"caf\xe9\n"));
    const auto euro = RevisionFileWriter(open(ini)).plan(
        request(QStringLiteral("\u20ac"), QStringLiteral("bbbbbbbbbbbb")));
    QVERIFY(!euro);
    QCOMPARE(euro.error().code, QStringLiteral("output-encoding"));
    // Without the coding line Alembic would write a file it cannot load; Retort refuses.
    const QString plain = makeProject("output_encoding = latin-1\n");
    const auto unreadable
        = RevisionFileWriter(open(plain))
              .plan(request(QStringLiteral("caf\u00e9"), QStringLiteral("cccccccccccc")));
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().code, QStringLiteral("template-header"));
}

void TestRevisionFileWriter::postWriteHooksAreReported()
{
    const QString ini = makeProject();
    QFile file(ini);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n[post_write_hooks]\nhooks = black\nblack.type = console_scripts\n");
    file.close();
    const auto written = RevisionFileWriter(open(ini)).write(
        request(QStringLiteral("hooked"), QStringLiteral("aaaaaaaaaaaa")));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->warnings.size(), 1);
    QCOMPARE(written->warnings.first().code, QStringLiteral("post-write-hooks-skipped"));
    QCOMPARE(written->warnings.first().location.line, 7);
    QVERIFY(written->warnings.first().message.contains(QLatin1String("(black)")));
}

QTEST_GUILESS_MAIN(TestRevisionFileWriter)
#include "tst_revisionfilewriter.moc"
