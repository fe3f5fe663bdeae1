// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The revision editor on the offscreen platform: files round-trip byte for byte, live
// diagnostics land on the right line after the debounce, revision ids are links, and
// completion knows Alembic's operations.

#include "ui/editor/editorids.h"
#include "ui/editor/findbar.h"
#include "ui/editor/scriptcompletionapi.h"
#include "ui/editor/scripteditor.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

using namespace Retort;
using Sci = QsciScintillaBase;

namespace {

// A revision in the shape `alembic revision` writes; line numbers below refer to it.
const char *const kRevision
    = "\"\"\"add shelf\n" // 1
      "\n" // 2
      "Revision ID: 1a2b3c4d5e6f\n" // 3
      "Revises: 0f9e8d7c6b5a\n" // 4
      "\"\"\"\n" // 5
      "from alembic import op\n" // 6
      "import sqlalchemy as sa\n" // 7
      "\n" // 8
      "revision = '1a2b3c4d5e6f'\n" // 9
      "down_revision = '0f9e8d7c6b5a'\n" // 10
      "branch_labels = None\n" // 11
      "depends_on = 'shelving'\n" // 12
      "\n" // 13
      "\n" // 14
      "def upgrade() -> None:\n" // 15
      "    op.create_table('shelf', sa.Column('id', sa.Integer(), primary_key=True))\n" // 16
      "\n" // 17
      "\n" // 18
      "def downgrade() -> None:\n" // 19
      "    op.drop_table('shelf')\n"; // 20

QByteArray revisionBytes()
{
    return QByteArray(kRevision);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool hasMarker(QsciScintilla *edit, int line0, int marker)
{
    return (edit->markersAtLine(line0) & (1 << marker)) != 0;
}

//! Byte position of the first \a needle at or after the start of 0-based \a line.
int positionOf(QsciScintilla *edit, int line0, const QString &needle)
{
    const int index = int(edit->text(line0).indexOf(needle));
    return index < 0 ? -1 : edit->positionFromLineIndex(line0, index);
}

bool indicatorAt(QsciScintilla *edit, int indicator, int position)
{
    return edit->SendScintilla(Sci::SCI_INDICATORVALUEAT, indicator, position) != 0;
}

QPoint pointOf(QsciScintilla *edit, int position)
{
    const int x = int(edit->SendScintilla(Sci::SCI_POINTXFROMPOSITION, 0, position));
    const int y = int(edit->SendScintilla(Sci::SCI_POINTYFROMPOSITION, 0, position));
    const int height = int(edit->SendScintilla(Sci::SCI_TEXTHEIGHT, 0));
    return QPoint(x + 3, y + height / 2);
}

} // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripKeepsBytes_data();
    void roundTripKeepsBytes();
    void latin1FileRefusesCharactersItCannotStore();
    void revertDropsChanges();
    void syntaxErrorTypedShowsMarkerAndSquiggle();
    void needsPythonIsAWarningOnItsLine();
    void projectDiagnosticsMergeWithLiveOnes();
    void ctrlClickOnDownRevisionEmitsId();
    void f2OnLabelEmitsItsRevision();
    void completionAfterOpListsCreateTable();
    void completionKnowsSchemaAndSqlAlchemy();
    void findAndReplaceAll();
    void paletteChangeRecolours();

private:
    QString writeRevision(const QByteArray &bytes = revisionBytes(),
        const QString &name = QStringLiteral("1a2b3c4d5e6f_add_shelf.py"));
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::ScriptEditor> m_editor;
};

void TestScriptEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_editor = std::make_unique<Ui::ScriptEditor>();
    m_editor->resize(900, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestScriptEditor::cleanup()
{
    m_editor.reset();
    m_dir.reset();
}

QString TestScriptEditor::writeRevision(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, bytes))
        return {};
    return path;
}

void TestScriptEditor::roundTripKeepsBytes_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("edited"); // after typing "# ü" + newline at the start of line 6

    const QByteArray lf = revisionBytes();
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    const QByteArray bom = "\xEF\xBB\xBF" + lf;
    QByteArray latin1 = "# -*- coding: latin-1 -*-\n" + lf;
    latin1.replace("add shelf", "add \xE9tag\xE8re");
    QByteArray noFinalNewline = lf;
    noFinalNewline.chop(1);

    const auto edit = [](QByteArray bytes, const QByteArray &insert, int line) {
        qsizetype at = 0;
        for (int i = 1; i < line; ++i)
            at = bytes.indexOf('\n', at) + 1;
        return bytes.insert(at, insert);
    };
    QTest::newRow("utf-8, LF") << lf << edit(lf, "# \xC3\xBC\n", 6);
    QTest::newRow("utf-8, CRLF") << crlf << edit(crlf, "# \xC3\xBC\r\n", 6);
    QTest::newRow("utf-8 with BOM") << bom << edit(bom, "# \xC3\xBC\n", 6);
    QTest::newRow("latin-1 declared") << latin1 << edit(latin1, "# \xFC\n", 7);
    QTest::newRow("no final newline") << noFinalNewline << edit(noFinalNewline, "# \xC3\xBC\n", 6);
}

void TestScriptEditor::roundTripKeepsBytes()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, edited);
    const QString path = writeRevision(original);
    QString error;
    QVERIFY2(m_editor->load(path, &error), qPrintable(error));
    QVERIFY(!m_editor->isModified());
    QVERIFY(m_editor->text().contains(QStringLiteral("def upgrade()")));

    // Saving untouched text writes the same bytes.
    QVERIFY2(m_editor->save(&error), qPrintable(error));
    QCOMPARE(readFile(path), original);

    // Typing a line (the editor's own newline) keeps encoding, BOM and line endings.
    QsciScintilla *edit = m_editor->textEdit();
    const int line0 = original.startsWith("# -*-") ? 6 : 5;
    edit->setCursorPosition(line0, 0);
    QSignalSpy modified(m_editor.get(), &Ui::ScriptEditor::modificationChanged);
    edit->insert(QStringLiteral("# ü"));
    edit->setCursorPosition(line0, 3);
    edit->SendScintilla(Sci::SCI_NEWLINE);
    QVERIFY(m_editor->isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY2(m_editor->save(&error), qPrintable(error));
    QVERIFY(!m_editor->isModified());
    QCOMPARE(readFile(path), edited);
}

void TestScriptEditor::latin1FileRefusesCharactersItCannotStore()
{
    const QByteArray original = "# -*- coding: latin-1 -*-\n" + revisionBytes();
    const QString path = writeRevision(original);
    QVERIFY(m_editor->load(path));
    m_editor->textEdit()->insertAt(QStringLiteral("# €\n"), 3, 0);
    QString error;
    QVERIFY(!m_editor->save(&error));
    QVERIFY2(error.contains(QStringLiteral("Latin-1")) && error.contains(QStringLiteral("Line 4")),
        qPrintable(error));
    QCOMPARE(readFile(path), original); // nothing half-written
}

void TestScriptEditor::revertDropsChanges()
{
    const QString path = writeRevision();
    QVERIFY(m_editor->load(path));
    m_editor->textEdit()->insertAt(QStringLiteral("junk "), 15, 4);
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->revert());
    QVERIFY(!m_editor->isModified());
    QCOMPARE(m_editor->text().toUtf8(), revisionBytes());
}

void TestScriptEditor::syntaxErrorTypedShowsMarkerAndSquiggle()
{
    const QString path = writeRevision();
    QVERIFY(m_editor->load(path));
    QsciScintilla *edit = m_editor->textEdit();
    for (int line = 0; line < edit->lines(); ++line)
        QVERIFY2(
            !hasMarker(edit, line, Ui::EditorIds::ErrorMarker), "a valid file has no error marker");

    // Line 17 (index 16) becomes `    x = = 1` inside upgrade().
    edit->setCursorPosition(16, 0);
    QTest::keyClicks(edit, QStringLiteral("    x = = 1"));
    QElapsedTimer typed;
    typed.start();
    QVERIFY2(!hasMarker(edit, 16, Ui::EditorIds::ErrorMarker), "the check waits for the debounce");
    QTRY_VERIFY_WITH_TIMEOUT(hasMarker(edit, 16, Ui::EditorIds::ErrorMarker), 3000);
    QVERIFY(typed.elapsed() >= Ui::ScriptEditor::kCheckDelayMs - 50);

    const auto diagnostics = m_editor->diagnostics();
    const auto syntax = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
        [](const Core::Diagnostic &d) { return d.code == QLatin1String("py-syntax"); });
    QVERIFY(syntax != diagnostics.cend());
    QCOMPARE(syntax->location.line, 17);
    // The squiggle sits where the parser points (the second '='), not elsewhere on the line.
    const int column = syntax->location.column;
    const int at = edit->positionFromLineIndex(16, column - 1);
    QVERIFY(indicatorAt(edit, Ui::EditorIds::ErrorIndicator, at));
    QVERIFY(!indicatorAt(edit, Ui::EditorIds::ErrorIndicator, edit->positionFromLineIndex(15, 4)));
    QVERIFY(m_editor->toolTipAt(pointOf(edit, at)).contains(syntax->message));

    // Fixing the line clears marker and squiggle after the debounce.
    edit->setSelection(16, 0, 16, int(edit->text(16).size()) - 1);
    edit->removeSelectedText();
    QTRY_VERIFY_WITH_TIMEOUT(!hasMarker(edit, 16, Ui::EditorIds::ErrorMarker), 3000);
    QVERIFY(!indicatorAt(edit, Ui::EditorIds::ErrorIndicator, edit->positionFromLineIndex(16, 0)));
}

void TestScriptEditor::needsPythonIsAWarningOnItsLine()
{
    QByteArray bytes = revisionBytes();
    bytes.replace("    op.drop_table('shelf')\n", "    op.drop_table(shelf_name())\n");
    const QString path = writeRevision(bytes);
    QVERIFY(m_editor->load(path));
    QsciScintilla *edit = m_editor->textEdit();
    QVERIFY(hasMarker(edit, 19, Ui::EditorIds::WarningMarker));
    QVERIFY(!hasMarker(edit, 15, Ui::EditorIds::WarningMarker)); // upgrade() is fine
    const auto diagnostics = m_editor->diagnostics();
    QCOMPARE(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                 [](const Core::Diagnostic &d) { return d.code == QLatin1String("needs-python"); }),
        1);
    const int at = positionOf(edit, 19, QStringLiteral("shelf_name"));
    QVERIFY(indicatorAt(edit, Ui::EditorIds::WarningIndicator, at));
}

void TestScriptEditor::projectDiagnosticsMergeWithLiveOnes()
{
    QByteArray bytes = revisionBytes();
    bytes.replace("    op.drop_table('shelf')\n", "    op.drop_table(shelf_name())\n");
    const QString path = writeRevision(bytes);
    QVERIFY(m_editor->load(path));
    QsciScintilla *edit = m_editor->textEdit();
    const auto needsPython = [this] {
        const auto list = m_editor->diagnostics();
        return std::count_if(list.cbegin(), list.cend(),
            [](const Core::Diagnostic &d) { return d.code == QLatin1String("needs-python"); });
    };
    QCOMPARE(needsPython(), 1);

    // The project knows a graph problem and, spelled with another path, the same verdict.
    Core::Diagnostic fromProject = m_editor->diagnostics().constFirst();
    fromProject.location.file
        = QStringLiteral("migrations/versions/../versions/1a2b3c4d5e6f_add_shelf.py");
    const Core::Diagnostic graph = Core::Diagnostic::error(QStringLiteral("graph-missing-parent"),
        QStringLiteral("Revision 0f9e8d7c6b5a is not present"), {path, 10, 17});
    QSignalSpy changed(m_editor.get(), &Ui::ScriptEditor::diagnosticsChanged);
    m_editor->setDiagnostics({graph, fromProject});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(needsPython(), 1); // not doubled
    QVERIFY(m_editor->diagnostics().contains(graph));
    QVERIFY(hasMarker(edit, 9, Ui::EditorIds::ErrorMarker));
    QVERIFY(indicatorAt(
        edit, Ui::EditorIds::ErrorIndicator, positionOf(edit, 9, QStringLiteral("0f9e8d7c6b5a"))));

    // Fixing the body removes the verdict although the project still reports it; the graph
    // problem, which the text alone cannot show, stays.
    const int from = positionOf(edit, 19, QStringLiteral("shelf_name()"));
    edit->SendScintilla(Sci::SCI_SETTARGETRANGE, from, from + 12);
    edit->SendScintilla(Sci::SCI_REPLACETARGET, -1, "'shelf'");
    QTRY_COMPARE_WITH_TIMEOUT(needsPython(), 0, 3000);
    QVERIFY(m_editor->diagnostics().contains(graph));
    QVERIFY(!hasMarker(edit, 19, Ui::EditorIds::WarningMarker));
}

void TestScriptEditor::ctrlClickOnDownRevisionEmitsId()
{
    const QString path = writeRevision();
    QVERIFY(m_editor->load(path));
    m_editor->setKnownRevisions({{QStringLiteral("0f9e8d7c6b5a"), QStringLiteral("0f9e8d7c6b5a")},
        {QStringLiteral("1a2b3c4d5e6f"), QStringLiteral("1a2b3c4d5e6f")}});
    QsciScintilla *edit = m_editor->textEdit();
    QSignalSpy links(m_editor.get(), &Ui::ScriptEditor::revisionLinkActivated);
    const QPoint id = pointOf(edit, positionOf(edit, 9, QStringLiteral("0f9e8d7c6b5a")) + 4);

    QTest::mouseClick(edit->viewport(), Qt::LeftButton, Qt::NoModifier, id);
    QCOMPARE(links.count(), 0); // a plain click only moves the caret
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, Qt::ControlModifier, id);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.takeFirst().at(0).toString(), QStringLiteral("0f9e8d7c6b5a"));

    // A word that is no revision is no link.
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, Qt::ControlModifier,
        pointOf(edit, positionOf(edit, 9, QStringLiteral("down_revision")) + 2));
    QCOMPARE(links.count(), 0);
    // The link is marked for hovering once the check ran.
    QTRY_VERIFY(indicatorAt(
        edit, Ui::EditorIds::LinkIndicator, positionOf(edit, 9, QStringLiteral("0f9e8d7c6b5a"))));
    QVERIFY(!indicatorAt(
        edit, Ui::EditorIds::LinkIndicator, positionOf(edit, 9, QStringLiteral("down_revision"))));
}

void TestScriptEditor::f2OnLabelEmitsItsRevision()
{
    const QString path = writeRevision();
    QVERIFY(m_editor->load(path));
    m_editor->setKnownRevisions({{QStringLiteral("shelving"), QStringLiteral("77aa88bb99cc")},
        {QStringLiteral("77aa88bb99cc"), QStringLiteral("77aa88bb99cc")}});
    QsciScintilla *edit = m_editor->textEdit();
    QSignalSpy links(m_editor.get(), &Ui::ScriptEditor::revisionLinkActivated);
    edit->setCursorPosition(11, int(edit->text(11).indexOf(QStringLiteral("shelving"))) + 3);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_F2);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.takeFirst().at(0).toString(), QStringLiteral("77aa88bb99cc"));
    edit->setCursorPosition(14, 1); // "def": nothing
    QVERIFY(!m_editor->followLinkAtCursor());
    QCOMPARE(links.count(), 0);
}

void TestScriptEditor::completionAfterOpListsCreateTable()
{
    const QString path = writeRevision();
    QVERIFY(m_editor->load(path));
    QsciScintilla *edit = m_editor->textEdit();
    edit->setCursorPosition(16, 0);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("    op."));
    QTRY_VERIFY(edit->isListActive());
    QTest::keyClicks(edit, QStringLiteral("create_ta"));
    QTRY_VERIFY(edit->isListActive());
    QByteArray current(64, '\0');
    edit->SendScintilla(
        Sci::SCI_AUTOCGETCURRENTTEXT, static_cast<unsigned long>(0), current.data());
    QCOMPARE(QByteArray(current.constData()), QByteArray("create_table"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(edit->text(16).startsWith(QStringLiteral("    op.create_table")));
    // Opening the call shows the parameters.
    QTest::keyClicks(edit, QStringLiteral("("));
    QTRY_VERIFY(edit->isCallTipActive());

    const QStringList ops
        = m_editor->completionApi()->completions({QStringLiteral("op"), QString()});
    QVERIFY(ops.contains(QStringLiteral("create_table")));
    QVERIFY(ops.contains(QStringLiteral("batch_alter_table")));
    QVERIFY(!ops.contains(QStringLiteral("Column")));
    QCOMPARE(
        m_editor->completionApi()->callTip({QStringLiteral("op"), QStringLiteral("create_table")}),
        QStringLiteral("create_table(table_name, *columns, **kw)"));
}

void TestScriptEditor::completionKnowsSchemaAndSqlAlchemy()
{
    Core::SchemaSnapshot schema;
    Core::SchemaTable book;
    book.name = QStringLiteral("book");
    for (const char *name : {"id", "title"}) {
        Core::SchemaColumn column;
        column.name = QLatin1String(name);
        book.columns.append(column);
    }
    Core::SchemaTable borrower;
    borrower.name = QStringLiteral("borrower");
    schema.tables = {book, borrower};
    m_editor->setCompletionSchema(schema);
    Ui::ScriptCompletionApi *api = m_editor->completionApi();
    QCOMPARE(api->completions({QStringLiteral("bo")}),
        (QStringList {QStringLiteral("book"), QStringLiteral("borrower")}));
    QCOMPARE(api->completions({QStringLiteral("book"), QStringLiteral("t")}),
        QStringList {QStringLiteral("title")});
    const QStringList sa = api->completions({QStringLiteral("sa"), QStringLiteral("Col")});
    QCOMPARE(sa, QStringList {QStringLiteral("Column")});
    QVERIFY(api->completions({QStringLiteral("batch_op"), QStringLiteral("add")})
                .contains(QStringLiteral("add_column")));
    QVERIFY(api->callTip({QStringLiteral("batch_op"), QStringLiteral("add_column")})
                .startsWith(QStringLiteral("add_column(column,")));
}

void TestScriptEditor::findAndReplaceAll()
{
    const QString path = writeRevision();
    QVERIFY(m_editor->load(path));
    QAction *find = m_editor->findChild<QAction *>(QStringLiteral("editorFindAction"));
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    QsciScintilla *edit = m_editor->textEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_F, Qt::ControlModifier);
    Ui::FindBar *bar = m_editor->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    find->trigger();
    QVERIFY(bar->isVisible());
    bar->setSearchText(QStringLiteral("shelf"));
    QCOMPARE(bar->matchCount(), 3);
    // F3 in the text walks the matches.
    edit->setFocus();
    edit->setCursorPosition(10, 0);
    QTest::keyClick(edit, Qt::Key_F3);
    int line = -1;
    int index = -1;
    edit->getCursorPosition(&line, &index);
    QCOMPARE(line, 15);
    QVERIFY(indicatorAt(edit, Ui::EditorIds::FindIndicator, positionOf(edit, 19, QStringLiteral("shelf"))));
    QVERIFY(m_editor->findNext());
    QCOMPARE(m_editor->textEdit()->selectedText(), QStringLiteral("shelf"));
    bar->setReplaceText(QStringLiteral("rack"));
    QCOMPARE(bar->replaceAll(), 3);
    QVERIFY(!m_editor->text().contains(QStringLiteral("shelf")));
    m_editor->undo(); // one undo step for the whole replacement
    QCOMPARE(m_editor->text().count(QStringLiteral("shelf")), 3);
}

void TestScriptEditor::paletteChangeRecolours()
{
    QsciScintilla *edit = m_editor->textEdit();
    const auto styleBack = [edit](int style) {
        const long bgr = edit->SendScintilla(Sci::SCI_STYLEGETBACK, style);
        return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
    };
    QPalette dark = m_editor->palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(220, 220, 220));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    dark.setColor(QPalette::WindowText, QColor(200, 200, 200));
    m_editor->setPalette(dark);
    QCOMPARE(edit->lexer()->paper(0), QColor(30, 30, 30));
    QCOMPARE(styleBack(0), QColor(30, 30, 30));
    QCOMPARE(styleBack(Sci::STYLE_LINENUMBER), QColor(45, 45, 45));
    // Keywords stay readable on dark paper: lighter than the paper.
    QVERIFY(edit->lexer()->color(5).lightness() > 120);

    QPalette light = dark;
    light.setColor(QPalette::Base, QColor(255, 255, 255));
    light.setColor(QPalette::Text, QColor(0, 0, 0));
    m_editor->setPalette(light);
    QCOMPARE(styleBack(0), QColor(255, 255, 255));
    QVERIFY(edit->lexer()->color(5).lightness() < 120);
}

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
