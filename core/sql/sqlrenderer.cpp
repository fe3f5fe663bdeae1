// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/sqlrenderer.h"

namespace Retort::Core::Sql {

using namespace Ops;

QString finishStatement(const QString &sql)
{
    QString text = sql;
    text.replace(QLatin1Char('\t'), QLatin1String("    "));
    return text.trimmed() + QLatin1Char(';');
}

SqlRenderer::SqlRenderer(const SqlDialect &dialect, const QString &file)
    : m_dialect(dialect)
    , m_file(file)
{
}

SqlRenderer::Result SqlRenderer::fail(const Operation &op, const QString &code, const QString &message) const
{
    return Diagnostic::error(code, message, SourceLocation{m_file, op.range.line, op.range.column});
}

QString SqlRenderer::table(const QString &name, const std::optional<QString> &schema) const
{
    return m_dialect.qualified(name, schema);
}

namespace {

//! The message of Alembic's SQLiteImpl for any ALTER of a constraint.
QString sqliteConstraintMessage()
{
    return QStringLiteral("No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                          "feature which allows for SQLite migrations using a copy-and-move strategy.");
}

QList<SqlStatement> statements(const QStringList &texts, const Python::SourceRange &source, bool transactional = true)
{
    QList<SqlStatement> out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out.append(SqlStatement{finishStatement(text), transactional, source});
    return out;
}

} // namespace

Expected<QList<SqlStatement>, Diagnostic> SqlRenderer::render(const OperationList &ops) const
{
    QList<SqlStatement> all;
    for (const Operation &op : ops.operations) {
        auto part = render(op);
        if (!part)
            return part.error();
        all.append(part.value());
    }
    return all;
}

Expected<QList<SqlStatement>, Diagnostic> SqlRenderer::render(const Operation &op) const
{
    QStringList out;
    QString error;
    bool ok = true;
    bool transactional = true;
    const bool pg = m_dialect.isPostgres();
    if (const auto *t = op.as<CreateTable>()) {
        ok = renderCreateTable(*t, out, error);
    } else if (const auto *d = op.as<DropTable>()) {
        out << (d->ifExists ? QStringLiteral("DROP TABLE IF EXISTS ") : QStringLiteral("DROP TABLE "))
                + table(d->table, d->schema);
    } else if (const auto *r = op.as<RenameTable>()) {
        out << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table(r->oldName, r->schema), m_dialect.quote(r->newName));
    } else if (const auto *a = op.as<AddColumn>()) {
        ok = renderAddColumn(*a, out, error);
    } else if (const auto *dc = op.as<DropColumn>()) {
        out << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table(dc->table, dc->schema), m_dialect.quote(dc->column));
    } else if (const auto *ac = op.as<AlterColumn>()) {
        ok = renderAlterColumn(*ac, out, error);
    } else if (const auto *ci = op.as<CreateIndex>()) {
        if (ci->index.name.isNull)
            return fail(op, QStringLiteral("sql-unsupported"), QStringLiteral("An index must have a name"));
        out << renderCreateIndex(ci->index);
        transactional = !(pg && ci->index.postgresqlConcurrently);
    } else if (const auto *di = op.as<DropIndex>()) {
        out << renderDropIndex(*di);
        transactional = !(pg && di->postgresqlConcurrently);
    } else if (op.as<CreateUniqueConstraint>() || op.as<CreateForeignKey>() || op.as<CreateCheckConstraint>()
               || op.as<CreatePrimaryKey>() || op.as<DropConstraint>()) {
        if (!pg)
            return fail(op, QStringLiteral("sql-unsupported"), sqliteConstraintMessage());
        ok = renderConstraintOp(op.data, out, error);
    } else if (const auto *tc = op.as<CreateTableComment>()) {
        out << QStringLiteral("COMMENT ON TABLE %1 IS %2")
                   .arg(table(tc->table, tc->schema),
                        tc->comment ? SqlDialect::quoteString(*tc->comment) : QStringLiteral("NULL"));
    } else if (const auto *dtc = op.as<DropTableComment>()) {
        out << QStringLiteral("COMMENT ON TABLE %1 IS NULL").arg(table(dtc->table, dtc->schema));
    } else if (const auto *ex = op.as<Execute>()) {
        out << renderExecute(ex->sql);
    } else if (const auto *bi = op.as<BulkInsert>()) {
        ok = renderBulkInsert(*bi, out, error);
    } else if (const auto *batch = op.as<BatchAlterTable>()) {
        return renderBatch(op, *batch);
    } else if (const auto *block = op.as<AutocommitBlock>()) {
        QList<SqlStatement> all;
        for (const Operation &inner : block->operations) {
            auto part = render(inner);
            if (!part)
                return part.error();
            for (SqlStatement s : part.value()) {
                s.transactional = false;
                all.append(s);
            }
        }
        if (!all.isEmpty()) {
            all.first().opensAutocommitBlock = true;
            all.last().closesAutocommitBlock = true;
        }
        return all;
    } else if (const auto *ce = op.as<CreateEnumType>()) {
        if (pg) {
            QStringList values;
            for (const QString &v : ce->values)
                values << SqlDialect::quoteString(v);
            out << QStringLiteral("CREATE TYPE %1 AS ENUM (%2)").arg(table(ce->name, ce->schema), values.join(QLatin1String(", ")));
        }
    } else if (const auto *de = op.as<DropEnumType>()) {
        if (pg)
            out << QStringLiteral("DROP TYPE ") + table(de->name, de->schema);
    } else if (const auto *irr = op.as<Irreversible>()) {
        return fail(op, QStringLiteral("irreversible"),
                    irr->message.isEmpty() ? QStringLiteral("this direction of the migration raises an exception")
                                           : irr->message);
    }
    if (!ok)
        return fail(op, QStringLiteral("sql-unsupported"), error);
    return statements(out, op.range, transactional);
}

} // namespace Retort::Core::Sql
