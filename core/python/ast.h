// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/python/nodepool.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Retort::Core::Python {

class Parser;

/*! A span of source text. Lines and columns are 1-based; a column counts UTF-16 code
    units from the start of its line (a tab counts as one). `endColumn` is one past the last
    character of the span. A default-constructed range (line 0) means "unknown". */
struct SourceRange
{
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    bool operator==(const SourceRange &other) const = default;
};

/*! Operators of BinOp, UnaryOp, BoolOp, Compare and AugAssign nodes. */
enum class Operator : quint8 {
    None,
    Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd,
    And, Or,
    Not, Invert, UAdd, USub,
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn,
};

/*! Expression kinds. The layout of `Expr::children` for each kind:
    - Name: none; `value` is the identifier.
    - NoneLiteral, True, False, Ellipsis: none.
    - Int, Float, Imaginary: none; `value` is the literal's source text without `_`
      separators (e.g. "0x1F", "1.5e3", "2j").
    - String: none; `value` is the decoded text (implicit concatenation already applied).
    - Bytes: none; `value` holds one QChar per byte (0-255).
    - FString: String (literal text) and FormattedValue parts in source order; adjacent
      literal parts are merged and empty ones omitted, as in CPython's JoinedStr.
    - FormattedValue: [0] the expression; [1] (optional) a String whose value is the raw,
      undecoded format spec text. `value` is the conversion: "", "r", "s" or "a".
    - Attribute: [0] the object; `value` is the attribute name.
    - Call: [0] the callee, then the arguments in source order: positional expressions,
      Starred (`*args`) and Keyword (`name=value`, or `**kwargs` with an empty name).
    - Keyword: [0] the value; `value` is the keyword name, empty for `**kwargs`.
    - Subscript: [0] the object, [1] the index (a Slice, a Tuple possibly holding Slices,
      or any expression).
    - Slice: exactly three children lower, upper, step; each MAY BE nullptr.
    - Starred (`*x`), DoubleStarred (`**x` in a dict display), Await, YieldFrom: [0].
    - Yield: [0] the value, or no children for a bare `yield`.
    - UnaryOp: `op`, [0]. BinOp: `op`, [0] left, [1] right.
    - BoolOp: `op` (And/Or), two or more operands (`a or b or c` is one node).
    - Compare: [0] the left operand, then the comparators; `compareOps` has one operator per
      comparator.
    - IfExp (`body if test else orelse`): [0] test, [1] body, [2] orelse.
    - Lambda: `parameters`, [0] the body.
    - NamedExpr (`target := value`): [0] the target Name, [1] the value.
    - Tuple, List, Set: the elements (Starred allowed).
    - Dict: DictEntry ([0] key, [1] value) and DoubleStarred entries in source order.
    - ListComp, SetComp, GeneratorExp: [0] the element, then one or more Comprehension.
    - DictComp: [0] key, [1] value, then one or more Comprehension.
    - Comprehension (`[async] for target in iter if c1 if c2`): [0] target, [1] iter, then
      the conditions; `isAsync`. */
enum class ExprKind : quint8 {
    Name,
    NoneLiteral, True, False, Ellipsis,
    Int, Float, Imaginary, String, Bytes,
    FString, FormattedValue,
    Attribute, Call, Keyword, Subscript, Slice,
    Starred, DoubleStarred,
    UnaryOp, BinOp, BoolOp, Compare, IfExp, Lambda, NamedExpr,
    Await, Yield, YieldFrom,
    Tuple, List, Set, Dict, DictEntry,
    ListComp, SetComp, DictComp, GeneratorExp, Comprehension,
};

enum class ParameterKind : quint8 { PositionalOnly, Regular, VarPositional, KeywordOnly, VarKeyword };

struct Expr;

/*! One parameter of a def or lambda. `range` spans the name and its annotation (not the
    default), as in CPython's `arg` node. */
struct Parameter
{
    QString name;
    ParameterKind kind = ParameterKind::Regular;
    const Expr *annotation = nullptr;
    const Expr *defaultValue = nullptr;
    SourceRange range;
};

/*! The parameter list of a def or lambda, in source order (a bare `*` or `/` marker is not
    a parameter: it only changes the kinds of its neighbours). */
struct Parameters
{
    std::vector<Parameter> list;

    //! The parameter named `name`, or nullptr.
    const Parameter *find(QStringView name) const;
};

/*! An expression node. All nodes are owned by the Module that the parser built; pointers
    stay valid as long as that Module lives. See ExprKind for the meaning of each field. */
struct Expr
{
    ExprKind kind = ExprKind::Name;
    Operator op = Operator::None;
    bool isAsync = false;
    SourceRange range;
    QString value;
    std::vector<const Expr *> children;
    std::vector<Operator> compareOps;
    const Parameters *parameters = nullptr;

    //! children[i], or nullptr when out of range.
    const Expr *child(size_t i) const { return i < children.size() ? children[i] : nullptr; }
    bool isStringLiteral() const { return kind == ExprKind::String; }
};

enum class StmtKind : quint8 {
    Expr, Assign, AugAssign, AnnAssign,
    Import, ImportFrom,
    FunctionDef, ClassDef,
    If, For, While, With, Try, TryStar,
    Raise, Return, Pass, Break, Continue, Global, Nonlocal, Delete, Assert,
    Match, //!< a `match` statement: not supported; only `range` is set, the body is skipped
};

//! `import name as asName` / `from m import name as asName`; `name` may be dotted or "*".
struct Alias
{
    QString name;
    QString asName;
    SourceRange range;
};

//! One `context [as target]` item of a with statement; `target` may be nullptr.
struct WithItem
{
    const Expr *context = nullptr;
    const Expr *target = nullptr;
};

struct Stmt;

//! `except [type [as name]]: body`; `type` may be nullptr, `name` empty.
struct ExceptHandler
{
    const Expr *type = nullptr;
    QString name;
    std::vector<const Stmt *> body;
    SourceRange range;
};

/*! A statement node, owned by its Module like Expr. Fields used per kind:
    - Expr: `value`.
    - Assign (`t1 = t2 = value`): `targets` (one or more, left to right), `value`.
    - AugAssign: `targets[0]`, `op`, `value`.
    - AnnAssign: `targets[0]`, `annotation`, `value` (nullptr when there is no `=`).
    - Import: `aliases`. ImportFrom: `name` (module, possibly empty), `level` (leading
      dots), `aliases`.
    - FunctionDef: `name`, `parameters`, `annotation` (return annotation or nullptr),
      `decorators`, `body`, `isAsync`. `range` starts at `def` (or `async`), not at a decorator.
    - ClassDef: `name`, `bases` (positional and Keyword expressions in source order),
      `decorators`, `body`.
    - If / While: `value` (the test), `body`, `orelse` (an `elif` is a nested If alone in
      `orelse`).
    - For: `targets[0]`, `value` (the iterable), `body`, `orelse`, `isAsync`.
    - With: `items`, `body`, `isAsync`.
    - Try / TryStar: `body`, `handlers`, `orelse`, `finalBody`.
    - Raise: `value` (exception or nullptr), `cause` (`from` part or nullptr).
    - Return: `value` or nullptr. Delete: `targets`.
    - Global / Nonlocal: `names`.
    - Assert: `value` (the test), `message` or nullptr.
    - Pass, Break, Continue, Match: nothing. */
struct Stmt
{
    StmtKind kind = StmtKind::Pass;
    Operator op = Operator::None;
    bool isAsync = false;
    //! FunctionDef only: the body was not built (ParseOptions::skipFunctionBodies).
    bool bodySkipped = false;
    int level = 0;
    SourceRange range;
    QString name;
    const Expr *value = nullptr;
    const Expr *annotation = nullptr;
    const Expr *cause = nullptr;
    const Expr *message = nullptr;
    const Parameters *parameters = nullptr;
    std::vector<const Expr *> targets;
    std::vector<const Expr *> decorators;
    std::vector<const Expr *> bases;
    std::vector<const Stmt *> body;
    std::vector<const Stmt *> orelse;
    std::vector<const Stmt *> finalBody;
    std::vector<ExceptHandler> handlers;
    std::vector<WithItem> items;
    std::vector<Alias> aliases;
    QStringList names;
};

/*! A parsed source file. It owns every node reachable from `body()`; share it as
    `std::shared_ptr<const Module>` and keep that pointer alive while using node pointers.
    After a syntax error the module is partial: it holds the top-level statements that were
    complete before the error. Not thread-safe to build; safe to read from many threads. */
class Module
{
public:
    explicit Module(const QString &fileName, QStringView source);
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;

    const QString &fileName() const { return m_fileName; }
    //! The source text that was parsed (without a leading BOM).
    const QString &source() const { return m_source; }
    const std::vector<const Stmt *> &body() const { return m_body; }

    //! The module docstring expression (a first statement that is a plain string literal).
    const Expr *docstringExpr() const;
    //! The decoded docstring, or a null QString when there is none.
    QString docstring() const;
    //! The last top-level `def name` (Python's "the last definition wins"), or nullptr.
    const Stmt *function(QStringView name) const;

private:
    friend class Parser;

    QString m_fileName;
    QString m_source;
    std::vector<const Stmt *> m_body;
    NodePool<Expr> m_exprs;
    NodePool<Stmt> m_stmts;
    NodePool<Parameters> m_parameters;
};

//! A stable name for each kind, used by dumps and messages ("Call", "Name", ...).
QString exprKindName(ExprKind kind);
QString stmtKindName(StmtKind kind);
//! The operator's Python spelling ("+", "not in", "and", ...).
QString operatorText(Operator op);

} // namespace Retort::Core::Python
