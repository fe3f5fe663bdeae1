// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/literal.h"

#include "core/ops/typespec.h"

namespace Retort::Core::Ops {

bool Literal::operator==(const Literal &other) const
{
    if (kind != other.kind || boolValue != other.boolValue || text != other.text || items != other.items
        || keys != other.keys || !(expr == other.expr))
        return false;
    if (!type || !other.type)
        return !type && !other.type;
    return *type == *other.type;
}

Literal Literal::string(const QString &s)
{
    Literal l;
    l.kind = Kind::String;
    l.text = s;
    return l;
}

Literal Literal::integer(qint64 v)
{
    Literal l;
    l.kind = Kind::Int;
    l.text = QString::number(v);
    return l;
}

Literal Literal::boolean(bool b)
{
    Literal l;
    l.kind = Kind::Bool;
    l.boolValue = b;
    return l;
}

const Literal *findKeyword(const KeywordList &list, const QString &name)
{
    for (const KeywordLiteral &kw : list)
        if (kw.name == name)
            return &kw.value;
    return nullptr;
}

} // namespace Retort::Core::Ops
