// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// retort-cli: Alembic's read-only verbs and Retort's plan/validate, on the Retort engine.

#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

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
    // The session (and the parsed project it holds: one syntax tree per revision file) is
    // deliberately not destroyed: freeing 10,000 trees costs more than the whole render, and
    // the process ends here. Every database session was closed inside run().
    auto *session = new Retort::Cli::CliSession(*parsed.options, out, err);
    const int code = session->run();
    out.flush();
    err.flush();
    std::fflush(nullptr);
    std::_Exit(code);
}
