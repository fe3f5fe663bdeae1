// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/textfileformat.h"

#include "core/python/sourcedecoder.h"

#include <QCoreApplication>

namespace Retort::Ui {
namespace {

TextFileFormat::LineEnding firstLineEnding(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1Char('\n'));
    const qsizetype cr = text.indexOf(QLatin1Char('\r'));
    if (cr >= 0 && (at < 0 || cr < at))
        return cr + 1 < text.size() && text[cr + 1] == QLatin1Char('\n')
            ? TextFileFormat::LineEnding::CrLf
            : TextFileFormat::LineEnding::Cr;
    return TextFileFormat::LineEnding::Lf;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Retort::Ui::TextFileFormat", text);
}

} // namespace

Core::Expected<TextFileFormat::Decoded, QString> TextFileFormat::decode(
    const QByteArray &bytes, const QString &path)
{
    const Core::Expected<QString, Core::Diagnostic> text = Core::Python::decodeSource(bytes, path);
    if (!text)
        return text.error().toString();
    Decoded decoded;
    decoded.format.m_bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = decoded.format.m_bom ? bytes.mid(3) : bytes;
    // decodeSource() accepts a lone 0xE9 byte only when the file declares Latin-1: probing
    // with one keeps the PEP 263 rules in one place (an ASCII-only file may declare it too).
    const bool latin1
        = !decoded.format.m_bom && Core::Python::decodeSource(body + "\n#\xE9\n", path).hasValue();
    decoded.format.m_encoding = latin1 ? Encoding::Latin1 : Encoding::Utf8;
    decoded.format.m_lineEnding = firstLineEnding(text.value());
    decoded.text = text.value();
    if (decoded.text.startsWith(QChar(0xFEFF)))
        decoded.text.remove(0, 1);
    return decoded;
}

Core::Expected<QByteArray, QString> TextFileFormat::encode(const QString &text) const
{
    if (m_encoding == Encoding::Latin1) {
        int line = 1;
        for (const QChar c : text) {
            if (c == QLatin1Char('\n'))
                ++line;
            if (c.unicode() > 0xFF)
                return tr("Line %1 holds the character '%2', which the file's declared encoding "
                          "(Latin-1) "
                          "cannot store")
                    .arg(line)
                    .arg(c);
        }
        return text.toLatin1();
    }
    QByteArray bytes = text.toUtf8();
    if (m_bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace Retort::Ui
