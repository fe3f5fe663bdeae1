// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/sourcedecoder.h"

#include <cctype>
#include <cstring>
#include <string_view>

namespace Retort::Core::Python {

namespace {

enum class Encoding { Utf8, Ascii, Latin1, Unsupported };

struct CodingDeclaration
{
    Encoding encoding = Encoding::Utf8;
    QString name;
    int line = 0;
};

//! One line of `bytes` starting at `begin` (without its line end); `*next` gets the next line's start.
QByteArray lineAt(const QByteArray &bytes, qsizetype begin, qsizetype *next)
{
    const char *d = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype end = begin;
    while (end < size && d[end] != '\n' && d[end] != '\r')
        ++end;
    qsizetype after = end;
    if (after < size)
        after += (d[after] == '\r' && after + 1 < size && d[after + 1] == '\n') ? 2 : 1;
    *next = after;
    return bytes.mid(begin, end - begin);
}

//! The encoding named in a PEP 263 comment line (`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`), if any.
bool parseCodingLine(const QByteArray &bytes, QString *name)
{
    const std::string_view line(bytes.constData(), size_t(bytes.size()));
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        ++i;
    if (i >= line.size() || line[i] != '#')
        return false;
    const size_t at = line.find("coding", i);
    if (at == std::string_view::npos || at + 6 >= line.size() || (line[at + 6] != ':' && line[at + 6] != '='))
        return false;
    size_t j = at + 7;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
        ++j;
    const size_t start = j;
    while (j < line.size() && (std::isalnum(uchar(line[j])) || line[j] == '-' || line[j] == '_' || line[j] == '.'))
        ++j;
    if (j == start)
        return false;
    *name = QString::fromLatin1(line.data() + start, int(j - start));
    return true;
}

//! CPython's normalisation of an encoding name (tokenizer.c get_normal_name) mapped to what Retort reads.
Encoding classify(const QString &name)
{
    QString n = name.toLower();
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    const auto is = [&n](const char *base) {
        return n == QLatin1String(base) || n.startsWith(QLatin1String(base) + QLatin1Char('-'));
    };
    if (is("utf-8") || n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1") || n == QLatin1String("latin1")
        || n == QLatin1String("l1") || n == QLatin1String("iso8859-1"))
        return Encoding::Latin1;
    if (n == QLatin1String("ascii") || n == QLatin1String("us-ascii"))
        return Encoding::Ascii;
    return Encoding::Unsupported;
}

CodingDeclaration findCoding(const QByteArray &bytes, qsizetype start)
{
    CodingDeclaration decl;
    qsizetype next = start;
    const QByteArray first = lineAt(bytes, start, &next);
    QString name;
    int line = 1;
    bool found = parseCodingLine(first, &name);
    if (!found) {
        // Line 2 counts only when line 1 is blank or a comment.
        const QByteArray trimmed = first.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#')) {
            qsizetype unused = 0;
            found = parseCodingLine(lineAt(bytes, next, &unused), &name);
            line = 2;
        }
    }
    if (found) {
        decl.encoding = classify(name);
        decl.name = name;
        decl.line = line;
    }
    return decl;
}

//! 1-based line and column (in decoded characters) of byte `offset`.
SourceLocation locate(const QString &file, const QByteArray &bytes, qsizetype offset, bool latin1)
{
    const char *d = bytes.constData();
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (d[i] == '\n' || (d[i] == '\r' && (i + 1 >= bytes.size() || d[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    const QByteArray prefix = bytes.mid(lineStart, offset - lineStart);
    const qsizetype chars = latin1 ? prefix.size() : QString::fromUtf8(prefix).size();
    return SourceLocation{file, line, int(chars) + 1};
}

} // namespace

qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = 0;
        char32_t min = 0;
        char32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1; min = 0x80; code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2; min = 0x800; code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3; min = 0x10000; code = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= n; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (s[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += n + 1;
    }
    return -1;
}

Expected<QString, Diagnostic> decodeSource(const QByteArray &bytes, const QString &file)
{
    if (const char *nul = static_cast<const char *>(std::memchr(bytes.constData(), 0, size_t(bytes.size())))) {
        const SourceLocation at = locate(file, bytes, nul - bytes.constData(), true);
        return Diagnostic::error(QStringLiteral("file-binary"),
                                 QStringLiteral("Binary file: source code cannot contain null bytes; this is not a Python revision file"),
                                 at);
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype start = bom ? 3 : 0;
    const CodingDeclaration decl = findCoding(bytes, start);
    if (decl.encoding == Encoding::Unsupported || (bom && decl.encoding != Encoding::Utf8)) {
        const QString message = bom ? QStringLiteral("encoding problem: %1 with BOM").arg(decl.name)
                                    : QStringLiteral("Unsupported source encoding '%1': Retort reads UTF-8, ASCII and "
                                                     "Latin-1 revision files").arg(decl.name);
        return Diagnostic::error(QStringLiteral("file-encoding"), message, SourceLocation{file, decl.line, 1});
    }
    if (decl.encoding == Encoding::Latin1)
        return QString::fromLatin1(bytes.constData() + start, bytes.size() - start);
    const qsizetype bad = firstInvalidUtf8(bytes.constData() + start, bytes.size() - start);
    qsizetype badAscii = -1;
    if (decl.encoding == Encoding::Ascii) {
        for (qsizetype i = start; i < bytes.size() && badAscii < 0; ++i) {
            if (uchar(bytes.constData()[i]) >= 0x80)
                badAscii = i;
        }
    }
    if (bad >= 0 || badAscii >= 0) {
        const qsizetype offset = badAscii >= 0 ? badAscii : bad + start;
        const SourceLocation at = locate(file, bytes, offset, false);
        const QString byte = QStringLiteral("\\x%1").arg(uint(uchar(bytes.constData()[offset])), 2, 16, QLatin1Char('0'));
        const QString message = badAscii >= 0
            ? QStringLiteral("Non-ASCII byte '%1' on line %2 in a file declared as '%3'").arg(byte).arg(at.line).arg(decl.name)
            : QStringLiteral("Non-UTF-8 code starting with '%1' on line %2, column %3, but %4; see PEP 263")
                  .arg(byte).arg(at.line).arg(at.column)
                  .arg(decl.line > 0 ? QStringLiteral("the file declares '%1'").arg(decl.name)
                                     : QStringLiteral("no encoding declared"));
        return Diagnostic::error(QStringLiteral("file-encoding"), message, at);
    }
    return QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
}

} // namespace Retort::Core::Python
