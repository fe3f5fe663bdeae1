// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/preview/sqltextview.h"

#include "ui/editor/editorids.h"
#include "ui/editor/editortheme.h"

#include <QEvent>
#include <QVBoxLayout>

#if RETORT_HAVE_KSH
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTextStream>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#endif

namespace Retort::Ui {

#if RETORT_HAVE_KSH

namespace {

//! One Repository for all views: loading the definitions is costly. GUI thread only.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Definition definitionFor(const QString &dialect)
{
    const QString name = dialect == QLatin1String("postgresql") ? QStringLiteral("SQL (PostgreSQL)")
                                                                : QStringLiteral("SQL");
    KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
    return definition.isValid() ? definition
                                : repository().definitionForName(QStringLiteral("SQL"));
}

/*! Writes highlighted lines as HTML spans with the theme's colours (KSH's own HtmlHighlighter
    is not public API in KF5). */
class HtmlWriter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString render(const QString &text)
    {
        KSyntaxHighlighting::State state;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines[i];
            state = highlightLine(m_line, state);
            if (i + 1 < lines.size())
                m_out += QLatin1Char('\n');
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString piece = m_line.mid(offset, length).toHtmlEscaped();
        QStringList style;
        if (format.hasTextColor(theme()))
            style << QStringLiteral("color:") + format.textColor(theme()).name();
        if (format.hasBackgroundColor(theme()))
            style << QStringLiteral("background-color:") + format.backgroundColor(theme()).name();
        if (format.isBold(theme()))
            style << QStringLiteral("font-weight:bold");
        if (format.isItalic(theme()))
            style << QStringLiteral("font-style:italic");
        if (format.isUnderline(theme()))
            style << QStringLiteral("text-decoration:underline");
        if (style.isEmpty())
            m_out += piece;
        else
            m_out += QStringLiteral("<span style=\"%1\">%2</span>")
                         .arg(style.join(QLatin1Char(';')), piece);
    }

private:
    QString m_line;
    QString m_out;
};

} // namespace

struct SqlTextView::Private
{
    QPlainTextEdit *edit = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
    QString dialect;
};

SqlTextView::SqlTextView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->edit = new QPlainTextEdit(this);
    d->edit->setReadOnly(true);
    d->edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->edit->setFont(EditorTheme::codeFont());
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(d->edit->document());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->edit);
    setFocusProxy(d->edit);
    applyTheme();
}

SqlTextView::~SqlTextView() = default;

void SqlTextView::setSql(const QString &sql, const QString &dialect)
{
    if (dialect != d->dialect) {
        d->dialect = dialect;
        d->highlighter->setDefinition(definitionFor(dialect));
    }
    d->edit->setPlainText(sql);
}

QString SqlTextView::sql() const
{
    return d->edit->toPlainText();
}

void SqlTextView::applyTheme()
{
    d->highlighter->setTheme(repository().themeForPalette(palette()));
    d->highlighter->rehighlight();
}

bool SqlTextView::canExportHtml()
{
    return true;
}

bool SqlTextView::exportHtml(const QString &path, const QString &title, QString *errorMessage) const
{
    HtmlWriter writer;
    writer.setDefinition(definitionFor(d->dialect));
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(palette());
    writer.setTheme(theme);
    const QString body = writer.render(sql());
    const QColor paper
        = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor ink = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    const QString page
        = QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
              "<body style=\"background-color:%2\">\n<pre style=\"color:%3\">")
              .arg(title.toHtmlEscaped(), paper.name(), ink.name())
        + body + QStringLiteral("</pre>\n</body></html>\n");
    file.write(page.toUtf8());
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

QWidget *SqlTextView::textWidget() const
{
    return d->edit;
}

#else // no KSyntaxHighlighting: QScintilla's SQL lexer

struct SqlTextView::Private
{
    QsciScintilla *edit = nullptr;
    QsciLexerSQL *lexer = nullptr;
};

SqlTextView::SqlTextView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->edit = new QsciScintilla(this);
    d->lexer = new QsciLexerSQL(d->edit);
    d->edit->setUtf8(true);
    d->edit->setLexer(d->lexer);
    d->edit->setReadOnly(true);
    d->edit->setCaretLineVisible(false);
    d->edit->setMarginType(EditorIds::NumberMargin, QsciScintilla::NumberMargin);
    d->edit->setMarginWidth(EditorIds::SymbolMargin, 0);
    d->edit->setMarginWidth(EditorIds::FoldMargin, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->edit);
    setFocusProxy(d->edit);
    applyTheme();
}

SqlTextView::~SqlTextView() = default;

void SqlTextView::setSql(const QString &sql, const QString &)
{
    d->edit->setReadOnly(false);
    d->edit->setText(sql);
    d->edit->setReadOnly(true);
    d->edit->setMarginWidth(EditorIds::NumberMargin,
        QString(int(QString::number(d->edit->lines()).size()) + 1, QLatin1Char('9')));
}

QString SqlTextView::sql() const
{
    return d->edit->text();
}

void SqlTextView::applyTheme()
{
    const EditorTheme theme(palette());
    theme.applyTo(d->lexer);
    theme.applyTo(d->edit);
}

bool SqlTextView::canExportHtml()
{
    return false;
}

bool SqlTextView::exportHtml(const QString &, const QString &, QString *errorMessage) const
{
    if (errorMessage)
        *errorMessage
            = tr("This build of Retort has no KSyntaxHighlighting, which the HTML export needs.");
    return false;
}

QWidget *SqlTextView::textWidget() const
{
    return d->edit;
}

#endif

void SqlTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace Retort::Ui
