// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/alembicconfig.h"

#include <QFile>
#include <QFileInfo>

#include <climits>

namespace Retort::Core {

namespace {

QString repr(QStringView text)
{
    return IniConfig::pythonRepr(text);
}

bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

// posixpath.normpath
QString normPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    int initialSlashes = path.startsWith(QLatin1Char('/')) ? 1 : 0;
    if (path.startsWith(QLatin1String("//")) && !path.startsWith(QLatin1String("///")))
        initialSlashes = 2;
    QStringList parts;
    const QStringList components = path.split(QLatin1Char('/'));
    for (const QString &comp : components) {
        if (comp.isEmpty() || comp == QLatin1String("."))
            continue;
        if (comp != QLatin1String("..") || (initialSlashes == 0 && parts.isEmpty())
            || (!parts.isEmpty() && parts.last() == QLatin1String(".."))) {
            parts.append(comp);
        } else if (!parts.isEmpty()) {
            parts.removeLast();
        }
    }
    const QString joined = QString(initialSlashes, QLatin1Char('/')) + parts.join(QLatin1Char('/'));
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

// posixpath.join(a, b) for one component
QString joinPath(const QString &a, const QString &b)
{
    if (isAbsolute(b) || a.isEmpty())
        return b;
    return a.endsWith(QLatin1Char('/')) ? QString(a + b) : QString(a + QLatin1Char('/') + b);
}

// os.path.abspath with \a cwd as the current directory
QString absPath(const QString &path, const QString &cwd)
{
    return normPath(isAbsolute(path) ? path : joinPath(cwd, path));
}

// posixpath.dirname
QString dirName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    QString head = path.left(slash + 1);
    if (!head.isEmpty() && head != QString(head.size(), QLatin1Char('/'))) {
        while (head.endsWith(QLatin1Char('/')))
            head.chop(1);
    }
    return head;
}

// Offset of the first byte that Python's strict 'utf-8' codec rejects, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes, QString *reason)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            low = b == 0xe0 ? 0xa0 : 0x80;
            high = b == 0xed ? 0x9f : 0xbf; // no surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            low = b == 0xf0 ? 0x90 : 0x80;
            high = b == 0xf4 ? 0x8f : 0xbf;
        } else {
            *reason = QStringLiteral("invalid start byte");
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                *reason = QStringLiteral("unexpected end of data");
                return i;
            }
            const unsigned char c = p[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xbf)) {
                *reason = QStringLiteral("invalid continuation byte");
                return i;
            }
        }
        i += length;
    }
    return -1;
}

// Python int(text) for base 10 (sign, digits, single underscores between digits); clamped.
bool parsePythonInt(const QString &text, int *out)
{
    const QStringView s = IniConfig::pythonStrip(text);
    qsizetype i = 0;
    bool negative = false;
    if (!s.isEmpty() && (s[0] == QLatin1Char('+') || s[0] == QLatin1Char('-'))) {
        negative = s[0] == QLatin1Char('-');
        ++i;
    }
    if (i == s.size())
        return false;
    qint64 value = 0;
    bool afterUnderscoreOrStart = true;
    for (; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('_')) {
            if (afterUnderscoreOrStart)
                return false;
            afterUnderscoreOrStart = true;
            continue;
        }
        if (!s[i].isDigit())
            return false;
        value = std::min<qint64>(value * 10 + s[i].digitValue(), qint64(INT_MAX) + 1);
        afterUnderscoreOrStart = false;
    }
    if (afterUnderscoreOrStart)
        return false;
    *out = negative ? int(-std::min<qint64>(value, qint64(INT_MAX) + 1))
                    : int(std::min<qint64>(value, INT_MAX));
    return true;
}

// alembic's _split_on_space_comma: re.split(r", *|(?: +)", text)
QStringList splitLegacy(QStringView text)
{
    QStringList pieces;
    QString current;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == QLatin1Char(',') || c == QLatin1Char(' ')) {
            pieces.append(current);
            current.clear();
            ++i;
            while (i < n && text[i] == QLatin1Char(' '))
                ++i;
        } else {
            current += c;
            ++i;
        }
    }
    pieces.append(current);
    return pieces;
}

QString separatorFor(const QString &name)
{
    if (name == QLatin1String("space"))
        return QStringLiteral(" ");
    if (name == QLatin1String("newline"))
        return QStringLiteral("\n");
    if (name == QLatin1String("os") || name == QLatin1String(":"))
        return QStringLiteral(":");
    if (name == QLatin1String(";"))
        return QStringLiteral(";");
    return QString();
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    const char *p = bytes.constData();
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && p[i + 1] != '\n')) // p[i + 1] at most the NUL
            ++line;
    }
    return line;
}

} // namespace

// ---------------------------------------------------------------------------------------------

class AlembicConfig::Loader
{
public:
    explicit Loader(AlembicConfig &config)
        : c(config)
    { }

    std::optional<Diagnostic> readIni();
    std::optional<Diagnostic> readMainKeys();
    std::optional<Diagnostic> readVersionLocations(const QString &value, QStringList *pieces);
    std::optional<Diagnostic> checkPaths(const QStringList &pieces);
    std::optional<Diagnostic> resolveVersionLocations(const QStringList &pieces);
    void readLazyKeys();

private:
    Diagnostic error(const QString &code, const QString &message, const QString &key) const
    {
        return Diagnostic::error(code, message, c.locationOf(key));
    }
    std::optional<Diagnostic> packageError(const QString &key, const QString &value) const;

    AlembicConfig &c;
};

std::optional<Diagnostic> AlembicConfig::Loader::readIni()
{
    const QString missing = QLatin1String("No config file ") + repr(c.m_iniPath)
        + QLatin1String(" found, or file has no '[") + c.m_section + QLatin1String("]' section");
    QFile file(c.m_iniFilePath);
    QByteArray bytes;
    // Python's read() silently skips files it cannot open (directories included).
    const bool readable = !QFileInfo(c.m_iniFilePath).isDir() && file.open(QIODevice::ReadOnly);
    if (readable)
        bytes = file.readAll();
    QString reason;
    const qsizetype bad = firstInvalidUtf8(bytes, &reason);
    if (bad >= 0) {
        return Diagnostic::error(QStringLiteral("ini-encoding"),
            QLatin1String("'utf-8' codec can't decode byte 0x")
                + QString::number(uchar(bytes.constData()[bad]), 16)
                      .rightJustified(2, QLatin1Char('0'))
                + QLatin1String(" in position ") + QString::number(bad) + QLatin1String(": ")
                + reason,
            {c.m_iniFilePath, lineOfOffset(bytes, bad), 0});
    }
    // Python decodes with 'utf-8', not 'utf-8-sig': a byte order mark stays in the text.
    const bool bom = bytes.startsWith("\xef\xbb\xbf");
    QString text;
    if (bom)
        text = QChar(0xfeff) + QString::fromUtf8(bytes.mid(3));
    else
        text = QString::fromUtf8(bytes);
    DiagnosticList diags;
    QHash<QString, QString> defaults {{QStringLiteral("here"), c.m_here}};
    c.m_ini = IniConfig::parse(text, c.m_iniPath, defaults, &diags, c.m_iniFilePath);
    if (hasErrors(diags)) {
        Diagnostic first = diags.first();
        if (first.code == QLatin1String("ini-syntax")) {
            for (qsizetype i = 1; i < diags.size(); ++i)
                first.message += diags[i].message.mid(diags[i].message.indexOf(QLatin1Char('\n')));
        } else if (bom && first.code == QLatin1String("ini-no-section-header")) {
            first.message += QLatin1String("\n(The file starts with a UTF-8 byte order mark, "
                                           "which Alembic reads as part of the first line; "
                                           "save the file without it.)");
        }
        return first;
    }
    if (!c.m_ini.hasSection(c.m_section))
        return Diagnostic::error(
            QStringLiteral("config-missing"), missing, {c.m_iniFilePath, 0, 0});
    return std::nullopt;
}

std::optional<Diagnostic> AlembicConfig::Loader::packageError(
    const QString &key, const QString &value) const
{
    if (isAbsolute(value) || !value.contains(QLatin1Char(':')))
        return std::nullopt;
    return error(QStringLiteral("package-resource"),
        key + QLatin1String(" value ") + repr(value)
            + QLatin1String(" names a Python package resource (package:path), which "
                            "Retort does not support; use a file system path such as "
                            "%(here)s/migrations"),
        key);
}

// The keys ScriptDirectory.from_config reads, in its order; any failure stops Alembic.
std::optional<Diagnostic> AlembicConfig::Loader::readMainKeys()
{
    const auto location = c.option(QStringLiteral("script_location"));
    if (!location)
        return location.error();
    if (!location->has_value()) {
        return Diagnostic::error(QStringLiteral("config-no-script-location"),
            QStringLiteral("No 'script_location' key found in configuration."),
            {c.m_iniFilePath, c.m_ini.sectionLine(c.m_section), 0});
    }
    c.m_scriptLocation = **location;
    const QString tslKey = QStringLiteral("truncate_slug_length");
    const auto tsl = c.option(tslKey);
    if (!tsl)
        return tsl.error();
    if (tsl->has_value()) {
        int length = 0;
        if (!parsePythonInt(**tsl, &length)) {
            return error(QStringLiteral("config-invalid-int"),
                QLatin1String("truncate_slug_length: invalid literal for int() with base 10: ")
                    + repr(**tsl),
                tslKey);
        }
        c.m_truncateSlugLength = length == 0 ? 40 : length;
    }
    const auto locations = c.option(QStringLiteral("version_locations"));
    if (!locations)
        return locations.error();
    QStringList pieces;
    c.m_explicitVersionLocations = locations->has_value() && !(*locations)->isEmpty();
    if (c.m_explicitVersionLocations) {
        if (auto failure = readVersionLocations(**locations, &pieces))
            return failure;
    }
    for (const char *key : {"prepend_sys_path", "recursive_version_locations"}) {
        const auto value = c.option(QLatin1String(key));
        if (!value)
            return value.error();
        if (qstrcmp(key, "recursive_version_locations") == 0)
            c.m_recursive = value->has_value() && **value == QLatin1String("true");
    }
    if (auto failure = packageError(QStringLiteral("script_location"), c.m_scriptLocation))
        return failure;
    return checkPaths(pieces);
}

std::optional<Diagnostic> AlembicConfig::Loader::readVersionLocations(
    const QString &value, QStringList *pieces)
{
    QString key;
    std::optional<QString> name;
    for (const char *candidate : {"path_separator", "version_path_separator"}) {
        const auto separator = c.option(QLatin1String(candidate));
        if (!separator)
            return separator.error();
        if (separator->has_value()) {
            key = QLatin1String(candidate);
            name = **separator;
            break;
        }
    }
    if (!name) {
        *pieces = splitLegacy(value);
        return std::nullopt;
    }
    const QString separator = separatorFor(*name);
    if (separator.isEmpty()) {
        QString message = QLatin1Char('\'') + *name + QLatin1String("' is not a valid value for ")
            + key
            + (key == QLatin1String("path_separator")
                    ? QLatin1String("; expected 'space', 'newline', 'os', ':', ';'")
                    : QLatin1String("; expected 'space', 'os', ':', ';'"));
        if (name->contains(QLatin1Char('#'))) {
            message += QLatin1String("\n(alembic.ini does not strip inline comments: the '#' and "
                                     "the text after it are part of the value. Move the comment "
                                     "to a line of its own.)");
        }
        return error(QStringLiteral("version-path-separator"), message, key);
    }
    const QStringList parts = value.split(separator);
    for (const QString &part : parts) {
        if (!part.isEmpty())
            pieces->append(IniConfig::pythonStrip(part).toString());
    }
    return std::nullopt;
}

// The rest of from_config, then ScriptDirectory.__init__ and _version_locations.
std::optional<Diagnostic> AlembicConfig::Loader::checkPaths(const QStringList &pieces)
{
    c.m_fileTemplate = QStringLiteral("%(rev)s_%(slug)s");
    c.m_outputEncoding = QStringLiteral("utf-8");
    for (const char *key : {"file_template", "sourceless", "output_encoding", "timezone"}) {
        const auto value = c.option(QLatin1String(key));
        if (!value)
            return value.error();
        if (!value->has_value())
            continue;
        if (qstrcmp(key, "file_template") == 0)
            c.m_fileTemplate = **value;
        else if (qstrcmp(key, "sourceless") == 0)
            c.m_sourceless = **value == QLatin1String("true");
        else if (qstrcmp(key, "output_encoding") == 0)
            c.m_outputEncoding = **value;
        else
            c.m_timezone = **value;
    }
    const QString hooks = QStringLiteral("post_write_hooks");
    if (c.m_ini.hasSection(hooks)) {
        const QStringList keys = c.m_ini.keys(hooks);
        for (const QString &key : keys) {
            const auto value = c.m_ini.value(hooks, key);
            if (!value)
                return value.error();
        }
    }
    c.m_scriptDirectory = absPath(c.m_scriptLocation, c.m_workingDirectory);
    if (c.m_scriptLocation.isEmpty() || !QFileInfo::exists(c.m_scriptDirectory)) {
        return error(QStringLiteral("script-location-missing"),
            QLatin1String("Path doesn't exist: ") + repr(c.m_scriptDirectory)
                + QLatin1String(".  Please use the 'init' command to create a new "
                                "scripts folder."),
            QStringLiteral("script_location"));
    }
    return resolveVersionLocations(pieces);
}

// ScriptDirectory._version_locations: each entry made absolute; package:path rejected.
std::optional<Diagnostic> AlembicConfig::Loader::resolveVersionLocations(const QStringList &pieces)
{
    if (!c.m_explicitVersionLocations) {
        c.m_versionLocations = QStringList(absPath(
            joinPath(c.m_scriptLocation, QStringLiteral("versions")), c.m_workingDirectory));
        return std::nullopt;
    }
    const QString key = QStringLiteral("version_locations");
    for (const QString &piece : pieces) {
        if (auto failure = packageError(key, piece))
            return failure;
        const QString path = absPath(piece, c.m_workingDirectory);
        if (piece.isEmpty()) {
            c.diagnostics.append(Diagnostic::warning(QStringLiteral("version-location-empty"),
                QLatin1String("version_locations has an empty entry, which Alembic reads as the "
                              "working directory ")
                    + repr(path),
                c.locationOf(key)));
        }
        c.m_versionLocations.append(path);
    }
    return std::nullopt;
}

// Keys Alembic reads only in some commands: problems are warnings here.
void AlembicConfig::Loader::readLazyKeys()
{
    if (c.m_sourceless) {
        c.diagnostics.append(Diagnostic::info(QStringLiteral("sourceless-ignored"),
            QStringLiteral("sourceless = true is ignored: Retort reads only .py revision files"),
            c.locationOf(QStringLiteral("sourceless"))));
    }
    const QString urlKey = QStringLiteral("sqlalchemy.url");
    const auto url = c.option(urlKey);
    if (!url) {
        Diagnostic warning = url.error();
        warning.severity = Severity::Warning;
        warning.code = QStringLiteral("sqlalchemy-url-unreadable");
        c.diagnostics.append(warning);
    } else {
        c.m_sqlalchemyUrl = *url;
    }
    const QString envKey = QStringLiteral("revision_environment");
    const auto env = c.option(envKey);
    if (!env || !env->has_value())
        return; // an interpolation error here surfaces only in `revision`; keep false
    const QString word = IniConfig::pythonStrip(**env).toString().toLower();
    static const QStringList yes {QStringLiteral("true"), QStringLiteral("yes"),
        QStringLiteral("on"), QStringLiteral("y"), QStringLiteral("t"), QStringLiteral("1")};
    static const QStringList no {QStringLiteral("false"), QStringLiteral("no"),
        QStringLiteral("off"), QStringLiteral("n"), QStringLiteral("f"), QStringLiteral("0")};
    if (yes.contains(word)) {
        c.m_revisionEnvironment = true;
    } else if (!no.contains(word)) {
        c.diagnostics.append(Diagnostic::warning(QStringLiteral("revision-environment-invalid"),
            QLatin1String("String is not true/false: ") + repr(word), c.locationOf(envKey)));
    }
}

// ---------------------------------------------------------------------------------------------

Expected<AlembicConfig, Diagnostic> AlembicConfig::load(
    const QString &iniPath, const QString &section, const QString &workingDirectory)
{
    AlembicConfig config;
    config.m_iniPath = iniPath;
    config.m_section = section;
    config.m_workingDirectory = absPath(workingDirectory, QDir::currentPath());
    config.m_iniFilePath = absPath(iniPath, config.m_workingDirectory);
    config.m_here = absPath(dirName(iniPath), config.m_workingDirectory);
    Loader loader(config);
    if (auto failure = loader.readIni())
        return *failure;
    if (auto failure = loader.readMainKeys())
        return *failure;
    loader.readLazyKeys();
    return config;
}

Expected<std::optional<QString>, Diagnostic> AlembicConfig::option(const QString &key) const
{
    if (!m_ini.hasOption(m_section, key))
        return std::optional<QString>();
    auto value = m_ini.value(m_section, key);
    if (!value)
        return value.error();
    return std::optional<QString>(std::move(value).value());
}

int AlembicConfig::lineOf(const QString &key) const
{
    return m_ini.lineOf(m_section, key);
}

SourceLocation AlembicConfig::locationOf(const QString &key) const
{
    return {m_iniFilePath, lineOf(key), 0};
}

} // namespace Retort::Core
