// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Introspecting real SQLite files: every column and constraint kind, statement order,
// diffs between databases, and the DDL text reader behind names and CHECK texts.

#include "core/db/sqliteddlparser.h"
#include "core/db/sqliteintrospector.h"
#include "core/schema/schemadiff.h"
#include "tests/unit/schema/schematestprint.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

namespace {

const QStringList kVersionTable = {
    QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                   "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"),
    QStringLiteral("INSERT INTO alembic_version VALUES ('ae1027a6acf')"),
};
const QString kAuthor = QStringLiteral(
    "CREATE TABLE author (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, name VARCHAR(50) NOT NULL, "
    "email varchar ( 120 ) UNIQUE, CONSTRAINT uq_author_name UNIQUE (name))");
const QString kBook = QStringLiteral(
    "CREATE TABLE book (\n"
    "  id INTEGER NOT NULL,\n"
    "  author_id INTEGER,\n"
    "  title VARCHAR(%1) NOT NULL,\n"
    "  price NUMERIC(10,2) DEFAULT 0 NOT NULL,\n"
    "  status VARCHAR(9) DEFAULT 'draft',\n"
    "  created_at DATETIME DEFAULT (CURRENT_TIMESTAMP),\n"
    "  title_len INTEGER GENERATED ALWAYS AS (length(title)) VIRTUAL,\n"
    "  CONSTRAINT pk_book PRIMARY KEY (id),\n"
    "  CONSTRAINT fk_book_author FOREIGN KEY(author_id) REFERENCES author (id)\n"
    "    ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
    "  CONSTRAINT ck_book_price CHECK (price >= 0),\n"
    "  CONSTRAINT book_status CHECK (status IN ('draft', 'published'))\n"
    ")");
const QString kReview = QStringLiteral(
    "CREATE TABLE review (id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES book, "
    "rating INTEGER CHECK (rating BETWEEN 1 AND 5), \"select\" TEXT)");
const QString kIxTitle = QStringLiteral("CREATE INDEX ix_book_title ON book (title)");
const QString kIxPublished = QStringLiteral(
    "CREATE UNIQUE INDEX ix_book_published ON book (author_id, title COLLATE NOCASE DESC) WHERE status = 'published'");
const QString kIxLower = QStringLiteral("CREATE INDEX ix_book_lower_title ON book (lower(title))");
const QString kView = QStringLiteral(
    "CREATE VIEW published_book AS\n  SELECT id, title FROM book WHERE status = 'published'");

} // namespace

class TestSqliteIntrospector : public QObject
{
    Q_OBJECT

private slots:
    void tablesAndVersionTable();
    void columns();
    void constraints();
    void indexes();
    void implicitReferenceAndColumnChecks();
    void views();
    void statementOrderDoesNotMatter();
    void diffBetweenDatabases();
    void batchRecreatedTable();
    void notADatabase();
    void normalizeType_data();
    void normalizeType();
    void ddlReaderQuotingAndComments();
    void ddlReaderIndex();

private:
    SchemaSnapshot build(const QString &file, const QStringList &statements);
    QStringList bookshop(int titleLength = 100) const;
    QTemporaryDir m_dir;
    SchemaSnapshot m_shop;
};

QStringList TestSqliteIntrospector::bookshop(int titleLength) const
{
    return kVersionTable + QStringList{kAuthor, kBook.arg(titleLength), kReview, kIxTitle, kIxPublished, kIxLower, kView};
}

SchemaSnapshot TestSqliteIntrospector::build(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("tst-") + file;
    SchemaSnapshot snapshot;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(file));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(file));
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        const auto result = SqliteIntrospector::introspect(db);
        if (!result)
            qFatal("introspect: %s", qPrintable(result.error()));
        snapshot = *result;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return snapshot;
}

void TestSqliteIntrospector::tablesAndVersionTable()
{
    m_shop = build(QStringLiteral("shop.db"), bookshop());
    QStringList names;
    for (const SchemaTable &t : m_shop.tables)
        names << t.name;
    // sqlite_sequence (made by AUTOINCREMENT) is SQLite's own and left out.
    QCOMPARE(names, (QStringList{"alembic_version", "author", "book", "review"}));
    QCOMPARE(m_shop.schemas, QStringList{"main"});
    const SchemaTable *version = m_shop.table(QStringLiteral("alembic_version"));
    QVERIFY(version);
    QCOMPARE(version->primaryKey, (SchemaPrimaryKey{"alembic_version_pkc", {"version_num"}}));
    QCOMPARE(version->columns.size(), 1);
    QCOMPARE(version->columns.at(0).type, QStringLiteral("VARCHAR(32)"));
    QVERIFY(!version->columns.at(0).nullable);
}

void TestSqliteIntrospector::columns()
{
    const SchemaTable *book = m_shop.table(QStringLiteral("book"));
    QVERIFY(book);
    QStringList order;
    for (const SchemaColumn &c : book->columns)
        order << c.name;
    QCOMPARE(order, (QStringList{"id", "author_id", "title", "price", "status", "created_at", "title_len"}));
    const SchemaColumn *price = book->column(QStringLiteral("price"));
    QCOMPARE(price->type, QStringLiteral("NUMERIC(10, 2)"));
    QCOMPARE(price->defaultExpression, QStringLiteral("0"));
    QVERIFY(!price->nullable);
    QCOMPARE(book->column(QStringLiteral("status"))->defaultExpression, QStringLiteral("'draft'"));
    QVERIFY(book->column(QStringLiteral("status"))->nullable);
    QCOMPARE(book->column(QStringLiteral("created_at"))->defaultExpression, QStringLiteral("CURRENT_TIMESTAMP"));
    QCOMPARE(book->column(QStringLiteral("author_id"))->defaultExpression, QString());
    QCOMPARE(book->column(QStringLiteral("title_len"))->generated, QStringLiteral("length(title)"));
    QCOMPARE(book->column(QStringLiteral("id"))->identity, QString());
    const SchemaTable *author = m_shop.table(QStringLiteral("author"));
    QCOMPARE(author->column(QStringLiteral("id"))->identity, QStringLiteral("AUTOINCREMENT"));
    QCOMPARE(author->column(QStringLiteral("email"))->type, QStringLiteral("VARCHAR(120)"));
    QCOMPARE(author->primaryKey, (SchemaPrimaryKey{QString(), {"id"}}));
}

void TestSqliteIntrospector::constraints()
{
    const SchemaTable *book = m_shop.table(QStringLiteral("book"));
    QCOMPARE(book->primaryKey, (SchemaPrimaryKey{"pk_book", {"id"}}));
    QCOMPARE(book->foreignKeys.size(), 1);
    SchemaForeignKey fk;
    fk.name = QStringLiteral("fk_book_author");
    fk.columns = QStringList{"author_id"};
    fk.referredTable = QStringLiteral("author");
    fk.referredColumns = QStringList{"id"};
    fk.onDelete = QStringLiteral("CASCADE");
    fk.onUpdate = QStringLiteral("SET NULL");
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    QCOMPARE(book->foreignKeys.at(0), fk);
    QCOMPARE(book->checkConstraints,
             (QList<SchemaCheckConstraint>{{"book_status", "status IN ('draft', 'published')"}, {"ck_book_price", "price >= 0"}}));
    QVERIFY(book->uniqueConstraints.isEmpty());
    const SchemaTable *author = m_shop.table(QStringLiteral("author"));
    QCOMPARE(author->uniqueConstraints,
             (QList<SchemaUniqueConstraint>{{QString(), {"email"}, false, false}, {"uq_author_name", {"name"}, false, false}}));
}

void TestSqliteIntrospector::indexes()
{
    const SchemaTable *book = m_shop.table(QStringLiteral("book"));
    QCOMPARE(book->indexes.size(), 3); // the autoindexes of constraints are not listed
    QCOMPARE(*book->index(QStringLiteral("ix_book_title")), (SchemaIndex{"ix_book_title", false, {"title"}, QString()}));
    QCOMPARE(*book->index(QStringLiteral("ix_book_published")),
             (SchemaIndex{"ix_book_published", true, {"author_id", "title COLLATE NOCASE DESC"}, "status = 'published'"}));
    QCOMPARE(*book->index(QStringLiteral("ix_book_lower_title")),
             (SchemaIndex{"ix_book_lower_title", false, {"lower(title)"}, QString()}));
    QCOMPARE(book->indexes.at(0).name, QStringLiteral("ix_book_lower_title")); // sorted by name
    QVERIFY(m_shop.table(QStringLiteral("author"))->indexes.isEmpty());
}

void TestSqliteIntrospector::implicitReferenceAndColumnChecks()
{
    const SchemaTable *review = m_shop.table(QStringLiteral("review"));
    QVERIFY(review);
    QCOMPARE(review->foreignKeys.size(), 1);
    const SchemaForeignKey &fk = review->foreignKeys.at(0);
    QCOMPARE(fk.name, QString());
    QCOMPARE(fk.columns, QStringList{"book_id"});
    QCOMPARE(fk.referredTable, QStringLiteral("book"));
    QCOMPARE(fk.referredColumns, QStringList{"id"}); // REFERENCES book: the primary key
    QCOMPARE(fk.onDelete, QStringLiteral("NO ACTION"));
    QVERIFY(!fk.deferrable);
    QCOMPARE(review->checkConstraints, (QList<SchemaCheckConstraint>{{QString(), "rating BETWEEN 1 AND 5"}}));
    QVERIFY(review->column(QStringLiteral("select")));
    QCOMPARE(review->column(QStringLiteral("select"))->type, QStringLiteral("TEXT"));
    QCOMPARE(review->primaryKey.columns, QStringList{"id"});
}

void TestSqliteIntrospector::views()
{
    QCOMPARE(m_shop.views.size(), 1);
    QCOMPARE(m_shop.views.at(0).name, QStringLiteral("published_book"));
    QCOMPARE(m_shop.views.at(0).definition,
             QStringLiteral("CREATE VIEW published_book AS SELECT id, title FROM book WHERE status = 'published'"));
    QVERIFY(m_shop.enumTypes.isEmpty());
}

void TestSqliteIntrospector::statementOrderDoesNotMatter()
{
    const QStringList reordered = QStringList{kView, kReview, kBook.arg(100), kIxLower, kIxPublished, kAuthor, kIxTitle}
        + kVersionTable;
    const SchemaSnapshot other = build(QStringLiteral("shop-reordered.db"), reordered);
    QCOMPARE(diff(m_shop, other).toString(), QString());
    QVERIFY(m_shop == other);
}

void TestSqliteIntrospector::diffBetweenDatabases()
{
    QStringList changed = bookshop(200);
    changed.removeAll(kIxTitle);
    changed.replace(changed.indexOf(kAuthor), QString(kAuthor).replace(QLatin1String("UNIQUE (name)"), QLatin1String("UNIQUE (name, email)")));
    const SchemaSnapshot other = build(QStringLiteral("shop-changed.db"), changed);
    QCOMPARE(diff(m_shop, other).lines,
             (QStringList{"table author: unique constraint uq_author_name: columns (name) vs (name, email)",
                          "table book: column title: type VARCHAR(100) vs VARCHAR(200)",
                          "table book: index ix_book_title missing on right"}));
    QVERIFY(!(m_shop == other));
}

void TestSqliteIntrospector::batchRecreatedTable()
{
    // The shape Alembic's batch mode leaves behind: CREATE TABLE IF NOT EXISTS "name", tabs, trailing blanks.
    const SchemaSnapshot s = build(QStringLiteral("batch.db"), {
        QStringLiteral("CREATE TABLE member (id INTEGER NOT NULL, CONSTRAINT pk_member PRIMARY KEY (id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS \"book_cover\" (\n\tid INTEGER NOT NULL, \n"
                       "\tmime_type VARCHAR(50) DEFAULT 'image/jpeg' NOT NULL, \n\twidth INTEGER NOT NULL, \n"
                       "\theight INTEGER NOT NULL, \n\tsha256 VARCHAR(64), \n\trequested_by_id INTEGER, \n"
                       "\tCONSTRAINT pk_book_cover PRIMARY KEY (id), \n"
                       "\tCONSTRAINT ck_book_cover_size CHECK (width > 0 AND height > 0), \n"
                       "\tCONSTRAINT uq_book_cover_sha256 UNIQUE (sha256), \n"
                       "\tCONSTRAINT fk_book_cover_requested_by_id_member FOREIGN KEY(requested_by_id) "
                       "REFERENCES member (id) ON DELETE SET NULL\n)"),
    });
    const SchemaTable *cover = s.table(QStringLiteral("book_cover"));
    QVERIFY(cover);
    QCOMPARE(cover->primaryKey, (SchemaPrimaryKey{"pk_book_cover", {"id"}}));
    QCOMPARE(cover->column(QStringLiteral("mime_type"))->defaultExpression, QStringLiteral("'image/jpeg'"));
    QCOMPARE(cover->checkConstraints, (QList<SchemaCheckConstraint>{{"ck_book_cover_size", "width > 0 AND height > 0"}}));
    QCOMPARE(cover->uniqueConstraints, (QList<SchemaUniqueConstraint>{{"uq_book_cover_sha256", {"sha256"}, false, false}}));
    QCOMPARE(cover->foreignKeys.size(), 1);
    QCOMPARE(cover->foreignKeys.at(0).name, QStringLiteral("fk_book_cover_requested_by_id_member"));
    QCOMPARE(cover->foreignKeys.at(0).onDelete, QStringLiteral("SET NULL"));
}

void TestSqliteIntrospector::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("garbage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const auto result = SqliteIntrospector::introspect(db);
        QVERIFY(!result);
        error = result.error();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("garbage"));
    QVERIFY2(error.contains(QLatin1String("not a database")), qPrintable(error));
}

void TestSqliteIntrospector::normalizeType_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "integer" << "INTEGER";
    QTest::newRow("length") << "varchar ( 50 )" << "VARCHAR(50)";
    QTest::newRow("precision") << "numeric(10,2)" << "NUMERIC(10, 2)";
    QTest::newRow("spaced") << "NUMERIC( 10 ,  2 )" << "NUMERIC(10, 2)";
    QTest::newRow("two words") << "double   precision" << "DOUBLE PRECISION";
    QTest::newRow("empty") << "" << "";
}

void TestSqliteIntrospector::normalizeType()
{
    QFETCH(QString, declared);
    QFETCH(QString, expected);
    QCOMPARE(SqliteIntrospector::normalizeType(declared), expected);
}

void TestSqliteIntrospector::ddlReaderQuotingAndComments()
{
    const SqliteDdlTable t = parseSqliteCreateTable(QStringLiteral(
        "CREATE TABLE \"we\"\"ird\" (\n"
        "  [a b] INT CONSTRAINT \"ck, a\" CHECK ((\"a b\" > 0) AND (\"a b\" < ')'))  -- a comment, with ( and ,\n"
        "  , `c` TEXT /* CHECK (no) , */ CONSTRAINT nn NOT NULL CONSTRAINT uq_c UNIQUE,\n"
        "  d INTEGER CONSTRAINT fk_d REFERENCES other(x) NOT DEFERRABLE,\n"
        "  CHECK (length(c) > 1)\n"
        ")"));
    QCOMPARE(t.constraints.size(), 4);
    QCOMPARE(t.constraints.at(0).name, QStringLiteral("ck, a"));
    QCOMPARE(t.constraints.at(0).expression, QStringLiteral("(\"a b\" > 0) AND (\"a b\" < ')')"));
    QCOMPARE(t.constraints.at(1).kind, SqliteDdlConstraint::Kind::Unique);
    QCOMPARE(t.constraints.at(1).name, QStringLiteral("uq_c"));
    QCOMPARE(t.constraints.at(1).columns, QStringList{"c"});
    QCOMPARE(t.constraints.at(2).kind, SqliteDdlConstraint::Kind::ForeignKey);
    QCOMPARE(t.constraints.at(2).name, QStringLiteral("fk_d"));
    QCOMPARE(t.constraints.at(2).referredColumns, QStringList{"x"});
    QVERIFY(!t.constraints.at(2).deferrable);
    QCOMPARE(t.constraints.at(3).name, QString());
    QCOMPARE(t.constraints.at(3).expression, QStringLiteral("length(c) > 1"));
}

void TestSqliteIntrospector::ddlReaderIndex()
{
    const SqliteDdlIndex i = parseSqliteCreateIndex(QStringLiteral(
        "CREATE UNIQUE INDEX IF NOT EXISTS \"ix\" ON \"t\" (lower( name )  DESC, substr(code, 1, 2) ASC, id)\n"
        "  WHERE  deleted_at IS NULL AND kind IN (1, 2);"));
    QCOMPARE(i.elements, (QStringList{"lower( name )", "substr(code, 1, 2)", "id"}));
    QCOMPARE(i.where, QStringLiteral("deleted_at IS NULL AND kind IN (1, 2)"));
    QCOMPARE(parseSqliteCreateIndex(QStringLiteral("CREATE INDEX ix ON t (a)")).where, QString());
}

QTEST_GUILESS_MAIN(TestSqliteIntrospector)
#include "tst_sqliteintrospector.moc"
