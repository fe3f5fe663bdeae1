// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/revisionfilename.h"

#include "core/project/pythonformat.h"

#include <QUuid>

namespace Retort::Core {

QString RevisionFileName::slug(const QString &message, int truncateLength)
{
    // Work on code points: Python counts them in len() and slices.
    const auto codePoints = message.toUcs4();
    std::u32string slug;
    bool inWord = false;
    for (const auto cp : codePoints) {
        const char32_t c = char32_t(cp);
        const bool word = c == U'_' || QChar::isLetterOrNumber(c);
        if (word) {
            if (!inWord && !slug.empty())
                slug += U'_';
            slug += c;
        }
        inWord = word;
    }
    QString lowered = QString::fromUcs4(slug.data(), qsizetype(slug.size())).toLower();
    std::u32string result;
    for (const auto cp : lowered.toUcs4())
        result += char32_t(cp);
    const size_t limit = size_t(truncateLength > 0 ? truncateLength : 40);
    if (result.size() > limit) {
        result.resize(limit);
        const size_t cut = result.rfind(U'_');
        if (cut != std::u32string::npos)
            result.resize(cut);
        result += U'_';
    }
    return QString::fromUcs4(result.data(), qsizetype(result.size()));
}

Expected<QString, Diagnostic> RevisionFileName::fileName(const QString &fileTemplate,
    const QString &revisionId, const QString &slug, const CreateDate &createDate)
{
    const QHash<QString, MakoValue> tokens = {
        {QStringLiteral("rev"), MakoValue::string(revisionId)},
        {QStringLiteral("slug"), MakoValue::string(slug)},
        {QStringLiteral("epoch"), MakoValue::integer(createDate.epochSeconds)},
        {QStringLiteral("year"), MakoValue::integer(createDate.date.year())},
        {QStringLiteral("month"), MakoValue::integer(createDate.date.month())},
        {QStringLiteral("day"), MakoValue::integer(createDate.date.day())},
        {QStringLiteral("hour"), MakoValue::integer(createDate.time.hour())},
        {QStringLiteral("minute"), MakoValue::integer(createDate.time.minute())},
        {QStringLiteral("second"), MakoValue::integer(createDate.time.second())},
    };
    const auto name = pythonPercentFormat(fileTemplate, {}, &tokens);
    if (!name)
        return Diagnostic::error(QStringLiteral("file-template"),
            QStringLiteral("file_template '%1' cannot be formatted: %2")
                .arg(fileTemplate, name.error().message));
    const QString file = name.value() + QLatin1String(".py");
    if (name.value().isEmpty() || file.contains(QLatin1Char('/'))
        || file.contains(QLatin1Char('\\')))
        return Diagnostic::error(QStringLiteral("file-template"),
            QStringLiteral("file_template '%1' gives the file name '%2', which is not a plain "
                           "file name inside the version directory")
                .arg(fileTemplate, file));
    return file;
}

QString RevisionFileName::newRevisionId()
{
    return QUuid::createUuid().toString(QUuid::Id128).right(12);
}

std::optional<Diagnostic> RevisionFileName::checkRevisionId(const QString &revisionId)
{
    if (revisionId.isEmpty())
        return Diagnostic::error(
            QStringLiteral("revision-id"), QStringLiteral("The revision id is empty"));
    QStringList illegal;
    for (const QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@')}) {
        if (revisionId.contains(c))
            illegal << QString(c);
    }
    if (!illegal.isEmpty())
        return Diagnostic::error(QStringLiteral("revision-id"),
            QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                .arg(illegal.join(QLatin1String(", ")), revisionId));
    for (const QChar c : revisionId) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('\\')
            || c == QLatin1Char('/') || c.category() == QChar::Other_Control)
            return Diagnostic::error(QStringLiteral("revision-id"),
                QStringLiteral("The revision id '%1' contains a character that cannot be used in a "
                               "file name or a Python string literal")
                    .arg(revisionId));
    }
    return std::nullopt;
}

} // namespace Retort::Core
