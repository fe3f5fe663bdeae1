// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>

namespace Retort::Core {

/*! One change of the version table (`alembic_version`), as HeadMaintainer emits it.
    Insert uses `to`, Delete uses `from`, Update moves the row `from` to `to`.
    VersionTableSql renders the exact SQL text. */
struct VersionStatement
{
    enum Kind { Insert, Update, Delete };

    Kind kind = Insert;
    QString from;
    QString to;

    static VersionStatement insert(const QString &to) { return {Insert, {}, to}; }
    static VersionStatement update(const QString &from, const QString &to) { return {Update, from, to}; }
    static VersionStatement remove(const QString &from) { return {Delete, from, {}}; }

    //! "INS(x)", "UPD(x->y)", "DEL(x)": the research note's notation in ASCII, for tests and logs.
    QString toString() const;

    bool operator==(const VersionStatement &other) const = default;
};

} // namespace Retort::Core
