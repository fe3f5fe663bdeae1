// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// libFuzzer target: any bytes as a revision file. The reader must never crash, hang or leak,
// and the resulting tree must be walkable.
#include "core/alembic/revisionscript.h"
#include "core/python/astdump.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Retort::Core::RevisionScript script =
        Retort::Core::readRevisionSource(QStringLiteral("versions/0123abcd.py"), bytes);
    if (script.module)
        (void)Retort::Core::Python::AstDump(true).module(*script.module);
    (void)script.isUsable();
    return 0;
}
