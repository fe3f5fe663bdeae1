// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/sqldialect.h"

#include "core/graph/versiontablesql.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Retort::Core::Sql {

using Ops::Literal;
using Ops::SqlExpr;
using Ops::TypeSpec;

namespace {

//! The integer argument at \a index or keyword \a key, as written; empty if absent/None.
QString intArg(const TypeSpec &type, int index, const char *key)
{
    const Literal *lit = type.kwarg(QLatin1String(key));
    if (!lit && index >= 0 && size_t(index) < type.args.size())
        lit = &type.args[size_t(index)];
    if (!lit || (lit->kind != Literal::Kind::Int && lit->kind != Literal::Kind::Float))
        return {};
    return lit->text;
}

bool boolKwarg(const TypeSpec &type, const char *key, bool fallback)
{
    const Literal *lit = type.kwarg(QLatin1String(key));
    return lit && lit->kind == Literal::Kind::Bool ? lit->boolValue : fallback;
}

//! The string argument at \a index or keyword \a key; empty if absent/None (index -1: keyword only).
QString stringArg(const TypeSpec &type, int index, const char *key)
{
    const Literal *lit = type.kwarg(QLatin1String(key));
    if (!lit && index >= 0 && size_t(index) < type.args.size())
        lit = &type.args[size_t(index)];
    return lit && lit->kind == Literal::Kind::String ? lit->text : QString();
}

//! "NAME" or "NAME(n)" from the length argument (SQLAlchemy: `if type_.length`, so 0 is none).
QString withLength(const QString &name, const TypeSpec &type)
{
    const QString n = intArg(type, 0, "length");
    return n.isEmpty() || n == QLatin1String("0") ? name : name + QLatin1Char('(') + n + QLatin1Char(')');
}

/*! The ` COLLATE "x"` of a string type (the generic _render_string_type: always double quotes,
    nothing escaped). String and its upper-case subclasses take `collation` as the second
    positional argument; Unicode, UnicodeText, NVARCHAR and NCHAR only as a keyword. */
QString collation(const QString &name, const TypeSpec &type)
{
    static const QSet<QString> positional = {QStringLiteral("String"), QStringLiteral("VARCHAR"), QStringLiteral("CHAR"),
                                             QStringLiteral("Text"), QStringLiteral("TEXT")};
    static const QSet<QString> keyword = {QStringLiteral("Unicode"), QStringLiteral("UnicodeText"),
                                          QStringLiteral("NVARCHAR"), QStringLiteral("NCHAR")};
    QString c;
    if (positional.contains(name))
        c = stringArg(type, 1, "collation");
    else if (keyword.contains(name))
        c = stringArg(type, -1, "collation");
    return c.isEmpty() ? QString() : QStringLiteral(" COLLATE \"%1\"").arg(c);
}

QString numeric(const QString &name, const TypeSpec &type)
{
    const QString p = intArg(type, 0, "precision");
    if (p.isEmpty())
        return name;
    const QString s = intArg(type, 1, "scale");
    return s.isEmpty() ? QStringLiteral("%1(%2)").arg(name, p) : QStringLiteral("%1(%2, %3)").arg(name, p, s);
}

//! Fixed renderings (same on both dialects, for any module that defines the name).
const QHash<QString, QString> &fixedNames()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("Integer"), QStringLiteral("INTEGER")}, {QStringLiteral("INTEGER"), QStringLiteral("INTEGER")},
        {QStringLiteral("INT"), QStringLiteral("INTEGER")}, {QStringLiteral("BigInteger"), QStringLiteral("BIGINT")},
        {QStringLiteral("BIGINT"), QStringLiteral("BIGINT")}, {QStringLiteral("SmallInteger"), QStringLiteral("SMALLINT")},
        {QStringLiteral("SMALLINT"), QStringLiteral("SMALLINT")}, {QStringLiteral("Boolean"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("BOOLEAN"), QStringLiteral("BOOLEAN")}, {QStringLiteral("Date"), QStringLiteral("DATE")},
        {QStringLiteral("DATE"), QStringLiteral("DATE")}, {QStringLiteral("DATETIME"), QStringLiteral("DATETIME")},
        {QStringLiteral("JSON"), QStringLiteral("JSON")}, {QStringLiteral("REAL"), QStringLiteral("REAL")},
        {QStringLiteral("BLOB"), QStringLiteral("BLOB")}, {QStringLiteral("CLOB"), QStringLiteral("CLOB")},
    };
    return names;
}

//! Names rendered with an optional length argument.
const QHash<QString, QString> &lengthNames()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("String"), QStringLiteral("VARCHAR")}, {QStringLiteral("Unicode"), QStringLiteral("VARCHAR")},
        {QStringLiteral("VARCHAR"), QStringLiteral("VARCHAR")}, {QStringLiteral("NVARCHAR"), QStringLiteral("NVARCHAR")},
        {QStringLiteral("CHAR"), QStringLiteral("CHAR")}, {QStringLiteral("NCHAR"), QStringLiteral("NCHAR")},
        {QStringLiteral("Text"), QStringLiteral("TEXT")}, {QStringLiteral("UnicodeText"), QStringLiteral("TEXT")},
        {QStringLiteral("TEXT"), QStringLiteral("TEXT")}, {QStringLiteral("VARBINARY"), QStringLiteral("VARBINARY")},
        {QStringLiteral("BINARY"), QStringLiteral("BINARY")},
    };
    return names;
}

//! PostgreSQL-only types without arguments (module postgresql).
const QSet<QString> &postgresPlainNames()
{
    static const QSet<QString> names = {
        QStringLiteral("JSONB"), QStringLiteral("UUID"), QStringLiteral("INET"), QStringLiteral("CIDR"),
        QStringLiteral("MACADDR"), QStringLiteral("MACADDR8"), QStringLiteral("BYTEA"), QStringLiteral("TSVECTOR"),
        QStringLiteral("HSTORE"), QStringLiteral("MONEY"), QStringLiteral("OID"), QStringLiteral("REGCLASS"),
        QStringLiteral("INT4RANGE"), QStringLiteral("INT8RANGE"), QStringLiteral("NUMRANGE"),
        QStringLiteral("DATERANGE"), QStringLiteral("TSRANGE"), QStringLiteral("TSTZRANGE"),
    };
    return names;
}

QString timeZoneSuffix(const TypeSpec &type)
{
    return boolKwarg(type, "timezone", false) ? QStringLiteral(" WITH TIME ZONE") : QStringLiteral(" WITHOUT TIME ZONE");
}

} // namespace

Expected<SqlDialect, QString> SqlDialect::fromName(const QString &name)
{
    if (name == QLatin1String("sqlite"))
        return SqlDialect(Kind::SQLite);
    if (name == QLatin1String("postgresql"))
        return SqlDialect(Kind::PostgreSQL);
    return QStringLiteral("no SQL renderer for dialect '%1'").arg(name);
}

QString SqlDialect::name() const
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString SqlDialect::quote(const QString &identifier) const
{
    return VersionTableSql::quoteIdentifier(identifier, name());
}

QString SqlDialect::qualified(const QString &name, const std::optional<QString> &schema) const
{
    return schema && !schema->isEmpty() ? quote(*schema) + QLatin1Char('.') + quote(name) : quote(name);
}

bool SqlDialect::isEnumType(const TypeSpec &type)
{
    return (type.module == QLatin1String("sa") && type.name == QLatin1String("Enum"))
        || (type.module == QLatin1String("postgresql") && type.name == QLatin1String("ENUM"));
}

QStringList SqlDialect::enumValues(const TypeSpec &type)
{
    QStringList values;
    for (const Literal &arg : type.args)
        if (arg.kind == Literal::Kind::String)
            values.append(arg.text);
    return values;
}

QString SqlDialect::enumName(const TypeSpec &type)
{
    const Literal *lit = type.kwarg(QStringLiteral("name"));
    return lit && lit->kind == Literal::Kind::String ? lit->text : QString();
}

std::optional<Ops::CheckSpec> SqlDialect::typeCheck(const QString &column, const TypeSpec &type) const
{
    if (type.module == QLatin1String("app"))
        return std::nullopt;
    const bool boolean = type.name == QLatin1String("Boolean") || type.name == QLatin1String("BOOLEAN");
    QString name;
    QString values;
    if (boolean) {
        // Boolean(create_constraint=False, name=None): both may be positional.
        const Literal *create = type.kwarg(QStringLiteral("create_constraint"));
        if (!create && !type.args.empty())
            create = &type.args[0];
        if (!create || create->kind != Literal::Kind::Bool || !create->boolValue || isPostgres())
            return std::nullopt;
        name = stringArg(type, 1, "name");
        values = QStringLiteral("0, 1");
    } else if (isEnumType(type)) {
        if (!boolKwarg(type, "create_constraint", false) || (isPostgres() && boolKwarg(type, "native_enum", true)))
            return std::nullopt;
        name = enumName(type);
        QStringList quoted;
        for (const QString &v : enumValues(type))
            quoted << quoteString(v);
        values = quoted.join(QLatin1String(", "));
    } else {
        return std::nullopt;
    }
    Ops::CheckSpec check;
    if (!name.isEmpty())
        check.name = Ops::ObjectName::named(name);
    check.condition = SqlExpr::verbatim(QStringLiteral("%1 IN (%2)").arg(quote(column), values));
    return check;
}

Expected<QString, SqlError> SqlDialect::renderType(const TypeSpec &type) const
{
    if (type.module == QLatin1String("app")) {
        if (type.sql.isEmpty())
            return SqlError{QStringLiteral("no SQL type mapped for %1 on %2").arg(type.name, name())};
        return type.sql;
    }
    return renderNamedType(type, type.name);
}

Expected<QString, SqlError> SqlDialect::renderNamedType(const TypeSpec &type, const QString &n) const
{
    const bool pg = isPostgres();
    const auto fixed = fixedNames().constFind(n);
    if (fixed != fixedNames().constEnd())
        return *fixed;
    const auto len = lengthNames().constFind(n);
    if (len != lengthNames().constEnd())
        return QString(withLength(*len, type) + collation(n, type));
    if (n == QLatin1String("Numeric") || n == QLatin1String("NUMERIC"))
        return numeric(QStringLiteral("NUMERIC"), type);
    if (n == QLatin1String("DECIMAL"))
        return numeric(QStringLiteral("DECIMAL"), type);
    if (n == QLatin1String("Float") || n == QLatin1String("FLOAT")) {
        const QString p = intArg(type, 0, "precision");
        return pg && !p.isEmpty() ? QStringLiteral("FLOAT(%1)").arg(p) : QStringLiteral("FLOAT");
    }
    if (n == QLatin1String("DateTime"))
        return pg ? QString(QStringLiteral("TIMESTAMP") + timeZoneSuffix(type)) : QStringLiteral("DATETIME");
    if (n == QLatin1String("TIMESTAMP"))
        return pg ? QString(QStringLiteral("TIMESTAMP") + timeZoneSuffix(type)) : QStringLiteral("TIMESTAMP");
    if (n == QLatin1String("Time") || n == QLatin1String("TIME"))
        return pg ? QString(QStringLiteral("TIME") + timeZoneSuffix(type)) : QStringLiteral("TIME");
    if (n == QLatin1String("Interval"))
        return pg ? QStringLiteral("INTERVAL") : QStringLiteral("DATETIME");
    if (n == QLatin1String("LargeBinary"))
        return pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    if (isEnumType(type)) {
        const bool native = boolKwarg(type, "native_enum", true);
        if (pg && native) {
            const QString en = enumName(type);
            if (en.isEmpty())
                return SqlError{QStringLiteral("PostgreSQL ENUM type requires a name.")};
            const Literal *schema = type.kwarg(QStringLiteral("schema"));
            return qualified(en, schema && schema->kind == Literal::Kind::String ? std::optional<QString>(schema->text)
                                                                                 : std::nullopt);
        }
        qsizetype longest = 0;
        for (const QString &v : enumValues(type))
            longest = std::max(longest, qsizetype(v.size()));
        const QString given = intArg(type, -1, "length");
        return QStringLiteral("VARCHAR(%1)").arg(given.isEmpty() ? QString::number(longest) : given);
    }
    if (!pg)
        return SqlError{QStringLiteral("type %1 cannot be rendered for sqlite").arg(n)};
    if (n == QLatin1String("ARRAY")) {
        if (type.args.empty() || type.args[0].kind != Literal::Kind::Type || !type.args[0].type)
            return SqlError{QStringLiteral("ARRAY needs an item type")};
        const auto item = renderType(*type.args[0].type);
        if (!item)
            return item;
        const QString dims = intArg(type, -1, "dimensions");
        const int count = dims.isEmpty() ? 1 : std::max(1, dims.toInt());
        return QString(item.value() + QStringLiteral("[]").repeated(count));
    }
    if (n == QLatin1String("INTERVAL"))
        return QStringLiteral("INTERVAL");
    if (n == QLatin1String("DOUBLE_PRECISION"))
        return QStringLiteral("DOUBLE PRECISION");
    if (n == QLatin1String("BIT")) {
        const QString l = intArg(type, 0, "length");
        const QString base = boolKwarg(type, "varying", false) ? QStringLiteral("BIT VARYING") : QStringLiteral("BIT");
        return l.isEmpty() ? base : QStringLiteral("%1(%2)").arg(base, l);
    }
    if (type.module == QLatin1String("postgresql") && postgresPlainNames().contains(n))
        return n;
    return SqlError{QStringLiteral("type %1.%2 is not known to the %3 renderer").arg(type.module, n, name())};
}

QString SqlDialect::quoteString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Expected<QString, SqlError> SqlDialect::renderLiteral(const Literal &value) const
{
    switch (value.kind) {
    case Literal::Kind::None:
        return QStringLiteral("NULL");
    case Literal::Kind::Bool:
        if (isPostgres())
            return value.boolValue ? QStringLiteral("true") : QStringLiteral("false");
        return value.boolValue ? QStringLiteral("1") : QStringLiteral("0");
    case Literal::Kind::Int:
    case Literal::Kind::Float:
        return value.text;
    case Literal::Kind::String:
        return quoteString(value.text);
    case Literal::Kind::Expr:
        return renderExpression(value.expr);
    default:
        return SqlError{QStringLiteral("a literal of this kind cannot be rendered inline")};
    }
}

QString SqlDialect::renderExpression(const SqlExpr &expr) const
{
    switch (expr.kind) {
    case SqlExpr::Kind::Text:
    case SqlExpr::Kind::LiteralColumn:
    case SqlExpr::Kind::Number:
        return expr.text;
    case SqlExpr::Kind::String:
        return quoteString(expr.text);
    case SqlExpr::Kind::True:
        return isPostgres() ? QStringLiteral("true") : QStringLiteral("1");
    case SqlExpr::Kind::False:
        return isPostgres() ? QStringLiteral("false") : QStringLiteral("0");
    case SqlExpr::Kind::Null:
        return QStringLiteral("NULL");
    case SqlExpr::Kind::Function:
        break;
    }
    const QString fn = expr.text.toLower();
    // SQLAlchemy's ANSI functions render without parentheses; SQLite spells now() its own way.
    static const QSet<QString> ansi = {QStringLiteral("current_timestamp"), QStringLiteral("current_date"),
                                       QStringLiteral("current_time"), QStringLiteral("localtime"),
                                       QStringLiteral("localtimestamp"), QStringLiteral("current_user"),
                                       QStringLiteral("session_user"), QStringLiteral("user")};
    if (ansi.contains(fn) && expr.args.empty())
        return fn.toUpper();
    if (fn == QLatin1String("now") && !isPostgres())
        return QStringLiteral("CURRENT_TIMESTAMP");
    QStringList args;
    for (const SqlExpr &arg : expr.args)
        args.append(renderExpression(arg));
    return expr.text + QLatin1Char('(') + args.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString SqlDialect::renderServerDefault(const SqlExpr &expr) const
{
    switch (expr.kind) {
    case SqlExpr::Kind::String:
        return quoteString(expr.text);
    case SqlExpr::Kind::Text:
        return expr.text;
    default:
        break;
    }
    // A SQL expression (not a text() clause): SQLite wants it parenthesised.
    const QString sql = renderExpression(expr);
    return isPostgres() ? sql : QLatin1Char('(') + sql + QLatin1Char(')');
}

QString SqlDialect::renderAlterDefault(const SqlExpr &expr) const
{
    return expr.kind == SqlExpr::Kind::String ? quoteString(expr.text) : renderExpression(expr);
}

} // namespace Retort::Core::Sql
