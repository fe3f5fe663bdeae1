// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// Internal to core/ops: the values the interpreter computes while evaluating Python
// expressions, before they are turned into IR structs.

#include "core/python/ast.h"

#include <QString>

#include <utility>
#include <vector>

namespace Retort::Core::Ops {

/*! An evaluated Python value. Kinds and fields:
    - None, Bool (`flag`), Int / Float (`text`: literal text), String (`text`; `flag`: an
      `op.f()` final name), List / Tuple (`items`), Dict (`keys` -> `items`);
    - Ref: a dotted name not yet called (`text`, e.g. "sqlalchemy.String",
      "alembic.op.add_column", "myapp.types.GUID");
    - Object: a called SQLAlchemy or mapped construct: `text` is the canonical name
      ("sa.Column", "sa.func.now", "postgresql.ENUM", "app:myapp.types.GUID"), `items` the
      positional and `kwargs` the keyword arguments;
    - Bind / Context / Dialect: `op.get_bind()`, `op.get_context()`, their `.dialect`;
    - Batch: the `as` target of batch_alter_table (`text` table, `items[0]` schema);
    - Function: a module-level def (`text` its name);
    - Class: a module-level class (`text` its name; its statement is Machine::m_classes[text]).
    `node` is the expression that produced the value, for diagnostics. */
struct NamedValue;

struct Value
{
    enum class Kind { None, Bool, Int, Float, String, List, Tuple, Dict, Ref, Object,
                      Bind, Context, Dialect, Batch, Function, Class };
    Kind kind = Kind::None;
    bool flag = false;
    QString text;
    std::vector<Value> items;
    std::vector<QString> keys;
    std::vector<NamedValue> kwargs; //!< NamedValue is defined below: std::pair of an incomplete type is not allowed
    const Python::Expr *node = nullptr;

    bool isNone() const { return kind == Kind::None; }
    bool isString() const { return kind == Kind::String; }
    bool isSequence() const { return kind == Kind::List || kind == Kind::Tuple; }
    const Value *kwarg(const QString &name) const;
};

//! One keyword argument: `first` is the name, `second` the value (pair-like on purpose).
struct NamedValue
{
    NamedValue(QString name, Value value) : first(std::move(name)), second(std::move(value)) {}
    QString first;
    Value second;
};

inline const Value *Value::kwarg(const QString &name) const
{
    for (const auto &kv : kwargs)
        if (kv.first == name)
            return &kv.second;
    return nullptr;
}

} // namespace Retort::Core::Ops
