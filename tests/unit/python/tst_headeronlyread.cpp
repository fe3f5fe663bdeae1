// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// RevisionReadMode::HeaderOnly reads the same header as Full, skips function bodies, and still
// reports what the tokenizer sees anywhere in the file.

#include "core/alembic/revisionscript.h"
#include "core/python/parser.h"

#include <QTest>

using namespace Retort::Core;

class TestHeaderOnlyRead : public QObject
{
    Q_OBJECT

private slots:
    void sameHeaderAsFullRead();
    void bodyGrammarErrorIsOnlySeenByFullRead();
    void tokenizerErrorInBodyIsSeenByBoth();
    void skippedBodiesAreMarked();
    void headerAfterFunctionsStillCounts();
};

namespace {

const QByteArray kRevision = R"("""add books

Revision ID: b00c5
"""
from alembic import op
import sqlalchemy as sa

revision = 'b00c5'
down_revision = ('a1', 'a2')
branch_labels = ('shop',)


def upgrade():
    if op.get_context().dialect.name == 'postgresql':
        op.execute("SET lock_timeout = '5s'")
    op.create_table('book', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade(): op.drop_table('book')

depends_on = 'lib'
)";

} // namespace

void TestHeaderOnlyRead::sameHeaderAsFullRead()
{
    const RevisionScript full = readRevisionSource(QStringLiteral("b.py"), kRevision, RevisionReadMode::Full);
    const RevisionScript header = readRevisionSource(QStringLiteral("b.py"), kRevision, RevisionReadMode::HeaderOnly);
    QVERIFY(full.isUsable());
    QVERIFY(header.isUsable());
    QCOMPARE(header.revision, full.revision);
    QCOMPARE(header.downRevisions, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(header.downRevisions, full.downRevisions);
    QCOMPARE(header.branchLabels, full.branchLabels);
    QCOMPARE(header.dependsOn, full.dependsOn);
    QCOMPARE(header.doc, QStringLiteral("add books"));
    QCOMPARE(header.diagnostics, full.diagnostics);
    QVERIFY(full.module && full.upgrade && full.downgrade);
    QVERIFY(!header.module && !header.upgrade && !header.downgrade);
}

void TestHeaderOnlyRead::bodyGrammarErrorIsOnlySeenByFullRead()
{
    QByteArray broken = kRevision;
    broken.replace("primary_key=True))", "primary_key=True) +)");
    const RevisionScript full = readRevisionSource(QStringLiteral("b.py"), broken, RevisionReadMode::Full);
    const RevisionScript header = readRevisionSource(QStringLiteral("b.py"), broken, RevisionReadMode::HeaderOnly);
    QVERIFY(!full.isUsable());
    QCOMPARE(full.diagnostics.first().code, QStringLiteral("py-syntax"));
    QVERIFY(header.isUsable());
}

void TestHeaderOnlyRead::tokenizerErrorInBodyIsSeenByBoth()
{
    QByteArray broken = kRevision;
    broken.replace("op.execute(\"SET lock_timeout = '5s'\")", "op.execute(\"SET lock_timeout = '5s')");
    for (const RevisionReadMode mode : {RevisionReadMode::Full, RevisionReadMode::HeaderOnly}) {
        const RevisionScript script = readRevisionSource(QStringLiteral("b.py"), broken, mode);
        QVERIFY(!script.isUsable());
        QCOMPARE(script.diagnostics.first().code, QStringLiteral("py-syntax"));
        QCOMPARE(script.diagnostics.first().location.line, 15);
    }
}

void TestHeaderOnlyRead::skippedBodiesAreMarked()
{
    Python::ParseOptions options;
    options.skipFunctionBodies = true;
    const Python::ParseResult parsed = Python::parseModule(QString::fromUtf8(kRevision), QStringLiteral("b.py"), options);
    QVERIFY(parsed.ok());
    const Python::Stmt *upgrade = parsed.module->function(u"upgrade");
    const Python::Stmt *downgrade = parsed.module->function(u"downgrade");
    QVERIFY(upgrade && downgrade);
    QVERIFY(upgrade->bodySkipped && upgrade->body.empty());
    QVERIFY(downgrade->bodySkipped && downgrade->body.empty());
    const Python::ParseResult full = Python::parseModule(QString::fromUtf8(kRevision), QStringLiteral("b.py"));
    QVERIFY(!full.module->function(u"upgrade")->bodySkipped);
    QCOMPARE(full.module->function(u"upgrade")->body.size(), size_t(2));
    QCOMPARE(full.module->body().size(), parsed.module->body().size());
}

void TestHeaderOnlyRead::headerAfterFunctionsStillCounts()
{
    const RevisionScript header = readRevisionSource(QStringLiteral("b.py"), kRevision, RevisionReadMode::HeaderOnly);
    QCOMPARE(header.dependsOn, QStringList{QStringLiteral("lib")});
    QCOMPARE(header.dependsOnAt.line, 21);
}

QTEST_APPLESS_MAIN(TestHeaderOnlyRead)
#include "tst_headeronlyread.moc"
