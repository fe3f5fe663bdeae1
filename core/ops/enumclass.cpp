// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// sa.Enum(PythonEnumClass): the labels of a plain enum.Enum subclass defined in the revision.
#include "core/ops/machine.h"

#include <utility>

namespace Retort::Core::Ops {

using Python::Expr;
using Python::ExprKind;
using Python::Stmt;
using Python::StmtKind;

namespace {

//! What the class derives from: which values its members may have and how they compare.
enum class EnumBase { None, Plain, Int, Str };

EnumBase enumBaseOf(const QString &dotted)
{
    if (dotted == QLatin1String("enum.Enum"))
        return EnumBase::Plain;
    if (dotted == QLatin1String("enum.IntEnum"))
        return EnumBase::Int;
    if (dotted == QLatin1String("enum.StrEnum"))
        return EnumBase::Str;
    return EnumBase::None;
}

} // namespace

void Machine::expandEnumClass(Value &args)
{
    if (args.items.size() != 1 || args.items[0].isString())
        return;
    const Value &cls = args.items[0];
    const QString text = cls.node ? sourceText(cls.node->range) : cls.text;
    if (cls.kind == Value::Kind::Ref && !isType(cls))
        fail(cls.node,
            QStringLiteral(
                "'%1' is imported, not defined in this file: sa.Enum() of it needs Python")
                .arg(cls.text));
    if (cls.kind != Value::Kind::Class)
        return; // not a class: the type's arguments are checked as literals later
    if (const Value *v = args.kwarg(QStringLiteral("values_callable")); v && !v->isNone())
        fail(v->node, QStringLiteral("sa.Enum(%1, values_callable=...) needs Python").arg(text));
    const Value *omit = args.kwarg(QStringLiteral("omit_aliases"));
    const bool omitAliases = omit && omit->kind == Value::Kind::Bool && omit->flag;
    const QStringList labels = enumClassLabels(cls, omitAliases);
    const Expr *node = cls.node;
    const QString className = cls.text;
    args.items.clear();
    for (const QString &label : labels) {
        Value v;
        v.kind = Value::Kind::String;
        v.text = label;
        v.node = node;
        args.items.push_back(std::move(v));
    }
    // SQLAlchemy: kw.setdefault("name", enum_class.__name__.lower()).
    if (!args.kwarg(QStringLiteral("name"))) {
        Value name;
        name.kind = Value::Kind::String;
        name.text = className.toLower();
        name.node = node;
        args.kwargs.emplace_back(QStringLiteral("name"), std::move(name));
    }
}

namespace {

//! What an enum class derives from, and whether it is @enum.unique.
struct EnumShape
{
    EnumBase base = EnumBase::None;
    bool strEnum = false; //!< enum.StrEnum: its values must be strings
    bool unique = false;
};

/*! The bases and decorators of \a def, evaluated in module scope. Throws NeedsPython (\a needs
    names the class) for anything but enum.Enum / IntEnum / StrEnum, a str or int mixin and
    @enum.unique; base None: not an enum at all. */
EnumShape enumShape(Machine &m, const Stmt *def, const QString &needs)
{
    EnumShape shape;
    EnumBase mixin = EnumBase::None;
    const auto savedLocals = std::exchange(m.m_locals, {});
    ++m.m_moduleScope;
    for (const Expr *b : def->bases) {
        const bool builtin = b->kind == ExprKind::Name && !m.m_globals.contains(b->value)
            && !m.m_globalExprs.contains(b->value);
        if (builtin && (b->value == QLatin1String("str") || b->value == QLatin1String("int"))) {
            mixin = b->value == QLatin1String("str") ? EnumBase::Str : EnumBase::Int;
            continue;
        }
        const Value v = b->kind == ExprKind::Keyword ? Value {} : m.eval(b);
        const EnumBase found = v.kind == Value::Kind::Ref ? enumBaseOf(v.text) : EnumBase::None;
        if (found == EnumBase::None || shape.base != EnumBase::None)
            m.fail(b, needs.arg(QStringLiteral("the base '%1'").arg(m.sourceText(b->range))));
        shape.base = found;
        shape.strEnum = found == EnumBase::Str;
    }
    for (const Expr *d : def->decorators) {
        const Value v = m.eval(d);
        if (v.kind != Value::Kind::Ref || v.text != QLatin1String("enum.unique"))
            m.fail(d, needs.arg(QStringLiteral("the decorator '%1'").arg(m.sourceText(d->range))));
        shape.unique = true;
    }
    --m.m_moduleScope;
    m.m_locals = savedLocals;
    if (shape.base == EnumBase::Plain && mixin != EnumBase::None)
        shape.base = mixin;
    else if (shape.base != EnumBase::None && mixin != EnumBase::None && mixin != shape.base)
        m.fail(def->range, needs.arg(QStringLiteral("this mix of bases")));
    return shape;
}

} // namespace

/*! The member names of the module-level class \a cls, in definition order. Only the plain case
    is understood (see enumShape()), with a body of docstrings, `pass` and
    `NAME = <string or int literal>`. A member whose value equals an earlier one's is an alias:
    SQLAlchemy 1.4 keeps aliases unless omit_aliases=True. */
QStringList Machine::enumClassLabels(const Value &cls, bool omitAliases)
{
    const Stmt *def = m_classes.value(cls.text, nullptr);
    const QString needs = QStringLiteral("enum class '%1': %2 needs Python").arg(cls.text);
    if (!def)
        fail(cls.node, needs.arg(QStringLiteral("a class defined inside a block")));
    const EnumShape shape = enumShape(*this, def, needs);
    if (shape.base == EnumBase::None)
        fail(cls.node,
            QStringLiteral("'%1' is not an enum.Enum subclass; sa.Enum() of it needs Python")
                .arg(cls.text));
    QStringList names;
    QStringList canonicalNames;
    QStringList values; // "<kind>:<value>" of each canonical member
    for (const Stmt *s : def->body) {
        if (s->kind == StmtKind::Pass
            || (s->kind == StmtKind::Expr && s->value->kind == ExprKind::String))
            continue;
        const bool plain = s->kind == StmtKind::Assign && s->targets.size() == 1
            && s->targets[0]->kind == ExprKind::Name
            && !s->targets[0]->value.startsWith(QLatin1Char('_'))
            && (s->value->kind == ExprKind::String || s->value->kind == ExprKind::Int);
        if (!plain)
            fail(s->range, needs.arg(QStringLiteral("this statement in its body")));
        const QString name = s->targets[0]->value;
        const Value value = eval(s->value);
        if (names.contains(name))
            fail(s->range, needs.arg(QStringLiteral("a member defined twice")));
        if (shape.base == EnumBase::Int && value.isString())
            fail(s->value, needs.arg(QStringLiteral("a string value in an int enum")));
        if (shape.strEnum && !value.isString())
            fail(s->value, needs.arg(QStringLiteral("an int value in a StrEnum")));
        // Aliases: equal values; a str mixin compares str(value).
        const bool asString = value.isString() || shape.base == EnumBase::Str;
        const QString key = (asString ? QStringLiteral("s:") : QStringLiteral("i:")) + str(value);
        names << name;
        if (values.contains(key)) {
            if (shape.unique)
                fail(s->range, needs.arg(QStringLiteral("an alias in a @unique enum")));
            continue;
        }
        values << key;
        canonicalNames << name;
    }
    return omitAliases ? canonicalNames : names;
}

} // namespace Retort::Core::Ops
