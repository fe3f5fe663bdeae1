// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/sql/planrisks.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Retort::Core {

class DatabaseSession;

/*! What the database holds now (before the plan runs) for one Sql::PlanRisk. */
struct RiskMeasurement
{
    enum class State {
        Measured, //!< rows and affected are set
        Missing,  //!< the table or column does not exist now (the plan makes it first)
        Failed,   //!< a query failed; note holds the driver's text
        Skipped,  //!< not measured (cancelled)
    };
    State state = State::Skipped;
    qint64 rows = -1; //!< rows of the table
    /*! DropTable and DataWithoutWhere: the rows (all are touched); DropColumn: values that are
        not NULL (lost); NotNullAdded: NULLs (each makes the step fail); TypeChange: values longer
        than the new length for a narrowed VARCHAR/CHAR, else the values that are not NULL. */
    qint64 affected = -1;
    bool exceedsNewLength = false; //!< TypeChange: `affected` counts values longer than the new length
    QString note;

    bool operator==(const RiskMeasurement &other) const = default;
};

/*! Counts, on a live database, what the risks of a plan would touch: rows of dropped tables,
    values of dropped columns, NULLs where NOT NULL is added, values too long for a narrowed
    string type, rows a data statement without WHERE changes. Only SELECTs; the counts are of the
    database as it is now, not as earlier steps of the plan will leave it.
    Use on the thread that owns the session; may take long on big tables (COUNT(*)). */
class RiskMeasurer
{
public:
    //! One measurement per risk, same order. Stops (Skipped) when \a cancel becomes true.
    static QList<RiskMeasurement> measure(DatabaseSession &session, const QList<Sql::PlanRisk> &risks,
                                          const std::atomic_bool *cancel = nullptr);

    //! The table an `UPDATE t ...` / `DELETE FROM t ...` statement names, as written; empty if none.
    static QString dataStatementTable(const QString &sql);
    //! N of a TypeChange detail "... -> VARCHAR(N)" (also CHAR, CHARACTER VARYING); -1 otherwise.
    static int narrowedLength(const QString &typeChangeDetail);
};

} // namespace Retort::Core
