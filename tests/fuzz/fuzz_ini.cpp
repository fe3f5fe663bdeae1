// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// libFuzzer target: arbitrary bytes, read as UTF-8, through IniConfig::parse and then every
// read accessor on every key. Must never crash, hang or trip a sanitizer.

#include "core/alembic/iniconfig.h"

#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Retort::Core;
    if (size > (1u << 16)) // larger inputs add nothing but time
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    // A `here` that itself needs interpolation exercises the constructor-default path.
    const QHash<QString, QString> defaults {
        {QStringLiteral("here"), QStringLiteral("/fuzz/%%dir")}};
    DiagnosticList diags;
    const IniConfig config = IniConfig::parse(text, QStringLiteral("fuzz.ini"), defaults, &diags);

    QStringList sections = config.sections();
    sections.append(QStringLiteral("DEFAULT"));
    int interpolated = 0;
    for (const QString &section : std::as_const(sections)) {
        (void)config.hasSection(section);
        (void)config.sectionLine(section);
        const QStringList keys = config.keys(section);
        for (const QString &key : keys) {
            (void)config.hasOption(section, key);
            (void)config.rawValue(section, key);
            (void)config.lineOf(section, key);
            // Each value may legitimately expand to ~1 MiB; bound the work per input.
            if (++interpolated <= 256) {
                const auto value = config.value(section, key);
                if (!value)
                    (void)value.error().toString();
            }
        }
    }
    for (const Diagnostic &d : std::as_const(diags))
        (void)d.toString();
    (void)IniConfig::pythonRepr(text);
    return 0;
}
