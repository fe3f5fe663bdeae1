// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/revisionscript.h"
#include "core/ops/interpreter.h"
#include "core/ops/schemamodel.h"
#include "core/sql/sqlrenderer.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Retort::Core;
using namespace Retort::Core::Ops;
using namespace Retort::Core::Sql;

namespace {

QString renderDir()
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/render");
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

//! Alembic's stream: each statement followed by a blank line.
QString joined(const QList<SqlStatement> &statements)
{
    QString out;
    for (const SqlStatement &s : statements)
        out += s.text + QStringLiteral("\n\n");
    return out;
}

//! A line diff good enough to spot the first difference.
QString diff(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    QString out = QStringLiteral("--- expected (Alembic)\n+++ actual (Retort)\n");
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QString el = i < e.size() ? e[i] : QStringLiteral("<eof>");
        const QString al = i < a.size() ? a[i] : QStringLiteral("<eof>");
        if (el == al)
            out += QStringLiteral("  ") + el + QLatin1Char('\n');
        else
            out += QStringLiteral("- %1|\n+ %2|\n").arg(el, al);
    }
    return out;
}

Expected<QList<SqlStatement>, Diagnostic> renderCase(const QString &caseName, const QString &dialectName)
{
    const QString path = renderDir() + QLatin1Char('/') + caseName + QStringLiteral("/upgrade.py");
    const RevisionScript script = readRevisionFile(path, RevisionReadMode::Full);
    InterpreterContext ctx;
    ctx.dialect = dialectName;
    const auto ops = interpret(script, Direction::Upgrade, ctx);
    if (!ops)
        return ops.error();
    const auto dialect = SqlDialect::fromName(dialectName);
    if (!dialect)
        return Diagnostic::error(QStringLiteral("test"), dialect.error());
    // As the offline script does: each operation sees the tables the ones before it made.
    SchemaModel model(dialectName);
    SqlRenderer renderer(dialect.value(), path);
    renderer.setSchemaModel(&model);
    QList<SqlStatement> all;
    for (const Operation &op : ops->operations) {
        auto part = renderer.render(op);
        if (!part)
            return part.error();
        all.append(part.value());
        model.apply(op, path);
    }
    return all;
}

Operation makeOp(OperationData data)
{
    return Operation{std::move(data), Python::SourceRange{3, 5, 3, 20}};
}

} // namespace

class TestSqlRenderer : public QObject
{
    Q_OBJECT

private slots:
    void goldens_data();
    void goldens();
    void transactionalFlags();
    void dialectBasics();
    void collationAndTypeChecks();
    void compositeAutoincrementRefused();
    void batchNeedsTableCode();
};

void TestSqlRenderer::goldens_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("dialect");
    const QStringList cases = QDir(renderDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 20);
    for (const QString &c : cases)
        for (const QString &d : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
            QTest::newRow(qPrintable(c + QLatin1Char('/') + d)) << c << d;
}

void TestSqlRenderer::goldens()
{
    QFETCH(QString, caseName);
    QFETCH(QString, dialect);
    const QString base = renderDir() + QLatin1Char('/') + caseName + QLatin1Char('/') + dialect;
    const auto result = renderCase(caseName, dialect);
    if (QFile::exists(base + QStringLiteral(".error"))) {
        const QString expected = readText(base + QStringLiteral(".error")).trimmed();
        QVERIFY2(!result, qPrintable(QStringLiteral("expected the error: ") + expected));
        QCOMPARE(result.error().message, expected);
        QVERIFY(result.error().location.line > 0);
        return;
    }
    QVERIFY2(QFile::exists(base + QStringLiteral(".sql")), "no golden file");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QString expected = readText(base + QStringLiteral(".sql"));
    const QString actual = joined(result.value());
    if (actual != expected)
        QFAIL(qPrintable(diff(expected, actual)));
}

void TestSqlRenderer::transactionalFlags()
{
    const auto pg = renderCase(QStringLiteral("index_concurrently"), QStringLiteral("postgresql"));
    QVERIFY(pg);
    QCOMPARE(pg->size(), 2);
    QVERIFY(!pg->at(0).transactional);
    QVERIFY(!pg->at(1).transactional);
    QVERIFY(pg->at(0).source.line > 0);
    const auto lite = renderCase(QStringLiteral("index_concurrently"), QStringLiteral("sqlite"));
    QVERIFY(lite);
    QVERIFY(lite->at(0).transactional);

    const auto block = renderCase(QStringLiteral("autocommit_block"), QStringLiteral("postgresql"));
    QVERIFY(block);
    QCOMPARE(block->size(), 3);
    QVERIFY(block->at(0).transactional);
    QVERIFY(!block->at(1).transactional);
    QVERIFY(block->at(2).transactional);
}

void TestSqlRenderer::dialectBasics()
{
    const SqlDialect lite(SqlDialect::Kind::SQLite);
    const SqlDialect pg(SqlDialect::Kind::PostgreSQL);
    QVERIFY(!lite.transactionalDdl());
    QVERIFY(pg.transactionalDdl());
    QCOMPARE(lite.name(), QStringLiteral("sqlite"));
    QVERIFY(!SqlDialect::fromName(QStringLiteral("mysql")));
    QCOMPARE(pg.quote(QStringLiteral("user")), QStringLiteral("\"user\""));
    QCOMPARE(lite.quote(QStringLiteral("user")), QStringLiteral("user"));
    QCOMPARE(SqlDialect::quoteString(QStringLiteral("o'brien")), QStringLiteral("'o''brien'"));
    QCOMPARE(pg.renderLiteral(Literal::boolean(true)).value(), QStringLiteral("true"));
    QCOMPARE(lite.renderLiteral(Literal::boolean(false)).value(), QStringLiteral("0"));
    const SqlExpr now{SqlExpr::Kind::Function, QStringLiteral("now"), {}};
    QCOMPARE(pg.renderServerDefault(now), QStringLiteral("now()"));
    QCOMPARE(lite.renderServerDefault(now), QStringLiteral("(CURRENT_TIMESTAMP)"));
    TypeSpec app{QStringLiteral("app"), QStringLiteral("myapp.GUID"), {}, {}, QStringLiteral("CHAR(32)")};
    QCOMPARE(lite.renderType(app).value(), QStringLiteral("CHAR(32)"));
    TypeSpec jsonb{QStringLiteral("postgresql"), QStringLiteral("JSONB"), {}, {}, {}};
    QVERIFY(!lite.renderType(jsonb));
    QCOMPARE(pg.renderType(jsonb).value(), QStringLiteral("JSONB"));
}

void TestSqlRenderer::compositeAutoincrementRefused()
{
    // SQLAlchemy's CompileError, as Retort's sql-unsupported error located at the create_table call.
    const auto lite = renderCase(QStringLiteral("composite_autoincrement"), QStringLiteral("sqlite"));
    QVERIFY(!lite);
    QCOMPARE(lite.error().code, QStringLiteral("sql-unsupported"));
    QCOMPARE(lite.error().severity, Severity::Error);
    QCOMPARE(lite.error().location.line, 13);
    QCOMPARE(lite.error().location.column, 5);
    QVERIFY(lite.error().location.file.endsWith(QLatin1String("composite_autoincrement/upgrade.py")));
    QVERIFY(renderCase(QStringLiteral("composite_autoincrement"), QStringLiteral("postgresql")));
}

void TestSqlRenderer::collationAndTypeChecks()
{
    const SqlDialect lite(SqlDialect::Kind::SQLite);
    const SqlDialect pg(SqlDialect::Kind::PostgreSQL);
    const auto kw = [](const char *key, Literal value) { return KeywordLiteral{QString::fromLatin1(key), value}; };
    // The generic _render_string_type: COLLATE "x" on both dialects, nothing escaped.
    const TypeSpec text{QStringLiteral("sa"), QStringLiteral("Text"), {},
                        {kw("collation", Literal::string(QStringLiteral("C")))}, {}};
    QCOMPARE(lite.renderType(text).value(), QStringLiteral("TEXT COLLATE \"C\""));
    const TypeSpec positional{QStringLiteral("sa"), QStringLiteral("String"),
                              {Literal::integer(20), Literal::string(QStringLiteral("en_US"))}, {}, {}};
    QCOMPARE(pg.renderType(positional).value(), QStringLiteral("VARCHAR(20) COLLATE \"en_US\""));
    // Unicode takes collation only as a keyword; a length of 0 renders none.
    const TypeSpec unicode{QStringLiteral("sa"), QStringLiteral("Unicode"),
                           {Literal::integer(0), Literal::string(QStringLiteral("C"))}, {}, {}};
    QCOMPARE(pg.renderType(unicode).value(), QStringLiteral("VARCHAR"));

    const TypeSpec boolean{QStringLiteral("sa"), QStringLiteral("Boolean"), {},
                           {kw("create_constraint", Literal::boolean(true)),
                            kw("name", Literal::string(QStringLiteral("ck_b")))}, {}};
    const auto liteCheck = lite.typeCheck(QStringLiteral("order"), boolean);
    QVERIFY(liteCheck);
    QCOMPARE(liteCheck->name, ObjectName::named(QStringLiteral("ck_b")));
    QCOMPARE(liteCheck->condition.text, QStringLiteral("\"order\" IN (0, 1)"));
    QVERIFY(!pg.typeCheck(QStringLiteral("order"), boolean)); // native BOOLEAN: no CHECK
    TypeSpec nativeEnum{QStringLiteral("sa"), QStringLiteral("Enum"),
                        {Literal::string(QStringLiteral("a")), Literal::string(QStringLiteral("it's"))},
                        {kw("create_constraint", Literal::boolean(true))}, {}};
    QVERIFY(!pg.typeCheck(QStringLiteral("e"), nativeEnum));
    const auto unnamed = lite.typeCheck(QStringLiteral("e"), nativeEnum);
    QVERIFY(unnamed && unnamed->name.isNull);
    QCOMPARE(unnamed->condition.text, QStringLiteral("e IN ('a', 'it''s')"));
    nativeEnum.kwargs.push_back(kw("native_enum", Literal::boolean(false)));
    QVERIFY(pg.typeCheck(QStringLiteral("e"), nativeEnum));
    nativeEnum.kwargs.front().value = Literal::boolean(false);
    QVERIFY(!lite.typeCheck(QStringLiteral("e"), nativeEnum));
}

void TestSqlRenderer::batchNeedsTableCode()
{
    BatchAlterTable batch;
    batch.table = QStringLiteral("t");
    DropColumn drop;
    drop.table = QStringLiteral("t");
    drop.column = QStringLiteral("c");
    batch.operations.push_back(makeOp(drop));
    const auto lite = SqlRenderer(SqlDialect(SqlDialect::Kind::SQLite), QStringLiteral("v.py")).render(makeOp(batch));
    QVERIFY(!lite);
    QCOMPARE(lite.error().code, QStringLiteral("batch-needs-table"));
    QCOMPARE(lite.error().message, QStringLiteral("batch recreate needs the table definition: table 't' is unknown"));
    QCOMPARE(lite.error().location.file, QStringLiteral("v.py"));
    QCOMPARE(lite.error().location.line, 3);
    // With a model: the table must be known, and known exactly.
    SchemaModel model;
    SqlRenderer withModel(SqlDialect(SqlDialect::Kind::SQLite), QStringLiteral("v.py"));
    withModel.setSchemaModel(&model);
    QVERIFY(withModel.render(makeOp(batch)).error().message.contains(QLatin1String("table 't' is unknown (")));
    CreateTable t;
    t.table = QStringLiteral("t");
    for (const char *name : {"c", "d"}) {
        ColumnSpec c;
        c.name = QLatin1String(name);
        c.type = TypeSpec{QStringLiteral("sa"), QStringLiteral("Integer"), {}, {}, {}};
        t.columns.push_back(c);
    }
    QVERIFY(model.apply(makeOp(t)).isEmpty());
    const auto copied = withModel.render(makeOp(batch));
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().toString()));
    QCOMPARE(copied->size(), 4);
    QCOMPARE(copied->at(1).text, QStringLiteral("INSERT INTO _alembic_tmp_t (d) SELECT t.d \nFROM t;"));
    QCOMPARE(copied->at(1).source.line, 3);
    DropColumn unknown = drop;
    unknown.column = QStringLiteral("zz");
    QCOMPARE(model.apply(makeOp(unknown), QStringLiteral("v0.py")).size(), qsizetype(1));
    const auto inexact = withModel.render(makeOp(batch));
    QVERIFY(!inexact);
    QCOMPARE(inexact.error().code, QStringLiteral("batch-needs-table"));
    QCOMPARE(inexact.error().message,
             QStringLiteral("batch recreate needs the table definition: table 't' is not known exactly "
                            "(v0.py:3:5: error: no column 'zz' in table 't')"));

    const auto pg = SqlRenderer(SqlDialect(SqlDialect::Kind::PostgreSQL)).render(makeOp(batch));
    QVERIFY(pg);
    QCOMPARE(pg->size(), 1);
    QCOMPARE(pg->at(0).text, QStringLiteral("ALTER TABLE t DROP COLUMN c;"));
}

QTEST_GUILESS_MAIN(TestSqlRenderer)
#include "tst_sqlrenderer.moc"
