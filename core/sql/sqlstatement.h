// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/python/ast.h"

#include <QString>

namespace Retort::Core::Sql {

/*! One rendered statement. `text` is exactly what Alembic 1.8.1 prints offline for it
    (tabs as four spaces, stripped, with the trailing ';'). `transactional` is false for
    statements that must run outside a transaction (autocommit_block, CONCURRENTLY).
    `source` is the range of the operation's call in the revision file. The statements of one
    `autocommit_block()` have `opensAutocommitBlock` on the first and `closesAutocommitBlock` on
    the last: offline, Alembic writes `COMMIT;` before such a block and `BEGIN;` after it on
    dialects with transactional DDL. */
struct SqlStatement
{
    QString text;
    bool transactional = true;
    Python::SourceRange source;
    bool opensAutocommitBlock = false;
    bool closesAutocommitBlock = false;

    bool operator==(const SqlStatement &other) const = default;
};

} // namespace Retort::Core::Sql
