// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// ALTER COLUMN, indexes, constraint operations, execute and bulk_insert.
#include "core/sql/sqlrenderer.h"

#include <QRegularExpression>

#include <algorithm>

namespace Retort::Core::Sql {

using namespace Ops;

bool SqlRenderer::renderAlterColumn(const AlterColumn &a, QStringList &out, QString &error) const
{
    const bool pg = m_dialect.isPostgres();
    const QString target = table(a.table, a.schema);
    const QString column = m_dialect.quote(a.column);
    const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(target, column);
    if (a.postgresqlUsing && !a.type && pg) {
        error = QStringLiteral("postgresql_using must be used with the type_ parameter");
        return false;
    }
    if (a.comment.state != Change<QString>::State::Untouched && !pg) {
        error = QStringLiteral("Column comments cannot be rendered for sqlite");
        return false;
    }
    QString typeClause;
    if (a.type) {
        const auto type = m_dialect.renderType(*a.type);
        if (!type) {
            error = type.error().message;
            return false;
        }
        typeClause = alter + QStringLiteral("TYPE ") + type.value();
        if (pg && a.postgresqlUsing)
            typeClause += QStringLiteral(" USING ") + *a.postgresqlUsing;
    }
    // Alembic drops the CHECK of the existing type and adds the new type's around the change;
    // SQLite's Alembic skips both (they are implicit constraints).
    const auto oldCheck = pg && a.existingType && a.type ? m_dialect.typeCheck(a.column, *a.existingType)
                                                         : std::nullopt;
    const auto newCheck = pg && a.type ? m_dialect.typeCheck(a.column, *a.type) : std::nullopt;
    if (oldCheck) {
        if (oldCheck->name.isNull) {
            error = QStringLiteral("Can't emit DROP CONSTRAINT for constraint CHECK (%1); it has no name")
                        .arg(m_dialect.renderExpression(oldCheck->condition));
            return false;
        }
        out << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(target, m_dialect.quote(oldCheck->name.text));
    }
    // PostgreSQL changes the type first; the generic order has it after NULL and DEFAULT.
    if (pg && !typeClause.isEmpty())
        out << typeClause;
    if (a.nullable)
        out << alter + (*a.nullable ? QStringLiteral("DROP NOT NULL") : QStringLiteral("SET NOT NULL"));
    if (a.serverDefault.state == Change<SqlExpr>::State::Drop)
        out << alter + QStringLiteral("DROP DEFAULT");
    else if (a.serverDefault.isSet())
        out << alter + QStringLiteral("SET DEFAULT ") + m_dialect.renderAlterDefault(a.serverDefault.value);
    if (!pg && !typeClause.isEmpty())
        out << typeClause;
    if (a.comment.state != Change<QString>::State::Untouched)
        out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                   .arg(target, column, a.comment.isSet() ? SqlDialect::quoteString(a.comment.value) : QStringLiteral("NULL"));
    if (a.newColumnName)
        out << QStringLiteral("ALTER TABLE %1 RENAME %2 TO %3").arg(target, column, m_dialect.quote(*a.newColumnName));
    if (newCheck) // on the column's old name, as Alembic builds it
        out << QStringLiteral("ALTER TABLE %1 ADD %2").arg(target, renderConstraint(*newCheck, a.schema));
    return true;
}

QString SqlRenderer::renderCreateIndex(const IndexSpec &index) const
{
    const bool pg = m_dialect.isPostgres();
    // postgresql_ops={"column": "opclass"} follows its column (SQLAlchemy matches column keys only).
    const Literal *ops = pg ? findKeyword(index.dialectKwargs, QStringLiteral("postgresql_ops")) : nullptr;
    QStringList elements;
    for (const IndexElement &e : index.elements) {
        QString element = e.expression ? m_dialect.renderExpression(*e.expression) : m_dialect.quote(e.column);
        if (ops && ops->kind == Literal::Kind::Dict && !e.expression) {
            const auto key = std::find(ops->keys.begin(), ops->keys.end(), e.column);
            if (key != ops->keys.end()) {
                const Literal &opclass = ops->items[size_t(key - ops->keys.begin())];
                if (opclass.kind == Literal::Kind::String)
                    element += QLatin1Char(' ') + opclass.text;
            }
        }
        elements << element;
    }
    QString out = index.unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    if (pg && index.postgresqlConcurrently)
        out += QStringLiteral("CONCURRENTLY ");
    if (pg) {
        out += m_dialect.quote(index.name.text) + QStringLiteral(" ON ") + table(index.table, index.schema);
        if (index.postgresqlUsing)
            out += QStringLiteral(" USING ") + index.postgresqlUsing->toLower();
    } else {
        out += table(index.name.text, index.schema) + QStringLiteral(" ON ") + m_dialect.quote(index.table);
    }
    out += QStringLiteral(" (%1)").arg(elements.join(QLatin1String(", ")));
    if (pg && !index.postgresqlInclude.isEmpty()) {
        QStringList include;
        for (const QString &c : index.postgresqlInclude)
            include << m_dialect.quote(c);
        out += QStringLiteral(" INCLUDE (%1)").arg(include.join(QLatin1String(", ")));
    }
    const std::optional<SqlExpr> &where = pg ? index.postgresqlWhere : index.sqliteWhere;
    if (where)
        out += QStringLiteral(" WHERE ") + m_dialect.renderExpression(*where);
    return out;
}

QString SqlRenderer::renderDropIndex(const DropIndex &index) const
{
    QString out = QStringLiteral("DROP INDEX ");
    if (m_dialect.isPostgres() && index.postgresqlConcurrently)
        out += QStringLiteral("CONCURRENTLY ");
    if (index.ifExists)
        out += QStringLiteral("IF EXISTS ");
    return out + table(index.name.text, index.schema);
}

bool SqlRenderer::renderConstraintOp(const OperationData &data, QStringList &out, QString &error) const
{
    if (const auto *uq = std::get_if<CreateUniqueConstraint>(&data)) {
        out << QStringLiteral("ALTER TABLE %1 ADD %2").arg(table(uq->table, uq->schema), renderConstraint(uq->constraint, uq->schema));
    } else if (const auto *fk = std::get_if<CreateForeignKey>(&data)) {
        out << QStringLiteral("ALTER TABLE %1 ADD %2")
                   .arg(table(fk->sourceTable, fk->sourceSchema), renderForeignKey(fk->constraint, fk->sourceSchema));
    } else if (const auto *ck = std::get_if<CreateCheckConstraint>(&data)) {
        out << QStringLiteral("ALTER TABLE %1 ADD %2").arg(table(ck->table, ck->schema), renderConstraint(ck->constraint, ck->schema));
    } else if (const auto *pk = std::get_if<CreatePrimaryKey>(&data)) {
        out << QStringLiteral("ALTER TABLE %1 ADD %2").arg(table(pk->table, pk->schema), renderConstraint(pk->constraint, pk->schema));
    } else if (const auto *drop = std::get_if<DropConstraint>(&data)) {
        if (drop->name.isNull) {
            error = QStringLiteral("Constraint must have a name");
            return false;
        }
        out << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table(drop->table, drop->schema), m_dialect.quote(drop->name.text));
    }
    return true;
}

QString SqlRenderer::renderExecute(const QString &sql)
{
    // SQLAlchemy's text(): `:name` not preceded by ':', a word character or '\' and not
    // followed by ':' is a bind parameter; offline with literal_binds an unbound one is NULL.
    // An escaped "\:" becomes ':'.
    static const QRegularExpression bind(QStringLiteral(R"((?<![:\w\\]):(\w+)(?!:))"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QString out = sql;
    out.replace(bind, QStringLiteral("NULL"));
    out.replace(QLatin1String("\\:"), QLatin1String(":"));
    return out;
}

bool SqlRenderer::renderBulkInsert(const BulkInsert &b, QStringList &out, QString &error) const
{
    const QString target = table(b.table, b.schema);
    for (const KeywordList &row : b.rows) {
        QStringList names;
        QStringList values;
        auto add = [&](const QString &name, const Literal &value) {
            const auto literal = m_dialect.renderLiteral(value);
            if (!literal) {
                error = QStringLiteral("bulk_insert value for '%1': %2").arg(name, literal.error().message);
                return false;
            }
            names << m_dialect.quote(name);
            values << literal.value();
            return true;
        };
        // SQLAlchemy lists the columns in table order; keys unknown to the table follow.
        for (const BulkInsertColumn &col : b.columns)
            if (const Literal *v = findKeyword(row, col.name); v && !add(col.name, *v))
                return false;
        for (const KeywordLiteral &kv : row) {
            const bool known = std::any_of(b.columns.begin(), b.columns.end(),
                                           [&](const BulkInsertColumn &c) { return c.name == kv.name; });
            if (!known && !add(kv.name, kv.value))
                return false;
        }
        out << QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(target, names.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
    }
    return true;
}

} // namespace Retort::Core::Sql
