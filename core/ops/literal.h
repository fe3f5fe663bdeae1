// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/ops/sqlexpr.h"

#include <QString>

#include <memory>
#include <vector>

namespace Retort::Core::Ops {

struct TypeSpec;

/*! A Python literal value as evaluated from a migration: an argument of a type
    constructor, a dialect keyword argument, a bulk_insert cell. Kinds:
    None; Bool (`boolValue`); Int / Float (`text` is the Python literal text);
    String (`text`); List / Tuple (`items`); Dict (`keys[i]` -> `items[i]`, string keys);
    Type (`type`, a nested type such as ARRAY's item type); Expr (`expr`, e.g. a
    `sa.text()` passed as `postgresql_where`). A value type; copies share `type`. */
struct Literal
{
    enum class Kind { None, Bool, Int, Float, String, List, Tuple, Dict, Type, Expr };
    Kind kind = Kind::None;
    bool boolValue = false;
    QString text;
    std::vector<Literal> items;
    std::vector<QString> keys;
    std::shared_ptr<const TypeSpec> type;
    SqlExpr expr;

    //! Deep comparison (a nested type is compared by value).
    bool operator==(const Literal &other) const;

    static Literal none() { return {}; }
    static Literal string(const QString &s);
    static Literal integer(qint64 v);
    static Literal boolean(bool b);
};

//! A `name=value` argument kept as written (dialect kwargs and the like).
struct KeywordLiteral
{
    QString name;
    Literal value;

    bool operator==(const KeywordLiteral &other) const = default;
};

using KeywordList = std::vector<KeywordLiteral>;

//! The value of keyword \a name in \a list, or nullptr.
const Literal *findKeyword(const KeywordList &list, const QString &name);

} // namespace Retort::Core::Ops
