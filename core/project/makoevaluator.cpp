// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/makoevaluator.h"

#include "core/project/pythonformat.h"

namespace Retort::Core::Mako {

using Python::Expr;
using Python::ExprKind;
using Python::Operator;

namespace {

//! Longest string or sequence an expression may build (`"x" * n`), against runaway templates.
constexpr qint64 kMaxBuiltSize = 16 * 1024 * 1024;

MakoError typeError(const QString &text)
{
    return MakoError {QStringLiteral("TypeError: ") + text};
}

const QStringList &builtinNames()
{
    static const QStringList names = {QStringLiteral("repr"), QStringLiteral("str"),
        QStringLiteral("len"), QStringLiteral("chr"), QStringLiteral("ord"), QStringLiteral("bool"),
        QStringLiteral("int"), QStringLiteral("tuple"), QStringLiteral("list"),
        QStringLiteral("sorted"), QStringLiteral("isinstance")};
    return names;
}

//! Python integer literal text ("42", "0x1F", "0o17", "0b101") to a value.
std::optional<qint64> parseInt(const QString &text)
{
    bool ok = false;
    qint64 value = 0;
    const QString lower = text.toLower();
    if (lower.startsWith(QLatin1String("0x")))
        value = lower.mid(2).toLongLong(&ok, 16);
    else if (lower.startsWith(QLatin1String("0o")))
        value = lower.mid(2).toLongLong(&ok, 8);
    else if (lower.startsWith(QLatin1String("0b")))
        value = lower.mid(2).toLongLong(&ok, 2);
    else
        value = lower.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Expected<MakoValue, MakoError> repeat(const MakoValue &seq, qint64 times)
{
    const qint64 count = times < 0 ? 0 : times;
    if (seq.isString()) {
        if (qint64(seq.text().size()) * count > kMaxBuiltSize)
            return MakoError {QStringLiteral("MemoryError: string too large")};
        return MakoValue::string(seq.text().repeated(int(count)));
    }
    if (qint64(seq.items().size()) * count > kMaxBuiltSize)
        return MakoError {QStringLiteral("MemoryError: sequence too large")};
    std::vector<MakoValue> items;
    for (qint64 i = 0; i < count; ++i)
        items.insert(items.end(), seq.items().begin(), seq.items().end());
    return seq.kind() == MakoValue::Kind::List ? MakoValue::list(std::move(items))
                                               : MakoValue::tuple(std::move(items));
}

} // namespace

Evaluator::Evaluator(const MakoRenderInput &input)
    : m_input(input)
{ }

MakoValue Evaluator::lookup(const QString &name) const
{
    const auto local = m_locals.constFind(name);
    if (local != m_locals.constEnd())
        return local.value();
    if (name == QLatin1String("context"))
        return MakoValue::object(QStringLiteral("context"));
    const auto var = m_input.variables.constFind(name);
    if (var != m_input.variables.constEnd())
        return var.value();
    if (builtinNames().contains(name))
        return MakoValue::callable(name);
    return MakoValue();
}

Expected<MakoValue, MakoError> Evaluator::eval(const Expr *e)
{
    switch (e->kind) {
    case ExprKind::Name:
        return lookup(e->value);
    case ExprKind::NoneLiteral:
        return MakoValue::none();
    case ExprKind::True:
        return MakoValue::boolean(true);
    case ExprKind::False:
        return MakoValue::boolean(false);
    case ExprKind::Int: {
        const auto value = parseInt(e->value);
        if (!value)
            return MakoError {
                QStringLiteral("OverflowError: integer %1 is too large").arg(e->value)};
        return MakoValue::integer(*value);
    }
    case ExprKind::String:
        return MakoValue::string(e->value);
    case ExprKind::FString:
        return evalFString(e);
    case ExprKind::Tuple:
    case ExprKind::List: {
        auto items = evalList(e->children, 0);
        if (!items)
            return items.error();
        return e->kind == ExprKind::Tuple ? MakoValue::tuple(std::move(items).value())
                                          : MakoValue::list(std::move(items).value());
    }
    case ExprKind::Attribute:
        return evalAttribute(e);
    case ExprKind::Call:
        return evalCall(e);
    case ExprKind::Subscript:
        return evalSubscript(e);
    case ExprKind::UnaryOp:
        return evalUnary(e);
    case ExprKind::BinOp:
        return evalBinary(e);
    case ExprKind::BoolOp:
        return evalBoolOp(e);
    case ExprKind::Compare:
        return evalCompare(e);
    case ExprKind::IfExp: {
        const auto test = eval(e->children[0]);
        if (!test)
            return test;
        return eval(test->isTruthy() ? e->children[1] : e->children[2]);
    }
    default:
        return MakoError {
            QStringLiteral("%1 expressions are not supported").arg(Python::exprKindName(e->kind))};
    }
}

Expected<MakoValue, MakoError> Evaluator::evalUnary(const Expr *e)
{
    const auto operand = eval(e->children[0]);
    if (!operand)
        return operand;
    if (e->op == Operator::Not)
        return MakoValue::boolean(!operand->isTruthy());
    if (!operand->isInt())
        return typeError(QStringLiteral("bad operand type for unary %1: '%2'")
                             .arg(Python::operatorText(e->op), operand->typeName()));
    return MakoValue::integer(e->op == Operator::USub ? -operand->intValue() : operand->intValue());
}

Expected<std::vector<MakoValue>, MakoError> Evaluator::evalList(
    const std::vector<const Expr *> &exprs, size_t from)
{
    std::vector<MakoValue> values;
    values.reserve(exprs.size());
    for (size_t i = from; i < exprs.size(); ++i) {
        if (exprs[i]->kind == ExprKind::Keyword || exprs[i]->kind == ExprKind::Starred)
            return MakoError {QStringLiteral("keyword and starred arguments are not supported")};
        auto value = eval(exprs[i]);
        if (!value)
            return value.error();
        values.push_back(std::move(value).value());
    }
    return values;
}

Expected<MakoValue, MakoError> Evaluator::evalFString(const Expr *e)
{
    QString text;
    for (const Expr *part : e->children) {
        if (part->kind == ExprKind::String) {
            text += part->value;
            continue;
        }
        if (part->child(1) && !part->child(1)->value.isEmpty())
            return MakoError {QStringLiteral("format specs in f-strings are not supported")};
        const auto value = eval(part->children[0]);
        if (!value)
            return value;
        if (value->isUndefined())
            return MakoError {QStringLiteral("NameError: Undefined")};
        text += part->value == QLatin1String("r") || part->value == QLatin1String("a")
            ? value->toRepr()
            : value->toStr();
    }
    return MakoValue::string(text);
}

Expected<MakoValue, MakoError> Evaluator::evalAttribute(const Expr *e)
{
    const auto object = eval(e->children[0]);
    if (!object)
        return object;
    if (object->kind() == MakoValue::Kind::DateTime) {
        const CreateDate &d = object->date();
        const QString &name = e->value;
        if (name == QLatin1String("year"))
            return MakoValue::integer(d.date.year());
        if (name == QLatin1String("month"))
            return MakoValue::integer(d.date.month());
        if (name == QLatin1String("day"))
            return MakoValue::integer(d.date.day());
        if (name == QLatin1String("hour"))
            return MakoValue::integer(d.time.hour());
        if (name == QLatin1String("minute"))
            return MakoValue::integer(d.time.minute());
        if (name == QLatin1String("second"))
            return MakoValue::integer(d.time.second());
        if (name == QLatin1String("microsecond"))
            return MakoValue::integer(d.microsecond);
    }
    return MakoError {
        QStringLiteral("AttributeError: reading '%1' of a %2 is not supported (only method calls)")
            .arg(e->value, object->typeName())};
}

Expected<MakoValue, MakoError> Evaluator::evalCall(const Expr *e)
{
    const Expr *callee = e->children[0];
    auto args = evalList(e->children, 1);
    if (!args)
        return args.error();
    if (callee->kind == ExprKind::Attribute) {
        const auto self = eval(callee->children[0]);
        if (!self)
            return self;
        return callMethod(*self, callee->value, args.value());
    }
    const auto function = eval(callee);
    if (!function)
        return function;
    if (function->kind() != MakoValue::Kind::Callable)
        return typeError(QStringLiteral("'%1' object is not callable").arg(function->typeName()));
    return callBuiltin(function->text(), args.value());
}

Expected<MakoValue, MakoError> Evaluator::evalBinary(const Expr *e)
{
    const auto left = eval(e->children[0]);
    if (!left)
        return left;
    const auto right = eval(e->children[1]);
    if (!right)
        return right;
    return binary(e->op, *left, *right);
}

Expected<MakoValue, MakoError> Evaluator::binary(
    Operator op, const MakoValue &left, const MakoValue &right)
{
    const bool ints = left.isInt() && right.isInt();
    switch (op) {
    case Operator::Add:
        if (ints)
            return MakoValue::integer(left.intValue() + right.intValue());
        if (left.isString() && right.isString())
            return MakoValue::string(left.text() + right.text());
        if (left.isSequence() && left.kind() == right.kind()) {
            std::vector<MakoValue> items = left.items();
            items.insert(items.end(), right.items().begin(), right.items().end());
            return left.kind() == MakoValue::Kind::List ? MakoValue::list(std::move(items))
                                                        : MakoValue::tuple(std::move(items));
        }
        break;
    case Operator::Sub:
        if (ints)
            return MakoValue::integer(left.intValue() - right.intValue());
        break;
    case Operator::Mult:
        if (ints)
            return MakoValue::integer(left.intValue() * right.intValue());
        if ((left.isString() || left.isSequence()) && right.isInt())
            return repeat(left, right.intValue());
        if (left.isInt() && (right.isString() || right.isSequence()))
            return repeat(right, left.intValue());
        break;
    case Operator::FloorDiv:
    case Operator::Mod:
        if (ints) {
            if (right.intValue() == 0)
                return MakoError {
                    QStringLiteral("ZeroDivisionError: integer division or modulo by zero")};
            const qint64 q = floorDiv(left.intValue(), right.intValue());
            return MakoValue::integer(
                op == Operator::FloorDiv ? q : left.intValue() - q * right.intValue());
        }
        if (op == Operator::Mod && left.isString()) {
            const std::vector<MakoValue> args = right.kind() == MakoValue::Kind::Tuple
                ? right.items()
                : std::vector<MakoValue> {right};
            const auto text = pythonPercentFormat(left.text(), args);
            if (!text)
                return text.error();
            return MakoValue::string(text.value());
        }
        break;
    default:
        return MakoError {
            QStringLiteral("the operator %1 is not supported").arg(Python::operatorText(op))};
    }
    return typeError(QStringLiteral("unsupported operand type(s) for %1: '%2' and '%3'")
                         .arg(Python::operatorText(op), left.typeName(), right.typeName()));
}

Expected<MakoValue, MakoError> Evaluator::evalBoolOp(const Expr *e)
{
    MakoValue value;
    for (const Expr *operand : e->children) {
        auto result = eval(operand);
        if (!result)
            return result;
        value = std::move(result).value();
        const bool truthy = value.isTruthy();
        if ((e->op == Operator::Or && truthy) || (e->op == Operator::And && !truthy))
            return value;
    }
    return value;
}

Expected<MakoValue, MakoError> Evaluator::evalCompare(const Expr *e)
{
    auto left = eval(e->children[0]);
    if (!left)
        return left;
    MakoValue current = std::move(left).value();
    for (size_t i = 0; i < e->compareOps.size(); ++i) {
        auto right = eval(e->children[i + 1]);
        if (!right)
            return right;
        const auto result = compare(e->compareOps[i], current, right.value());
        if (!result)
            return result.error();
        if (!result.value())
            return MakoValue::boolean(false);
        current = std::move(right).value();
    }
    return MakoValue::boolean(true);
}

Expected<bool, MakoError> Evaluator::compare(
    Operator op, const MakoValue &left, const MakoValue &right)
{
    switch (op) {
    case Operator::Eq:
    case Operator::Is:
        return left == right;
    case Operator::NotEq:
    case Operator::IsNot:
        return left != right;
    case Operator::In:
    case Operator::NotIn: {
        bool found = false;
        if (right.isString()) {
            if (!left.isString())
                return typeError(
                    QStringLiteral("'in <string>' requires string as left operand, not %1")
                        .arg(left.typeName()));
            found = right.text().contains(left.text());
        } else if (right.isSequence()) {
            found = std::find(right.items().begin(), right.items().end(), left)
                != right.items().end();
        } else {
            return typeError(
                QStringLiteral("argument of type '%1' is not iterable").arg(right.typeName()));
        }
        return op == Operator::In ? found : !found;
    }
    default:
        break;
    }
    int order = 0;
    if (left.isInt() && right.isInt())
        order = left.intValue() < right.intValue() ? -1
            : left.intValue() > right.intValue()   ? 1
                                                   : 0;
    else if (left.isString() && right.isString())
        order = left.text().compare(right.text());
    else
        return typeError(QStringLiteral("'%1' not supported between instances of '%2' and '%3'")
                             .arg(Python::operatorText(op), left.typeName(), right.typeName()));
    switch (op) {
    case Operator::Lt:
        return order < 0;
    case Operator::LtE:
        return order <= 0;
    case Operator::Gt:
        return order > 0;
    case Operator::GtE:
        return order >= 0;
    default:
        return MakoError {QStringLiteral("unsupported comparison")};
    }
}

std::optional<MakoError> Evaluator::assign(const Expr *target, const MakoValue &value)
{
    if (target->kind == ExprKind::Name) {
        m_locals.insert(target->value, value);
        return std::nullopt;
    }
    if (target->kind != ExprKind::Tuple && target->kind != ExprKind::List)
        return MakoError {QStringLiteral("only names and tuples of names can be assigned to")};
    std::vector<MakoValue> items;
    if (value.isString()) {
        for (const QChar c : value.text())
            items.push_back(MakoValue::string(QString(c)));
    } else if (value.isSequence()) {
        items = value.items();
    } else {
        return typeError(
            QStringLiteral("cannot unpack non-iterable %1 object").arg(value.typeName()));
    }
    if (items.size() != target->children.size())
        return MakoError {QStringLiteral("ValueError: expected %1 values to unpack, got %2")
                              .arg(target->children.size())
                              .arg(items.size())};
    for (size_t i = 0; i < items.size(); ++i) {
        if (auto error = assign(target->children[i], items[i]))
            return error;
    }
    return std::nullopt;
}

std::optional<MakoError> Evaluator::exec(const Python::Stmt *s)
{
    switch (s->kind) {
    case Python::StmtKind::Pass:
        return std::nullopt;
    case Python::StmtKind::Expr: {
        const auto value = eval(s->value);
        return value ? std::nullopt : std::optional<MakoError>(value.error());
    }
    case Python::StmtKind::Assign: {
        const auto value = eval(s->value);
        if (!value)
            return value.error();
        for (const Expr *target : s->targets) {
            if (auto error = assign(target, value.value()))
                return error;
        }
        return std::nullopt;
    }
    case Python::StmtKind::AugAssign: {
        const auto current = eval(s->targets[0]);
        const auto operand = current ? eval(s->value) : current;
        if (!operand)
            return operand.error();
        const auto value = binary(s->op, current.value(), operand.value());
        if (!value)
            return value.error();
        return assign(s->targets[0], value.value());
    }
    case Python::StmtKind::Import:
        for (const Python::Alias &alias : s->aliases) {
            const QString bound = alias.asName.isEmpty()
                ? alias.name.section(QLatin1Char('.'), 0, 0)
                : alias.asName;
            m_locals.insert(bound, MakoValue::object(QStringLiteral("module:") + alias.name));
        }
        return std::nullopt;
    default:
        return MakoError {
            QStringLiteral("%1 statements are not supported").arg(Python::stmtKindName(s->kind))};
    }
}

} // namespace Retort::Core::Mako
