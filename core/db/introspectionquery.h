// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QList>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace Retort::Core {

using SqlRow = QList<QVariant>;

/*! Runs the read-only \a sql on \a db (forward-only) with positional \a binds and returns
    all rows; an error is the driver's text prefixed with the statement. Same-thread use only. */
Expected<QList<SqlRow>, QString> selectRows(const QSqlDatabase &db, const QString &sql,
                                            const QList<QVariant> &binds = {});

} // namespace Retort::Core
