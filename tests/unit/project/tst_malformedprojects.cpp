// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Every project of the malformed corpus (tests/data/malformed/<case>/) opens without a crash
// and yields the diagnostics its expected.txt names ("severity code file line", `*` = any).

#include "core/project/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

class TestMalformedProjects : public QObject
{
    Q_OBJECT

private slots:
    void corpusCase_data();
    void corpusCase();
    void fiveMegabyteRevisionParses();
    void revisionWithUnknownParentsStillInGraph_data();
    void revisionWithUnknownParentsStillInGraph();
    void missingConfigIsReportedLikeAlembic();

private:
    static QString corpusDir() { return QStringLiteral(RETORT_TEST_DATA_DIR "/malformed"); }
};

namespace {

struct Expectation
{
    QString severity, code, file, line;
};

bool fieldMatches(const QString &pattern, const QString &value)
{
    return pattern == QLatin1String("*") || pattern == value;
}

bool matches(const Expectation &e, const Diagnostic &d)
{
    return fieldMatches(e.severity, severityName(d.severity)) && fieldMatches(e.code, d.code)
           && fieldMatches(e.file, QFileInfo(d.location.file).fileName())
           && fieldMatches(e.line, QString::number(d.location.line));
}

QList<Expectation> readExpectations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Expectation> result;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() == 4)
            result.append({f.at(0), f.at(1), f.at(2), f.at(3)});
    }
    return result;
}

QString describe(const DiagnosticList &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines << d.code + QLatin1String(" | ") + d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestMalformedProjects::corpusCase_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = QDir(corpusDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 14);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << QDir(corpusDir()).absoluteFilePath(name);
}

void TestMalformedProjects::corpusCase()
{
    QFETCH(QString, caseDir);
    const Project project = Project::open({caseDir + QLatin1String("/alembic.ini"), QStringLiteral("alembic"), caseDir});
    QVERIFY2(project.isOpen(), qPrintable(project.openError() ? project.openError()->message : QString()));
    const QList<Expectation> expected = readExpectations(caseDir + QLatin1String("/expected.txt"));
    QVERIFY(!expected.isEmpty());
    for (const Expectation &e : expected) {
        const bool found = std::any_of(project.diagnostics().cbegin(), project.diagnostics().cend(),
                                       [&](const Diagnostic &d) { return matches(e, d); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1 %2 %3:%4 among:\n%5")
                                       .arg(e.severity, e.code, e.file, e.line, describe(project.diagnostics()))));
    }
    // Nothing crashes downstream either: listing and planning give answers or clear errors.
    const QList<RevisionSummary> summaries = project.summaries();
    Q_UNUSED(summaries);
    if (expected.first().severity == QLatin1String("error")) {
        QVERIFY(!project.canPlan());
        QVERIFY(project.firstBlockingError().has_value());
    }
}

void TestMalformedProjects::revisionWithUnknownParentsStillInGraph_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("revision");
    QTest::newRow("computed down_revision") << "needs_python" << "bbbb0002";
    QTest::newRow("syntax error, id recovered") << "syntax_error" << "bbbb0002";
}

void TestMalformedProjects::revisionWithUnknownParentsStillInGraph()
{
    QFETCH(QString, caseName);
    QFETCH(QString, revision);
    const QString dir = corpusDir() + QLatin1Char('/') + caseName;
    const Project project = Project::open({dir + QLatin1String("/alembic.ini"), QStringLiteral("alembic"), dir});
    const RevisionSummary summary = project.summary(revision);
    QCOMPARE(summary.id, revision);
    QVERIFY(summary.hasErrors);
    QVERIFY(!project.canPlan());
    // Its sound neighbour is still there and unaffected.
    QVERIFY(!project.summary(QStringLiteral("aaaa0001")).hasErrors);
}

void TestMalformedProjects::fiveMegabyteRevisionParses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("migrations/versions"));
    QFile ini(dir.filePath(QStringLiteral("alembic.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[alembic]\nscript_location = %(here)s/migrations\n");
    ini.close();
    QByteArray body = "\"\"\"big data migration\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                      "revision = 'b16b16b16b16'\ndown_revision = None\n\n\ndef upgrade():\n";
    int i = 0;
    while (body.size() < 5 * 1024 * 1024)
        body += "    op.execute(\"INSERT INTO t (id, name) VALUES (" + QByteArray::number(i++) + ", 'row')\")\n";
    body += "\n\ndef downgrade():\n    op.execute('DELETE FROM t')\n";
    QFile file(dir.filePath(QStringLiteral("migrations/versions/b16b16b16b16_big.py")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();

    const Project project = Project::open({ini.fileName(), QStringLiteral("alembic"), dir.path()});
    QVERIFY(project.isOpen());
    QVERIFY2(!hasErrors(project.diagnostics()), qPrintable(describe(project.diagnostics())));
    QCOMPARE(project.map().heads(), QStringList{QStringLiteral("b16b16b16b16")});
    const RevisionScript *script = project.scriptFor(QStringLiteral("b16b16b16b16"));
    QVERIFY(script && script->upgrade && script->downgrade);
    QCOMPARE(script->doc, QStringLiteral("big data migration"));
}

void TestMalformedProjects::missingConfigIsReportedLikeAlembic()
{
    QTemporaryDir dir;
    const Project project = Project::open({QStringLiteral("alembic.ini"), QStringLiteral("alembic"), dir.path()});
    QVERIFY(!project.isOpen());
    QCOMPARE(project.openError()->message,
             QStringLiteral("No config file 'alembic.ini' found, or file has no '[alembic]' section"));
}

QTEST_GUILESS_MAIN(TestMalformedProjects)
#include "tst_malformedprojects.moc"
