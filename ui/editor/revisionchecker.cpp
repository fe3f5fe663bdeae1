// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/revisionchecker.h"

#include "core/alembic/revisionscript.h"
#include "core/python/parser.h"
#include "core/python/sourcedecoder.h"

namespace Retort::Ui {
namespace {

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || (static_cast<unsigned char>(c) & 0x80);
}

void appendUnique(Core::DiagnosticList &list, const Core::Diagnostic &d)
{
    if (!list.contains(d))
        list.append(d);
}

} // namespace

RevisionCheck RevisionChecker::check(
    const QString &path, const QByteArray &bytes, const QByteArray &utf8) const
{
    RevisionCheck result;
    if (!m_revisionFile) {
        const auto text = Core::Python::decodeSource(bytes, path);
        if (!text)
            result.diagnostics.append(text.error());
        else
            result.diagnostics = Core::Python::parseModule(text.value(), path).diagnostics;
        findLinks(result, utf8);
        return result;
    }
    const Core::RevisionScript script
        = Core::readRevisionSource(path, bytes, Core::RevisionReadMode::Full);
    result.diagnostics = script.diagnostics;
    // upgrade/downgrade are set only when the module parsed: a broken module is not interpreted.
    if (script.upgrade || script.downgrade) {
        for (const auto direction :
            {Core::Ops::Direction::Upgrade, Core::Ops::Direction::Downgrade}) {
            const auto operations = Core::Ops::interpret(script, direction, m_context);
            if (!operations)
                appendUnique(result.diagnostics, operations.error());
        }
    }
    findLinks(result, utf8);
    return result;
}

void RevisionChecker::findLinks(RevisionCheck &result, const QByteArray &utf8) const
{
    if (m_targets.isEmpty())
        return;
    const char *data = utf8.constData();
    const int size = int(utf8.size());
    for (int i = 0; i < size;) {
        if (!isWordByte(data[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < size && isWordByte(data[i]))
            ++i;
        const auto it = m_targets.constFind(QString::fromUtf8(data + start, i - start));
        if (it != m_targets.cend())
            result.links.append(RevisionCheck::Link {start, i, it.value()});
    }
}

} // namespace Retort::Ui
