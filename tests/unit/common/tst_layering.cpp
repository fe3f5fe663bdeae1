// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The dependency rule of DESIGN.md §3: core/ never includes Gui, Widgets, ui/ or app/.
// The build already keeps those include paths away from retort_core; this test also
// catches module-qualified includes (<QtWidgets/QWidget>) that the include path would let through.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void coreIncludesNoGuiHeaders();
    void detectorCatchesForbiddenIncludes_data();
    void detectorCatchesForbiddenIncludes();

private:
    static bool isForbiddenInclude(const QString &line);
};

bool TestLayering::isForbiddenInclude(const QString &line)
{
    static const QRegularExpression forbidden(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtGui|QtWidgets|QtSvg|Qsci|QWidget|QMainWindow|QDialog|QMessageBox|)"
        R"(QApplication|QGuiApplication|QColor|QIcon|QPixmap|QPainter|QFont|ui/|app/))"));
    return forbidden.match(line).hasMatch();
}

void TestLayering::coreIncludesNoGuiHeaders()
{
    const QString coreDir = QStringLiteral(RETORT_SOURCE_DIR "/core");
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int filesChecked = 0;
    QStringList offenders;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        ++filesChecked;
        int lineNo = 0;
        while (!file.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(file.readLine());
            if (isForbiddenInclude(line))
                offenders << file.fileName() + QLatin1Char(':') + QString::number(lineNo) + QLatin1String(": ")
                                 + line.trimmed();
        }
    }
    QVERIFY2(filesChecked > 0, "no core sources found");
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestLayering::detectorCatchesForbiddenIncludes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("forbidden");
    QTest::newRow("widget") << "#include <QWidget>" << true;
    QTest::newRow("qualified") << "#include <QtWidgets/QTreeView>" << true;
    QTest::newRow("gui module") << "#  include <QtGui/QColor>" << true;
    QTest::newRow("ui layer") << "#include \"ui/graph/graphview.h\"" << true;
    QTest::newRow("scintilla") << "#include <Qsci/qsciscintilla.h>" << true;
    QTest::newRow("core ok") << "#include <QString>" << false;
    QTest::newRow("sql ok") << "#include <QSqlDatabase>" << false;
    QTest::newRow("own ok") << "#include \"core/common/diagnostic.h\"" << false;
}

void TestLayering::detectorCatchesForbiddenIncludes()
{
    QFETCH(QString, line);
    QFETCH(bool, forbidden);
    QCOMPARE(isForbiddenInclude(line), forbidden);
}

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
