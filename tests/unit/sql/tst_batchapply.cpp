// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// SQLite batch "move and copy" end to end: Retort writes the offline script for the project in
// tests/data/batch, the script runs statement by statement on a fresh SQLite file, and the
// introspected schema (and data) must equal what `alembic upgrade` makes ONLINE on another one.

#include "core/db/sqliteintrospector.h"
#include "core/project/project.h"
#include "core/schema/schemadiff.h"
#include "core/sql/offlinescript.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace Retort::Core;

namespace {

const QString kMid = QStringLiteral("c3c0ffee0003");
const QString kHead = QStringLiteral("f6c0ffee0006");

QString projectIni()
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/batch/alembic.ini");
}

//! The statements of an offline script: blank-line separated items, `--` comments dropped.
QStringList scriptStatements(const QString &script)
{
    QStringList statements;
    QString pending;
    for (const QString &item : script.split(QStringLiteral("\n\n"))) {
        if (pending.isEmpty() && (item.trimmed().isEmpty() || item.trimmed().startsWith(QLatin1String("--"))))
            continue;
        pending += pending.isEmpty() ? item : QStringLiteral("\n\n") + item;
        if (pending.trimmed().endsWith(QLatin1Char(';'))) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    return statements;
}

//! An open QSQLITE connection to one file, removed again when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString &file)
        : m_name(QStringLiteral("batchapply-") + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    static inline int s_count = 0;
};

} // namespace

class TestBatchApply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeMatchesAlembic();
    void secondRunStartsMidHistory();
    void downgradeMatchesAlembic();

private:
    QString runScript(const MigrationPlan &plan, const QString &file);
    QString runAlembic(const QStringList &arguments, const QString &file);
    QString compare(const QString &retortFile, const QString &alembicFile);
    QString db(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Project m_project;
};

void TestBatchApply::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import alembic")});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("alembic is not installed for /usr/bin/python3 (apt-get install alembic): it is this test's oracle");
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    m_project = Project::open(ProjectLocation{projectIni(), QStringLiteral("alembic"), m_dir.path()});
    QVERIFY(m_project.isOpen());
    QVERIFY(m_project.canPlan());
}

//! Writes the offline script for \a plan and runs it on \a file; returns the script.
QString TestBatchApply::runScript(const MigrationPlan &plan, const QString &file)
{
    Sql::OfflineScriptOptions options;
    options.dialect = Sql::SqlDialect(Sql::SqlDialect::Kind::SQLite);
    const auto script = Sql::writeOfflineScript(m_project, plan, options);
    if (!script) {
        qWarning().noquote() << script.error().toString();
        return {};
    }
    Connection connection(file);
    QSqlQuery query(connection.db());
    for (const QString &statement : scriptStatements(script.value())) {
        if (!query.exec(statement)) {
            qWarning().noquote() << "statement failed:" << statement << '\n' << query.lastError().text();
            return {};
        }
    }
    return script.value();
}

//! Runs `alembic <arguments>` online on \a file; returns an error text, empty on success.
QString TestBatchApply::runAlembic(const QStringList &arguments, const QString &file)
{
    QProcess alembic;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("sqlite:///") + file);
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    alembic.setProcessEnvironment(env);
    alembic.setWorkingDirectory(m_dir.path());
    alembic.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"), projectIni()} + arguments);
    if (!alembic.waitForFinished(120000) || alembic.exitStatus() != QProcess::NormalExit || alembic.exitCode() != 0)
        return QStringLiteral("alembic %1 failed:\n%2").arg(arguments.join(QLatin1Char(' ')),
                                                            QString::fromUtf8(alembic.readAllStandardError()));
    return {};
}

//! The differences of schema and rows between the two files; empty when they match.
QString TestBatchApply::compare(const QString &retortFile, const QString &alembicFile)
{
    Connection retort(retortFile);
    Connection alembic(alembicFile);
    const auto left = SqliteIntrospector::introspect(retort.db());
    const auto right = SqliteIntrospector::introspect(alembic.db());
    if (!left || !right)
        return QStringLiteral("introspection failed: ") + (left ? right.error() : left.error());
    QStringList problems = diff(left.value(), right.value()).lines;
    for (const SchemaTable &table : right->tables) {
        QStringList rows[2];
        const QSqlDatabase dbs[2] = {retort.db(), alembic.db()};
        for (int side = 0; side < 2; ++side) {
            QSqlQuery query(dbs[side]);
            query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table.name));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                rows[side] << values.join(QLatin1Char('|'));
            }
        }
        if (rows[0] != rows[1])
            problems << QStringLiteral("table %1: rows (%2) vs (%3)")
                            .arg(table.name, rows[0].join(QLatin1String("; ")), rows[1].join(QLatin1String("; ")));
    }
    return problems.join(QLatin1Char('\n'));
}

void TestBatchApply::upgradeMatchesAlembic()
{
    const auto plan = m_project.map().upgrade(QStringLiteral("heads"), {});
    QVERIFY(plan);
    const QString script = runScript(plan.value(), db(QStringLiteral("retort.db")));
    QVERIFY2(!script.isEmpty(), "the script could not be written or run");
    QVERIFY(script.contains(QLatin1String("CREATE TABLE _alembic_tmp_player")));
    QVERIFY(script.contains(QLatin1String("CAST(player.rank AS VARCHAR(5)) AS rank")));
    QVERIFY(script.contains(QLatin1String("ALTER TABLE _alembic_tmp_squad RENAME TO squad")));
    const QString error = runAlembic({QStringLiteral("upgrade"), QStringLiteral("head")}, db(QStringLiteral("alembic.db")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString differences = compare(db(QStringLiteral("retort.db")), db(QStringLiteral("alembic.db")));
    QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("Retort's script vs alembic online:\n") + differences));
}

void TestBatchApply::secondRunStartsMidHistory()
{
    // The second script starts at kMid: its batches need the tables the first run made,
    // which Retort rebuilds from the revisions before.
    const auto whole = m_project.map().upgrade(QStringLiteral("heads"), {});
    const auto first = m_project.map().upgrade(kMid, {});
    const auto second = m_project.map().upgrade(QStringLiteral("heads"), {kMid});
    QVERIFY(whole && first && second);
    const QString file = db(QStringLiteral("retort-split.db"));
    QVERIFY(!runScript(whole.value(), db(QStringLiteral("retort-whole.db"))).isEmpty());
    QVERIFY(!runScript(first.value(), file).isEmpty());
    const QString script = runScript(second.value(), file);
    QVERIFY(script.contains(QLatin1String("CREATE TABLE _alembic_tmp_player")));
    const QString differences = compare(file, db(QStringLiteral("retort-whole.db")));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestBatchApply::downgradeMatchesAlembic()
{
    const QString retortFile = db(QStringLiteral("retort-down.db"));
    const QString alembicFile = db(QStringLiteral("alembic-down.db"));
    const auto up = m_project.map().upgrade(QStringLiteral("heads"), {});
    const auto down = m_project.map().downgrade(kMid, {kHead});
    QVERIFY(up && down);
    QVERIFY(!runScript(up.value(), retortFile).isEmpty());
    const QString script = runScript(down.value(), retortFile);
    QVERIFY2(!script.isEmpty(), "the downgrade script could not be written or run");
    QVERIFY(script.contains(QLatin1String("CREATE TABLE _alembic_tmp_player")));
    QString error = runAlembic({QStringLiteral("upgrade"), QStringLiteral("head")}, alembicFile);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = runAlembic({QStringLiteral("downgrade"), kMid}, alembicFile);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString differences = compare(retortFile, alembicFile);
    QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("Retort's script vs alembic online:\n") + differences));
}

QTEST_GUILESS_MAIN(TestBatchApply)
#include "tst_batchapply.moc"
