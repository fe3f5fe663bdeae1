// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// QTest printers for schema values (found by ADL), so failed QCOMPAREs show the values.
#pragma once

#include "core/schema/schemasnapshot.h"

#include <QTest>

namespace Retort::Core {

inline QString schemaTestList(const QStringList &items) { return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')'); }

inline char *toString(const SchemaColumn &c)
{
    return QTest::toString(c.name + QLatin1Char(' ') + c.type + (c.nullable ? QLatin1String(" NULL") : QLatin1String(" NOT NULL"))
                           + QLatin1String(" default=") + c.defaultExpression + QLatin1String(" identity=") + c.identity
                           + QLatin1String(" generated=") + c.generated + QLatin1String(" comment=") + c.comment);
}

inline char *toString(const SchemaPrimaryKey &k) { return QTest::toString(k.name + QLatin1Char(' ') + schemaTestList(k.columns)); }

inline char *toString(const SchemaIndex &i)
{
    return QTest::toString(i.name + (i.unique ? QLatin1String(" UNIQUE ") : QLatin1String(" ")) + schemaTestList(i.elements)
                           + QLatin1String(" WHERE ") + i.where);
}

inline char *toString(const SchemaUniqueConstraint &u)
{
    return QTest::toString(u.name + QLatin1Char(' ') + schemaTestList(u.columns) + (u.deferrable ? QLatin1String(" DEFERRABLE") : QLatin1String(""))
                           + (u.initiallyDeferred ? QLatin1String(" INITIALLY DEFERRED") : QLatin1String("")));
}

inline char *toString(const SchemaCheckConstraint &c) { return QTest::toString(c.name + QLatin1String(" CHECK (") + c.expression + QLatin1Char(')')); }

inline char *toString(const SchemaForeignKey &f)
{
    return QTest::toString(f.name + QLatin1Char(' ') + schemaTestList(f.columns) + QLatin1String(" -> ") + f.referredSchema
                           + QLatin1Char('.') + f.referredTable + schemaTestList(f.referredColumns) + QLatin1String(" ON DELETE ")
                           + f.onDelete + QLatin1String(" ON UPDATE ") + f.onUpdate
                           + (f.deferrable ? QLatin1String(" DEFERRABLE") : QLatin1String(""))
                           + (f.initiallyDeferred ? QLatin1String(" INITIALLY DEFERRED") : QLatin1String("")));
}

inline char *toString(const SchemaEnumType &e) { return QTest::toString(e.name + QLatin1Char(' ') + schemaTestList(e.labels)); }

} // namespace Retort::Core
