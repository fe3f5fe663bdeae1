// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// retort-cli: Alembic's read-only verbs and Retort's plan/validate, on the Retort engine.

#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retort-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const Retort::Cli::CliParseResult parsed
        = Retort::Cli::parseCommandLine(args, qEnvironmentVariable("ALEMBIC_CONFIG"));
    if (!parsed.helpText.isEmpty()) {
        out << parsed.helpText;
        return 0;
    }
    if (!parsed.options) {
        err << parsed.usageError;
        return 2; // argparse's exit status for usage errors
    }
    Retort::Cli::CliSession session(*parsed.options, out, err);
    return session.run();
}
