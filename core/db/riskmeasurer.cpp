// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/riskmeasurer.h"

#include "core/db/databasesession.h"
#include "core/db/introspectionquery.h"

#include <QRegularExpression>

namespace Retort::Core {

namespace {

using Sql::PlanRisk;

//! Runs the counting queries of one session; remembers which tables exist.
class Counter
{
public:
    explicit Counter(DatabaseSession &session)
        : m_db(session.database())
        , m_dialect(session.kind() == ConnectionProfile::Kind::PostgreSQL ? Sql::SqlDialect::Kind::PostgreSQL
                                                                          : Sql::SqlDialect::Kind::SQLite)
    {
    }

    RiskMeasurement measure(const PlanRisk &risk)
    {
        if (risk.kind == PlanRisk::Kind::DataWithoutWhere)
            return measureStatement(risk);
        const QString table = m_dialect.qualified(risk.table, optionalSchema(risk));
        const auto present = exists(risk, table);
        if (!present)
            return failed(present.error());
        if (!present.value())
            return missing(risk);
        const QString column = m_dialect.quote(risk.column);
        switch (risk.kind) {
        case PlanRisk::Kind::DropTable: return counts(QStringLiteral("SELECT COUNT(*), COUNT(*) FROM ") + table);
        case PlanRisk::Kind::DropColumn:
            return counts(QStringLiteral("SELECT COUNT(*), COUNT(%1) FROM %2").arg(column, table));
        case PlanRisk::Kind::NotNullAdded:
            return counts(QStringLiteral("SELECT COUNT(*), COUNT(*) - COUNT(%1) FROM %2").arg(column, table));
        case PlanRisk::Kind::TypeChange: return measureTypeChange(risk, table, column);
        case PlanRisk::Kind::DataWithoutWhere: break;
        }
        return {};
    }

private:
    static std::optional<QString> optionalSchema(const PlanRisk &risk)
    {
        return risk.schema.isEmpty() ? std::nullopt : std::optional<QString>(risk.schema);
    }

    static RiskMeasurement failed(const QString &error)
    {
        RiskMeasurement m;
        m.state = RiskMeasurement::State::Failed;
        m.note = error;
        return m;
    }

    static RiskMeasurement missing(const PlanRisk &risk)
    {
        RiskMeasurement m;
        m.state = RiskMeasurement::State::Missing;
        m.note = risk.column.isEmpty() || risk.kind == PlanRisk::Kind::DropTable
                     ? QStringLiteral("table %1 does not exist now").arg(risk.table)
                     : QStringLiteral("column %1.%2 does not exist now").arg(risk.table, risk.column);
        return m;
    }

    //! A query of one row and two counts: rows, affected.
    RiskMeasurement counts(const QString &sql, bool exceedsNewLength = false)
    {
        const auto rows = selectRows(m_db, sql);
        if (!rows)
            return failed(rows.error());
        if (rows.value().isEmpty() || rows.value().first().size() < 2)
            return failed(QStringLiteral("no result from: ") + sql);
        RiskMeasurement m;
        m.state = RiskMeasurement::State::Measured;
        m.rows = rows.value().first().at(0).toLongLong();
        m.affected = rows.value().first().at(1).toLongLong();
        m.exceedsNewLength = exceedsNewLength;
        return m;
    }

    RiskMeasurement measureTypeChange(const PlanRisk &risk, const QString &table, const QString &column)
    {
        const int length = RiskMeasurer::narrowedLength(risk.detail);
        if (length < 0)
            return counts(QStringLiteral("SELECT COUNT(*), COUNT(%1) FROM %2").arg(column, table));
        const QString lengthFunction = m_dialect.isPostgres() ? QStringLiteral("char_length") : QStringLiteral("length");
        // CAST to text: the column may not be a string type yet.
        const QString textType = m_dialect.isPostgres() ? QStringLiteral("text") : QStringLiteral("TEXT");
        return counts(QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN %1(CAST(%2 AS %3)) > %4 THEN 1 END) FROM %5")
                          .arg(lengthFunction, column, textType)
                          .arg(length)
                          .arg(table),
                      true);
    }

    RiskMeasurement measureStatement(const PlanRisk &risk)
    {
        const QString table = RiskMeasurer::dataStatementTable(risk.detail);
        if (table.isEmpty())
            return failed(QStringLiteral("the statement's table was not recognised"));
        return counts(QStringLiteral("SELECT COUNT(*), COUNT(*) FROM ") + table);
    }

    //! Whether the risk's table (and column, for column risks) exists now.
    Expected<bool, QString> exists(const PlanRisk &risk, const QString &qualifiedTable)
    {
        const bool wantColumn = risk.kind != PlanRisk::Kind::DropTable && !risk.column.isEmpty();
        if (m_dialect.isPostgres()) {
            const QString sql = wantColumn ? QStringLiteral("SELECT COUNT(*) FROM pg_attribute WHERE attrelid = "
                                                            "to_regclass(?) AND attname = ? AND attnum > 0 AND NOT attisdropped")
                                           : QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE oid = to_regclass(?)");
            QList<QVariant> binds{qualifiedTable};
            if (wantColumn)
                binds << risk.column;
            return countIsPositive(sql, binds);
        }
        const QString schema = risk.schema.isEmpty() ? QStringLiteral("main") : risk.schema;
        if (wantColumn) {
            return countIsPositive(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?, ?) WHERE name = ? COLLATE NOCASE"),
                                   {risk.table, schema, risk.column});
        }
        return countIsPositive(QStringLiteral("SELECT COUNT(*) FROM %1.sqlite_master WHERE type = 'table' AND name = ? "
                                              "COLLATE NOCASE")
                                   .arg(m_dialect.quote(schema)),
                               {risk.table});
    }

    Expected<bool, QString> countIsPositive(const QString &sql, const QList<QVariant> &binds)
    {
        const auto rows = selectRows(m_db, sql, binds);
        if (!rows)
            return rows.error();
        return !rows.value().isEmpty() && !rows.value().first().isEmpty() && rows.value().first().first().toLongLong() > 0;
    }

    QSqlDatabase m_db;
    Sql::SqlDialect m_dialect;
};

} // namespace

QList<RiskMeasurement> RiskMeasurer::measure(DatabaseSession &session, const QList<Sql::PlanRisk> &risks,
                                             const std::atomic_bool *cancel)
{
    QList<RiskMeasurement> out;
    out.reserve(risks.size());
    Counter counter(session);
    for (const Sql::PlanRisk &risk : risks) {
        if (cancel && cancel->load())
            out.append(RiskMeasurement{});
        else
            out.append(counter.measure(risk));
    }
    return out;
}

QString RiskMeasurer::dataStatementTable(const QString &sql)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:UPDATE(?:\\s+ONLY)?|DELETE\\s+FROM(?:\\s+ONLY)?)\\s+"
                       "((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*)(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][\\w$]*))?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(sql);
    return match.hasMatch() ? match.captured(1) : QString();
}

int RiskMeasurer::narrowedLength(const QString &typeChangeDetail)
{
    static const QRegularExpression pattern(
        QStringLiteral("->\\s*(?:N?VARCHAR|N?CHAR|CHARACTER(?:\\s+VARYING)?|VARYING\\s+CHARACTER)\\s*\\(\\s*(\\d+)\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(typeChangeDetail);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace Retort::Core
