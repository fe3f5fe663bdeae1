// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/databaseurlsource.h"

#include "core/alembic/alembicconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace Retort::Core {
namespace {

const QString kDatabaseUrl = QStringLiteral("DATABASE_URL");

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

bool isInlineSpace(QChar c)
{
    return c.isSpace() && !isLineBreak(c);
}

/*! A cursor over .env text following python-dotenv's parser (dotenv/parser.py): each
    statement is read with a few token rules; a statement that breaks them is skipped up to
    the end of its line. */
class DotEnvReader
{
public:
    explicit DotEnvReader(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }

    //! Whitespace including blank lines.
    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            advance();
    }

    //! One statement; nullopt for a comment, a key without '=', or a syntax error (\a error set).
    std::optional<DotEnvEntry> statement(bool *error)
    {
        *error = false;
        DotEnvEntry entry;
        entry.line = m_line;
        const bool ok = readStatement(&entry);
        if (!ok) {
            *error = true;
            while (!atEnd() && !isLineBreak(peek()))
                advance();
            return std::nullopt;
        }
        if (entry.key.isEmpty() || entry.line < 0)
            return std::nullopt;
        return entry;
    }

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    void advance()
    {
        const QChar c = m_text.at(m_pos++);
        // "\r\n" counts once, at its '\n'.
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && peek() != QLatin1Char('\n')))
            ++m_line;
    }

    void skipInlineSpace()
    {
        while (!atEnd() && isInlineSpace(peek()))
            advance();
    }

    bool readStatement(DotEnvEntry *entry)
    {
        if (m_text.mid(m_pos, 6) == QLatin1String("export") && isInlineSpace(peek(6))) {
            m_pos += 6;
            skipInlineSpace();
        }
        if (peek() == QLatin1Char('#')) {
            entry->line = -1; // a comment: no entry
        } else if (!readKey(&entry->key)) {
            return false;
        }
        skipInlineSpace();
        bool hasValue = false;
        if (peek() == QLatin1Char('=')) {
            advance();
            skipInlineSpace();
            hasValue = true;
            if (!readValue(&entry->value))
                return false;
        }
        if (!hasValue)
            entry->line = -1; // python-dotenv binds None: nothing to set
        skipInlineSpace();
        if (peek() == QLatin1Char('#')) {
            while (!atEnd() && !isLineBreak(peek()))
                advance();
        }
        if (!atEnd() && !isLineBreak(peek()))
            return false;
        if (!atEnd())
            advance();
        return true;
    }

    bool readKey(QString *key)
    {
        if (peek() == QLatin1Char('\'')) {
            const qsizetype close = m_text.indexOf(QLatin1Char('\''), m_pos + 1);
            if (close <= m_pos + 1)
                return false;
            *key = m_text.mid(m_pos + 1, close - m_pos - 1);
            while (m_pos <= close)
                advance();
            return true;
        }
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != QLatin1Char('=') && peek() != QLatin1Char('#') && !peek().isSpace())
            advance();
        *key = m_text.mid(start, m_pos - start);
        return !key->isEmpty();
    }

    bool readQuoted(QChar quote, QString *value)
    {
        advance(); // the opening quote
        QString raw;
        while (!atEnd() && peek() != quote) {
            if (peek() == QLatin1Char('\\') && peek(1) == quote) {
                raw += QLatin1Char('\\');
                advance();
            }
            raw += peek();
            advance();
        }
        if (atEnd())
            return false;
        advance(); // the closing quote
        *value = decodeEscapes(raw, quote == QLatin1Char('"'));
        return true;
    }

    bool readValue(QString *value)
    {
        if (peek() == QLatin1Char('\'') || peek() == QLatin1Char('"'))
            return readQuoted(peek(), value);
        const qsizetype start = m_pos;
        while (!atEnd() && !isLineBreak(peek()))
            advance();
        QString part = m_text.mid(start, m_pos - start);
        // re.sub(r"\s+#.*", "", part).rstrip()
        for (qsizetype i = 1; i < part.size(); ++i) {
            if (part.at(i) == QLatin1Char('#') && part.at(i - 1).isSpace()) {
                part.truncate(i);
                break;
            }
        }
        while (!part.isEmpty() && part.back().isSpace())
            part.chop(1);
        *value = part;
        return true;
    }

    static QString decodeEscapes(const QString &raw, bool doubleQuoted)
    {
        static const QString doubleSet = QStringLiteral("\\'\"abfnrtv");
        static const QString doubleTo = QStringLiteral("\\'\"\a\b\f\n\r\t\v");
        QString out;
        out.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            const QChar next = i + 1 < raw.size() ? raw.at(i + 1) : QChar();
            const qsizetype known = doubleQuoted ? doubleSet.indexOf(next)
                                                 : (next == QLatin1Char('\\') || next == QLatin1Char('\'') ? 0 : -1);
            if (c == QLatin1Char('\\') && !next.isNull() && known >= 0) {
                out += doubleQuoted ? doubleTo.at(known) : next;
                ++i;
            } else {
                out += c;
            }
        }
        return out;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

//! python-dotenv's POSIX expansion: `${NAME}` and `${NAME:-default}`; unknown names expand to
//! the default or nothing.
QString expandVariables(const QString &value, const QProcessEnvironment &environment,
                        const QHash<QString, QString> &known)
{
    if (!value.contains(QLatin1String("${")))
        return value;
    QString out;
    qsizetype pos = 0;
    while (pos < value.size()) {
        const qsizetype open = value.indexOf(QLatin1String("${"), pos);
        const qsizetype close = open < 0 ? -1 : value.indexOf(QLatin1Char('}'), open + 2);
        if (open < 0 || close < 0) {
            out += value.mid(pos);
            break;
        }
        out += value.mid(pos, open - pos);
        const QString inner = value.mid(open + 2, close - open - 2);
        const qsizetype colon = inner.indexOf(QLatin1Char(':'));
        if (colon >= 0 && inner.mid(colon, 2) != QLatin1String(":-")) {
            out += value.mid(open, close - open + 1); // not a variable by the regex: kept literally
        } else {
            const QString name = colon < 0 ? inner : inner.left(colon);
            if (environment.contains(name))
                out += environment.value(name);
            else if (known.contains(name))
                out += known.value(name);
            else if (colon >= 0)
                out += inner.mid(colon + 2);
        }
        pos = close + 1;
    }
    return out;
}

Diagnostic dotEnvWarning(const QString &message, const QString &fileName, int line)
{
    return Diagnostic::warning(QStringLiteral("dotenv-syntax"), message, SourceLocation{fileName, line, 0});
}

} // namespace

QList<DotEnvEntry> parseDotEnv(const QString &text, const QProcessEnvironment &environment, const QString &fileName,
                               DiagnosticList *warnings)
{
    QList<DotEnvEntry> entries;
    QHash<QString, QString> known; // earlier assignments; the environment wins over them (override=False)
    DotEnvReader reader(text);
    for (reader.skipSpace(); !reader.atEnd(); reader.skipSpace()) {
        const int line = reader.line();
        bool error = false;
        std::optional<DotEnvEntry> entry = reader.statement(&error);
        if (error && warnings)
            warnings->append(dotEnvWarning(QStringLiteral("could not parse the statement starting at line %1; it is "
                                                          "ignored").arg(line), fileName, line));
        if (!entry)
            continue;
        entry->value = expandVariables(entry->value, environment, known);
        known.insert(entry->key, entry->value);
        entries.append(*entry);
    }
    return entries;
}

QString DatabaseUrlSource::description() const
{
    switch (origin) {
    case Origin::Explicit: return QStringLiteral("--url");
    case Origin::Environment: return kDatabaseUrl;
    case Origin::DotEnv: return QStringLiteral(".env");
    case Origin::AlembicIni: break;
    }
    return QStringLiteral("%1 [%2] sqlalchemy.url").arg(QFileInfo(location.file).fileName(), section);
}

namespace {

//! DATABASE_URL from the .env beside the ini; nullopt when there is none (or it is empty).
std::optional<DatabaseUrlSource> fromDotEnv(const QProcessEnvironment &environment, const AlembicConfig &config,
                                            DiagnosticList *warnings)
{
    const QString path = QDir(config.here()).filePath(QStringLiteral(".env"));
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warnings->append(Diagnostic::warning(QStringLiteral("dotenv-unreadable"),
                                             QStringLiteral("%1 cannot be read (%2); it is ignored").arg(path, file.errorString()),
                                             SourceLocation{path, 0, 0}));
        return std::nullopt;
    }
    const QList<DotEnvEntry> entries = parseDotEnv(QString::fromUtf8(file.readAll()), environment, path, warnings);
    std::optional<DatabaseUrlSource> found;
    for (const DotEnvEntry &entry : entries) { // the last assignment wins
        if (entry.key != kDatabaseUrl)
            continue;
        found = DatabaseUrlSource{};
        found->origin = DatabaseUrlSource::Origin::DotEnv;
        found->url = entry.value;
        found->location = SourceLocation{path, entry.line, 0};
    }
    if (found && found->url.isEmpty())
        return std::nullopt;
    return found;
}

} // namespace

Expected<DatabaseUrlSource, Diagnostic> DatabaseUrlSource::resolve(const QString &explicitUrl,
                                                                   const QProcessEnvironment &environment,
                                                                   const AlembicConfig &config)
{
    DatabaseUrlSource source;
    source.section = config.section();
    if (!explicitUrl.isEmpty()) {
        source.url = explicitUrl;
        return source;
    }
    const QString fromEnvironment = environment.value(kDatabaseUrl);
    if (!fromEnvironment.isEmpty()) {
        source.origin = Origin::Environment;
        source.url = fromEnvironment;
        return source;
    }
    DiagnosticList warnings;
    if (std::optional<DatabaseUrlSource> dotEnv = fromDotEnv(environment, config, &warnings)) {
        dotEnv->section = source.section;
        dotEnv->warnings = warnings;
        return *dotEnv;
    }
    const auto option = config.option(QStringLiteral("sqlalchemy.url"));
    if (!option)
        return option.error();
    if (!option.value() || option.value()->trimmed().isEmpty())
        return Diagnostic::error(QStringLiteral("no-database-url"),
                                 QStringLiteral("No database URL: pass --url, set DATABASE_URL (in the environment or "
                                                "in a .env file beside %1), or set sqlalchemy.url in its [%2] section")
                                     .arg(QFileInfo(config.iniFilePath()).fileName(), config.section()),
                                 SourceLocation{config.iniFilePath(), 0, 0});
    source.origin = Origin::AlembicIni;
    source.url = *option.value();
    source.location = config.locationOf(QStringLiteral("sqlalchemy.url"));
    source.warnings = warnings;
    return source;
}

} // namespace Retort::Core
