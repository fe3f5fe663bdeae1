// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/iniconfig.h"

#include <QSet>

#include <algorithm>

namespace Retort::Core {

namespace {

const QString defaultSectionName = QStringLiteral("DEFAULT");

// configparser.MAX_INTERPOLATION_DEPTH
constexpr int maxInterpolationDepth = 10;
// Not in Python: a guard against exponential expansion (a = %(b)s%(b)s..., b = ...), which
// would make Python hang; Retort reports it instead.
constexpr qsizetype maxInterpolatedSize = qsizetype(1) << 20; // characters

QString hex(uint value, int width)
{
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

// CPython's Py_UNICODE_ISPRINTABLE: everything except the categories Cc, Cf, Cs, Co, Cn,
// Zl, Zp and Zs (the ASCII space excepted).
bool isPythonPrintable(char32_t ucs)
{
    if (ucs == U' ')
        return true;
    switch (QChar::category(ucs)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Separator_Space:
        return false;
    default:
        return true;
    }
}

QString pyRepr(QStringView s)
{
    return IniConfig::pythonRepr(s);
}

// QString::append(QStringView) is Qt 6 only.
void appendView(QString &target, QStringView piece)
{
    target.append(piece.data(), int(piece.size()));
}

QString lineNumber2d(int line)
{
    return QStringLiteral("%1").arg(line, 2);
}

} // namespace

bool IniConfig::isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20)
        return (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x20);
    if (u < 0x85)
        return false;
    return u == 0x85 || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028
        || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000;
}

QStringView IniConfig::pythonStrip(QStringView text)
{
    qsizetype begin = 0;
    while (begin < text.size() && isPythonSpace(text[begin]))
        ++begin;
    return pythonRStrip(text.mid(begin));
}

QStringView IniConfig::pythonRStrip(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && isPythonSpace(text[end - 1]))
        --end;
    return text.left(end);
}

QString IniConfig::pythonRepr(QStringView text)
{
    const bool hasSingle = text.contains(QLatin1Char('\''));
    const bool hasDouble = text.contains(QLatin1Char('"'));
    const QChar quote = (hasSingle && !hasDouble) ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t ucs = text[i].unicode();
        if (QChar::isHighSurrogate(ucs) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (ucs == quote.unicode() || ucs == U'\\') {
            out += QLatin1Char('\\');
            out += QChar(char16_t(ucs));
        } else if (ucs == U'\t') {
            out += QLatin1String("\\t");
        } else if (ucs == U'\n') {
            out += QLatin1String("\\n");
        } else if (ucs == U'\r') {
            out += QLatin1String("\\r");
        } else if (ucs < 0x20 || ucs == 0x7f) {
            out += QLatin1String("\\x") + hex(ucs, 2);
        } else if (ucs < 0x7f || isPythonPrintable(ucs)) {
            if (ucs > 0xffff) {
                out += QChar(QChar::highSurrogate(ucs));
                out += QChar(QChar::lowSurrogate(ucs));
            } else {
                out += QChar(char16_t(ucs));
            }
        } else if (ucs <= 0xff) {
            out += QLatin1String("\\x") + hex(ucs, 2);
        } else if (ucs <= 0xffff) {
            out += QLatin1String("\\u") + hex(ucs, 4);
        } else {
            out += QLatin1String("\\U") + hex(ucs, 8);
        }
    }
    out += quote;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading: a line-by-line transcription of the rules of RawConfigParser._read.

class IniConfig::Parser
{
public:
    Parser(IniConfig &config, DiagnosticList *diags)
        : m_config(config)
        , m_diags(diags)
    { }

    void run(QStringView text);

private:
    bool handleLine(QStringView line, bool hasNewline);
    bool enterSection(const QString &name);
    bool handleOption(QStringView stripped, QStringView line, bool hasNewline);
    void appendToOption(QStringView piece);
    void finish();
    void report(const QString &code, const QString &message);
    void reportFatal(const QString &code, const QString &message);
    static QString lineRepr(QStringView line, bool hasNewline);

    IniConfig &m_config;
    DiagnosticList *m_diags;
    qsizetype m_firstDiag = m_diags ? m_diags->size() : 0;
    Section *m_current = nullptr; // null before the first header
    QString m_sectionName;
    QString m_optionName; // empty: no option to continue (Python's falsy optname)
    QSet<QString> m_defaultKeysRead;
    qsizetype m_indentLevel = 0;
    int m_lineNo = 0;
};

void IniConfig::Parser::run(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && text[end] != QLatin1Char('\n') && text[end] != QLatin1Char('\r'))
            ++end;
        const QStringView line = text.mid(pos, end - pos);
        const bool hasNewline = end < n;
        if (hasNewline) {
            const bool crlf = text[end] == QLatin1Char('\r') && end + 1 < n
                && text[end + 1] == QLatin1Char('\n');
            end += crlf ? 2 : 1;
        }
        pos = end;
        ++m_lineNo;
        if (!handleLine(line, hasNewline))
            break;
    }
    finish();
}

bool IniConfig::Parser::handleLine(QStringView line, bool hasNewline)
{
    const QStringView stripped = pythonStrip(line);
    const bool comment
        = stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';'));
    if (comment || stripped.isEmpty()) {
        // A blank line may belong to a multi-line value; a comment line never does.
        if (!comment && m_current && !m_optionName.isEmpty())
            appendToOption(QStringView());
        return true;
    }
    qsizetype indent = 0;
    while (isPythonSpace(line[indent]))
        ++indent;
    if (m_current && !m_optionName.isEmpty() && indent > m_indentLevel) {
        appendToOption(stripped);
        return true;
    }
    m_indentLevel = indent;
    // SECTCRE: "[" .+ "]" matched at the start; the header runs to the last "]".
    const qsizetype close = stripped.lastIndexOf(QLatin1Char(']'));
    if (stripped.startsWith(QLatin1Char('[')) && close >= 2)
        return enterSection(stripped.mid(1, close - 1).toString());
    if (!m_current) {
        reportFatal(QStringLiteral("ini-no-section-header"),
            QLatin1String("File contains no section headers.\nfile: ") + pyRepr(m_config.m_fileName)
                + QLatin1String(", line: ") + QString::number(m_lineNo) + QLatin1Char('\n')
                + lineRepr(line, hasNewline));
        return false;
    }
    return handleOption(stripped, line, hasNewline);
}

bool IniConfig::Parser::enterSection(const QString &name)
{
    if (name == defaultSectionName) {
        m_current = &m_config.m_defaults;
        if (m_current->line == 0)
            m_current->line = m_lineNo;
    } else if (m_config.m_sectionIndex.contains(name)) {
        reportFatal(QStringLiteral("ini-duplicate-section"),
            QLatin1String("While reading from ") + pyRepr(m_config.m_fileName)
                + QLatin1String(" [line ") + lineNumber2d(m_lineNo) + QLatin1String("]: section ")
                + pyRepr(name) + QLatin1String(" already exists"));
        return false;
    } else {
        Section section;
        section.name = name;
        section.line = m_lineNo;
        m_config.m_sectionIndex.insert(name, m_config.m_sections.size());
        m_config.m_sections.append(section);
        m_current = &m_config.m_sections.last();
    }
    m_sectionName = name;
    m_optionName.clear();
    return true;
}

bool IniConfig::Parser::handleOption(QStringView stripped, QStringView line, bool hasNewline)
{
    // OPTCRE: the lazy option group makes the first delimiter of the line win.
    qsizetype delimiter = -1;
    for (qsizetype i = 0; i < stripped.size(); ++i) {
        if (stripped[i] == QLatin1Char('=') || stripped[i] == QLatin1Char(':')) {
            delimiter = i;
            break;
        }
    }
    if (delimiter < 0) {
        // Not fatal; the previous option stays open for continuation lines, as in Python.
        report(QStringLiteral("ini-syntax"),
            QLatin1String("Source contains parsing errors: ") + pyRepr(m_config.m_fileName)
                + QLatin1String("\n\t[line ") + lineNumber2d(m_lineNo) + QLatin1String("]: ")
                + lineRepr(line, hasNewline));
        return true;
    }
    const QString name = pythonRStrip(stripped.left(delimiter)).toString().toLower();
    if (name.isEmpty()) {
        report(QStringLiteral("ini-syntax"),
            QLatin1String("Source contains parsing errors: ") + pyRepr(m_config.m_fileName)
                + QLatin1String("\n\t[line ") + lineNumber2d(m_lineNo) + QLatin1String("]: ")
                + lineRepr(line, hasNewline));
    }
    const bool isDefault = m_current == &m_config.m_defaults;
    const bool duplicate
        = isDefault ? m_defaultKeysRead.contains(name) : m_current->index.contains(name);
    if (duplicate) {
        reportFatal(QStringLiteral("ini-duplicate-option"),
            QLatin1String("While reading from ") + pyRepr(m_config.m_fileName)
                + QLatin1String(" [line ") + lineNumber2d(m_lineNo) + QLatin1String("]: option ")
                + pyRepr(name) + QLatin1String(" in section ") + pyRepr(m_sectionName)
                + QLatin1String(" already exists"));
        return false;
    }
    if (isDefault)
        m_defaultKeysRead.insert(name);
    Entry entry {name, pythonStrip(stripped.mid(delimiter + 1)).toString(), m_lineNo};
    const auto existing = m_current->index.constFind(name); // a constructor default
    if (existing != m_current->index.cend()) {
        m_current->entries[*existing] = entry;
    } else {
        m_current->index.insert(name, m_current->entries.size());
        m_current->entries.append(entry);
    }
    m_optionName = name;
    return true;
}

void IniConfig::Parser::appendToOption(QStringView piece)
{
    Entry &entry = m_current->entries[m_current->index.value(m_optionName)];
    entry.value += QLatin1Char('\n');
    appendView(entry.value, piece);
}

void IniConfig::Parser::finish()
{
    // _join_multiline_values: "\n".join(lines).rstrip(); constructor defaults (line 0) are
    // left alone.
    auto trim = [](Section &section) {
        for (Entry &entry : section.entries) {
            if (entry.line > 0)
                entry.value.truncate(pythonRStrip(entry.value).size());
        }
    };
    trim(m_config.m_defaults);
    for (Section &section : m_config.m_sections)
        trim(section);
}

void IniConfig::Parser::report(const QString &code, const QString &message)
{
    if (m_diags)
        m_diags->append(Diagnostic::error(code, message, {m_config.m_locationFile, m_lineNo, 0}));
}

// Python raises this error at once; the "ini-syntax" lines collected so far are not reported.
void IniConfig::Parser::reportFatal(const QString &code, const QString &message)
{
    if (m_diags)
        m_diags->erase(m_diags->begin() + m_firstDiag, m_diags->end());
    report(code, message);
}

QString IniConfig::Parser::lineRepr(QStringView line, bool hasNewline)
{
    if (!hasNewline)
        return pyRepr(line);
    QString withNewline = line.toString();
    withNewline += QLatin1Char('\n');
    return pyRepr(withNewline);
}

IniConfig IniConfig::parse(QStringView text, const QString &fileName,
    const QHash<QString, QString> &defaults, DiagnosticList *diags, const QString &locationFile)
{
    IniConfig config;
    config.m_fileName = fileName;
    config.m_locationFile = locationFile.isEmpty() ? fileName : locationFile;
    config.m_defaults.name = defaultSectionName;
    QStringList keys;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        keys.append(it.key());
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QString lower = key.toLower();
        const auto existing = config.m_defaults.index.constFind(lower);
        if (existing != config.m_defaults.index.cend()) {
            config.m_defaults.entries[*existing].value = defaults.value(key);
            continue;
        }
        config.m_defaults.index.insert(lower, config.m_defaults.entries.size());
        config.m_defaults.entries.append(Entry {lower, defaults.value(key), 0});
    }
    Parser(config, diags).run(text);
    return config;
}

// ---------------------------------------------------------------------------------------------
// Lookup and BasicInterpolation.

const IniConfig::Section *IniConfig::findSection(const QString &name) const
{
    if (name == defaultSectionName)
        return &m_defaults;
    const auto it = m_sectionIndex.constFind(name);
    return it == m_sectionIndex.cend() ? nullptr : &m_sections[*it];
}

const IniConfig::Entry *IniConfig::findEntry(const Section *section, const QString &lowerKey) const
{
    auto it = section->index.constFind(lowerKey);
    if (it != section->index.cend())
        return &section->entries[*it];
    if (section == &m_defaults)
        return nullptr;
    it = m_defaults.index.constFind(lowerKey);
    return it == m_defaults.index.cend() ? nullptr : &m_defaults.entries[*it];
}

bool IniConfig::hasSection(const QString &name) const
{
    return m_sectionIndex.contains(name);
}

QStringList IniConfig::sections() const
{
    QStringList names;
    names.reserve(m_sections.size());
    for (const Section &section : m_sections)
        names.append(section.name);
    return names;
}

bool IniConfig::hasOption(const QString &section, const QString &key) const
{
    const Section *sect = section.isEmpty() ? &m_defaults : findSection(section);
    return sect && findEntry(sect, key.toLower()) != nullptr;
}

QStringList IniConfig::keys(const QString &section) const
{
    const Section *sect = findSection(section);
    if (!sect)
        return {};
    QStringList result;
    result.reserve(sect->entries.size() + m_defaults.entries.size());
    for (const Entry &entry : sect->entries)
        result.append(entry.key);
    if (sect != &m_defaults) {
        for (const Entry &entry : m_defaults.entries) {
            if (!sect->index.contains(entry.key))
                result.append(entry.key);
        }
    }
    return result;
}

std::optional<QString> IniConfig::rawValue(const QString &section, const QString &key) const
{
    const Section *sect = findSection(section);
    const Entry *entry = sect ? findEntry(sect, key.toLower()) : nullptr;
    if (!entry)
        return std::nullopt;
    return entry->value;
}

int IniConfig::lineOf(const QString &section, const QString &key) const
{
    const Section *sect = findSection(section);
    const Entry *entry = findEntry(sect ? sect : &m_defaults, key.toLower());
    return entry ? entry->line : 0;
}

int IniConfig::sectionLine(const QString &section) const
{
    const Section *sect = findSection(section);
    return sect ? sect->line : 0;
}

Expected<QString, Diagnostic> IniConfig::value(const QString &section, const QString &key) const
{
    const Section *sect = findSection(section);
    if (!sect) {
        return Diagnostic::error(QStringLiteral("ini-no-section"),
            QLatin1String("No section: ") + pyRepr(section), {m_locationFile, 0, 0});
    }
    const QString option = key.toLower();
    const Entry *entry = findEntry(sect, option);
    if (!entry) {
        return Diagnostic::error(QStringLiteral("ini-no-option"),
            QLatin1String("No option ") + pyRepr(option) + QLatin1String(" in section: ")
                + pyRepr(section),
            {m_locationFile, sect->line, 0});
    }
    QString out;
    if (auto error = interpolate(section, sect, option, entry->value, entry->value, 1, &out))
        return *error;
    return out;
}

Diagnostic IniConfig::interpolationError(
    const QString &section, const QString &option, const QString &message) const
{
    return Diagnostic::error(
        QStringLiteral("ini-interpolation"), message, {m_locationFile, lineOf(section, option), 0});
}

// BasicInterpolation._interpolate_some. \a option and \a rawValue stay those of the option
// requested, at every depth, exactly as Python reports them.
std::optional<Diagnostic> IniConfig::interpolate(const QString &section, const Section *sect,
    const QString &option, const QString &rawValue, QStringView rest, int depth, QString *out) const
{
    if (depth > maxInterpolationDepth) {
        return interpolationError(section, option,
            QLatin1String("Recursion limit exceeded in value substitution: option ")
                + pyRepr(option) + QLatin1String(" in section ") + pyRepr(section)
                + QLatin1String(" contains an interpolation key which cannot be substituted in ")
                + QString::number(maxInterpolationDepth) + QLatin1String(" steps. Raw value: ")
                + pyRepr(rawValue));
    }
    while (!rest.isEmpty()) {
        const qsizetype p = rest.indexOf(QLatin1Char('%'));
        if (p < 0) {
            appendView(*out, rest);
            break;
        }
        appendView(*out, rest.left(p));
        rest = rest.mid(p);
        const QChar next = rest.size() > 1 ? rest[1] : QChar();
        if (next == QLatin1Char('%')) {
            out->append(QLatin1Char('%'));
            rest = rest.mid(2);
        } else if (next == QLatin1Char('(')) {
            // _KEYCRE: %\(([^)]+)\)s
            const qsizetype close = rest.indexOf(QLatin1Char(')'), 2);
            if (close <= 2 || close + 1 >= rest.size() || rest[close + 1] != QLatin1Char('s')) {
                return interpolationError(section, option,
                    QLatin1String("bad interpolation variable reference ") + pyRepr(rest));
            }
            const QString var = rest.mid(2, close - 2).toString().toLower();
            rest = rest.mid(close + 2);
            const Entry *entry = findEntry(sect, var);
            if (!entry) {
                return interpolationError(section, option,
                    QLatin1String("Bad value substitution: option ") + pyRepr(option)
                        + QLatin1String(" in section ") + pyRepr(section)
                        + QLatin1String(" contains an interpolation key ") + pyRepr(var)
                        + QLatin1String(" which is not a valid option name. Raw value: ")
                        + pyRepr(rawValue));
            }
            if (entry->value.contains(QLatin1Char('%'))) {
                if (auto error
                    = interpolate(section, sect, option, rawValue, entry->value, depth + 1, out))
                    return error;
            } else {
                out->append(entry->value);
            }
            if (out->size() > maxInterpolatedSize + rawValue.size()) {
                return interpolationError(section, option,
                    QLatin1String("The value of option ") + pyRepr(option)
                        + QLatin1String(" in section ") + pyRepr(section)
                        + QLatin1String(" expands to more than ")
                        + QString::number(maxInterpolatedSize) + QLatin1String(" characters"));
            }
        } else {
            return interpolationError(section, option,
                QLatin1String("'%' must be followed by '%' or '(', found: ") + pyRepr(rest));
        }
    }
    return std::nullopt;
}

} // namespace Retort::Core
