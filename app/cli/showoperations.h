// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "app/cli/clicommands.h"

#include <QJsonObject>

namespace Retort::Cli {

/*! What `retort-cli show REV` adds after Alembic's text: for the session's dialect (or both
    sqlite and postgresql when the project names none), each direction's operations and whether
    Retort can render it, with the reason when not. The revision file is re-read in full here
    (the graph verbs load headers only). */
QString operationsText(const CliSession &session, const QString &revisionId);
//! The same as JSON: {"dialects": [{"dialect", "upgrade": {...}, "downgrade": {...}}]}.
QJsonObject operationsJson(const CliSession &session, const QString &revisionId);

} // namespace Retort::Cli
