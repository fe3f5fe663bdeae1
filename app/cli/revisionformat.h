// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/revisionsummary.h"

#include <QJsonObject>
#include <QString>

namespace Retort::Cli {

/*! The text forms of one revision exactly as Alembic 1.8.1 prints them
    (alembic/script/base.py: Script._head_only, Script.log_entry). */
struct HeadOnlyOptions
{
    bool includeBranches = false;
    bool includeDoc = false;
    bool includeParents = false;
    bool treeIndicators = true;
};

//! One line, e.g. `b -> c1 (c1branch) (head), step c1` (history) or `d1 (c1branch) (head)` (heads).
QString headOnly(const Core::RevisionSummary &revision, const HeadOnlyOptions &options);

//! The verbose block (`Rev: … / Parent: … / Path: … / docstring`), ending with a newline.
QString logEntry(const Core::RevisionSummary &revision);

//! `cmd_format`: logEntry() when verbose, else headOnly().
QString cmdFormat(const Core::RevisionSummary &revision, bool verbose, const HeadOnlyOptions &options);

//! The JSON object retort-cli prints for a revision (`--json`).
QJsonObject revisionJson(const Core::RevisionSummary &revision);

} // namespace Retort::Cli
