// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The retort GUI: parses the command line, shows the main window, opens a project.

#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Retort"));
    QCoreApplication::setApplicationName(QStringLiteral("Retort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for Alembic migrations"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Database URL to show the project against."),
                                      QStringLiteral("url"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "An alembic.ini, or a folder holding one."));
    parser.process(app);

    Retort::Ui::MainWindow window;
    window.resize(1100, 700);
    window.show();
    if (parser.isSet(database))
        window.setDatabaseUrl(parser.value(database));
    const QStringList positional = parser.positionalArguments();
    const QString project = positional.isEmpty() ? QSettings().value(QStringLiteral("project/last")).toString()
                                                 : positional.first();
    if (!project.isEmpty())
        window.openProject(project);
    return app.exec();
}
