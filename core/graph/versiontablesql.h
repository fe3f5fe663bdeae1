// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/versionstatement.h"

#include <QString>

namespace Retort::Core {

/*! Renders version-table statements exactly as Alembic 1.8.1 with SQLAlchemy 1.4
    prints them offline (research note §3.1/§3.3), including the statement terminator:
      INSERT INTO alembic_version (version_num) VALUES ('x');
      UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x';
      DELETE FROM alembic_version WHERE alembic_version.version_num = 'x';
    PostgreSQL adds " RETURNING <table>.version_num" to the INSERT. The table and schema
    are quoted by SQLAlchemy's rules (reserved word of the dialect, upper case, illegal
    characters or a leading digit or '$'); revision ids are inlined without escaping, as
    Alembic does. Dialects other than "sqlite" and "postgresql" render like sqlite. */
class VersionTableSql
{
public:
    explicit VersionTableSql(const QString &table = QStringLiteral("alembic_version"), const QString &schema = {},
                             const QString &dialect = QStringLiteral("sqlite"));

    QString render(const VersionStatement &statement) const;
    //! The table name as it appears in statements (schema-qualified and quoted as needed).
    QString qualifiedTable() const { return m_table; }
    //! SQLAlchemy's IdentifierPreparer.quote for this dialect.
    static QString quoteIdentifier(const QString &name, const QString &dialect);

private:
    QString m_table;
    bool m_returning = false;
};

} // namespace Retort::Core
