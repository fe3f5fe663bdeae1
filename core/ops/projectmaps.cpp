// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/projectmaps.h"

#include "core/alembic/retortsection.h"

namespace Retort::Core::Ops {

namespace {

const QString kSection = retortSectionName();
//! [retort] keys that are settings, not maps (see MigrationContextSettings).
const QStringList kSettingKeys = {QStringLiteral("version_table"), QStringLiteral("version_table_schema"),
                                  QStringLiteral("transaction_per_migration")};
const QStringList kDialects = {QStringLiteral("postgresql"), QStringLiteral("sqlite"), QStringLiteral("mysql"),
                               QStringLiteral("mariadb"), QStringLiteral("mssql"), QStringLiteral("oracle")};

QString dialectKey(const QString &name, const QString &dialect)
{
    return name + QChar(0x1f) + dialect;
}

} // namespace

ProjectMaps ProjectMaps::fromIni(const IniConfig &ini, DiagnosticList *diags)
{
    ProjectMaps maps;
    if (!ini.hasSection(kSection))
        return maps;
    const QStringList defaults = ini.keys(QStringLiteral("DEFAULT")); // visible from every section
    for (const QString &key : ini.keys(kSection)) {
        if (defaults.contains(key) || kSettingKeys.contains(key))
            continue;
        const auto value = ini.value(kSection, key);
        if (!value) {
            if (diags)
                diags->append(value.error());
            continue;
        }
        if (key.startsWith(QLatin1String("types."))) {
            QString name = key.mid(6);
            QString dialect;
            const QString last = name.section(QLatin1Char('.'), -1);
            if (kDialects.contains(last) && name.contains(QLatin1Char('.'))) {
                dialect = last;
                name.chop(last.size() + 1);
            }
            maps.setType(name, *value, dialect);
        } else if (key.startsWith(QLatin1String("constants."))) {
            maps.setConstant(key.mid(10), *value);
        } else if (diags) {
            diags->append(Diagnostic::warning(QStringLiteral("retort-map-key"),
                QStringLiteral("unknown [retort] key '%1' (expected types.<name>, constants.<name>, version_table, version_table_schema or transaction_per_migration)").arg(key),
                SourceLocation{ini.locationFile(), ini.lineOf(kSection, key), 0}));
        }
    }
    return maps;
}

ProjectMaps ProjectMaps::load(const IniConfig &alembicIni, const QString &iniPath, DiagnosticList *diags)
{
    const std::optional<IniConfig> ini = loadRetortIni(alembicIni, iniPath, diags);
    return ini ? fromIni(*ini, diags) : ProjectMaps{};
}

void ProjectMaps::setType(const QString &dottedName, const QString &sql, const QString &dialect)
{
    const QString name = dottedName.toLower();
    m_types.insert(dialect.isEmpty() ? name : dialectKey(name, dialect.toLower()), sql);
}

void ProjectMaps::setConstant(const QString &dottedName, const QString &pythonLiteral)
{
    m_constants.insert(dottedName.toLower(), pythonLiteral);
}

QString ProjectMaps::type(const QString &dottedName, const QString &dialect) const
{
    const QString name = dottedName.toLower();
    const auto it = m_types.constFind(dialectKey(name, dialect.toLower()));
    if (it != m_types.constEnd())
        return *it;
    return m_types.value(name);
}

bool ProjectMaps::hasType(const QString &dottedName) const
{
    if (m_types.isEmpty())
        return false;
    const QString name = dottedName.toLower();
    if (m_types.contains(name))
        return true;
    for (const QString &d : kDialects)
        if (m_types.contains(dialectKey(name, d)))
            return true;
    return false;
}

QString ProjectMaps::constant(const QString &dottedName) const
{
    if (m_constants.isEmpty())
        return QString();
    return m_constants.value(dottedName.toLower());
}

} // namespace Retort::Core::Ops
