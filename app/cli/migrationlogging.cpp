// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/migrationlogging.h"

#include "core/alembic/iniconfig.h"

#include <QHash>
#include <QStringList>

namespace Retort::Cli {

namespace {

constexpr int kNotSet = 0;
constexpr int kInfo = 20;

//! Python's logging level for a level name or number; unknown names count as NOTSET.
int levelValue(const QString &text)
{
    static const QHash<QString, int> names{{QStringLiteral("NOTSET"), 0},    {QStringLiteral("DEBUG"), 10},
                                           {QStringLiteral("INFO"), 20},      {QStringLiteral("WARN"), 30},
                                           {QStringLiteral("WARNING"), 30},   {QStringLiteral("ERROR"), 40},
                                           {QStringLiteral("CRITICAL"), 50},  {QStringLiteral("FATAL"), 50}};
    const QString name = text.trimmed().toUpper();
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    return isNumber ? number : names.value(name, kNotSet);
}

} // namespace

bool logsMigrationSteps(const Core::IniConfig &ini)
{
    const auto keys = ini.rawValue(QStringLiteral("loggers"), QStringLiteral("keys"));
    if (!keys)
        return true;
    int rootLevel = 30; // Python's default for the root logger
    QHash<QString, int> levels; // qualname -> level
    for (const QString &key : keys->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString section = QStringLiteral("logger_") + key.trimmed();
        const int level = levelValue(ini.rawValue(section, QStringLiteral("level")).value_or(QStringLiteral("NOTSET")));
        if (key.trimmed() == QLatin1String("root"))
            rootLevel = level;
        else if (const auto qualname = ini.rawValue(section, QStringLiteral("qualname")))
            levels.insert(qualname->trimmed(), level);
    }
    for (const char *name : {"alembic.runtime.migration", "alembic.runtime", "alembic"}) {
        const int level = levels.value(QLatin1String(name), kNotSet);
        if (level != kNotSet)
            return level <= kInfo;
    }
    return rootLevel <= kInfo; // root at NOTSET passes everything
}

} // namespace Retort::Cli
