// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/planrisks.h"

#include "core/ops/interpreter.h"
#include "core/project/project.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Retort::Core::Sql {

namespace {

using namespace Ops;

struct RiskCollector
{
    const SqlDialect &dialect;
    PlanRisk base; //!< step index, revision; location file
    QList<PlanRisk> risks;

    void add(PlanRisk::Kind kind, const Operation &op, const QString &table, const std::optional<QString> &schema,
             const QString &column = {}, const QString &detail = {})
    {
        PlanRisk risk = base;
        risk.kind = kind;
        risk.table = table;
        risk.schema = schema.value_or(QString());
        risk.column = column;
        risk.detail = detail;
        risk.location.line = op.range.line;
        risk.location.column = op.range.column;
        risks.append(risk);
    }

    void visit(const std::vector<Operation> &operations)
    {
        for (const Operation &op : operations)
            visit(op);
    }

    void visit(const Operation &op)
    {
        if (const auto *t = op.as<DropTable>()) {
            add(PlanRisk::Kind::DropTable, op, t->table, t->schema);
        } else if (const auto *c = op.as<DropColumn>()) {
            add(PlanRisk::Kind::DropColumn, op, c->table, c->schema, c->column);
        } else if (const auto *a = op.as<AlterColumn>()) {
            visitAlter(op, *a);
        } else if (const auto *e = op.as<Execute>()) {
            visitExecute(op, *e);
        } else if (const auto *b = op.as<BatchAlterTable>()) {
            visit(b->operations);
        } else if (const auto *block = op.as<AutocommitBlock>()) {
            visit(block->operations);
        }
    }

    void visitAlter(const Operation &op, const AlterColumn &a)
    {
        if (a.type) {
            const QString to = typeText(*a.type);
            const QString from = a.existingType ? typeText(*a.existingType) : QStringLiteral("(existing type)");
            if (from != to)
                add(PlanRisk::Kind::TypeChange, op, a.table, a.schema, a.column, from + QStringLiteral(" -> ") + to);
        }
        if (a.nullable == false && a.existingNullable != false)
            add(PlanRisk::Kind::NotNullAdded, op, a.table, a.schema, a.column);
    }

    QString typeText(const TypeSpec &type) const
    {
        const auto text = dialect.renderType(type);
        return text ? text.value() : type.name;
    }

    void visitExecute(const Operation &op, const Execute &e)
    {
        static const QRegularExpression dml(QStringLiteral("^\\s*(UPDATE|DELETE)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression where(QStringLiteral("\\bWHERE\\b"), QRegularExpression::CaseInsensitiveOption);
        if (dml.match(e.sql).hasMatch() && !where.match(e.sql).hasMatch())
            add(PlanRisk::Kind::DataWithoutWhere, op, QString(), std::nullopt, QString(), e.sql.simplified());
    }
};

} // namespace

QString PlanRisk::describe() const
{
    const QString qualified = schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
    QString what;
    switch (kind) {
    case Kind::DropTable: what = QStringLiteral("drops table %1").arg(qualified); break;
    case Kind::DropColumn: what = QStringLiteral("drops column %1.%2").arg(qualified, column); break;
    case Kind::TypeChange: what = QStringLiteral("changes the type of %1.%2 (%3)").arg(qualified, column, detail); break;
    case Kind::NotNullAdded: what = QStringLiteral("makes %1.%2 NOT NULL").arg(qualified, column); break;
    case Kind::DataWithoutWhere: what = QStringLiteral("changes every row: %1").arg(detail); break;
    }
    return QStringLiteral("%1 (revision %2, %3:%4)")
        .arg(what, revision, QFileInfo(location.file).fileName())
        .arg(location.line);
}

QList<PlanRisk> assessPlanRisks(const Project &project, const MigrationPlan &plan, const SqlDialect &dialect,
                                const Ops::ProjectMaps &maps)
{
    QList<PlanRisk> risks;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        const RevisionScript *script = step.direction == MigrationStep::Stamp ? nullptr : project.scriptFor(step.revision);
        if (!script)
            continue;
        const auto direction = step.direction == MigrationStep::Upgrade ? Direction::Upgrade : Direction::Downgrade;
        const auto operations = interpret(*script, direction, InterpreterContext{dialect.name(), maps});
        if (!operations)
            continue;
        PlanRisk base;
        base.stepIndex = i;
        base.revision = step.revision;
        base.location.file = script->filePath;
        RiskCollector collector{dialect, base, {}};
        collector.visit(operations.value().operations);
        risks += collector.risks;
    }
    return risks;
}

} // namespace Retort::Core::Sql
