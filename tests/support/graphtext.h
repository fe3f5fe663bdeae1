// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// Revision graphs written as text for tests, one revision per line in load order:
//   "id <- parent parent [label label] {dependency dependency} # doc"
// Everything after the id is optional; sourceIndex is the line's position.

#include "core/graph/revision.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Retort::Test {

inline QStringList graphTextWords(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

//! Parses \a lines; a line that does not fit the format aborts the test run (a broken fixture).
inline QList<Core::Revision> revisionsFromGraphText(const QStringList &lines)
{
    static const QRegularExpression line(QStringLiteral(
        "^(\\S+)(?:\\s*<-\\s*([^\\[{#]+?))?\\s*(?:\\[([^\\]]*)\\])?\\s*(?:\\{([^}]*)\\})?\\s*(?:#\\s*(.*))?$"));
    QList<Core::Revision> out;
    for (const QString &text : lines) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            qFatal("bad graph line: %s", qPrintable(text));
        Core::Revision r;
        r.id = m.captured(1);
        r.downRevisions = graphTextWords(m.captured(2));
        r.branchLabels = graphTextWords(m.captured(3));
        r.dependsOn = graphTextWords(m.captured(4));
        r.doc = m.captured(5);
        r.sourceIndex = int(out.size());
        out.append(r);
    }
    return out;
}

} // namespace Retort::Test
