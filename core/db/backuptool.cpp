// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/backuptool.h"

#include <QFileInfo>
#include <QProcess>

namespace Retort::Core {
namespace {

//! libpq connection keywords that have an environment variable (libpq-envars).
struct EnvKeyword
{
    const char *keyword;
    const char *variable;
};

constexpr EnvKeyword kEnvKeywords[] = {
    {"hostaddr", "PGHOSTADDR"},
    {"passfile", "PGPASSFILE"},
    {"channel_binding", "PGCHANNELBINDING"},
    {"service", "PGSERVICE"},
    {"options", "PGOPTIONS"},
    {"application_name", "PGAPPNAME"},
    {"sslcompression", "PGSSLCOMPRESSION"},
    {"sslcert", "PGSSLCERT"},
    {"sslkey", "PGSSLKEY"},
    {"sslrootcert", "PGSSLROOTCERT"},
    {"sslcrl", "PGSSLCRL"},
    {"sslcrldir", "PGSSLCRLDIR"},
    {"sslsni", "PGSSLSNI"},
    {"requirepeer", "PGREQUIREPEER"},
    {"ssl_min_protocol_version", "PGSSLMINPROTOCOLVERSION"},
    {"ssl_max_protocol_version", "PGSSLMAXPROTOCOLVERSION"},
    {"gssencmode", "PGGSSENCMODE"},
    {"krbsrvname", "PGKRBSRVNAME"},
    {"gsslib", "PGGSSLIB"},
    {"connect_timeout", "PGCONNECT_TIMEOUT"},
    {"client_encoding", "PGCLIENTENCODING"},
    {"target_session_attrs", "PGTARGETSESSIONATTRS"},
};

const char *variableFor(const QString &keyword)
{
    for (const EnvKeyword &entry : kEnvKeywords) {
        if (keyword == QLatin1String(entry.keyword))
            return entry.variable;
    }
    return nullptr;
}

//! A line the tool prints as a message rather than as --verbose progress.
bool isMessage(const QString &rawLine, const QString &prefix)
{
    static const QLatin1String kinds[] = {QLatin1String("error:"), QLatin1String("warning:"),
                                          QLatin1String("detail:"), QLatin1String("hint:"),
                                          QLatin1String("fatal:")};
    if (!rawLine.startsWith(prefix))
        return true; // continuation lines ("\tIs the server running ...")
    for (const QLatin1String &kind : kinds) {
        if (QStringView(rawLine).mid(prefix.size()).startsWith(kind))
            return true;
    }
    return false;
}

/*! Hands complete lines of \a buffer to \a onLine (prefix removed) and appends the tool's
    messages to \a messages, keeping an unfinished last line in the buffer. */
void takeLines(QByteArray *buffer, const QString &prefix, const BackupTool::LineHandler &onLine,
               QStringList *messages, bool flushAll)
{
    if (flushAll && !buffer->isEmpty() && !buffer->endsWith('\n'))
        buffer->append('\n');
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = buffer->indexOf('\n', start);
        if (end < 0)
            break;
        const QString raw = QString::fromLocal8Bit(buffer->constData() + start, end - start);
        start = end + 1;
        const QString line = raw.startsWith(prefix) ? raw.mid(prefix.size()).trimmed() : raw.trimmed();
        if (line.isEmpty())
            continue;
        if (isMessage(raw, prefix))
            messages->append(raw.trimmed());
        if (onLine)
            onLine(line);
    }
    buffer->remove(0, start);
}

} // namespace

QString BackupToolRun::failureText(const QString &program) const
{
    if (!started)
        return startError;
    if (cancelled)
        return QStringLiteral("%1 was cancelled").arg(program);
    if (!messages.isEmpty())
        return messages;
    if (!errorOutput.isEmpty())
        return errorOutput;
    if (crashed)
        return QStringLiteral("%1 crashed").arg(program);
    return QStringLiteral("%1 exited with status %2").arg(program).arg(exitCode);
}

BackupTool::BackupTool(const QString &program) : m_program(program) {}

QProcessEnvironment BackupTool::environment(const ConnectionProfile &profile, const QProcessEnvironment &base)
{
    QProcessEnvironment env = base;
    if (!profile.host.isEmpty())
        env.insert(QStringLiteral("PGHOST"), profile.host);
    if (profile.port > 0)
        env.insert(QStringLiteral("PGPORT"), QString::number(profile.port));
    if (!profile.user.isEmpty())
        env.insert(QStringLiteral("PGUSER"), profile.user);
    if (!profile.database.isEmpty())
        env.insert(QStringLiteral("PGDATABASE"), profile.database);
    if (profile.hasPassword)
        env.insert(QStringLiteral("PGPASSWORD"), profile.password);
    QString sslmode = profile.sslmode;
    for (const UrlQueryOption &option : profile.options) {
        if (option.key == QLatin1String("ssl")) { // asyncpg's spelling, as DatabaseSession reads it
            if (sslmode.isEmpty())
                sslmode = option.value == QLatin1String("true") ? QStringLiteral("require") : option.value;
        } else if (const char *variable = variableFor(option.key)) {
            env.insert(QLatin1String(variable), option.value);
        }
    }
    if (!sslmode.isEmpty())
        env.insert(QStringLiteral("PGSSLMODE"), sslmode);
    if (!env.contains(QStringLiteral("PGCONNECT_TIMEOUT")))
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    // Progress is read from English lines; LC_ALL would override LC_MESSAGES, so keep its
    // character set in LC_CTYPE and drop it.
    if (env.contains(QStringLiteral("LC_ALL"))) {
        env.insert(QStringLiteral("LC_CTYPE"), env.value(QStringLiteral("LC_ALL")));
        env.remove(QStringLiteral("LC_ALL"));
    }
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    return env;
}

QStringList BackupTool::connectionArguments(const ConnectionProfile &profile)
{
    QStringList args;
    if (!profile.host.isEmpty())
        args << QStringLiteral("-h") << profile.host;
    if (profile.port > 0)
        args << QStringLiteral("-p") << QString::number(profile.port);
    if (!profile.user.isEmpty())
        args << QStringLiteral("-U") << profile.user;
    if (!profile.database.isEmpty())
        args << QStringLiteral("-d") << profile.database;
    return args;
}

BackupToolRun BackupTool::run(const QStringList &arguments, const QProcessEnvironment &environment,
                              const LineHandler &onLine, const std::atomic_bool *cancel) const
{
    BackupToolRun result;
    const QString name = QFileInfo(m_program).completeBaseName(); // "pg_dump" also for pg_dump.exe
    const QString prefix = name + QLatin1String(": ");
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(-1)) {
        result.startError = process.error() == QProcess::FailedToStart
            ? QStringLiteral("%1 could not be started (%2); install the PostgreSQL client tools "
                             "(Debian: postgresql-client)").arg(m_program, process.errorString())
            : process.errorString();
        return result;
    }
    result.started = true;
    QByteArray pending;
    QByteArray all;
    QStringList messages;
    for (;;) {
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished(-1);
            result.cancelled = true;
            break;
        }
        const bool finished = process.waitForFinished(50) || process.state() == QProcess::NotRunning;
        const QByteArray chunk = process.readAllStandardError();
        pending += chunk;
        all += chunk;
        result.output += process.readAllStandardOutput();
        takeLines(&pending, prefix, onLine, &messages, finished);
        if (finished)
            break;
    }
    result.crashed = !result.cancelled && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.errorOutput = QString::fromLocal8Bit(all).trimmed();
    result.messages = messages.join(QLatin1Char('\n'));
    return result;
}

} // namespace Retort::Core
