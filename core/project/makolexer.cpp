// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/makolexer.h"

#include "core/python/parser.h"

namespace Retort::Core::Mako {

using Python::Expr;
using Python::ExprKind;
using Python::Operator;

namespace {

//! Python's `\w` for str patterns.
bool isWord(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

//! Removes the indentation common to all non-blank lines, keeping the line structure.
QString dedent(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype common = -1;
    for (const QString &line : lines) {
        qsizetype indent = 0;
        while (indent < line.size() && isBlank(line.at(indent)))
            ++indent;
        if (indent < line.size() && line.at(indent) != QLatin1Char('\r')
            && (common < 0 || indent < common))
            common = indent;
    }
    if (common <= 0)
        return text;
    for (QString &line : lines)
        line.remove(0, std::min<qsizetype>(common, line.size()));
    return lines.join(QLatin1Char('\n'));
}

bool supportedOperator(Operator op)
{
    switch (op) {
    case Operator::Add:
    case Operator::Sub:
    case Operator::Mult:
    case Operator::FloorDiv:
    case Operator::Mod:
    case Operator::Not:
    case Operator::USub:
    case Operator::UAdd:
    case Operator::And:
    case Operator::Or:
        return true;
    default:
        return false;
    }
}

} // namespace

Lexer::Lexer(const QString &source, const QString &fileName)
    : m_src(source)
    , m_fileName(fileName)
{ }

void Lexer::fail(const QString &code, const QString &message, int line)
{
    m_diagnostics << Diagnostic::error(code, message, SourceLocation {m_fileName, line, 0});
    m_stopped = true;
}

void Lexer::unsupported(const QString &message, int line)
{
    m_diagnostics << Diagnostic::error(
        QStringLiteral("template-unsupported"), message, SourceLocation {m_fileName, line, 0});
}

bool Lexer::atLineStart(qsizetype position) const
{
    return position == 0 || m_src.at(position - 1) == QLatin1Char('\n');
}

void Lexer::advanceTo(qsizetype position)
{
    for (qsizetype i = m_pos; i < position && i < m_src.size(); ++i) {
        if (m_src.at(i) == QLatin1Char('\n'))
            ++m_line;
    }
    m_pos = position;
}

void Lexer::append(Node node)
{
    if (m_stack.empty()) {
        m_root.push_back(std::move(node));
        return;
    }
    Node &open = m_stack.back().node;
    if (open.kind == Node::Kind::If)
        open.branches.back().body.push_back(std::move(node));
    else
        open.body.push_back(std::move(node));
}

void Lexer::run()
{
    // Mako skips a first-line encoding comment (`# -*- coding: utf-8 -*-`) entirely.
    if (m_src.startsWith(QLatin1Char('#'))) {
        const qsizetype newline = m_src.indexOf(QLatin1Char('\n'));
        const QString first = m_src.left(newline);
        const qsizetype at = first.indexOf(QLatin1String("coding"));
        if (newline >= 0 && at >= 0 && at + 6 < first.size()
            && (first.at(at + 6) == QLatin1Char(':') || first.at(at + 6) == QLatin1Char('=')))
            advanceTo(newline + 1);
    }
    while (!m_stopped && m_pos < m_src.size()) {
        if (matchExpression() || matchControlLine() || matchDocComment() || matchTag()
            || matchTagEnd() || matchPythonBlock())
            continue;
        matchText();
    }
    if (!m_stopped && !m_stack.empty())
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Unterminated control keyword: '%1'").arg(m_stack.back().keyword),
            m_stack.back().node.line);
}

//! Mako's `(["']|"""|\'\'\')...\1` string rule: the end of the string at \a from, or -1.
qsizetype Lexer::stringEnd(qsizetype from) const
{
    const QChar quoteChar = m_src.at(from);
    const bool triple = QStringView(m_src).mid(from, 3) == QString(3, quoteChar);
    for (const qsizetype length : {qsizetype(triple ? 3 : 1), qsizetype(1)}) {
        const QString quote(int(length), quoteChar);
        for (qsizetype i = from + length; i < m_src.size(); ++i) {
            if (m_src.at(i) == QLatin1Char('\\'))
                ++i;
            else if (QStringView(m_src).mid(i).startsWith(quote))
                return i + length;
        }
        if (!triple)
            break;
    }
    return -1;
}

//! The delimiter of \a delimiters found at \a position, or an empty string.
QString Lexer::delimiterAt(qsizetype position, const QStringList &delimiters) const
{
    for (const QString &delimiter : delimiters) {
        if (QStringView(m_src).mid(position).startsWith(delimiter))
            return delimiter;
    }
    return QString();
}

std::optional<std::pair<QString, QString>> Lexer::parseUntil(
    bool watchNesting, const QStringList &delimiters)
{
    const qsizetype start = m_pos;
    int braces = 0, parens = 0, brackets = 0;
    auto count = [&](QStringView chunk) {
        braces += int(chunk.count(QLatin1Char('{')) - chunk.count(QLatin1Char('}')));
        parens += int(chunk.count(QLatin1Char('(')) - chunk.count(QLatin1Char(')')));
        brackets += int(chunk.count(QLatin1Char('[')) - chunk.count(QLatin1Char(']')));
    };
    while (m_pos < m_src.size()) {
        const QChar c = m_src.at(m_pos);
        if (c == QLatin1Char('#')) { // `#.*\n`: a comment up to and with the next newline
            const qsizetype newline = m_src.indexOf(QLatin1Char('\n'), m_pos);
            if (newline >= 0) {
                advanceTo(newline + 1);
                continue;
            }
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = stringEnd(m_pos);
            if (end >= 0) {
                advanceTo(end);
                continue;
            }
        }
        const QString delimiter = delimiterAt(m_pos, delimiters);
        if (!delimiter.isEmpty()) {
            const qsizetype before = m_pos;
            advanceTo(m_pos + delimiter.size());
            if (!watchNesting || (braces <= 0 && parens <= 0 && brackets <= 0))
                return std::make_pair(m_src.mid(start, before - start), delimiter);
            count(delimiter);
            continue;
        }
        // `(.*?)(?=["'#]|delimiter)`: up to the next quote, '#' or delimiter.
        qsizetype next = m_pos;
        while (next < m_src.size() && m_src.at(next) != QLatin1Char('"')
            && m_src.at(next) != QLatin1Char('\'') && m_src.at(next) != QLatin1Char('#')
            && delimiterAt(next, delimiters).isEmpty())
            ++next;
        if (next >= m_src.size())
            return std::nullopt;
        if (next == m_pos) { // an empty match: Mako steps over one character
            advanceTo(m_pos + 1);
            continue;
        }
        count(QStringView(m_src).mid(m_pos, next - m_pos));
        advanceTo(next);
    }
    return std::nullopt;
}

bool Lexer::matchExpression()
{
    if (!QStringView(m_src).mid(m_pos).startsWith(QLatin1String("${")))
        return false;
    const int line = m_line;
    advanceTo(m_pos + 2);
    const auto body = parseUntil(true, {QStringLiteral("|"), QStringLiteral("}")});
    std::optional<std::pair<QString, QString>> escapes;
    if (body && body->second == QLatin1String("|"))
        escapes = parseUntil(true, {QStringLiteral("}")});
    if (!body || (body->second == QLatin1String("|") && !escapes)) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Expected: } (the ${ expression is not closed)"), line);
        return true;
    }
    Node node;
    node.kind = Node::Kind::Expression;
    node.line = line;
    node.text = QString(body->first).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    node.expr = parseExpression(node.text, line);
    if (escapes)
        node.filters = parseFilters(escapes->first.trimmed(), line, &node.defaultFilters);
    if (node.expr)
        append(std::move(node));
    return true;
}

bool Lexer::matchControlLine()
{
    if (!atLineStart(m_pos))
        return false;
    qsizetype p = m_pos;
    while (p < m_src.size() && isBlank(m_src.at(p)))
        ++p;
    bool comment = false;
    if (p < m_src.size() && m_src.at(p) == QLatin1Char('%')
        && !(p + 1 < m_src.size() && m_src.at(p + 1) == QLatin1Char('%')))
        p += 1;
    else if (QStringView(m_src).mid(p).startsWith(QLatin1String("##")))
        comment = true, p += 2;
    else
        return false;
    while (p < m_src.size() && isBlank(m_src.at(p)))
        ++p;
    const qsizetype contentStart = p;
    while (p < m_src.size()) {
        const QStringView rest = QStringView(m_src).mid(p);
        if (rest.startsWith(QLatin1String("\\\n")) || rest.startsWith(QLatin1String("\\\r\n"))) {
            p += rest.at(1) == QLatin1Char('\r') ? 3 : 2;
            continue;
        }
        if (rest.at(0) == QLatin1Char('\r') || rest.at(0) == QLatin1Char('\n'))
            break;
        ++p;
    }
    const QString content = m_src.mid(contentStart, p - contentStart);
    qsizetype end = p;
    if (p < m_src.size()) {
        if (m_src.at(p) == QLatin1Char('\r')
            && !(p + 1 < m_src.size() && m_src.at(p + 1) == QLatin1Char('\n')))
            return false;
        end = p + (m_src.at(p) == QLatin1Char('\r') ? 2 : 1);
    }
    const int line = m_line;
    advanceTo(end);
    if (!comment)
        handleControl(content, line);
    return true;
}

bool Lexer::matchDocComment()
{
    if (!QStringView(m_src).mid(m_pos).startsWith(QLatin1String("<%doc>")))
        return false;
    const qsizetype close = m_src.indexOf(QLatin1String("</%doc>"), m_pos + 6);
    if (close < 0)
        return false;
    advanceTo(close + 7);
    return true;
}

bool Lexer::matchTag()
{
    if (!QStringView(m_src).mid(m_pos).startsWith(QLatin1String("<%")))
        return false;
    qsizetype p = m_pos + 2;
    while (p < m_src.size()
        && (isWord(m_src.at(p)) || m_src.at(p) == QLatin1Char('.')
            || m_src.at(p) == QLatin1Char(':')))
        ++p;
    if (p == m_pos + 2)
        return false;
    const QString keyword = m_src.mid(m_pos + 2, p - m_pos - 2);
    qsizetype q = p;
    while (q < m_src.size() && m_src.at(q) != QLatin1Char('>')) {
        if (m_src.at(q) == QLatin1Char('"') || m_src.at(q) == QLatin1Char('\'')) {
            q = m_src.indexOf(m_src.at(q), q + 1);
            if (q < 0)
                return false;
        }
        ++q;
    }
    if (q >= m_src.size())
        return false;
    const bool selfClosing = m_src.at(q - 1) == QLatin1Char('/');
    const QString attributes = m_src.mid(p, q - p - (selfClosing ? 1 : 0)).trimmed();
    const int line = m_line;
    if (keyword != QLatin1String("text") || !attributes.isEmpty()) {
        fail(QStringLiteral("template-unsupported"),
            QStringLiteral("The Mako tag <%%1> is not supported by Retort's template renderer")
                .arg(keyword),
            line);
        return true;
    }
    advanceTo(q + 1);
    if (selfClosing)
        return true;
    const qsizetype close = m_src.indexOf(QLatin1String("</%text>"), m_pos);
    if (close < 0) {
        fail(QStringLiteral("template-syntax"), QStringLiteral("Unclosed tag: <%text>"), line);
        return true;
    }
    Node node;
    node.kind = Node::Kind::Text;
    node.line = m_line;
    node.text = m_src.mid(m_pos, close - m_pos);
    advanceTo(close + 8);
    if (!node.text.isEmpty())
        append(std::move(node));
    return true;
}

bool Lexer::matchTagEnd()
{
    if (!QStringView(m_src).mid(m_pos).startsWith(QLatin1String("</%")))
        return false;
    const qsizetype close = m_src.indexOf(QLatin1Char('>'), m_pos);
    if (close < 0)
        return false;
    const QString name = m_src.mid(m_pos + 3, close - m_pos - 3).trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')) || name.contains(QLatin1Char('\t')))
        return false;
    fail(QStringLiteral("template-syntax"),
        QStringLiteral("Closing tag without opening tag: </%%1>").arg(name), m_line);
    return true;
}

bool Lexer::matchPythonBlock()
{
    if (!QStringView(m_src).mid(m_pos).startsWith(QLatin1String("<%")))
        return false;
    const int line = m_line;
    const bool isModule = m_pos + 2 < m_src.size() && m_src.at(m_pos + 2) == QLatin1Char('!');
    advanceTo(m_pos + (isModule ? 3 : 2));
    const auto body = parseUntil(false, {QStringLiteral("%>")});
    if (!body) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Expected: %> (the <% block is not closed)"), line);
        return true;
    }
    const Python::Module *module = parsePython(dedent(body->first) + QLatin1Char('\n'), line);
    if (!module)
        return true;
    Node node;
    node.kind = Node::Kind::Code;
    node.line = line;
    node.statements = module->body();
    checkStatements(node.statements, line);
    if (isModule)
        m_moduleCode.push_back(std::move(node));
    else
        append(std::move(node));
    return true;
}

void Lexer::matchText()
{
    qsizetype p = m_pos;
    qsizetype escapedNewline = 0;
    for (; p < m_src.size(); ++p) {
        if (p > 0 && m_src.at(p - 1) == QLatin1Char('\n')) {
            qsizetype q = p;
            while (q < m_src.size() && isBlank(m_src.at(q)))
                ++q;
            if (q < m_src.size() && m_src.at(q) == QLatin1Char('%'))
                break;
            if (QStringView(m_src).mid(q).startsWith(QLatin1String("##")))
                break;
        }
        const QStringView rest = QStringView(m_src).mid(p);
        if (rest.startsWith(QLatin1String("${")) || rest.startsWith(QLatin1String("<%"))
            || rest.startsWith(QLatin1String("</%")) || rest.startsWith(QLatin1String("<&"))
            || rest.startsWith(QLatin1String("</&")))
            break;
        if (rest.startsWith(QLatin1String("\\\n")) || rest.startsWith(QLatin1String("\\\r\n"))) {
            escapedNewline = rest.at(1) == QLatin1Char('\r') ? 3 : 2;
            break;
        }
    }
    if (p > m_pos) {
        Node node;
        node.kind = Node::Kind::Text;
        node.line = m_line;
        node.text = m_src.mid(m_pos, p - m_pos);
        append(std::move(node));
    }
    const qsizetype end = p + escapedNewline;
    advanceTo(end == m_pos ? end + 1 : end); // an empty match: Mako steps over one character
}

void Lexer::handleControl(const QString &content, int line)
{
    if (content.isEmpty() || !isWord(content.at(0))) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Invalid control line: '%1'").arg(content), line);
        return;
    }
    const bool isEnd
        = content.startsWith(QLatin1String("end")) && content.size() > 3 && isWord(content.at(3));
    qsizetype end = isEnd ? 3 : 0;
    while (end < content.size() && isWord(content.at(end)))
        ++end;
    const QString keyword = content.mid(isEnd ? 3 : 0, end - (isEnd ? 3 : 0));
    if (isEnd) {
        closeControl(keyword, content, line);
        return;
    }
    if (keyword == QLatin1String("if") || keyword == QLatin1String("for")) {
        openControl(keyword, content, line);
        return;
    }
    if (keyword == QLatin1String("elif") || keyword == QLatin1String("else")) {
        addBranch(keyword, content, line);
        return;
    }
    static const QStringList unsupportedKeywords = {QStringLiteral("while"), QStringLiteral("try"),
        QStringLiteral("with"), QStringLiteral("except"), QStringLiteral("finally")};
    if (unsupportedKeywords.contains(keyword)) {
        fail(QStringLiteral("template-unsupported"),
            QStringLiteral("'% %1' control lines are not supported by Retort's template renderer")
                .arg(keyword),
            line);
        return;
    }
    if (!m_stack.empty()) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Keyword '%1' not a legal ternary for keyword '%2'")
                .arg(keyword, m_stack.back().keyword),
            line);
        return;
    }
    fail(QStringLiteral("template-syntax"),
        QStringLiteral("Fragment '%1' is not a partial control statement").arg(content), line);
}

//! `% if ...:` / `% for ... in ...:` opens a block (its Python parsed as `<line>\n    pass`).
void Lexer::openControl(const QString &keyword, const QString &content, int line)
{
    const Python::Module *module = parsePython(content + QLatin1String("\n    pass\n"), line);
    if (!module)
        return;
    const Python::Stmt *stmt = module->body().empty() ? nullptr : module->body().front();
    Node node;
    node.line = line;
    if (keyword == QLatin1String("if") && stmt && stmt->kind == Python::StmtKind::If) {
        node.kind = Node::Kind::If;
        node.branches.push_back({stmt->value, line, {}});
        checkExpression(stmt->value, line);
    } else if (stmt && stmt->kind == Python::StmtKind::For && !stmt->isAsync) {
        node.kind = Node::Kind::For;
        node.target = stmt->targets.front();
        node.expr = stmt->value;
        checkExpression(node.target, line);
        checkExpression(node.expr, line);
    } else {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Invalid control line: '%1'").arg(content), line);
        return;
    }
    m_stack.push_back({keyword, std::move(node)});
}

void Lexer::closeControl(const QString &keyword, const QString &content, int line)
{
    if (m_stack.empty()) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("No starting keyword '%1' for '%2'").arg(keyword, content), line);
        return;
    }
    if (m_stack.back().keyword != keyword) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Keyword '%1' doesn't match keyword '%2'")
                .arg(content, m_stack.back().keyword),
            line);
        return;
    }
    Node node = std::move(m_stack.back().node);
    m_stack.pop_back();
    append(std::move(node));
}

void Lexer::addBranch(const QString &keyword, const QString &content, int line)
{
    if (m_stack.empty()) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("'% %1' without an open '% if'").arg(keyword), line);
        return;
    }
    Frame &frame = m_stack.back();
    if (frame.keyword == QLatin1String("for") && keyword == QLatin1String("else")) {
        fail(QStringLiteral("template-unsupported"),
            QStringLiteral("'% else' after '% for' is not supported"), line);
        return;
    }
    if (frame.keyword != QLatin1String("if")) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Keyword '%1' not a legal ternary for keyword '%2'")
                .arg(keyword, frame.keyword),
            line);
        return;
    }
    if (!frame.node.branches.back().condition) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("'% %1' after '% else'").arg(keyword), line);
        return;
    }
    // `elif x:` parses as `if x:`; `else:` must be just that (a comment may follow).
    const QString asIf = keyword == QLatin1String("elif")
        ? content.mid(2)
        : QStringLiteral("if True") + content.mid(4);
    const Python::Module *module = parsePython(asIf + QLatin1String("\n    pass\n"), line);
    if (!module)
        return;
    const Python::Stmt *stmt = module->body().empty() ? nullptr : module->body().front();
    if (!stmt || stmt->kind != Python::StmtKind::If) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Invalid control line: '%1'").arg(content), line);
        return;
    }
    const Expr *condition = keyword == QLatin1String("elif") ? stmt->value : nullptr;
    if (condition)
        checkExpression(condition, line);
    frame.node.branches.push_back({condition, line, {}});
}

const Python::Module *Lexer::parsePython(const QString &source, int line)
{
    Python::ParseResult parsed = Python::parseModule(source, m_fileName);
    if (!parsed.ok()) {
        for (const Diagnostic &d : parsed.diagnostics) {
            if (d.severity == Severity::Error) {
                fail(QStringLiteral("template-syntax"),
                    QStringLiteral("Python syntax error: %1").arg(d.message),
                    line + std::max(d.location.line, 1) - 1);
                break;
            }
        }
        return nullptr;
    }
    m_modules.push_back(parsed.module);
    return parsed.module.get();
}

const Expr *Lexer::parseExpression(const QString &text, int line)
{
    // Mako parses the expression as a statement of its own (so no line break outside brackets).
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    line += int(QStringView(text).left(start).count(QLatin1Char('\n')));
    const Python::Module *module = parsePython(text.mid(start) + QLatin1Char('\n'), line);
    if (!module)
        return nullptr;
    if (module->body().size() != 1 || module->body().front()->kind != Python::StmtKind::Expr) {
        fail(QStringLiteral("template-syntax"),
            QStringLiteral("Invalid expression: ${%1}").arg(text), line);
        return nullptr;
    }
    const Expr *expr = module->body().front()->value;
    checkExpression(expr, line);
    return expr;
}

QStringList Lexer::parseFilters(const QString &escapes, int line, bool *defaultFilters)
{
    QStringList names;
    if (escapes.isEmpty())
        return names;
    const Python::Module *module
        = parsePython(QLatin1Char('(') + escapes + QLatin1String(",)\n"), line);
    if (!module)
        return names;
    const Expr *tuple = module->body().front()->value;
    for (const Expr *item : tuple->children) {
        if (item->kind != ExprKind::Name) {
            unsupported(
                QStringLiteral("Only plain filter names are supported in ${... | %1}").arg(escapes),
                line);
            continue;
        }
        if (item->value == QLatin1String("n"))
            *defaultFilters = false;
        else if (item->value == QLatin1String("entity") || item->value == QLatin1String("decode"))
            unsupported(
                QStringLiteral("The Mako filter '%1' is not supported").arg(item->value), line);
        else
            names << item->value;
    }
    return names;
}

void Lexer::checkExpression(const Expr *e, int firstLine)
{
    if (!e)
        return;
    const int line = firstLine + std::max(e->range.line, 1) - 1;
    bool ok = true;
    switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::NoneLiteral:
    case ExprKind::True:
    case ExprKind::False:
    case ExprKind::Int:
    case ExprKind::String:
    case ExprKind::FString:
    case ExprKind::FormattedValue:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::Attribute:
    case ExprKind::Call:
    case ExprKind::Subscript:
    case ExprKind::Slice:
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
        break;
    case ExprKind::UnaryOp:
    case ExprKind::BinOp:
        ok = supportedOperator(e->op);
        break;
    default:
        ok = false;
    }
    if (e->kind == ExprKind::FormattedValue && e->child(1) && !e->child(1)->value.isEmpty())
        ok = false;
    if (!ok) {
        const QString what = e->kind == ExprKind::UnaryOp || e->kind == ExprKind::BinOp
            ? QStringLiteral("the operator '%1'").arg(Python::operatorText(e->op))
            : e->kind == ExprKind::FormattedValue
            ? QStringLiteral("f-string format specs")
            : QStringLiteral("%1 expressions").arg(Python::exprKindName(e->kind));
        unsupported(
            QStringLiteral("Retort's template renderer does not support %1").arg(what), line);
        return;
    }
    for (const Expr *child : e->children) {
        if (child && e->kind == ExprKind::Call
            && (child->kind == ExprKind::Keyword || child->kind == ExprKind::Starred)) {
            unsupported(
                QStringLiteral(
                    "Retort's template renderer does not support keyword or starred arguments"),
                line);
            continue;
        }
        if (e->kind == ExprKind::FormattedValue && child == e->child(1))
            continue;
        checkExpression(child, firstLine);
    }
}

void Lexer::checkStatements(const std::vector<const Python::Stmt *> &statements, int firstLine)
{
    for (const Python::Stmt *s : statements) {
        const int line = firstLine + std::max(s->range.line, 1) - 1;
        switch (s->kind) {
        case Python::StmtKind::Pass:
        case Python::StmtKind::Import:
            break;
        case Python::StmtKind::Expr:
            checkExpression(s->value, firstLine);
            break;
        case Python::StmtKind::Assign:
        case Python::StmtKind::AugAssign:
            for (const Expr *target : s->targets)
                checkExpression(target, firstLine);
            checkExpression(s->value, firstLine);
            break;
        default:
            unsupported(
                QStringLiteral(
                    "Retort's template renderer does not support '%1' statements in <% %> blocks")
                    .arg(Python::stmtKindName(s->kind)),
                line);
        }
    }
}

} // namespace Retort::Core::Mako
