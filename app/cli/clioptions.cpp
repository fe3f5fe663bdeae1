// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/clioptions.h"

namespace Retort::Cli {
namespace {

//! One option a verb accepts: short and long spelling, and whether it takes a value.
struct OptionSpec
{
    QString shortName;
    QString longName;
    bool takesValue = false;
};

struct VerbSpec
{
    QString name;
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0; //!< -1 = unbounded
    QString synopsis;
};

//! The options of upgrade/downgrade/stamp (Alembic's, plus --dialect).
QList<OptionSpec> offlineOptions(bool withPurge = false)
{
    QList<OptionSpec> options{{QString(), QStringLiteral("sql"), false},
                              {QString(), QStringLiteral("tag"), true},
                              {QString(), QStringLiteral("dialect"), true},
                              // Retort's, for runs against a database:
                              {QString(), QStringLiteral("url"), true},
                              {QString(), QStringLiteral("yes"), false},
                              {QString(), QStringLiteral("backup"), false},
                              {QString(), QStringLiteral("transaction"), true}};
    if (withPurge)
        options.append({QString(), QStringLiteral("purge"), false});
    return options;
}

const QList<VerbSpec> &verbSpecs()
{
    static const QList<VerbSpec> specs = {
        {QStringLiteral("heads"),
         {{QStringLiteral("-v"), QStringLiteral("verbose"), false},
          {QString(), QStringLiteral("resolve-dependencies"), false}},
         0, 0, QStringLiteral("heads [-v] [--resolve-dependencies]")},
        {QStringLiteral("branches"), {{QStringLiteral("-v"), QStringLiteral("verbose"), false}}, 0, 0,
         QStringLiteral("branches [-v]")},
        {QStringLiteral("history"),
         {{QStringLiteral("-r"), QStringLiteral("rev-range"), true},
          {QStringLiteral("-v"), QStringLiteral("verbose"), false},
          {QStringLiteral("-i"), QStringLiteral("indicate-current"), false}},
         0, 0, QStringLiteral("history [-r REV_RANGE] [-v] [-i]")},
        {QStringLiteral("current"),
         {{QStringLiteral("-v"), QStringLiteral("verbose"), false},
          {QString(), QStringLiteral("url"), true},
          {QString(), QStringLiteral("check-heads"), false},
          {QString(), QStringLiteral("version-table"), true},
          {QString(), QStringLiteral("version-table-schema"), true}},
         0, 0, QStringLiteral("current [-v] [--url URL] [--check-heads] [--version-table T] [--version-table-schema S]")},
        {QStringLiteral("show"), {}, 1, 1, QStringLiteral("show REV")},
        {QStringLiteral("validate"), {}, 0, 0, QStringLiteral("validate")},
        {QStringLiteral("upgrade"), offlineOptions(), 1, 1, QStringLiteral("upgrade [--sql] [--tag TAG] [--dialect D] REVISION")},
        {QStringLiteral("downgrade"), offlineOptions(), 1, 1,
         QStringLiteral("downgrade [--sql] [--tag TAG] [--dialect D] REVISION")},
        {QStringLiteral("stamp"), offlineOptions(true), 1, -1,
         QStringLiteral("stamp [--sql] [--tag TAG] [--purge] [--dialect D] REVISIONS...")},
        {QStringLiteral("plan"),
         {{QString(), QStringLiteral("from"), true}, {QString(), QStringLiteral("dialect"), true},
          {QString(), QStringLiteral("version-table"), true}, {QString(), QStringLiteral("version-table-schema"), true}},
         2, -1,
         QStringLiteral("plan {upgrade,downgrade,stamp} TARGET [TARGET ...] [--from REV[,REV...]] "
                        "[--dialect sqlite|postgresql]")},
        {QStringLiteral("backups"),
         {{QStringLiteral("-y"), QStringLiteral("yes"), false}, {QString(), QStringLiteral("url"), true},
          {QString(), QStringLiteral("note"), true}},
         1, 2, QStringLiteral("backups {list | restore ID [--yes] | create [--url URL] [--note TEXT]}")},
        {QStringLiteral("ledger"),
         {{QString(), QStringLiteral("limit"), true}, {QString(), QStringLiteral("url"), true}},
         0, 0, QStringLiteral("ledger [--limit N] [--url URL]")},
        // Writing files (app/cli/revisioncommand.cpp).
        {QStringLiteral("revision"),
         {{QStringLiteral("-m"), QStringLiteral("message"), true}, {QString(), QStringLiteral("head"), true},
          {QString(), QStringLiteral("splice"), false}, {QString(), QStringLiteral("branch-label"), true},
          {QString(), QStringLiteral("depends-on"), true}, {QString(), QStringLiteral("rev-id"), true},
          {QString(), QStringLiteral("version-path"), true}, {QString(), QStringLiteral("template"), true}},
         0, 0,
         QStringLiteral("revision [-m MSG] [--head H[,H...]] [--splice] [--branch-label L] [--depends-on D[,D...]] "
                        "[--rev-id ID] [--version-path P] [--template empty|ops|sql]")},
        {QStringLiteral("merge"),
         {{QStringLiteral("-m"), QStringLiteral("message"), true}, {QString(), QStringLiteral("branch-label"), true},
          {QString(), QStringLiteral("rev-id"), true}},
         1, -1, QStringLiteral("merge [-m MSG] [--branch-label L] [--rev-id ID] REVISIONS...")},
        {QStringLiteral("init"), {{QString(), QStringLiteral("url"), true}}, 1, 1, QStringLiteral("init [--url URL] DIRECTORY")},
    };
    return specs;
}

const VerbSpec *findVerb(const QString &name)
{
    for (const VerbSpec &spec : verbSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findOption(const VerbSpec &verb, const QString &arg)
{
    for (const OptionSpec &opt : verb.options) {
        if ((!opt.shortName.isEmpty() && arg == opt.shortName) || arg == QLatin1String("--") + opt.longName)
            return &opt;
    }
    return nullptr;
}

//! Splits "--name=value" into its parts; returns false for anything else.
bool splitInlineValue(const QString &arg, QString *name, QString *value)
{
    if (!arg.startsWith(QLatin1String("--")))
        return false;
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (eq < 0)
        return false;
    *name = arg.left(eq);
    *value = arg.mid(eq + 1);
    return true;
}

//! argparse treats "-1" as a positional value (a relative revision), not as an option.
bool looksLikeOption(const QString &arg)
{
    if (arg.size() < 2 || !arg.startsWith(QLatin1Char('-')))
        return false;
    bool isNumber = false;
    arg.mid(1).toInt(&isNumber);
    return !isNumber;
}

class Parser
{
public:
    Parser(const QStringList &args, const QString &envConfig) : m_args(args)
    {
        m_options.configPath = envConfig.isEmpty() ? QStringLiteral("alembic.ini") : envConfig;
    }

    CliParseResult run();

private:
    bool takeGlobal(const QString &arg, const QString &name, const QString &inlineValue, bool hasInline);
    bool takeVerbOption(const QString &arg, const QString &name, const QString &inlineValue, bool hasInline);
    QString nextValue(const QString &forOption);
    CliParseResult fail(const QString &message) const;

    QStringList m_args;
    qsizetype m_pos = 0;
    CliOptions m_options;
    const VerbSpec *m_verb = nullptr;
    QString m_error;
};

QString Parser::nextValue(const QString &forOption)
{
    if (m_pos + 1 >= m_args.size()) {
        m_error = QStringLiteral("argument %1: expected one argument").arg(forOption);
        return {};
    }
    return m_args.at(++m_pos);
}

bool Parser::takeGlobal(const QString &arg, const QString &name, const QString &inlineValue, bool hasInline)
{
    const QString key = hasInline ? name : arg;
    auto value = [&]() { return hasInline ? inlineValue : nextValue(arg); };
    if (key == QLatin1String("-c") || key == QLatin1String("--config")) {
        m_options.configPath = value();
    } else if (key == QLatin1String("-n") || key == QLatin1String("--name")) {
        m_options.section = value();
    } else if (key == QLatin1String("-x")) {
        m_options.xArguments << value();
    } else if (arg == QLatin1String("--json")) {
        m_options.json = true;
    } else if (arg == QLatin1String("--raiseerr") || arg == QLatin1String("-q") || arg == QLatin1String("--quiet")) {
        // Accepted for compatibility with Alembic's command line; they change nothing here.
    } else {
        return false;
    }
    return true;
}

bool Parser::takeVerbOption(const QString &arg, const QString &name, const QString &inlineValue, bool hasInline)
{
    const OptionSpec *opt = findOption(*m_verb, hasInline ? name : arg);
    if (!opt)
        return false;
    if (opt->takesValue)
        m_options.values.insert(opt->longName, hasInline ? inlineValue : nextValue(arg));
    else
        m_options.flags << opt->longName;
    return true;
}

CliParseResult Parser::fail(const QString &message) const
{
    CliParseResult result;
    result.usageError = usageText() + QStringLiteral("retort-cli: error: ") + message + QLatin1Char('\n');
    return result;
}

CliParseResult Parser::run()
{
    QStringList unrecognized;
    for (m_pos = 0; m_pos < m_args.size() && m_error.isEmpty(); ++m_pos) {
        const QString arg = m_args.at(m_pos);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help"))
            return CliParseResult{std::nullopt, {}, usageText()};
        QString name, inlineValue;
        const bool hasInline = splitInlineValue(arg, &name, &inlineValue);
        if (takeGlobal(arg, name, inlineValue, hasInline))
            continue;
        if (m_verb && takeVerbOption(arg, name, inlineValue, hasInline))
            continue;
        if (looksLikeOption(arg)) {
            unrecognized << arg;
            continue;
        }
        if (!m_verb) {
            m_verb = findVerb(arg);
            if (!m_verb)
                return fail(QStringLiteral("argument {heads,branches,history,current,show,validate,plan,upgrade,downgrade,stamp,backups,ledger,revision,merge,init}: invalid choice: '%1'").arg(arg));
            m_options.verb = arg;
            continue;
        }
        m_options.positional << arg;
    }
    if (!m_error.isEmpty())
        return fail(m_error);
    if (!m_verb)
        return fail(QStringLiteral("too few arguments"));
    const qsizetype n = m_options.positional.size();
    if (n < m_verb->minPositional)
        return fail(QStringLiteral("the following arguments are required: ") + m_verb->synopsis);
    if (m_verb->maxPositional >= 0 && n > m_verb->maxPositional)
        unrecognized += m_options.positional.mid(m_verb->maxPositional);
    if (!unrecognized.isEmpty())
        return fail(QStringLiteral("unrecognized arguments: ") + unrecognized.join(QLatin1Char(' ')));
    return CliParseResult{m_options, {}, {}};
}

} // namespace

QString usageText()
{
    QString text = QStringLiteral("usage: retort-cli [-h] [-c CONFIG] [-n NAME] [-x X] [--raiseerr] [--json]\n"
                                  "                  {heads,branches,history,current,show,validate,plan,upgrade,downgrade,stamp,backups,ledger,revision,merge,init} ...\n\n"
                                  "Verbs:\n");
    for (const VerbSpec &spec : verbSpecs())
        text += QStringLiteral("  retort-cli ") + spec.synopsis + QLatin1Char('\n');
    return text;
}

CliParseResult parseCommandLine(const QStringList &arguments, const QString &alembicConfigEnv)
{
    return Parser(arguments, alembicConfigEnv).run();
}

} // namespace Retort::Cli
