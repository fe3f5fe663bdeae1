// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/schema/schemasnapshot.h"

#include <QHash>
#include <QStringList>
#include <Qsci/qsciabstractapis.h>

namespace Retort::Ui {

/*! Context-aware completion for revision files (after OpenSCAD's ScadApi): after `op.` the
    Alembic operations, after `batch_op.` the batch operations, after `sa.` the SQLAlchemy
    names the interpreter understands (Core::Ops vocabulary), after `<table>.` that table's
    columns, and for a bare word the table and column names of the schema given by
    setSchema(). Call tips show the parameter lists. The lexer owns this object
    (QsciLexer::setAPIs does not take ownership: parent it to the lexer). GUI thread only. */
class ScriptCompletionApi final : public QsciAbstractAPIs
{
    Q_OBJECT

public:
    explicit ScriptCompletionApi(QsciLexer *lexer);

    void setSchema(const Core::SchemaSnapshot &schema);

    /*! The sorted candidates for \a context: the words before the cursor as QScintilla gives
        them ("op.create_t" → {"op", "create_t"}; "op." → {"op", ""}). */
    QStringList completions(const QStringList &context) const;
    //! "name(parameters)" for the call named by \a context ({"op", "create_table"}), or empty.
    QString callTip(const QStringList &context) const;

    void updateAutoCompletionList(const QStringList &context, QStringList &list) override;
    QStringList callTips(const QStringList &context, int commas, QsciScintilla::CallTipsStyle style,
        QList<int> &shifts) override;

private:
    QStringList m_tables; //!< sorted
    QStringList m_allColumns; //!< sorted, unique
    QHash<QString, QStringList> m_columns; //!< table -> its columns in table order
};

} // namespace Retort::Ui
