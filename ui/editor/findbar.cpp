// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/findbar.h"

#include "ui/editor/editorids.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

namespace Retort::Ui {
namespace {

using Sci = QsciScintillaBase;

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_word(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_case->setObjectName(QStringLiteral("findMatchCase"));
    m_word->setObjectName(QStringLiteral("findWholeWords"));
    m_regex->setObjectName(QStringLiteral("findRegex"));
    m_status->setObjectName(QStringLiteral("findStatus"));

    QPushButton *next = button(tr("&Next"), "findNextButton", this);
    QPushButton *previous = button(tr("&Previous"), "findPreviousButton", this);
    QPushButton *replaceOne = button(tr("&Replace"), "replaceButton", m_replaceRow);
    QPushButton *replaceAllButton = button(tr("Replace &All"), "replaceAllButton", m_replaceRow);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findCloseButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Esc)"));

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceAllButton);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_word, 0, 4);
    layout->addWidget(m_regex, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, true); });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindBar::hideBar);
    for (QCheckBox *option : {m_case, m_word, m_regex})
        connect(option, &QCheckBox::toggled, this, [this] { find(true, true); });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

void FindBar::showBar(bool replace)
{
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
    markAllMatches();
}

void FindBar::setSearchText(const QString &text)
{
    m_find->setText(text);
    markAllMatches();
}

QString FindBar::searchText() const
{
    return m_find->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setOptions(bool caseSensitive, bool wholeWords, bool regularExpression)
{
    const QSignalBlocker a(m_case), b(m_word), c(m_regex);
    m_case->setChecked(caseSensitive);
    m_word->setChecked(wholeWords);
    m_regex->setChecked(regularExpression);
    markAllMatches();
}

int FindBar::searchFlags() const
{
    int flags = 0;
    if (m_case->isChecked())
        flags |= Sci::SCFIND_MATCHCASE;
    if (m_word->isChecked())
        flags |= Sci::SCFIND_WHOLEWORD;
    if (m_regex->isChecked())
        flags |= Sci::SCFIND_REGEXP | Sci::SCFIND_CXX11REGEX;
    return flags;
}

bool FindBar::find(bool forward, bool fromSelectionStart)
{
    markAllMatches();
    if (m_find->text().isEmpty())
        return false;
    int line = -1;
    int index = -1;
    if (fromSelectionStart || !forward) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        if (line < 0)
            m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(),
        m_case->isChecked(), m_word->isChecked(), true, forward, line, index, true, false, true);
    updateStatus(found);
    return found;
}

bool FindBar::findNext()
{
    return find(true, false);
}

bool FindBar::findPrevious()
{
    return find(false, false);
}

long FindBar::searchToEnd(const QByteArray &needle, long from)
{
    m_editor->SendScintilla(Sci::SCI_SETTARGETSTART, from);
    m_editor->SendScintilla(Sci::SCI_SETTARGETEND, m_editor->SendScintilla(Sci::SCI_GETLENGTH));
    return m_editor->SendScintilla(Sci::SCI_SEARCHINTARGET, needle.size(), needle.constData());
}

void FindBar::markAllMatches()
{
    const long length = m_editor->SendScintilla(Sci::SCI_GETLENGTH);
    m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIds::FindIndicator);
    m_editor->SendScintilla(Sci::SCI_INDICATORCLEARRANGE, 0, length);
    m_matchCount = 0;
    const QByteArray needle = m_find->text().toUtf8();
    if (needle.isEmpty() || !isVisible())
        return;
    m_editor->SendScintilla(Sci::SCI_SETSEARCHFLAGS, searchFlags());
    long from = 0;
    while (from <= length) {
        const long at = searchToEnd(needle, from);
        if (at < 0)
            break;
        const long end = m_editor->SendScintilla(Sci::SCI_GETTARGETEND);
        m_editor->SendScintilla(Sci::SCI_INDICATORFILLRANGE, at, end - at);
        ++m_matchCount;
        from = end > at ? end : at + 1;
    }
}

void FindBar::updateStatus(bool found)
{
    if (m_find->text().isEmpty())
        m_status->clear();
    else if (!found)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("Matches: %1").arg(m_matchCount));
}

bool FindBar::replaceCurrent()
{
    if (m_find->text().isEmpty())
        return false;
    if (m_editor->hasSelectedText()) {
        // Replace only when the selection is exactly a match of the current search.
        const QByteArray needle = m_find->text().toUtf8();
        const long start = m_editor->SendScintilla(Sci::SCI_GETSELECTIONSTART);
        const long end = m_editor->SendScintilla(Sci::SCI_GETSELECTIONEND);
        m_editor->SendScintilla(Sci::SCI_SETSEARCHFLAGS, searchFlags());
        m_editor->SendScintilla(Sci::SCI_SETTARGETSTART, start);
        m_editor->SendScintilla(Sci::SCI_SETTARGETEND, end);
        const long at
            = m_editor->SendScintilla(Sci::SCI_SEARCHINTARGET, needle.size(), needle.constData());
        if (at == start && m_editor->SendScintilla(Sci::SCI_GETTARGETEND) == end) {
            const QByteArray with = m_replace->text().toUtf8();
            const unsigned message
                = m_regex->isChecked() ? Sci::SCI_REPLACETARGETRE : Sci::SCI_REPLACETARGET;
            m_editor->SendScintilla(message, with.size(), with.constData());
            const long after = m_editor->SendScintilla(Sci::SCI_GETTARGETEND);
            m_editor->SendScintilla(Sci::SCI_SETSEL, after, after);
        }
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QByteArray needle = m_find->text().toUtf8();
    if (needle.isEmpty())
        return 0;
    const QByteArray with = m_replace->text().toUtf8();
    const unsigned message
        = m_regex->isChecked() ? Sci::SCI_REPLACETARGETRE : Sci::SCI_REPLACETARGET;
    int count = 0;
    m_editor->beginUndoAction();
    m_editor->SendScintilla(Sci::SCI_SETSEARCHFLAGS, searchFlags());
    long from = 0;
    while (from <= m_editor->SendScintilla(Sci::SCI_GETLENGTH)) {
        const long at = searchToEnd(needle, from);
        if (at < 0)
            break;
        const long matchEnd = m_editor->SendScintilla(Sci::SCI_GETTARGETEND);
        m_editor->SendScintilla(message, with.size(), with.constData());
        const long end = m_editor->SendScintilla(Sci::SCI_GETTARGETEND);
        ++count;
        from = matchEnd > at ? end : end + 1; // an empty match moves on by one
    }
    m_editor->endUndoAction();
    markAllMatches();
    m_status->setText(tr("Replaced: %1").arg(count));
    return count;
}

void FindBar::hideBar()
{
    hide();
    markAllMatches(); // clears the marks: the bar is hidden
    m_editor->setFocus();
    emit closed();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hideBar();
            return true;
        }
        if (watched == m_find && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Retort::Ui
