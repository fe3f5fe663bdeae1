// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Project loading end to end on the bundled example (resources/examples/bookshop): the graph
// facts below are what `alembic heads` / `alembic history` print for the same files.

#include "core/project/project.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleLoadsCleanly();
    void exampleHistoryOrderMatchesAlembic();
    void exampleGraphMarkers();
    void relativeScriptLocationFollowsWorkingDirectory();

private:
    Project m_example;
};

void TestProject::initTestCase()
{
    const QString ini = QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini");
    m_example = Project::open({ini, QStringLiteral("alembic"), QDir::tempPath()});
    QVERIFY(m_example.isOpen());
}

void TestProject::exampleLoadsCleanly()
{
    QCOMPARE(m_example.scripts().size(), 13);
    for (const Diagnostic &d : m_example.diagnostics())
        QVERIFY2(d.severity == Severity::Info, qPrintable(d.toString()));
    QVERIFY(m_example.canPlan());
    QCOMPARE(m_example.map().heads(), QStringList{QStringLiteral("2b6f8d0a3e17")});
}

void TestProject::exampleHistoryOrderMatchesAlembic()
{
    QStringList ids;
    for (const RevisionSummary &s : m_example.summaries())
        ids << s.id;
    const QStringList alembicHistory = {
        QStringLiteral("2b6f8d0a3e17"), QStringLiteral("7d1a4b9e6c30"), QStringLiteral("5c8e2a7f1b94"),
        QStringLiteral("9e3b7a1f4c58"), QStringLiteral("6a0c2f8e9d13"), QStringLiteral("1d9f4e2b7c35"),
        QStringLiteral("f0c63e8b5d29"), QStringLiteral("b8d14c9a2e71"), QStringLiteral("a27f5d3e0b6c"),
        QStringLiteral("e5a8b3c6d701"), QStringLiteral("c41d0e9f7b22"), QStringLiteral("8b7e4d2c1a90"),
        QStringLiteral("3f2a9c1d8e04")};
    // Alembic 1.8.1 prints the dependency 1d9f4e2b7c35 before f0c63e8b5d29's branch only
    // because of its load order; both orders are valid topological orders. Compare as sets
    // and check the partial order that must hold.
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), QSet<QString>(alembicHistory.cbegin(), alembicHistory.cend()));
    for (const RevisionSummary &s : m_example.summaries()) {
        for (const QString &parent : s.downRevisions)
            QVERIFY2(ids.indexOf(parent) > ids.indexOf(s.id), qPrintable(s.id + QLatin1String(" before ") + parent));
    }
}

void TestProject::exampleGraphMarkers()
{
    const RevisionSummary merge = m_example.summary(QStringLiteral("5c8e2a7f1b94"));
    QVERIFY(merge.isMergePoint);
    QCOMPARE(merge.downRevisions, (QStringList{QStringLiteral("9e3b7a1f4c58"), QStringLiteral("f0c63e8b5d29")}));
    QCOMPARE(merge.branchLabels, QStringList{QStringLiteral("media")});
    QCOMPARE(merge.doc, QStringLiteral("merge loans and media"));
    QVERIFY(merge.path.endsWith(QLatin1String("5c8e2a7f1b94_merge_loans_and_media.py")));

    const RevisionSummary branchPoint = m_example.summary(QStringLiteral("e5a8b3c6d701"));
    QVERIFY(branchPoint.isBranchPoint);
    QVERIFY(branchPoint.branchLabels.isEmpty());

    const RevisionSummary dependant = m_example.summary(QStringLiteral("f0c63e8b5d29"));
    QCOMPARE(dependant.dependsOn, QStringList{QStringLiteral("1d9f4e2b7c35")});

    const RevisionSummary base = m_example.summary(QStringLiteral("3f2a9c1d8e04"));
    QVERIFY(base.isBase);
    QVERIFY(!base.isHead);
    QVERIFY(m_example.summary(QStringLiteral("2b6f8d0a3e17")).isRealHead);
    QVERIFY(m_example.summary(QStringLiteral("nonexistent")).id.isEmpty());
}

void TestProject::relativeScriptLocationFollowsWorkingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("proj/migrations/versions")));
    QFile ini(dir.filePath(QStringLiteral("proj/alembic.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[alembic]\nscript_location = migrations\n");
    ini.close();
    QFile rev(dir.filePath(QStringLiteral("proj/migrations/versions/abc123_first.py")));
    QVERIFY(rev.open(QIODevice::WriteOnly));
    rev.write("revision = 'abc123'\ndown_revision = None\n");
    rev.close();

    // Alembic resolves a relative script_location against the working directory.
    const Project fromProjectDir = Project::open({ini.fileName(), QStringLiteral("alembic"), dir.filePath(QStringLiteral("proj"))});
    QVERIFY(fromProjectDir.isOpen());
    QCOMPARE(fromProjectDir.map().heads(), QStringList{QStringLiteral("abc123")});

    const Project fromElsewhere = Project::open({ini.fileName(), QStringLiteral("alembic"), dir.path()});
    QVERIFY(!fromElsewhere.isOpen());
    QVERIFY2(fromElsewhere.openError()->message.startsWith(QLatin1String("Path doesn't exist: ")),
             qPrintable(fromElsewhere.openError()->message));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
