// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QList>
#include <QString>

namespace Retort::Core {

/*! A position in a source file. Lines and columns are 1-based; 0 means "unknown"
    (for example a problem with a whole file, or a graph problem with no single file). */
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool operator==(const SourceLocation &other) const = default;
};

enum class Severity { Info, Warning, Error };

/*! One problem found anywhere in the engine (reader, parser, graph, planner).
    Diagnostics are values: the engine never throws and never aborts a whole project
    because one file is bad. `code` is a stable machine-readable id (e.g. "py-syntax",
    "graph-cycle"); `message` is the user-facing text, Alembic's wording where Alembic
    has one. */
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    QString message;
    SourceLocation location;

    bool operator==(const Diagnostic &other) const = default;

    static Diagnostic error(const QString &code, const QString &message, const SourceLocation &at = {});
    static Diagnostic warning(const QString &code, const QString &message, const SourceLocation &at = {});
    static Diagnostic info(const QString &code, const QString &message, const SourceLocation &at = {});

    //! "file:line:col: severity: message" (the `retort-cli validate` format; missing parts omitted).
    QString toString() const;
};

using DiagnosticList = QList<Diagnostic>;

QString severityName(Severity severity);
bool hasErrors(const DiagnosticList &diagnostics);

} // namespace Retort::Core
