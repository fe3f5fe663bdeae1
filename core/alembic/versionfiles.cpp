// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/versionfiles.h"

#include "core/alembic/alembicconfig.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Retort::Core {

namespace {

// Python str ordering (code points), which differs from UTF-16 order only when a surrogate
// meets a BMP character at or above U+E000.
bool codePointLess(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = pa[i].unicode();
        char16_t y = pb[i].unicode();
        if (x == y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x >= 0xe000 ? char16_t(x - 0x800) : char16_t(x + 0x2000);
            y = y >= 0xe000 ? char16_t(y - 0x800) : char16_t(y + 0x2000);
        }
        return x < y;
    }
    return a.size() < b.size();
}

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name)
                                          : QString(dir + QLatin1Char('/') + name);
}

struct Entry
{
    QString name;
    bool symlink = false;
};

class Walker
{
public:
    Walker(bool recursive, DiagnosticList *diags)
        : m_recursive(recursive)
        , m_diags(diags)
    { }

    //! \a realDir is the realpath of \a dir.
    void walk(const QString &dir, const QString &realDir);

    QStringList files;

private:
    void addFile(const QString &dir, const QString &realDir, const Entry &entry);

    bool m_recursive;
    DiagnosticList *m_diags;
    QSet<QString> m_seen; // real paths already listed
};

void Walker::walk(const QString &dir, const QString &realDir)
{
    QList<Entry> fileEntries;
    QStringList subdirs;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = info.fileName();
        if (info.isDir()) {
            if (m_recursive && !info.isSymLink()) // os.walk(followlinks=False)
                subdirs.append(name);
        } else if (info.isFile() && isRevisionFileName(name)) {
            fileEntries.append(Entry {name, info.isSymLink()});
        }
    }
    if (!dir.endsWith(QLatin1String("__pycache__"))) {
        std::sort(fileEntries.begin(), fileEntries.end(),
            [](const Entry &a, const Entry &b) { return codePointLess(a.name, b.name); });
        for (const Entry &entry : std::as_const(fileEntries))
            addFile(dir, realDir, entry);
    }
    if (!m_recursive)
        return;
    std::sort(subdirs.begin(), subdirs.end(), codePointLess);
    for (const QString &sub : std::as_const(subdirs))
        walk(joinPath(dir, sub), joinPath(realDir, sub));
}

void Walker::addFile(const QString &dir, const QString &realDir, const Entry &entry)
{
    const QString path = joinPath(dir, entry.name);
    const QString real
        = entry.symlink ? QFileInfo(path).canonicalFilePath() : joinPath(realDir, entry.name);
    if (m_seen.contains(real)) {
        if (m_diags) {
            m_diags->append(Diagnostic::warning(QStringLiteral("version-file-duplicate"),
                QLatin1String("File ") + real
                    + QLatin1String(" loaded twice! ignoring. Please ensure version_locations "
                                    "is unique."),
                {path, 0, 0}));
        }
        return;
    }
    m_seen.insert(real);
    files.append(path);
}

} // namespace

bool isRevisionFileName(QStringView name)
{
    return name.endsWith(QLatin1String(".py")) && !name.startsWith(QLatin1String(".#"))
        && !name.startsWith(QLatin1String("__init__")) && !name.contains(QLatin1Char('\n'));
}

QStringList listRevisionFiles(const QStringList &locations, bool recursive, DiagnosticList *diags)
{
    Walker walker(recursive, diags);
    for (const QString &location : locations) {
        const QFileInfo info(location);
        if (!info.isDir()) {
            if (diags) {
                diags->append(Diagnostic::info(QStringLiteral("version-location-missing"),
                    QLatin1String("Version location ") + IniConfig::pythonRepr(location)
                        + (info.exists() ? QLatin1String(" is not a directory; skipped")
                                         : QLatin1String(" does not exist; skipped")),
                    {location, 0, 0}));
            }
            continue;
        }
        walker.walk(location, info.canonicalFilePath());
    }
    return walker.files;
}

QStringList listRevisionFiles(const AlembicConfig &config, DiagnosticList *diags)
{
    return listRevisionFiles(config.versionLocations(), config.recursiveVersionLocations(), diags);
}

} // namespace Retort::Core
