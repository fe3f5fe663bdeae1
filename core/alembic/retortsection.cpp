// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/retortsection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Retort::Core {

std::optional<IniConfig> loadRetortIni(const IniConfig &alembicIni, const QString &iniPath, DiagnosticList *diags)
{
    if (alembicIni.hasSection(retortSectionName()))
        return alembicIni;
    const QFileInfo info(iniPath);
    const QString path = info.dir().filePath(QStringLiteral("retort.ini"));
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (diags)
            diags->append(Diagnostic::error(QStringLiteral("file-read"), file.errorString(), SourceLocation{path, 0, 0}));
        return std::nullopt;
    }
    const QHash<QString, QString> defaults{{QStringLiteral("here"), info.absolutePath()}};
    IniConfig ini = IniConfig::parse(QString::fromUtf8(file.readAll()), path, defaults, diags);
    if (!ini.hasSection(retortSectionName()))
        return std::nullopt;
    return ini;
}

} // namespace Retort::Core
