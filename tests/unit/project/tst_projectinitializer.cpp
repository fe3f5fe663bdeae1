// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// ProjectInitializer (File > New Project): the files it writes are read back by Retort's own
// reader here; tests/diff/test_written_files.py runs the real alembic on them.

#include "core/alembic/alembicconfig.h"
#include "core/project/project.h"
#include "core/project/projectinitializer.h"
#include "core/project/revisionfilewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestProjectInitializer : public QObject
{
    Q_OBJECT

private slots:
    void createsAnAlembicProject();
    void newProjectTakesRevisions();
    void urlEscaping_data();
    void urlEscaping();
    void scriptLocationOutsideProject();
    void refusesToOverwrite();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void rollsBackAFailedWrite();
};

void TestProjectInitializer::createsAnAlembicProject()
{
    QTemporaryDir dir;
    ProjectInitOptions options;
    options.directory = dir.filePath(QStringLiteral("shop"));
    options.sqlalchemyUrl = QStringLiteral("sqlite:///%(here)s/shop.db");
    const auto created = ProjectInitializer::initialize(options);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const QString root = dir.filePath(QStringLiteral("shop"));
    QCOMPARE(created->iniPath, root + QStringLiteral("/alembic.ini"));
    QCOMPARE(created->scriptDirectory, root + QStringLiteral("/migrations"));
    for (const char *file :
        {"alembic.ini", "migrations/env.py", "migrations/script.py.mako", "migrations/README"})
        QVERIFY2(QFile::exists(root + QLatin1Char('/') + QLatin1String(file)), file);
    QVERIFY(QFileInfo(root + QStringLiteral("/migrations/versions")).isDir());
    QCOMPARE(created->createdPaths.first(), root);
    QVERIFY(created->createdPaths.contains(root + QStringLiteral("/migrations/env.py")));

    const QString ini = readText(created->iniPath);
    QVERIFY(ini.contains(QLatin1String("\nscript_location = %(here)s/migrations\n")));
    QVERIFY(ini.contains(QLatin1String("\nversion_path_separator = os\n")));
    QVERIFY(ini.contains(QLatin1String("\nsqlalchemy.url = sqlite:///%(here)s/shop.db\n")));
    // Read from an unrelated working directory: %(here)s makes the location independent of it.
    const auto config
        = AlembicConfig::load(created->iniPath, QStringLiteral("alembic"), QDir::rootPath());
    QVERIFY2(config, config ? "" : qPrintable(config.error().message));
    QVERIFY(config->diagnostics.isEmpty());
    QCOMPARE(config->scriptDirectory(), root + QStringLiteral("/migrations"));
    QCOMPARE(
        config->versionLocations(), QStringList {root + QStringLiteral("/migrations/versions")});
    QCOMPARE(config->sqlalchemyUrl(),
        std::optional<QString>(QStringLiteral("sqlite:///%1/shop.db").arg(root)));
    QCOMPARE(config->fileTemplate(), QStringLiteral("%(rev)s_%(slug)s"));
    QVERIFY(readText(root + QStringLiteral("/migrations/env.py"))
                .contains(QLatin1String("os.environ.get(\"DATABASE_URL\")")));
}

void TestProjectInitializer::newProjectTakesRevisions()
{
    QTemporaryDir dir;
    ProjectInitOptions options;
    options.directory = dir.path();
    options.scriptLocation = QStringLiteral("db/alembic");
    QVERIFY(ProjectInitializer::initialize(options));
    const QString ini = dir.filePath(QStringLiteral("alembic.ini"));
    Project project = Project::open({ini, QStringLiteral("alembic"), QDir::rootPath()});
    QVERIFY(project.isOpen());
    QVERIFY(project.scripts().isEmpty());
    QVERIFY(project.canPlan());
    RevisionRequest request;
    request.message = QStringLiteral("create account table");
    request.revisionId = QStringLiteral("1975ea83b712");
    const auto base = RevisionFileWriter(project).write(request);
    QVERIFY2(base, base ? "" : qPrintable(base.error().message));
    QCOMPARE(base->filePath,
        dir.filePath(QStringLiteral("db/alembic/versions/1975ea83b712_create_account_table.py")));
    const QString text = QString::fromUtf8(base->content);
    QVERIFY(text.contains(QLatin1String("\nrevision: str = '1975ea83b712'\n")));
    QVERIFY(
        text.contains(QLatin1String("\ndown_revision: Union[str, Sequence[str], None] = None\n")));
    QVERIFY(text.contains(QLatin1String("\nRevises: \n")));
    project = Project::open({ini, QStringLiteral("alembic"), QDir::rootPath()});
    QCOMPARE(project.map().heads(), QStringList {QStringLiteral("1975ea83b712")});
    for (const Diagnostic &d : project.diagnostics())
        QVERIFY2(d.severity == Severity::Info, qPrintable(d.toString()));
    request.message = QStringLiteral("second");
    request.revisionId = QStringLiteral("ae1027a6acf0");
    request.branchLabels = QStringList {QStringLiteral("main")};
    const auto child = RevisionFileWriter(project).write(request);
    QVERIFY2(child, child ? "" : qPrintable(child.error().message));
    QVERIFY(
        child->content.contains("\nbranch_labels: Union[str, Sequence[str], None] = ('main',)\n"));
}

void TestProjectInitializer::urlEscaping_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("read");
    QTest::newRow("encoded password") << QStringLiteral("postgresql://u:p%40ss@db/app")
                                      << QStringLiteral("postgresql://u:p%%40ss@db/app")
                                      << QStringLiteral("postgresql://u:p%40ss@db/app");
    QTest::newRow("empty gives placeholder")
        << QString() << QStringLiteral("driver://user:pass@localhost/dbname")
        << QStringLiteral("driver://user:pass@localhost/dbname");
    QTest::newRow("spaces trimmed") << QStringLiteral("  sqlite://  ")
                                    << QStringLiteral("sqlite://") << QStringLiteral("sqlite://");
}

void TestProjectInitializer::urlEscaping()
{
    QFETCH(QString, url);
    QFETCH(QString, written);
    QFETCH(QString, read);
    QTemporaryDir dir;
    ProjectInitOptions options;
    options.directory = dir.path();
    options.sqlalchemyUrl = url;
    const auto created = ProjectInitializer::initialize(options);
    QVERIFY(created);
    QVERIFY(readText(created->iniPath)
                .contains(QStringLiteral("\nsqlalchemy.url = %1\n").arg(written)));
    const auto config
        = AlembicConfig::load(created->iniPath, QStringLiteral("alembic"), dir.path());
    QVERIFY(config);
    QCOMPARE(config->sqlalchemyUrl(), std::optional<QString>(read));
}

void TestProjectInitializer::scriptLocationOutsideProject()
{
    QTemporaryDir dir;
    ProjectInitOptions options;
    options.directory = dir.filePath(QStringLiteral("conf"));
    options.scriptLocation = dir.filePath(QStringLiteral("elsewhere/100%"));
    const auto created = ProjectInitializer::initialize(options);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(readText(created->iniPath)
                .contains(QStringLiteral("\nscript_location = %1\n")
                              .arg(dir.filePath(QStringLiteral("elsewhere/100%%")))));
    const auto config
        = AlembicConfig::load(created->iniPath, QStringLiteral("alembic"), QDir::rootPath());
    QVERIFY(config);
    QCOMPARE(config->scriptDirectory(), dir.filePath(QStringLiteral("elsewhere/100%")));
}

void TestProjectInitializer::refusesToOverwrite()
{
    QTemporaryDir dir;
    ProjectInitOptions options;
    options.directory = dir.path();
    QVERIFY(ProjectInitializer::initialize(options));
    const QString iniBefore = readText(dir.filePath(QStringLiteral("alembic.ini")));
    // Same place again: the script directory is not empty.
    const auto again = ProjectInitializer::initialize(options);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("init-exists"));
    QCOMPARE(again.error().message,
        QStringLiteral("Directory %1 already exists and is not empty")
            .arg(dir.filePath(QStringLiteral("migrations"))));
    // Another script directory, but the ini exists.
    options.scriptLocation = QStringLiteral("other");
    const auto ini = ProjectInitializer::initialize(options);
    QVERIFY(!ini);
    QCOMPARE(ini.error().code, QStringLiteral("init-exists"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("other"))));
    QCOMPARE(readText(dir.filePath(QStringLiteral("alembic.ini"))), iniBefore);
    // An empty existing script directory is fine (as for alembic init).
    QTemporaryDir second;
    QVERIFY(QDir(second.path()).mkdir(QStringLiteral("migrations")));
    options.directory = second.path();
    options.scriptLocation = QStringLiteral("migrations");
    QVERIFY(ProjectInitializer::initialize(options));
}

void TestProjectInitializer::rejectsBadOptions_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("scriptLocation");
    QTest::addColumn<QString>("url");
    QTest::newRow("no directory") << QString() << QStringLiteral("migrations") << QString();
    QTest::newRow("no script location") << QStringLiteral("p") << QString() << QString();
    QTest::newRow("package resource")
        << QStringLiteral("p") << QStringLiteral("pkg:migrations") << QString();
    QTest::newRow("multi-line url") << QStringLiteral("p") << QStringLiteral("migrations")
                                    << QStringLiteral("sqlite://\nx = y");
    QTest::newRow("script dir is project dir")
        << QStringLiteral("p") << QStringLiteral(".") << QString();
}

void TestProjectInitializer::rejectsBadOptions()
{
    QFETCH(QString, directory);
    QFETCH(QString, scriptLocation);
    QFETCH(QString, url);
    QTemporaryDir dir;
    ProjectInitOptions options;
    options.directory = directory.isEmpty() ? QString() : dir.filePath(directory);
    options.scriptLocation = scriptLocation;
    options.sqlalchemyUrl = url;
    const auto problem = ProjectInitializer::validate(options);
    QVERIFY(problem);
    QCOMPARE(problem->code, QStringLiteral("init-options"));
    QVERIFY(!ProjectInitializer::initialize(options));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestProjectInitializer::rollsBackAFailedWrite()
{
    // A dangling symlink where alembic.ini goes: not "existing" for the checks, but the
    // exclusive create fails — after env.py and the directories were written.
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere/alembic.ini")),
        root + QStringLiteral("/alembic.ini")));
    ProjectInitOptions options;
    options.directory = root;
    const auto created = ProjectInitializer::initialize(options);
    QVERIFY(!created);
    QCOMPARE(created.error().code, QStringLiteral("init-write"));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/migrations")));
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
        QStringList {QStringLiteral("alembic.ini")});
}

QTEST_GUILESS_MAIN(TestProjectInitializer)
#include "tst_projectinitializer.moc"
