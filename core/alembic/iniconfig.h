// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Retort::Core {

/*! An ini file read exactly like Python 3.11's `configparser.ConfigParser(defaults)` with
    default options, which is how Alembic reads `alembic.ini`:

    - delimiters `=` and `:` (the first one on the line wins); keys are stripped and
      lower-cased; values are stripped;
    - whole-line comments only (`#`, `;` after optional indentation); inline comments stay
      part of the value;
    - a line indented deeper than the option line continues the value; blank lines inside a
      value are kept, trailing ones dropped;
    - strict: a repeated section or a repeated option within one section is an error;
    - `[DEFAULT]` is not a section: its keys, and the constructor \a defaults beneath them,
      are visible from every section;
    - values are interpolated on value() with BasicInterpolation (`%(name)s`, `%%`, depth 10).

    Diagnostic codes (messages are Python's texts):
    "ini-no-section-header", "ini-syntax" (one per bad line), "ini-duplicate-section",
    "ini-duplicate-option" from parse(); "ini-interpolation", "ini-no-section",
    "ini-no-option" from value().

    A value type; cheap to copy; all const members are safe to call from several threads. */
class IniConfig
{
public:
    /*! Parses \a text (newlines `\n`, `\r\n` or `\r`). \a fileName is used in messages exactly
        as Python would print the name passed to `read()`; \a locationFile (default:
        \a fileName) goes into the diagnostics' locations. \a defaults are the constructor
        defaults (Alembic passes `here`); their keys are lower-cased, their values are not
        checked until they are interpolated.
        Like Python, a missing section header, a repeated section or a repeated option stops
        reading at that line and is the only error reported; lines that are neither a header
        nor an option are each reported as "ini-syntax" and reading continues. The result
        holds whatever was read; errors are appended to \a diags (which may be null). */
    static IniConfig parse(QStringView text, const QString &fileName,
        const QHash<QString, QString> &defaults, DiagnosticList *diags,
        const QString &locationFile = QString());

    QString fileName() const { return m_fileName; }
    QString locationFile() const { return m_locationFile; }

    //! Python `has_section`: false for "DEFAULT". Section names are case-sensitive.
    bool hasSection(const QString &name) const;
    //! Section names in file order, without DEFAULT.
    QStringList sections() const;
    //! Python `has_option`: the key (any case) is in the section or in DEFAULT.
    bool hasOption(const QString &section, const QString &key) const;
    /*! Python `options()`: the section's keys in file order, then the DEFAULT keys it does not
        have (constructor defaults first, sorted, then the file's [DEFAULT] keys). "DEFAULT"
        gives the DEFAULT keys; an unknown section gives an empty list. */
    QStringList keys(const QString &section) const;
    //! The interpolated value (Python `get(section, key)`); errors carry the option's line.
    Expected<QString, Diagnostic> value(const QString &section, const QString &key) const;
    //! The value as read (Python `get(..., raw=True)`), or nullopt when absent.
    std::optional<QString> rawValue(const QString &section, const QString &key) const;
    /*! 1-based line of the option line that defined the key as seen from \a section
        (falling back to DEFAULT); 0 when unknown or a constructor default. */
    int lineOf(const QString &section, const QString &key) const;
    //! 1-based line of the section header; 0 when absent.
    int sectionLine(const QString &section) const;

    // Python string helpers shared by the alembic/ readers.
    //! Python `repr()` of a str: quote choice and escapes as CPython prints them.
    static QString pythonRepr(QStringView text);
    //! Python `str.isspace()` for one UTF-16 unit (all Python whitespace is in the BMP).
    static bool isPythonSpace(QChar c);
    //! Python `str.strip()` / `str.rstrip()` with no argument.
    static QStringView pythonStrip(QStringView text);
    static QStringView pythonRStrip(QStringView text);

private:
    struct Entry
    {
        QString key;
        QString value;
        int line = 0;
    };
    struct Section
    {
        QString name;
        int line = 0;
        QList<Entry> entries;
        QHash<QString, qsizetype> index; // lower-cased key -> entries index
    };
    class Parser; // the reading state machine, in iniconfig.cpp

    const Section *findSection(const QString &name) const;
    const Entry *findEntry(const Section *section, const QString &lowerKey) const;
    std::optional<Diagnostic> interpolate(const QString &section, const Section *sect,
        const QString &option, const QString &rawValue, QStringView rest, int depth,
        QString *out) const;
    Diagnostic interpolationError(
        const QString &section, const QString &option, const QString &message) const;

    QString m_fileName;
    QString m_locationFile;
    Section m_defaults;
    QList<Section> m_sections;
    QHash<QString, qsizetype> m_sectionIndex;
};

} // namespace Retort::Core
