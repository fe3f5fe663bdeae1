// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/alembic/iniconfig.h"
#include "core/common/diagnostic.h"

#include <optional>

namespace Retort::Core {

//! The name of the section holding Retort's own project settings.
inline QString retortSectionName() { return QStringLiteral("retort"); }

/*! The ini file that holds the project's `[retort]` section: \a alembicIni itself when it has
    one, otherwise `retort.ini` in the directory of \a iniPath when that file exists (parsed with
    `here` set to its directory). nullopt when neither has the section. Read errors of retort.ini
    are appended to \a diags. Reads the file system; callable from any thread. */
std::optional<IniConfig> loadRetortIni(const IniConfig &alembicIni, const QString &iniPath,
                                       DiagnosticList *diags = nullptr);

} // namespace Retort::Core
