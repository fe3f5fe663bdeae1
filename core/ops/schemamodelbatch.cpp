// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The normal form of a modelled table, and Alembic's batch move and copy on it.
#include "core/ops/schemamodel.h"

#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace Retort::Core::Ops {

namespace {

//! SQLAlchemy's `ix_%(column_0_label)s` for a column `index=True`.
IndexSpec columnIndex(const QString &table, const std::optional<QString> &schema, const ColumnSpec &c)
{
    IndexSpec index;
    const QString prefix = schema && !schema->isEmpty() ? *schema + QLatin1Char('_') : QString();
    index.name = ObjectName::named(QStringLiteral("ix_") + prefix + table + QLatin1Char('_') + c.name, true);
    index.table = table;
    index.schema = schema;
    index.elements.push_back(IndexElement{c.name, std::nullopt});
    index.unique = c.unique.value_or(false);
    return index;
}

//! True for sa.Boolean / sa.Enum with create_constraint=True (a type-bound CHECK).
bool hasTypeBoundCheck(const std::optional<TypeSpec> &type)
{
    if (!type || (type->name != QLatin1String("Boolean") && type->name != QLatin1String("Enum")))
        return false;
    const Literal *v = type->kwarg(QStringLiteral("create_constraint"));
    return v && v->kind == Literal::Kind::Bool && v->boolValue;
}

//! The `name=` of a Boolean/Enum existing_type (Alembic pops a named constraint of that name).
QString typeConstraintName(const std::optional<TypeSpec> &type)
{
    if (!type || (type->name != QLatin1String("Boolean") && type->name != QLatin1String("Enum")
                  && type->name != QLatin1String("ENUM")))
        return {};
    const Literal *v = type->kwarg(QStringLiteral("name"));
    return v && v->kind == Literal::Kind::String ? v->text : QString();
}

} // namespace

namespace Detail {

ObjectName &nameOf(ConstraintSpec &c)
{
    return std::visit([](auto &spec) -> ObjectName & { return spec.name; }, c);
}

const ObjectName &nameOf(const ConstraintSpec &c)
{
    return std::visit([](const auto &spec) -> const ObjectName & { return spec.name; }, c);
}

//! The columns a constraint is made of (none for a CHECK: its text is opaque).
QStringList *columnsOf(ConstraintSpec &c)
{
    if (auto *pk = std::get_if<PrimaryKeySpec>(&c))
        return &pk->columns;
    if (auto *uq = std::get_if<UniqueSpec>(&c))
        return &uq->columns;
    if (auto *fk = std::get_if<ForeignKeySpec>(&c))
        return &fk->localColumns;
    return nullptr;
}

QStringList columnsOf(const ConstraintSpec &c)
{
    ConstraintSpec copy = c;
    const QStringList *cols = columnsOf(copy);
    return cols ? *cols : QStringList();
}

//! Moves a column's unique/ForeignKey/index flags to table constraints and indexes.
void absorbColumnFlags(CreateTable &t, ColumnSpec &c, std::vector<ConstraintSpec> &constraints,
                       std::vector<IndexSpec> &indexes)
{
    if (c.index.value_or(false))
        indexes.push_back(columnIndex(t.table, t.schema, c));
    else if (c.unique.value_or(false))
        constraints.push_back(UniqueSpec{ObjectName{}, QStringList{c.name}, std::nullopt, std::nullopt, {}});
    for (const ColumnForeignKey &fk : c.foreignKeys)
        constraints.push_back(columnForeignKey(c, fk));
    c.unique.reset();
    c.index.reset();
    c.foreignKeys.clear();
}

/*! Makes \a pk the table's primary key: flags on exactly its columns, NOT NULL where
    nullable was not given (SQLAlchemy's PrimaryKeyConstraint._set_parent). */
void setPrimaryKey(CreateTable &t, const std::optional<PrimaryKeySpec> &pk)
{
    t.constraints.erase(std::remove_if(t.constraints.begin(), t.constraints.end(),
                                       [](const ConstraintSpec &c) { return std::holds_alternative<PrimaryKeySpec>(c); }),
                        t.constraints.end());
    for (ColumnSpec &c : t.columns) {
        c.primaryKey = pk && pk->columns.contains(c.name);
        if (c.primaryKey && !c.nullableGiven)
            c.nullable = false;
    }
    if (pk && !pk->columns.isEmpty())
        t.constraints.insert(t.constraints.begin(), *pk);
}

//! The normal form described in the class comment.
void normalizeTable(CreateTable &t)
{
    std::optional<PrimaryKeySpec> pk;
    for (const ConstraintSpec &c : t.constraints)
        if (const auto *p = std::get_if<PrimaryKeySpec>(&c))
            pk = *p;
    for (const ColumnSpec &c : t.columns) {
        if (c.primaryKey && !(pk && pk->columns.contains(c.name))) {
            if (!pk)
                pk = PrimaryKeySpec{};
            pk->columns << c.name;
        }
    }
    for (IndexSpec &index : t.indexes) {
        if (index.table.isEmpty()) {
            index.table = t.table;
            index.schema = t.schema;
        }
    }
    std::vector<ConstraintSpec> constraints;
    std::vector<IndexSpec> indexes;
    for (ColumnSpec &c : t.columns)
        absorbColumnFlags(t, c, constraints, indexes);
    t.constraints.insert(t.constraints.end(), constraints.begin(), constraints.end());
    t.indexes.insert(t.indexes.end(), indexes.begin(), indexes.end());
    setPrimaryKey(t, pk);
}

Diagnostic modelError(const QString &message, const Operation &op, const QString &file)
{
    return Diagnostic::error(QStringLiteral("schema-model"), message, SourceLocation{file, op.range.line, op.range.column});
}

QString qualifiedName(const QString &name, const std::optional<QString> &schema)
{
    return schema && !schema->isEmpty() ? *schema + QLatin1Char('.') + name : name;
}

} // namespace Detail

using namespace Detail;

// ---------------------------------------------------------------------------------------
// The move and copy (ApplyBatchImpl): a replay of its bookkeeping on value types.

namespace {

class BatchPlanner
{
public:
    BatchPlanner(const CreateTable &before, const BatchAlterTable &batch, const QString &file);
    std::optional<Diagnostic> run(const Operation &batchOp);
    BatchRecreate finish();

private:
    struct Column
    {
        QString key; //!< the name in the old table (Alembic keeps it as the key across a rename)
        ColumnSpec spec;
        bool added = false;
        bool transfer = true;
        std::vector<TypeSpec> casts;
        bool castUnknown = false;
    };
    struct Held
    {
        ConstraintSpec constraint;
        bool original = false; //!< the old table's primary key: a dropped column leaves it
    };

    std::optional<QString> step(const Operation &op);
    std::optional<QString> addColumn(const AddColumn &a);
    std::optional<QString> placeColumn(const QString &name, std::optional<QString> before, std::optional<QString> after);
    std::optional<QString> dropColumn(const DropColumn &d);
    std::optional<QString> alterColumn(const AlterColumn &a);
    std::optional<QString> addConstraint(const ConstraintSpec &c);
    std::optional<QString> dropConstraint(const DropConstraint &d);
    std::optional<QString> reorder();
    std::optional<QString> gatherIndexes();
    std::vector<ConstraintSpec> copiedConstraints() const;
    CreateTable temporaryTable(std::vector<BatchRecreate::Transfer> &transfers) const;
    Column *column(const QString &key);
    QString newName(const QString &key) const;
    static Held *findNamed(std::vector<Held> &list, const QString &name);

    const CreateTable &m_before;
    const BatchAlterTable &m_batch;
    QString m_file;
    std::vector<Column> m_columns;
    QStringList m_existing;
    std::vector<std::pair<QString, QString>> m_addOrder;
    std::vector<Held> m_named;
    std::vector<Held> m_unnamed;
    std::vector<IndexSpec> m_indexes;
    std::vector<IndexSpec> m_newIndexes;
    std::vector<IndexSpec> m_after; //!< _gather_indexes_from_both_tables()
    std::optional<QString> m_comment;
};

BatchPlanner::BatchPlanner(const CreateTable &before, const BatchAlterTable &batch, const QString &file)
    : m_before(before)
    , m_batch(batch)
    , m_file(file)
    , m_indexes(before.indexes)
    , m_comment(before.comment)
{
    for (const ColumnSpec &c : before.columns) {
        m_columns.push_back(Column{c.name, c, false, true, {}, false});
        m_existing << c.name;
    }
    for (const ConstraintSpec &c : before.constraints) {
        Held held{c, std::holds_alternative<PrimaryKeySpec>(c)};
        (nameOf(c).isNull ? m_unnamed : m_named).push_back(held);
    }
}

BatchPlanner::Column *BatchPlanner::column(const QString &key)
{
    auto it = std::find_if(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.key == key; });
    return it == m_columns.end() ? nullptr : &*it;
}

QString BatchPlanner::newName(const QString &key) const
{
    for (const Column &c : m_columns)
        if (c.key == key)
            return c.spec.name;
    return key;
}

BatchPlanner::Held *BatchPlanner::findNamed(std::vector<Held> &list, const QString &name)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const Held &h) { return nameOf(h.constraint).text == name; });
    return it == list.end() ? nullptr : &*it;
}

std::optional<Diagnostic> BatchPlanner::run(const Operation &batchOp)
{
    for (const Operation &op : m_batch.operations) {
        if (auto error = step(op))
            return modelError(*error, op, m_file);
    }
    if (auto error = reorder())
        return modelError(*error, batchOp, m_file);
    if (auto error = gatherIndexes())
        return modelError(*error, batchOp, m_file);
    return std::nullopt;
}

std::optional<QString> BatchPlanner::step(const Operation &op)
{
    if (const auto *a = op.as<AddColumn>())
        return addColumn(*a);
    if (const auto *d = op.as<DropColumn>())
        return dropColumn(*d);
    if (const auto *a = op.as<AlterColumn>())
        return alterColumn(*a);
    if (const auto *ci = op.as<CreateIndex>()) {
        if (ci->index.name.isNull)
            return QStringLiteral("An index must have a name");
        auto it = std::find_if(m_newIndexes.begin(), m_newIndexes.end(),
                               [&](const IndexSpec &i) { return i.name.text == ci->index.name.text; });
        if (it != m_newIndexes.end())
            *it = ci->index;
        else
            m_newIndexes.push_back(ci->index);
        return std::nullopt;
    }
    if (const auto *di = op.as<DropIndex>()) {
        auto it = std::find_if(m_indexes.begin(), m_indexes.end(),
                               [&](const IndexSpec &i) { return i.name.text == di->name.text; });
        if (it == m_indexes.end())
            return QStringLiteral("No such index: '%1'").arg(di->name.text);
        m_indexes.erase(it);
        return std::nullopt;
    }
    if (const auto *uq = op.as<CreateUniqueConstraint>())
        return addConstraint(uq->constraint);
    if (const auto *fk = op.as<CreateForeignKey>())
        return addConstraint(fk->constraint);
    if (const auto *ck = op.as<CreateCheckConstraint>())
        return addConstraint(ck->constraint);
    if (const auto *pk = op.as<CreatePrimaryKey>())
        return addConstraint(pk->constraint);
    if (const auto *dc = op.as<DropConstraint>())
        return dropConstraint(*dc);
    if (const auto *tc = op.as<CreateTableComment>()) {
        m_comment = tc->comment;
        return std::nullopt;
    }
    if (op.as<DropTableComment>()) {
        m_comment.reset();
        return std::nullopt;
    }
    if (op.as<Execute>())
        return std::nullopt; // run at once, before the batch (not part of the copy)
    return QStringLiteral("%1() is not modelled inside a batch").arg(operationName(op));
}

std::optional<QString> BatchPlanner::placeColumn(const QString &name, std::optional<QString> before,
                                                 std::optional<QString> after)
{
    // ApplyBatchImpl._setup_dependencies_for_add_column.
    const bool partial = m_batch.partialReordering.has_value();
    if (!partial && after && !before) {
        const qsizetype i = m_existing.indexOf(*after);
        if (i >= 0) {
            if (i + 1 < m_existing.size())
                before = m_existing.at(i + 1);
        } else {
            auto it = std::find_if(m_addOrder.rbegin(), m_addOrder.rend(), [&](const auto &p) { return p.first == *after; });
            if (it == m_addOrder.rend())
                return QStringLiteral("cannot place column '%1' after '%2' (Alembic fails with KeyError: '%2')").arg(name, *after);
            before = it->second;
        }
    }
    if (!partial && before && !after) {
        const qsizetype i = m_existing.indexOf(*before);
        if (i >= 0) {
            if (i > 0)
                after = m_existing.at(i - 1);
        } else {
            auto it = std::find_if(m_addOrder.rbegin(), m_addOrder.rend(), [&](const auto &p) { return p.second == *before; });
            if (it == m_addOrder.rend())
                return QStringLiteral("cannot place column '%1' before '%2' (Alembic fails with KeyError: '%2')").arg(name, *before);
            after = it->first;
        }
    }
    if (before)
        m_addOrder.emplace_back(name, *before);
    if (after)
        m_addOrder.emplace_back(*after, name);
    if (!partial && !before && !after && !m_existing.isEmpty())
        m_addOrder.emplace_back(m_existing.last(), name);
    return std::nullopt;
}

std::optional<QString> BatchPlanner::addColumn(const AddColumn &a)
{
    ColumnSpec c = a.column;
    if (hasTypeBoundCheck(c.type))
        return QStringLiteral("a type-bound CHECK constraint (create_constraint=True) in a batch is not modelled");
    if (auto error = placeColumn(c.name, a.insertBefore, a.insertAfter))
        return error;
    const bool index = c.index.value_or(false);
    std::vector<ConstraintSpec> constraints;
    if (c.unique.value_or(false) && !index)
        constraints.push_back(UniqueSpec{});
    for (const ColumnForeignKey &fk : c.foreignKeys)
        constraints.push_back(columnForeignKey(c, fk));
    if (index)
        m_newIndexes.push_back(columnIndex(m_before.table, m_before.schema, c));
    c.foreignKeys.clear();
    if (Column *existing = column(c.name)) {
        existing->spec = c;
        existing->transfer = false;
        existing->casts.clear();
        existing->castUnknown = false;
    } else {
        m_columns.push_back(Column{c.name, c, true, false, {}, false});
    }
    for (const ConstraintSpec &constraint : constraints)
        if (auto error = addConstraint(constraint))
            return error;
    return std::nullopt;
}

std::optional<QString> BatchPlanner::dropColumn(const DropColumn &d)
{
    auto it = std::find_if(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.key == d.column; });
    if (it == m_columns.end())
        return QStringLiteral("no column '%1' in table '%2'").arg(d.column, qualifiedName(m_before.table, m_before.schema));
    for (std::vector<Held> *list : {&m_named, &m_unnamed})
        for (Held &held : *list)
            if (auto *pk = std::get_if<PrimaryKeySpec>(&held.constraint); pk && held.original)
                pk->columns.removeAll(d.column);
    m_columns.erase(it);
    if (!m_existing.removeOne(d.column))
        return QStringLiteral("column '%1' was added in this batch; Alembic cannot drop it here").arg(d.column);
    const QString typeName = typeConstraintName(d.existingType);
    if (!typeName.isEmpty())
        if (Held *held = findNamed(m_named, typeName))
            m_named.erase(m_named.begin() + (held - m_named.data()));
    return std::nullopt;
}

std::optional<QString> BatchPlanner::alterColumn(const AlterColumn &a)
{
    Column *c = column(a.column);
    if (!c)
        return QStringLiteral("no column '%1' in table '%2'").arg(a.column, qualifiedName(m_before.table, m_before.schema));
    if (hasTypeBoundCheck(a.type) || (a.type && hasTypeBoundCheck(a.existingType)))
        return QStringLiteral("a type-bound CHECK constraint (create_constraint=True) in a batch is not modelled");
    if (a.newColumnName && *a.newColumnName != a.column) {
        c->spec.name = *a.newColumnName;
        const QString typeName = typeConstraintName(a.existingType);
        if (!typeName.isEmpty())
            if (Held *held = findNamed(m_named, typeName))
                m_named.erase(m_named.begin() + (held - m_named.data()));
    }
    if (a.type) {
        const QString from = typeAffinity(c->spec.type);
        const QString to = typeAffinity(a.type);
        const bool json = to == QLatin1String("JSON");
        if (!json && from != to && c->transfer) {
            if (from.isEmpty() || to.isEmpty())
                c->castUnknown = true;
            else
                c->casts.push_back(*a.type);
        } else if (!json && from != to) {
            return QStringLiteral("cannot change the type of column '%1' added in this batch (Alembic fails with "
                                  "KeyError: 'expr')").arg(a.column);
        }
        c->spec.type = a.type;
    }
    if (a.nullable)
        c->spec.nullable = *a.nullable;
    if (a.serverDefault.state == Change<SqlExpr>::State::Drop)
        c->spec.serverDefault.reset();
    else if (a.serverDefault.isSet())
        c->spec.serverDefault = a.serverDefault.value;
    if (a.autoincrement)
        c->spec.autoincrement = *a.autoincrement ? QStringLiteral("true") : QStringLiteral("false");
    if (a.comment.state == Change<QString>::State::Drop)
        c->spec.comment.reset();
    else if (a.comment.isSet())
        c->spec.comment = a.comment.value;
    return std::nullopt;
}

std::optional<QString> BatchPlanner::addConstraint(const ConstraintSpec &c)
{
    const ObjectName &name = nameOf(c);
    if (name.isNull)
        return QStringLiteral("Constraint must have a name");
    if (std::holds_alternative<PrimaryKeySpec>(c))
        m_unnamed.erase(std::remove_if(m_unnamed.begin(), m_unnamed.end(), [](const Held &h) { return h.original; }),
                        m_unnamed.end());
    if (Held *held = findNamed(m_named, name.text))
        *held = Held{c, false};
    else
        m_named.push_back(Held{c, false});
    return std::nullopt;
}

std::optional<QString> BatchPlanner::dropConstraint(const DropConstraint &d)
{
    if (d.name.isNull)
        return QStringLiteral("Constraint must have a name");
    Held *held = findNamed(m_named, d.name.text);
    if (!held)
        return QStringLiteral("No such constraint: '%1'").arg(d.name.text);
    if (const auto *pk = std::get_if<PrimaryKeySpec>(&held->constraint))
        for (const QString &key : pk->columns)
            if (Column *c = column(key))
                c->spec.primaryKey = false;
    m_named.erase(m_named.begin() + (held - m_named.data()));
    return std::nullopt;
}

std::optional<QString> BatchPlanner::reorder()
{
    if (!m_batch.partialReordering && m_addOrder.empty())
        return std::nullopt;
    QStringList all;
    for (const Column &c : m_columns)
        all << c.key;
    QHash<QString, QSet<QString>> parents; // child -> parents (sqlalchemy.util.topological)
    auto pair = [&](const QString &parent, const QString &child) {
        if (parent != child)
            parents[child].insert(parent);
    };
    if (m_batch.partialReordering) {
        const QStringList &chain = *m_batch.partialReordering;
        for (qsizetype i = 1; i < chain.size(); ++i)
            pair(chain.at(i - 1), chain.at(i));
    } else {
        for (qsizetype i = 1; i < m_existing.size() && i <= all.size(); ++i)
            pair(all.at(i - 1), m_existing.at(i));
    }
    for (const auto &[parent, child] : m_addOrder)
        pair(parent, child);
    QSet<QString> todo(all.cbegin(), all.cend());
    QStringList sorted;
    while (!todo.isEmpty()) {
        QStringList layer;
        for (const QString &node : all)
            if (todo.contains(node) && !parents.value(node).intersects(todo))
                layer << node;
        if (layer.isEmpty())
            return QStringLiteral("Circular dependency detected in the column order of the batch.");
        for (const QString &node : layer)
            todo.remove(node);
        sorted += layer;
    }
    std::vector<Column> columns;
    for (const QString &key : sorted)
        columns.push_back(*column(key));
    m_columns = std::move(columns);
    return std::nullopt;
}

std::optional<QString> BatchPlanner::gatherIndexes()
{
    std::vector<IndexSpec> &out = m_after;
    for (IndexSpec index : m_indexes) {
        for (IndexElement &e : index.elements)
            if (!e.expression)
                e.column = newName(e.column);
        out.push_back(index);
    }
    for (IndexSpec index : m_newIndexes) {
        std::vector<IndexElement> elements;
        for (const IndexElement &e : index.elements) {
            if (e.expression)
                continue; // Alembic rebuilds the index from its columns only
            const bool known = std::any_of(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.key == e.column; });
            if (!known)
                return QStringLiteral("no column '%1' for index '%2' (Alembic fails with KeyError: '%1')").arg(e.column, index.name.text);
            elements.push_back(IndexElement{newName(e.column), std::nullopt});
        }
        if (elements.empty())
            return QStringLiteral("Index '%1' is not associated with any Table.").arg(index.name.text);
        index.elements = elements;
        index.table = m_before.table;
        index.schema = m_before.schema;
        out.push_back(index);
    }
    return std::nullopt;
}

std::vector<ConstraintSpec> BatchPlanner::copiedConstraints() const
{
    QSet<QString> keys;
    for (const Column &c : m_columns)
        keys.insert(c.key);
    auto renamed = [&](ConstraintSpec c) {
        if (QStringList *cols = columnsOf(c))
            for (QString &col : *cols)
                col = newName(col);
        return c;
    };
    // table_args come with the new Table; the copies follow, named ones first.
    std::vector<ConstraintSpec> constraints;
    for (const ConstraintSpec &c : m_batch.tableArgs)
        constraints.push_back(renamed(c));
    for (const std::vector<Held> *list : {&m_named, &m_unnamed}) {
        for (const Held &held : *list) {
            const QStringList cols = columnsOf(held.constraint);
            if (std::all_of(cols.begin(), cols.end(), [&](const QString &k) { return keys.contains(k); }))
                constraints.push_back(renamed(held.constraint));
        }
    }
    return constraints;
}

CreateTable BatchPlanner::temporaryTable(std::vector<BatchRecreate::Transfer> &transfers) const
{
    CreateTable t;
    t.table = QString(QStringLiteral("_alembic_tmp_") + m_before.table).left(50);
    t.schema = m_before.schema;
    for (const Column &c : m_columns) {
        ColumnSpec spec = c.spec;
        if (!c.added) {
            spec.unique.reset();
            spec.index.reset();
        }
        t.columns.push_back(spec);
        if (c.transfer)
            transfers.push_back(BatchRecreate::Transfer{spec.name, c.key, c.casts, c.castUnknown});
    }
    t.constraints = copiedConstraints();
    // The last primary key appended wins; without one, the columns' own flags make it.
    std::optional<PrimaryKeySpec> pk;
    for (const ConstraintSpec &c : t.constraints)
        if (const auto *p = std::get_if<PrimaryKeySpec>(&c); p && !p->columns.isEmpty())
            pk = *p;
    if (!pk) {
        PrimaryKeySpec flagged;
        for (const ColumnSpec &c : t.columns)
            if (c.primaryKey)
                flagged.columns << c.name;
        if (!flagged.columns.isEmpty())
            pk = flagged;
    }
    setPrimaryKey(t, pk);
    t.kwargs = m_batch.tableKwargs;
    for (const KeywordLiteral &kw : m_before.kwargs)
        if (!findKeyword(t.kwargs, kw.name))
            t.kwargs.push_back(kw);
    for (IndexSpec index : m_batch.tableArgIndexes) {
        for (IndexElement &e : index.elements)
            if (!e.expression)
                e.column = newName(e.column);
        index.table = t.table;
        index.schema = t.schema;
        t.indexes.push_back(index);
    }
    return t;
}

BatchRecreate BatchPlanner::finish()
{
    BatchRecreate plan;
    const CreateTable &t = plan.table = temporaryTable(plan.transfers);
    plan.indexes = m_after;
    // Afterwards: the temporary table's indexes (table_args, added index=True columns) keep
    // their names on the renamed table, then the re-created ones.
    CreateTable &r = plan.result;
    r = t;
    r.table = m_before.table;
    r.comment = m_comment;
    r.indexes.clear();
    for (IndexSpec index : t.indexes) {
        index.table = r.table;
        r.indexes.push_back(index);
    }
    for (ColumnSpec &c : r.columns) {
        if (c.index.value_or(false)) {
            IndexSpec index = columnIndex(t.table, t.schema, c);
            index.table = r.table;
            r.indexes.push_back(index);
        }
        c.unique.reset();
        c.index.reset();
    }
    r.indexes.insert(r.indexes.end(), m_after.begin(), m_after.end());
    return plan;
}

} // namespace

Expected<BatchRecreate, Diagnostic> SchemaModel::planRecreate(const Operation &batchOp, const QString &file) const
{
    const auto *batch = batchOp.as<BatchAlterTable>();
    if (!batch)
        return modelError(QStringLiteral("not a batch_alter_table"), batchOp, file);
    const CreateTable *before = table(batch->table, batch->schema);
    if (!before)
        return modelError(QStringLiteral("batch_alter_table(): table '%1' is unknown").arg(qualifiedName(batch->table, batch->schema)),
                          batchOp, file);
    BatchPlanner planner(*before, *batch, file);
    if (auto error = planner.run(batchOp))
        return *error;
    return planner.finish();
}

bool batchRecreates(const BatchAlterTable &batch, const QString &dialect, std::size_t upTo)
{
    if (batch.recreate == QLatin1String("always"))
        return true;
    if (batch.recreate != QLatin1String("auto") || dialect != QLatin1String("sqlite"))
        return false;
    const std::size_t count = std::min(upTo, batch.operations.size());
    for (std::size_t i = 0; i < count; ++i) {
        const Operation &op = batch.operations[i];
        if (op.as<CreateIndex>() || op.as<DropIndex>() || op.as<Execute>())
            continue;
        const auto *add = op.as<AddColumn>();
        if (!add)
            return true;
        const ColumnSpec &c = add->column;
        // SQLiteImpl.requires_recreate_in_batch, plus the add_constraint() calls Alembic makes
        // for a column's UNIQUE and foreign keys.
        const bool exprDefault = c.serverDefault && c.serverDefault->kind != SqlExpr::Kind::String;
        const bool persisted = c.computed && c.computed->persisted.value_or(false);
        const bool constraints = (c.unique.value_or(false) && !c.index.value_or(false)) || !c.foreignKeys.empty()
            || hasTypeBoundCheck(c.type);
        if (exprDefault || persisted || constraints)
            return true;
    }
    return false;
}

QString typeAffinity(const std::optional<TypeSpec> &type)
{
    if (!type)
        return QStringLiteral("NullType");
    if (type->module == QLatin1String("app"))
        return {};
    static const QHash<QString, QString> affinity = [] {
        QHash<QString, QString> map;
        const auto add = [&map](const char *group, std::initializer_list<const char *> names) {
            for (const char *n : names)
                map.insert(QLatin1String(n), QLatin1String(group));
        };
        add("Integer", {"Integer", "INTEGER", "INT", "BigInteger", "BIGINT", "SmallInteger", "SMALLINT"});
        add("Boolean", {"Boolean", "BOOLEAN"});
        add("Date", {"Date", "DATE"});
        add("DateTime", {"DateTime", "DATETIME", "TIMESTAMP"});
        add("Time", {"Time", "TIME"});
        add("JSON", {"JSON", "JSONB"});
        add("Numeric", {"Numeric", "NUMERIC", "DECIMAL", "Float", "FLOAT", "REAL", "DOUBLE", "DOUBLE_PRECISION"});
        add("String", {"String", "Unicode", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "Text", "UnicodeText", "TEXT",
                       "CLOB", "Enum", "ENUM"});
        add("_Binary", {"LargeBinary", "BLOB", "VARBINARY", "BINARY", "PickleType"});
        add("Interval", {"Interval"});
        add("NullType", {"NullType"});
        return map;
    }();
    return affinity.value(type->name);
}

} // namespace Retort::Core::Ops
