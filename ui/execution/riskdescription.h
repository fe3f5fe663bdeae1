// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/riskmeasurer.h"
#include "core/sql/planrisks.h"

#include <QCoreApplication>
#include <QString>

namespace Retort::Ui {

/*! The user-facing, translated texts of plan risks and their measurements (the review dialog,
    logs). Pure functions of their arguments. */
class RiskDescription
{
    Q_DECLARE_TR_FUNCTIONS(Retort::Ui::RiskDescription)

public:
    //! "Drops table book", "Makes book.title NOT NULL", ...
    static QString what(const Core::Sql::PlanRisk &risk);
    //! "step 2, ae10 (file.py:14)".
    static QString where(const Core::Sql::PlanRisk &risk);
    //! What the database holds now: "2 rows", "3 NULLs: this step will fail", "counting…".
    static QString measurement(const Core::Sql::PlanRisk &risk, const Core::RiskMeasurement *measured);
    //! Whether the measurement says the step will certainly fail or lose data (for the icon).
    static bool isSevere(const Core::Sql::PlanRisk &risk, const Core::RiskMeasurement *measured);
};

} // namespace Retort::Ui
