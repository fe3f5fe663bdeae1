// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/schemamodel.h"

#include <algorithm>

namespace Retort::Core::Ops {

using namespace Detail;

namespace {

bool sameSchema(const std::optional<QString> &a, const std::optional<QString> &b)
{
    return a.value_or(QString()) == b.value_or(QString());
}

ColumnSpec *findColumn(CreateTable &t, const QString &name)
{
    auto it = std::find_if(t.columns.begin(), t.columns.end(), [&](const ColumnSpec &c) { return c.name == name; });
    return it == t.columns.end() ? nullptr : &*it;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Applying operations.

class SchemaModel::Applier
{
public:
    Applier(SchemaModel &model, const QString &file) : m(model), m_file(file) {}
    void apply(const Operation &op);
    DiagnosticList diagnostics;

private:
    Entry *find(const QString &name, const std::optional<QString> &schema)
    {
        auto it = m.m_tables.find(key(name, schema));
        return it == m.m_tables.end() ? nullptr : &it.value();
    }
    Entry *need(const Operation &op, const QString &name, const std::optional<QString> &schema);
    void fail(const Operation &op, Entry *entry, const QString &message);
    void createTable(const Operation &op, const CreateTable &t);
    void renameTable(const Operation &op, const RenameTable &r);
    void addColumn(const Operation &op, const AddColumn &a);
    void dropColumn(const Operation &op, const DropColumn &d);
    void alterColumn(const Operation &op, const AlterColumn &a);
    void dropIndex(const Operation &op, const DropIndex &d);
    void addConstraint(const Operation &op, const QString &table, const std::optional<QString> &schema,
                       const ConstraintSpec &c);
    void dropConstraint(const Operation &op, const DropConstraint &d);
    void batch(const Operation &op, const BatchAlterTable &b);

    SchemaModel &m;
    QString m_file;
};

SchemaModel::Entry *SchemaModel::Applier::need(const Operation &op, const QString &name, const std::optional<QString> &schema)
{
    Entry *entry = find(name, schema);
    if (!entry)
        fail(op, nullptr, QStringLiteral("%1(): table '%2' is unknown").arg(operationName(op), qualifiedName(name, schema)));
    return entry;
}

void SchemaModel::Applier::fail(const Operation &op, Entry *entry, const QString &message)
{
    const Diagnostic d = modelError(message, op, m_file);
    diagnostics.append(d);
    if (entry && !entry->problem)
        entry->problem = d;
}

void SchemaModel::Applier::apply(const Operation &op)
{
    if (const auto *t = op.as<CreateTable>()) {
        createTable(op, *t);
    } else if (const auto *d = op.as<DropTable>()) {
        if (find(d->table, d->schema))
            m.m_tables.remove(key(d->table, d->schema));
        else if (!d->ifExists)
            need(op, d->table, d->schema);
    } else if (const auto *r = op.as<RenameTable>()) {
        renameTable(op, *r);
    } else if (const auto *a = op.as<AddColumn>()) {
        addColumn(op, *a);
    } else if (const auto *dc = op.as<DropColumn>()) {
        dropColumn(op, *dc);
    } else if (const auto *ac = op.as<AlterColumn>()) {
        alterColumn(op, *ac);
    } else if (const auto *ci = op.as<CreateIndex>()) {
        if (Entry *e = need(op, ci->index.table, ci->index.schema)) {
            auto &indexes = e->table.indexes;
            auto it = std::find_if(indexes.begin(), indexes.end(), [&](const IndexSpec &i) { return i.name.text == ci->index.name.text; });
            if (ci->index.name.isNull)
                fail(op, e, QStringLiteral("An index must have a name"));
            else if (it != indexes.end())
                fail(op, e, QStringLiteral("index '%1' already exists").arg(ci->index.name.text));
            else
                indexes.push_back(ci->index);
        }
    } else if (const auto *di = op.as<DropIndex>()) {
        dropIndex(op, *di);
    } else if (const auto *uq = op.as<CreateUniqueConstraint>()) {
        addConstraint(op, uq->table, uq->schema, uq->constraint);
    } else if (const auto *fk = op.as<CreateForeignKey>()) {
        addConstraint(op, fk->sourceTable, fk->sourceSchema, fk->constraint);
    } else if (const auto *ck = op.as<CreateCheckConstraint>()) {
        addConstraint(op, ck->table, ck->schema, ck->constraint);
    } else if (const auto *pk = op.as<CreatePrimaryKey>()) {
        addConstraint(op, pk->table, pk->schema, pk->constraint);
    } else if (const auto *drop = op.as<DropConstraint>()) {
        dropConstraint(op, *drop);
    } else if (const auto *tc = op.as<CreateTableComment>()) {
        if (Entry *e = need(op, tc->table, tc->schema))
            e->table.comment = tc->comment;
    } else if (const auto *dtc = op.as<DropTableComment>()) {
        if (Entry *e = need(op, dtc->table, dtc->schema))
            e->table.comment.reset();
    } else if (const auto *b = op.as<BatchAlterTable>()) {
        batch(op, *b);
    } else if (const auto *block = op.as<AutocommitBlock>()) {
        for (const Operation &inner : block->operations)
            apply(inner);
    }
    // Execute, BulkInsert, enum types and Irreversible change no table.
}

void SchemaModel::Applier::createTable(const Operation &op, const CreateTable &t)
{
    if (Entry *existing = find(t.table, t.schema)) {
        if (!t.ifNotExists)
            fail(op, existing, QStringLiteral("table '%1' already exists").arg(qualifiedName(t.table, t.schema)));
        return;
    }
    Entry entry{t, std::nullopt};
    entry.table.ifNotExists = false;
    normalizeTable(entry.table);
    m.m_tables.insert(key(t.table, t.schema), entry);
}

void SchemaModel::Applier::renameTable(const Operation &op, const RenameTable &r)
{
    Entry *e = need(op, r.oldName, r.schema);
    if (!e)
        return;
    if (Entry *clash = find(r.newName, r.schema)) {
        fail(op, clash, QStringLiteral("table '%1' already exists").arg(qualifiedName(r.newName, r.schema)));
        return;
    }
    Entry moved = *e;
    m.m_tables.remove(key(r.oldName, r.schema));
    moved.table.table = r.newName;
    for (IndexSpec &index : moved.table.indexes)
        index.table = r.newName;
    m.m_tables.insert(key(r.newName, r.schema), moved);
    // Foreign keys follow the table (SQLite >= 3.26 rewrites them; PostgreSQL refers by oid).
    for (Entry &other : m.m_tables)
        for (ConstraintSpec &c : other.table.constraints)
            if (auto *fk = std::get_if<ForeignKeySpec>(&c);
                fk && fk->referentTable == r.oldName && sameSchema(fk->referentSchema, r.schema))
                fk->referentTable = r.newName;
}

void SchemaModel::Applier::addColumn(const Operation &op, const AddColumn &a)
{
    Entry *e = need(op, a.table, a.schema);
    if (!e)
        return;
    if (findColumn(e->table, a.column.name)) {
        if (!a.ifNotExists)
            fail(op, e, QStringLiteral("column '%1' already exists in table '%2'").arg(a.column.name, a.table));
        return;
    }
    ColumnSpec c = a.column;
    absorbColumnFlags(e->table, c, e->table.constraints, e->table.indexes);
    e->table.columns.push_back(c);
    if (c.primaryKey) {
        PrimaryKeySpec pk;
        for (const ColumnSpec &col : e->table.columns)
            if (col.primaryKey)
                pk.columns << col.name;
        setPrimaryKey(e->table, pk);
    }
}

void SchemaModel::Applier::dropColumn(const Operation &op, const DropColumn &d)
{
    Entry *e = need(op, d.table, d.schema);
    if (!e)
        return;
    CreateTable &t = e->table;
    if (!findColumn(t, d.column)) {
        if (!d.ifExists)
            fail(op, e, QStringLiteral("no column '%1' in table '%2'").arg(d.column, qualifiedName(d.table, d.schema)));
        return;
    }
    t.columns.erase(std::remove_if(t.columns.begin(), t.columns.end(), [&](const ColumnSpec &c) { return c.name == d.column; }),
                    t.columns.end());
    // What depends on the column goes with it (PostgreSQL's rule; SQLite refuses the DROP instead).
    t.constraints.erase(std::remove_if(t.constraints.begin(), t.constraints.end(),
                                       [&](const ConstraintSpec &c) { return columnsOf(c).contains(d.column); }),
                        t.constraints.end());
    t.indexes.erase(std::remove_if(t.indexes.begin(), t.indexes.end(),
                                   [&](const IndexSpec &i) {
                                       return std::any_of(i.elements.begin(), i.elements.end(), [&](const IndexElement &el) {
                                           return !el.expression && el.column == d.column;
                                       });
                                   }),
                    t.indexes.end());
    const bool hasPk = std::any_of(t.constraints.begin(), t.constraints.end(),
                                   [](const ConstraintSpec &k) { return std::holds_alternative<PrimaryKeySpec>(k); });
    if (!hasPk)
        for (ColumnSpec &c : t.columns)
            c.primaryKey = false;
}

void SchemaModel::Applier::alterColumn(const Operation &op, const AlterColumn &a)
{
    Entry *e = need(op, a.table, a.schema);
    if (!e)
        return;
    ColumnSpec *c = findColumn(e->table, a.column);
    if (!c) {
        fail(op, e, QStringLiteral("no column '%1' in table '%2'").arg(a.column, qualifiedName(a.table, a.schema)));
        return;
    }
    if (a.nullable)
        c->nullable = *a.nullable;
    if (a.type)
        c->type = a.type;
    if (a.serverDefault.state == Change<SqlExpr>::State::Drop)
        c->serverDefault.reset();
    else if (a.serverDefault.isSet())
        c->serverDefault = a.serverDefault.value;
    if (a.comment.state == Change<QString>::State::Drop)
        c->comment.reset();
    else if (a.comment.isSet())
        c->comment = a.comment.value;
    if (a.autoincrement)
        c->autoincrement = *a.autoincrement ? QStringLiteral("true") : QStringLiteral("false");
    if (!a.newColumnName || *a.newColumnName == a.column)
        return;
    const QString &to = *a.newColumnName;
    c->name = to;
    for (ConstraintSpec &k : e->table.constraints)
        if (QStringList *cols = columnsOf(k))
            std::replace(cols->begin(), cols->end(), a.column, to);
    for (IndexSpec &index : e->table.indexes)
        for (IndexElement &el : index.elements)
            if (!el.expression && el.column == a.column)
                el.column = to;
    for (Entry &other : m.m_tables)
        for (ConstraintSpec &k : other.table.constraints)
            if (auto *fk = std::get_if<ForeignKeySpec>(&k);
                fk && fk->referentTable == a.table && sameSchema(fk->referentSchema, a.schema))
                std::replace(fk->remoteColumns.begin(), fk->remoteColumns.end(), a.column, to);
}

void SchemaModel::Applier::dropIndex(const Operation &op, const DropIndex &d)
{
    for (auto it = m.m_tables.begin(); it != m.m_tables.end(); ++it) {
        CreateTable &t = it->table;
        if ((d.table && t.table != *d.table) || !sameSchema(t.schema, d.schema))
            continue;
        auto found = std::find_if(t.indexes.begin(), t.indexes.end(), [&](const IndexSpec &i) { return i.name.text == d.name.text; });
        if (found != t.indexes.end()) {
            t.indexes.erase(found);
            return;
        }
    }
    if (!d.ifExists)
        fail(op, d.table ? find(*d.table, d.schema) : nullptr, QStringLiteral("No such index: '%1'").arg(d.name.text));
}

void SchemaModel::Applier::addConstraint(const Operation &op, const QString &table, const std::optional<QString> &schema,
                                         const ConstraintSpec &c)
{
    Entry *e = need(op, table, schema);
    if (!e)
        return;
    for (const QString &col : columnsOf(c)) {
        if (!findColumn(e->table, col)) {
            fail(op, e, QStringLiteral("no column '%1' in table '%2'").arg(col, qualifiedName(table, schema)));
            return;
        }
    }
    if (const auto *pk = std::get_if<PrimaryKeySpec>(&c)) {
        setPrimaryKey(e->table, *pk);
        return;
    }
    e->table.constraints.push_back(c);
}

void SchemaModel::Applier::dropConstraint(const Operation &op, const DropConstraint &d)
{
    Entry *e = need(op, d.table, d.schema);
    if (!e)
        return;
    auto &list = e->table.constraints;
    auto it = std::find_if(list.begin(), list.end(), [&](const ConstraintSpec &c) {
        return !nameOf(c).isNull && nameOf(c).text == d.name.text;
    });
    if (it == list.end()) {
        if (!d.ifExists)
            fail(op, e, QStringLiteral("No such constraint: '%1'").arg(d.name.text));
        return;
    }
    if (std::holds_alternative<PrimaryKeySpec>(*it))
        setPrimaryKey(e->table, std::nullopt);
    else
        list.erase(it);
}

void SchemaModel::Applier::batch(const Operation &op, const BatchAlterTable &b)
{
    if (!batchRecreates(b, m.m_dialect)) {
        for (const Operation &inner : b.operations)
            apply(inner);
        return;
    }
    Entry *e = find(b.table, b.schema);
    const auto plan = m.planRecreate(op, m_file);
    if (!plan) {
        diagnostics.append(plan.error());
        if (e && !e->problem)
            e->problem = plan.error();
    } else if (e) {
        e->table = plan.value().result;
    }
}

// ---------------------------------------------------------------------------------------

SchemaModel::SchemaModel(const QString &dialect)
    : m_dialect(dialect)
{
}

QString SchemaModel::key(const QString &name, const std::optional<QString> &schema)
{
    return schema.value_or(QString()) + QLatin1Char('\x1f') + name;
}

DiagnosticList SchemaModel::apply(const Operation &op, const QString &file)
{
    Applier applier(*this, file);
    applier.apply(op);
    return applier.diagnostics;
}

DiagnosticList SchemaModel::apply(const OperationList &ops)
{
    Applier applier(*this, ops.file);
    for (const Operation &op : ops.operations)
        applier.apply(op);
    return applier.diagnostics;
}

const CreateTable *SchemaModel::table(const QString &name, const std::optional<QString> &schema) const
{
    auto it = m_tables.constFind(key(name, schema));
    return it == m_tables.constEnd() ? nullptr : &it->table;
}

std::optional<Diagnostic> SchemaModel::tableProblem(const QString &name, const std::optional<QString> &schema) const
{
    auto it = m_tables.constFind(key(name, schema));
    return it == m_tables.constEnd() ? std::nullopt : it->problem;
}

QStringList SchemaModel::tableNames() const
{
    QStringList names;
    for (const Entry &e : m_tables)
        names << qualifiedName(e.table.table, e.table.schema);
    names.sort();
    return names;
}

} // namespace Retort::Core::Ops
