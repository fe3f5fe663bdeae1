// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Retort::Cli {

/*! The parsed command line of retort-cli, in Alembic's shape:
    `retort-cli [global options] VERB [verb options] [arguments]`.
    Global options: -c/--config FILE, -n/--name SECTION, -x KEY=VALUE (repeatable),
    --raiseerr (accepted), --json (Retort's, accepted anywhere). */
struct CliOptions
{
    QString configPath;          //!< -c, else $ALEMBIC_CONFIG, else "alembic.ini"
    QString section = QStringLiteral("alembic");
    QStringList xArguments;
    bool json = false;
    QString verb;
    QStringList positional;      //!< the verb's positional arguments
    QHash<QString, QString> values; //!< verb options with a value, by long name ("rev-range", "from")
    QStringList flags;           //!< verb flags that were given, by long name ("verbose", ...)

    bool hasFlag(const QString &name) const { return flags.contains(name); }
};

/*! Outcome of parsing: options, or a usage error (argparse prints it to stderr, exit 2),
    or a request for help text (stdout, exit 0). */
struct CliParseResult
{
    std::optional<CliOptions> options;
    QString usageError;
    QString helpText;
};

CliParseResult parseCommandLine(const QStringList &arguments, const QString &alembicConfigEnv);

QString usageText();

} // namespace Retort::Cli
