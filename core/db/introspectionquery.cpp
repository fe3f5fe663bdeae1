// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/introspectionquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Retort::Core {

Expected<QList<SqlRow>, QString> selectRows(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failed = [&query, &sql]() -> QString { return query.lastError().text() + QLatin1String(" (in: ") + sql + QLatin1Char(')'); };
    if (!query.prepare(sql))
        return failed();
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return failed();
    QList<SqlRow> rows;
    const int columns = query.record().count();
    while (query.next()) {
        SqlRow row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

} // namespace Retort::Core
