// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/revisionscript.h"
#include "core/ops/interpreter.h"
#include "core/ops/schemamodel.h"

#include <QtTest>

using namespace Retort::Core;
using namespace Retort::Core::Ops;

namespace {

const QString kFile = QStringLiteral("v1.py");

/*! The operations of an upgrade() whose body is \a body (indented by the caller's lines
    being joined with four spaces). Fails the test (empty list) when it cannot be read. */
OperationList operations(const QStringList &body, const QString &dialect = QStringLiteral("sqlite"),
                         const ProjectMaps &maps = {})
{
    QString source = QStringLiteral("from alembic import op\nimport sqlalchemy as sa\nfrom myapp.types import GUID\n"
                                    "revision = 'a'\ndown_revision = None\n\ndef upgrade():\n");
    for (const QString &line : body)
        source += QStringLiteral("    ") + line + QLatin1Char('\n');
    const RevisionScript script = readRevisionSource(kFile, source.toUtf8());
    const auto ops = interpret(script, Direction::Upgrade, InterpreterContext{dialect, maps});
    if (!ops) {
        qWarning() << ops.error().toString();
        return {};
    }
    return ops.value();
}

//! A model after \a body; its problems in \a problems.
SchemaModel modelAfter(const QStringList &body, DiagnosticList *problems = nullptr,
                       const QString &dialect = QStringLiteral("sqlite"))
{
    SchemaModel model(dialect);
    const DiagnosticList found = model.apply(operations(body, dialect));
    if (problems)
        *problems = found;
    else if (!found.isEmpty())
        qWarning() << found.front().toString();
    return model;
}

QStringList columnNames(const CreateTable &t)
{
    QStringList names;
    for (const ColumnSpec &c : t.columns)
        names << c.name;
    return names;
}

const ColumnSpec *column(const CreateTable &t, const QString &name)
{
    for (const ColumnSpec &c : t.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

//! "pk:id", "uq:name(cols)", "fk:name(cols)->table(cols)", "ck:name"; unnamed: "-".
QStringList constraintList(const CreateTable &t)
{
    QStringList out;
    for (const ConstraintSpec &c : t.constraints) {
        const QString name = Detail::nameOf(c).isNull ? QStringLiteral("-") : Detail::nameOf(c).text;
        if (const auto *pk = std::get_if<PrimaryKeySpec>(&c))
            out << QStringLiteral("pk:%1(%2)").arg(name, pk->columns.join(QLatin1Char(',')));
        else if (const auto *uq = std::get_if<UniqueSpec>(&c))
            out << QStringLiteral("uq:%1(%2)").arg(name, uq->columns.join(QLatin1Char(',')));
        else if (const auto *fk = std::get_if<ForeignKeySpec>(&c))
            out << QStringLiteral("fk:%1(%2)->%3(%4)").arg(name, fk->localColumns.join(QLatin1Char(',')), fk->referentTable,
                                                          fk->remoteColumns.join(QLatin1Char(',')));
        else
            out << QStringLiteral("ck:%1").arg(name);
    }
    return out;
}

//! "name(cols)" per index, "!" before a unique one.
QStringList indexList(const CreateTable &t)
{
    QStringList out;
    for (const IndexSpec &index : t.indexes) {
        QStringList cols;
        for (const IndexElement &e : index.elements)
            cols << (e.expression ? e.expression->text : e.column);
        out << QStringLiteral("%1%2(%3)@%4").arg(index.unique ? QStringLiteral("!") : QString(), index.name.text,
                                                 cols.join(QLatin1Char(',')), index.table);
    }
    return out;
}

const QStringList kParentAndChild = {
    QStringLiteral("op.create_table('parent', sa.Column('id', sa.Integer(), primary_key=True),"
                   " sa.Column('code', sa.String(10), nullable=False, unique=True))"),
    QStringLiteral("op.create_table('child', sa.Column('id', sa.Integer(), nullable=False),"
                   " sa.Column('parent_id', sa.Integer(), sa.ForeignKey('parent.id')),"
                   " sa.Column('rank', sa.Integer(), index=True), sa.Column('note', sa.Text()),"
                   " sa.PrimaryKeyConstraint('id', name='pk_child'),"
                   " sa.CheckConstraint('rank > 0', name='ck_child_rank'),"
                   " sa.UniqueConstraint('parent_id', 'note', name='uq_child_parent_note'),"
                   " sa.Index('ix_child_note', 'note'))"),
};

} // namespace

class TestSchemaModel : public QObject
{
    Q_OBJECT

private slots:
    void createTableNormalForm();
    void dropAndRenameTable();
    void addColumn();
    void dropColumn();
    void alterColumn();
    void indexes();
    void constraints();
    void comments();
    void opaqueOperations();
    void autocommitBlock();
    void unknownThings_data();
    void unknownThings();
    void problemMarksTable();
    void batchPlainOnPostgres();
    void batchRecreateOnSqlite();
    void batchRecreatePlan();
    void batchRecreateErrors_data();
    void batchRecreateErrors();
    void castOfApplicationType();
    void recreateRules_data();
    void recreateRules();
    void affinities();
};

void TestSchemaModel::createTableNormalForm()
{
    const SchemaModel model = modelAfter(kParentAndChild);
    QCOMPARE(model.tableCount(), 2);
    QCOMPARE(model.tableNames(), (QStringList{QStringLiteral("child"), QStringLiteral("parent")}));
    const CreateTable *parent = model.table(QStringLiteral("parent"));
    QVERIFY(parent);
    QCOMPARE(constraintList(*parent), (QStringList{QStringLiteral("pk:-(id)"), QStringLiteral("uq:-(code)")}));
    QVERIFY(column(*parent, QStringLiteral("id"))->primaryKey);
    QVERIFY(!column(*parent, QStringLiteral("code"))->unique);

    const CreateTable *child = model.table(QStringLiteral("child"));
    QVERIFY(child);
    QCOMPARE(columnNames(*child), (QStringList{QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("rank"),
                                              QStringLiteral("note")}));
    // Table constraints as declared, then the columns' own (SQLAlchemy's creation order).
    QCOMPARE(constraintList(*child), (QStringList{QStringLiteral("pk:pk_child(id)"), QStringLiteral("ck:ck_child_rank"),
                                                 QStringLiteral("uq:uq_child_parent_note(parent_id,note)"),
                                                 QStringLiteral("fk:-(parent_id)->parent(id)")}));
    QCOMPARE(indexList(*child), (QStringList{QStringLiteral("ix_child_note(note)@child"), QStringLiteral("ix_child_rank(rank)@child")}));
    const ColumnSpec *id = column(*child, QStringLiteral("id"));
    QVERIFY(id->primaryKey);
    QVERIFY(!id->nullable);
    QVERIFY(column(*child, QStringLiteral("parent_id"))->foreignKeys.empty());
    QVERIFY(!column(*child, QStringLiteral("rank"))->index);
    QVERIFY(!model.tableProblem(QStringLiteral("child")));
    QVERIFY(!model.table(QStringLiteral("child"), QStringLiteral("other")));
}

void TestSchemaModel::dropAndRenameTable()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.rename_table('parent', 'family')") << QStringLiteral("op.drop_table('child')")
         << QStringLiteral("op.create_table('x', sa.Column('id', sa.Integer()), schema='s')")
         << QStringLiteral("op.create_table('k', sa.Column('f', sa.Integer(), sa.ForeignKey('family.id')))")
         << QStringLiteral("op.rename_table('family', 'clan')");
    const SchemaModel model = modelAfter(body);
    QCOMPARE(model.tableNames(), (QStringList{QStringLiteral("clan"), QStringLiteral("k"), QStringLiteral("s.x")}));
    QVERIFY(!model.table(QStringLiteral("parent")));
    QVERIFY(model.table(QStringLiteral("x"), QStringLiteral("s")));
    QVERIFY(!model.table(QStringLiteral("x")));
    // A foreign key follows the table it refers to.
    QCOMPARE(constraintList(*model.table(QStringLiteral("k"))), QStringList{QStringLiteral("fk:-(f)->clan(id)")});
}

void TestSchemaModel::addColumn()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.add_column('parent', sa.Column('label', sa.String(5), unique=True))")
         << QStringLiteral("op.add_column('parent', sa.Column('score', sa.Integer(), index=True, server_default='1'))");
    const SchemaModel model = modelAfter(body);
    const CreateTable *parent = model.table(QStringLiteral("parent"));
    QCOMPARE(columnNames(*parent), (QStringList{QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("label"),
                                               QStringLiteral("score")}));
    QCOMPARE(constraintList(*parent),
             (QStringList{QStringLiteral("pk:-(id)"), QStringLiteral("uq:-(code)"), QStringLiteral("uq:-(label)")}));
    QCOMPARE(indexList(*parent), QStringList{QStringLiteral("ix_parent_score(score)@parent")});
    QCOMPARE(column(*parent, QStringLiteral("score"))->serverDefault->text, QStringLiteral("1"));
}

void TestSchemaModel::dropColumn()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.drop_column('child', 'note')") << QStringLiteral("op.drop_column('child', 'id')");
    const SchemaModel model = modelAfter(body);
    const CreateTable *child = model.table(QStringLiteral("child"));
    QCOMPARE(columnNames(*child), (QStringList{QStringLiteral("parent_id"), QStringLiteral("rank")}));
    // The UNIQUE over note, the index on note and the primary key on id went with them.
    QCOMPARE(constraintList(*child), (QStringList{QStringLiteral("ck:ck_child_rank"), QStringLiteral("fk:-(parent_id)->parent(id)")}));
    QCOMPARE(indexList(*child), QStringList{QStringLiteral("ix_child_rank(rank)@child")});
    QVERIFY(std::none_of(child->columns.begin(), child->columns.end(), [](const ColumnSpec &c) { return c.primaryKey; }));
}

void TestSchemaModel::alterColumn()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.alter_column('parent', 'code', nullable=True, type_=sa.String(20), server_default='x')")
         << QStringLiteral("op.alter_column('child', 'note', server_default=sa.text('0'), comment='n')")
         << QStringLiteral("op.alter_column('child', 'note', server_default=None, new_column_name='remark')")
         << QStringLiteral("op.alter_column('parent', 'id', new_column_name='pid')");
    const SchemaModel model = modelAfter(body);
    const CreateTable *parent = model.table(QStringLiteral("parent"));
    const ColumnSpec *code = column(*parent, QStringLiteral("code"));
    QVERIFY(code->nullable);
    QCOMPARE(code->type->name, QStringLiteral("String"));
    QCOMPARE(code->type->args.at(0).text, QStringLiteral("20"));
    QCOMPARE(code->serverDefault->kind, SqlExpr::Kind::String);
    QCOMPARE(constraintList(*parent), (QStringList{QStringLiteral("pk:-(pid)"), QStringLiteral("uq:-(code)")}));
    const CreateTable *child = model.table(QStringLiteral("child"));
    const ColumnSpec *remark = column(*child, QStringLiteral("remark"));
    QVERIFY(remark);
    QVERIFY(!remark->serverDefault);
    QCOMPARE(remark->comment.value_or(QString()), QStringLiteral("n"));
    QVERIFY(constraintList(*child).contains(QStringLiteral("uq:uq_child_parent_note(parent_id,remark)")));
    QVERIFY(indexList(*child).contains(QStringLiteral("ix_child_note(remark)@child")));
    // A plain rename (ALTER TABLE ... RENAME) carries the foreign keys that point at the column.
    QVERIFY(constraintList(*child).contains(QStringLiteral("fk:-(parent_id)->parent(pid)")));
}

void TestSchemaModel::indexes()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.create_index('ix_parent_code', 'parent', ['code'], unique=True)")
         << QStringLiteral("op.create_index('ix_child_expr', 'child', [sa.text('lower(note)')])")
         << QStringLiteral("op.drop_index('ix_child_note', table_name='child')")
         << QStringLiteral("op.drop_index('ix_child_rank')");
    const SchemaModel model = modelAfter(body);
    QCOMPARE(indexList(*model.table(QStringLiteral("parent"))), QStringList{QStringLiteral("!ix_parent_code(code)@parent")});
    QCOMPARE(indexList(*model.table(QStringLiteral("child"))), QStringList{QStringLiteral("ix_child_expr(lower(note))@child")});
}

void TestSchemaModel::constraints()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.drop_constraint('uq_child_parent_note', 'child', type_='unique')")
         << QStringLiteral("op.create_unique_constraint('uq_child_rank', 'child', ['rank'])")
         << QStringLiteral("op.create_check_constraint('ck_child_note', 'child', 'length(note) > 0')")
         << QStringLiteral("op.create_foreign_key('fk_child_rank', 'child', 'parent', ['rank'], ['id'])")
         << QStringLiteral("op.create_primary_key('pk_child2', 'child', ['id', 'rank'])");
    const SchemaModel model = modelAfter(body);
    const CreateTable *child = model.table(QStringLiteral("child"));
    QCOMPARE(constraintList(*child),
             (QStringList{QStringLiteral("pk:pk_child2(id,rank)"), QStringLiteral("ck:ck_child_rank"),
                          QStringLiteral("fk:-(parent_id)->parent(id)"), QStringLiteral("uq:uq_child_rank(rank)"),
                          QStringLiteral("ck:ck_child_note"), QStringLiteral("fk:fk_child_rank(rank)->parent(id)")}));
    // A new primary key column becomes NOT NULL when nullable was not given.
    QVERIFY(column(*child, QStringLiteral("rank"))->primaryKey);
    QVERIFY(!column(*child, QStringLiteral("rank"))->nullable);

    const SchemaModel dropped = modelAfter(QStringList(kParentAndChild) << QStringLiteral("op.drop_constraint('pk_child', 'child')"));
    const CreateTable *noPk = dropped.table(QStringLiteral("child"));
    QVERIFY(!column(*noPk, QStringLiteral("id"))->primaryKey);
    QVERIFY(!constraintList(*noPk).first().startsWith(QLatin1String("pk:")));
}

void TestSchemaModel::comments()
{
    SchemaModel model = modelAfter(QStringList(kParentAndChild) << QStringLiteral("op.create_table_comment('child', 'kids')"));
    QCOMPARE(model.table(QStringLiteral("child"))->comment.value_or(QString()), QStringLiteral("kids"));
    QVERIFY(model.apply(operations({QStringLiteral("op.drop_table_comment('child')")})).isEmpty());
    QVERIFY(!model.table(QStringLiteral("child"))->comment);
}

void TestSchemaModel::opaqueOperations()
{
    const SchemaModel before = modelAfter(kParentAndChild);
    SchemaModel model = before;
    const DiagnosticList problems = model.apply(operations(
        {QStringLiteral("op.execute('ALTER TABLE child ADD COLUMN sneaky INTEGER')"),
         QStringLiteral("op.execute('CREATE TABLE raw (id INTEGER)')"),
         QStringLiteral("op.bulk_insert(sa.table('parent', sa.column('id')), [{'id': 1}])")}));
    QVERIFY(problems.isEmpty());
    // Raw SQL is opaque: the model does not see what it does.
    QCOMPARE(columnNames(*model.table(QStringLiteral("child"))), columnNames(*before.table(QStringLiteral("child"))));
    QVERIFY(!model.table(QStringLiteral("raw")));
}

void TestSchemaModel::autocommitBlock()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("with op.get_context().autocommit_block():")
         << QStringLiteral("    op.create_index('ix_parent_code', 'parent', ['code'])");
    const SchemaModel model = modelAfter(body);
    QCOMPARE(indexList(*model.table(QStringLiteral("parent"))), QStringList{QStringLiteral("ix_parent_code(code)@parent")});
}

void TestSchemaModel::unknownThings_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *statement, const char *message) {
        QTest::newRow(name) << QString::fromLatin1(statement) << QString::fromLatin1(message);
    };
    row("drop_table", "op.drop_table('nope')", "drop_table(): table 'nope' is unknown");
    row("rename_table", "op.rename_table('nope', 'x')", "rename_table(): table 'nope' is unknown");
    row("add_column", "op.add_column('nope', sa.Column('x', sa.Integer()))", "add_column(): table 'nope' is unknown");
    row("drop_column", "op.drop_column('parent', 'nope')", "no column 'nope' in table 'parent'");
    row("alter_column", "op.alter_column('parent', 'nope', nullable=True)", "no column 'nope' in table 'parent'");
    row("alter_table", "op.alter_column('nope', 'x', nullable=True)", "alter_column(): table 'nope' is unknown");
    row("create_index", "op.create_index('ix', 'nope', ['x'])", "create_index(): table 'nope' is unknown");
    row("drop_index", "op.drop_index('ix_nope', table_name='parent')", "No such index: 'ix_nope'");
    row("unique_column", "op.create_unique_constraint('uq', 'parent', ['nope'])", "no column 'nope' in table 'parent'");
    row("drop_constraint", "op.drop_constraint('ck_nope', 'parent')", "No such constraint: 'ck_nope'");
    row("comment", "op.create_table_comment('nope', 'c')", "create_table_comment(): table 'nope' is unknown");
    row("schema", "op.drop_table('parent', schema='s')", "drop_table(): table 's.parent' is unknown");
    row("exists", "op.create_table('parent', sa.Column('id', sa.Integer()))", "table 'parent' already exists");
    row("batch", "with op.batch_alter_table('nope') as b:\n        b.drop_column('x')",
        "batch_alter_table(): table 'nope' is unknown");
}

void TestSchemaModel::unknownThings()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    SchemaModel model = modelAfter(kParentAndChild);
    const DiagnosticList problems = model.apply(operations({QStringLiteral("pass"), statement}));
    QCOMPARE(problems.size(), qsizetype(1));
    QCOMPARE(problems[0].code, QStringLiteral("schema-model"));
    QCOMPARE(problems[0].severity, Severity::Error);
    QCOMPARE(problems[0].message, message);
    QCOMPARE(problems[0].location.file, kFile);
    QCOMPARE(problems[0].location.line, 9);
    // The model stays usable.
    QVERIFY(model.apply(operations({QStringLiteral("op.create_table('later', sa.Column('id', sa.Integer()))")})).isEmpty());
    QVERIFY(model.table(QStringLiteral("later")));
    QVERIFY(model.table(QStringLiteral("parent")));
    // if_exists / if_not_exists make the unknown harmless.
    QVERIFY(model.apply(operations({QStringLiteral("op.drop_table('nope', if_exists=True)")})).isEmpty());
}

void TestSchemaModel::problemMarksTable()
{
    DiagnosticList problems;
    SchemaModel model = modelAfter(QStringList(kParentAndChild) << QStringLiteral("op.drop_column('child', 'nope')")
                                                                << QStringLiteral("op.drop_column('child', 'zzz')"),
                                   &problems);
    QCOMPARE(problems.size(), qsizetype(2));
    const auto problem = model.tableProblem(QStringLiteral("child"));
    QVERIFY(problem);
    QCOMPARE(*problem, problems[0]);
    QVERIFY(!model.tableProblem(QStringLiteral("parent")));
    // A table made afresh has no problem.
    model.apply(operations({QStringLiteral("op.drop_table('child')"),
                            QStringLiteral("op.create_table('child', sa.Column('id', sa.Integer()))")}));
    QVERIFY(!model.tableProblem(QStringLiteral("child")));
}

void TestSchemaModel::batchPlainOnPostgres()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("with op.batch_alter_table('parent') as b:")
         << QStringLiteral("    b.alter_column('id', new_column_name='pid')")
         << QStringLiteral("    b.add_column(sa.Column('extra', sa.Integer()), insert_before='id')");
    const SchemaModel model = modelAfter(body, nullptr, QStringLiteral("postgresql"));
    // ALTERs: the new column goes last and the rename reaches the foreign key in child.
    QCOMPARE(columnNames(*model.table(QStringLiteral("parent"))),
             (QStringList{QStringLiteral("pid"), QStringLiteral("code"), QStringLiteral("extra")}));
    QVERIFY(constraintList(*model.table(QStringLiteral("child"))).contains(QStringLiteral("fk:-(parent_id)->parent(pid)")));
}

void TestSchemaModel::batchRecreateOnSqlite()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("op.create_table('tree', sa.Column('id', sa.Integer(), primary_key=True),"
                           " sa.Column('up', sa.Integer(), sa.ForeignKey('tree.id')))")
         << QStringLiteral("with op.batch_alter_table('tree') as b:")
         << QStringLiteral("    b.alter_column('id', new_column_name='tid')")
         << QStringLiteral("    b.add_column(sa.Column('extra', sa.Integer(), index=True), insert_before='up')")
         << QStringLiteral("with op.batch_alter_table('child') as b:")
         << QStringLiteral("    b.drop_column('note')")
         << QStringLiteral("    b.create_foreign_key('fk_child_rank', 'parent', ['rank'], ['id'])");
    const SchemaModel model = modelAfter(body);
    const CreateTable *tree = model.table(QStringLiteral("tree"));
    QCOMPARE(columnNames(*tree), (QStringList{QStringLiteral("tid"), QStringLiteral("extra"), QStringLiteral("up")}));
    // The copy names the table it refers to by its old column: Alembic keeps the text.
    QCOMPARE(constraintList(*tree), (QStringList{QStringLiteral("pk:-(tid)"), QStringLiteral("fk:-(up)->tree(id)")}));
    // The temporary table's own index keeps its name after the rename.
    QCOMPARE(indexList(*tree), (QStringList{QStringLiteral("ix__alembic_tmp_tree_extra(extra)@tree"),
                                           QStringLiteral("ix_tree_extra(extra)@tree")}));
    const CreateTable *child = model.table(QStringLiteral("child"));
    QCOMPARE(constraintList(*child),
             (QStringList{QStringLiteral("pk:pk_child(id)"), QStringLiteral("ck:ck_child_rank"),
                          QStringLiteral("fk:fk_child_rank(rank)->parent(id)"), QStringLiteral("fk:-(parent_id)->parent(id)")}));
    // Alembic re-creates an index over a dropped column under its old text.
    QCOMPARE(indexList(*child), (QStringList{QStringLiteral("ix_child_note(note)@child"), QStringLiteral("ix_child_rank(rank)@child")}));
}

void TestSchemaModel::batchRecreatePlan()
{
    QStringList body = kParentAndChild;
    body << QStringLiteral("with op.batch_alter_table('child', partial_reordering=[('note', 'id')]) as b:")
         << QStringLiteral("    b.alter_column('rank', type_=sa.String(5), nullable=False)")
         << QStringLiteral("    b.alter_column('note', type_=sa.String(10))")
         << QStringLiteral("    b.add_column(sa.Column('flag', sa.Boolean(), server_default=sa.false()))");
    const SchemaModel model = modelAfter(kParentAndChild);
    const OperationList ops = operations(body);
    const Operation &batch = ops.operations.back();
    const auto plan = model.planRecreate(batch, kFile);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->table.table, QStringLiteral("_alembic_tmp_child"));
    QCOMPARE(columnNames(plan->table), (QStringList{QStringLiteral("parent_id"), QStringLiteral("rank"), QStringLiteral("note"),
                                                   QStringLiteral("flag"), QStringLiteral("id")}));
    QCOMPARE(plan->transfers.size(), size_t(4));
    const auto &rank = plan->transfers[1];
    QCOMPARE(rank.column, QStringLiteral("rank"));
    QCOMPARE(rank.casts.size(), size_t(1));
    QCOMPARE(rank.casts[0].name, QStringLiteral("String"));
    QVERIFY(plan->transfers[2].casts.empty()); // Text -> String: same affinity
    QCOMPARE(plan->transfers[3].source, QStringLiteral("id"));
    QCOMPARE(plan->result.table, QStringLiteral("child"));
    QCOMPARE(indexList(plan->result), (QStringList{QStringLiteral("ix_child_note(note)@child"), QStringLiteral("ix_child_rank(rank)@child")}));
    QVERIFY(!column(plan->result, QStringLiteral("rank"))->nullable);
    const QString longName = QStringLiteral("t").repeated(60);
    SchemaModel big = modelAfter({QStringLiteral("op.create_table('%1', sa.Column('id', sa.Integer()))").arg(longName)});
    const OperationList drop = operations({QStringLiteral("with op.batch_alter_table('%1', recreate='always') as b:").arg(longName),
                                           QStringLiteral("    pass")});
    QCOMPARE(big.planRecreate(drop.operations.front())->table.table.size(), 50);
}

void TestSchemaModel::batchRecreateErrors_data()
{
    QTest::addColumn<QString>("inner");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown column") << QStringLiteral("b.alter_column('nope', nullable=True)")
                                    << QStringLiteral("no column 'nope' in table 'child'") << 13;
    QTest::newRow("unnamed") << QStringLiteral("b.create_unique_constraint(None, ['rank'])")
                             << QStringLiteral("Constraint must have a name") << 13;
    QTest::newRow("unnamed fk column")
        << QStringLiteral("b.add_column(sa.Column('p', sa.Integer(), sa.ForeignKey('parent.id')))")
        << QStringLiteral("Constraint must have a name") << 13;
    QTest::newRow("no constraint") << QStringLiteral("b.drop_constraint('uq_nope')")
                                   << QStringLiteral("No such constraint: 'uq_nope'") << 13;
    QTest::newRow("no index") << QStringLiteral("b.drop_index('ix_nope')") << QStringLiteral("No such index: 'ix_nope'") << 13;
    QTest::newRow("new index twice dropped") << QStringLiteral("b.create_index('ix_new', ['rank'])\n        b.drop_index('ix_new')")
                                             << QStringLiteral("No such index: 'ix_new'") << 14;
    QTest::newRow("after unknown") << QStringLiteral("b.add_column(sa.Column('p', sa.Integer()), insert_after='zz')")
                                   << QStringLiteral("cannot place column 'p' after 'zz' (Alembic fails with KeyError: 'zz')") << 13;
    QTest::newRow("index on unknown") << QStringLiteral("b.create_index('ix_x', ['zz'])")
                                      << QStringLiteral("no column 'zz' for index 'ix_x' (Alembic fails with KeyError: 'zz')")
                                      << 11;
}

void TestSchemaModel::batchRecreateErrors()
{
    QFETCH(QString, inner);
    QFETCH(QString, message);
    QFETCH(int, line);
    DiagnosticList problems;
    SchemaModel model = modelAfter(kParentAndChild);
    const QStringList body = {QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("pass"),
                              QStringLiteral("with op.batch_alter_table('child', recreate='always') as b:"),
                              QStringLiteral("    b.drop_column('note')"), QStringLiteral("    ") + inner};
    const OperationList ops = operations(body);
    QVERIFY(!ops.operations.empty());
    const auto plan = model.planRecreate(ops.operations.back(), kFile);
    QVERIFY(!plan);
    QCOMPARE(plan.error().message, message);
    QCOMPARE(plan.error().location.line, line);
    // Applying the same batch reports it and marks the table.
    problems = model.apply(ops);
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY(model.tableProblem(QStringLiteral("child")));
}

void TestSchemaModel::castOfApplicationType()
{
    ProjectMaps maps;
    maps.setType(QStringLiteral("myapp.types.GUID"), QStringLiteral("CHAR(32)"));
    SchemaModel model;
    model.apply(operations({QStringLiteral("op.create_table('t', sa.Column('id', sa.Integer()), sa.Column('g', sa.String(32)))")}));
    const OperationList ops = operations({QStringLiteral("with op.batch_alter_table('t') as b:"),
                                          QStringLiteral("    b.alter_column('g', type_=GUID())")},
                                         QStringLiteral("sqlite"), maps);
    const auto plan = model.planRecreate(ops.operations.front());
    QVERIFY(plan);
    QVERIFY(plan->transfers[1].castUnknown);
    QVERIFY(!plan->transfers[0].castUnknown);
}

void TestSchemaModel::recreateRules_data()
{
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("recreates");
    const auto row = [](const char *name, const char *kwargs, const char *inner, const char *dialect, bool expected) {
        QTest::newRow(name) << QStringLiteral("with op.batch_alter_table('t'%1) as b:\n        %2")
                                   .arg(QLatin1String(kwargs), QLatin1String(inner))
                            << QString::fromLatin1(dialect) << expected;
    };
    row("plain add", "", "b.add_column(sa.Column('x', sa.Integer(), server_default='1'))", "sqlite", false);
    row("text default", "", "b.add_column(sa.Column('x', sa.Integer(), server_default=sa.text('1')))", "sqlite", true);
    row("unique column", "", "b.add_column(sa.Column('x', sa.Integer(), unique=True))", "sqlite", true);
    row("indexed column", "", "b.add_column(sa.Column('x', sa.Integer(), index=True))", "sqlite", false);
    row("fk column", "", "b.add_column(sa.Column('x', sa.Integer(), sa.ForeignKey('p.id')))", "sqlite", true);
    row("virtual computed", "", "b.add_column(sa.Column('x', sa.Integer(), sa.Computed('y + 1')))", "sqlite", false);
    row("stored computed", "", "b.add_column(sa.Column('x', sa.Integer(), sa.Computed('y + 1', persisted=True)))", "sqlite", true);
    row("indexes", "", "b.create_index('ix', ['x'])\n        b.drop_index('iy')", "sqlite", false);
    row("execute", "", "b.execute('SELECT 1')", "sqlite", false);
    row("drop column", "", "b.drop_column('x')", "sqlite", true);
    row("comment", "", "b.create_table_comment('c')", "sqlite", true);
    row("postgresql", "", "b.drop_column('x')", "postgresql", false);
    row("always", ", recreate='always'", "b.create_index('ix', ['x'])", "postgresql", true);
    row("never", ", recreate='never'", "b.drop_column('x')", "sqlite", false);
}

void TestSchemaModel::recreateRules()
{
    QFETCH(QString, batch);
    QFETCH(QString, dialect);
    QFETCH(bool, recreates);
    const OperationList ops = operations({batch}, dialect);
    QCOMPARE(ops.operations.size(), size_t(1));
    const auto *b = ops.operations.front().as<BatchAlterTable>();
    QVERIFY(b);
    QCOMPARE(batchRecreates(*b, dialect), recreates);
    QVERIFY(!batchRecreates(*b, dialect, 0) || b->recreate == QLatin1String("always"));
}

void TestSchemaModel::affinities()
{
    const auto t = [](const char *name, const char *module = "sa") {
        return std::optional<TypeSpec>(TypeSpec{QString::fromLatin1(module), QString::fromLatin1(name), {}, {}, {}});
    };
    QCOMPARE(typeAffinity(t("BigInteger")), typeAffinity(t("Integer")));
    QCOMPARE(typeAffinity(t("Text")), QStringLiteral("String"));
    QCOMPARE(typeAffinity(t("Enum")), QStringLiteral("String"));
    QCOMPARE(typeAffinity(t("Float")), QStringLiteral("Numeric"));
    QCOMPARE(typeAffinity(t("TIMESTAMP")), QStringLiteral("DateTime"));
    QCOMPARE(typeAffinity(t("LargeBinary")), QStringLiteral("_Binary"));
    QCOMPARE(typeAffinity(std::nullopt), QStringLiteral("NullType"));
    QVERIFY(typeAffinity(t("myapp.GUID", "app")).isEmpty());
    QVERIFY(typeAffinity(t("Whatever")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaModel)
#include "tst_schemamodel.moc"
