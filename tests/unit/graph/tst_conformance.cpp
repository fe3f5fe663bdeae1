// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
//
// The 52 conformance scenarios of alembic-semantics.md §6.3, read from
// tests/data/graph/conformance.json (format described in its "about" block). The
// expectations were checked against Alembic 1.8.1 with tests/data/graph/check_oracle.py.

#include "core/graph/revisionmap.h"
#include "tests/support/graphtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Retort::Core;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QList<Revision> parseGraph(const QStringList &lines)
{
    return Retort::Test::revisionsFromGraphText(lines);
}

QJsonObject loadData()
{
    QFile file(QStringLiteral(RETORT_TEST_DATA_DIR "/graph/conformance.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        qFatal("conformance.json: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data();
    void scenario();
    void everyScenarioNumberIsCovered();

private:
    void checkError(const RevisionError &error, const QJsonObject &sc);
    void checkPlan(const Expected<MigrationPlan, RevisionError> &result, const QJsonObject &sc);
};

void TestConformance::scenario_data()
{
    QTest::addColumn<QJsonObject>("sc");
    QTest::addColumn<QStringList>("graph");
    const QJsonObject data = loadData();
    const QJsonObject graphs = data.value(QStringLiteral("graphs")).toObject();
    for (const QJsonValue &v : data.value(QStringLiteral("scenarios")).toArray()) {
        const QJsonObject sc = v.toObject();
        const QString graph = sc.value(QStringLiteral("graph")).toString();
        QVERIFY2(graphs.contains(graph), qPrintable(graph));
        const QString name = sc.value(QStringLiteral("no")).toString() + QLatin1Char(' ') + graph + QLatin1Char(' ')
            + sc.value(QStringLiteral("op")).toString() + QLatin1Char(' ') + sc.value(QStringLiteral("target")).toString();
        QTest::newRow(qPrintable(name)) << sc << strings(graphs.value(graph));
    }
}

void TestConformance::checkError(const RevisionError &error, const QJsonObject &sc)
{
    QCOMPARE(error.message, sc.value(QStringLiteral("error")).toString());
    if (sc.contains(QStringLiteral("detail")))
        QCOMPARE(error.detail, sc.value(QStringLiteral("detail")).toString());
}

void TestConformance::checkPlan(const Expected<MigrationPlan, RevisionError> &result, const QJsonObject &sc)
{
    if (sc.contains(QStringLiteral("error"))) {
        QVERIFY2(!result.hasValue(), "expected an error");
        checkError(result.error(), sc);
        return;
    }
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    const MigrationPlan &plan = result.value();
    QStringList steps;
    QStringList sql;
    for (const MigrationStep &step : plan.steps) {
        steps.append(step.shortLog());
        for (const VersionStatement &s : step.versionStatements)
            sql.append(s.toString());
        // The step's script is the one the log names.
        if (step.direction == MigrationStep::Upgrade)
            QCOMPARE(step.revision, step.toRevisions.value(0));
        else if (step.direction == MigrationStep::Downgrade)
            QCOMPARE(step.revision, step.fromRevisions.value(0));
        else
            QVERIFY(step.revision.isEmpty());
    }
    QCOMPARE(steps, strings(sc.value(QStringLiteral("steps"))));
    if (sc.contains(QStringLiteral("sql")) && sc.value(QStringLiteral("sqlExact")).toBool(true))
        QCOMPARE(sql, strings(sc.value(QStringLiteral("sql"))));
    QCOMPARE(sorted(plan.finalHeads), sorted(strings(sc.value(QStringLiteral("final")))));
    if (sc.contains(QStringLiteral("warnings")))
        QCOMPARE(plan.warnings, strings(sc.value(QStringLiteral("warnings"))));
}

void TestConformance::scenario()
{
    QFETCH(QJsonObject, sc);
    QFETCH(QStringList, graph);
    const RevisionMap map = RevisionMap::build(parseGraph(graph));
    const QString op = sc.value(QStringLiteral("op")).toString();
    const QString target = sc.value(QStringLiteral("target")).toString();
    const QStringList current = strings(sc.value(QStringLiteral("current")));
    const QStringList expect = strings(sc.value(QStringLiteral("expect")));

    if (op == QLatin1String("heads")) {
        QCOMPARE(map.heads(), expect);
    } else if (op == QLatin1String("realHeads")) {
        QCOMPARE(map.realHeads(), expect);
    } else if (op == QLatin1String("bases")) {
        QCOMPARE(map.bases(), expect);
    } else if (op == QLatin1String("labels")) {
        const QJsonObject labels = sc.value(QStringLiteral("expect")).toObject();
        QCOMPARE(sorted(labels.keys()), sorted(map.allRevisionsInLoadOrder()));
        for (auto it = labels.begin(); it != labels.end(); ++it)
            QCOMPARE(sorted(map.revision(it.key())->branchLabels), sorted(strings(it.value())));
    } else if (op == QLatin1String("build")) {
        QStringList messages;
        for (const Diagnostic &d : map.diagnostics())
            messages.append(d.message);
        QCOMPARE(messages, strings(sc.value(QStringLiteral("problems"))));
        QCOMPARE(map.isUsable(), sc.value(QStringLiteral("usable")).toBool());
    } else if (op == QLatin1String("resolve")) {
        const auto result = map.getRevisions(target);
        if (sc.contains(QStringLiteral("error"))) {
            QVERIFY(!result.hasValue());
            checkError(result.error(), sc);
        } else {
            QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
            QCOMPARE(result.value(), expect);
        }
    } else if (op == QLatin1String("walk")) {
        const QStringList range = target.split(QLatin1Char(':'));
        const auto result = map.walkRevisions(range.at(0), range.at(1));
        QVERIFY(result.hasValue());
        QCOMPARE(result.value(), expect);
    } else if (op == QLatin1String("upgrade")) {
        if (sc.value(QStringLiteral("targetIsList")).toBool())
            checkPlan(map.upgrade(target.split(QLatin1Char(',')), current), sc);
        else
            checkPlan(map.upgrade(target, current), sc);
    } else if (op == QLatin1String("downgrade")) {
        checkPlan(map.downgrade(target, current), sc);
    } else if (op == QLatin1String("stamp")) {
        checkPlan(map.stamp(target.split(QLatin1Char(',')), current), sc);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown op ") + op));
    }
}

void TestConformance::everyScenarioNumberIsCovered()
{
    QSet<int> numbers;
    for (const QJsonValue &v : loadData().value(QStringLiteral("scenarios")).toArray()) {
        const QString no = v.toObject().value(QStringLiteral("no")).toString();
        numbers.insert(no.left(int(no.indexOf(QRegularExpression(QStringLiteral("[a-z]|$"))))).toInt());
    }
    for (int n = 1; n <= 52; ++n)
        QVERIFY2(numbers.contains(n), qPrintable(QString::number(n)));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
