// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/alembic/revisionscript.h"
#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/ops/operation.h"
#include "core/ops/projectmaps.h"

#include <QString>

namespace Retort::Core::Ops {

enum class Direction { Upgrade, Downgrade };

struct InterpreterContext
{
    QString dialect = QStringLiteral("sqlite"); //!< target dialect name: "sqlite", "postgresql", ...
    ProjectMaps maps;
};

/*! Interprets the `upgrade()` or `downgrade()` body of \a script (read with
    RevisionReadMode::Full) statically, for the target dialect of \a context: `op.*` calls,
    `sa.*` / dialect constructors, constant plumbing, dialect `if`s, `for` over literal
    lists, batch and autocommit blocks, `raise` (→ Irreversible, which ends the body).

    All or nothing: either every statement was understood and the full list is returned, or
    a Diagnostic with code "needs-python" (severity Warning) located (file, line, column)
    at the first construct that cannot be evaluated without Python, with a message naming
    it. A missing function gives an empty list; a module that was not parsed (header-only
    read, unreadable file) gives a "needs-python" diagnostic at line 0.
    Pure function; safe to call from several threads on the same script. */
Expected<OperationList, Diagnostic> interpret(const RevisionScript &script, Direction direction,
                                              const InterpreterContext &context);

} // namespace Retort::Core::Ops
