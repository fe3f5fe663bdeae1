// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/revisionbody.h"

#include <QStringList>

namespace Retort::Core {
namespace {

//! Alembic's `_indent`: four spaces before every line, then strip, and no trailing blanks.
QString indentBody(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        QString indented = QStringLiteral("    ") + line;
        while (indented.endsWith(QLatin1Char(' ')))
            indented.chop(1);
        out << indented;
    }
    return out.join(QLatin1Char('\n')).trimmed();
}

QStringList executeCall(const QString &sql, const QString &placeholder)
{
    QString text = sql.trimmed().isEmpty() ? placeholder : sql.trimmed();
    text.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    text.replace(QLatin1String("\"\"\""), QLatin1String("\\\"\\\"\\\""));
    QStringList lines {QStringLiteral("op.execute("), QStringLiteral("    \"\"\"")};
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << (line.trimmed().isEmpty() ? QString() : QStringLiteral("    ") + line);
    lines << QStringLiteral("    \"\"\"") << QStringLiteral(")");
    return lines;
}

} // namespace

RevisionBody RevisionBody::make(
    RevisionBodyTemplate kind, const QString &upgradeSql, const QString &downgradeSql)
{
    RevisionBody body;
    switch (kind) {
    case RevisionBodyTemplate::Empty:
        break;
    case RevisionBodyTemplate::Operations:
        body.upgrades = indentBody(
            {QStringLiteral("# Describe the schema change with op.* calls, for example:"),
                QStringLiteral("# op.create_table("), QStringLiteral("#     \"example\","),
                QStringLiteral("#     sa.Column(\"id\", sa.Integer(), nullable=False),"),
                QStringLiteral("#     sa.Column(\"name\", sa.String(length=100), nullable=False),"),
                QStringLiteral("#     sa.PrimaryKeyConstraint(\"id\"),"), QStringLiteral("# )"),
                QStringLiteral("pass")});
        body.downgrades = indentBody(
            {QStringLiteral("# Undo what upgrade() does, in reverse order, for example:"),
                QStringLiteral("# op.drop_table(\"example\")"), QStringLiteral("pass")});
        break;
    case RevisionBodyTemplate::RawSql:
        body.upgrades = indentBody(
            executeCall(upgradeSql, QStringLiteral("-- SQL that applies this revision")));
        body.downgrades = indentBody(
            executeCall(downgradeSql, QStringLiteral("-- SQL that reverts this revision")));
        break;
    }
    return body;
}

} // namespace Retort::Core
