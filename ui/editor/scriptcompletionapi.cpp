// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/scriptcompletionapi.h"

#include "core/ops/vocabulary.h"

#include <QSet>

#include <algorithm>

namespace Retort::Ui {
namespace {

using Core::Ops::ApiEntry;

const QList<ApiEntry> *entriesFor(const QString &object)
{
    if (object == QLatin1String("op"))
        return &Core::Ops::alembicOperations();
    if (object == QLatin1String("batch_op"))
        return &Core::Ops::alembicBatchOperations();
    if (object == QLatin1String("sa") || object == QLatin1String("sqlalchemy"))
        return &Core::Ops::sqlAlchemyNames();
    return nullptr;
}

void appendMatching(QStringList &out, const QStringList &names, const QString &prefix)
{
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            out.append(name);
    }
}

} // namespace

ScriptCompletionApi::ScriptCompletionApi(QsciLexer *lexer)
    : QsciAbstractAPIs(lexer)
{ }

void ScriptCompletionApi::setSchema(const Core::SchemaSnapshot &schema)
{
    m_tables.clear();
    m_columns.clear();
    QSet<QString> columns;
    for (const Core::SchemaTable &table : schema.tables) {
        m_tables.append(table.name);
        QStringList names;
        for (const Core::SchemaColumn &column : table.columns) {
            names.append(column.name);
            columns.insert(column.name);
        }
        m_columns.insert(table.name, names);
    }
    m_tables.sort();
    m_allColumns = QStringList(columns.cbegin(), columns.cend());
    m_allColumns.sort();
}

QStringList ScriptCompletionApi::completions(const QStringList &context) const
{
    if (context.isEmpty())
        return {};
    const QString prefix = context.last();
    QStringList out;
    if (context.size() >= 2) {
        const QString &object = context[context.size() - 2];
        if (const QList<ApiEntry> *entries = entriesFor(object)) {
            for (const ApiEntry &e : *entries) {
                if (e.name.startsWith(prefix))
                    out.append(e.name);
            }
        } else if (const auto it = m_columns.constFind(object); it != m_columns.cend()) {
            appendMatching(out, *it, prefix);
        }
    } else if (!prefix.isEmpty()) {
        appendMatching(out, m_tables, prefix);
        appendMatching(out, m_allColumns, prefix);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString ScriptCompletionApi::callTip(const QStringList &context) const
{
    if (context.size() < 2)
        return {};
    const QList<ApiEntry> *entries = entriesFor(context[context.size() - 2]);
    if (!entries)
        return {};
    const QString &name = context.last();
    for (const ApiEntry &e : *entries) {
        if (e.name == name)
            return e.name + QLatin1Char('(') + e.parameters + QLatin1Char(')');
    }
    return {};
}

void ScriptCompletionApi::updateAutoCompletionList(const QStringList &context, QStringList &list)
{
    list += completions(context);
}

QStringList ScriptCompletionApi::callTips(
    const QStringList &context, int, QsciScintilla::CallTipsStyle, QList<int> &shifts)
{
    // QScintilla appends an empty word: the name before '(' is complete.
    QStringList words = context;
    if (!words.isEmpty() && words.last().isEmpty())
        words.removeLast();
    const QString tip = callTip(words);
    if (tip.isEmpty())
        return {};
    shifts.append(0);
    return {tip};
}

} // namespace Retort::Ui
