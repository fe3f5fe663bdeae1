// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>

#include <vector>

namespace Retort::Core::Ops {

/*! A small SQL expression as written in a migration, for server defaults, index
    expressions and conditions. A renderer maps it per dialect:
    - Text: `sa.text('...')` or a plain string where Alembic wraps it in text()
      (`op.create_check_constraint` condition, index expressions); `text` is verbatim SQL.
    - LiteralColumn: `sa.literal_column('...')`; `text` verbatim.
    - String: a quoted literal (a plain string `server_default='x'`); `text` unquoted value.
    - Number: `text` is the Python literal text (e.g. "0", "1.5").
    - True / False / Null: `sa.true()`, `sa.false()`, `sa.null()`.
    - Function: `sa.func.<text>(args...)`; `text` is the dotted name after `func.`
      ("now", "gen_random_uuid", "pg_catalog.now"); `args` are the arguments. */
struct SqlExpr
{
    enum class Kind { Text, LiteralColumn, String, Number, True, False, Null, Function };
    Kind kind = Kind::Text;
    QString text;
    std::vector<SqlExpr> args;

    bool operator==(const SqlExpr &other) const = default;

    static SqlExpr verbatim(const QString &sql) { return {Kind::Text, sql, {}}; }
};

} // namespace Retort::Core::Ops
