// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// New Revision / Merge Heads and New Project dialogs on the offscreen platform, with real files
// (a scratch copy of the bookshop example): inline validation, the preview, and the files OK
// writes, read back with Retort's project reader.

#include "core/project/project.h"
#include "core/project/revisionfilewriter.h"
#include "ui/dialogs/newprojectdialog.h"
#include "ui/dialogs/newrevisiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort;

namespace {

const QString kHead = QStringLiteral("2b6f8d0a3e17");

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

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestNewRevisionDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validatesInline();
    void writesOnTheHead();
    void mergesHeads();
    void dependsOnPickerAndRawSql();
    void splicesAndNewBase();
    void newProjectDialog();

private:
    Core::Project project() const;
    QString versionsDir() const
    {
        return m_dir->filePath(QStringLiteral("bookshop/migrations/versions"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNewRevisionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(copyTree(QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop"),
        m_dir->filePath(QStringLiteral("bookshop"))));
}

Core::Project TestNewRevisionDialog::project() const
{
    const QString ini = m_dir->filePath(QStringLiteral("bookshop/alembic.ini"));
    return Core::Project::open({ini, QStringLiteral("alembic"), QFileInfo(ini).absolutePath()});
}

void TestNewRevisionDialog::validatesInline()
{
    Ui::NewRevisionDialog dialog(project());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *parents = child<QListWidget>(&dialog, "parentList");
    QCOMPARE(parents->count(), 2); // the head and <base>
    QCOMPARE(parents->item(0)->checkState(), Qt::Checked);
    QCOMPARE(parents->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(parents->item(1)->data(Qt::UserRole).toString(), QStringLiteral("base"));
    QCOMPARE(parents->item(0)->data(Qt::UserRole).toString(), kHead);
    // No message yet: an error, OK disabled.
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!dialog.validationMessage().isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY(!okButton(&dialog)->isEnabled());

    QTest::keyClicks(
        child<QLineEdit>(&dialog, "messageEdit"), QStringLiteral("Add email to member"));
    QTRY_VERIFY(dialog.validationMessage().isEmpty());
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!error->isVisible());
    const QString id = child<QLineEdit>(&dialog, "revisionIdEdit")->placeholderText();
    QCOMPARE(id.size(), 12);
    QCOMPARE(dialog.previewText(),
        QStringLiteral("migrations/versions/%1_add_email_to_member.py").arg(id));
    QVERIFY(child<QLabel>(&dialog, "previewLabel")
                ->text()
                .contains(QStringLiteral("on top of %1").arg(kHead)));

    // A branch label that exists already.
    QTest::keyClicks(child<QLineEdit>(&dialog, "branchLabelEdit"), QStringLiteral("media"));
    QTRY_VERIFY(dialog.validationMessage().contains(QLatin1String("Branch name 'media'")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "branchLabelEdit")->clear();
    // An illegal id.
    QTest::keyClicks(child<QLineEdit>(&dialog, "revisionIdEdit"), QStringLiteral("a-b"));
    QTRY_COMPARE(dialog.validationMessage(),
        QStringLiteral("Character(s) '-' not allowed in revision identifier 'a-b'"));
    // Clicking OK while invalid writes nothing.
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QDir(versionsDir()).entryList(QDir::Files).size(), 13);
}

void TestNewRevisionDialog::writesOnTheHead()
{
    Ui::NewRevisionDialog dialog(project());
    QSignalSpy written(&dialog, &Ui::NewRevisionDialog::revisionWritten);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "messageEdit"), QStringLiteral("add loan notes"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "revisionIdEdit"), QStringLiteral("abcdef012345"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "branchLabelEdit"), QStringLiteral("notes"));
    QTRY_VERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(written.size(), 1);
    const QString path
        = QDir(versionsDir()).filePath(QStringLiteral("abcdef012345_add_loan_notes.py"));
    QCOMPARE(written.first().at(0).toString(), path);
    QCOMPARE(written.first().at(1).toString(), QStringLiteral("abcdef012345"));
    const QString text = readText(path);
    QVERIFY(text.startsWith(QLatin1String(
        "\"\"\"add loan notes\n\nRevision ID: abcdef012345\nRevises: 2b6f8d0a3e17\n")));
    QVERIFY(text.contains(QLatin1String("\nbranch_labels = ('notes',)\n")));
    const Core::Project after = project();
    QCOMPARE(after.map().heads(), QStringList {QStringLiteral("abcdef012345")});
    QCOMPARE(after.map().labelOwner(QStringLiteral("notes")), QStringLiteral("abcdef012345"));
}

void TestNewRevisionDialog::mergesHeads()
{
    Core::RevisionRequest root;
    root.message = QStringLiteral("archive root");
    root.revisionId = QStringLiteral("0000000000a1");
    root.parents = QStringList {QStringLiteral("base")};
    QVERIFY(Core::RevisionFileWriter(project()).write(root));

    Ui::NewRevisionDialog dialog(project());
    dialog.show();
    auto *parents = child<QListWidget>(&dialog, "parentList");
    QCOMPARE(parents->count(), 3);
    // Several heads: nothing is checked and the dialog asks; Merge Heads checks every head.
    QCOMPARE(parents->item(0)->checkState(), Qt::Unchecked);
    QTest::keyClicks(child<QLineEdit>(&dialog, "messageEdit"), QStringLiteral("x"));
    QTRY_VERIFY(dialog.validationMessage().startsWith(QLatin1String("Check the head(s)")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "messageEdit")->clear();
    dialog.prepareMerge();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Merge Heads"));
    QCOMPARE(child<QLineEdit>(&dialog, "messageEdit")->text(), QStringLiteral("merge heads"));
    QCOMPARE(parents->item(0)->checkState(), Qt::Checked);
    QCOMPARE(parents->item(1)->checkState(), Qt::Checked);
    QCOMPARE(parents->item(2)->checkState(), Qt::Unchecked);
    QVERIFY(dialog.validationMessage().isEmpty());
    QVERIFY(child<QLabel>(&dialog, "previewLabel")->text().contains(QLatin1String("merges ")));
    dialog.accept();
    QVERIFY(dialog.writtenRevision());
    QCOMPARE(dialog.writtenRevision()->downRevisions.size(), 2);
    const Core::Project after = project();
    QCOMPARE(after.map().heads(), QStringList {dialog.writtenRevision()->revisionId});
    QVERIFY(after.summary(dialog.writtenRevision()->revisionId).isMergePoint);
}

void TestNewRevisionDialog::dependsOnPickerAndRawSql()
{
    Ui::NewRevisionDialog dialog(project());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "messageEdit"), QStringLiteral("report view"));
    auto *choice = child<QComboBox>(&dialog, "dependsOnCombo");
    QVERIFY(choice->findData(QStringLiteral("media")) >= 0);
    QVERIFY(choice->findData(QStringLiteral("1d9f4e2b7c35")) >= 0);
    choice->setCurrentIndex(choice->findData(QStringLiteral("media")));
    QTest::mouseClick(child<QPushButton>(&dialog, "addDependencyButton"), Qt::LeftButton);
    QTest::keyClicks(choice->lineEdit(), QStringLiteral("1d9f"));
    QTest::keyClick(choice->lineEdit(), Qt::Key_Return);
    auto *list = child<QListWidget>(&dialog, "dependsOnList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("media"));
    QVERIFY(
        list->item(1)->text().startsWith(QLatin1String("1d9f"))); // the prefix, or the completed id

    auto *body = child<QComboBox>(&dialog, "bodyTemplateCombo");
    auto *upgradeSql = child<QPlainTextEdit>(&dialog, "upgradeSqlEdit");
    QVERIFY(!upgradeSql->isVisible());
    body->setCurrentIndex(body->findData(int(Core::RevisionBodyTemplate::RawSql)));
    QVERIFY(upgradeSql->isVisible());
    QTest::keyClicks(upgradeSql, QStringLiteral("CREATE VIEW report AS SELECT 1;"));
    QTest::keyClicks(
        child<QPlainTextEdit>(&dialog, "downgradeSqlEdit"), QStringLiteral("DROP VIEW report;"));
    QTRY_VERIFY(dialog.validationMessage().isEmpty());
    dialog.accept();
    QVERIFY(dialog.writtenRevision());
    const QString text = readText(dialog.writtenRevision()->filePath);
    QVERIFY(text.contains(QLatin1String("\ndepends_on = ['media', '1d9f4e2b7c35']\n")));
    QVERIFY(text.contains(QLatin1String(
        "    op.execute(\n        \"\"\"\n        CREATE VIEW report AS SELECT 1;\n")));
    QVERIFY(text.contains(QLatin1String("        DROP VIEW report;\n")));
    // Delete removes a dependency from the list.
    Ui::NewRevisionDialog second(project());
    second.show();
    auto *secondList = child<QListWidget>(&second, "dependsOnList");
    child<QComboBox>(&second, "dependsOnCombo")->setEditText(QStringLiteral("media"));
    QTest::mouseClick(child<QPushButton>(&second, "addDependencyButton"), Qt::LeftButton);
    QCOMPARE(secondList->count(), 1);
    secondList->setCurrentRow(0);
    secondList->setFocus();
    QTest::keyClick(secondList, Qt::Key_Delete);
    QCOMPARE(secondList->count(), 0);
}

void TestNewRevisionDialog::splicesAndNewBase()
{
    Ui::NewRevisionDialog dialog(project());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "messageEdit"), QStringLiteral("hotfix"));
    dialog.setParents({QStringLiteral("e5a8b3c6d701")});
    auto *parents = child<QListWidget>(&dialog, "parentList");
    QCOMPARE(parents->count(), 3); // the head, the spliced revision, <base>
    QCOMPARE(parents->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(parents->item(1)->checkState(), Qt::Checked);
    QCOMPARE(parents->item(1)->data(Qt::UserRole).toString(), QStringLiteral("e5a8b3c6d701"));
    QVERIFY(dialog.request().splice);
    dialog.validateNow();
    auto *preview = child<QLabel>(&dialog, "previewLabel");
    QVERIFY(preview->text().contains(QLatin1String("branches off e5a8b3c6d701")));
    // <base> with another parent is refused; alone it makes a new base revision.
    parents->item(2)->setCheckState(Qt::Checked);
    dialog.validateNow();
    QCOMPARE(dialog.validationMessage(),
        QStringLiteral("A new base revision cannot have other parents."));
    parents->item(1)->setCheckState(Qt::Unchecked);
    dialog.validateNow();
    QCOMPARE(dialog.request().parents, QStringList {QStringLiteral("base")});
    QVERIFY(!dialog.request().splice);
    QVERIFY(preview->text().contains(QLatin1String("a new base revision")));
    parents->item(2)->setCheckState(Qt::Unchecked);
    parents->item(1)->setCheckState(Qt::Checked);
    dialog.accept();
    QVERIFY(dialog.writtenRevision());
    QCOMPARE(dialog.writtenRevision()->downRevisions, QStringList {QStringLiteral("e5a8b3c6d701")});
    QCOMPARE(project().map().heads().size(), 2);
}

void TestNewRevisionDialog::newProjectDialog()
{
    Ui::NewProjectDialog dialog;
    QSignalSpy created(&dialog, &Ui::NewProjectDialog::projectCreated);
    dialog.show();
    QVERIFY(!okButton(&dialog)->isEnabled()); // no directory yet
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
    // The bookshop's migrations/ is not empty.
    dialog.setDirectory(m_dir->filePath(QStringLiteral("bookshop")));
    QVERIFY(dialog.validationMessage().contains(QLatin1String("already exists")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    dialog.setDirectory(m_dir->filePath(QStringLiteral("fresh")));
    child<QLineEdit>(&dialog, "urlEdit")
        ->setText(QStringLiteral("postgresql://me:p%40ss@localhost/fresh"));
    QVERIFY(dialog.validationMessage().isEmpty());
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "previewLabel")
                ->text()
                .contains(QLatin1String("migrations/versions/")));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    const QString ini = m_dir->filePath(QStringLiteral("fresh/alembic.ini"));
    QCOMPARE(dialog.createdIniPath(), ini);
    QVERIFY(readText(ini).contains(
        QLatin1String("\nsqlalchemy.url = postgresql://me:p%%40ss@localhost/fresh\n")));
    const Core::Project fresh
        = Core::Project::open({ini, QStringLiteral("alembic"), QDir::rootPath()});
    QVERIFY(fresh.isOpen());
    QVERIFY(fresh.canPlan());
    QCOMPARE(fresh.config().sqlalchemyUrl(),
        std::optional<QString>(QStringLiteral("postgresql://me:p%40ss@localhost/fresh")));
}

QTEST_MAIN(TestNewRevisionDialog)
#include "tst_newrevisiondialog.moc"
