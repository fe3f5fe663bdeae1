// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/schema/schemadiff.h"

#include <QHash>

#include <vector>

namespace Retort::Core {
namespace {

const QString kNone = QStringLiteral("(none)");

QString orNone(const QString &text) { return text.isEmpty() ? kNone : text; }
QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }
QString parenList(const QStringList &items) { return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')'); }

//! Collects lines under a common prefix such as "table book: ".
class Sink
{
public:
    Sink(QStringList &out, QString prefix) : m_out(out), m_prefix(std::move(prefix)) {}

    void field(const QString &what, const QString &left, const QString &right)
    {
        if (left != right)
            m_out << m_prefix + what + QLatin1Char(' ') + left + QLatin1String(" vs ") + right;
    }
    void line(const QString &text) { m_out << m_prefix + text; }
    Sink nested(const QString &what) const { return Sink(m_out, m_prefix + what + QLatin1String(": ")); }

private:
    QStringList &m_out;
    QString m_prefix;
};

/*! Pairs items of \a left and \a right with equal keys (each right item used once), reports
    unpaired ones as missing and hands pairs to \a compare. \a kind names the object kind. */
template<typename T, typename KeyFn, typename CompareFn>
void pairUp(Sink &sink, const QString &kind, const QList<T> &left, const QList<T> &right, KeyFn key, CompareFn compare)
{
    QHash<QString, std::vector<qsizetype>> rightByKey;
    for (qsizetype i = right.size() - 1; i >= 0; --i)
        rightByKey[key(right.at(i))].push_back(i);
    std::vector<bool> used(static_cast<size_t>(right.size()), false);
    for (const T &item : left) {
        auto it = rightByKey.find(key(item));
        if (it == rightByKey.end() || it->empty()) {
            sink.line(kind + QLatin1Char(' ') + key(item) + QLatin1String(" missing on right"));
            continue;
        }
        const qsizetype match = it->back();
        it->pop_back();
        used[static_cast<size_t>(match)] = true;
        if (!(item == right.at(match))) {
            Sink inner = sink.nested(kind + QLatin1Char(' ') + key(item));
            compare(inner, item, right.at(match));
        }
    }
    for (qsizetype i = 0; i < right.size(); ++i) {
        if (!used[static_cast<size_t>(i)])
            sink.line(kind + QLatin1Char(' ') + key(right.at(i)) + QLatin1String(" missing on left"));
    }
}

QString nameOr(const QString &name, const QString &content) { return name.isEmpty() ? content : name; }

QString uniqueKey(const SchemaUniqueConstraint &u) { return nameOr(u.name, parenList(u.columns)); }
QString checkKey(const SchemaCheckConstraint &c) { return nameOr(c.name, QLatin1Char('(') + c.expression + QLatin1Char(')')); }

QString referred(const SchemaForeignKey &f)
{
    const QString table = f.referredSchema.isEmpty() ? f.referredTable : f.referredSchema + QLatin1Char('.') + f.referredTable;
    return table + parenList(f.referredColumns);
}

QString foreignKeyKey(const SchemaForeignKey &f) { return nameOr(f.name, parenList(f.columns) + QLatin1String(" -> ") + referred(f)); }

QString primaryKeyText(const SchemaPrimaryKey &pk)
{
    if (pk.columns.isEmpty() && pk.name.isEmpty())
        return kNone;
    return pk.name.isEmpty() ? parenList(pk.columns) : pk.name + QLatin1Char(' ') + parenList(pk.columns);
}

void compareColumn(Sink &s, const SchemaColumn &l, const SchemaColumn &r)
{
    s.field(QStringLiteral("type"), l.type, r.type);
    s.field(QStringLiteral("nullable"), l.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"),
            r.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"));
    s.field(QStringLiteral("default"), orNone(l.defaultExpression), orNone(r.defaultExpression));
    s.field(QStringLiteral("identity"), orNone(l.identity), orNone(r.identity));
    s.field(QStringLiteral("generated"), orNone(l.generated), orNone(r.generated));
    s.field(QStringLiteral("comment"), orNone(l.comment), orNone(r.comment));
}

void compareColumnOrder(Sink &s, const SchemaTable &l, const SchemaTable &r)
{
    QStringList leftOrder, rightOrder;
    for (const SchemaColumn &c : l.columns) {
        if (r.column(c.name))
            leftOrder << c.name;
    }
    for (const SchemaColumn &c : r.columns) {
        if (l.column(c.name))
            rightOrder << c.name;
    }
    if (leftOrder != rightOrder)
        s.field(QStringLiteral("column order"), leftOrder.join(QLatin1String(", ")), rightOrder.join(QLatin1String(", ")));
}

void compareIndex(Sink &s, const SchemaIndex &l, const SchemaIndex &r)
{
    s.field(QStringLiteral("unique"), yesNo(l.unique), yesNo(r.unique));
    s.field(QStringLiteral("columns"), parenList(l.elements), parenList(r.elements));
    s.field(QStringLiteral("where"), orNone(l.where), orNone(r.where));
}

void compareUnique(Sink &s, const SchemaUniqueConstraint &l, const SchemaUniqueConstraint &r)
{
    s.field(QStringLiteral("columns"), parenList(l.columns), parenList(r.columns));
    s.field(QStringLiteral("deferrable"), yesNo(l.deferrable), yesNo(r.deferrable));
    s.field(QStringLiteral("initially deferred"), yesNo(l.initiallyDeferred), yesNo(r.initiallyDeferred));
}

void compareCheck(Sink &s, const SchemaCheckConstraint &l, const SchemaCheckConstraint &r)
{
    s.field(QStringLiteral("expression"), l.expression, r.expression);
}

void compareForeignKey(Sink &s, const SchemaForeignKey &l, const SchemaForeignKey &r)
{
    s.field(QStringLiteral("columns"), parenList(l.columns), parenList(r.columns));
    s.field(QStringLiteral("references"), referred(l), referred(r));
    s.field(QStringLiteral("on delete"), l.onDelete, r.onDelete);
    s.field(QStringLiteral("on update"), l.onUpdate, r.onUpdate);
    s.field(QStringLiteral("deferrable"), yesNo(l.deferrable), yesNo(r.deferrable));
    s.field(QStringLiteral("initially deferred"), yesNo(l.initiallyDeferred), yesNo(r.initiallyDeferred));
}

void compareTable(Sink &s, const SchemaTable &l, const SchemaTable &r)
{
    s.field(QStringLiteral("comment"), orNone(l.comment), orNone(r.comment));
    const auto byName = [](const auto &item) { return item.name; };
    pairUp(s, QStringLiteral("column"), l.columns, r.columns, byName, compareColumn);
    compareColumnOrder(s, l, r);
    s.field(QStringLiteral("primary key"), primaryKeyText(l.primaryKey), primaryKeyText(r.primaryKey));
    pairUp(s, QStringLiteral("index"), l.indexes, r.indexes, byName, compareIndex);
    pairUp(s, QStringLiteral("unique constraint"), l.uniqueConstraints, r.uniqueConstraints, uniqueKey, compareUnique);
    pairUp(s, QStringLiteral("check constraint"), l.checkConstraints, r.checkConstraints, checkKey, compareCheck);
    pairUp(s, QStringLiteral("foreign key"), l.foreignKeys, r.foreignKeys, foreignKeyKey, compareForeignKey);
}

void compareSchemaLists(Sink &s, const QStringList &l, const QStringList &r)
{
    for (const QString &name : l) {
        if (!r.contains(name))
            s.line(QStringLiteral("schema ") + name + QLatin1String(" missing on right"));
    }
    for (const QString &name : r) {
        if (!l.contains(name))
            s.line(QStringLiteral("schema ") + name + QLatin1String(" missing on left"));
    }
}

} // namespace

SchemaDiff diff(const SchemaSnapshot &left, const SchemaSnapshot &right)
{
    SchemaDiff result;
    if (left == right)
        return result;
    Sink top(result.lines, QString());
    compareSchemaLists(top, left.schemas, right.schemas);
    const auto byName = [](const auto &item) { return item.name; };
    pairUp(top, QStringLiteral("enum type"), left.enumTypes, right.enumTypes, byName,
           [](Sink &s, const SchemaEnumType &l, const SchemaEnumType &r) {
               s.field(QStringLiteral("labels"), parenList(l.labels), parenList(r.labels));
           });
    pairUp(top, QStringLiteral("table"), left.tables, right.tables, byName, compareTable);
    pairUp(top, QStringLiteral("view"), left.views, right.views, byName,
           [](Sink &s, const SchemaView &l, const SchemaView &r) {
               s.field(QStringLiteral("definition"), l.definition, r.definition);
           });
    return result;
}

} // namespace Retort::Core
