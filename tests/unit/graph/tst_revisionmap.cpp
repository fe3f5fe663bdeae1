// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
//
// RevisionMap structure, problems, history order, version-table SQL and performance.
// Expected values were checked against Alembic 1.8.1 unless a comment says otherwise.

#include "core/graph/ancestryindex.h"
#include "core/graph/revisionmap.h"
#include "tests/support/graphtext.h"
#include "core/graph/versiontablesql.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Retort::Core;

Q_DECLARE_METATYPE(Retort::Core::Revision)

namespace {

// "id <- parent parent [label label] {dependency} # doc", sourceIndex = position.
RevisionMap graph(const QStringList &lines)
{
    return RevisionMap::build(Retort::Test::revisionsFromGraphText(lines));
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

const QStringList kMrg{QStringLiteral("a"), QStringLiteral("b <- a"), QStringLiteral("c1 <- b"), QStringLiteral("d1 <- c1"),
                       QStringLiteral("c2 <- b [c2branch]"), QStringLiteral("d2 <- c2"), QStringLiteral("e <- d1 d2"),
                       QStringLiteral("f <- e")};
const QStringList kBr{QStringLiteral("a"), QStringLiteral("b <- a"), QStringLiteral("c1 <- b [c1branch]"),
                      QStringLiteral("d1 <- c1"), QStringLiteral("c2 <- b [c2branch]"), QStringLiteral("d2 <- c2")};
const QStringList kLin{QStringLiteral("1000aaaa"), QStringLiteral("2000bbbb <- 1000aaaa"),
                       QStringLiteral("3000cccc <- 2000bbbb"), QStringLiteral("4000dddd <- 3000cccc"),
                       QStringLiteral("4000eeee <- 4000dddd")};
const QStringList kXdep{QStringLiteral("a"), QStringLiteral("b <- a"), QStringLiteral("c1 <- b [c1branch]"),
                        QStringLiteral("d1 <- c1"), QStringLiteral("c2 <- b [c2branch]"), QStringLiteral("d2 <- c2 {c1}")};
const QStringList kNorm{QStringLiteral("a1"), QStringLiteral("a2 <- a1"), QStringLiteral("a3 <- a2"), QStringLiteral("b1"),
                        QStringLiteral("b2 <- b1 {a3}"), QStringLiteral("b3 <- b2"), QStringLiteral("b4 <- b3 {a3}"),
                        QStringLiteral("b5 <- b4 {b4}")};
const QStringList kEff{QStringLiteral("y1 [y]"), QStringLiteral("x1 [x]"), QStringLiteral("y2 <- y1 {x1}"),
                       QStringLiteral("x2 <- x1")};

QList<Revision> linearRevisions(int n)
{
    QList<Revision> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Revision r;
        r.id = QStringLiteral("%1").arg(i, 12, 16, QLatin1Char('0'));
        if (i > 0)
            r.downRevisions = QStringList{out.last().id};
        r.sourceIndex = i;
        out.append(r);
    }
    return out;
}

// A main line; every 10th revision opens a 4-revision side branch (whose third revision
// depends on an older main revision) that a later main revision merges back; a label
// every 50 revisions.
QList<Revision> branchyRevisions(int n)
{
    QList<Revision> out;
    QStringList open;
    QStringList mainIds;
    int counter = 0;
    while (out.size() < n) {
        Revision r;
        r.id = QStringLiteral("m%1").arg(counter++, 6, 10, QLatin1Char('0'));
        if (!out.isEmpty())
            r.downRevisions = QStringList{mainIds.last()};
        if (!open.isEmpty() && counter % 10 == 0)
            r.downRevisions.append(open.takeFirst());
        if (counter % 50 == 0)
            r.branchLabels = QStringList{QStringLiteral("L%1").arg(counter)};
        out.append(r);
        mainIds.append(r.id);
        if (counter % 10 == 5) {
            QString parent = r.id;
            for (int k = 0; k < 4; ++k) {
                Revision s;
                s.id = QStringLiteral("s%1_%2").arg(counter).arg(k);
                s.downRevisions = QStringList{parent};
                if (k == 2 && mainIds.size() > 60)
                    s.dependsOn = QStringList{mainIds.at(mainIds.size() - 50)};
                out.append(s);
                parent = s.id;
            }
            open.append(parent);
        }
    }
    return out;
}

} // namespace

class TestRevisionMap : public QObject
{
    Q_OBJECT

private slots:
    void labelPropagation_data();
    void labelPropagation();
    void headsAndBases();
    void revisionInfo();
    void problems_data();
    void problems();
    void firstErrorIsAlembics();
    void ghostParentsCanBeDrawn();
    void duplicateIds();
    void walkRevisions_data();
    void walkRevisions();
    void resolutionExtras();
    void unknownDatabaseRow();
    void stepTexts();
    void versionTableSql_data();
    void versionTableSql();
    void emptyMap();
    void concurrentPlanning();
    void searchFallbackMatchesBitsets();
    void performance_data();
    void performance();
};

void TestRevisionMap::labelPropagation_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("labelled");   // revisions that carry L (the others must not)
    // The table of §2.3.
    QTest::newRow("line") << QStringList{"a", "b <- a [L]", "c <- b"} << QStringList{"a", "b", "c"};
    QTest::newRow("branch point stops the walk")
        << QStringList{"a", "b <- a [L]", "c1 <- b", "c2 <- b"} << QStringList{"b", "c1", "c2"};
    QTest::newRow("label on one arm")
        << QStringList{"a", "b <- a", "c1 <- b [L]", "d1 <- c1", "c2 <- b"} << QStringList{"c1", "d1"};
    QTest::newRow("label at the base")
        << QStringList{"a [L]", "b <- a", "c1 <- b", "c2 <- b", "d2 <- c2"} << QStringList{"a", "b", "c1", "c2", "d2"};
    QTest::newRow("merge inherits")
        << QStringList{"a", "b1 <- a [L]", "b2 <- a", "m <- b1 b2", "n <- m"} << QStringList{"b1", "m", "n"};
    QTest::newRow("dependency does not inherit") << QStringList{"a [L]", "z {L}"} << QStringList{"a"};
    QTest::newRow("dependant makes a real branch point")
        << QStringList{"a", "b <- a", "c <- b [L]", "w {b}"} << QStringList{"c"};
}

void TestRevisionMap::labelPropagation()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, labelled);
    const RevisionMap map = graph(lines);
    QVERIFY(map.isUsable());
    for (const QString &id : map.allRevisionsInLoadOrder()) {
        const QStringList labels = map.revision(id)->branchLabels;
        QCOMPARE(labels.contains(QStringLiteral("L")), labelled.contains(id));
    }
    // Two labels travel together (a[x,y] <- b).
    const RevisionMap two = graph({QStringLiteral("a [x y]"), QStringLiteral("b <- a")});
    QCOMPARE(sorted(two.revision(QStringLiteral("b"))->branchLabels), (QStringList{"x", "y"}));
    QCOMPARE(two.revision(QStringLiteral("b"))->declaredBranchLabels, QStringList());
}

void TestRevisionMap::headsAndBases()
{
    const RevisionMap norm = graph(kNorm);
    QCOMPARE(norm.heads(), (QStringList{"a3", "b5"}));
    QCOMPARE(norm.realHeads(), QStringList{"b5"});
    QCOMPARE(norm.bases(), (QStringList{"a1", "b1"}));
    QCOMPARE(norm.realBases(), (QStringList{"a1", "b1"}));

    const RevisionMap eff = graph(kEff);
    QCOMPARE(eff.heads(), (QStringList{"y2", "x2"}));
    QCOMPARE(eff.realHeads(), (QStringList{"y2", "x2"}));
    QCOMPARE(eff.bases(), (QStringList{"y1", "x1"}));

    const RevisionMap dep5 = graph({QStringLiteral("a1"), QStringLiteral("b1 {a1}"), QStringLiteral("bmerge <- a1 b1")});
    QCOMPARE(dep5.bases(), (QStringList{"a1", "b1"}));
    QCOMPARE(dep5.realBases(), QStringList{"a1"});
    QCOMPARE(dep5.allRevisionsInLoadOrder(), (QStringList{"a1", "b1", "bmerge"}));
}

void TestRevisionMap::revisionInfo()
{
    const RevisionMap xdep = graph(kXdep);
    const RevisionInfo d2 = *xdep.revision(QStringLiteral("d2"));
    QCOMPARE(d2.downRevisions, QStringList{"c2"});
    QCOMPARE(d2.dependsOn, QStringList{"c1"});
    QCOMPARE(d2.resolvedDependencies, QStringList{"c1"});
    QCOMPARE(d2.normalizedDependencies, QStringList{"c1"});
    QCOMPARE(d2.allDownRevisions, (QStringList{"c2", "c1"}));
    QCOMPARE(d2.normalizedDownRevisions, (QStringList{"c2", "c1"}));
    QCOMPARE(d2.branchLabels, QStringList{"c2branch"});   // not c1branch: dependencies carry no labels
    const RevisionInfo c1 = *xdep.revision(QStringLiteral("c1"));
    QCOMPARE(c1.nextRevisions, QStringList{"d1"});
    QCOMPARE(c1.allNextRevisions, (QStringList{"d1", "d2"}));
    QVERIFY(!c1.isBranchPoint);
    QVERIFY(c1.isRealBranchPoint);
    QVERIFY(xdep.revision(QStringLiteral("b"))->isBranchPoint);
    QVERIFY(!xdep.revision(QStringLiteral("zz")).has_value());

    const RevisionMap norm = graph(kNorm);
    const RevisionInfo b4 = *norm.revision(QStringLiteral("b4"));
    QCOMPARE(b4.resolvedDependencies, QStringList{"a3"});
    QCOMPARE(b4.normalizedDependencies, QStringList());   // b2 already depends on a3
    QCOMPARE(b4.normalizedDownRevisions, QStringList{"b3"});
    QCOMPARE(norm.revision(QStringLiteral("b5"))->normalizedDownRevisions, QStringList{"b4"});
    const RevisionInfo a3 = *norm.revision(QStringLiteral("a3"));
    QVERIFY(a3.isHead);
    QVERIFY(!a3.isRealHead);

    const RevisionMap dep5 = graph({QStringLiteral("a1"), QStringLiteral("b1 {a1} # doc b1"), QStringLiteral("bmerge <- a1 b1")});
    const RevisionInfo b1 = *dep5.revision(QStringLiteral("b1"));
    QVERIFY(b1.isBase);
    QVERIFY(!b1.isRealBase);
    QCOMPARE(b1.doc, QStringLiteral("doc b1"));
    QCOMPARE(b1.sourceIndex, 1);
    QVERIFY(dep5.revision(QStringLiteral("bmerge"))->isMergePoint);
    QCOMPARE(dep5.scriptLine(QStringLiteral("bmerge")), QStringLiteral("a1, b1 -> bmerge (head) (mergepoint), "));
    QCOMPARE(dep5.labelOwner(QStringLiteral("nolabel")), QString());
    QCOMPARE(graph(kBr).labelOwner(QStringLiteral("c2branch")), QStringLiteral("c2"));
}

void TestRevisionMap::problems_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("revisions");
    QTest::addColumn<QList<int>>("sourceIndexes");

    const int error = int(Severity::Error);
    QTest::newRow("duplicate") << QStringList{"a", "b <- a", "a"} << "graph-duplicate-id" << int(Severity::Warning)
                               << "Revision a is present more than once" << QStringList{"a"} << QList<int>{2, 0};
    QTest::newRow("label collision")
        << QStringList{"a", "b <- a [xy1]", "e <- b [xy1]"} << "graph-label-collision" << error
        << "Branch name 'xy1' in revision e already used by revision b" << QStringList{"e", "b"} << QList<int>{2, 1};
    QTest::newRow("label equals an id")
        << QStringList{"a", "b <- a [a]"} << "graph-label-collision" << error
        << "Branch name 'a' in revision b already used by revision a" << QStringList{"b", "a"} << QList<int>{1, 0};
    QTest::newRow("missing parent")
        << QStringList{"a # step a", "b <- zzzz # step b"} << "graph-missing-parent" << error
        << "Revision zzzz referenced from zzzz -> b (head), step b is not present" << QStringList{"b", "zzzz"}
        << QList<int>{1};
    // Alembic crashes with a bare KeyError here; the message is ours.
    QTest::newRow("unknown dependency")
        << QStringList{"a", "b <- a {nothere} # step b"} << "graph-unknown-dependency" << error
        << "Dependency nothere referenced from a -> b (head), step b is not present" << QStringList{"b", "nothere"}
        << QList<int>{1};
    QTest::newRow("partial id as dependency")
        << QStringList{"abcd1234", "b <- abcd1234 {abcd}"} << "graph-unknown-dependency" << error
        << "Dependency abcd referenced from abcd1234 -> b (head),  is not present" << QStringList{"b", "abcd"}
        << QList<int>{1};
    QTest::newRow("self-loop") << QStringList{"a <- a"} << "graph-self-loop" << error
                               << "Self-loop is detected in revisions (a)" << QStringList{"a"} << QList<int>{0};
    QTest::newRow("dependency self-loop") << QStringList{"a {a}"} << "graph-dependency-self-loop" << error
                                          << "Dependency self-loop is detected in revisions (a)" << QStringList{"a"}
                                          << QList<int>{0};
    QTest::newRow("cycle") << QStringList{"a <- c", "b <- a", "c <- b"} << "graph-cycle" << error
                           << "Cycle is detected in revisions (a, b, c)" << QStringList{"a", "b", "c"}
                           << QList<int>{0, 1, 2};
    QTest::newRow("cycle lists unreachable descendants")
        << QStringList{"x", "a <- c", "b <- a", "c <- b", "d <- c", "e <- d"} << "graph-cycle" << error
        << "Cycle is detected in revisions (a, b, c, d, e)" << QStringList{"a", "b", "c", "d", "e"}
        << QList<int>{1, 2, 3, 4, 5};
    // Alembic 1.8.1 misses this one (the cycle is entered through a merge that reaches a base).
    QTest::newRow("cycle through a merge")
        << QStringList{"x", "a <- x c", "b <- a", "c <- b", "d <- c"} << "graph-cycle" << error
        << "Cycle is detected in revisions (a, b, c, d)" << QStringList{"a", "b", "c", "d"} << QList<int>{1, 2, 3, 4};
    QTest::newRow("dependency cycle") << QStringList{"a {c}", "b <- a", "c <- b"} << "graph-dependency-cycle" << error
                                      << "Dependency cycle is detected in revisions (a, b, c)"
                                      << QStringList{"a", "b", "c"} << QList<int>{0, 1, 2};
    QTest::newRow("illegal characters") << QStringList{"a+@-b"} << "graph-illegal-id" << error
                                        << "Character(s) '+, -, @' not allowed in revision identifier 'a+@-b'"
                                        << QStringList{"a+@-b"} << QList<int>{0};
    QTest::newRow("label as parent") << QStringList{"a [lib]", "b <- lib"} << "graph-parent-is-label" << error
                                     << "Revision lib referenced from lib -> b (head),  is a branch label, not a revision"
                                     << QStringList{"b", "a"} << QList<int>{1, 0};
}

void TestRevisionMap::problems()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, revisions);
    QFETCH(QList<int>, sourceIndexes);

    const RevisionMap map = graph(lines);
    QCOMPARE(map.problems().size(), 1);
    const GraphProblem &p = map.problems().first();
    QCOMPARE(p.diagnostic.code, code);
    QCOMPARE(int(p.diagnostic.severity), severity);
    QCOMPARE(p.diagnostic.message, message);
    QCOMPARE(p.diagnostic.location, SourceLocation());
    QCOMPARE(p.revisions, revisions);
    QCOMPARE(p.sourceIndexes, sourceIndexes);
    QCOMPARE(map.diagnostics(), DiagnosticList{p.diagnostic});

    const bool isError = severity == int(Severity::Error);
    QCOMPARE(map.isUsable(), !isError);
    // Planning refuses an unusable map with the same text; resolution still works.
    const auto plan = map.upgrade(QStringLiteral("heads"), {});
    const auto walk = map.walkRevisions();
    if (isError) {
        QVERIFY(!plan.hasValue());
        QCOMPARE(plan.error().kind, RevisionError::Kind::UnusableMap);
        QCOMPARE(plan.error().message, message);
        QVERIFY(!map.downgrade(QStringLiteral("base"), {}).hasValue());
        QVERIFY(!map.stamp({QStringLiteral("heads")}, {}).hasValue());
        QVERIFY(!walk.hasValue());
        QVERIFY(map.getRevisions(QStringLiteral("heads")).hasValue());
    }
}

void TestRevisionMap::firstErrorIsAlembics()
{
    // Alembic raises label collisions before it looks at parents, and cycles last.
    const RevisionMap map = graph({QStringLiteral("a <- c"), QStringLiteral("b <- a [L]"), QStringLiteral("c <- b [L]"),
                                   QStringLiteral("d <- nothere")});
    QVERIFY(!map.isUsable());
    QStringList codes;
    for (const Diagnostic &d : map.diagnostics())
        codes.append(d.code);
    QCOMPARE(codes, (QStringList{"graph-label-collision", "graph-missing-parent", "graph-cycle"}));
    QCOMPARE(map.downgrade(QStringLiteral("base"), {}).error().message,
             QStringLiteral("Branch name 'L' in revision c already used by revision b"));
}

void TestRevisionMap::ghostParentsCanBeDrawn()
{
    const RevisionMap map = graph({QStringLiteral("a"), QStringLiteral("b <- a zzzz"), QStringLiteral("c <- b {gone}")});
    QCOMPARE(map.ghostIds(), (QStringList{"gone", "zzzz"}));
    QCOMPARE(map.revision(QStringLiteral("b"))->downRevisions, (QStringList{"a", "zzzz"}));
    QCOMPARE(map.revision(QStringLiteral("b"))->normalizedDownRevisions, QStringList{"a"});
    QCOMPARE(map.revision(QStringLiteral("a"))->nextRevisions, QStringList{"b"});
    QCOMPARE(map.heads(), QStringList{"c"});
    QCOMPARE(map.problems().size(), 2);   // the ghosts are not reported again as a cycle
    QVERIFY(!map.isUsable());
    QCOMPARE(map.getRevision(QStringLiteral("c")).value(), QStringLiteral("c"));
}

void TestRevisionMap::duplicateIds()
{
    // The later file wins for lookups; the earlier object stays a (phantom) head.
    const RevisionMap map = graph({QStringLiteral("a # first"), QStringLiteral("b <- a"), QStringLiteral("a # second")});
    QVERIFY(map.isUsable());
    QCOMPARE(map.size(), 2);
    QCOMPARE(map.allRevisionsInLoadOrder(), (QStringList{"a", "b"}));
    QCOMPARE(map.revision(QStringLiteral("a"))->sourceIndex, 2);
    QCOMPARE(map.revision(QStringLiteral("a"))->doc, QStringLiteral("second"));
    QCOMPARE(map.heads(), (QStringList{"a", "b"}));
    QCOMPARE(map.bases(), (QStringList{"a", "a"}));
    QCOMPARE(map.entriesInLoadOrder().size(), 3);
    const auto plan = map.upgrade(QStringLiteral("heads"), {});
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().message, QStringLiteral("Requested revision b overlaps with other requested revisions a"));
}

void TestRevisionMap::walkRevisions_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("head");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    const QString notAncestor = QStringLiteral("Requested range %1:%2 does not refer to ancestor/descendant revisions "
                                               "along the same branch");
    QTest::newRow("MRG all") << kMrg << "base" << "heads"
                             << QStringList{"f", "e", "d1", "c1", "d2", "c2", "b", "a"} << QString();
    QTest::newRow("MRG b:e") << kMrg << "b" << "e" << QStringList{"e", "d1", "c1", "d2", "c2", "b"} << QString();
    QTest::newRow("MRG :c2") << kMrg << "base" << "c2" << QStringList{"c2", "b", "a"} << QString();
    QTest::newRow("MRG c1:") << kMrg << "c1" << "heads" << QStringList{"f", "e", "d1", "c1"} << QString();
    QTest::newRow("MRG label base") << kMrg << "c2branch@base" << "heads"
                                    << QStringList{"f", "e", "d1", "c1", "d2", "c2", "b", "a"} << QString();
    QTest::newRow("MRG c1:d2") << kMrg << "c1" << "d2" << QStringList() << notAncestor.arg("c1", "d2");
    QTest::newRow("MRG e:b") << kMrg << "e" << "b" << QStringList() << notAncestor.arg("e", "b");
    QTest::newRow("MRG -2:") << kMrg << "-2" << "heads" << QStringList() << "Ambiguous walk";
    QTest::newRow("BR all") << kBr << "base" << "heads" << QStringList{"d1", "c1", "d2", "c2", "b", "a"} << QString();
    QTest::newRow("BR -1:") << kBr << "-1" << "heads" << QStringList{"d1", "c1", "d2", "c2"} << QString();
    QTest::newRow("BR :head") << kBr << "base" << "head" << QStringList()
                              << "Multiple head revisions are present for given argument 'head'; please specify a "
                                 "specific target revision, '<branchname>@head' to narrow to a specific head, or "
                                 "'heads' for all heads";
    QTest::newRow("LIN -4:") << kLin << "-4" << "heads"
                             << QStringList{"4000eeee", "4000dddd", "3000cccc", "2000bbbb", "1000aaaa"} << QString();
    QTest::newRow("LIN -5:") << kLin << "-5" << "heads" << QStringList() << notAncestor.arg("-5", "heads");
    QTest::newRow("LIN partial") << kLin << "3000" << "4000eeee" << QStringList{"4000eeee", "4000dddd", "3000cccc"}
                                 << QString();
    QTest::newRow("LIN reversed") << kLin << "3000" << "2000bbbb" << QStringList() << notAncestor.arg("3000", "2000bbbb");
}

void TestRevisionMap::walkRevisions()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, base);
    QFETCH(QString, head);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    const auto result = graph(lines).walkRevisions(base, head);
    if (error.isEmpty()) {
        QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    } else {
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().message, error);
    }
}

void TestRevisionMap::resolutionExtras()
{
    const RevisionMap br = graph(kBr);
    QCOMPARE(br.getRevision(QStringLiteral("base")).value(), QString());
    QCOMPARE(br.getRevision(QStringLiteral("c2branch")).value(), QStringLiteral("c2"));
    const auto heads = br.getRevision(QStringLiteral("heads"));
    QCOMPARE(heads.error().kind, RevisionError::Kind::MultipleHeads);
    QCOMPARE(heads.error().heads, (QStringList{"d1", "d2"}));
    QCOMPARE(heads.error().argument, QStringLiteral("heads"));
    QCOMPARE(br.getRevisions(QStringList{"c1", "d2"}).value(), (QStringList{"c1", "d2"}));
    QCOMPARE(br.getRevisions(QStringLiteral("c2branch@base")).value(), QStringList());
    QCOMPARE(br.getRevisions(QStringLiteral("nope@base")).value(), QStringList());   // () never checks the label
    QCOMPARE(br.getRevision(QStringLiteral("nope@base")).error().detail, QStringLiteral("No such branch: 'nope'"));

    // `alembic current`: database heads plus the effective heads they imply, map order.
    QCOMPARE(graph(kNorm).allCurrent({QStringLiteral("b5")}).value(), (QStringList{"a3", "b5"}));
    QCOMPARE(graph(kEff).allCurrent({QStringLiteral("y2")}).value(), (QStringList{"x1", "y2"}));

    // Partial matching also sees branch labels longer than three characters.
    const RevisionMap lbl = graph({QStringLiteral("a [abranch]"), QStringLiteral("b <- a")});
    QCOMPARE(lbl.getRevisions(QStringLiteral("abra")).value(), QStringList{"a"});
}

void TestRevisionMap::unknownDatabaseRow()
{
    const RevisionMap br = graph(kBr);
    QCOMPARE(br.upgrade(QStringLiteral("heads"), {QStringLiteral("bogus")}).error().message,
             QStringLiteral("Can't locate revision identified by 'bogus'"));
    QCOMPARE(br.downgrade(QStringLiteral("base"), {QStringLiteral("bogus")}).error().message,
             QStringLiteral("Can't locate revision identified by 'bogus'"));
    QCOMPARE(br.stamp({QStringLiteral("a")}, {QStringLiteral("bogus")}).error().message,
             QStringLiteral("Can't locate revision identified by 'bogus'"));
    // Inconsistent rows (one is an ancestor of the other) are refused as Alembic does.
    QCOMPARE(br.upgrade(QStringLiteral("heads"), {QStringLiteral("d1"), QStringLiteral("c1")}).error().message,
             QStringLiteral("Requested revision d1 overlaps with other requested revisions c1"));
}

void TestRevisionMap::stepTexts()
{
    const auto up = graph(kXdep).upgrade(QStringLiteral("d2"), {QStringLiteral("a")});
    QVERIFY(up.hasValue());
    const MigrationStep &last = up->steps.last();
    QCOMPARE(last.revision, QStringLiteral("d2"));
    QCOMPARE(last.direction, MigrationStep::Upgrade);
    QCOMPARE(last.fromRevisions, QStringList{"c2"});
    QCOMPARE(last.fromRevisionsWithDeps, (QStringList{"c2", "c1"}));
    QCOMPARE(last.shortLog(), QStringLiteral("upgrade c2 -> d2"));
    QCOMPARE(up->initialHeads, QStringList{"a"});

    const auto base = graph(kLin).upgrade(QStringLiteral("+1"), {});
    QCOMPARE(base->steps.first().shortLog(), QStringLiteral("upgrade  -> 1000aaaa"));
    QCOMPARE(base->steps.first().name(), QStringLiteral("upgrade"));
    const auto down = graph(kLin).downgrade(QStringLiteral("base"), {QStringLiteral("1000aaaa")});
    QCOMPARE(down->steps.first().shortLog(), QStringLiteral("downgrade 1000aaaa -> "));
    QCOMPARE(down->steps.first().toRevisionsWithDeps, QStringList());
    const auto stamp = graph(kBr).stamp({QStringLiteral("c1"), QStringLiteral("d2")}, {QStringLiteral("b")});
    QCOMPARE(stamp->steps.size(), 2);
    QCOMPARE(stamp->steps.at(0).shortLog(), QStringLiteral("stamp_revision b -> c1"));
    QCOMPARE(stamp->steps.at(1).shortLog(), QStringLiteral("stamp_revision b -> d2"));
    QCOMPARE(stamp->steps.at(1).versionStatements, QList<VersionStatement>{VersionStatement::insert("d2")});
    QCOMPARE(stamp->finalHeads, (QStringList{"c1", "d2"}));
}

void TestRevisionMap::versionTableSql_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("expected");   // INS(x), UPD(x->y), DEL(y)

    QTest::newRow("sqlite") << "alembic_version" << QString() << "sqlite"
                            << QStringList{"INSERT INTO alembic_version (version_num) VALUES ('x');",
                                           "UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x';",
                                           "DELETE FROM alembic_version WHERE alembic_version.version_num = 'y';"};
    QTest::newRow("postgresql")
        << "alembic_version" << QString() << "postgresql"
        << QStringList{"INSERT INTO alembic_version (version_num) VALUES ('x') RETURNING alembic_version.version_num;",
                       "UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x';",
                       "DELETE FROM alembic_version WHERE alembic_version.version_num = 'y';"};
    QTest::newRow("schema") << "my_versions" << "audit" << "postgresql"
                            << QStringList{"INSERT INTO audit.my_versions (version_num) VALUES ('x') RETURNING audit.my_versions.version_num;",
                                           "UPDATE audit.my_versions SET version_num='y' WHERE audit.my_versions.version_num = 'x';",
                                           "DELETE FROM audit.my_versions WHERE audit.my_versions.version_num = 'y';"};
    QTest::newRow("quoted upper case") << "MyVersions" << "Audit" << "sqlite"
                                       << QStringList{"INSERT INTO \"Audit\".\"MyVersions\" (version_num) VALUES ('x');",
                                                      "UPDATE \"Audit\".\"MyVersions\" SET version_num='y' WHERE \"Audit\".\"MyVersions\".version_num = 'x';",
                                                      "DELETE FROM \"Audit\".\"MyVersions\" WHERE \"Audit\".\"MyVersions\".version_num = 'y';"};
    QTest::newRow("reserved words") << "select" << "order" << "sqlite"
                                    << QStringList{"INSERT INTO \"order\".\"select\" (version_num) VALUES ('x');",
                                                   "UPDATE \"order\".\"select\" SET version_num='y' WHERE \"order\".\"select\".version_num = 'x';",
                                                   "DELETE FROM \"order\".\"select\" WHERE \"order\".\"select\".version_num = 'y';"};
    QTest::newRow("leading digit, underscore") << "_v" << "1x" << "sqlite"
                                               << QStringList{"INSERT INTO \"1x\"._v (version_num) VALUES ('x');",
                                                              "UPDATE \"1x\"._v SET version_num='y' WHERE \"1x\"._v.version_num = 'x';",
                                                              "DELETE FROM \"1x\"._v WHERE \"1x\"._v.version_num = 'y';"};
    // "user" is reserved in PostgreSQL only.
    QTest::newRow("user on sqlite") << "user" << QString() << "sqlite"
                                    << QStringList{"INSERT INTO user (version_num) VALUES ('x');",
                                                   "UPDATE user SET version_num='y' WHERE user.version_num = 'x';",
                                                   "DELETE FROM user WHERE user.version_num = 'y';"};
    QTest::newRow("user on postgresql")
        << "user" << QString() << "postgresql"
        << QStringList{"INSERT INTO \"user\" (version_num) VALUES ('x') RETURNING \"user\".version_num;",
                       "UPDATE \"user\" SET version_num='y' WHERE \"user\".version_num = 'x';",
                       "DELETE FROM \"user\" WHERE \"user\".version_num = 'y';"};
    QTest::newRow("dollar and non-ASCII") << "v$x" << "Ünï" << "sqlite"
                                          << QStringList{"INSERT INTO \"Ünï\".v$x (version_num) VALUES ('x');",
                                                         "UPDATE \"Ünï\".v$x SET version_num='y' WHERE \"Ünï\".v$x.version_num = 'x';",
                                                         "DELETE FROM \"Ünï\".v$x WHERE \"Ünï\".v$x.version_num = 'y';"};
}

void TestRevisionMap::versionTableSql()
{
    QFETCH(QString, table);
    QFETCH(QString, schema);
    QFETCH(QString, dialect);
    QFETCH(QStringList, expected);
    const VersionTableSql sql(table, schema, dialect);
    QCOMPARE(sql.render(VersionStatement::insert(QStringLiteral("x"))), expected.at(0));
    QCOMPARE(sql.render(VersionStatement::update(QStringLiteral("x"), QStringLiteral("y"))), expected.at(1));
    QCOMPARE(sql.render(VersionStatement::remove(QStringLiteral("y"))), expected.at(2));
}

void TestRevisionMap::emptyMap()
{
    const RevisionMap map;
    QVERIFY(map.isUsable());
    QVERIFY(map.isEmpty());
    QCOMPARE(map.heads(), QStringList());
    const auto plan = map.upgrade(QStringLiteral("heads"), {});
    QVERIFY(plan.hasValue());
    QVERIFY(plan->steps.isEmpty());
    QCOMPARE(map.getRevisions(QStringLiteral("abcd")).error().message,
             QStringLiteral("Can't locate revision identified by 'abcd'"));
    const RevisionMap copy = graph(kBr);
    const RevisionMap other = copy;   // copies share the immutable graph
    QCOMPARE(other.heads(), copy.heads());
}

void TestRevisionMap::concurrentPlanning()
{
    // The ancestry index is built lazily on first use; several threads may race for it.
    const RevisionMap map = RevisionMap::build(branchyRevisions(2000));
    QVERIFY(map.isUsable());
    std::vector<QStringList> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&map, &results, i] {
            const auto plan = map.upgrade(QStringLiteral("heads"), {});
            for (const MigrationStep &step : plan->steps)
                results[i].append(step.revision);
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(results.at(0).size(), 2000);
    for (const QStringList &r : results)
        QCOMPARE(r, results.at(0));
}

void TestRevisionMap::searchFallbackMatchesBitsets()
{
    // Above AncestryIndex::kBitsetLimit revisions ancestry is answered by a pruned search;
    // both strategies must give identical plans.
    const QList<Revision> revisions = branchyRevisions(3000);
    const auto plans = [&revisions] {
        const RevisionMap map = RevisionMap::build(revisions);
        const QStringList heads = map.heads();
        QStringList out;
        for (const auto &plan : {map.upgrade(QStringLiteral("heads"), {}), map.downgrade(QStringLiteral("base"), heads),
                                 map.downgrade(QStringLiteral("m001000"), heads),
                                 map.upgrade(QStringLiteral("heads"), {QStringLiteral("s1005_3"), QStringLiteral("m001007")})}) {
            for (const MigrationStep &step : plan->steps) {
                out.append(step.shortLog());
                for (const VersionStatement &s : step.versionStatements)
                    out.append(s.toString());
            }
            out.append(plan->finalHeads.join(QLatin1Char(' ')));
        }
        out.append(map.walkRevisions().value());
        return out;
    };
    const QStringList withBitsets = plans();
    Detail::AncestryIndex::setBitsetLimitForTesting(0);
    const QStringList withSearch = plans();
    Detail::AncestryIndex::setBitsetLimitForTesting(-1);
    QVERIFY(withBitsets.size() > 12000);
    QCOMPARE(withSearch, withBitsets);
}

void TestRevisionMap::performance_data()
{
    QTest::addColumn<QList<Revision>>("revisions");
    QTest::newRow("linear 10k") << linearRevisions(10000);
    QTest::newRow("branches, merges and dependencies 10k") << branchyRevisions(10000);
}

void TestRevisionMap::performance()
{
    QFETCH(QList<Revision>, revisions);
    // Correctness at 10,000 revisions; the timings printed are informative (goals: bench/).
    qint64 build = -1, heads = -1, up = -1, down = -1;
    const auto best = [](qint64 &slot, qint64 value) { slot = slot < 0 ? value : std::min(slot, value); };
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const RevisionMap map = RevisionMap::build(revisions);
        best(build, timer.nsecsElapsed());
        QVERIFY(map.isUsable());
        timer.restart();
        const QStringList h = map.heads();
        best(heads, timer.nsecsElapsed());
        QCOMPARE(h.size(), 1);
        timer.restart();
        const auto upgrade = map.upgrade(QStringLiteral("heads"), {});
        best(up, timer.nsecsElapsed());
        QVERIFY(upgrade.hasValue());
        QCOMPARE(upgrade->steps.size(), revisions.size());
        QCOMPARE(upgrade->finalHeads, h);
        timer.restart();
        const auto downgrade = map.downgrade(QStringLiteral("base"), h);
        best(down, timer.nsecsElapsed());
        QVERIFY(downgrade.hasValue());
        QCOMPARE(downgrade->steps.size(), revisions.size());
        QVERIFY(downgrade->finalHeads.isEmpty());
    }
    qInfo("build %.1f ms, heads %.3f ms, upgrade heads %.1f ms, downgrade base %.1f ms", build / 1e6, heads / 1e6,
          up / 1e6, down / 1e6);
}

QTEST_GUILESS_MAIN(TestRevisionMap)
#include "tst_revisionmap.moc"
