// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/riskdescription.h"

#include <QFileInfo>

namespace Retort::Ui {

namespace {

QString qualified(const Core::Sql::PlanRisk &risk)
{
    return risk.schema.isEmpty() ? risk.table : risk.schema + QLatin1Char('.') + risk.table;
}

} // namespace

QString RiskDescription::what(const Core::Sql::PlanRisk &risk)
{
    using Kind = Core::Sql::PlanRisk::Kind;
    switch (risk.kind) {
    case Kind::DropTable: return tr("Drops table %1").arg(qualified(risk));
    case Kind::DropColumn: return tr("Drops column %1.%2").arg(qualified(risk), risk.column);
    case Kind::TypeChange: return tr("Changes the type of %1.%2: %3").arg(qualified(risk), risk.column, risk.detail);
    case Kind::NotNullAdded: return tr("Makes %1.%2 NOT NULL").arg(qualified(risk), risk.column);
    case Kind::DataWithoutWhere: return tr("Changes every row (no WHERE): %1").arg(risk.detail);
    }
    return {};
}

QString RiskDescription::where(const Core::Sql::PlanRisk &risk)
{
    return tr("step %1, %2 (%3:%4)")
        .arg(risk.stepIndex + 1)
        .arg(risk.revision, QFileInfo(risk.location.file).fileName())
        .arg(risk.location.line);
}

QString RiskDescription::measurement(const Core::Sql::PlanRisk &risk, const Core::RiskMeasurement *measured)
{
    using Kind = Core::Sql::PlanRisk::Kind;
    using State = Core::RiskMeasurement::State;
    if (!measured)
        return tr("counting…");
    switch (measured->state) {
    case State::Skipped: return tr("not counted");
    case State::Missing: return tr("not in the database now (made earlier in the plan)");
    case State::Failed: return tr("not counted: %1").arg(measured->note);
    case State::Measured: break;
    }
    switch (risk.kind) {
    case Kind::DropTable:
    case Kind::DataWithoutWhere: return tr("%n row(s) now", nullptr, int(measured->rows));
    case Kind::DropColumn:
        return tr("%n row(s) now; ", nullptr, int(measured->rows))
               + tr("%n value(s) lost", nullptr, int(measured->affected));
    case Kind::NotNullAdded:
        return measured->affected > 0 ? tr("%n NULL(s) now: this step will fail", nullptr, int(measured->affected))
                                      : tr("no NULLs in %n row(s)", nullptr, int(measured->rows));
    case Kind::TypeChange:
        if (measured->exceedsNewLength)
            return measured->affected > 0
                       ? tr("%n value(s) longer than the new type", nullptr, int(measured->affected))
                       : tr("every value fits (%n row(s))", nullptr, int(measured->rows));
        return tr("%n value(s) to convert", nullptr, int(measured->affected));
    }
    return {};
}

bool RiskDescription::isSevere(const Core::Sql::PlanRisk &risk, const Core::RiskMeasurement *measured)
{
    if (risk.destroysData())
        return !measured || measured->state != Core::RiskMeasurement::State::Measured || measured->affected > 0;
    if (!measured || measured->state != Core::RiskMeasurement::State::Measured)
        return false;
    using Kind = Core::Sql::PlanRisk::Kind;
    return (risk.kind == Kind::NotNullAdded || (risk.kind == Kind::TypeChange && measured->exceedsNewLength))
           && measured->affected > 0;
}

} // namespace Retort::Ui
