// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QByteArray>
#include <QString>

namespace Retort::Ui {

/*! How a revision file is stored, so that saving writes it back the same way: the encoding
    (UTF-8, or Latin-1 when a PEP 263 declaration selects it), a UTF-8 BOM, and the line
    ending that new lines get. The text itself keeps whatever line endings it had, so an
    unedited buffer encodes back to the very same bytes. A value. */
class TextFileFormat
{
public:
    enum class Encoding { Utf8, Latin1 };
    enum class LineEnding { Lf, CrLf, Cr };

    struct Decoded;

    /*! Decodes the bytes of a .py file as CPython would (Python::decodeSource: BOM, coding
        declaration) and records the format. Errors: the decoder's message with line and
        column (binary file, invalid bytes, unsupported declared encoding). */
    static Core::Expected<Decoded, QString> decode(const QByteArray &bytes, const QString &path);

    /*! The bytes of \a text in this format. Error: a character the encoding cannot hold
        (Latin-1 files), named with its line. */
    Core::Expected<QByteArray, QString> encode(const QString &text) const;

    Encoding encoding() const { return m_encoding; }
    bool hasBom() const { return m_bom; }
    LineEnding lineEnding() const { return m_lineEnding; }

private:
    Encoding m_encoding = Encoding::Utf8;
    bool m_bom = false;
    LineEnding m_lineEnding = LineEnding::Lf;
};

struct TextFileFormat::Decoded
{
    TextFileFormat format;
    QString text; //!< without the BOM, line endings as in the file
};

} // namespace Retort::Ui
