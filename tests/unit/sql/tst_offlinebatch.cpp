// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// writeOfflineScript and SQLite batch recreates: where the table definition comes from, and
// how the script fails when it cannot be known.

#include "core/project/project.h"
#include "core/sql/offlinescript.h"
#include "core/sql/planrenderer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Retort::Core;

namespace {

const char *const kHeader = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '%1'\ndown_revision = %2\n"
                            "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n%3\n\ndef downgrade():\n    pass\n";

struct Revision
{
    QString id;
    QString parent; //!< empty: a base
    QString upgrade; //!< the body, indented
};

//! A throwaway project in \a dir with \a revisions; returns it opened.
Project makeProject(const QTemporaryDir &dir, const QList<Revision> &revisions)
{
    QDir(dir.path()).mkpath(QStringLiteral("mig/versions"));
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    };
    write(QStringLiteral("alembic.ini"), QStringLiteral("[alembic]\nscript_location = %(here)s/mig\n"
                                                        "sqlalchemy.url = sqlite://\n"));
    write(QStringLiteral("mig/env.py"), QStringLiteral("from alembic import context\n"));
    for (const Revision &r : revisions)
        write(QStringLiteral("mig/versions/%1.py").arg(r.id),
              QString::fromLatin1(kHeader).arg(r.id, r.parent.isEmpty() ? QStringLiteral("None") : QLatin1Char('\'') + r.parent + QLatin1Char('\''),
                                               r.upgrade));
    return Project::open(ProjectLocation{dir.filePath(QStringLiteral("alembic.ini")), QStringLiteral("alembic"), dir.path()});
}

Sql::OfflineScriptOptions sqliteOptions()
{
    Sql::OfflineScriptOptions options;
    options.dialect = Sql::SqlDialect(Sql::SqlDialect::Kind::SQLite);
    return options;
}

const QString kCreate = QStringLiteral("    op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('a', sa.Integer()))");
const QString kNeedsPython = QStringLiteral("    op.get_bind().execute(sa.text('UPDATE t SET a = 1'))");
const QString kRecreate = QStringLiteral("    with op.batch_alter_table('t') as b:\n        b.drop_column('a')");
const QString kPlainBatch = QStringLiteral("    with op.batch_alter_table('t') as b:\n        b.add_column(sa.Column('c', sa.Integer()))");

} // namespace

class TestOfflineBatch : public QObject
{
    Q_OBJECT

private slots:
    void recreateFromEarlierRevisions();
    void earlierRevisionNeedsPython();
    void historyNotReadWithoutRecreate();
    void tableMadeByRawSql();
    void modelFollowsThePlan();
};

void TestOfflineBatch::recreateFromEarlierRevisions()
{
    QTemporaryDir dir;
    const Project project = makeProject(dir, {{QStringLiteral("r1"), {}, kCreate}, {QStringLiteral("r2"), QStringLiteral("r1"), kRecreate}});
    QVERIFY(project.canPlan());
    const auto plan = project.map().upgrade(QStringLiteral("heads"), {QStringLiteral("r1")});
    QVERIFY(plan);
    const auto script = Sql::writeOfflineScript(project, plan.value(), sqliteOptions());
    QVERIFY2(script, script ? "" : qPrintable(script.error().toString()));
    QVERIFY(script->contains(QLatin1String("CREATE TABLE _alembic_tmp_t (\n    id INTEGER NOT NULL, \n    PRIMARY KEY (id)\n);")));
    QVERIFY(script->contains(QLatin1String("INSERT INTO _alembic_tmp_t (id) SELECT t.id \nFROM t;")));
    QVERIFY(!script->contains(QLatin1String("CREATE TABLE t ")));

    // The model the script used, rebuilt on its own.
    const auto ops = Ops::OperationList{};
    const auto model = Sql::schemaModelBefore(project, plan.value(), 0, ops, 0, sqliteOptions());
    QVERIFY(model);
    QCOMPARE(model->tableNames(), QStringList{QStringLiteral("t")});
    QCOMPARE(model->table(QStringLiteral("t"))->columns.size(), size_t(2));
}

void TestOfflineBatch::earlierRevisionNeedsPython()
{
    QTemporaryDir dir;
    const Project project = makeProject(dir, {{QStringLiteral("r1"), {}, kCreate},
                                              {QStringLiteral("r2"), QStringLiteral("r1"), kNeedsPython},
                                              {QStringLiteral("r3"), QStringLiteral("r2"), kRecreate}});
    const auto plan = project.map().upgrade(QStringLiteral("heads"), {QStringLiteral("r2")});
    QVERIFY(plan);
    const auto script = Sql::writeOfflineScript(project, plan.value(), sqliteOptions());
    QVERIFY(!script);
    const Diagnostic &d = script.error();
    QCOMPARE(d.code, QStringLiteral("batch-needs-table"));
    QVERIFY2(d.message.startsWith(QLatin1String("batch recreate needs the table definition: table 't' is built from the "
                                                "revisions before, but the upgrade of revision r2 cannot be read without Python")),
             qPrintable(d.message));
    QVERIFY(d.message.contains(QLatin1String("r2.py:11")));
    QVERIFY(d.location.file.endsWith(QLatin1String("r3.py")));
    QCOMPARE(d.location.line, 11);
}

void TestOfflineBatch::historyNotReadWithoutRecreate()
{
    // r2 needs Python, but nothing after it recreates a table: the history is never read.
    QTemporaryDir dir;
    const Project project = makeProject(dir, {{QStringLiteral("r1"), {}, kCreate},
                                              {QStringLiteral("r2"), QStringLiteral("r1"), kNeedsPython},
                                              {QStringLiteral("r3"), QStringLiteral("r2"), kPlainBatch}});
    const auto plan = project.map().upgrade(QStringLiteral("heads"), {QStringLiteral("r2")});
    QVERIFY(plan);
    const auto script = Sql::writeOfflineScript(project, plan.value(), sqliteOptions());
    QVERIFY2(script, script ? "" : qPrintable(script.error().toString()));
    QVERIFY(script->contains(QLatin1String("ALTER TABLE t ADD COLUMN c INTEGER;")));
}

void TestOfflineBatch::tableMadeByRawSql()
{
    QTemporaryDir dir;
    const Project project = makeProject(dir, {{QStringLiteral("r1"), {}, QStringLiteral("    op.execute('CREATE TABLE t (id INTEGER, a INTEGER)')")},
                                              {QStringLiteral("r2"), QStringLiteral("r1"), kRecreate}});
    const auto plan = project.map().upgrade(QStringLiteral("heads"), {});
    QVERIFY(plan);
    const auto script = Sql::writeOfflineScript(project, plan.value(), sqliteOptions());
    QVERIFY(!script);
    QCOMPARE(script.error().code, QStringLiteral("batch-needs-table"));
    QCOMPARE(script.error().message,
             QStringLiteral("batch recreate needs the table definition: table 't' is unknown (no earlier operation creates it; "
                            "tables made or changed by op.execute() are not modelled)"));
    QCOMPARE(script.error().location.line, 11);
}

void TestOfflineBatch::modelFollowsThePlan()
{
    // Two recreates in one run: the second starts from what the first made.
    QTemporaryDir dir;
    const QString second = QStringLiteral("    with op.batch_alter_table('t') as b:\n"
                                          "        b.alter_column('c', new_column_name='d')\n"
                                          "    op.add_column('t', sa.Column('e', sa.Integer()))\n"
                                          "    with op.batch_alter_table('t', recreate='always') as b:\n"
                                          "        pass");
    const Project project = makeProject(dir, {{QStringLiteral("r1"), {}, kCreate},
                                              {QStringLiteral("r2"), QStringLiteral("r1"), kRecreate + QLatin1Char('\n') + kPlainBatch},
                                              {QStringLiteral("r3"), QStringLiteral("r2"), second}});
    const auto plan = project.map().upgrade(QStringLiteral("heads"), {});
    QVERIFY(plan);
    const auto script = Sql::writeOfflineScript(project, plan.value(), sqliteOptions());
    QVERIFY2(script, script ? "" : qPrintable(script.error().toString()));
    QVERIFY(script->contains(QLatin1String("INSERT INTO _alembic_tmp_t (id, d) SELECT t.id, t.c \nFROM t;")));
    QVERIFY(script->contains(QLatin1String("INSERT INTO _alembic_tmp_t (id, d, e) SELECT t.id, t.d, t.e \nFROM t;")));
}

QTEST_GUILESS_MAIN(TestOfflineBatch)
#include "tst_offlinebatch.moc"
