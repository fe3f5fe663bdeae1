// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/db/connectionprofile.h"

namespace Retort::Cli {

class CliSession;

//! The database a verb works on, and where its URL came from (for messages).
struct DatabaseTarget
{
    Core::ConnectionProfile profile;
    QString source; //!< DatabaseUrlSource::description(): "--url", "DATABASE_URL", ".env", ...
};

/*! The database of the session's project: --url, else $DATABASE_URL, else DATABASE_URL in the
    `.env` beside the ini, else `sqlalchemy.url` (DatabaseUrlSource). Warnings met on the way
    (bad .env lines) go to stderr. A relative SQLite path is relative to the working directory,
    as in SQLAlchemy. Errors name the URL's origin. */
Core::Expected<DatabaseTarget, QString> resolveDatabaseTarget(CliSession &session);

} // namespace Retort::Cli
