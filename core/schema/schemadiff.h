// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/schema/schemasnapshot.h"

#include <QStringList>

namespace Retort::Core {

/*! The differences between two schema snapshots ("left" and "right"), one readable line
    each, e.g. `table book: column title: type VARCHAR(100) vs VARCHAR(200)` or
    `table book: index ix_x missing on right`. Lines come in a deterministic order
    (schemas, enum types, tables, views; within a table columns, primary key, indexes,
    unique, check and foreign-key constraints). Empty when the snapshots are equal. */
struct SchemaDiff
{
    QStringList lines;

    bool isEmpty() const { return lines.isEmpty(); }
    QString toString() const { return lines.join(QLatin1Char('\n')); }
};

/*! Compares \a left with \a right. Both should be normalised (introspectors return them so);
    objects are matched by name, unnamed constraints by their content. */
SchemaDiff diff(const SchemaSnapshot &left, const SchemaSnapshot &right);

} // namespace Retort::Core
