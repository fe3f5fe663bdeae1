// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/machine.h"

#include <algorithm>

namespace Retort::Core::Ops {

using Python::Expr;

namespace {

Value noneAt(const Expr *node)
{
    Value v;
    v.node = node;
    return v;
}

using KwRefs = std::vector<std::pair<QString, const Value *>>;

KwRefs withoutKeys(const BoundArgs &a, std::initializer_list<const char *> keys)
{
    KwRefs out;
    for (const auto &kv : a.extraKwargs)
        if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return kv.first == QLatin1String(k); }))
            out.push_back(kv);
    return out;
}

} // namespace

BoundArgs Machine::bind(const Value &args, const Signature &sig, const QString &what,
                        const Expr *call) const
{
    BoundArgs b;
    const std::vector<const char *> params(sig.params.begin(), sig.params.end());
    for (size_t i = 0; i < args.items.size(); ++i) {
        if (i < params.size())
            b.named.insert(QLatin1String(params[i]), &args.items[i]);
        else if (sig.varArgs)
            b.extraArgs.push_back(&args.items[i]);
        else
            fail(args.items[i].node, QStringLiteral("%1() takes %2 positional arguments but %3 were given")
                                         .arg(what).arg(params.size()).arg(args.items.size()));
    }
    for (const auto &kv : args.kwargs) {
        const bool isParam = std::any_of(params.begin(), params.end(),
                                         [&](const char *p) { return kv.first == QLatin1String(p); });
        if (isParam) {
            if (b.named.contains(kv.first))
                fail(kv.second.node, QStringLiteral("%1() got multiple values for argument '%2'").arg(what, kv.first));
            b.named.insert(kv.first, &kv.second);
        } else if (sig.varKwargs) {
            b.extraKwargs.emplace_back(kv.first, &kv.second);
        } else {
            fail(kv.second.node ? kv.second.node : call,
                 QStringLiteral("%1() got an unexpected keyword argument '%2'").arg(what, kv.first));
        }
    }
    return b;
}

QString Machine::tableOf(const BoundArgs &a, const Value *batch, const Expr *call) const
{
    return batch ? batch->text : toStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
}

std::optional<QString> Machine::schemaOf(const BoundArgs &a, const Value *batch, const Expr *call) const
{
    return batch ? toOptStr(&batch->items[0], QStringLiteral("schema"), call)
                 : toOptStr(a.get(QStringLiteral("schema")), QStringLiteral("schema"), call);
}

bool Machine::boolKeyword(const BoundArgs &a, const char *key) const
{
    for (const auto &kv : a.extraKwargs)
        if (kv.first == QLatin1String(key))
            return toBool(kv.second, false, kv.first);
    return toBool(a.get(QLatin1String(key)), false, QLatin1String(key));
}

Value Machine::callOp(const QString &name, const Value &args, const Expr *call, const Value *batch)
{
    const QString what = (batch ? QStringLiteral("batch_op.") : QStringLiteral("op.")) + name;
    if (std::optional<Value> v = callHelperOp(name, args, call, what))
        return *v;
    if (m_moduleScope > 0)
        fail(call, QStringLiteral("%1() at module level needs Python").arg(what));
    if (name == QLatin1String("batch_alter_table"))
        fail(call, QStringLiteral("%1() outside a with statement needs Python").arg(what));
    if (name == QLatin1String("create_table")) {
        if (batch)
            fail(call, QStringLiteral("%1() is not available in a batch").arg(what));
        opCreateTable(bind(args, {{"table_name"}, true, true}, what, call), call);
        Value t = args; // the Table it returns, usable by bulk_insert()
        t.kind = Value::Kind::Object;
        t.text = QStringLiteral("sa.table");
        t.node = call;
        return t;
    }
    if (batch && (name == QLatin1String("drop_table") || name == QLatin1String("rename_table")
                  || name == QLatin1String("bulk_insert")))
        fail(call, QStringLiteral("%1() is not available in a batch").arg(what));
    const bool handled = (!batch && callTableOp(name, args, call, what))
        || callColumnOp(name, args, call, batch, what) || callConstraintOp(name, args, call, batch, what)
        || callCommentOp(name, args, call, batch, what);
    if (!handled)
        fail(call, QStringLiteral("%1() is not supported without Python").arg(what));
    return noneAt(call);
}

std::optional<Value> Machine::callHelperOp(const QString &name, const Value &args, const Expr *call,
                                           const QString &what)
{
    if (name == QLatin1String("f")) {
        const BoundArgs a = bind(args, {{"name"}}, what, call);
        Value v = noneAt(call);
        v.kind = Value::Kind::String;
        v.text = toStr(a.get(QStringLiteral("name")), QStringLiteral("name"), call);
        v.flag = true;
        return v;
    }
    if (name == QLatin1String("get_bind") || name == QLatin1String("get_context")) {
        bind(args, {{}}, what, call);
        Value v = noneAt(call);
        v.kind = name == QLatin1String("get_bind") ? Value::Kind::Bind : Value::Kind::Context;
        return v;
    }
    if (name == QLatin1String("inline_literal")) {
        const BoundArgs a = bind(args, {{"value", "type_"}}, what, call);
        const Value *v = a.get(QStringLiteral("value"));
        if (!v || v->kind > Value::Kind::String)
            fail(call, QStringLiteral("%1() needs a literal value").arg(what));
        return *v;
    }
    return std::nullopt;
}

bool Machine::callTableOp(const QString &name, const Value &args, const Expr *call, const QString &what)
{
    const Python::SourceRange at = call->range;
    if (name == QLatin1String("drop_table")) {
        const BoundArgs a = bind(args, {{"table_name", "schema"}, false, true}, what, call);
        addOp(at, DropTable{tableOf(a, nullptr, call), schemaOf(a, nullptr, call), boolKeyword(a, "if_exists"),
                            toKeywordList(withoutKeys(a, {"if_exists"}))});
    } else if (name == QLatin1String("rename_table")) {
        const BoundArgs a = bind(args, {{"old_table_name", "new_table_name", "schema"}}, what, call);
        addOp(at, RenameTable{toStr(a.get(QStringLiteral("old_table_name")), QStringLiteral("old_table_name"), call),
                              toStr(a.get(QStringLiteral("new_table_name")), QStringLiteral("new_table_name"), call),
                              schemaOf(a, nullptr, call)});
    } else if (name == QLatin1String("execute")) {
        const BoundArgs a = bind(args, {{"sqltext", "execution_options"}}, what, call);
        const Value *sql = a.get(QStringLiteral("sqltext"));
        if (sql && sql->kind == Value::Kind::Object && sql->text == QLatin1String("sa.text") && sql->items.size() == 1
            && sql->kwargs.empty() && sql->items[0].isString())
            addOp(at, Execute{sql->items[0].text, true});
        else if (sql && sql->isString())
            addOp(at, Execute{sql->text, true});
        else
            fail(sql ? sql->node : call, QStringLiteral("%1() with a SQL expression needs Python").arg(what));
    } else if (name == QLatin1String("bulk_insert")) {
        opBulkInsert(bind(args, {{"table", "rows", "multiinsert"}}, what, call), call);
    } else {
        return false;
    }
    return true;
}

bool Machine::callColumnOp(const QString &name, const Value &args, const Expr *call, const Value *batch,
                           const QString &what)
{
    if (name == QLatin1String("add_column")) {
        const BoundArgs a = batch ? bind(args, {{"column", "insert_before", "insert_after", "if_not_exists"}}, what, call)
                                  : bind(args, {{"table_name", "column", "schema", "if_not_exists"}}, what, call);
        const Value *col = a.get(QStringLiteral("column"));
        if (!col)
            fail(call, QStringLiteral("%1() is missing 'column'").arg(what));
        addOp(call->range, AddColumn{tableOf(a, batch, call), schemaOf(a, batch, call), toColumn(*col),
                                     boolKeyword(a, "if_not_exists"),
                                     toOptStr(a.get(QStringLiteral("insert_before")), QStringLiteral("insert_before"), call),
                                     toOptStr(a.get(QStringLiteral("insert_after")), QStringLiteral("insert_after"), call)});
    } else if (name == QLatin1String("drop_column")) {
        const BoundArgs a = batch ? bind(args, {{"column_name"}, false, true}, what, call)
                                  : bind(args, {{"table_name", "column_name", "schema"}, false, true}, what, call);
        DropColumn d{tableOf(a, batch, call), schemaOf(a, batch, call),
                     toStr(a.get(QStringLiteral("column_name")), QStringLiteral("column_name"), call),
                     boolKeyword(a, "if_exists"), std::nullopt, {}};
        for (const auto &kv : a.extraKwargs)
            if (kv.first == QLatin1String("existing_type"))
                d.existingType = toType(*kv.second);
        d.kwargs = toKeywordList(withoutKeys(a, {"if_exists", "existing_type"}));
        addOp(call->range, std::move(d));
    } else if (name == QLatin1String("alter_column")) {
        opAlterColumn(batch ? bind(args, {{"column_name", "nullable", "comment", "server_default",
                                   "new_column_name", "type_", "existing_type", "existing_server_default",
                                   "existing_nullable", "existing_comment", "insert_before", "insert_after"},
                                   false, true}, what, call)
                            : bind(args, {{"table_name", "column_name", "nullable", "comment", "server_default",
                                   "new_column_name", "type_", "existing_type", "existing_server_default",
                                   "existing_nullable", "existing_comment", "schema"}, false, true}, what, call),
                      call, batch);
    } else {
        return false;
    }
    return true;
}

bool Machine::callConstraintOp(const QString &name, const Value &args, const Expr *call, const Value *batch,
                               const QString &what)
{
    if (name == QLatin1String("create_index")) {
        opCreateIndex(batch ? bind(args, {{"index_name", "columns"}, false, true}, what, call)
                            : bind(args, {{"index_name", "table_name", "columns", "schema", "unique"}, false, true},
                                   what, call), call, batch);
    } else if (name == QLatin1String("drop_index")) {
        opDropIndex(batch ? bind(args, {{"index_name"}, false, true}, what, call)
                          : bind(args, {{"index_name", "table_name", "schema"}, false, true}, what, call), call, batch);
    } else if (name == QLatin1String("create_foreign_key")) {
        opCreateForeignKey(batch ? bind(args, {{"constraint_name", "referent_table", "local_cols", "remote_cols",
                                        "referent_schema", "onupdate", "ondelete", "deferrable", "initially",
                                        "match"}, false, true}, what, call)
                                 : bind(args, {{"constraint_name", "source_table", "referent_table", "local_cols",
                                        "remote_cols", "onupdate", "ondelete", "deferrable", "initially", "match",
                                        "source_schema", "referent_schema"}, false, true}, what, call),
                           call, batch);
    } else if (name == QLatin1String("create_unique_constraint") || name == QLatin1String("create_primary_key")) {
        opConstraint(name, batch ? bind(args, {{"constraint_name", "columns"}, false, true}, what, call)
                                 : bind(args, {{"constraint_name", "table_name", "columns", "schema"}, false, true},
                                        what, call), call, batch);
    } else if (name == QLatin1String("create_check_constraint")) {
        opConstraint(name, batch ? bind(args, {{"constraint_name", "condition"}, false, true}, what, call)
                                 : bind(args, {{"constraint_name", "table_name", "condition", "schema"}, false, true},
                                        what, call), call, batch);
    } else if (name == QLatin1String("drop_constraint")) {
        const BoundArgs a = batch ? bind(args, {{"constraint_name", "type_", "if_exists"}}, what, call)
                                  : bind(args, {{"constraint_name", "table_name", "type_", "schema", "if_exists"}},
                                         what, call);
        addOp(call->range, DropConstraint{toName(a.get(QStringLiteral("constraint_name")), QStringLiteral("constraint_name"), call),
                                          tableOf(a, batch, call), schemaOf(a, batch, call),
                                          toOptStr(a.get(QStringLiteral("type_")), QStringLiteral("type_"), call),
                                          boolKeyword(a, "if_exists")});
    } else {
        return false;
    }
    return true;
}

bool Machine::callCommentOp(const QString &name, const Value &args, const Expr *call, const Value *batch,
                            const QString &what)
{
    if (name == QLatin1String("create_table_comment")) {
        const BoundArgs a = batch ? bind(args, {{"comment", "existing_comment"}}, what, call)
                                  : bind(args, {{"table_name", "comment", "existing_comment", "schema"}}, what, call);
        if (!a.get(QStringLiteral("comment")))
            fail(call, QStringLiteral("%1() is missing 'comment'").arg(what));
        addOp(call->range, CreateTableComment{tableOf(a, batch, call), schemaOf(a, batch, call),
                                              toOptStr(a.get(QStringLiteral("comment")), QStringLiteral("comment"), call),
                                              toOptStr(a.get(QStringLiteral("existing_comment")), QStringLiteral("existing_comment"), call)});
    } else if (name == QLatin1String("drop_table_comment")) {
        const BoundArgs a = batch ? bind(args, {{"existing_comment"}}, what, call)
                                  : bind(args, {{"table_name", "existing_comment", "schema"}}, what, call);
        addOp(call->range, DropTableComment{tableOf(a, batch, call), schemaOf(a, batch, call),
                                            toOptStr(a.get(QStringLiteral("existing_comment")), QStringLiteral("existing_comment"), call)});
    } else if (name == QLatin1String("execute") && batch) {
        return callTableOp(name, args, call, what);
    } else {
        return false;
    }
    return true;
}

} // namespace Retort::Core::Ops
