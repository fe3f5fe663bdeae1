// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/machine.h"

#include <algorithm>

namespace Retort::Core::Ops {

using Python::Expr;

namespace {

bool isDialectKwarg(const QString &key)
{
    static const char *const dialects[] = {"postgresql_", "sqlite_", "mysql_", "mariadb_", "mssql_", "oracle_"};
    return std::any_of(std::begin(dialects), std::end(dialects),
                       [&](const char *d) { return key.startsWith(QLatin1String(d)); });
}

} // namespace

ColumnSpec Machine::toColumn(const Value &v) const
{
    if (v.kind != Value::Kind::Object || v.text != QLatin1String("sa.Column"))
        fail(v.node, QStringLiteral("'%1' is not an sa.Column").arg(v.node ? sourceText(v.node->range) : QString()));
    ColumnSpec c;
    size_t i = 0;
    if (i < v.items.size() && v.items[i].isString())
        c.name = v.items[i++].text;
    if (i < v.items.size() && isType(v.items[i]))
        c.type = toType(v.items[i++]);
    for (; i < v.items.size(); ++i)
        applyColumnItem(c, v.items[i]);
    std::optional<bool> nullable;
    for (const auto &kv : v.kwargs)
        applyColumnKeyword(c, kv.first, kv.second, v, nullable);
    if (c.name.isEmpty())
        fail(v.node, QStringLiteral("an sa.Column() without a name needs Python"));
    c.nullableGiven = nullable.has_value();
    c.nullable = nullable.value_or(!c.primaryKey && !c.identity); // sa.Identity sets nullable=False if not given
    return c;
}

void Machine::applyColumnItem(ColumnSpec &c, const Value &item) const
{
    const QString kind = item.kind == Value::Kind::Object ? item.text : QString();
    if (kind == QLatin1String("sa.ForeignKey")) {
        c.foreignKeys.push_back(toColumnForeignKey(item));
    } else if (kind == QLatin1String("sa.Identity")) {
        const BoundArgs a = bind(item, {{"always", "on_null", "start", "increment", "minvalue", "maxvalue",
                                         "nominvalue", "nomaxvalue", "cycle", "cache", "order"}},
                                 QStringLiteral("sa.Identity"), item.node);
        IdentitySpec id;
        id.always = toBool(a.get(QStringLiteral("always")), false, QStringLiteral("always"));
        for (const auto &kv : item.kwargs)
            if (kv.first != QLatin1String("always"))
                id.options.push_back(KeywordLiteral{kv.first, toLiteral(kv.second)});
        c.identity = id;
    } else if (kind == QLatin1String("sa.Computed")) {
        const BoundArgs a = bind(item, {{"sqltext", "persisted"}}, QStringLiteral("sa.Computed"), item.node);
        const Value *sql = a.get(QStringLiteral("sqltext"));
        if (!sql)
            fail(item.node, QStringLiteral("sa.Computed() is missing 'sqltext'"));
        c.computed = ComputedSpec{toSqlExpr(*sql, true), toOptBool(a.get(QStringLiteral("persisted")), QStringLiteral("persisted"))};
    } else if (kind == QLatin1String("sa.CheckConstraint")) {
        c.checks.push_back(toCheck(item));
    } else if (item.kind == Value::Kind::Ref && canonical(item.text).isEmpty()) {
        c.type = toType(item); // fails, naming the unmapped application name
    } else {
        fail(item.node, QStringLiteral("'%1' in sa.Column() needs Python")
                            .arg(item.node ? sourceText(item.node->range) : QString()));
    }
}

void Machine::applyColumnKeyword(ColumnSpec &c, const QString &key, const Value &value, const Value &column,
                                 std::optional<bool> &nullable) const
{
    const QString &k = key;
    const Value *x = &value;
    if (k == QLatin1String("name"))
        c.name = toStr(x, k, column.node);
    else if (k == QLatin1String("type_"))
        c.type = toType(*x);
    else if (k == QLatin1String("nullable"))
        nullable = toOptBool(x, k);
    else if (k == QLatin1String("primary_key"))
        c.primaryKey = toBool(x, false, k);
    else if (k == QLatin1String("autoincrement"))
        c.autoincrement = x->kind == Value::Kind::Bool ? (x->flag ? QStringLiteral("true") : QStringLiteral("false"))
                                                       : toStr(x, k, column.node);
    else if (k == QLatin1String("server_default")) {
        if (!x->isNone())
            c.serverDefault = toSqlExpr(*x, false);
    } else if (k == QLatin1String("unique"))
        c.unique = toOptBool(x, k);
    else if (k == QLatin1String("index"))
        c.index = toOptBool(x, k);
    else if (k == QLatin1String("comment"))
        c.comment = toOptStr(x, k, column.node);
    else if (isDialectKwarg(k))
        c.dialectKwargs.push_back(KeywordLiteral{k, toLiteral(*x)});
    else if (k == QLatin1String("default"))
        c.clientDefault = !x->isNone();
    else if (k == QLatin1String("onupdate") || k == QLatin1String("doc")
             || k == QLatin1String("info") || k == QLatin1String("key") || k == QLatin1String("quote"))
        return; // client-side or Python-side only: no effect on DDL
    else
        fail(x->node, QStringLiteral("sa.Column(%1=...) is not supported without Python").arg(k));
}

ColumnForeignKey Machine::toColumnForeignKey(const Value &v) const
{
    const BoundArgs a = bind(v, {{"column", "_constraint", "use_alter", "name", "onupdate", "ondelete", "deferrable",
                                  "initially", "link_to_name", "match", "info"}, false, true},
                             QStringLiteral("sa.ForeignKey"), v.node);
    ColumnForeignKey fk;
    fk.target = toStr(a.get(QStringLiteral("column")), QStringLiteral("column"), v.node);
    fk.name = toName(a.get(QStringLiteral("name")), QStringLiteral("name"), v.node);
    fk.options.useAlter = toBool(a.get(QStringLiteral("use_alter")), false, QStringLiteral("use_alter"));
    fk.options.onUpdate = toOptStr(a.get(QStringLiteral("onupdate")), QStringLiteral("onupdate"), v.node);
    fk.options.onDelete = toOptStr(a.get(QStringLiteral("ondelete")), QStringLiteral("ondelete"), v.node);
    fk.options.deferrable = toOptBool(a.get(QStringLiteral("deferrable")), QStringLiteral("deferrable"));
    fk.options.initially = toOptStr(a.get(QStringLiteral("initially")), QStringLiteral("initially"), v.node);
    fk.options.match = toOptStr(a.get(QStringLiteral("match")), QStringLiteral("match"), v.node);
    return fk;
}

ForeignKeySpec Machine::toForeignKeyConstraint(const Value &v) const
{
    const BoundArgs a = bind(v, {{"columns", "refcolumns", "name", "onupdate", "ondelete", "deferrable", "initially",
                                  "use_alter", "link_to_name", "match", "table", "info"}, false, true},
                         QStringLiteral("sa.ForeignKeyConstraint"), v.node);
    ForeignKeySpec fk;
    fk.name = toName(a.get(QStringLiteral("name")), QStringLiteral("name"), v.node);
    fk.localColumns = toStrList(a.get(QStringLiteral("columns")), QStringLiteral("columns"), v.node);
    const QStringList refs = toStrList(a.get(QStringLiteral("refcolumns")), QStringLiteral("refcolumns"), v.node);
    for (const QString &r : refs) {
        const QStringList parts = r.split(QLatin1Char('.'));
        if (parts.size() < 2)
            fail(a.get(QStringLiteral("refcolumns"))->node, QStringLiteral("refcolumn '%1' names no table").arg(r));
        const QString table = parts[parts.size() - 2];
        const std::optional<QString> schema = parts.size() > 2
            ? std::optional<QString>(parts.mid(0, parts.size() - 2).join(QLatin1Char('.'))) : std::nullopt;
        if (!fk.remoteColumns.isEmpty() && (table != fk.referentTable || schema != fk.referentSchema))
            fail(a.get(QStringLiteral("refcolumns"))->node, QStringLiteral("refcolumns name several tables"));
        fk.referentTable = table;
        fk.referentSchema = schema;
        fk.remoteColumns << parts.last();
    }
    fk.options.onUpdate = toOptStr(a.get(QStringLiteral("onupdate")), QStringLiteral("onupdate"), v.node);
    fk.options.onDelete = toOptStr(a.get(QStringLiteral("ondelete")), QStringLiteral("ondelete"), v.node);
    fk.options.deferrable = toOptBool(a.get(QStringLiteral("deferrable")), QStringLiteral("deferrable"));
    fk.options.initially = toOptStr(a.get(QStringLiteral("initially")), QStringLiteral("initially"), v.node);
    fk.options.match = toOptStr(a.get(QStringLiteral("match")), QStringLiteral("match"), v.node);
    fk.options.useAlter = toBool(a.get(QStringLiteral("use_alter")), false, QStringLiteral("use_alter"));
    fk.dialectKwargs = toKeywordList(a.extraKwargs);
    return fk;
}

CheckSpec Machine::toCheck(const Value &v) const
{
    const BoundArgs a = bind(v, {{"sqltext", "name", "deferrable", "initially", "table", "info"}, false, true},
                             v.text, v.node);
    const Value *sql = a.get(QStringLiteral("sqltext"));
    if (!sql)
        fail(v.node, QStringLiteral("sa.CheckConstraint() is missing 'sqltext'"));
    if (const Value *table = a.get(QStringLiteral("table")); table && !table->isNone())
        fail(table->node, QStringLiteral("sa.CheckConstraint(table=...) needs Python"));
    return CheckSpec{toName(a.get(QStringLiteral("name")), QStringLiteral("name"), v.node), toSqlExpr(*sql, true),
                     toOptBool(a.get(QStringLiteral("deferrable")), QStringLiteral("deferrable")),
                     toOptStr(a.get(QStringLiteral("initially")), QStringLiteral("initially"), v.node)};
}

ConstraintSpec Machine::toConstraint(const Value &v) const
{
    const QString what = v.text;
    if (what == QLatin1String("sa.ForeignKeyConstraint"))
        return toForeignKeyConstraint(v);
    if (what == QLatin1String("sa.CheckConstraint"))
        return toCheck(v);
    const BoundArgs a = bind(v, {{}, true, true}, what, v.node);
    QStringList columns;
    for (const Value *c : a.extraArgs)
        columns << toStr(c, QStringLiteral("column"), v.node);
    ObjectName name;
    std::optional<bool> deferrable;
    std::optional<QString> initially;
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("name"))
            name = toName(kv.second, kv.first, v.node);
        else if (kv.first == QLatin1String("deferrable"))
            deferrable = toOptBool(kv.second, kv.first);
        else if (kv.first == QLatin1String("initially"))
            initially = toOptStr(kv.second, kv.first, v.node);
        else if (isDialectKwarg(kv.first))
            rest.push_back(kv);
        else
            fail(kv.second->node, QStringLiteral("%1(%2=...) is not supported without Python").arg(what, kv.first));
    }
    if (what == QLatin1String("sa.PrimaryKeyConstraint"))
        return PrimaryKeySpec{name, columns, deferrable, initially};
    return UniqueSpec{name, columns, deferrable, initially, toKeywordList(rest)};
}

IndexSpec Machine::toIndex(const Value &v) const
{
    const BoundArgs a = bind(v, {{"name"}, true, true}, QStringLiteral("sa.Index"), v.node);
    IndexSpec index;
    index.name = toName(a.get(QStringLiteral("name")), QStringLiteral("name"), v.node);
    for (const Value *e : a.extraArgs) {
        if (e->isString())
            index.elements.push_back(IndexElement{e->text, std::nullopt});
        else
            index.elements.push_back(IndexElement{QString(), toSqlExpr(*e, true)});
    }
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : a.extraKwargs) {
        if (kv.first == QLatin1String("unique"))
            index.unique = toBool(kv.second, false, kv.first);
        else if (kv.first != QLatin1String("quote") && kv.first != QLatin1String("info"))
            rest.push_back(kv);
    }
    applyIndexKwargs(index, rest, QStringLiteral("sa.Index"));
    return index;
}

void Machine::applyIndexKwargs(IndexSpec &index, const std::vector<std::pair<QString, const Value *>> &kw,
                               const QString &what) const
{
    std::vector<std::pair<QString, const Value *>> rest;
    for (const auto &kv : kw) {
        const QString &k = kv.first;
        const Value *x = kv.second;
        if (k == QLatin1String("postgresql_where")) {
            if (!x->isNone())
                index.postgresqlWhere = toSqlExpr(*x, true);
        } else if (k == QLatin1String("sqlite_where")) {
            if (!x->isNone())
                index.sqliteWhere = toSqlExpr(*x, true);
        } else if (k == QLatin1String("postgresql_using")) {
            index.postgresqlUsing = toOptStr(x, k, x->node);
        } else if (k == QLatin1String("postgresql_include")) {
            index.postgresqlInclude = toStrList(x, k, x->node);
        } else if (k == QLatin1String("postgresql_concurrently")) {
            index.postgresqlConcurrently = toBool(x, false, k);
        } else if (k == QLatin1String("unique")) {
            index.unique = toBool(x, false, k);
        } else if (k == QLatin1String("if_not_exists")) {
            index.ifNotExists = toBool(x, false, k);
        } else if (isDialectKwarg(k)) {
            rest.push_back(kv);
        } else {
            fail(x->node, QStringLiteral("%1(%2=...) is not supported without Python").arg(what, k));
        }
    }
    index.dialectKwargs = toKeywordList(rest);
}

} // namespace Retort::Core::Ops
