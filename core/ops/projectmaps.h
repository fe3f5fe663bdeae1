// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/alembic/iniconfig.h"
#include "core/common/diagnostic.h"

#include <QHash>
#include <QString>

namespace Retort::Core::Ops {

/*! The project's maps for application code the interpreter cannot evaluate, read from a
    `[retort]` section (of alembic.ini, or of a retort.ini beside it, same format):

        [retort]
        types.myapp.types.GUID = CHAR(32)
        types.myapp.types.GUID.postgresql = UUID
        constants.myapp.limits.NAME_LENGTH = 120

    `types.<dotted.name>[.<dialect>]` maps an application type (called or not) to an SQL
    type emitted verbatim; `constants.<dotted.name>` maps an imported name to a Python
    literal (string, number, True/False/None, or a list/tuple of those), parsed when used.
    Dotted names are as imported (`from myapp.types import GUID` → "myapp.types.GUID").
    Keys are case-insensitive in ini files, so names are stored lower-cased and looked up
    lower-cased. A value type. */
class ProjectMaps
{
public:
    //! Reads the `[retort]` section of \a ini (no section: empty maps, no error).
    static ProjectMaps fromIni(const IniConfig &ini, DiagnosticList *diags = nullptr);

    /*! The maps of the project whose alembic.ini is \a alembicIni, read from \a iniPath:
        its `[retort]` section if it has one, otherwise the `[retort]` section of a
        `retort.ini` in the same directory (if that file exists). Ini errors and unknown
        keys are appended to \a diags. */
    static ProjectMaps load(const IniConfig &alembicIni, const QString &iniPath,
                            DiagnosticList *diags = nullptr);

    void setType(const QString &dottedName, const QString &sql, const QString &dialect = QString());
    void setConstant(const QString &dottedName, const QString &pythonLiteral);

    /*! The SQL type for \a dottedName on \a dialect (a per-dialect entry wins over the
        plain one), or a null QString when unmapped. */
    QString type(const QString &dottedName, const QString &dialect) const;
    bool hasType(const QString &dottedName) const;
    //! The Python literal source for \a dottedName, or a null QString when unmapped.
    QString constant(const QString &dottedName) const;
    bool isEmpty() const { return m_types.isEmpty() && m_constants.isEmpty(); }

private:
    QHash<QString, QString> m_types; // "name" or "name\x1fdialect" -> SQL
    QHash<QString, QString> m_constants;
};

} // namespace Retort::Core::Ops
