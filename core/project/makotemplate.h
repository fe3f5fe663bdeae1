// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/project/makovalue.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Retort::Core {

/*! What a template is rendered with: the variables (Alembic's `up_revision`, `down_revision`,
    `branch_labels`, `depends_on`, `create_date`, `message`, `comma`, `config`, optionally
    `upgrades`, `downgrades`, `imports`), and the answer to `config.get_main_option(name)`.
    A name that is not in `variables` is Mako's UNDEFINED (false; an error when printed);
    Python builtins (`repr`, `str`, `len`, `chr`, ...) need not be passed. */
struct MakoRenderInput
{
    QHash<QString, MakoValue> variables;
    //! Backs the `config` object's get_main_option(); null: calling it is an error.
    std::function<std::optional<QString>(const QString &)> mainOption;
};

/*! A `script.py.mako` template: the part of Mako that revision templates use, rendered
    without Python and byte for byte as Mako 1.2 renders it.

    Supported: text (`\` + newline joins lines); `${expr}` with the filters `n`, `str`,
    `h`, `x`, `u`, `trim` and callables such as `comma` or `repr` (the default filter `str`
    applies unless `n` is given); `% if/elif/else/endif` and `% for/endfor` control lines
    (a `\` continues them); `##` comment lines and `<%doc>`; `<%text>` raw blocks; `<% %>` and
    `<%! %>` blocks made of assignments, expression statements and `import` (only `re` is
    usable); `%%` at the start of a line. Expressions are a Python subset: literals (no float),
    names, tuples, lists, attribute/method calls, subscripts and slices, `not`/`and`/`or`,
    comparisons, `x if c else y`, `+ - * // %` (string `%` formatting included), f-strings
    without format specs; builtins repr, str, len, chr, ord, bool, int, tuple, list, sorted,
    isinstance; str methods; `config.get_main_option`, `context.get`, `re.split`, `re.sub`;
    datetime fields, `isoformat()`, `strftime()`.

    Anything else is reported when the template is parsed: "template-syntax" (what Mako itself
    rejects, with Mako's wording where it has one) and "template-unsupported" (valid Mako that
    Retort cannot render, e.g. `<%def>`, `% while`, a lambda), each at its file and line.
    Rendering then fails with the first of them. Errors while rendering (an undefined name
    printed, a type error) are "template-render" at the line of the construct.

    A value type, immutable after parsing; safe to render from several threads at once. */
class MakoTemplate
{
public:
    MakoTemplate(); //!< an empty template (renders to "")

    static MakoTemplate fromSource(const QString &source, const QString &fileName = {});
    /*! Decodes \a bytes as Mako does (a UTF-8 BOM is skipped; UTF-8 unless a first-line
        `coding:` comment names another encoding; only UTF-8/ASCII/Latin-1 are known). */
    static MakoTemplate fromBytes(const QByteArray &bytes, const QString &fileName);
    //! Reads \a path; an unreadable file gives a "template-read" error.
    static MakoTemplate fromFile(const QString &path);

    QString fileName() const;
    //! Everything found while parsing.
    const DiagnosticList &diagnostics() const;
    //! True when parsing found no error (rendering may still fail on the values).
    bool isValid() const;

    //! The rendered text, or the first problem (a parse error, or "template-render").
    Expected<QString, Diagnostic> render(const MakoRenderInput &input) const;

    struct Data; //!< implementation detail (makotemplate.cpp)

private:
    static MakoTemplate failed(const QString &fileName, const Diagnostic &error);
    std::shared_ptr<const Data> d;
};

} // namespace Retort::Core
