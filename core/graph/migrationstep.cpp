// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/migrationstep.h"

namespace Retort::Core {

QString VersionStatement::toString() const
{
    switch (kind) {
    case Insert: return QStringLiteral("INS(%1)").arg(to);
    case Update: return QStringLiteral("UPD(%1->%2)").arg(from, to);
    case Delete: return QStringLiteral("DEL(%1)").arg(from);
    }
    return {};
}

QString MigrationStep::name() const
{
    switch (direction) {
    case Upgrade: return QStringLiteral("upgrade");
    case Downgrade: return QStringLiteral("downgrade");
    case Stamp: return QStringLiteral("stamp_revision");
    }
    return {};
}

QString MigrationStep::shortLog() const
{
    return name() + QLatin1Char(' ') + fromRevisions.join(QLatin1String(", ")) + QLatin1String(" -> ")
        + toRevisions.join(QLatin1String(", "));
}

} // namespace Retort::Core
