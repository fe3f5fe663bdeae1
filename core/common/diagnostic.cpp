// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/common/diagnostic.h"

#include <algorithm>

namespace Retort::Core {

Diagnostic Diagnostic::error(const QString &code, const QString &message, const SourceLocation &at)
{
    return {Severity::Error, code, message, at};
}

Diagnostic Diagnostic::warning(const QString &code, const QString &message, const SourceLocation &at)
{
    return {Severity::Warning, code, message, at};
}

Diagnostic Diagnostic::info(const QString &code, const QString &message, const SourceLocation &at)
{
    return {Severity::Info, code, message, at};
}

QString Diagnostic::toString() const
{
    QString place = location.file;
    if (!place.isEmpty() && location.line > 0) {
        place += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            place += QLatin1Char(':') + QString::number(location.column);
    }
    const QString text = severityName(severity) + QLatin1String(": ") + message;
    return place.isEmpty() ? text : place + QLatin1String(": ") + text;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

bool hasErrors(const DiagnosticList &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace Retort::Core
