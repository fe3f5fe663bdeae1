// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QString>

namespace Retort::Ui {

/*! The texts the window shows for a connection profile (translated; any thread). */
namespace ConnectionTexts {

//! "SQLite" or "PostgreSQL".
QString kindName(const Core::ConnectionProfile &profile);
/*! The name a user types to confirm a production action: the PostgreSQL database (the user
    name when empty, as libpq defaults it), the SQLite file's name, or ":memory:". */
QString databaseName(const Core::ConnectionProfile &profile);
//! Where that database is: "db.example.com:6543", "the local server", "this computer".
QString hostName(const Core::ConnectionProfile &profile);
//! "shop on db.example.com:6543" / "shop.db" — for the status bar and messages.
QString describe(const Core::ConnectionProfile &profile);

} // namespace ConnectionTexts
} // namespace Retort::Ui
