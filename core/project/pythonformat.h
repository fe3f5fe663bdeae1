// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/project/makovalue.h"

#include <QHash>
#include <QString>

namespace Retort::Core {

/*! Python's printf-style `format % values` for the conversions templates and `file_template`
    use: s, r, a, d, i, u, x, X, o, c and %%, with the flags `-+ 0#`, a width and a precision
    (`*` is not supported). With \a mapping, `%(key)s` takes its value from the mapping (as
    `file_template % {...}`); otherwise \a positional supplies the values in order (a tuple's
    items, or the single value of `fmt % value`). Errors are Python's messages
    ("not enough arguments for format string", "KeyError: 'x'", "%d format: a real number is
    required, not str", ...). Floats are not supported (an error). Pure function. */
Expected<QString, MakoError> pythonPercentFormat(const QString &format,
    const std::vector<MakoValue> &positional, const QHash<QString, MakoValue> *mapping = nullptr);

} // namespace Retort::Core
