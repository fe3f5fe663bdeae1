// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The retort GUI: parses the command line, applies the theme, shows the main window, opens a
// project (the one given, else the last one).

#include "ui/common/languagemanager.h"
#include "ui/common/thememanager.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

// The --language value, read before QCommandLineParser runs (its help texts are translated).
QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.section(QLatin1Char('='), 1);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Retort"));
    QCoreApplication::setApplicationName(QStringLiteral("Retort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));
    // Before any widget or translated string exists: --language beats the saved choice.
    Retort::Ui::LanguageManager language;
    language.install(languageFromArguments(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for Alembic migrations"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Database URL to show the project against."),
                                      QStringLiteral("url"));
    const QCommandLineOption section({QStringLiteral("n"), QStringLiteral("name")},
                                     QApplication::translate("main", "The ini section of the environment."),
                                     QStringLiteral("section"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "Colour theme: system, light or dark."),
                                         QStringLiteral("theme"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Interface language for this run, e.g. en or de."),
                                            QStringLiteral("code"));
    parser.addOptions({database, section, themeOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "An alembic.ini, or a folder holding one."));
    parser.process(app);

    Retort::Ui::ThemeManager theme;
    theme.restore();
    if (parser.isSet(themeOption)) {
        const QString wanted = parser.value(themeOption);
        theme.setTheme(wanted == QLatin1String("dark")    ? Retort::Ui::ThemeManager::Theme::Dark
                       : wanted == QLatin1String("light") ? Retort::Ui::ThemeManager::Theme::Light
                                                          : Retort::Ui::ThemeManager::Theme::System);
    }
    Retort::Ui::MainWindow window(&theme);
    window.resize(1280, 800);
    window.show();
    if (parser.isSet(database))
        window.setDatabaseUrl(parser.value(database));
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openProject(positional.first(), parser.value(section));
    else if (Retort::Ui::PreferencesDialog::reopenLastProject() && window.hasRecentProject())
        window.openLastProject();
    return app.exec();
}
