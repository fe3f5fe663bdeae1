// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/schema/schemasnapshot.h"

#include <QString>

class QSqlDatabase;

namespace Retort::Core {

/*! Reads one schema of an open QPSQL connection from pg_catalog: tables (ordinary and
    partitioned, alembic_version included), columns (format_type, pg_get_expr defaults,
    identity, generated, comments), primary key, unique, check and foreign-key constraints
    (structured columns, pg_get_constraintdef for CHECK texts), indexes not backing a
    constraint (pg_get_indexdef per key, predicate), enum types (labels by enumsortorder),
    views and materialized views (pg_get_viewdef), and the list of non-system schemas.
    Foreign keys to another schema carry its name in referredSchema. Runs only SELECTs; the
    connection must belong to the calling thread. Errors are the driver's message. */
class PostgresIntrospector
{
public:
    static Expected<SchemaSnapshot, QString> introspect(const QSqlDatabase &db,
                                                        const QString &schema = QStringLiteral("public"));
};

} // namespace Retort::Core
