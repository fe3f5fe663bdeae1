// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/ops/operation.h"

#include <QStringList>

namespace Retort::Core::Ops {

/*! One line naming what \a op does and to what, in Alembic's vocabulary, for lists shown to
    people (`retort-cli show`, the Details dock): "create_table book", "add_column book.title",
    "create_index ix_book_title on book", "execute: UPDATE book SET …" (SQL cut at 60
    characters, one line), "bulk_insert book (3 rows)", "batch_alter_table book (2 operations)".
    Schema-qualified names keep their schema. Pure; any thread. */
QString describeOperation(const Operation &op);

/*! describeOperation() for each of \a operations, with the operations inside a batch or an
    autocommit block following their block, indented by two spaces per level. */
QStringList describeOperations(const std::vector<Operation> &operations);

} // namespace Retort::Core::Ops
