// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/makotemplate.h"

#include "core/project/makoevaluator.h"
#include "core/project/makolexer.h"
#include "core/project/makonode.h"

#include <QFile>

namespace Retort::Core {

struct MakoTemplate::Data
{
    QString fileName;
    std::vector<Mako::Node> nodes;
    std::vector<Mako::Node> moduleCode;
    std::vector<std::shared_ptr<const Python::Module>> modules;
    DiagnosticList diagnostics;
};

namespace {

using Mako::Node;

Diagnostic renderError(
    const QString &fileName, int line, const QString &what, const MakoError &error)
{
    return Diagnostic::error(QStringLiteral("template-render"),
        QStringLiteral("Template rendering failed in %1: %2").arg(what, error.message),
        SourceLocation {fileName, line, 0});
}

std::optional<Diagnostic> renderNodes(const std::vector<Node> &nodes, Mako::Evaluator &evaluator,
    QString &out, const QString &fileName);

//! `% for target in iterable:` ... `% endfor`.
std::optional<Diagnostic> renderFor(
    const Node &node, Mako::Evaluator &evaluator, QString &out, const QString &fileName)
{
    const QString what = QStringLiteral("a % for line");
    const auto iterable = evaluator.eval(node.expr);
    if (!iterable)
        return renderError(fileName, node.line, what, iterable.error());
    if (!iterable->isSequence() && !iterable->isString())
        return renderError(fileName, node.line, what,
            MakoError {QStringLiteral("TypeError: '%1' object is not iterable")
                           .arg(iterable->typeName())});
    std::vector<MakoValue> items = iterable->items();
    if (iterable->isString()) {
        for (const auto cp : iterable->text().toUcs4()) {
            const char32_t c = char32_t(cp);
            items.push_back(MakoValue::string(QString::fromUcs4(&c, 1)));
        }
    }
    for (const MakoValue &item : items) {
        if (auto error = evaluator.assign(node.target, item))
            return renderError(fileName, node.line, what, *error);
        if (auto error = renderNodes(node.body, evaluator, out, fileName))
            return error;
    }
    return std::nullopt;
}

//! Renders \a nodes into \a out; the first error stops the render.
std::optional<Diagnostic> renderNodes(const std::vector<Node> &nodes, Mako::Evaluator &evaluator,
    QString &out, const QString &fileName)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            out += node.text;
            break;
        case Node::Kind::Expression: {
            const auto value = evaluator.eval(node.expr);
            const auto text = value
                ? evaluator.filter(value.value(), node.filters, node.defaultFilters)
                : Expected<QString, MakoError>(value.error());
            if (!text)
                return renderError(fileName, node.line,
                    QStringLiteral("${%1}").arg(node.text.trimmed()), text.error());
            out += text.value();
            break;
        }
        case Node::Kind::If:
            for (const Node::Branch &branch : node.branches) {
                bool taken = true;
                if (branch.condition) {
                    const auto test = evaluator.eval(branch.condition);
                    if (!test)
                        return renderError(
                            fileName, branch.line, QStringLiteral("a % if line"), test.error());
                    taken = test->isTruthy();
                }
                if (taken) {
                    if (auto error = renderNodes(branch.body, evaluator, out, fileName))
                        return error;
                    break;
                }
            }
            break;
        case Node::Kind::For:
            if (auto error = renderFor(node, evaluator, out, fileName))
                return error;
            break;
        case Node::Kind::Code:
            for (const Python::Stmt *stmt : node.statements) {
                if (auto error = evaluator.exec(stmt))
                    return renderError(fileName, node.line + stmt->range.line - 1,
                        QStringLiteral("a <% %> block"), *error);
            }
            break;
        }
    }
    return std::nullopt;
}

//! Mako's magic encoding comment on the first line: `#.*coding[:=]\s*([-\w.]+)`.
QString codingName(const QByteArray &bytes)
{
    if (!bytes.startsWith('#'))
        return QString();
    const qsizetype newline = bytes.indexOf('\n');
    const QString line = QString::fromLatin1(bytes.left(newline < 0 ? bytes.size() : newline));
    const qsizetype at = line.indexOf(QLatin1String("coding"));
    if (at < 0 || at + 6 >= line.size()
        || (line.at(at + 6) != QLatin1Char(':') && line.at(at + 6) != QLatin1Char('=')))
        return QString();
    qsizetype i = at + 7;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    qsizetype end = i;
    while (end < line.size()
        && (line.at(end).isLetterOrNumber() || line.at(end) == QLatin1Char('-')
            || line.at(end) == QLatin1Char('_') || line.at(end) == QLatin1Char('.')))
        ++end;
    return line.mid(i, end - i).toLower();
}

} // namespace

MakoTemplate::MakoTemplate()
    : d(std::make_shared<Data>())
{ }

MakoTemplate MakoTemplate::fromSource(const QString &source, const QString &fileName)
{
    auto data = std::make_shared<Data>();
    data->fileName = fileName;
    Mako::Lexer lexer(source, fileName);
    lexer.run();
    data->nodes = lexer.takeNodes();
    data->moduleCode = lexer.takeModuleCode();
    data->modules = lexer.modules();
    data->diagnostics = lexer.diagnostics();
    MakoTemplate result;
    result.d = std::move(data);
    return result;
}

MakoTemplate MakoTemplate::failed(const QString &fileName, const Diagnostic &error)
{
    auto data = std::make_shared<Data>();
    data->fileName = fileName;
    data->diagnostics << error;
    MakoTemplate result;
    result.d = std::move(data);
    return result;
}

MakoTemplate MakoTemplate::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QString coding = codingName(body);
    if (coding == QLatin1String("latin-1") || coding == QLatin1String("latin1")
        || coding == QLatin1String("iso-8859-1"))
        return fromSource(QString::fromLatin1(body), fileName);
    if (!coding.isEmpty() && coding != QLatin1String("utf-8") && coding != QLatin1String("utf8")
        && coding != QLatin1String("ascii") && coding != QLatin1String("us-ascii"))
        return failed(fileName,
            Diagnostic::error(QStringLiteral("template-encoding"),
                QStringLiteral("The template's encoding '%1' is not supported").arg(coding),
                SourceLocation {fileName, 1, 0}));
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body)
        return failed(fileName,
            Diagnostic::error(QStringLiteral("template-encoding"),
                QStringLiteral("Unicode decode operation of encoding 'utf-8' failed"),
                SourceLocation {fileName, 0, 0}));
    return fromSource(text, fileName);
}

MakoTemplate MakoTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path,
            Diagnostic::error(QStringLiteral("template-read"),
                QStringLiteral("Cannot read the template %1: %2").arg(path, file.errorString()),
                SourceLocation {path, 0, 0}));
    return fromBytes(file.readAll(), path);
}

QString MakoTemplate::fileName() const
{
    return d->fileName;
}

const DiagnosticList &MakoTemplate::diagnostics() const
{
    return d->diagnostics;
}

bool MakoTemplate::isValid() const
{
    return !hasErrors(d->diagnostics);
}

Expected<QString, Diagnostic> MakoTemplate::render(const MakoRenderInput &input) const
{
    for (const Diagnostic &diagnostic : d->diagnostics) {
        if (diagnostic.severity == Severity::Error)
            return diagnostic;
    }
    Mako::Evaluator evaluator(input);
    QString out;
    if (auto error = renderNodes(d->moduleCode, evaluator, out, d->fileName))
        return *error;
    if (auto error = renderNodes(d->nodes, evaluator, out, d->fileName))
        return *error;
    return out;
}

} // namespace Retort::Core
