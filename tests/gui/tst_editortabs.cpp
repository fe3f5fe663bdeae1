// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The editor tabs on the offscreen platform: one tab per file, "save changes?" through
// MessagePresenter's hook, reloads when a file changes on disk, links between revisions.

#include "ui/common/messagepresenter.h"
#include "ui/document/projectdocument.h"
#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"

#include <QAction>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <Qsci/qsciscintilla.h>

using namespace Retort;

namespace {

QByteArray revision(const char *id, const char *parent)
{
    return QByteArray("\"\"\"a revision\"\"\"\nfrom alembic import op\nimport sqlalchemy as "
                      "sa\n\nrevision = '")
        + id
        + "'\ndown_revision = " + (parent ? QByteArray("'") + parent + "'" : QByteArray("None"))
        + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef "
          "downgrade():\n    pass\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEditorTabs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reusesOpenTab();
    void titleShowsModifiedMarker();
    void modifiedCloseAsksThroughPresenter();
    void closeAllStopsWhenCancelled();
    void unmodifiedFileReloadsSilentlyOnExternalChange();
    void modifiedFileAsksBeforeReloading();
    void ownSaveIsNotAnExternalChange();
    void deletedFileStaysOpenAndModified();
    void actionsHaveNamesAndShortcuts();
    void revisionLinkOpensThatRevision();

private:
    QString pathA() const { return m_dir->filePath(QStringLiteral("aaaa00000001_first.py")); }
    QString pathB() const { return m_dir->filePath(QStringLiteral("bbbb00000002_second.py")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::EditorTabs> m_tabs;
};

void TestEditorTabs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(pathA(), revision("aaaa00000001", nullptr)));
    QVERIFY(writeFile(pathB(), revision("bbbb00000002", "aaaa00000001")));
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Cancel);
    m_tabs = std::make_unique<Ui::EditorTabs>();
    m_tabs->resize(900, 600);
    m_tabs->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
}

void TestEditorTabs::cleanup()
{
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard);
    m_tabs.reset();
    m_dir.reset();
    Ui::MessagePresenter::setAutoAnswer(std::nullopt);
}

void TestEditorTabs::reusesOpenTab()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    QVERIFY(a);
    QCOMPARE(m_tabs->count(), 1);
    Ui::ScriptEditor *b = m_tabs->openFile(pathB());
    QVERIFY(b && b != a);
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentEditor(), b);

    // The same file again (also spelled differently) selects its tab at the line asked for.
    QCOMPARE(m_tabs->openFile(m_dir->path() + QStringLiteral("/./aaaa00000001_first.py"), 6), a);
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentEditor(), a);
    int line = -1;
    int index = -1;
    a->textEdit()->getCursorPosition(&line, &index);
    QCOMPARE(line, 5);
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("aaaa00000001_first.py"));

    // A file that cannot be read opens nothing and says why.
    QVERIFY(!m_tabs->openFile(m_dir->filePath(QStringLiteral("missing.py"))));
    QCOMPARE(m_tabs->count(), 2);
    QVERIFY(Ui::MessagePresenter::lastMessage().contains(QStringLiteral("missing.py")));
}

void TestEditorTabs::titleShowsModifiedMarker()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    QAction *save = m_tabs->saveAction();
    QVERIFY(!save->isEnabled());
    a->textEdit()->insertAt(QStringLiteral("# note\n"), 1, 0);
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("aaaa00000001_first.py*"));
    QVERIFY(save->isEnabled());
    save->trigger();
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("aaaa00000001_first.py"));
    QVERIFY(readFile(pathA()).contains("# note\n"));
}

void TestEditorTabs::modifiedCloseAsksThroughPresenter()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    a->textEdit()->insertAt(QStringLiteral("# change\n"), 1, 0);

    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Cancel);
    QVERIFY(!m_tabs->closeTab(0));
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(Ui::MessagePresenter::lastMessage().contains(QStringLiteral("aaaa00000001_first.py")));

    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard);
    QVERIFY(m_tabs->closeTab(0));
    QCOMPARE(m_tabs->count(), 0);
    QCOMPARE(readFile(pathA()), revision("aaaa00000001", nullptr));

    // Save writes the change, then closes.
    a = m_tabs->openFile(pathA());
    a->textEdit()->insertAt(QStringLiteral("# kept\n"), 1, 0);
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Save);
    m_tabs->closeTabAction()->trigger();
    QCOMPARE(m_tabs->count(), 0);
    QVERIFY(readFile(pathA()).contains("# kept\n"));

    // An unmodified file closes without a question.
    m_tabs->openFile(pathB());
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Cancel);
    QVERIFY(m_tabs->closeTab(0));
    QVERIFY(Ui::MessagePresenter::lastMessage().isEmpty());
}

void TestEditorTabs::closeAllStopsWhenCancelled()
{
    m_tabs->openFile(pathA())->textEdit()->insertAt(QStringLiteral("# a\n"), 1, 0);
    m_tabs->openFile(pathB());
    QVERIFY(m_tabs->hasUnsavedChanges());
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Cancel);
    QVERIFY(!m_tabs->closeAll());
    QCOMPARE(m_tabs->count(), 1); // b closed, a kept
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard);
    QVERIFY(m_tabs->closeAll());
    QCOMPARE(m_tabs->count(), 0);
}

void TestEditorTabs::unmodifiedFileReloadsSilentlyOnExternalChange()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    QByteArray changed = revision("aaaa00000001", nullptr);
    changed.replace("    pass\n\n\ndef downgrade", "    op.drop_table('x')\n\n\ndef downgrade");
    QVERIFY(writeFile(pathA(), changed)); // in place, like most editors
    QTRY_COMPARE_WITH_TIMEOUT(a->text().toUtf8(), changed, 5000);
    QVERIFY(!a->isModified());
    QVERIFY(Ui::MessagePresenter::lastMessage().isEmpty());

    // An atomic replace (git, `alembic revision`, QSaveFile) is seen too, and again after it.
    for (const char *body : {"    op.drop_table('y')\n", "    op.drop_table('z')\n"}) {
        QByteArray next = revision("aaaa00000001", nullptr);
        next.replace(
            "    pass\n\n\ndef downgrade", QByteArray(QByteArray(body) + "\n\ndef downgrade"));
        QSaveFile file(pathA());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(next);
        QVERIFY(file.commit());
        QTRY_COMPARE_WITH_TIMEOUT(a->text().toUtf8(), next, 5000);
    }
}

void TestEditorTabs::modifiedFileAsksBeforeReloading()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    a->textEdit()->insertAt(QStringLiteral("# mine\n"), 1, 0);

    Ui::MessagePresenter::setAutoAnswer(QMessageBox::No);
    QVERIFY(writeFile(pathA(), revision("aaaa00000001", nullptr) + "# theirs\n"));
    QTRY_VERIFY_WITH_TIMEOUT(
        Ui::MessagePresenter::lastMessage().contains(QStringLiteral("changed on disk")), 5000);
    QVERIFY(a->text().contains(QStringLiteral("# mine")));
    QVERIFY(a->isModified());

    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Yes);
    QVERIFY(writeFile(pathA(), revision("aaaa00000001", nullptr) + "# theirs again\n"));
    QTRY_VERIFY_WITH_TIMEOUT(a->text().contains(QStringLiteral("# theirs again")), 5000);
    QVERIFY(!a->text().contains(QStringLiteral("# mine")));
    QVERIFY(!a->isModified());
}

void TestEditorTabs::ownSaveIsNotAnExternalChange()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    QSignalSpy saved(m_tabs.get(), &Ui::EditorTabs::fileSaved);
    a->textEdit()->insertAt(QStringLiteral("# one\n"), 1, 0);
    QVERIFY(m_tabs->saveCurrent());
    QCOMPARE(saved.count(), 1);
    a->textEdit()->insertAt(QStringLiteral("# two\n"), 1, 0); // unsaved, must survive
    QTest::qWait(3 * Ui::EditorTabs::kDiskChangeDelayMs + 200);
    QVERIFY(Ui::MessagePresenter::lastMessage().isEmpty());
    QVERIFY(a->text().contains(QStringLiteral("# two")));
    // The watch survives the atomic save: a later outside change still arrives.
    QVERIFY(a->save());
    QVERIFY(writeFile(pathA(), "revision = 'aaaa00000001'\ndown_revision = None\n"));
    QTRY_COMPARE_WITH_TIMEOUT(
        a->text(), QStringLiteral("revision = 'aaaa00000001'\ndown_revision = None\n"), 5000);
}

void TestEditorTabs::deletedFileStaysOpenAndModified()
{
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    QVERIFY(QFile::remove(pathA()));
    QTRY_VERIFY_WITH_TIMEOUT(a->isModified(), 5000);
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(m_tabs->saveCurrent());
    QCOMPARE(readFile(pathA()), revision("aaaa00000001", nullptr));
}

void TestEditorTabs::actionsHaveNamesAndShortcuts()
{
    const struct
    {
        const char *name;
        QKeySequence key;
    } expected[] = {
        {"editorSaveAction", QKeySequence::Save},
        {"editorSaveAllAction", QKeySequence(QStringLiteral("Ctrl+Shift+S"))},
        {"editorCloseTabAction", QKeySequence::Close},
        {"editorUndoAction", QKeySequence::Undo},
        {"editorRedoAction", QKeySequence::Redo},
    };
    for (const auto &e : expected) {
        auto *action = m_tabs->findChild<QAction *>(QLatin1String(e.name));
        QVERIFY2(action, e.name);
        QCOMPARE(action->shortcut(), e.key);
    }
    for (const char *name : {"editorRevertAction", "editorMenuFindAction",
             "editorMenuReplaceAction", "editorMenuGoToLineAction"})
        QVERIFY2(m_tabs->findChild<QAction *>(QLatin1String(name)), name);
    // The menu entries show the editor's own shortcuts.
    QVERIFY(m_tabs->findAction()->text().endsWith(
        QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    // They act on the current editor.
    Ui::ScriptEditor *a = m_tabs->openFile(pathA());
    m_tabs->goToLineAction()->trigger();
    QVERIFY(a->findChild<QWidget *>(QStringLiteral("goToLineBar"))->isVisible());
    m_tabs->findAction()->trigger();
    QVERIFY(a->findChild<QWidget *>(QStringLiteral("findBar"))->isVisible());
}

void TestEditorTabs::revisionLinkOpensThatRevision()
{
    Ui::ProjectDocument document;
    QSignalSpy loaded(&document, &Ui::ProjectDocument::loaded);
    document.open({QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini"),
        QStringLiteral("alembic"), QStringLiteral(RETORT_SOURCE_DIR)});
    QVERIFY(loaded.wait(10000));
    QVERIFY(document.isOpen());
    m_tabs->setProjectDocument(&document);

    const QString versions
        = QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/migrations/versions/");
    Ui::ScriptEditor *limit
        = m_tabs->openFile(versions + QStringLiteral("7d1a4b9e6c30_add_member_loan_limit.py"));
    QVERIFY(limit);
    QSignalSpy links(m_tabs.get(), &Ui::EditorTabs::revisionLinkActivated);
    QsciScintilla *edit = limit->textEdit();
    int line = 0;
    for (; line < edit->lines(); ++line) {
        if (edit->text(line).startsWith(QStringLiteral("down_revision")))
            break;
    }
    edit->setCursorPosition(line, int(edit->text(line).indexOf(QStringLiteral("5c8e"))) + 2);
    QVERIFY(limit->followLinkAtCursor());
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.takeFirst().at(0).toString(), QStringLiteral("5c8e2a7f1b94"));
    QCOMPARE(m_tabs->count(), 2);
    QVERIFY(m_tabs->currentEditor()->filePath().endsWith(
        QStringLiteral("5c8e2a7f1b94_merge_loans_and_media.py")));

    // env.py is no revision file: parsed, but not held to the revision header rules.
    Ui::ScriptEditor *env = m_tabs->openFile(
        QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/migrations/env.py"));
    QVERIFY(env);
    QVERIFY2(env->diagnostics().isEmpty(), qPrintable(env->diagnostics().value(0).toString()));
    env->textEdit()->insertAt(QStringLiteral("def (:\n"), 0, 0);
    env->checkNow();
    QCOMPARE(env->diagnostics().size(), 1);
    QCOMPARE(env->diagnostics().constFirst().code, QStringLiteral("py-syntax"));
    env->setModified(false); // nothing to save at cleanup
    m_tabs->setProjectDocument(nullptr);
}

QTEST_MAIN(TestEditorTabs)
#include "tst_editortabs.moc"
