// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/databasetarget.h"

#include "app/cli/clicommands.h"
#include "core/db/databaseurlsource.h"

#include <QProcessEnvironment>

namespace Retort::Cli {

Core::Expected<DatabaseTarget, QString> resolveDatabaseTarget(CliSession &session)
{
    const auto source = Core::DatabaseUrlSource::resolve(session.options().values.value(QStringLiteral("url")),
                                                         QProcessEnvironment::systemEnvironment(),
                                                         session.project().config());
    if (!source)
        return source.error().message;
    for (const Core::Diagnostic &warning : source->warnings)
        session.warn(warning.toString());
    const auto profile = Core::parseDatabaseUrl(source->url, session.project().location().workingDirectory);
    if (!profile)
        return QStringLiteral("%1 (database URL from %2)").arg(profile.error(), source->description());
    return DatabaseTarget{profile.value(), source->description()};
}

} // namespace Retort::Cli
