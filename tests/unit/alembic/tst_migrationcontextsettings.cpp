// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// env.py's context.configure() options read statically, and the [retort] overrides, on real
// temporary projects.

#include "core/alembic/alembicconfig.h"
#include "core/alembic/migrationcontextsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

class TestMigrationContextSettings : public QObject
{
    Q_OBJECT

private slots:
    void literalsFromEveryConfigureCall();
    void defaultsWithoutEnvPy();
    void computedValueWarnsAtItsLocation();
    void disagreeingCallsKeepTheFirst();
    void retortSectionOverridesEnvPy();
    void retortIniBesideAlembicIni();
    void badBooleanInRetortSection();

private:
    MigrationContextSettings read(const QString &envPy, const QString &iniExtra = {},
                                  const QString &retortIni = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    DiagnosticList m_diags;
};

static void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

MigrationContextSettings TestMigrationContextSettings::read(const QString &envPy, const QString &iniExtra,
                                                            const QString &retortIni)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_diags.clear();
    const QDir dir(m_dir->path());
    dir.mkpath(QStringLiteral("migrations/versions"));
    writeFile(dir.filePath(QStringLiteral("alembic.ini")),
              QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n") + iniExtra);
    if (!envPy.isNull())
        writeFile(dir.filePath(QStringLiteral("migrations/env.py")), envPy);
    if (!retortIni.isEmpty())
        writeFile(dir.filePath(QStringLiteral("retort.ini")), retortIni);
    const auto config = AlembicConfig::load(dir.filePath(QStringLiteral("alembic.ini")), QStringLiteral("alembic"),
                                            dir.path());
    if (!config)
        qFatal("config: %s", qPrintable(config.error().message));
    return readMigrationContextSettings(config.value(), &m_diags);
}

void TestMigrationContextSettings::literalsFromEveryConfigureCall()
{
    const auto s = read(QStringLiteral(
        "from alembic import context\n"
        "def run_migrations_offline():\n"
        "    context.configure(url=url, literal_binds=True, version_table='schema_history')\n"
        "def run_migrations_online():\n"
        "    with engine.connect() as connection:\n"
        "        context.configure(connection=connection, version_table='schema_history',\n"
        "                          version_table_schema='ops', transaction_per_migration=True)\n"));
    QCOMPARE(s.versionTable, QStringLiteral("schema_history"));
    QCOMPARE(s.versionTableSchema, QStringLiteral("ops"));
    QVERIFY(s.transactionPerMigration);
    QVERIFY2(m_diags.isEmpty(), qPrintable(m_diags.value(0).toString()));
}

void TestMigrationContextSettings::defaultsWithoutEnvPy()
{
    const auto s = read(QString());
    QCOMPARE(s, MigrationContextSettings{});
    QVERIFY(m_diags.isEmpty());
}

void TestMigrationContextSettings::computedValueWarnsAtItsLocation()
{
    const auto s = read(QStringLiteral("import os\nfrom alembic import context\n"
                                       "context.configure(url=u,\n"
                                       "                  version_table=os.environ['T'])\n"));
    QCOMPARE(s.versionTable, QStringLiteral("alembic_version"));
    QCOMPARE(m_diags.size(), 1);
    QCOMPARE(m_diags[0].code, QStringLiteral("env-setting"));
    QCOMPARE(m_diags[0].location.line, 4);
    QCOMPARE(m_diags[0].location.column, 19);
    QVERIFY(m_diags[0].location.file.endsWith(QLatin1String("migrations/env.py")));
    QVERIFY(m_diags[0].message.contains(QLatin1String("[retort]")));
}

void TestMigrationContextSettings::disagreeingCallsKeepTheFirst()
{
    const auto s = read(QStringLiteral("from alembic import context\n"
                                       "context.configure(version_table='a')\n"
                                       "context.configure(version_table='b')\n"));
    QCOMPARE(s.versionTable, QStringLiteral("a"));
    QCOMPARE(m_diags.size(), 1);
    QCOMPARE(m_diags[0].location.line, 3);
}

void TestMigrationContextSettings::retortSectionOverridesEnvPy()
{
    const auto s = read(QStringLiteral("from alembic import context\n"
                                       "context.configure(version_table=settings.TABLE)\n"),
                        QStringLiteral("[retort]\nversion_table = from_ini\ntransaction_per_migration = yes\n"));
    QCOMPARE(s.versionTable, QStringLiteral("from_ini"));
    QVERIFY(s.transactionPerMigration);
    QCOMPARE(m_diags.size(), 1); // the computed value is still reported
}

void TestMigrationContextSettings::retortIniBesideAlembicIni()
{
    const auto s = read(QStringLiteral("from alembic import context\ncontext.configure()\n"), QString(),
                        QStringLiteral("[retort]\nversion_table_schema = audit\n"));
    QCOMPARE(s.versionTableSchema, QStringLiteral("audit"));
    QVERIFY(!s.transactionPerMigration);
}

void TestMigrationContextSettings::badBooleanInRetortSection()
{
    const auto s = read(QString(), QStringLiteral("[retort]\ntransaction_per_migration = sometimes\n"));
    QVERIFY(!s.transactionPerMigration);
    QCOMPARE(m_diags.size(), 1);
    QCOMPARE(m_diags[0].location.line, 4);
    QVERIFY(m_diags[0].message.contains(QLatin1String("true or false")));
}

QTEST_GUILESS_MAIN(TestMigrationContextSettings)
#include "tst_migrationcontextsettings.moc"
