// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QWidget>

#include <memory>

namespace Retort::Ui {

/*! A read-only, highlighted view of SQL text. With KSyntaxHighlighting (RETORT_HAVE_KSH, the
    Qt 5 build) a QPlainTextEdit highlighted with the "SQL (PostgreSQL)" or "SQL" definition
    and the KSH theme that suits the palette (light or dark); otherwise a read-only
    QsciScintilla with QsciLexerSQL and EditorTheme colours. Either way the colours follow
    palette changes. GUI thread only. */
class SqlTextView final : public QWidget
{
    Q_OBJECT

public:
    explicit SqlTextView(QWidget *parent = nullptr);
    ~SqlTextView() override;

    //! Shows \a sql highlighted for \a dialect ("postgresql" or "sqlite").
    void setSql(const QString &sql, const QString &dialect);
    QString sql() const;

    //! Whether exportHtml() works in this build (needs KSyntaxHighlighting).
    static bool canExportHtml();
    /*! Writes the SQL as a standalone highlighted HTML page to \a path, titled \a title.
        False with \a errorMessage when it cannot (no KSyntaxHighlighting, file error). */
    bool exportHtml(
        const QString &path, const QString &title, QString *errorMessage = nullptr) const;

    //! The widget that shows the text (QPlainTextEdit or QsciScintilla), for focus and tests.
    QWidget *textWidget() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Retort::Ui
