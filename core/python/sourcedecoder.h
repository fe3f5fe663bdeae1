// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"

#include <QByteArray>
#include <QString>

namespace Retort::Core::Python {

/*! Turns the bytes of a .py file into text the way CPython reads source (PEP 263/3120):
    a UTF-8 BOM is dropped; a `coding` declaration in a comment on line 1 or 2 selects the
    encoding. UTF-8 (the default), ASCII and Latin-1 (latin-1, iso-8859-1, iso-latin-1, l1 and
    their "-*" variants) are decoded; any other declared encoding is refused.

    Errors (one Diagnostic, located in `file` with line and 1-based column): "file-binary"
    for a NUL byte, "file-encoding" for bytes invalid in the encoding (the first bad byte) or
    an unsupported declaration. Linear, allocation-light, thread-safe. */
Expected<QString, Diagnostic> decodeSource(const QByteArray &bytes, const QString &file);

/*! The offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no
    surrogates, nothing above U+10FFFF), or -1 when all of `data` is valid. */
qsizetype firstInvalidUtf8(const char *data, qsizetype size);

} // namespace Retort::Core::Python
