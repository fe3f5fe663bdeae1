// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/ops/literal.h"
#include "core/ops/schemaspecs.h"
#include "core/ops/sqlexpr.h"
#include "core/ops/typespec.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Retort::Core::Sql {

//! Why something cannot be rendered for a dialect (a user-facing message).
struct SqlError
{
    QString message;
};

/*! What differs between databases when rendering SQL as SQLAlchemy 1.4.46 does: quoting,
    types, literals, server defaults. A small immutable value; no global state, safe to use
    from several threads. Only "sqlite" and "postgresql" are supported. */
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind = Kind::SQLite) : m_kind(kind) {}
    //! The dialect named \a name ("sqlite", "postgresql"), or an error text for any other.
    static Expected<SqlDialect, QString> fromName(const QString &name);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    QString name() const;
    //! Alembic's transactional_ddl default: false for SQLite, true for PostgreSQL.
    bool transactionalDdl() const { return isPostgres(); }
    //! Whether `COMMENT ON` statements follow CREATE TABLE / ADD COLUMN (PostgreSQL only).
    bool supportsComments() const { return isPostgres(); }

    //! SQLAlchemy's quoting of one identifier (VersionTableSql::quoteIdentifier).
    QString quote(const QString &identifier) const;
    //! `[schema.]name`, each part quoted as needed.
    QString qualified(const QString &name, const std::optional<QString> &schema) const;

    /*! The DDL text of \a type (§5.4). Errors (a type this dialect cannot compile, an
        unknown type) come back as a message. */
    Expected<QString, SqlError> renderType(const Ops::TypeSpec &type) const;
    //! sa.Enum or postgresql.ENUM (native or not).
    static bool isEnumType(const Ops::TypeSpec &type);
    //! Enum values (the positional string arguments).
    static QStringList enumValues(const Ops::TypeSpec &type);
    //! The enum's `name=` keyword, empty if none.
    static QString enumName(const Ops::TypeSpec &type);
    /*! The CHECK constraint SQLAlchemy ties to column \a column of type \a type on this dialect
        (SchemaType._set_table with create_constraint=True, kept when _should_create_constraint
        holds): Boolean on SQLite (`col IN (0, 1)`), a non-native Enum (`col IN ('a', 'b')`; on
        PostgreSQL only with native_enum=False). Named after the type's `name=`, else unnamed.
        nullopt when there is none. */
    std::optional<Ops::CheckSpec> typeCheck(const QString &column, const Ops::TypeSpec &type) const;

    //! A string literal: single quotes, embedded quotes doubled.
    static QString quoteString(const QString &text);
    //! A Python literal inline in DML (bulk_insert): strings quoted, None → NULL, booleans per dialect.
    Expected<QString, SqlError> renderLiteral(const Ops::Literal &value) const;
    //! The text after DEFAULT for a server_default (String quoted, Text verbatim, func.now(), ...).
    QString renderServerDefault(const Ops::SqlExpr &expr) const;
    //! The same for ALTER COLUMN ... SET DEFAULT, which Alembic never parenthesises.
    QString renderAlterDefault(const Ops::SqlExpr &expr) const;
    //! An SQL expression inline (index elements, conditions, function arguments).
    QString renderExpression(const Ops::SqlExpr &expr) const;

private:
    Expected<QString, SqlError> renderNamedType(const Ops::TypeSpec &type, const QString &name) const;
    Kind m_kind;
};

} // namespace Retort::Core::Sql
