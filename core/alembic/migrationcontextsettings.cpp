// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/alembic/migrationcontextsettings.h"

#include "core/alembic/alembicconfig.h"
#include "core/alembic/retortsection.h"
#include "core/python/parser.h"
#include "core/python/sourcedecoder.h"

#include <QDir>
#include <QFile>

#include <optional>

namespace Retort::Core {

namespace {

using Python::Expr;
using Python::ExprKind;
using Python::Stmt;

const QString kVersionTable = QStringLiteral("version_table");
const QString kVersionTableSchema = QStringLiteral("version_table_schema");
const QString kTransactionPerMigration = QStringLiteral("transaction_per_migration");

//! One option as env.py sets it: the literal's text ("" for None, "true"/"false") and where.
struct FoundOption
{
    QString value;
    SourceLocation where;
};

bool isConfigureCall(const Expr *e)
{
    if (!e || e->kind != ExprKind::Call)
        return false;
    const Expr *callee = e->child(0);
    if (!callee || callee->kind != ExprKind::Attribute || callee->value != QLatin1String("configure"))
        return false;
    const Expr *object = callee->child(0);
    return object && object->value == QLatin1String("context")
        && (object->kind == ExprKind::Name || object->kind == ExprKind::Attribute);
}

std::optional<QString> literalText(const Expr *e)
{
    switch (e->kind) {
    case ExprKind::String: return e->value;
    case ExprKind::True: return QStringLiteral("true");
    case ExprKind::False: return QStringLiteral("false");
    case ExprKind::NoneLiteral: return QString(QLatin1String(""));
    default: return std::nullopt;
    }
}

class EnvScanner
{
public:
    EnvScanner(QString file, DiagnosticList *diags) : m_file(std::move(file)), m_diags(diags) {}

    void scan(const std::vector<const Stmt *> &body)
    {
        for (const Stmt *s : body) {
            scanExpr(s->value);
            for (const auto &item : s->items)
                scanExpr(item.context);
            scan(s->body);
            scan(s->orelse);
            scan(s->finalBody);
            for (const auto &handler : s->handlers)
                scan(handler.body);
        }
    }

    QHash<QString, FoundOption> found;

private:
    void scanExpr(const Expr *e)
    {
        if (!e)
            return;
        if (isConfigureCall(e))
            readCall(e);
        for (const Expr *child : e->children)
            scanExpr(child);
    }

    void readCall(const Expr *call)
    {
        for (const Expr *arg : call->children) {
            if (arg->kind != ExprKind::Keyword || !arg->child(0))
                continue;
            const QString &key = arg->value;
            if (key != kVersionTable && key != kVersionTableSchema && key != kTransactionPerMigration)
                continue;
            const SourceLocation where{m_file, arg->range.line, arg->range.column};
            const auto text = literalText(arg->child(0));
            if (!text) {
                warn(QStringLiteral("env.py computes %1; Retort cannot evaluate it and uses the default. "
                                    "Set %1 in the [retort] section of alembic.ini").arg(key), where);
            } else if (!found.contains(key)) {
                found.insert(key, FoundOption{*text, where});
            } else if (found.value(key).value != *text) {
                warn(QStringLiteral("context.configure() calls disagree on %1 (the first, at line %2, wins)")
                         .arg(key).arg(found.value(key).where.line), where);
            }
        }
    }

    void warn(const QString &message, const SourceLocation &where)
    {
        if (m_diags)
            m_diags->append(Diagnostic::warning(QStringLiteral("env-setting"), message, where));
    }

    QString m_file;
    DiagnosticList *m_diags;
};

QHash<QString, FoundOption> scanEnvPy(const QString &path, DiagnosticList *diags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto source = Python::decodeSource(file.readAll(), path);
    if (!source)
        return {};
    const Python::ParseResult parsed = Python::parseModule(source.value(), path);
    if (!parsed.module)
        return {};
    EnvScanner scanner(path, diags);
    scanner.scan(parsed.module->body());
    return scanner.found;
}

bool iniBoolean(const QString &text, bool *ok)
{
    const QString v = text.trimmed().toLower();
    *ok = true;
    if (v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("off"))
        return false;
    *ok = false;
    return false;
}

void applyOption(MigrationContextSettings &settings, const QString &key, const QString &value, bool *ok)
{
    *ok = true;
    if (key == kVersionTable)
        settings.versionTable = value;
    else if (key == kVersionTableSchema)
        settings.versionTableSchema = value;
    else
        settings.transactionPerMigration = iniBoolean(value, ok);
}

void applyRetortSection(MigrationContextSettings &settings, const AlembicConfig &config, DiagnosticList *diags)
{
    const auto ini = loadRetortIni(config.ini(), config.iniFilePath(), diags);
    if (!ini)
        return;
    for (const QString &key : {kVersionTable, kVersionTableSchema, kTransactionPerMigration}) {
        if (!ini->keys(retortSectionName()).contains(key))
            continue;
        const auto value = ini->value(retortSectionName(), key);
        bool ok = value.hasValue();
        if (ok)
            applyOption(settings, key, value.value(), &ok);
        if (!ok && diags)
            diags->append(Diagnostic::warning(QStringLiteral("env-setting"),
                QStringLiteral("[retort] %1 must be true or false").arg(key),
                SourceLocation{ini->locationFile(), ini->lineOf(retortSectionName(), key), 0}));
    }
}

} // namespace

MigrationContextSettings readMigrationContextSettings(const AlembicConfig &config, DiagnosticList *diags)
{
    MigrationContextSettings settings;
    const QString envPy = QDir(config.scriptDirectory()).filePath(QStringLiteral("env.py"));
    const auto found = scanEnvPy(envPy, diags);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        bool ok = true;
        applyOption(settings, it.key(), it.value().value, &ok);
    }
    applyRetortSection(settings, config, diags);
    return settings;
}

} // namespace Retort::Core
