// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// Internal to core/ops: the interpreter's state machine. Statements are in
// interpreter.cpp, expressions in evaluator.cpp, op.* calls in opcalls.cpp, conversion of
// values to IR specs in specbuilder.cpp. A construct it cannot handle throws NeedsPython,
// which never leaves interpret().

#include "core/ops/interpreter.h"
#include "core/ops/value.h"

#include <QHash>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace Retort::Core::Ops {

struct NeedsPython
{
    Python::SourceRange range;
    QString message;
};

//! Arguments bound to a signature: by parameter name, plus extra *args and **kwargs.
struct BoundArgs
{
    QHash<QString, const Value *> named;
    std::vector<const Value *> extraArgs;
    std::vector<std::pair<QString, const Value *>> extraKwargs;

    const Value *get(const QString &name) const { return named.value(name, nullptr); }
};

//! A callable's parameters as in Python: positional-or-keyword names, then *args / **kw.
struct Signature
{
    std::initializer_list<const char *> params;
    bool varArgs = false;
    bool varKwargs = false;
};

class Machine
{
public:
    Machine(const RevisionScript &script, const InterpreterContext &context);

    //! Runs \a function's body; throws NeedsPython.
    OperationList run(const Python::Stmt *function);

    // --- failure and source helpers
    [[noreturn]] void fail(const Python::SourceRange &at, const QString &message) const;
    [[noreturn]] void fail(const Python::Expr *at, const QString &message) const;
    QString sourceText(const Python::SourceRange &range) const;

    // --- statements (interpreter.cpp)
    void execBlock(const std::vector<const Python::Stmt *> &body);
    void execStmt(const Python::Stmt *s);
    void execIf(const Python::Stmt *s);
    void execFor(const Python::Stmt *s);
    void execWith(const Python::Stmt *s);
    void execRaise(const Python::Stmt *s);
    void execImport(const Python::Stmt *s, QHash<QString, Value> &scope);
    void assign(const Python::Expr *target, const Value &v);
    void addOp(const Python::SourceRange &at, OperationData data);

    // --- expressions (evaluator.cpp)
    Value eval(const Python::Expr *e);
    Value evalDisplay(const Python::Expr *e); //!< list, tuple, dict
    Value evalLogic(const Python::Expr *e);   //!< and/or/not, unary +/-
    Value evalName(const Python::Expr *e);
    Value evalGlobal(const QString &name, const Python::Expr *use);
    Value evalAttribute(const Python::Expr *e);
    Value evalCall(const Python::Expr *e);
    Value evalRefCall(const Value &callee, const Python::Expr *call, Value args);
    Value evalMethodCall(const Value &self, const QString &method, const Python::Expr *call,
                         const Value &args);
    Value evalBinOp(const Python::Expr *e);
    Value evalCompare(const Python::Expr *e);
    Value evalFString(const Python::Expr *e);
    Value constantFromMap(const QString &dotted, const Python::Expr *use);
    /*! `sa.Enum(SomeClass, ...)` / `postgresql.ENUM(SomeClass, ...)` (enumclass.cpp): replaces
        the class in \a args by its labels as SQLAlchemy takes them (the member names) and
        adds `name=<class name lower-cased>` when no name is given. Throws NeedsPython at the
        class argument for a class that is not a plain enum defined in this file. */
    void expandEnumClass(Value &args);
    QStringList enumClassLabels(const Value &cls, bool omitAliases);
    bool truth(const Value &v) const;
    QString percentFormat(const Value &format, const Value &args) const;
    static QString str(const Value &v);
    //! The canonical name of a dotted sqlalchemy/alembic path ("sa.String", "op.f"), or "".
    static QString canonical(const QString &dotted);

    // --- op.* and batch_op.* (opcalls.cpp)
    Value callOp(const QString &name, const Value &args, const Python::Expr *call,
                 const Value *batch);
    //! The helpers op.f / get_bind / get_context / inline_literal; nullopt for other names.
    std::optional<Value> callHelperOp(const QString &name, const Value &args, const Python::Expr *call,
                                      const QString &what);
    //! Each returns false when \a name is not one of its group.
    bool callTableOp(const QString &name, const Value &args, const Python::Expr *call, const QString &what);
    bool callColumnOp(const QString &name, const Value &args, const Python::Expr *call,
                      const Value *batch, const QString &what);
    bool callConstraintOp(const QString &name, const Value &args, const Python::Expr *call,
                          const Value *batch, const QString &what);
    bool callCommentOp(const QString &name, const Value &args, const Python::Expr *call,
                       const Value *batch, const QString &what);
    QString tableOf(const BoundArgs &a, const Value *batch, const Python::Expr *call) const;
    std::optional<QString> schemaOf(const BoundArgs &a, const Value *batch, const Python::Expr *call) const;
    //! A bool keyword bound by name or found among the extra **kwargs.
    bool boolKeyword(const BoundArgs &a, const char *key) const;
    BoundArgs bind(const Value &args, const Signature &sig, const QString &what,
                   const Python::Expr *call) const;
    void opCreateTable(const BoundArgs &a, const Python::Expr *call);
    void opAlterColumn(const BoundArgs &a, const Python::Expr *call, const Value *batch);
    void opCreateIndex(const BoundArgs &a, const Python::Expr *call, const Value *batch);
    void opDropIndex(const BoundArgs &a, const Python::Expr *call, const Value *batch);
    void opCreateForeignKey(const BoundArgs &a, const Python::Expr *call, const Value *batch);
    void opBulkInsert(const BoundArgs &a, const Python::Expr *call);
    void opConstraint(const QString &name, const BoundArgs &a, const Python::Expr *call,
                      const Value *batch);
    void opEnumType(const Value &type, bool create, const Value &args, const Python::Expr *call);
    void execBatch(const Python::Stmt *s, const Value &args, const Python::Expr *call);

    // --- values to specs (specbuilder.cpp)
    QString toStr(const Value *v, const QString &what, const Python::Expr *call) const;
    std::optional<QString> toOptStr(const Value *v, const QString &what, const Python::Expr *call) const;
    bool toBool(const Value *v, bool fallback, const QString &what) const;
    std::optional<bool> toOptBool(const Value *v, const QString &what) const;
    ObjectName toName(const Value *v, const QString &what, const Python::Expr *call) const;
    QStringList toStrList(const Value *v, const QString &what, const Python::Expr *call) const;
    Literal toLiteral(const Value &v) const;
    bool isType(const Value &v) const;
    TypeSpec toType(const Value &v) const;
    SqlExpr toSqlExpr(const Value &v, bool stringIsText) const;
    ColumnSpec toColumn(const Value &v) const;
    void applyColumnItem(ColumnSpec &c, const Value &item) const;
    void applyColumnKeyword(ColumnSpec &c, const QString &key, const Value &value, const Value &column,
                            std::optional<bool> &nullable) const;
    ForeignKeySpec toForeignKeyConstraint(const Value &v) const;
    ColumnForeignKey toColumnForeignKey(const Value &v) const;
    ConstraintSpec toConstraint(const Value &v) const;
    CheckSpec toCheck(const Value &v) const;
    IndexSpec toIndex(const Value &v) const;
    void applyIndexKwargs(IndexSpec &index, const std::vector<std::pair<QString, const Value *>> &kw,
                          const QString &what) const;
    KeywordList toKeywordList(const std::vector<std::pair<QString, const Value *>> &kw) const;
    static bool isConstraintObject(const Value &v);

    const RevisionScript &m_script;
    const InterpreterContext &m_context;
    const Python::Module &m_module;
    std::vector<int> m_lineStarts;
    QHash<QString, Value> m_globals;                    // imports, defs, evaluated constants
    QHash<QString, const Python::Stmt *> m_classes;     // module-level class statements
    QHash<QString, const Python::Expr *> m_globalExprs; // lazily evaluated module constants
    QSet<QString> m_evaluating;                         // cycle guard for m_globalExprs
    QHash<QString, Value> m_locals;
    std::vector<std::vector<Operation> *> m_out;
    bool m_stopped = false; // a return or raise ended the body
    int m_moduleScope = 0;  // > 0 while a module-level constant is evaluated
};

} // namespace Retort::Core::Ops
