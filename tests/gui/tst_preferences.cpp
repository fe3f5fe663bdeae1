// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Preferences and languages on the offscreen platform: the German translation is embedded and
// found under the contexts tr() really uses, a window built after installing it speaks German
// (Qt's own buttons too), the Preferences dialog applies the theme, remembers the language and
// the start-up choice only on OK, and the retort binary honours --language.

#include "tests/support/screenshot.h"
#include "ui/common/languagemanager.h"
#include "ui/common/thememanager.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Retort;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void germanIsEmbedded();
    void installTranslatesQualifiedContexts();
    void windowBuiltInGermanSpeaksGerman();
    void dialogAppliesOnOk();
    void dialogCancelChangesNothing();
    void preferencesActionOpensDialog();
    void binaryHonoursLanguageOption();

private:
    Ui::ThemeManager m_theme;
    Ui::LanguageManager m_language;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RetortTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
    m_theme.setTheme(Ui::ThemeManager::Theme::Light);
    m_language.install(QStringLiteral("en"));
}

void TestPreferences::cleanup()
{
    m_language.install(QStringLiteral("en"));
    QSettings().clear();
}

void TestPreferences::germanIsEmbedded()
{
    const QList<Ui::LanguageManager::Language> languages = Ui::LanguageManager::available();
    QVERIFY(languages.size() >= 2);
    QCOMPARE(languages.first().code, QStringLiteral("en"));
    const auto german = std::find_if(languages.begin(), languages.end(),
                                     [](const auto &l) { return l.code == QLatin1String("de"); });
    QVERIFY(german != languages.end());
    QCOMPARE(german->nativeName, QStringLiteral("Deutsch"));
    QCOMPARE(Ui::LanguageManager::resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Ui::LanguageManager::resolve(QStringLiteral("en")), QStringLiteral("en"));
    // A language Retort does not ship falls back to the system's, else English.
    QVERIFY(QStringList({QStringLiteral("en"), QStringLiteral("de")})
                .contains(Ui::LanguageManager::resolve(QStringLiteral("xx"))));
}

void TestPreferences::installTranslatesQualifiedContexts()
{
    QCOMPARE(m_language.install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(m_language.activeLanguage(), QStringLiteral("de"));
    // tr() in Retort::Ui::MainWindow asks for the qualified context; the .ts has the bare one.
    QCOMPARE(QCoreApplication::translate("Retort::Ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    // Explicitly qualified contexts are found as they are.
    QCOMPARE(QCoreApplication::translate("Retort::Ui::GraphExport", "Cannot write %1: %2"),
             QStringLiteral("%1 kann nicht geschrieben werden: %2"));
    // Plurals.
    QCOMPARE(QCoreApplication::translate("Retort::Ui::RiskDescription", "%n row(s) now", nullptr, 3),
             QStringLiteral("derzeit 3 Zeilen"));
    // Unknown text stays as it is; English again after switching back.
    QCOMPARE(QCoreApplication::translate("Retort::Ui::MainWindow", "no such text"), QStringLiteral("no such text"));
    QCOMPARE(m_language.install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Retort::Ui::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestPreferences::windowBuiltInGermanSpeaksGerman()
{
    m_language.install(QStringLiteral("de"));
    Ui::MainWindow window(&m_theme);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
    QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(QLatin1Char(','))));
    auto *preferences = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->text(), QStringLiteral("&Einstellungen…"));
    window.resize(1280, 800);
    window.show();
    window.openProject(QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini"));
    QTest::qWait(1500);
    Retort::Test::snap(&window, QStringLiteral("main-window-german"));
    // Qt's own texts come from qtbase_de.qm (Debian's qt*-translations-l10n).
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
}

void TestPreferences::dialogAppliesOnOk()
{
    Ui::PreferencesDialog dialog(&m_theme);
    auto *themeBox = dialog.findChild<QComboBox *>(QStringLiteral("themeBox"));
    auto *languageBox = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    auto *reopen = dialog.findChild<QCheckBox *>(QStringLiteral("reopenBox"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(themeBox && languageBox && reopen && note);
    QCOMPARE(themeBox->currentData().toInt(), int(Ui::ThemeManager::Theme::Light));
    QCOMPARE(languageBox->currentData().toString(), QString()); // system language
    QVERIFY(reopen->isChecked());
    QVERIFY(note->isHidden());

    themeBox->setCurrentIndex(themeBox->findData(int(Ui::ThemeManager::Theme::Dark)));
    languageBox->setCurrentIndex(languageBox->findData(QStringLiteral("de")));
    QVERIFY(!note->isHidden());
    reopen->setChecked(false);
    dialog.show();
    Retort::Test::snap(&dialog, QStringLiteral("preferences"));
    QCOMPARE(m_theme.theme(), Ui::ThemeManager::Theme::Light); // nothing before OK
    dialog.accept();

    QCOMPARE(m_theme.theme(), Ui::ThemeManager::Theme::Dark);
    QVERIFY(Ui::ThemeManager::isDark(QApplication::palette()));
    QCOMPARE(Ui::LanguageManager::savedChoice(), QStringLiteral("de"));
    QVERIFY(!Ui::PreferencesDialog::reopenLastProject());
    // The next start installs the saved choice.
    QCOMPARE(m_language.install(), QStringLiteral("de"));
}

void TestPreferences::dialogCancelChangesNothing()
{
    Ui::PreferencesDialog dialog(&m_theme);
    auto *themeBox = dialog.findChild<QComboBox *>(QStringLiteral("themeBox"));
    auto *languageBox = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    themeBox->setCurrentIndex(themeBox->findData(int(Ui::ThemeManager::Theme::Dark)));
    languageBox->setCurrentIndex(languageBox->findData(QStringLiteral("de")));
    dialog.reject();
    QCOMPARE(m_theme.theme(), Ui::ThemeManager::Theme::Light);
    QVERIFY(!Ui::ThemeManager::isDark(QApplication::palette()));
    QCOMPARE(Ui::LanguageManager::savedChoice(), QString());
    QVERIFY(Ui::PreferencesDialog::reopenLastProject());
}

void TestPreferences::preferencesActionOpensDialog()
{
    Ui::MainWindow window(&m_theme);
    window.show();
    auto *preferences = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    auto *darkAction = window.findChild<QAction *>(QStringLiteral("actionTheme%1").arg(int(Ui::ThemeManager::Theme::Dark)));
    QVERIFY(darkAction && !darkAction->isChecked());
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<Ui::PreferencesDialog *>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (!dialog)
            return;
        auto *themeBox = dialog->findChild<QComboBox *>(QStringLiteral("themeBox"));
        themeBox->setCurrentIndex(themeBox->findData(int(Ui::ThemeManager::Theme::Dark)));
        dialog->accept();
    });
    preferences->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(m_theme.theme(), Ui::ThemeManager::Theme::Dark);
    // View ▸ Theme follows a change made in Preferences.
    QVERIFY(darkAction->isChecked());
}

void TestPreferences::binaryHonoursLanguageOption()
{
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(QStringLiteral(RETORT_GUI_PATH),
                  {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("Sprache der Oberfläche für diesen Start")), qPrintable(help));
    process.start(QStringLiteral(RETORT_GUI_PATH), {QStringLiteral("--language=en"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Interface language for this run")));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
