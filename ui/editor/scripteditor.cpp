// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/scripteditor.h"

#include "ui/editor/editorids.h"
#include "ui/editor/editortheme.h"
#include "ui/editor/findbar.h"
#include "ui/editor/gotolinebar.h"
#include "ui/editor/scriptcompletionapi.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QSaveFile>
#include <QToolTip>
#include <QVBoxLayout>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

#include <algorithm>

namespace Retort::Ui {
namespace {

using Sci = QsciScintillaBase;

QsciScintilla::EolMode eolMode(TextFileFormat::LineEnding ending)
{
    switch (ending) {
    case TextFileFormat::LineEnding::CrLf:
        return QsciScintilla::EolWindows;
    case TextFileFormat::LineEnding::Cr:
        return QsciScintilla::EolMac;
    case TextFileFormat::LineEnding::Lf:
        return QsciScintilla::EolUnix;
    }
    return QsciScintilla::EolUnix;
}

//! Identity of a diagnostic for merging: everything but the file name's spelling.
bool sameProblem(const Core::Diagnostic &a, const Core::Diagnostic &b)
{
    return a.severity == b.severity && a.code == b.code && a.message == b.message
        && a.location.line == b.location.line && a.location.column == b.location.column;
}

bool containsProblem(const Core::DiagnosticList &list, const Core::Diagnostic &d)
{
    return std::any_of(
        list.cbegin(), list.cend(), [&](const Core::Diagnostic &x) { return sameProblem(x, d); });
}

} // namespace

ScriptEditor::ScriptEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QsciScintilla(this))
    , m_lexer(new QsciLexerPython(m_edit))
    , m_api(new ScriptCompletionApi(m_lexer))
    , m_findBar(new FindBar(m_edit, this))
    , m_goToLineBar(new GoToLineBar(this))
    , m_shown(m_edit)
{
    setObjectName(QStringLiteral("scriptEditor"));
    m_edit->setObjectName(QStringLiteral("scriptText"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_goToLineBar);
    setFocusProxy(m_edit);

    setUpEditor();
    setUpActions();
    applyTheme();

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ScriptEditor::checkNow);
    connect(m_edit, &QsciScintilla::textChanged, &m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_edit, &QsciScintilla::linesChanged, this, &ScriptEditor::updateNumberMarginWidth);
    connect(m_edit, &QsciScintilla::modificationChanged, this, [this] {
        if (!m_forcedModified)
            emit modificationChanged(m_edit->isModified());
    });
    connect(m_goToLineBar, &GoToLineBar::lineChosen, this, [this](int line) { goToLine(line); });
    connect(m_goToLineBar, &GoToLineBar::closed, m_edit, qOverload<>(&QWidget::setFocus));
    m_edit->viewport()->installEventFilter(this);
}

ScriptEditor::~ScriptEditor()
{
    m_lexer->setAPIs(nullptr);
}

void ScriptEditor::setUpEditor()
{
    using namespace EditorIds;
    m_edit->setUtf8(true);
    m_lexer->setFoldComments(true);
    m_lexer->setFoldQuotes(true);
    m_lexer->setIndentationWarning(QsciLexerPython::Inconsistent);
    m_lexer->setAPIs(m_api);
    m_edit->setLexer(m_lexer);

    m_edit->setIndentationsUseTabs(false);
    m_edit->setTabWidth(4);
    m_edit->setIndentationWidth(4);
    m_edit->setAutoIndent(true);
    m_edit->setTabIndents(true);
    m_edit->setBackspaceUnindents(true);
    m_edit->setIndentationGuides(true);
    m_edit->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_edit->setCaretLineVisible(true);
    m_edit->setEolVisibility(false);

    m_edit->setMarginType(NumberMargin, QsciScintilla::NumberMargin);
    m_edit->setMarginMarkerMask(NumberMargin, 0);
    m_edit->setMarginType(SymbolMargin, QsciScintilla::SymbolMargin);
    m_edit->setMarginMarkerMask(SymbolMargin, int(SymbolMarkerMask));
    m_edit->setMarginWidth(SymbolMargin, 16);
    m_edit->setFolding(QsciScintilla::BoxedTreeFoldStyle, FoldMargin);
    m_edit->markerDefine(QsciScintilla::Circle, ErrorMarker);
    m_edit->markerDefine(QsciScintilla::RightTriangle, WarningMarker);
    m_edit->markerDefine(QsciScintilla::SmallRectangle, InfoMarker);

    m_edit->indicatorDefine(QsciScintilla::SquiggleIndicator, ErrorIndicator);
    m_edit->indicatorDefine(QsciScintilla::SquiggleIndicator, WarningIndicator);
    m_edit->indicatorDefine(QsciScintilla::DotsIndicator, InfoIndicator);
    m_edit->indicatorDefine(QsciScintilla::StraightBoxIndicator, FindIndicator);
    m_edit->indicatorDefine(QsciScintilla::HiddenIndicator, LinkIndicator);
    m_edit->setIndicatorHoverStyle(QsciScintilla::PlainIndicator, LinkIndicator);
    for (const int indicator :
        {ErrorIndicator, WarningIndicator, InfoIndicator, FindIndicator, LinkIndicator})
        m_edit->setIndicatorDrawUnder(indicator == FindIndicator, indicator);

    m_edit->setAutoCompletionSource(QsciScintilla::AcsAPIs);
    m_edit->setAutoCompletionThreshold(2);
    m_edit->setAutoCompletionCaseSensitivity(true);
    m_edit->setAutoCompletionUseSingle(QsciScintilla::AcusNever);
    m_edit->setCallTipsStyle(QsciScintilla::CallTipsNoContext);
    m_edit->setCallTipsVisible(0);
    updateNumberMarginWidth();
}

void ScriptEditor::setUpActions()
{
    struct Spec
    {
        const char *name;
        QString text;
        QKeySequence key;
        void (ScriptEditor::*slot)();
    };
    const Spec specs[] = {
        {"editorFindAction", tr("Find"), QKeySequence::Find, &ScriptEditor::showFindBar},
        {"editorReplaceAction", tr("Replace"), QKeySequence(QStringLiteral("Ctrl+H")),
            &ScriptEditor::showReplaceBar},
        {"editorFindNextAction", tr("Find Next"), QKeySequence(Qt::Key_F3), nullptr},
        {"editorFindPreviousAction", tr("Find Previous"), QKeySequence(QStringLiteral("Shift+F3")),
            nullptr},
        {"editorGoToLineAction", tr("Go to Line"), QKeySequence(QStringLiteral("Ctrl+G")),
            &ScriptEditor::showGoToLineBar},
        {"editorFollowLinkAction", tr("Open Revision Under Cursor"), QKeySequence(Qt::Key_F2),
            nullptr},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QLatin1String(spec.name));
        action->setShortcut(spec.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        if (spec.slot)
            connect(action, &QAction::triggered, this, spec.slot);
    }
    connect(findChild<QAction *>(QStringLiteral("editorFindNextAction")), &QAction::triggered, this,
        &ScriptEditor::findNext);
    connect(findChild<QAction *>(QStringLiteral("editorFindPreviousAction")), &QAction::triggered,
        this, &ScriptEditor::findPrevious);
    connect(findChild<QAction *>(QStringLiteral("editorFollowLinkAction")), &QAction::triggered,
        this, &ScriptEditor::followLinkAtCursor);
}

void ScriptEditor::applyTheme()
{
    const EditorTheme theme(palette());
    theme.applyTo(m_lexer);
    theme.applyTo(m_edit);
    m_marginDigits = 0; // the font may have changed
    updateNumberMarginWidth();
}

void ScriptEditor::updateNumberMarginWidth()
{
    const int digits = qMax(3, int(QString::number(m_edit->lines()).size()));
    if (digits == m_marginDigits)
        return;
    m_marginDigits = digits;
    m_edit->setMarginWidth(EditorIds::NumberMargin, QString(digits + 1, QLatin1Char('9')));
}

void ScriptEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    QWidget::changeEvent(event);
}

// --- files

bool ScriptEditor::load(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Could not read %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto decoded = TextFileFormat::decode(bytes, path);
    if (!decoded) {
        if (errorMessage)
            *errorMessage = tr("%1 cannot be edited: %2")
                                .arg(QDir::toNativeSeparators(path), decoded.error());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path)
        m_external.clear(); // the project's diagnostics were for another file
    m_path = absolute;
    m_format = decoded->format;
    m_diskBytes = bytes;
    m_edit->setEolMode(eolMode(m_format.lineEnding()));
    m_edit->setText(decoded->text);
    m_edit->SendScintilla(Sci::SCI_EMPTYUNDOBUFFER);
    setModified(false);
    checkNow();
    m_baseline = m_live;
    showDiagnostics();
    return true;
}

bool ScriptEditor::save(QString *errorMessage)
{
    const auto bytes = m_format.encode(m_edit->text());
    QString error;
    if (!bytes) {
        error = bytes.error();
    } else {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size()
            || !file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage
                = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_path), error);
        return false;
    }
    m_diskBytes = bytes.value();
    setModified(false);
    checkNow();
    m_baseline = m_live;
    showDiagnostics();
    emit saved(m_path);
    return true;
}

bool ScriptEditor::revert(QString *errorMessage)
{
    const int firstLine = m_edit->firstVisibleLine();
    int line = 0;
    int index = 0;
    m_edit->getCursorPosition(&line, &index);
    if (!load(m_path, errorMessage))
        return false;
    m_edit->setCursorPosition(qMin(line, m_edit->lines() - 1), 0);
    m_edit->setFirstVisibleLine(firstLine);
    return true;
}

bool ScriptEditor::isModified() const
{
    return m_forcedModified || m_edit->isModified();
}

void ScriptEditor::setModified(bool modified)
{
    const bool was = isModified();
    m_forcedModified = true; // QsciScintilla's own signal stays quiet: one signal, from here
    if (!modified)
        m_edit->setModified(false);
    m_forcedModified = modified;
    if (was != isModified())
        emit modificationChanged(isModified());
}

QString ScriptEditor::text() const
{
    return m_edit->text();
}

bool ScriptEditor::fileChangedOnDisk() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return file.readAll() != m_diskBytes;
}

void ScriptEditor::acceptDiskContent()
{
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_diskBytes = file.readAll();
}

// --- diagnostics and links

void ScriptEditor::setDiagnostics(const Core::DiagnosticList &diagnostics)
{
    m_external = diagnostics;
    showDiagnostics();
}

void ScriptEditor::setInterpreterContext(const Core::Ops::InterpreterContext &context)
{
    m_checker.setInterpreterContext(context);
    m_checkTimer.start();
}

void ScriptEditor::setKnownRevisions(const QHash<QString, QString> &targets)
{
    m_checker.setKnownRevisions(targets);
    m_checkTimer.start();
}

void ScriptEditor::setRevisionFile(bool revisionFile)
{
    if (revisionFile == m_checker.isRevisionFile())
        return;
    m_checker.setRevisionFile(revisionFile);
    checkNow();
    m_baseline = isModified() ? m_baseline : m_live;
    showDiagnostics();
}

void ScriptEditor::setCompletionSchema(const Core::SchemaSnapshot &schema)
{
    m_api->setSchema(schema);
}

QByteArray ScriptEditor::bufferUtf8() const
{
    const long length = m_edit->SendScintilla(Sci::SCI_GETLENGTH);
    const auto *data
        = reinterpret_cast<const char *>(m_edit->SendScintilla(Sci::SCI_GETCHARACTERPOINTER));
    return QByteArray(data, qsizetype(length));
}

void ScriptEditor::checkNow()
{
    m_checkTimer.stop();
    const QByteArray utf8 = bufferUtf8();
    const auto bytes = m_format.encode(QString::fromUtf8(utf8));
    const RevisionCheck check = m_checker.check(m_path, bytes ? bytes.value() : utf8, utf8);
    m_live = check.diagnostics;
    showDiagnostics();
    showLinks(check.links);
}

void ScriptEditor::showDiagnostics()
{
    Core::DiagnosticList shown = m_live;
    for (const Core::Diagnostic &d : std::as_const(m_external)) {
        if (!containsProblem(m_baseline, d) && !containsProblem(shown, d))
            shown.append(d);
    }
    m_shown.show(shown);
    emit diagnosticsChanged();
}

void ScriptEditor::showLinks(const QList<RevisionCheck::Link> &links)
{
    m_edit->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIds::LinkIndicator);
    m_edit->SendScintilla(
        Sci::SCI_INDICATORCLEARRANGE, 0, m_edit->SendScintilla(Sci::SCI_GETLENGTH));
    for (const RevisionCheck::Link &link : links)
        m_edit->SendScintilla(Sci::SCI_INDICATORFILLRANGE, link.start, link.end - link.start);
}

QString ScriptEditor::revisionAt(int position) const
{
    if (position < 0)
        return {};
    const long start = m_edit->SendScintilla(Sci::SCI_WORDSTARTPOSITION, position, true);
    const long end = m_edit->SendScintilla(Sci::SCI_WORDENDPOSITION, position, true);
    if (end <= start)
        return {};
    QByteArray word(qsizetype(end - start) + 1, '\0');
    m_edit->SendScintilla(Sci::SCI_GETTEXTRANGE, start, end, word.data());
    word.chop(1);
    return m_checker.resolve(QString::fromUtf8(word));
}

bool ScriptEditor::followLinkAtCursor()
{
    const QString id = revisionAt(int(m_edit->SendScintilla(Sci::SCI_GETCURRENTPOS)));
    if (id.isEmpty())
        return false;
    emit revisionLinkActivated(id);
    return true;
}

bool ScriptEditor::handleCtrlClick(const QPoint &pos)
{
    const long position = m_edit->SendScintilla(Sci::SCI_POSITIONFROMPOINTCLOSE, pos.x(), pos.y());
    const QString id = revisionAt(int(position));
    if (id.isEmpty())
        return false;
    emit revisionLinkActivated(id);
    return true;
}

QString ScriptEditor::toolTipAt(const QPoint &pos) const
{
    int marginsWidth = 0;
    for (const int margin :
        {EditorIds::NumberMargin, EditorIds::SymbolMargin, EditorIds::FoldMargin})
        marginsWidth += m_edit->marginWidth(margin);
    QStringList lines;
    if (pos.x() < marginsWidth) {
        const long position
            = m_edit->SendScintilla(Sci::SCI_POSITIONFROMPOINT, marginsWidth + 1, pos.y());
        lines = m_shown.messagesOnLine(
            int(m_edit->SendScintilla(Sci::SCI_LINEFROMPOSITION, position)));
    } else {
        const long position
            = m_edit->SendScintilla(Sci::SCI_POSITIONFROMPOINTCLOSE, pos.x(), pos.y());
        if (position >= 0) {
            lines = m_shown.messagesAt(int(position));
            const QString id = revisionAt(int(position));
            if (!id.isEmpty())
                lines << tr("Ctrl+click or F2 opens revision %1").arg(id);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool ScriptEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_edit->viewport());
        return true;
    }
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ControlModifier))
            return handleCtrlClick(mouse->pos());
    }
    return QWidget::eventFilter(watched, event);
}

// --- navigation

void ScriptEditor::goToLine(int line, int column)
{
    const int index = qBound(0, line - 1, qMax(0, m_edit->lines() - 1));
    m_edit->setCursorPosition(index, qMax(0, column - 1));
    m_edit->SendScintilla(Sci::SCI_ENSUREVISIBLEENFORCEPOLICY, index);
    m_edit->setFocus();
}

void ScriptEditor::showFindBar()
{
    m_goToLineBar->hide();
    m_findBar->showBar(false);
}

void ScriptEditor::showReplaceBar()
{
    m_goToLineBar->hide();
    m_findBar->showBar(true);
}

void ScriptEditor::showGoToLineBar()
{
    int line = 0;
    int index = 0;
    m_edit->getCursorPosition(&line, &index);
    m_goToLineBar->showBar(line + 1, m_edit->lines());
}

bool ScriptEditor::findNext()
{
    if (m_findBar->searchText().isEmpty()) {
        showFindBar();
        return false;
    }
    return m_findBar->findNext();
}

bool ScriptEditor::findPrevious()
{
    if (m_findBar->searchText().isEmpty()) {
        showFindBar();
        return false;
    }
    return m_findBar->findPrevious();
}

void ScriptEditor::undo()
{
    m_edit->undo();
}

void ScriptEditor::redo()
{
    m_edit->redo();
}

} // namespace Retort::Ui
