// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/sqliteddlparser.h"

#include "core/schema/schemasnapshot.h"

namespace Retort::Core {
namespace {

struct Token
{
    enum class Kind { Word, Quoted, String, Punct };
    Kind kind = Kind::Punct;
    QString text; //!< unquoted for Quoted
    qsizetype start = 0;
    qsizetype end = 0;
};

using Tokens = QList<Token>;

qsizetype skipQuoted(const QString &sql, qsizetype i, QChar close, QString *text)
{
    // i is at the opening quote; doubled closing quotes are escapes (except for [ ]).
    const qsizetype n = sql.size();
    ++i;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == close) {
            if (close != QLatin1Char(']') && i + 1 < n && sql.at(i + 1) == close) {
                *text += c;
                i += 2;
                continue;
            }
            return i + 1;
        }
        *text += c;
        ++i;
    }
    return n;
}

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); }

qsizetype skipComment(const QString &sql, qsizetype i)
{
    const qsizetype n = sql.size();
    if (sql.at(i) == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
        const qsizetype eol = sql.indexOf(QLatin1Char('\n'), i);
        return eol < 0 ? n : eol + 1;
    }
    if (sql.at(i) == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
        const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
        return close < 0 ? n : close + 2;
    }
    return i;
}

Tokens tokenize(const QString &sql)
{
    Tokens tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        const qsizetype afterComment = skipComment(sql, i);
        if (c.isSpace() || afterComment != i) {
            i = afterComment != i ? afterComment : i + 1;
            continue;
        }
        Token t;
        t.start = i;
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            t.kind = Token::Kind::Quoted;
            i = skipQuoted(sql, i, c == QLatin1Char('[') ? QLatin1Char(']') : c, &t.text);
        } else if (c == QLatin1Char('\'')) {
            t.kind = Token::Kind::String;
            i = skipQuoted(sql, i, c, &t.text);
        } else if (isWordChar(c)) {
            t.kind = Token::Kind::Word;
            while (i < n && isWordChar(sql.at(i)))
                ++i;
            t.text = sql.mid(t.start, i - t.start);
        } else {
            t.text = c;
            ++i;
        }
        t.end = i;
        tokens << t;
    }
    return tokens;
}

bool isWord(const Tokens &t, qsizetype i, const char *word)
{
    return i < t.size() && t.at(i).kind == Token::Kind::Word && t.at(i).text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool isPunct(const Tokens &t, qsizetype i, char c)
{
    return i < t.size() && t.at(i).kind == Token::Kind::Punct && t.at(i).text == QLatin1Char(c);
}

//! Index of the ')' closing the '(' at \a open (or t.size() when unbalanced).
qsizetype closingParen(const Tokens &t, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        if (isPunct(t, i, '('))
            ++depth;
        else if (isPunct(t, i, ')') && --depth == 0)
            return i;
    }
    return t.size();
}

struct Range
{
    qsizetype begin;
    qsizetype end; //!< exclusive
};

//! Splits tokens (begin, end) at commas of depth 0.
QList<Range> splitAtCommas(const Tokens &t, qsizetype begin, qsizetype end)
{
    QList<Range> parts;
    qsizetype partStart = begin;
    int depth = 0;
    for (qsizetype i = begin; i < end; ++i) {
        if (isPunct(t, i, '('))
            ++depth;
        else if (isPunct(t, i, ')'))
            --depth;
        else if (depth == 0 && isPunct(t, i, ',')) {
            parts << Range{partStart, i};
            partStart = i + 1;
        }
    }
    if (partStart < end)
        parts << Range{partStart, end};
    return parts;
}

QString textBetween(const QString &sql, const Tokens &t, qsizetype open, qsizetype close)
{
    if (close >= t.size())
        return collapseSqlWhitespace(sql.mid(t.at(open).end));
    return collapseSqlWhitespace(sql.mid(t.at(open).end, t.at(close).start - t.at(open).end));
}

//! Names of a parenthesised column list starting at \a open; the first token of each item.
QStringList columnList(const Tokens &t, qsizetype open)
{
    QStringList names;
    const qsizetype close = closingParen(t, open);
    for (const Range &r : splitAtCommas(t, open + 1, close)) {
        if (r.begin < r.end)
            names << t.at(r.begin).text;
    }
    return names;
}

} // namespace

namespace {

//! Reads the constraint clauses of one table element (a column definition when \a column is set).
class ElementReader
{
public:
    ElementReader(const QString &sql, const Tokens &t, SqliteDdlTable &out) : m_sql(sql), m_t(t), m_out(out) {}

    void read(Range r, const QString &column)
    {
        m_column = column;
        m_end = r.end;
        m_pendingName.clear();
        m_fkColumns.clear();
        m_lastFk = -1;
        qsizetype i = r.begin + (column.isEmpty() ? 0 : 1);
        while (i < m_end)
            i = step(i);
    }

private:
    qsizetype step(qsizetype i)
    {
        if (isWord(m_t, i, "CONSTRAINT")) {
            m_pendingName = i + 1 < m_end ? m_t.at(i + 1).text : QString();
            return i + 2;
        }
        if (isWord(m_t, i, "PRIMARY") && isWord(m_t, i + 1, "KEY"))
            return keyConstraint(SqliteDdlConstraint::Kind::PrimaryKey, i + 2);
        if (isWord(m_t, i, "UNIQUE"))
            return keyConstraint(SqliteDdlConstraint::Kind::Unique, i + 1);
        if (isWord(m_t, i, "CHECK") && isPunct(m_t, i + 1, '(')) {
            SqliteDdlConstraint c = make(SqliteDdlConstraint::Kind::Check);
            const qsizetype close = closingParen(m_t, i + 1);
            c.expression = textBetween(m_sql, m_t, i + 1, close);
            m_out.constraints << c;
            return close + 1;
        }
        if (isWord(m_t, i, "FOREIGN") && isWord(m_t, i + 1, "KEY") && isPunct(m_t, i + 2, '(')) {
            m_fkColumns = columnList(m_t, i + 2);
            return closingParen(m_t, i + 2) + 1;
        }
        if (isWord(m_t, i, "REFERENCES") && i + 1 < m_end)
            return references(i + 1);
        if (isWord(m_t, i, "DEFERRABLE")) {
            if (m_lastFk >= 0 && !isWord(m_t, i - 1, "NOT"))
                m_out.constraints[m_lastFk].deferrable = true;
            return i + 1;
        }
        if (isWord(m_t, i, "INITIALLY") && isWord(m_t, i + 1, "DEFERRED")) {
            if (m_lastFk >= 0)
                m_out.constraints[m_lastFk].initiallyDeferred = true;
            return i + 2;
        }
        if (isWord(m_t, i, "AS") && isPunct(m_t, i + 1, '(') && !m_column.isEmpty()) {
            const qsizetype close = closingParen(m_t, i + 1);
            m_out.generatedExpressions.insert(m_column, textBetween(m_sql, m_t, i + 1, close));
            return close + 1;
        }
        if (isPunct(m_t, i, '('))
            return closingParen(m_t, i) + 1;
        if (isWord(m_t, i, "NOT") || isWord(m_t, i, "NULL") || isWord(m_t, i, "DEFAULT") || isWord(m_t, i, "COLLATE"))
            m_pendingName.clear();
        return i + 1;
    }

    SqliteDdlConstraint make(SqliteDdlConstraint::Kind kind)
    {
        SqliteDdlConstraint c;
        c.kind = kind;
        c.name = m_pendingName;
        m_pendingName.clear();
        return c;
    }

    qsizetype keyConstraint(SqliteDdlConstraint::Kind kind, qsizetype i)
    {
        SqliteDdlConstraint c = make(kind);
        if (isPunct(m_t, i, '(')) {
            c.columns = columnList(m_t, i);
            i = closingParen(m_t, i) + 1;
        } else {
            c.columns << m_column;
        }
        // Trailing ASC/DESC, ON CONFLICT <resolution>, AUTOINCREMENT.
        static const char *const trailing[] = {"ASC", "DESC", "ON", "CONFLICT", "ROLLBACK", "ABORT", "FAIL", "IGNORE", "REPLACE"};
        for (bool more = true; more && i < m_end;) {
            more = false;
            if (isWord(m_t, i, "AUTOINCREMENT")) {
                c.autoincrement = true;
                more = true;
            }
            for (const char *word : trailing)
                more = more || isWord(m_t, i, word);
            if (more)
                ++i;
        }
        m_out.constraints << c;
        return i;
    }

    qsizetype references(qsizetype i)
    {
        SqliteDdlConstraint c = make(SqliteDdlConstraint::Kind::ForeignKey);
        c.referredTable = m_t.at(i).text;
        ++i;
        if (isPunct(m_t, i, '.') && i + 1 < m_end) { // schema-qualified
            c.referredTable = m_t.at(i + 1).text;
            i += 2;
        }
        if (isPunct(m_t, i, '(')) {
            c.referredColumns = columnList(m_t, i);
            i = closingParen(m_t, i) + 1;
        }
        c.columns = m_fkColumns.isEmpty() ? QStringList{m_column} : m_fkColumns;
        m_fkColumns.clear();
        m_lastFk = m_out.constraints.size();
        m_out.constraints << c;
        return i;
    }

    const QString &m_sql;
    const Tokens &m_t;
    SqliteDdlTable &m_out;
    QString m_column;
    qsizetype m_end = 0;
    QString m_pendingName;
    QStringList m_fkColumns;
    qsizetype m_lastFk = -1;
};

bool startsTableConstraint(const Tokens &t, qsizetype i)
{
    return isWord(t, i, "CONSTRAINT") || isWord(t, i, "PRIMARY") || isWord(t, i, "UNIQUE") || isWord(t, i, "CHECK")
        || isWord(t, i, "FOREIGN");
}

qsizetype firstParen(const Tokens &t, qsizetype from)
{
    for (qsizetype i = from; i < t.size(); ++i) {
        if (isPunct(t, i, '('))
            return i;
    }
    return t.size();
}

QString stripOrdering(QString text)
{
    static const QLatin1String suffixes[] = {QLatin1String(" ASC"), QLatin1String(" DESC")};
    for (const QLatin1String &suffix : suffixes) {
        if (text.endsWith(suffix, Qt::CaseInsensitive))
            return text.left(text.size() - suffix.size());
    }
    return text;
}

} // namespace

SqliteDdlTable parseSqliteCreateTable(const QString &sql)
{
    SqliteDdlTable table;
    const Tokens t = tokenize(sql);
    const qsizetype open = firstParen(t, 0);
    if (open >= t.size())
        return table;
    ElementReader reader(sql, t, table);
    for (const Range &r : splitAtCommas(t, open + 1, closingParen(t, open))) {
        if (r.begin >= r.end)
            continue;
        if (startsTableConstraint(t, r.begin))
            reader.read(r, QString());
        else
            reader.read(r, t.at(r.begin).text);
    }
    return table;
}

SqliteDdlIndex parseSqliteCreateIndex(const QString &sql)
{
    SqliteDdlIndex index;
    const Tokens t = tokenize(sql);
    qsizetype on = 0;
    while (on < t.size() && !isWord(t, on, "ON"))
        ++on;
    const qsizetype open = firstParen(t, on);
    if (open >= t.size())
        return index;
    const qsizetype close = closingParen(t, open);
    for (const Range &r : splitAtCommas(t, open + 1, close)) {
        if (r.begin < r.end)
            index.elements << stripOrdering(textBetween(sql, t, r.begin - 1, r.end));
    }
    if (isWord(t, close + 1, "WHERE")) {
        QString where = collapseSqlWhitespace(sql.mid(t.at(close + 1).end));
        while (where.endsWith(QLatin1Char(';')))
            where = where.left(where.size() - 1).trimmed();
        index.where = where;
    }
    return index;
}

} // namespace Retort::Core
