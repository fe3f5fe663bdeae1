// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/iniconfig.h"
#include "core/alembic/revisionscript.h"
#include "core/ops/interpreter.h"

#include <QFile>
#include <QtTest>

using namespace Retort::Core;
using namespace Retort::Core::Ops;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/ops/") + name;
}

Expected<OperationList, Diagnostic> run(const QString &file, Direction dir, const QString &dialect = QStringLiteral("sqlite"),
                                        const ProjectMaps &maps = {})
{
    const RevisionScript script = readRevisionFile(dataPath(file));
    InterpreterContext ctx;
    ctx.dialect = dialect;
    ctx.maps = maps;
    return interpret(script, dir, ctx);
}

Expected<OperationList, Diagnostic> runSource(const QString &source, Direction dir = Direction::Upgrade)
{
    const RevisionScript script = readRevisionSource(QStringLiteral("inline.py"), source.toUtf8());
    return interpret(script, dir, InterpreterContext{});
}

QString describe(const Expected<OperationList, Diagnostic> &r)
{
    return r ? QStringLiteral("ok") : r.error().toString();
}

template<typename T>
const T &opAt(const std::vector<Operation> &ops, size_t i)
{
    static const T empty{};
    if (i >= ops.size() || !ops[i].as<T>()) {
        qWarning() << "operation" << i << "is" << (i < ops.size() ? operationName(ops[i]) : QStringLiteral("missing"));
        return empty;
    }
    return *ops[i].as<T>();
}

TypeSpec type(const QString &module, const QString &name, std::vector<Literal> args = {}, KeywordList kw = {})
{
    return TypeSpec{module, name, std::move(args), std::move(kw), QString()};
}

//! Operations compared without their source ranges.
std::vector<OperationData> stripped(const std::vector<Operation> &ops)
{
    std::vector<OperationData> out;
    for (const Operation &op : ops)
        out.push_back(op.data);
    return out;
}

} // namespace

class TestOpsInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void createTable();
    void columnOps();
    void indexAndConstraintOps();
    void tableOpsAndExecute();
    void irreversible();
    void positionalEqualsKeyword();
    void constantPlumbing();
    void dialectIfs_data();
    void dialectIfs();
    void loopsAndReturn();
    void batchOps();
    void autocommitAndEnums();
    void enumDrop();
    void projectMaps();
    void projectMapsMissing();
    void needsPython_data();
    void needsPython();
    void otherSpellings();
    void emptyAndMissing();
    void enumClasses();
    void columnLevelChecks();
};

void TestOpsInterpreter::createTable()
{
    const auto r = run(QStringLiteral("t1_core.py"), Direction::Upgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    QCOMPARE(r->file, dataPath(QStringLiteral("t1_core.py")));
    const auto &ops = r->operations;
    QCOMPARE(ops.size(), size_t(18));
    QCOMPARE(ops[0].range.line, 15);
    QCOMPARE(ops[0].range.column, 5);
    QCOMPARE(ops[0].range.endLine, 32);
    const CreateTable &t = opAt<CreateTable>(ops, 0);
    QCOMPARE(t.table, QStringLiteral("account"));
    QCOMPARE(t.schema, std::optional<QString>(QStringLiteral("main")));
    QCOMPARE(t.comment, std::optional<QString>(QStringLiteral("accounts")));
    QCOMPARE(t.kwargs.size(), size_t(1));
    QCOMPARE(t.kwargs[0].name, QStringLiteral("sqlite_autoincrement"));
    QCOMPARE(t.kwargs[0].value, Literal::boolean(true));
    QCOMPARE(t.columns.size(), size_t(6));

    const ColumnSpec &id = t.columns[0];
    QCOMPARE(id.name, QStringLiteral("id"));
    QCOMPARE(id.type, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("Integer"))));
    QVERIFY(!id.nullable);
    QVERIFY(id.nullableGiven);
    QCOMPARE(id.autoincrement, QStringLiteral("auto"));

    const ColumnSpec &name = t.columns[1];
    QCOMPARE(name.type, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("String"), {},
                                                     {KeywordLiteral{QStringLiteral("length"), Literal::integer(50)}})));
    QCOMPARE(name.serverDefault, std::optional<SqlExpr>(SqlExpr{SqlExpr::Kind::String, QStringLiteral("anon"), {}}));
    QCOMPARE(name.comment, std::optional<QString>(QStringLiteral("who")));

    const ColumnSpec &parent = t.columns[2];
    QVERIFY(parent.nullable);
    QVERIFY(!parent.nullableGiven);
    QCOMPARE(parent.index, std::optional<bool>(true));
    QCOMPARE(parent.foreignKeys.size(), size_t(1));
    QCOMPARE(parent.foreignKeys[0].target, QStringLiteral("account.id"));
    QCOMPARE(parent.foreignKeys[0].options.onDelete, std::optional<QString>(QStringLiteral("CASCADE")));
    QVERIFY(parent.foreignKeys[0].name.isNull);

    QCOMPARE(t.columns[3].serverDefault, std::optional<SqlExpr>(SqlExpr{SqlExpr::Kind::Function, QStringLiteral("now"), {}}));
    QCOMPARE(t.columns[3].type->kwargs[0].name, QStringLiteral("timezone"));
    QCOMPARE(t.columns[4].serverDefault, std::optional<SqlExpr>(SqlExpr{SqlExpr::Kind::False, {}, {}}));
    QCOMPARE(t.columns[4].unique, std::optional<bool>(true));
    // Nested type: postgresql.ARRAY(sa.String())
    const TypeSpec &arr = *t.columns[5].type;
    QCOMPARE(arr.module, QStringLiteral("postgresql"));
    QCOMPARE(arr.name, QStringLiteral("ARRAY"));
    QCOMPARE(arr.args.size(), size_t(1));
    QCOMPARE(arr.args[0].kind, Literal::Kind::Type);
    QCOMPARE(*arr.args[0].type, type(QStringLiteral("sa"), QStringLiteral("String")));

    QCOMPARE(t.constraints.size(), size_t(4));
    const auto *pk = std::get_if<PrimaryKeySpec>(&t.constraints[0]);
    QVERIFY(pk);
    QCOMPARE(pk->name, ObjectName::named(QStringLiteral("pk_account"), true));
    QCOMPARE(pk->columns, QStringList{QStringLiteral("id")});
    const auto *uq = std::get_if<UniqueSpec>(&t.constraints[1]);
    QVERIFY(uq);
    QCOMPARE(uq->name, ObjectName::named(QStringLiteral("uq_account_name")));
    const auto *ck = std::get_if<CheckSpec>(&t.constraints[2]);
    QVERIFY(ck);
    QCOMPARE(ck->condition, SqlExpr::verbatim(QStringLiteral("length(name) > 0")));
    const auto *fk = std::get_if<ForeignKeySpec>(&t.constraints[3]);
    QVERIFY(fk);
    QCOMPARE(fk->localColumns, QStringList{QStringLiteral("parent_id")});
    QCOMPARE(fk->referentTable, QStringLiteral("account"));
    QCOMPARE(fk->referentSchema, std::optional<QString>(QStringLiteral("other")));
    QCOMPARE(fk->remoteColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(fk->options.onDelete, std::optional<QString>(QStringLiteral("SET NULL")));
    QCOMPARE(fk->options.onUpdate, std::optional<QString>(QStringLiteral("RESTRICT")));
    QCOMPARE(fk->options.deferrable, std::optional<bool>(true));
    QCOMPARE(fk->options.initially, std::optional<QString>(QStringLiteral("DEFERRED")));
    QCOMPARE(t.indexes.size(), size_t(1));
    QVERIFY(t.indexes[0].unique);
    QCOMPARE(t.indexes[0].elements.size(), size_t(1));
    QCOMPARE(t.indexes[0].elements[0].expression, std::optional<SqlExpr>(SqlExpr::verbatim(QStringLiteral("lower(name)"))));
}

void TestOpsInterpreter::columnOps()
{
    const auto r = run(QStringLiteral("t1_core.py"), Direction::Upgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    const auto &ops = r->operations;
    const AddColumn &add = opAt<AddColumn>(ops, 1);
    QCOMPARE(add.table, QStringLiteral("account"));
    QCOMPARE(add.schema, std::optional<QString>(QStringLiteral("main")));
    QCOMPARE(add.column.type, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("Numeric"),
                                                           {Literal::integer(10), Literal::integer(2)})));
    QVERIFY(add.column.identity);
    QVERIFY(add.column.identity->always);
    QCOMPARE(add.column.identity->options, (KeywordList{KeywordLiteral{QStringLiteral("start"), Literal::integer(5)}}));
    QCOMPARE(ops[1].range.line, 33);

    const DropColumn &drop = opAt<DropColumn>(ops, 2);
    QCOMPARE(drop.column, QStringLiteral("n"));
    QCOMPARE(drop.schema, std::optional<QString>(QStringLiteral("main")));

    const AlterColumn &alter = opAt<AlterColumn>(ops, 3);
    QCOMPARE(alter.column, QStringLiteral("name"));
    QCOMPARE(alter.existingType, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("String"), {Literal::integer(50)})));
    QCOMPARE(alter.type, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("Text"))));
    QCOMPARE(alter.nullable, std::optional<bool>(true));
    QCOMPARE(alter.serverDefault.state, Change<SqlExpr>::State::Drop);
    QCOMPARE(alter.existingServerDefault.state, Change<SqlExpr>::State::Untouched);
    QCOMPARE(alter.comment.state, Change<QString>::State::Drop);
    QCOMPARE(alter.newColumnName, std::optional<QString>(QStringLiteral("title")));
    QCOMPARE(alter.existingNullable, std::optional<bool>(false));
    QCOMPARE(alter.postgresqlUsing, std::optional<QString>(QStringLiteral("name::text")));

    const AlterColumn &alter2 = opAt<AlterColumn>(ops, 4);
    QCOMPARE(alter2.serverDefault.state, Change<SqlExpr>::State::Set);
    QCOMPARE(alter2.serverDefault.value, SqlExpr::verbatim(QStringLiteral("'x'")));
    QCOMPARE(alter2.comment.state, Change<QString>::State::Set);
    QCOMPARE(alter2.comment.value, QStringLiteral("c"));
    QCOMPARE(alter2.nullable, std::nullopt);
    QVERIFY(!alter2.type);
}

void TestOpsInterpreter::indexAndConstraintOps()
{
    const auto r = run(QStringLiteral("t1_core.py"), Direction::Upgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    const auto &ops = r->operations;
    const IndexSpec &ix = opAt<CreateIndex>(ops, 5).index;
    QCOMPARE(ix.name, ObjectName::named(QStringLiteral("ix_account_title"), true));
    QCOMPARE(ix.table, QStringLiteral("account"));
    QCOMPARE(ix.elements.size(), size_t(2));
    QCOMPARE(ix.elements[0].column, QStringLiteral("title"));
    QCOMPARE(ix.elements[1].expression, std::optional<SqlExpr>(SqlExpr::verbatim(QStringLiteral("lower(title)"))));
    QVERIFY(ix.unique);
    QCOMPARE(ix.postgresqlWhere, std::optional<SqlExpr>(SqlExpr::verbatim(QStringLiteral("active"))));
    QCOMPARE(ix.sqliteWhere, std::optional<SqlExpr>(SqlExpr::verbatim(QStringLiteral("active"))));
    QCOMPARE(ix.postgresqlUsing, std::optional<QString>(QStringLiteral("btree")));
    QCOMPARE(ix.postgresqlInclude, QStringList{QStringLiteral("id")});
    QVERIFY(ix.postgresqlConcurrently);
    QVERIFY(ix.ifNotExists);

    const DropIndex &di = opAt<DropIndex>(ops, 6);
    QCOMPARE(di.name, ObjectName::named(QStringLiteral("ix_account_title")));
    QCOMPARE(di.table, std::optional<QString>(QStringLiteral("account")));
    QVERIFY(di.ifExists);

    const CreateUniqueConstraint &uq = opAt<CreateUniqueConstraint>(ops, 7);
    QCOMPARE(uq.table, QStringLiteral("account"));
    QCOMPARE(uq.schema, std::optional<QString>(QStringLiteral("main")));
    QCOMPARE(uq.constraint.columns, QStringList{QStringLiteral("title")});
    QCOMPARE(uq.constraint.deferrable, std::optional<bool>(true));

    const CreateForeignKey &fk = opAt<CreateForeignKey>(ops, 8);
    QCOMPARE(fk.sourceTable, QStringLiteral("account"));
    QCOMPARE(fk.sourceSchema, std::optional<QString>(QStringLiteral("main")));
    QCOMPARE(fk.constraint.referentTable, QStringLiteral("org"));
    QCOMPARE(fk.constraint.referentSchema, std::optional<QString>(QStringLiteral("other")));
    QCOMPARE(fk.constraint.localColumns, QStringList{QStringLiteral("org_id")});
    QCOMPARE(fk.constraint.remoteColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(fk.constraint.options.onUpdate, std::optional<QString>(QStringLiteral("CASCADE")));
    QCOMPARE(fk.constraint.options.onDelete, std::optional<QString>(QStringLiteral("SET NULL")));
    QCOMPARE(fk.constraint.options.deferrable, std::optional<bool>(false));
    QCOMPARE(fk.constraint.options.initially, std::optional<QString>(QStringLiteral("IMMEDIATE")));
    QCOMPARE(fk.constraint.options.match, std::optional<QString>(QStringLiteral("FULL")));

    QCOMPARE(opAt<CreateCheckConstraint>(ops, 9).constraint.condition, SqlExpr::verbatim(QStringLiteral("id > 0")));
    QCOMPARE(opAt<CreatePrimaryKey>(ops, 10).constraint.columns, (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    const DropConstraint &dc = opAt<DropConstraint>(ops, 11);
    QCOMPARE(dc.name, ObjectName::named(QStringLiteral("fk_acc_org")));
    QCOMPARE(dc.type, std::optional<QString>(QStringLiteral("foreignkey")));
}

void TestOpsInterpreter::tableOpsAndExecute()
{
    const auto r = run(QStringLiteral("t1_core.py"), Direction::Upgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    const auto &ops = r->operations;
    QCOMPARE(opAt<RenameTable>(ops, 12), (RenameTable{QStringLiteral("account"), QStringLiteral("accounts"), std::nullopt}));
    QCOMPARE(opAt<CreateTableComment>(ops, 13), (CreateTableComment{QStringLiteral("accounts"), std::nullopt,
        QStringLiteral("all accounts"), QStringLiteral("accounts")}));
    QCOMPARE(opAt<DropTableComment>(ops, 14), (DropTableComment{QStringLiteral("accounts"), std::nullopt, QStringLiteral("all accounts")}));
    QCOMPARE(opAt<Execute>(ops, 15), (Execute{QStringLiteral("UPDATE accounts SET title = 'x'"), true}));
    QCOMPARE(opAt<Execute>(ops, 16), (Execute{QStringLiteral("DELETE FROM accounts"), true}));
    QCOMPARE(opAt<DropTable>(ops, 17).schema, std::optional<QString>(QStringLiteral("main")));
    QCOMPARE(operationName(ops[17]), QStringLiteral("drop_table"));
}

void TestOpsInterpreter::irreversible()
{
    const auto r = run(QStringLiteral("t1_core.py"), Direction::Downgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    QCOMPARE(r->operations.size(), size_t(1)); // nothing after the raise
    QCOMPARE(opAt<Irreversible>(r->operations, 0).message, QStringLiteral("irreversible migration"));
    QCOMPARE(r->operations[0].range.line, 61);
}

void TestOpsInterpreter::positionalEqualsKeyword()
{
    const auto up = run(QStringLiteral("binding.py"), Direction::Upgrade);
    const auto down = run(QStringLiteral("binding.py"), Direction::Downgrade);
    QVERIFY2(up, qPrintable(describe(up)));
    QVERIFY2(down, qPrintable(describe(down)));
    QCOMPARE(up->operations.size(), size_t(14));
    QVERIFY(stripped(up->operations) == stripped(down->operations));
    const AlterColumn &a = opAt<AlterColumn>(up->operations, 2);
    QCOMPARE(a.existingServerDefault.value, (SqlExpr{SqlExpr::Kind::String, QStringLiteral("y"), {}}));
    QCOMPARE(a.schema, std::optional<QString>(QStringLiteral("s")));
    QCOMPARE(opAt<CreateForeignKey>(up->operations, 6).constraint.referentSchema, std::optional<QString>(QStringLiteral("rs")));
}

void TestOpsInterpreter::constantPlumbing()
{
    const auto r = run(QStringLiteral("plumbing.py"), Direction::Upgrade, QStringLiteral("postgresql"));
    QVERIFY2(r, qPrintable(describe(r)));
    const auto &ops = r->operations;
    QCOMPARE(ops.size(), size_t(10));
    const CreateTable &t = opAt<CreateTable>(ops, 0);
    QCOMPARE(t.table, QStringLiteral("person_log"));
    QCOMPARE(t.schema, std::nullopt);
    QVERIFY(t.columns[0].primaryKey);
    QVERIFY(!t.columns[0].nullable);
    QCOMPARE(t.columns[1].type->args, (std::vector<Literal>{Literal::integer(40)}));
    const BulkInsert &b = opAt<BulkInsert>(ops, 1);
    QCOMPARE(b.table, QStringLiteral("person_log"));
    QCOMPARE(b.columns.size(), size_t(2));
    QCOMPARE(b.columns[1].type, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("String"), {Literal::integer(40)})));
    QCOMPARE(b.rows.size(), size_t(2));
    QCOMPARE(b.rows[0], (KeywordList{{QStringLiteral("id"), Literal::integer(1)}, {QStringLiteral("label"), Literal::string(QStringLiteral("one"))}}));
    QCOMPARE(b.rows[1][1].value, Literal::none());
    QVERIFY(b.multiInsert);
    QCOMPARE(opAt<CreateIndex>(ops, 2).index.name, ObjectName::named(QStringLiteral("ix_person_log_label")));
    QCOMPARE(opAt<Execute>(ops, 3).sql, QStringLiteral("UPDATE person SET label = 'x20'"));
    QCOMPARE(opAt<AddColumn>(ops, 4).table, QStringLiteral("a"));
    QCOMPARE(opAt<AddColumn>(ops, 5).table, QStringLiteral("b"));
    QCOMPARE(opAt<AddColumn>(ops, 5).column.serverDefault, std::optional<SqlExpr>(SqlExpr::verbatim(QStringLiteral("now()"))));
    QCOMPARE(ops[4].range, ops[5].range); // one call, unrolled twice
    const BulkInsert &people = opAt<BulkInsert>(ops, 9);
    QCOMPARE(people.table, QStringLiteral("people"));
    QVERIFY(!people.multiInsert);
    QCOMPARE(people.columns[0].name, QStringLiteral("id"));
}

void TestOpsInterpreter::dialectIfs_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("executed");
    QTest::addColumn<bool>("dropsIndex");
    QTest::newRow("postgresql") << QStringLiteral("postgresql")
        << QStringList{QStringLiteral("UPDATE person SET label = 'x20'"), QStringLiteral("SET lock_timeout = '5s'"),
                       QStringLiteral("ANALYZE")} << true;
    QTest::newRow("sqlite") << QStringLiteral("sqlite")
        << QStringList{QStringLiteral("UPDATE person SET label = 'x20'"), QStringLiteral("PRAGMA foreign_keys=OFF")} << false;
    QTest::newRow("mysql") << QStringLiteral("mysql")
        << QStringList{QStringLiteral("UPDATE person SET label = 'x20'"), QStringLiteral("other")} << true;
}

void TestOpsInterpreter::dialectIfs()
{
    QFETCH(QString, dialect);
    QFETCH(QStringList, executed);
    QFETCH(bool, dropsIndex);
    const auto r = run(QStringLiteral("plumbing.py"), Direction::Upgrade, dialect);
    QVERIFY2(r, qPrintable(describe(r)));
    QStringList sql;
    bool dropped = false;
    for (const Operation &op : r->operations) {
        if (const auto *e = op.as<Execute>())
            sql << e->sql;
        if (const auto *d = op.as<DropIndex>())
            dropped = d->name.text == QLatin1String("ix_pg_only") && d->table == QStringLiteral("person");
    }
    QCOMPARE(sql, executed);
    QCOMPARE(dropped, dropsIndex);
}

void TestOpsInterpreter::loopsAndReturn()
{
    const auto r = run(QStringLiteral("plumbing.py"), Direction::Downgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    QCOMPARE(r->operations.size(), size_t(2)); // the return ends the body
    QCOMPARE(opAt<DropColumn>(r->operations, 0).table, QStringLiteral("t1"));
    QCOMPARE(opAt<DropColumn>(r->operations, 0).column, QStringLiteral("c1"));
    QCOMPARE(opAt<DropColumn>(r->operations, 1).column, QStringLiteral("c2"));
}

void TestOpsInterpreter::batchOps()
{
    const auto r = run(QStringLiteral("batch.py"), Direction::Upgrade, QStringLiteral("postgresql"));
    QVERIFY2(r, qPrintable(describe(r)));
    const BatchAlterTable &b = opAt<BatchAlterTable>(r->operations, 0);
    QCOMPARE(r->operations[0].range.line, 14);
    QCOMPARE(b.table, QStringLiteral("item"));
    QCOMPARE(b.schema, std::nullopt);
    QCOMPARE(b.recreate, QStringLiteral("always"));
    QCOMPARE(b.tableArgs.size(), size_t(1));
    QCOMPARE(std::get<UniqueSpec>(b.tableArgs[0]).name, ObjectName::named(QStringLiteral("uq_code")));
    QCOMPARE(b.namingConvention.size(), size_t(1));
    QCOMPARE(b.namingConvention[0].second, QStringLiteral("fk_%(table_name)s_%(column_0_name)s"));
    const auto &ops = b.operations;
    QCOMPARE(ops.size(), size_t(11));
    const AddColumn &add = opAt<AddColumn>(ops, 0);
    QCOMPARE(add.table, QStringLiteral("item"));
    QCOMPARE(add.insertAfter, std::optional<QString>(QStringLiteral("id")));
    QCOMPARE(add.column.type->module, QStringLiteral("postgresql"));
    QCOMPARE(add.column.type->name, QStringLiteral("JSONB"));
    QCOMPARE(*add.column.type->kwarg(QStringLiteral("astext_type"))->type, type(QStringLiteral("sa"), QStringLiteral("Text")));
    QCOMPARE(opAt<DropColumn>(ops, 1).column, QStringLiteral("old"));
    QCOMPARE(opAt<AlterColumn>(ops, 2).existingType, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("VARCHAR"), {Literal::integer(10)})));
    QCOMPARE(opAt<AlterColumn>(ops, 2).table, QStringLiteral("item"));
    QCOMPARE(opAt<CreateIndex>(ops, 3).index.name, ObjectName::named(QStringLiteral("ix_item_code"), true));
    QCOMPARE(opAt<CreateIndex>(ops, 3).index.table, QStringLiteral("item"));
    QCOMPARE(opAt<DropIndex>(ops, 4).table, std::optional<QString>(QStringLiteral("item")));
    const CreateForeignKey &fk = opAt<CreateForeignKey>(ops, 5);
    QCOMPARE(fk.sourceTable, QStringLiteral("item"));
    QCOMPARE(fk.constraint.referentTable, QStringLiteral("owner"));
    QCOMPARE(fk.constraint.options.onDelete, std::optional<QString>(QStringLiteral("CASCADE")));
    QCOMPARE(opAt<CreateUniqueConstraint>(ops, 6).constraint.columns, QStringList{QStringLiteral("x")});
    QCOMPARE(opAt<CreateCheckConstraint>(ops, 7).table, QStringLiteral("item"));
    QCOMPARE(opAt<CreatePrimaryKey>(ops, 8).constraint.columns, QStringList{QStringLiteral("id")});
    QCOMPARE(opAt<DropConstraint>(ops, 9).type, std::optional<QString>(QStringLiteral("unique")));
    QCOMPARE(opAt<Execute>(ops, 10).sql, QStringLiteral("UPDATE item SET x = 1"));
}

void TestOpsInterpreter::autocommitAndEnums()
{
    const auto r = run(QStringLiteral("batch.py"), Direction::Upgrade, QStringLiteral("postgresql"));
    QVERIFY2(r, qPrintable(describe(r)));
    const auto &ops = r->operations;
    QCOMPARE(ops.size(), size_t(6));
    const AutocommitBlock &ac = opAt<AutocommitBlock>(ops, 1);
    QCOMPARE(ac.operations.size(), size_t(2));
    QCOMPARE(opAt<CreateIndex>(ac.operations, 0).index.postgresqlUsing, std::optional<QString>(QStringLiteral("gin")));
    QVERIFY(opAt<CreateIndex>(ac.operations, 0).index.postgresqlConcurrently);
    QCOMPARE(opAt<Execute>(ac.operations, 1).sql, QStringLiteral("ALTER TYPE mood ADD VALUE 'meh'"));
    const CreateEnumType &status = opAt<CreateEnumType>(ops, 2);
    QCOMPARE(status.name, QStringLiteral("status"));
    QCOMPARE(status.schema, std::optional<QString>(QStringLiteral("app")));
    QCOMPARE(status.values, (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
    QVERIFY(!status.checkFirst);
    QCOMPARE(status.type.name, QStringLiteral("Enum"));
    const CreateEnumType &mood = opAt<CreateEnumType>(ops, 3);
    QCOMPARE(mood.name, QStringLiteral("mood"));
    QCOMPARE(mood.type.module, QStringLiteral("postgresql"));
    QCOMPARE(*mood.type.kwarg(QStringLiteral("create_type")), Literal::boolean(false));
    QVERIFY(mood.checkFirst);
    QCOMPARE(opAt<AddColumn>(ops, 4).column.type->name, QStringLiteral("ENUM"));
    const TypeSpec &ids = *opAt<AddColumn>(ops, 5).column.type;
    QCOMPARE(ids.name, QStringLiteral("ARRAY"));
    QCOMPARE(*ids.args[0].type, type(QStringLiteral("postgresql"), QStringLiteral("UUID"), {},
                                     {KeywordLiteral{QStringLiteral("as_uuid"), Literal::boolean(true)}}));
}

void TestOpsInterpreter::enumDrop()
{
    const auto r = run(QStringLiteral("batch.py"), Direction::Downgrade, QStringLiteral("postgresql"));
    QVERIFY2(r, qPrintable(describe(r)));
    QCOMPARE(r->operations.size(), size_t(3));
    QCOMPARE(opAt<DropEnumType>(r->operations, 1).name, QStringLiteral("mood"));
    QCOMPARE(opAt<DropEnumType>(r->operations, 2).name, QStringLiteral("status"));
    QVERIFY(opAt<DropEnumType>(r->operations, 2).checkFirst);
}

void TestOpsInterpreter::projectMaps()
{
    // alembic.ini has no [retort] section, so the retort.ini beside it is read.
    QFile f(dataPath(QStringLiteral("alembic.ini")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    DiagnosticList diags;
    const IniConfig ini = IniConfig::parse(QString::fromUtf8(f.readAll()), f.fileName(), {}, &diags);
    const ProjectMaps maps = ProjectMaps::load(ini, f.fileName(), &diags);
    QVERIFY2(diags.isEmpty(), diags.isEmpty() ? "" : qPrintable(diags.front().toString()));
    QVERIFY(!maps.isEmpty());
    // The same section inside alembic.ini wins; unknown keys are reported.
    const IniConfig inline_ = IniConfig::parse(QStringLiteral("[retort]\ntypes.a.B = TEXT\nfoo = 1\n"),
                                               QStringLiteral("alembic.ini"), {}, &diags);
    const ProjectMaps own = ProjectMaps::load(inline_, f.fileName(), &diags);
    QCOMPARE(own.type(QStringLiteral("a.B"), QStringLiteral("sqlite")), QStringLiteral("TEXT"));
    QVERIFY(!own.hasType(QStringLiteral("myapp.types.GUID")));
    QCOMPARE(diags.size(), qsizetype(1));
    QCOMPARE(diags[0].code, QStringLiteral("retort-map-key"));
    QCOMPARE(diags[0].location.line, 3);
    QCOMPARE(maps.type(QStringLiteral("myapp.types.GUID"), QStringLiteral("sqlite")), QStringLiteral("CHAR(32)"));
    QCOMPARE(maps.type(QStringLiteral("myapp.types.GUID"), QStringLiteral("postgresql")), QStringLiteral("UUID"));

    for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const auto r = run(QStringLiteral("appmaps.py"), Direction::Upgrade, dialect, maps);
        QVERIFY2(r, qPrintable(describe(r)));
        const auto &ops = r->operations;
        QCOMPARE(ops.size(), size_t(4));
        const QString sql = dialect == QLatin1String("sqlite") ? QStringLiteral("CHAR(32)") : QStringLiteral("UUID");
        const TypeSpec &uid = *opAt<AddColumn>(ops, 0).column.type;
        QCOMPARE(uid.module, QStringLiteral("app"));
        QCOMPARE(uid.name, QStringLiteral("myapp.types.GUID"));
        QCOMPARE(uid.sql, sql);
        QCOMPARE(opAt<AddColumn>(ops, 1).column.type->sql, sql);
        QCOMPARE(opAt<AddColumn>(ops, 2).column.type->args, (std::vector<Literal>{Literal::integer(120)}));
        QCOMPARE(opAt<AddColumn>(ops, 3).column.type->args, (std::vector<Literal>{Literal::integer(16)}));
    }
    const auto down = run(QStringLiteral("appmaps.py"), Direction::Downgrade, QStringLiteral("sqlite"), maps);
    QVERIFY(!down);
    QCOMPARE(down.error().message, QStringLiteral("call to 'myapp.types.Unmapped' needs Python"));
    QCOMPARE(down.error().location.line, 20);
    QCOMPARE(down.error().location.column, 42);
}

void TestOpsInterpreter::projectMapsMissing()
{
    const auto r = run(QStringLiteral("appmaps.py"), Direction::Upgrade);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("needs-python"));
    QCOMPARE(r.error().severity, Severity::Warning);
    QCOMPARE(r.error().message, QStringLiteral("call to 'GUID' needs Python"));
    QCOMPARE(r.error().location.line, 13);
    QCOMPARE(r.error().location.column, 44);
}

void TestOpsInterpreter::needsPython_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    // Each body goes after a 5-line header, so its first line is line 6.
    QTest::newRow("get_bind().execute") << "    op.add_column('t', sa.Column('x', sa.Integer()))\n"
                                           "    op.get_bind().execute(sa.text('UPDATE t SET x = 1'))\n"
        << 7 << 5 << "op.get_bind().execute(...) needs a live database";
    QTest::newRow("conn.execute") << "    conn = op.get_bind()\n    rows = conn.execute('SELECT 1').fetchall()\n"
        << 7 << 12 << "conn.execute(...) needs a live database";
    QTest::newRow("helper call") << "    op.drop_table('a')\n    my_helper(op, 'b')\n" << 7 << 5
        << "call to 'my_helper' needs Python";
    QTest::newRow("while loop") << "    op.drop_table('a')\n    while True:\n        pass\n" << 7 << 5
        << "a while loop needs Python";
    QTest::newRow("unknown import") << "    from myapp import models\n    op.add_column('t', sa.Column('x', models.Kind.NAME))\n"
        << 7 << 39 << "type 'models.Kind.NAME' is not known; map it in [retort] types.myapp.models.Kind.NAME";
    QTest::newRow("comprehension over a query")
        << "    for name in [r[0] for r in op.get_bind().execute('SELECT n FROM t')]:\n        op.drop_table(name)\n"
        << 6 << 17 << "a comprehension needs Python";
    QTest::newRow("loop over query") << "    for row in op.get_bind().execute('SELECT 1'):\n        pass\n" << 6 << 16
        << "op.get_bind().execute(...) needs a live database";
    QTest::newRow("try") << "    try:\n        op.drop_table('a')\n    except Exception:\n        pass\n" << 6 << 5
        << "a try statement needs Python";
    QTest::newRow("unknown name") << "    op.drop_table(TABLE_NAME)\n" << 6 << 19
        << "name 'TABLE_NAME' is not known without Python";
    QTest::newRow("core expression") << "    t = sa.table('t', sa.column('x'))\n    op.execute(t.update().values(x=1))\n"
        << 7 << 16 << "'t.update(...)' needs Python";
    QTest::newRow("print") << "    print('hello')\n" << 6 << 5 << "call to 'print' needs Python";
    QTest::newRow("is_offline_mode") << "    if context.is_offline_mode():\n        pass\n" << 6 << 8
        << "context.is_offline_mode() needs a live migration context";
    QTest::newRow("sa.inspect") << "    insp = sa.inspect(op.get_bind())\n" << 6 << 12
        << "'sa.inspect' is not supported without Python";
    QTest::newRow("unsupported op") << "    op.create_exclude_constraint('ex', 't', ('p', '&&'))\n" << 6 << 5
        << "op.create_exclude_constraint() is not supported without Python";
    QTest::newRow("bad keyword") << "    op.rename_table('a', 'b', scheme='x')\n" << 6 << 38
        << "op.rename_table() got an unexpected keyword argument 'scheme'";
    QTest::newRow("copy_from") << "    with op.batch_alter_table('t', copy_from=sa.table('t')) as b:\n        pass\n" << 6 << 46
        << "batch_alter_table(copy_from=...) needs Python";
    QTest::newRow("module-level op") << "    op.execute(X)\nX = op.drop_table('t')\n" << 7 << 5
        << "op.drop_table() at module level needs Python";
    QTest::newRow("server_default expression") << "    op.add_column('t', sa.Column('c', sa.Integer(), server_default=sa.cast(1, sa.Integer)))\n"
        << 6 << 68 << "'sa.cast' is not supported without Python";
    QTest::newRow("module constant") << "    op.drop_table(T)\nT = compute_name()\n" << 7 << 5
        << "call to 'compute_name' needs Python";
    QTest::newRow("argument twice") << "    op.drop_table('a', table_name='b')\n" << 6 << 35
        << "op.drop_table() got multiple values for argument 'table_name'";
    QTest::newRow("app guard") << "    if skip_based_on_version(op, __name__):\n        return\n" << 6 << 8
        << "call to 'skip_based_on_version' needs Python";
    QTest::newRow("session") << "    session = Session(bind=op.get_bind())\n" << 6 << 15
        << "call to 'Session' needs Python";
    // A module-level def or class used as a value is located at its use.
    QTest::newRow("module def as value") << "    op.drop_table(helper)\ndef helper():\n    pass\n" << 6 << 19
        << "'table_name' must be a string, not 'helper'";
    // sa.Enum(PythonEnumClass) beyond the plain case.
    const QString use = QStringLiteral("    op.add_column('t', sa.Column('c', sa.Enum(Colour)))\nimport enum\n");
    QTest::newRow("enum values_callable")
        << "    op.add_column('t', sa.Column('c', sa.Enum(C, name='c', values_callable=vals)))\n"
           "import enum\nclass C(enum.Enum):\n    a = 'x'\ndef vals(e):\n    return [m.value for m in e]\n"
        << 6 << 76 << "sa.Enum(C, values_callable=...) needs Python";
    QTest::newRow("enum imported") << use + QStringLiteral("from myapp.enums import Colour\n") << 6 << 47
        << "'myapp.enums.Colour' is imported, not defined in this file: sa.Enum() of it needs Python";
    QTest::newRow("enum method") << use + QStringLiteral("class Colour(enum.Enum):\n    red = 1\n"
                                                         "    def label(self):\n        return 'x'\n")
        << 10 << 5 << "enum class 'Colour': this statement in its body needs Python";
    QTest::newRow("enum auto") << use + QStringLiteral("class Colour(enum.Enum):\n    red = enum.auto()\n")
        << 9 << 5 << "enum class 'Colour': this statement in its body needs Python";
    QTest::newRow("enum flag") << use + QStringLiteral("class Colour(enum.Flag):\n    red = 1\n")
        << 8 << 14 << "enum class 'Colour': the base 'enum.Flag' needs Python";
    QTest::newRow("not an enum") << use + QStringLiteral("class Colour:\n    red = 1\n")
        << 6 << 47 << "'Colour' is not an enum.Enum subclass; sa.Enum() of it needs Python";
    QTest::newRow("enum unique alias") << use + QStringLiteral("@enum.unique\nclass Colour(enum.Enum):\n    red = 1\n    rouge = 1\n")
        << 11 << 5 << "enum class 'Colour': an alias in a @unique enum needs Python";
    QTest::newRow("int enum string") << use + QStringLiteral("class Colour(enum.IntEnum):\n    red = 'r'\n")
        << 9 << 11 << "enum class 'Colour': a string value in an int enum needs Python";
}

void TestOpsInterpreter::needsPython()
{
    QFETCH(QString, body);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString source = QStringLiteral("from alembic import op, context\nimport sqlalchemy as sa\n"
                                          "revision = 'x'\ndown_revision = None\ndef upgrade():\n")
        + body;
    const auto r = runSource(source);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("needs-python"));
    QCOMPARE(r.error().message, message);
    QCOMPARE(r.error().location.file, QStringLiteral("inline.py"));
    QCOMPARE(r.error().location.line, line);
    QCOMPARE(r.error().location.column, column);
}

void TestOpsInterpreter::otherSpellings()
{
    const auto r = runSource(QStringLiteral(
        "from alembic.op import add_column, execute\n"
        "import sqlalchemy\n"
        "from sqlalchemy import Column, Boolean\n"
        "from sqlalchemy.sql import expression\n"
        "revision = 'x'\n"
        "down_revision = None\n"
        "def upgrade():\n"
        "    add_column('t', Column('flag', Boolean(), server_default=expression.false()))\n"
        "    add_column('t', sqlalchemy.Column('n', sqlalchemy.dialects.postgresql.JSONB,\n"
        "               server_default=sqlalchemy.literal_column(\"'{}'\")))\n"
        "    execute(sqlalchemy.text('SELECT ' + '1'))\n"
        "    add_column('t', Column('total', sqlalchemy.Integer, sqlalchemy.Computed('a + b', persisted=True)))\n"));
    QVERIFY2(r, qPrintable(describe(r)));
    QCOMPARE(r->operations.size(), size_t(4));
    QCOMPARE(opAt<AddColumn>(r->operations, 3).column.computed,
             std::optional<ComputedSpec>(ComputedSpec{SqlExpr::verbatim(QStringLiteral("a + b")), true}));
    const ColumnSpec &flag = opAt<AddColumn>(r->operations, 0).column;
    QCOMPARE(flag.type, std::optional<TypeSpec>(type(QStringLiteral("sa"), QStringLiteral("Boolean"))));
    QCOMPARE(flag.serverDefault, std::optional<SqlExpr>(SqlExpr{SqlExpr::Kind::False, {}, {}}));
    const ColumnSpec &n = opAt<AddColumn>(r->operations, 1).column;
    QCOMPARE(n.type, std::optional<TypeSpec>(type(QStringLiteral("postgresql"), QStringLiteral("JSONB"))));
    QCOMPARE(n.serverDefault, std::optional<SqlExpr>(SqlExpr{SqlExpr::Kind::LiteralColumn, QStringLiteral("'{}'"), {}}));
    QCOMPARE(r->operations[1].range.line, 9);
    QCOMPARE(r->operations[1].range.endLine, 10);
    QCOMPARE(opAt<Execute>(r->operations, 2).sql, QStringLiteral("SELECT 1"));
}

void TestOpsInterpreter::emptyAndMissing()
{
    const auto r = runSource(QStringLiteral("revision = 'x'\ndown_revision = None\ndef upgrade():\n    pass\n"),
                             Direction::Downgrade);
    QVERIFY2(r, qPrintable(describe(r)));
    QVERIFY(r->operations.empty());
    const auto p = runSource(QStringLiteral("revision = 'x'\ndown_revision = None\ndef upgrade():\n    \"\"\"doc\"\"\"\n    pass\n"));
    QVERIFY2(p, qPrintable(describe(p)));
    QVERIFY(p->operations.empty());
    const RevisionScript header = readRevisionFile(dataPath(QStringLiteral("t1_core.py")), RevisionReadMode::HeaderOnly);
    const auto h = interpret(header, Direction::Upgrade, InterpreterContext{});
    QVERIFY(!h);
    QCOMPARE(h.error().code, QStringLiteral("needs-python"));
}

void TestOpsInterpreter::enumClasses()
{
    const auto r = runSource(QStringLiteral(
        "import enum\n"
        "from enum import Enum\n"
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        "from sqlalchemy.dialects import postgresql\n"
        "revision = 'x'\n"
        "down_revision = None\n"
        "class Colour(enum.Enum):\n"
        "    '''doc'''\n"
        "    red = 1\n"
        "    green = 2\n"
        "    scarlet = 1\n"
        "class Size(str, Enum):\n"
        "    S = 's'\n"
        "    M = 1\n"
        "    ONE = '1'\n"
        "def upgrade():\n"
        "    op.add_column('t', sa.Column('a', sa.Enum(Colour)))\n"
        "    op.add_column('t', sa.Column('b', sa.Enum(Colour, name='c2', omit_aliases=True)))\n"
        "    op.add_column('t', sa.Column('c', postgresql.ENUM(Size, name=None)))\n"
        "    op.add_column('t', sa.Column('d', sa.Enum(Size, omit_aliases=True)))\n"));
    QVERIFY2(r, qPrintable(describe(r)));
    QCOMPARE(r->operations.size(), size_t(4));
    auto typeOf = [&](size_t i) { return *opAt<AddColumn>(r->operations, i).column.type; };
    const auto strings = [](std::initializer_list<const char *> values) {
        std::vector<Literal> out;
        for (const char *v : values)
            out.push_back(Literal::string(QString::fromLatin1(v)));
        return out;
    };
    // SQLAlchemy 1.4: the member names, aliases included; name= defaults to the class name lower-cased.
    QCOMPARE(typeOf(0).args, strings({"red", "green", "scarlet"}));
    QCOMPARE(typeOf(0).kwarg(QStringLiteral("name"))->text, QStringLiteral("colour"));
    QCOMPARE(typeOf(1).args, strings({"red", "green"}));
    QCOMPARE(typeOf(1).kwarg(QStringLiteral("name"))->text, QStringLiteral("c2"));
    QCOMPARE(typeOf(2).module, QStringLiteral("postgresql"));
    QCOMPARE(typeOf(2).args, strings({"S", "M", "ONE"}));
    QCOMPARE(typeOf(2).kwarg(QStringLiteral("name"))->kind, Literal::Kind::None); // an explicit None stays
    QCOMPARE(typeOf(3).args, strings({"S", "M"}));                                 // str(1) == '1': ONE is an alias
}

void TestOpsInterpreter::columnLevelChecks()
{
    const auto r = runSource(QStringLiteral(
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        "revision = 'x'\n"
        "down_revision = None\n"
        "def upgrade():\n"
        "    op.add_column('t', sa.Column('n', sa.Integer(), sa.CheckConstraint('n > 0', name='ck_n'),\n"
        "                                 sa.CheckConstraint(sa.text('n < 9'), deferrable=True), default=3))\n"
        "    op.add_column('t', sa.Column('m', sa.Integer(), default=None))\n"));
    QVERIFY2(r, qPrintable(describe(r)));
    const ColumnSpec &n = opAt<AddColumn>(r->operations, 0).column;
    QCOMPARE(n.checks.size(), size_t(2));
    QCOMPARE(n.checks[0], (CheckSpec{ObjectName::named(QStringLiteral("ck_n")), SqlExpr::verbatim(QStringLiteral("n > 0")),
                                     std::nullopt, std::nullopt}));
    QCOMPARE(n.checks[1], (CheckSpec{ObjectName{}, SqlExpr::verbatim(QStringLiteral("n < 9")), true, std::nullopt}));
    QVERIFY(n.clientDefault);
    QVERIFY(!opAt<AddColumn>(r->operations, 1).column.clientDefault);
}

QTEST_GUILESS_MAIN(TestOpsInterpreter)
#include "tst_opsinterpreter.moc"
