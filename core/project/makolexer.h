// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Internal to MakoTemplate: splits template source into nodes the way Mako 1.2's lexer does.
#pragma once

#include "core/common/diagnostic.h"
#include "core/project/makonode.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Retort::Core::Mako {

/*! Mako's lexer, rule for rule (mako/lexer.py: the same match order, the same one-character
    skip after an empty text match — which is how `%%` at a line start becomes `%` — and the
    same scanning of `${...}` and `<% %>` bodies around strings and comments), building the
    node tree directly. Python pieces are parsed with Retort's Python parser and checked against
    the supported subset. The first Mako syntax error or unsupported tag stops lexing;
    unsupported Python constructs are all reported. Single use; one thread. */
class Lexer
{
public:
    Lexer(const QString &source, const QString &fileName);

    void run();

    std::vector<Node> takeNodes() { return std::move(m_root); }
    //! `<%! %>` blocks, run before the template body.
    std::vector<Node> takeModuleCode() { return std::move(m_moduleCode); }
    const std::vector<std::shared_ptr<const Python::Module>> &modules() const { return m_modules; }
    const DiagnosticList &diagnostics() const { return m_diagnostics; }

private:
    struct Frame
    {
        QString keyword;
        Node node;
    };

    bool matchExpression();
    bool matchControlLine();
    bool matchDocComment();
    bool matchTag();
    bool matchTagEnd();
    bool matchPythonBlock();
    void matchText();
    void handleControl(const QString &content, int line);
    void openControl(const QString &keyword, const QString &content, int line);
    void closeControl(const QString &keyword, const QString &content, int line);
    void addBranch(const QString &keyword, const QString &content, int line);

    std::optional<std::pair<QString, QString>> parseUntil(
        bool watchNesting, const QStringList &delimiters);
    qsizetype stringEnd(qsizetype from) const;
    QString delimiterAt(qsizetype position, const QStringList &delimiters) const;
    void advanceTo(qsizetype position);
    void append(Node node);
    bool atLineStart(qsizetype position) const;

    const Python::Module *parsePython(const QString &source, int line);
    const Python::Expr *parseExpression(const QString &text, int line);
    QStringList parseFilters(const QString &escapes, int line, bool *defaultFilters);
    void checkExpression(const Python::Expr *expr, int firstLine);
    void checkStatements(const std::vector<const Python::Stmt *> &statements, int firstLine);

    void fail(const QString &code, const QString &message, int line);
    void unsupported(const QString &message, int line);

    QString m_src;
    QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_stopped = false;
    std::vector<Node> m_root;
    std::vector<Node> m_moduleCode;
    std::vector<Frame> m_stack;
    std::vector<std::shared_ptr<const Python::Module>> m_modules;
    DiagnosticList m_diagnostics;
};

} // namespace Retort::Core::Mako
