// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// SchemaSnapshot ordering and equality, and the text of every kind of SchemaDiff line.

#include "core/schema/schemadiff.h"
#include "tests/unit/schema/schematestprint.h"

#include <QTest>

#include <functional>

using namespace Retort::Core;

using Mutation = std::function<void(SchemaSnapshot &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

SchemaSnapshot sample()
{
    SchemaSnapshot s;
    s.schemas = QStringList{"public"};
    SchemaTable book;
    book.name = QStringLiteral("book");
    book.columns = {SchemaColumn{"id", "integer", false, {}, "BY DEFAULT", {}, {}},
                    SchemaColumn{"title", "VARCHAR(100)", false, {}, {}, {}, {}},
                    SchemaColumn{"status", "mood", true, "'draft'::mood", {}, {}, {}}};
    book.primaryKey = SchemaPrimaryKey{"pk_book", {"id"}};
    book.indexes = {SchemaIndex{"ix_title", false, {"title"}, {}}};
    book.uniqueConstraints = {SchemaUniqueConstraint{"uq_title", {"title"}, false, false}};
    book.checkConstraints = {SchemaCheckConstraint{"ck_len", "length(title) > 0"}};
    SchemaForeignKey fk;
    fk.name = QStringLiteral("fk_book_author");
    fk.columns = QStringList{"author_id"};
    fk.referredTable = QStringLiteral("author");
    fk.referredColumns = QStringList{"id"};
    book.foreignKeys = {fk};
    SchemaTable author;
    author.name = QStringLiteral("author");
    author.columns = {SchemaColumn{"id", "integer", false, {}, {}, {}, {}}};
    s.tables = {book, author};
    s.views = {SchemaView{"v", "SELECT 1"}};
    s.enumTypes = {SchemaEnumType{"mood", {"draft", "published"}}};
    s.normalize();
    return s;
}

SchemaTable &book(SchemaSnapshot &s) { return s.tables[1]; }

} // namespace

class TestSchemaDiff : public QObject
{
    Q_OBJECT

private slots:
    void normalizeSortsButKeepsColumnOrder();
    void equalSnapshotsHaveNoDiff();
    void differences_data();
    void differences();
    void unnamedConstraintsMatchByContent();
    void bothSidesMissing();
};

void TestSchemaDiff::normalizeSortsButKeepsColumnOrder()
{
    SchemaSnapshot s = sample();
    QCOMPARE(s.tables.at(0).name, QStringLiteral("author"));
    QCOMPARE(s.tables.at(1).name, QStringLiteral("book"));
    QCOMPARE(s.tables.at(1).columns.at(0).name, QStringLiteral("id"));
    QCOMPARE(s.tables.at(1).columns.at(2).name, QStringLiteral("status"));
    SchemaTable &t = book(s);
    t.indexes.prepend(SchemaIndex{"ix_z", false, {"b", "a"}, {}});
    t.indexes.append(SchemaIndex{"ix_a", false, {"z"}, {}});
    s.enumTypes.prepend(SchemaEnumType{"zeta", {"b", "a"}});
    s.normalize();
    QCOMPARE(t.indexes.at(0).name, QStringLiteral("ix_a"));
    QCOMPARE(t.indexes.at(2).name, QStringLiteral("ix_z"));
    QCOMPARE(t.indexes.at(2).elements, (QStringList{"b", "a"}));
    QCOMPARE(s.enumTypes.at(1).labels, (QStringList{"b", "a"}));
    const SchemaSnapshot again = [&s] { SchemaSnapshot c = s; c.normalize(); return c; }();
    QVERIFY(again == s);
    QVERIFY(s.table(QStringLiteral("book")));
    QVERIFY(!s.table(QStringLiteral("nope")));
}

void TestSchemaDiff::equalSnapshotsHaveNoDiff()
{
    const SchemaDiff d = diff(sample(), sample());
    QVERIFY(d.isEmpty());
    QCOMPARE(d.toString(), QString());
}

void TestSchemaDiff::differences_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, Mutation m, QStringList lines) { QTest::newRow(name) << m << lines; };
    row("column type", [](SchemaSnapshot &s) { book(s).columns[1].type = QStringLiteral("VARCHAR(200)"); },
        {"table book: column title: type VARCHAR(100) vs VARCHAR(200)"});
    row("nullable", [](SchemaSnapshot &s) { book(s).columns[1].nullable = true; },
        {"table book: column title: nullable NOT NULL vs NULL"});
    row("default", [](SchemaSnapshot &s) { book(s).columns[2].defaultExpression.clear(); },
        {"table book: column status: default 'draft'::mood vs (none)"});
    row("identity", [](SchemaSnapshot &s) { book(s).columns[0].identity = QStringLiteral("ALWAYS"); },
        {"table book: column id: identity BY DEFAULT vs ALWAYS"});
    row("column missing", [](SchemaSnapshot &s) { book(s).columns.removeAt(2); },
        {"table book: column status missing on right"});
    row("column order", [](SchemaSnapshot &s) { book(s).columns.move(2, 0); },
        {"table book: column order id, title, status vs status, id, title"});
    row("primary key", [](SchemaSnapshot &s) { book(s).primaryKey = SchemaPrimaryKey{"book_pkey", {"id", "title"}}; },
        {"table book: primary key pk_book (id) vs book_pkey (id, title)"});
    row("no primary key", [](SchemaSnapshot &s) { book(s).primaryKey = SchemaPrimaryKey{}; },
        {"table book: primary key pk_book (id) vs (none)"});
    row("index missing", [](SchemaSnapshot &s) { book(s).indexes.clear(); },
        {"table book: index ix_title missing on right"});
    row("index fields", [](SchemaSnapshot &s) {
        book(s).indexes[0] = SchemaIndex{"ix_title", true, {"lower(title)"}, "status = 'published'"};
    }, {"table book: index ix_title: unique no vs yes", "table book: index ix_title: columns (title) vs (lower(title))",
        "table book: index ix_title: where (none) vs status = 'published'"});
    row("unique", [](SchemaSnapshot &s) { book(s).uniqueConstraints[0].deferrable = true; },
        {"table book: unique constraint uq_title: deferrable no vs yes"});
    row("check", [](SchemaSnapshot &s) { book(s).checkConstraints[0].expression = QStringLiteral("true"); },
        {"table book: check constraint ck_len: expression length(title) > 0 vs true"});
    row("check renamed", [](SchemaSnapshot &s) { book(s).checkConstraints[0].name = QStringLiteral("ck_other"); },
        {"table book: check constraint ck_len missing on right", "table book: check constraint ck_other missing on left"});
    row("foreign key", [](SchemaSnapshot &s) {
        SchemaForeignKey &fk = book(s).foreignKeys[0];
        fk.onDelete = QStringLiteral("CASCADE");
        fk.onUpdate = QStringLiteral("SET NULL");
        fk.referredSchema = QStringLiteral("other");
        fk.initiallyDeferred = true;
    }, {"table book: foreign key fk_book_author: references author(id) vs other.author(id)",
        "table book: foreign key fk_book_author: on delete NO ACTION vs CASCADE",
        "table book: foreign key fk_book_author: on update NO ACTION vs SET NULL",
        "table book: foreign key fk_book_author: initially deferred no vs yes"});
    row("table missing", [](SchemaSnapshot &s) { s.tables.removeAt(0); }, {"table author missing on right"});
    row("table comment", [](SchemaSnapshot &s) { book(s).comment = QStringLiteral("books"); },
        {"table book: comment (none) vs books"});
    row("view", [](SchemaSnapshot &s) { s.views[0].definition = QStringLiteral("SELECT 2"); },
        {"view v: definition SELECT 1 vs SELECT 2"});
    row("view missing", [](SchemaSnapshot &s) { s.views.clear(); }, {"view v missing on right"});
    row("enum labels", [](SchemaSnapshot &s) { s.enumTypes[0].labels << QStringLiteral("archived"); },
        {"enum type mood: labels (draft, published) vs (draft, published, archived)"});
    row("enum missing", [](SchemaSnapshot &s) { s.enumTypes.clear(); }, {"enum type mood missing on right"});
    row("schema", [](SchemaSnapshot &s) { s.schemas << QStringLiteral("audit"); }, {"schema audit missing on left"});
}

void TestSchemaDiff::differences()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, expected);
    const SchemaSnapshot left = sample();
    SchemaSnapshot right = sample();
    mutate(right);
    const SchemaDiff d = diff(left, right);
    QCOMPARE(d.lines, expected);
    QCOMPARE(d.toString(), expected.join(QLatin1Char('\n')));
    QVERIFY(!(left == right));
}

void TestSchemaDiff::unnamedConstraintsMatchByContent()
{
    SchemaSnapshot left = sample();
    book(left).checkConstraints = {SchemaCheckConstraint{{}, "a > 0"}, SchemaCheckConstraint{{}, "b > 0"}};
    book(left).uniqueConstraints = {SchemaUniqueConstraint{{}, {"a"}, false, false}};
    SchemaSnapshot right = left;
    book(right).checkConstraints = {SchemaCheckConstraint{{}, "b > 0"}, SchemaCheckConstraint{{}, "c > 0"}};
    book(right).uniqueConstraints = {SchemaUniqueConstraint{{}, {"a", "b"}, false, false}};
    book(right).foreignKeys[0].name.clear();
    QCOMPARE(diff(left, right).lines,
             (QStringList{"table book: unique constraint (a) missing on right",
                          "table book: unique constraint (a, b) missing on left",
                          "table book: check constraint (a > 0) missing on right",
                          "table book: check constraint (c > 0) missing on left",
                          "table book: foreign key fk_book_author missing on right",
                          "table book: foreign key (author_id) -> author(id) missing on left"}));
}

void TestSchemaDiff::bothSidesMissing()
{
    SchemaSnapshot left = sample();
    SchemaSnapshot right = sample();
    left.tables.removeAt(1);
    right.tables.removeAt(0);
    QCOMPARE(diff(left, right).lines,
             (QStringList{"table author missing on right", "table book missing on left"}));
}

QTEST_APPLESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
