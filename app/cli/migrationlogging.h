// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Core {
class IniConfig;
}

namespace Retort::Cli {

/*! Whether alembic would print its "INFO  [alembic.runtime.migration] Running upgrade ..." lines
    with this ini: the effective level of the logger `alembic.runtime.migration` after Python's
    logging.config.fileConfig (which the standard env.py calls), i.e. the level of the nearest
    configured logger among `alembic.runtime.migration`, `alembic.runtime`, `alembic` (by
    qualname, NOTSET meaning "ask the parent"), else root's; INFO or lower prints. Handlers'
    own levels are not considered. An ini without a [loggers] section prints (Retort's default:
    a run should say what it does). */
bool logsMigrationSteps(const Core::IniConfig &ini);

} // namespace Retort::Cli
