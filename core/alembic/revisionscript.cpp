// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/revisionscript.h"

#include "core/python/parser.h"
#include "core/python/sourcedecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <array>
#include <optional>

namespace Retort::Core {

using Python::Expr;
using Python::ExprKind;
using Python::Stmt;
using Python::StmtKind;

namespace {

enum HeaderVar { Revision, DownRevision, BranchLabels, DependsOn, HeaderCount };
constexpr std::array<const char *, HeaderCount> headerNames = {"revision", "down_revision", "branch_labels", "depends_on"};

int headerIndex(const QString &name)
{
    for (int i = 0; i < HeaderCount; ++i) {
        if (name == QLatin1String(headerNames[size_t(i)]))
            return i;
    }
    return -1;
}

//! What a name holds after an assignment, as far as a static reader can tell.
struct Binding
{
    enum class Shape { None, String, Sequence };
    bool literal = false;
    Shape shape = Shape::None;
    QStringList items;
    QString reason; //!< why the value is not a literal ("a call to 'f'")
    SourceLocation valueAt;
    SourceLocation targetAt;
};

struct ConditionalAssignment
{
    int var;
    QString block;
    SourceLocation at;
};

QString dottedName(const Expr *e)
{
    if (e->kind == ExprKind::Name)
        return e->value;
    if (e->kind == ExprKind::Attribute) {
        const QString base = dottedName(e->children[0]);
        return base.isEmpty() ? QString() : base + QLatin1Char('.') + e->value;
    }
    return {};
}

//! "an 'if' block", "a 'try' block", ...
QString blockName(StmtKind kind)
{
    switch (kind) {
    case StmtKind::If: return QStringLiteral("an 'if' block");
    case StmtKind::For: return QStringLiteral("a 'for' loop");
    case StmtKind::While: return QStringLiteral("a 'while' loop");
    case StmtKind::With: return QStringLiteral("a 'with' block");
    default: return QStringLiteral("a 'try' block");
    }
}

/*! Walks the top-level statements in order, tracking which names hold literal values, and
    fills the header fields of a RevisionScript. */
class HeaderReader
{
public:
    HeaderReader(const QString &path, RevisionScript &out) : m_path(path), m_out(out) {}

    void scan(const Python::Module &module);
    void finish();

private:
    SourceLocation at(const Python::SourceRange &r) const { return SourceLocation{m_path, r.line, r.column}; }
    Binding evaluate(const Expr *value) const;
    Binding notLiteral(const QString &reason, const SourceLocation &where) const;
    void assign(const Expr *target, const Expr *value, const Binding &binding);
    void bind(const QString &name, const Binding &binding, const SourceLocation &targetAt);
    void bindUnknownNames(const Expr *target, const QString &reason);
    void scanConditional(const std::vector<const Stmt *> &body, const QString &block);
    void noteConditional(const QString &name, const QString &block, const SourceLocation &where);
    void scanStatement(const Stmt *s);
    void finishRevision();
    void finishDownRevision();
    QStringList finishList(int var, SourceLocation *where);

    QString m_path;
    RevisionScript &m_out;
    std::array<std::optional<Binding>, HeaderCount> m_header;
    QHash<QString, Binding> m_names;
    QList<ConditionalAssignment> m_conditional;
};

Binding HeaderReader::notLiteral(const QString &reason, const SourceLocation &where) const
{
    Binding b;
    b.reason = reason;
    b.valueAt = where;
    return b;
}

Binding HeaderReader::evaluate(const Expr *value) const
{
    Binding b;
    b.valueAt = at(value->range);
    switch (value->kind) {
    case ExprKind::String:
        b.literal = true;
        b.shape = Binding::Shape::String;
        b.items = QStringList{value->value};
        return b;
    case ExprKind::NoneLiteral:
        b.literal = true;
        return b;
    case ExprKind::FString: {
        QString text;
        for (const Expr *part : value->children) {
            if (part->kind != ExprKind::String)
                return notLiteral(QStringLiteral("an f-string with replacement fields"), b.valueAt);
            text += part->value;
        }
        b.literal = true;
        b.shape = Binding::Shape::String;
        b.items = QStringList{text};
        return b;
    }
    case ExprKind::Tuple:
    case ExprKind::List:
        b.literal = true;
        b.shape = Binding::Shape::Sequence;
        for (const Expr *item : value->children) {
            const Binding element = evaluate(item);
            if (!element.literal)
                return notLiteral(element.reason + QStringLiteral(" inside a sequence"), element.valueAt);
            if (element.shape != Binding::Shape::String)
                return notLiteral(QStringLiteral("a sequence holding something other than strings"), element.valueAt);
            b.items += element.items;
        }
        return b;
    case ExprKind::Name: {
        const auto it = m_names.constFind(value->value);
        if (it == m_names.cend())
            return notLiteral(QStringLiteral("the name '%1', which is not assigned earlier in the file").arg(value->value), b.valueAt);
        if (!it->literal)
            return notLiteral(QStringLiteral("the name '%1', which is %2").arg(value->value, it->reason), b.valueAt);
        Binding alias = *it;
        alias.valueAt = b.valueAt;
        return alias;
    }
    case ExprKind::Call: {
        const QString callee = dottedName(value->children[0]);
        return notLiteral(callee.isEmpty() ? QStringLiteral("a function call") : QStringLiteral("a call to '%1'").arg(callee), b.valueAt);
    }
    case ExprKind::Attribute:
        return notLiteral(QStringLiteral("the attribute '%1'").arg(dottedName(value)), b.valueAt);
    case ExprKind::BinOp:
        return notLiteral(QStringLiteral("an expression using '%1'").arg(Python::operatorText(value->op)), b.valueAt);
    case ExprKind::Bytes:
        return notLiteral(QStringLiteral("a bytes literal"), b.valueAt);
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::Imaginary:
        return notLiteral(QStringLiteral("a number"), b.valueAt);
    default:
        return notLiteral(QStringLiteral("an expression"), b.valueAt);
    }
}

void HeaderReader::bind(const QString &name, const Binding &binding, const SourceLocation &targetAt)
{
    m_names.insert(name, binding);
    const int var = headerIndex(name);
    if (var < 0)
        return;
    Binding header = binding;
    header.targetAt = targetAt;
    m_header[size_t(var)] = header;
}

void HeaderReader::bindUnknownNames(const Expr *target, const QString &reason)
{
    if (target->kind == ExprKind::Name) {
        bind(target->value, notLiteral(reason, at(target->range)), at(target->range));
    } else if (target->kind == ExprKind::Tuple || target->kind == ExprKind::List || target->kind == ExprKind::Starred) {
        for (const Expr *c : target->children)
            bindUnknownNames(c, reason);
    }
}

void HeaderReader::assign(const Expr *target, const Expr *value, const Binding &binding)
{
    if (target->kind == ExprKind::Name) {
        bind(target->value, binding, at(target->range));
        return;
    }
    if (target->kind != ExprKind::Tuple && target->kind != ExprKind::List)
        return; // attribute or subscript targets bind no module name
    const bool pairwise = value && (value->kind == ExprKind::Tuple || value->kind == ExprKind::List)
                          && value->children.size() == target->children.size();
    for (size_t i = 0; i < target->children.size(); ++i) {
        const Expr *t = target->children[i];
        if (pairwise && t->kind != ExprKind::Starred && value->children[i]->kind != ExprKind::Starred)
            assign(t, value->children[i], evaluate(value->children[i]));
        else
            bindUnknownNames(t, QStringLiteral("assigned by unpacking"));
    }
}

void HeaderReader::noteConditional(const QString &name, const QString &block, const SourceLocation &where)
{
    m_names.insert(name, notLiteral(QStringLiteral("assigned inside %1").arg(block), where));
    const int var = headerIndex(name);
    if (var >= 0)
        m_conditional.append(ConditionalAssignment{var, block, where});
}

void HeaderReader::scanConditional(const std::vector<const Stmt *> &body, const QString &block)
{
    // Names bound in a module-level block may or may not be bound at run time.
    std::vector<const Expr *> targets;
    const auto collect = [&](const Expr *t, const auto &self) -> void {
        if (t->kind == ExprKind::Name)
            noteConditional(t->value, block, at(t->range));
        else if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List || t->kind == ExprKind::Starred)
            for (const Expr *c : t->children)
                self(c, self);
    };
    for (const Stmt *s : body) {
        const SourceLocation where = at(s->range);
        switch (s->kind) {
        case StmtKind::Assign: case StmtKind::AugAssign: case StmtKind::AnnAssign: case StmtKind::For:
            for (const Expr *t : s->targets)
                collect(t, collect);
            break;
        case StmtKind::FunctionDef: case StmtKind::ClassDef:
            noteConditional(s->name, block, where);
            break;
        case StmtKind::Import: case StmtKind::ImportFrom:
            for (const Python::Alias &a : s->aliases)
                noteConditional(a.asName.isEmpty() ? a.name.section(QLatin1Char('.'), 0, 0) : a.asName, block, where);
            break;
        default:
            break;
        }
        for (const Python::WithItem &item : s->items) {
            if (item.target)
                collect(item.target, collect);
        }
        scanConditional(s->body, block);
        scanConditional(s->orelse, block);
        scanConditional(s->finalBody, block);
        for (const Python::ExceptHandler &h : s->handlers) {
            if (!h.name.isEmpty())
                noteConditional(h.name, block, at(h.range));
            scanConditional(h.body, block);
        }
    }
}

void HeaderReader::scanStatement(const Stmt *s)
{
    switch (s->kind) {
    case StmtKind::Assign: {
        const Binding value = evaluate(s->value);
        for (const Expr *t : s->targets)
            assign(t, s->value, value);
        break;
    }
    case StmtKind::AnnAssign:
        if (s->value)
            assign(s->targets[0], s->value, evaluate(s->value));
        break;
    case StmtKind::AugAssign:
        bindUnknownNames(s->targets[0], QStringLiteral("changed by an augmented assignment ('%1=')").arg(Python::operatorText(s->op)));
        break;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
        for (const Python::Alias &a : s->aliases) {
            const QString name = a.asName.isEmpty() ? a.name.section(QLatin1Char('.'), 0, 0) : a.asName;
            const SourceLocation where = SourceLocation{m_path, a.range.line, a.range.column};
            bind(name, notLiteral(QStringLiteral("imported"), where), where);
        }
        break;
    case StmtKind::FunctionDef:
    case StmtKind::ClassDef:
        bind(s->name, notLiteral(QStringLiteral("a function or class"), at(s->range)), at(s->range));
        break;
    case StmtKind::Delete:
        for (const Expr *t : s->targets) {
            if (t->kind == ExprKind::Name) {
                m_names.remove(t->value);
                if (const int var = headerIndex(t->value); var >= 0)
                    m_header[size_t(var)].reset();
            }
        }
        break;
    case StmtKind::If: case StmtKind::For: case StmtKind::While: case StmtKind::With: case StmtKind::Try:
    case StmtKind::TryStar: {
        std::vector<const Stmt *> self{s};
        scanConditional(self, blockName(s->kind));
        break;
    }
    default:
        break;
    }
}

void HeaderReader::scan(const Python::Module &module)
{
    for (const Stmt *s : module.body())
        scanStatement(s);
}

QStringList HeaderReader::finishList(int var, SourceLocation *where)
{
    const std::optional<Binding> &b = m_header[size_t(var)];
    if (!b)
        return {};
    *where = b->targetAt;
    if (!b->literal)
        return {};
    return b->items; // None gives no items; a string one; a sequence its items
}

void HeaderReader::finishRevision()
{
    const std::optional<Binding> &b = m_header[Revision];
    if (b) {
        m_out.revisionAt = b->targetAt;
        if (!b->literal)
            return;
        if (b->shape != Binding::Shape::String) {
            m_out.diagnostics.append(Diagnostic::error(
                QStringLiteral("revision-not-string"),
                QStringLiteral("revision must be a string, not %1").arg(b->shape == Binding::Shape::None ? QStringLiteral("None")
                                                                                                         : QStringLiteral("a sequence")),
                b->valueAt));
            return;
        }
        m_out.revision = b->items.first();
        return;
    }
    for (const ConditionalAssignment &c : m_conditional) {
        if (c.var == Revision)
            return; // reported as needs-python; Python would not use the file name either
    }
    // Alembic's legacy rule: re.match(r"([a-f0-9]+)\.py$", filename)
    const QString name = QFileInfo(m_path).fileName();
    bool legacy = name.endsWith(QLatin1String(".py")) && name.size() > 3;
    for (const QChar c : QStringView(name).left(name.size() - 3)) {
        const char16_t u = c.unicode();
        legacy = legacy && ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f'));
    }
    if (legacy) {
        m_out.revision = name.left(name.size() - 3);
        return;
    }
    m_out.diagnostics.append(Diagnostic::error(
        QStringLiteral("no-revision-id"),
        QStringLiteral("Could not determine revision id from filename %1. Be sure the 'revision' variable is "
                       "declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the "
                       "documentation).").arg(name),
        SourceLocation{m_path, 0, 0}));
}

void HeaderReader::finishDownRevision()
{
    const std::optional<Binding> &b = m_header[DownRevision];
    if (!b) {
        for (const ConditionalAssignment &c : m_conditional) {
            if (c.var == DownRevision)
                return;
        }
        m_out.diagnostics.append(Diagnostic::error(
            QStringLiteral("no-down-revision"),
            QStringLiteral("Revision file defines no 'down_revision' (Alembic requires it; use None for a base revision)"),
            SourceLocation{m_path, 0, 0}));
        return;
    }
    m_out.hasDownRevision = true;
    m_out.downRevisionAt = b->targetAt;
    if (!b->literal || (b->shape == Binding::Shape::String && b->items.first().isEmpty()))
        return; // "" is falsy: a base revision, like None
    m_out.downRevisions = b->items;
}

void HeaderReader::finish()
{
    for (int var = 0; var < HeaderCount; ++var) {
        const std::optional<Binding> &b = m_header[size_t(var)];
        const bool essential = var == Revision || var == DownRevision;
        const QString name = QLatin1String(headerNames[size_t(var)]);
        if (b && !b->literal) {
            const QString message = QStringLiteral("%1 is not a literal value (%2); Retort reads revision headers without "
                                                   "running Python").arg(name, b->reason);
            m_out.diagnostics.append(essential ? Diagnostic::error(QStringLiteral("needs-python"), message, b->valueAt)
                                               : Diagnostic::warning(QStringLiteral("needs-python"), message, b->valueAt));
        }
        for (const ConditionalAssignment &c : m_conditional) {
            if (c.var != var)
                continue;
            // One report per variable: the first conditional assignment.
            if (b) {
                m_out.diagnostics.append(Diagnostic::warning(
                    QStringLiteral("needs-python"),
                    QStringLiteral("%1 is also assigned inside %2; Retort uses the top-level value (line %3)")
                        .arg(name, c.block).arg(b->targetAt.line),
                    c.at));
            } else {
                const QString message = QStringLiteral("%1 is assigned only inside %2; Retort reads revision "
                                                       "headers without running Python").arg(name, c.block);
                m_out.diagnostics.append(essential ? Diagnostic::error(QStringLiteral("needs-python"), message, c.at)
                                                   : Diagnostic::warning(QStringLiteral("needs-python"), message, c.at));
            }
            break;
        }
    }
    finishRevision();
    finishDownRevision();
    m_out.branchLabels = finishList(BranchLabels, &m_out.branchLabelsAt);
    m_out.dependsOn = finishList(DependsOn, &m_out.dependsOnAt);
}

//! Alembic's revision id check (Revision.verify_rev_id), plus ':' which Alembic 1.17.1 rejects.
void checkRevisionCharacters(RevisionScript &script)
{
    QStringList illegal;
    for (const char c : {'+', '-', '@'}) {
        if (script.revision.contains(QLatin1Char(c)))
            illegal.append(QString(QLatin1Char(c)));
    }
    const SourceLocation where = script.revisionAt.line > 0 ? script.revisionAt : SourceLocation{script.filePath, 0, 0};
    if (!illegal.isEmpty()) {
        script.diagnostics.append(Diagnostic::error(
            QStringLiteral("illegal-revision-char"),
            QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'").arg(illegal.join(QLatin1String(", ")), script.revision),
            where));
    }
    if (script.revision.contains(QLatin1Char(':'))) {
        script.diagnostics.append(Diagnostic::warning(
            QStringLiteral("illegal-revision-char"),
            QStringLiteral("Character(s) ':' not allowed in revision identifier '%1' (rejected by Alembic 1.17.1 and "
                           "later; 1.8.1 accepts it)").arg(script.revision),
            where));
    }
}

/*! After a syntax error: the last line of the form `revision = '<id>'` (optionally annotated),
    found by a plain line scan, so that the graph can show the broken file. */
void recoverRevision(RevisionScript &script, QStringView text)
{
    int lineNumber = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.startsWith(QLatin1String("revision")))
            continue;
        QStringView rest = line.mid(8);
        if (!rest.isEmpty() && (rest[0].isLetterOrNumber() || rest[0] == QLatin1Char('_')))
            continue;
        const qsizetype eq = rest.indexOf(QLatin1Char('='));
        if (eq < 0 || (eq + 1 < rest.size() && rest[eq + 1] == QLatin1Char('=')))
            continue;
        const QStringView before = rest.left(eq).trimmed();
        if (!before.isEmpty() && !before.startsWith(QLatin1Char(':')))
            continue;
        rest = rest.mid(eq + 1).trimmed();
        if (rest.size() < 2 || (rest[0] != QLatin1Char('\'') && rest[0] != QLatin1Char('"')))
            continue;
        const qsizetype close = rest.indexOf(rest[0], 1);
        if (close < 0)
            continue;
        const QStringView tail = rest.mid(close + 1).trimmed();
        if (!tail.isEmpty() && !tail.startsWith(QLatin1Char('#')))
            continue;
        const QStringView id = rest.mid(1, close - 1);
        if (id.contains(QLatin1Char('\\')))
            continue;
        script.revision = id.toString();
        script.revisionAt = SourceLocation{script.filePath, lineNumber, 1};
    }
}

void readDocstring(RevisionScript &script)
{
    script.longDoc = script.module->docstring().trimmed();
    const qsizetype blank = script.longDoc.indexOf(QLatin1String("\n\n"));
    script.doc = blank < 0 ? script.longDoc : script.longDoc.left(blank);
}

} // namespace

bool RevisionScript::isUsable() const
{
    return !revision.isEmpty() && hasDownRevision && !hasErrors(diagnostics);
}

RevisionScript readRevisionSource(const QString &path, const QByteArray &bytes, RevisionReadMode mode)
{
    RevisionScript script;
    script.filePath = path;
    if (bytes.isEmpty()) {
        script.diagnostics.append(Diagnostic::error(QStringLiteral("file-empty"),
                                                    QStringLiteral("Revision file is empty (it defines no revision)"),
                                                    SourceLocation{path, 0, 0}));
        return script;
    }
    const Expected<QString, Diagnostic> text = Python::decodeSource(bytes, path);
    if (!text) {
        script.diagnostics.append(text.error());
        return script;
    }
    Python::ParseOptions options;
    options.skipFunctionBodies = mode == RevisionReadMode::HeaderOnly;
    Python::ParseResult parsed = Python::parseModule(*text, path, options);
    script.module = parsed.module;
    script.diagnostics += parsed.diagnostics;
    readDocstring(script);
    if (!parsed.ok()) {
        recoverRevision(script, script.module->source());
        return script;
    }
    HeaderReader reader(path, script);
    reader.scan(*script.module);
    reader.finish();
    if (!script.revision.isEmpty())
        checkRevisionCharacters(script);
    script.upgrade = script.module->function(u"upgrade");
    script.downgrade = script.module->function(u"downgrade");
    if (!script.upgrade) {
        script.diagnostics.append(Diagnostic::warning(QStringLiteral("no-upgrade-fn"),
                                                      QStringLiteral("Revision file defines no top-level upgrade() function"),
                                                      SourceLocation{path, 0, 0}));
    }
    if (!script.downgrade) {
        script.diagnostics.append(Diagnostic::warning(QStringLiteral("no-downgrade-fn"),
                                                      QStringLiteral("Revision file defines no top-level downgrade() function"),
                                                      SourceLocation{path, 0, 0}));
    }
    if (mode == RevisionReadMode::HeaderOnly) {
        // Nothing but the header is wanted: free the module here (on the reading thread)
        // rather than keep thousands of them alive.
        script.upgrade = script.downgrade = nullptr;
        script.module.reset();
    }
    return script;
}

RevisionScript readRevisionFile(const QString &path, RevisionReadMode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RevisionScript script;
        script.filePath = path;
        script.diagnostics.append(Diagnostic::error(QStringLiteral("file-read"),
                                                    QStringLiteral("Could not read %1: %2").arg(path, file.errorString()),
                                                    SourceLocation{path, 0, 0}));
        return script;
    }
    return readRevisionSource(path, file.readAll(), mode);
}

} // namespace Retort::Core
