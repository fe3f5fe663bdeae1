// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/machine.h"

namespace Retort::Core::Ops {

using Python::Expr;

void Machine::opCreateTable(const BoundArgs &a, const Expr *call)
{
    CreateTable t;
    t.table = toStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
    for (const Value *item : a.extraArgs) {
        if (item->kind == Value::Kind::Object && item->text == QLatin1String("sa.Column"))
            t.columns.push_back(toColumn(*item));
        else if (item->kind == Value::Kind::Object && item->text == QLatin1String("sa.Index"))
            t.indexes.push_back(toIndex(*item));
        else if (isConstraintObject(*item))
            t.constraints.push_back(toConstraint(*item));
        else
            fail(item->node, QStringLiteral("'%1' in create_table() needs Python")
                                 .arg(item->node ? sourceText(item->node->range) : QString()));
    }
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("schema"))
            t.schema = toOptStr(kv.second, kv.first, call);
        else if (kv.first == QLatin1String("comment"))
            t.comment = toOptStr(kv.second, kv.first, call);
        else if (kv.first == QLatin1String("if_not_exists"))
            t.ifNotExists = toBool(kv.second, false, kv.first);
        else
            rest.push_back(kv);
    }
    t.kwargs = toKeywordList(rest);
    addOp(call->range, std::move(t));
}

void Machine::opAlterColumn(const BoundArgs &a, const Expr *call, const Value *batch)
{
    AlterColumn c;
    c.table = batch ? batch->text : toStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
    c.schema = batch ? toOptStr(&batch->items[0], QStringLiteral("schema"), call)
                     : toOptStr(a.get(QStringLiteral("schema")), QStringLiteral("schema"), call);
    c.column = toStr(a.get(QStringLiteral("column_name")), QStringLiteral("column_name"), call);
    c.nullable = toOptBool(a.get(QStringLiteral("nullable")), QStringLiteral("nullable"));
    auto defaultChange = [&](const QString &key) {
        Change<SqlExpr> ch;
        const Value *v = a.get(key);
        if (!v || (v->kind == Value::Kind::Bool && !v->flag))
            return ch;
        if (v->isNone()) {
            ch.state = Change<SqlExpr>::State::Drop;
            return ch;
        }
        ch.state = Change<SqlExpr>::State::Set;
        ch.value = toSqlExpr(*v, false);
        return ch;
    };
    c.serverDefault = defaultChange(QStringLiteral("server_default"));
    c.existingServerDefault = defaultChange(QStringLiteral("existing_server_default"));
    if (const Value *v = a.get(QStringLiteral("comment")); v && !(v->kind == Value::Kind::Bool && !v->flag)) {
        c.comment.state = v->isNone() ? Change<QString>::State::Drop : Change<QString>::State::Set;
        if (!v->isNone())
            c.comment.value = toStr(v, QStringLiteral("comment"), call);
    }
    c.newColumnName = toOptStr(a.get(QStringLiteral("new_column_name")), QStringLiteral("new_column_name"), call);
    if (const Value *v = a.get(QStringLiteral("type_")); v && !v->isNone())
        c.type = toType(*v);
    if (const Value *v = a.get(QStringLiteral("existing_type")); v && !v->isNone())
        c.existingType = toType(*v);
    c.existingNullable = toOptBool(a.get(QStringLiteral("existing_nullable")), QStringLiteral("existing_nullable"));
    c.existingComment = toOptStr(a.get(QStringLiteral("existing_comment")), QStringLiteral("existing_comment"), call);
    c.insertBefore = toOptStr(a.get(QStringLiteral("insert_before")), QStringLiteral("insert_before"), call);
    c.insertAfter = toOptStr(a.get(QStringLiteral("insert_after")), QStringLiteral("insert_after"), call);
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("postgresql_using"))
            c.postgresqlUsing = toOptStr(kv.second, kv.first, call);
        else if (kv.first == QLatin1String("autoincrement"))
            c.autoincrement = toOptBool(kv.second, kv.first);
        else if (kv.first == QLatin1String("existing_autoincrement"))
            c.existingAutoincrement = toOptBool(kv.second, kv.first);
        else
            rest.push_back(kv);
    }
    c.kwargs = toKeywordList(rest);
    addOp(call->range, std::move(c));
}

void Machine::opCreateIndex(const BoundArgs &a, const Expr *call, const Value *batch)
{
    IndexSpec index;
    index.name = toName(a.get(QStringLiteral("index_name")), QStringLiteral("index_name"), call);
    index.table = batch ? batch->text
                        : toStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
    index.schema = batch ? toOptStr(&batch->items[0], QStringLiteral("schema"), call)
                         : toOptStr(a.get(QStringLiteral("schema")), QStringLiteral("schema"), call);
    const Value *cols = a.get(QStringLiteral("columns"));
    if (!cols)
        fail(call, QStringLiteral("create_index() is missing 'columns'"));
    std::vector<Value> items = cols->isSequence() ? cols->items : std::vector<Value>{*cols};
    for (const Value &c : items) {
        if (c.isString())
            index.elements.push_back(IndexElement{c.text, std::nullopt});
        else
            index.elements.push_back(IndexElement{QString(), toSqlExpr(c, true)});
    }
    index.unique = toBool(a.get(QStringLiteral("unique")), false, QStringLiteral("unique"));
    applyIndexKwargs(index, a.extraKwargs, QStringLiteral("create_index"));
    addOp(call->range, CreateIndex{std::move(index)});
}

void Machine::opDropIndex(const BoundArgs &a, const Expr *call, const Value *batch)
{
    DropIndex d;
    d.name = toName(a.get(QStringLiteral("index_name")), QStringLiteral("index_name"), call);
    d.table = batch ? std::optional<QString>(batch->text)
                    : toOptStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
    d.schema = batch ? toOptStr(&batch->items[0], QStringLiteral("schema"), call)
                     : toOptStr(a.get(QStringLiteral("schema")), QStringLiteral("schema"), call);
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("if_exists"))
            d.ifExists = toBool(kv.second, false, kv.first);
        else if (kv.first == QLatin1String("postgresql_concurrently"))
            d.postgresqlConcurrently = toBool(kv.second, false, kv.first);
        else if (kv.first == QLatin1String("table_name") && batch)
            fail(kv.second->node, QStringLiteral("batch_op.drop_index() takes no table_name"));
        else
            rest.push_back(kv);
    }
    d.kwargs = toKeywordList(rest);
    addOp(call->range, std::move(d));
}

void Machine::opCreateForeignKey(const BoundArgs &a, const Expr *call, const Value *batch)
{
    CreateForeignKey fk;
    fk.sourceTable = batch ? batch->text
                           : toStr(a.get(QStringLiteral("source_table")), QStringLiteral("source_table"), call);
    fk.sourceSchema = batch ? toOptStr(&batch->items[0], QStringLiteral("schema"), call)
                            : toOptStr(a.get(QStringLiteral("source_schema")), QStringLiteral("source_schema"), call);
    ForeignKeySpec &c = fk.constraint;
    c.name = toName(a.get(QStringLiteral("constraint_name")), QStringLiteral("constraint_name"), call);
    c.referentTable = toStr(a.get(QStringLiteral("referent_table")), QStringLiteral("referent_table"), call);
    c.referentSchema = toOptStr(a.get(QStringLiteral("referent_schema")), QStringLiteral("referent_schema"), call);
    c.localColumns = toStrList(a.get(QStringLiteral("local_cols")), QStringLiteral("local_cols"), call);
    c.remoteColumns = toStrList(a.get(QStringLiteral("remote_cols")), QStringLiteral("remote_cols"), call);
    c.options.onUpdate = toOptStr(a.get(QStringLiteral("onupdate")), QStringLiteral("onupdate"), call);
    c.options.onDelete = toOptStr(a.get(QStringLiteral("ondelete")), QStringLiteral("ondelete"), call);
    c.options.deferrable = toOptBool(a.get(QStringLiteral("deferrable")), QStringLiteral("deferrable"));
    c.options.initially = toOptStr(a.get(QStringLiteral("initially")), QStringLiteral("initially"), call);
    c.options.match = toOptStr(a.get(QStringLiteral("match")), QStringLiteral("match"), call);
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("use_alter"))
            c.options.useAlter = toBool(kv.second, false, kv.first);
        else
            rest.push_back(kv);
    }
    c.dialectKwargs = toKeywordList(rest);
    addOp(call->range, std::move(fk));
}

void Machine::opConstraint(const QString &name, const BoundArgs &a, const Expr *call, const Value *batch)
{
    const QString table = batch ? batch->text
                                : toStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
    const std::optional<QString> schema = batch ? toOptStr(&batch->items[0], QStringLiteral("schema"), call)
                                                : toOptStr(a.get(QStringLiteral("schema")), QStringLiteral("schema"), call);
    const ObjectName cname = toName(a.get(QStringLiteral("constraint_name")), QStringLiteral("constraint_name"), call);
    std::optional<bool> deferrable;
    std::optional<QString> initially;
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("deferrable"))
            deferrable = toOptBool(kv.second, kv.first);
        else if (kv.first == QLatin1String("initially"))
            initially = toOptStr(kv.second, kv.first, call);
        else
            rest.push_back(kv);
    }
    if (name == QLatin1String("create_check_constraint")) {
        const Value *cond = a.get(QStringLiteral("condition"));
        if (!cond)
            fail(call, QStringLiteral("create_check_constraint() is missing 'condition'"));
        addOp(call->range, CreateCheckConstraint{table, schema, CheckSpec{cname, toSqlExpr(*cond, true), deferrable, initially}});
        return;
    }
    const QStringList cols = toStrList(a.get(QStringLiteral("columns")), QStringLiteral("columns"), call);
    if (name == QLatin1String("create_primary_key")) {
        if (!rest.empty())
            fail(rest.front().second->node, QStringLiteral("create_primary_key() got an unexpected keyword argument '%1'").arg(rest.front().first));
        addOp(call->range, CreatePrimaryKey{table, schema, PrimaryKeySpec{cname, cols, deferrable, initially}});
        return;
    }
    addOp(call->range, CreateUniqueConstraint{table, schema, UniqueSpec{cname, cols, deferrable, initially, toKeywordList(rest)}});
}

void Machine::opBulkInsert(const BoundArgs &a, const Expr *call)
{
    const Value *table = a.get(QStringLiteral("table"));
    const Value *rows = a.get(QStringLiteral("rows"));
    if (!table || table->kind != Value::Kind::Object
        || (table->text != QLatin1String("sa.table") && table->text != QLatin1String("sa.Table")))
        fail(table ? table->node : call, QStringLiteral("bulk_insert() needs a table built with sa.table() or op.create_table()"));
    if (!rows || rows->kind != Value::Kind::List)
        fail(rows ? rows->node : call, QStringLiteral("bulk_insert() rows must be a literal list"));
    BulkInsert b;
    if (table->items.empty())
        fail(table->node, QStringLiteral("bulk_insert() table has no name"));
    b.table = toStr(&table->items[0], QStringLiteral("table name"), call);
    if (const Value *s = table->kwarg(QStringLiteral("schema")))
        b.schema = toOptStr(s, QStringLiteral("schema"), call);
    for (size_t i = 1; i < table->items.size(); ++i) {
        const Value &c = table->items[i];
        if (c.kind == Value::Kind::Object && (c.text == QLatin1String("sa.column") || c.text == QLatin1String("sa.Column"))
            && !c.items.empty() && c.items[0].isString()) {
            BulkInsertColumn col{c.items[0].text, std::nullopt};
            const Value *type = c.items.size() > 1 ? &c.items[1] : c.kwarg(QStringLiteral("type_"));
            if (type && isType(*type))
                col.type = toType(*type);
            b.columns.push_back(std::move(col));
        } else if (!isConstraintObject(c) && !(c.kind == Value::Kind::Object && c.text == QLatin1String("sa.Index"))) {
            fail(c.node, QStringLiteral("this table element needs Python"));
        }
    }
    for (const Value &row : rows->items) {
        if (row.kind != Value::Kind::Dict)
            fail(row.node, QStringLiteral("bulk_insert() rows must be literal dictionaries"));
        KeywordList cells;
        for (size_t i = 0; i < row.items.size(); ++i)
            cells.push_back(KeywordLiteral{row.keys[i], toLiteral(row.items[i])});
        b.rows.push_back(std::move(cells));
    }
    b.multiInsert = toBool(a.get(QStringLiteral("multiinsert")), true, QStringLiteral("multiinsert"));
    addOp(call->range, std::move(b));
}

void Machine::opEnumType(const Value &type, bool create, const Value &args, const Expr *call)
{
    const BoundArgs a = bind(args, {{"bind", "checkfirst"}}, create ? QStringLiteral("create") : QStringLiteral("drop"), call);
    const Value *bindArg = a.get(QStringLiteral("bind"));
    if (!bindArg || bindArg->kind != Value::Kind::Bind)
        fail(call, QStringLiteral("%1() needs op.get_bind() as its bind").arg(sourceText(call->child(0)->range)));
    const bool checkFirst = toBool(a.get(QStringLiteral("checkfirst")), true, QStringLiteral("checkfirst"));
    const TypeSpec spec = toType(type);
    const Value *nameV = type.kwarg(QStringLiteral("name"));
    const QString name = toStr(nameV, QStringLiteral("name"), type.node);
    const std::optional<QString> schema = toOptStr(type.kwarg(QStringLiteral("schema")), QStringLiteral("schema"), type.node);
    if (!create) {
        addOp(call->range, DropEnumType{spec, name, schema, checkFirst});
        return;
    }
    QStringList values;
    for (const Value &v : type.items)
        values << toStr(&v, QStringLiteral("enum value"), type.node);
    addOp(call->range, CreateEnumType{spec, name, schema, values, checkFirst});
}

void Machine::execBatch(const Python::Stmt *s, const Value &args, const Expr *call)
{
    const BoundArgs a = bind(args, {{"table_name", "schema", "recreate", "partial_reordering", "copy_from",
                                     "table_args", "table_kwargs", "reflect_args", "reflect_kwargs",
                                     "naming_convention"}}, QStringLiteral("op.batch_alter_table"), call);
    if (const Value *v = a.get(QStringLiteral("copy_from")); v && !v->isNone())
        fail(v->node, QStringLiteral("batch_alter_table(copy_from=...) needs Python"));
    for (const char *k : {"reflect_args", "reflect_kwargs"}) {
        const Value *v = a.get(QLatin1String(k));
        if (v && !((v->isSequence() || v->kind == Value::Kind::Dict) && v->items.empty()))
            fail(v->node, QStringLiteral("batch_alter_table(%1=...) needs Python").arg(QLatin1String(k)));
    }
    BatchAlterTable batch;
    batch.table = toStr(a.get(QStringLiteral("table_name")), QStringLiteral("table_name"), call);
    batch.schema = toOptStr(a.get(QStringLiteral("schema")), QStringLiteral("schema"), call);
    if (const Value *v = a.get(QStringLiteral("recreate")))
        batch.recreate = toStr(v, QStringLiteral("recreate"), call);
    if (const Value *v = a.get(QStringLiteral("table_args"))) {
        if (!v->isSequence())
            fail(v->node, QStringLiteral("batch_alter_table(table_args=...) must be a literal tuple"));
        for (const Value &item : v->items) {
            if (item.kind == Value::Kind::Object && item.text == QLatin1String("sa.Index"))
                batch.tableArgIndexes.push_back(toIndex(item));
            else if (isConstraintObject(item))
                batch.tableArgs.push_back(toConstraint(item));
            else
                fail(item.node, QStringLiteral("this batch table argument needs Python"));
        }
    }
    if (const Value *v = a.get(QStringLiteral("table_kwargs"))) {
        if (v->kind != Value::Kind::Dict)
            fail(v->node, QStringLiteral("batch_alter_table(table_kwargs=...) must be a literal dict"));
        for (size_t i = 0; i < v->items.size(); ++i)
            batch.tableKwargs.push_back(KeywordLiteral{v->keys[i], toLiteral(v->items[i])});
    }
    if (const Value *v = a.get(QStringLiteral("naming_convention")); v && !v->isNone()) {
        if (v->kind != Value::Kind::Dict)
            fail(v->node, QStringLiteral("batch_alter_table(naming_convention=...) must be a literal dict"));
        for (size_t i = 0; i < v->items.size(); ++i)
            batch.namingConvention.emplace_back(v->keys[i], toStr(&v->items[i], QStringLiteral("naming_convention"), call));
    }
    if (const Value *v = a.get(QStringLiteral("partial_reordering")); v && !v->isNone()) {
        QStringList flat;
        for (const Value &group : v->items)
            flat += toStrList(&group, QStringLiteral("partial_reordering"), call);
        batch.partialReordering = flat;
    }
    Value handle;
    handle.kind = Value::Kind::Batch;
    handle.text = batch.table;
    handle.items.push_back(a.get(QStringLiteral("schema")) ? *a.get(QStringLiteral("schema")) : Value{});
    const Python::WithItem &item = s->items.front();
    if (item.target)
        assign(item.target, handle);
    m_out.push_back(&batch.operations);
    execBlock(s->body);
    m_out.pop_back();
    addOp(s->range, std::move(batch));
}

} // namespace Retort::Core::Ops
