// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The SQL preview on the offscreen platform: the script for a range is byte for byte what
// `retort-cli ... --sql` prints; the selected revision alone; reasons with clickable places
// when a revision cannot be rendered; copy, save and the HTML export's availability.

#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/preview/sqlpreviewwidget.h"
#include "ui/preview/sqltextview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort;
using Core::Ops::Direction;

namespace {

const QString kBookshopIni
    = QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

//! What `retort-cli -c <ini> <arguments>` prints on stdout (run from the source directory).
QByteArray cliOutput(const QString &ini, const QStringList &arguments, int *exitCode)
{
    QProcess cli;
    cli.setWorkingDirectory(QStringLiteral(RETORT_SOURCE_DIR));
    cli.start(QStringLiteral(RETORT_CLI_PATH), QStringList {QStringLiteral("-c"), ini} + arguments);
    if (!cli.waitForFinished(60000))
        return {};
    *exitCode = cli.exitCode();
    return cli.readAllStandardOutput();
}

} // namespace

class TestSqlPreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rangeEqualsCli_data();
    void rangeEqualsCli();
    void selectedRevisionAlone_data();
    void selectedRevisionAlone();
    void unrenderableRevisionShowsReasonWithLink();
    void badRangeIsReported();
    void copySaveAndHtmlExport();

private:
    bool openProject(const QString &ini);
    bool waitRendered();
    std::unique_ptr<Ui::ProjectDocument> m_document;
    std::unique_ptr<Ui::RevisionSelection> m_selection;
    std::unique_ptr<Ui::SqlPreviewWidget> m_preview;
};

void TestSqlPreview::init()
{
    m_document = std::make_unique<Ui::ProjectDocument>();
    m_selection = std::make_unique<Ui::RevisionSelection>();
    m_preview = std::make_unique<Ui::SqlPreviewWidget>(m_document.get(), m_selection.get());
    m_preview->resize(900, 600);
    m_preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_preview.get()));
}

void TestSqlPreview::cleanup()
{
    m_preview.reset();
    m_selection.reset();
    m_document.reset();
}

bool TestSqlPreview::openProject(const QString &ini)
{
    QSignalSpy loaded(m_document.get(), &Ui::ProjectDocument::loaded);
    m_document->open({ini, QStringLiteral("alembic"), QStringLiteral(RETORT_SOURCE_DIR)});
    return loaded.wait(10000) && m_document->isOpen();
}

bool TestSqlPreview::waitRendered()
{
    QSignalSpy finished(m_preview.get(), &Ui::SqlPreviewWidget::renderingFinished);
    // Let every queued request start, then wait until nothing is running.
    QTest::qWait(0);
    for (int i = 0; i < 200 && m_preview->isBusy(); ++i)
        finished.wait(50);
    return !m_preview->isBusy();
}

void TestSqlPreview::rangeEqualsCli_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("range");
    QTest::newRow("postgresql upgrade e5a8b3c6d701:heads")
        << "postgresql" << int(Direction::Upgrade) << "e5a8b3c6d701:heads";
    QTest::newRow("sqlite upgrade base:heads")
        << "sqlite" << int(Direction::Upgrade) << "base:heads";
    QTest::newRow("postgresql upgrade to a revision")
        << "postgresql" << int(Direction::Upgrade) << "5c8e2a7f1b94";
    QTest::newRow("postgresql downgrade heads:e5a8b3c6d701")
        << "postgresql" << int(Direction::Downgrade) << "heads:e5a8b3c6d701";
}

void TestSqlPreview::rangeEqualsCli()
{
    QFETCH(QString, dialect);
    QFETCH(int, direction);
    QFETCH(QString, range);
    QVERIFY(openProject(kBookshopIni));
    m_preview->setDialect(dialect);
    m_preview->showRange(Direction(direction), range);
    QVERIFY(waitRendered());
    QVERIFY2(
        m_preview->problems().isEmpty(), qPrintable(m_preview->problems().value(0).toString()));

    int exitCode = -1;
    const QString verb = direction == int(Direction::Upgrade) ? QStringLiteral("upgrade")
                                                              : QStringLiteral("downgrade");
    const QByteArray expected = cliOutput(QStringLiteral("resources/examples/bookshop/alembic.ini"),
        {verb, range, QStringLiteral("--sql"), QStringLiteral("--dialect"), dialect}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(expected.contains("-- Running "));
    QCOMPARE(m_preview->sql().toUtf8(), expected);
    QCOMPARE(m_preview->textView()->sql().toUtf8(), expected);
}

void TestSqlPreview::selectedRevisionAlone_data()
{
    QTest::addColumn<QString>("revision");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("cliRange");
    QTest::newRow("upgrade of one revision")
        << "e5a8b3c6d701" << int(Direction::Upgrade) << "c41d0e9f7b22:e5a8b3c6d701";
    QTest::newRow("upgrade of a base")
        << "3f2a9c1d8e04" << int(Direction::Upgrade) << "3f2a9c1d8e04";
    QTest::newRow("downgrade of one revision")
        << "e5a8b3c6d701" << int(Direction::Downgrade) << "e5a8b3c6d701:-1";
    // A merge has two parents, which retort-cli cannot give as a start: no CLI comparison.
    QTest::newRow("upgrade of a merge") << "5c8e2a7f1b94" << int(Direction::Upgrade) << QString();
}

void TestSqlPreview::selectedRevisionAlone()
{
    QFETCH(QString, revision);
    QFETCH(int, direction);
    QFETCH(QString, cliRange);
    QVERIFY(openProject(kBookshopIni));
    m_preview->setDialect(QStringLiteral("postgresql"));
    m_preview->showRange(Direction(direction), QString());
    m_selection->setCurrent(revision);
    QVERIFY(waitRendered());
    QVERIFY2(
        m_preview->problems().isEmpty(), qPrintable(m_preview->problems().value(0).toString()));
    QCOMPARE(m_preview->sql().count(QStringLiteral("-- Running ")), 1);
    QVERIFY(m_preview->sql().contains(revision));

    if (cliRange.isEmpty()) {
        QVERIFY(m_preview->sql().contains(
            QStringLiteral("-- Running upgrade 9e3b7a1f4c58, f0c63e8b5d29 -> 5c8e2a7f1b94")));
        return;
    }
    int exitCode = -1;
    const QString verb = direction == int(Direction::Upgrade) ? QStringLiteral("upgrade")
                                                              : QStringLiteral("downgrade");
    const QByteArray expected = cliOutput(kBookshopIni,
        {verb, cliRange, QStringLiteral("--sql"), QStringLiteral("--dialect"),
            QStringLiteral("postgresql")},
        &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(m_preview->sql().toUtf8(), expected);
}

void TestSqlPreview::unrenderableRevisionShowsReasonWithLink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("migrations/versions")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("alembic.ini")),
        "[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = sqlite:///app.db\n"));
    const QByteArray head = "from alembic import op\nimport sqlalchemy as sa\n\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/a1_create.py")),
        head
            + "revision = 'a1'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n\n"
              "def upgrade():\n    op.create_table('t', sa.Column('id', sa.Integer(), "
              "primary_key=True))\n\n"
              "def downgrade():\n    op.drop_table('t')\n"));
    const QString dataFile = dir.filePath(QStringLiteral("migrations/versions/b2_backfill.py"));
    QVERIFY(writeFile(dataFile,
        head
            + "revision = 'b2'\ndown_revision = 'a1'\nbranch_labels = None\ndepends_on = None\n\n"
              "def upgrade():\n    conn = op.get_bind()\n"
              "    for row in conn.execute(sa.text('SELECT id FROM t')):\n"
              "        pass\n\n"
              "def downgrade():\n    pass\n"));
    QVERIFY(openProject(dir.filePath(QStringLiteral("alembic.ini"))));
    QCOMPARE(m_preview->dialect(), QStringLiteral("sqlite")); // from sqlalchemy.url
    m_preview->showRange(Direction::Upgrade, QStringLiteral("base:heads"));
    QVERIFY(waitRendered());
    QVERIFY(m_preview->sql().isEmpty());
    QVERIFY(!m_preview->copyAction()->isEnabled());
    const Core::DiagnosticList problems = m_preview->problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].code, QStringLiteral("needs-python"));
    QCOMPARE(QFileInfo(problems[0].location.file).fileName(), QStringLiteral("b2_backfill.py"));
    QVERIFY(problems[0].location.line >= 11);

    auto *label = m_preview->findChild<QLabel *>(QStringLiteral("sqlPreviewProblems"));
    QVERIFY(label && label->isVisible());
    QVERIFY(
        label->text().contains(QStringLiteral("b2_backfill.py:%1").arg(problems[0].location.line)));
    QSignalSpy open(m_selection.get(), &Ui::RevisionSelection::openFileRequested);
    emit label->linkActivated(QStringLiteral("0")); // what a click on the link does
    QCOMPARE(open.count(), 1);
    QCOMPARE(open[0][0].toString(), problems[0].location.file);
    QCOMPARE(open[0][1].toInt(), problems[0].location.line);

    // The revision before renders on its own.
    m_preview->showRange(Direction::Upgrade, QStringLiteral("a1"));
    QVERIFY(waitRendered());
    QVERIFY(m_preview->sql().contains(QStringLiteral("CREATE TABLE t")));
    QVERIFY(!label->isVisible());
}

void TestSqlPreview::badRangeIsReported()
{
    QVERIFY(openProject(kBookshopIni));
    m_preview->showRange(Direction::Downgrade, QStringLiteral("e5a8b3c6d701"));
    QVERIFY(waitRendered());
    QVERIFY(m_preview->sql().isEmpty());
    QCOMPARE(m_preview->problems().value(0).message,
        QStringLiteral("downgrade with --sql requires <fromrev>:<torev>"));
    m_preview->showRange(Direction::Upgrade, QStringLiteral("nosuchrev:heads"));
    QVERIFY(waitRendered());
    QVERIFY(m_preview->problems().value(0).message.contains(QStringLiteral("nosuchrev")));
    // Typing in the range field and leaving it renders again.
    auto *field = m_preview->findChild<QLineEdit *>(QStringLiteral("sqlPreviewRange"));
    QVERIFY(field);
    field->setText(QStringLiteral("base:3f2a9c1d8e04"));
    emit field->editingFinished();
    QVERIFY(waitRendered());
    QVERIFY(m_preview->problems().isEmpty());
    QVERIFY(m_preview->sql().contains(QStringLiteral("3f2a9c1d8e04")));
}

void TestSqlPreview::copySaveAndHtmlExport()
{
    QVERIFY(openProject(kBookshopIni));
    m_preview->showRange(Direction::Upgrade, QStringLiteral("base:3f2a9c1d8e04"));
    QVERIFY(waitRendered());
    QVERIFY(!m_preview->sql().isEmpty());
    m_preview->copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), m_preview->sql());

    QTemporaryDir dir;
    const QString sqlPath = dir.filePath(QStringLiteral("out.sql"));
    QVERIFY(m_preview->saveSql(sqlPath));
    QFile saved(sqlPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_preview->sql().toUtf8());

    QAction *html = m_preview->exportHtmlAction();
    const QString htmlPath = dir.filePath(QStringLiteral("out.html"));
#if RETORT_HAVE_KSH
    QVERIFY(html->isEnabled());
    QVERIFY(m_preview->exportHtml(htmlPath));
    QFile page(htmlPath);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray text = page.readAll();
    QVERIFY(text.contains("<span style=\"color:"));
    QVERIFY(text.contains("CREATE"));
#else
    QVERIFY(!html->isEnabled());
    QVERIFY(html->toolTip().contains(QStringLiteral("KSyntaxHighlighting")));
    QVERIFY(!m_preview->exportHtml(htmlPath));
    QVERIFY(!QFile::exists(htmlPath));
#endif
}

QTEST_MAIN(TestSqlPreview)
#include "tst_sqlpreview.moc"
