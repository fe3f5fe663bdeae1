// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/projectinitializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Retort::Core {
namespace {

Diagnostic initError(const char *code, const QString &message)
{
    return Diagnostic::error(QLatin1String(code), message);
}

//! A value for the ini file: '%' doubled (configparser interpolation), `%(here)s` kept.
QString iniValue(const QString &value)
{
    const QString here = QStringLiteral("%(here)s");
    QStringList pieces = value.split(here);
    for (QString &piece : pieces)
        piece.replace(QLatin1Char('%'), QLatin1String("%%"));
    return pieces.join(here);
}

//! `script_location` as written: `%(here)s/<relative>` inside the project directory.
QString scriptLocationValue(const ProjectInitOptions &options)
{
    const QString directory = QDir::cleanPath(QDir(options.directory).absolutePath());
    const QString script = ProjectInitializer::scriptDirectory(options);
    if (script.startsWith(directory + QLatin1Char('/')))
        return QStringLiteral("%(here)s/") + iniValue(script.mid(directory.size() + 1));
    return iniValue(script);
}

bool hasLineBreak(const QString &value)
{
    return value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
}

//! Writes \a text to a new file; records it in \a created.
std::optional<Diagnostic> writeNewFile(
    const QString &path, const QString &text, QStringList &created)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return initError(
            "init-write", QStringLiteral("Cannot create %1: %2").arg(path, file.errorString()));
    created << path;
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush())
        return initError(
            "init-write", QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return std::nullopt;
}

bool makeDirectory(const QString &path, QStringList &created)
{
    QStringList missing;
    for (QString p = QDir::cleanPath(path); !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &dir : missing) {
        if (!QDir().mkdir(dir))
            return false;
        created << dir;
    }
    return QFileInfo(path).isDir();
}

void rollback(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it) {
        if (QFileInfo(*it).isDir())
            QDir().rmdir(*it);
        else
            QFile::remove(*it);
    }
}

//! The ini's [post_write_hooks] and logging sections (read by env.py's fileConfig).
QString loggingSections()
{
    return QStringLiteral(
        "[post_write_hooks]\n"
        "# Programs run on each new revision file, for instance a code formatter:\n"
        "# hooks = black\n"
        "# black.type = console_scripts\n"
        "# black.entrypoint = black\n"
        "# black.options = -l 79 REVISION_SCRIPT_FILENAME\n"
        "\n"
        "# Python logging, set up by env.py with logging.config.fileConfig.\n"
        "[loggers]\n"
        "keys = root,sqlalchemy,alembic\n"
        "\n"
        "[handlers]\n"
        "keys = console\n"
        "\n"
        "[formatters]\n"
        "keys = generic\n"
        "\n"
        "[logger_root]\n"
        "level = WARN\n"
        "handlers = console\n"
        "qualname =\n"
        "\n"
        "[logger_sqlalchemy]\n"
        "level = WARN\n"
        "handlers =\n"
        "qualname = sqlalchemy.engine\n"
        "\n"
        "[logger_alembic]\n"
        "level = INFO\n"
        "handlers =\n"
        "qualname = alembic\n"
        "\n"
        "[handler_console]\n"
        "class = StreamHandler\n"
        "args = (sys.stderr,)\n"
        "level = NOTSET\n"
        "formatter = generic\n"
        "\n"
        "[formatter_generic]\n"
        "format = %(levelname)-5.5s [%(name)s] %(message)s\n"
        "datefmt = %H:%M:%S\n");
}

} // namespace

QString ProjectInitializer::scriptDirectory(const ProjectInitOptions &options)
{
    return QDir::cleanPath(
        QDir(QDir(options.directory).absolutePath()).absoluteFilePath(options.scriptLocation));
}

QString ProjectInitializer::iniPath(const ProjectInitOptions &options)
{
    return QDir::cleanPath(
        QDir(QDir(options.directory).absolutePath()).absoluteFilePath(options.iniFileName));
}

std::optional<Diagnostic> ProjectInitializer::validate(const ProjectInitOptions &options)
{
    if (options.directory.trimmed().isEmpty())
        return initError("init-options", QStringLiteral("Choose the project directory"));
    if (options.scriptLocation.trimmed().isEmpty())
        return initError(
            "init-options", QStringLiteral("Choose the directory of the migration scripts"));
    if (options.iniFileName.trimmed().isEmpty() || options.iniFileName.contains(QLatin1Char('/')))
        return initError("init-options",
            QStringLiteral("The configuration file name must be a plain file name"));
    if (hasLineBreak(options.directory) || hasLineBreak(options.scriptLocation)
        || hasLineBreak(options.sqlalchemyUrl))
        return initError(
            "init-options", QStringLiteral("Paths and the database URL must be single lines"));
    if (QDir::isRelativePath(options.scriptLocation)
        && options.scriptLocation.contains(QLatin1Char(':')))
        return initError("init-options",
            QStringLiteral("A relative script location must not contain ':' (Alembic would "
                           "read '%1' as a Python package resource)")
                .arg(options.scriptLocation));
    const QFileInfo directory(QDir(options.directory).absolutePath());
    if (directory.exists() && !directory.isDir())
        return initError("init-exists",
            QStringLiteral("%1 exists and is not a directory").arg(directory.filePath()));
    const QString script = scriptDirectory(options);
    if (script == QDir::cleanPath(directory.absoluteFilePath()))
        return initError("init-options",
            QStringLiteral("The script directory must differ from the project directory"));
    const QFileInfo scriptInfo(script);
    if (scriptInfo.exists()
        && (!scriptInfo.isDir()
            || !QDir(script).isEmpty(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        return initError("init-exists",
            QStringLiteral("Directory %1 already exists and is not empty").arg(script));
    if (QFileInfo::exists(iniPath(options)))
        return initError("init-exists",
            QStringLiteral("File %1 already exists; Retort does not overwrite it")
                .arg(iniPath(options)));
    return std::nullopt;
}

Expected<InitializedProject, Diagnostic> ProjectInitializer::initialize(
    const ProjectInitOptions &options)
{
    if (auto problem = validate(options))
        return *problem;
    InitializedProject result;
    result.iniPath = iniPath(options);
    result.scriptDirectory = scriptDirectory(options);
    QStringList &created = result.createdPaths;
    const QString versions = QDir(result.scriptDirectory).filePath(QStringLiteral("versions"));
    std::optional<Diagnostic> failure;
    if (!makeDirectory(QFileInfo(result.iniPath).absolutePath(), created)
        || !makeDirectory(versions, created))
        failure = initError(
            "init-write", QStringLiteral("Cannot create the directory %1").arg(versions));
    const QDir scriptDir(result.scriptDirectory);
    if (!failure)
        failure = writeNewFile(scriptDir.filePath(QStringLiteral("env.py")), envPyText(), created);
    if (!failure)
        failure = writeNewFile(
            scriptDir.filePath(QStringLiteral("script.py.mako")), scriptTemplateText(), created);
    if (!failure)
        failure = writeNewFile(scriptDir.filePath(QStringLiteral("README")), readmeText(), created);
    if (!failure)
        failure = writeNewFile(result.iniPath, iniText(options), created);
    if (failure) {
        rollback(created);
        return *failure;
    }
    return result;
}

QString ProjectInitializer::iniText(const ProjectInitOptions &options)
{
    const QString url = options.sqlalchemyUrl.trimmed().isEmpty()
        ? QStringLiteral("driver://user:pass@localhost/dbname")
        : iniValue(options.sqlalchemyUrl.trimmed());
    return QStringLiteral(
               "# Alembic configuration, created by Retort (File > New Project).\n"
               "# Alembic and Retort both read it; the keys and their meaning are Alembic's.\n"
               "\n"
               "[alembic]\n"
               "# The migration environment: env.py, script.py.mako and versions/.\n"
               "# %(here)s is the directory of this file, so any working directory will do.\n"
               "script_location = %1\n"
               "\n"
               "# Names of new revision files. Tokens: rev, slug, epoch, year, month, day, hour,\n"
               "# minute, second; a literal percent sign is written %%. Unset: %%(rev)s_%%(slug)s\n"
               "# file_template = "
               "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\n"
               "\n"
               "# Put on sys.path before env.py runs.\n"
               "prepend_sys_path = .\n"
               "\n"
               "# Time zone of the Create Date written into new revisions and of the date tokens\n"
               "# above, e.g. Europe/Berlin. Unset: local time. Alembic 1.8 needs "
               "python-dateutil.\n"
               "# timezone =\n"
               "\n"
               "# How many characters of the message go into the slug (40 when unset).\n"
               "# truncate_slug_length = 40\n"
               "\n"
               "# true: run env.py for `alembic revision` even without --autogenerate.\n"
               "# revision_environment = false\n"
               "\n"
               "# true: accept compiled .pyc files without their .py source as revisions.\n"
               "# sourceless = false\n"
               "\n"
               "# Further directories of revision files, split as version_path_separator says.\n"
               "# With several, a new base revision needs --version-path.\n"
               "# version_locations = %(here)s/more_versions:%1/versions\n"
               "\n"
               "# How version_locations is split: os (the platform's path separator), :, ;,\n"
               "# space or newline. Keep comments on lines of their own: the ini format would "
               "take\n"
               "# a trailing comment as part of the value.\n"
               "version_path_separator = os\n"
               "\n"
               "# Encoding of the revision files written from script.py.mako.\n"
               "# output_encoding = utf-8\n"
               "\n"
               "# The database. The DATABASE_URL environment variable, when set, wins (see "
               "env.py).\n"
               "sqlalchemy.url = %2\n"
               "\n"
               "\n")
               .arg(scriptLocationValue(options), url)
        + loggingSections();
}

QString ProjectInitializer::envPyText()
{
    return QStringLiteral(
        "\"\"\"The migration environment: Alembic runs this module for every command that\n"
        "needs a database.\n"
        "\n"
        "Online, it opens a connection and runs the migrations on it. Offline (``--sql``),\n"
        "it only needs the URL to pick the SQL dialect and prints the statements. The URL\n"
        "is the DATABASE_URL environment variable when that is set, otherwise\n"
        "``sqlalchemy.url`` from the ini file.\n"
        "\"\"\"\n"
        "import os\n"
        "from logging.config import fileConfig\n"
        "\n"
        "from sqlalchemy import engine_from_config\n"
        "from sqlalchemy import pool\n"
        "\n"
        "from alembic import context\n"
        "\n"
        "# The Config of the ini file this run was started with.\n"
        "config = context.config\n"
        "\n"
        "# Logging as the ini's [loggers], [handlers] and [formatters] sections say.\n"
        "if config.config_file_name is not None:\n"
        "    fileConfig(config.config_file_name)\n"
        "\n"
        "# To use autogenerate, point this at the MetaData of your models, e.g.\n"
        "#     from myapp.models import Base\n"
        "#     target_metadata = Base.metadata\n"
        "target_metadata = None\n"
        "\n"
        "\n"
        "def database_url() -> str:\n"
        "    \"\"\"DATABASE_URL if set and not empty, else the ini's sqlalchemy.url.\"\"\"\n"
        "    return os.environ.get(\"DATABASE_URL\") or "
        "config.get_main_option(\"sqlalchemy.url\")\n"
        "\n"
        "\n"
        "def run_migrations_offline() -> None:\n"
        "    \"\"\"Emit the SQL instead of executing it; no DBAPI connection is made.\"\"\"\n"
        "    context.configure(\n"
        "        url=database_url(),\n"
        "        target_metadata=target_metadata,\n"
        "        literal_binds=True,\n"
        "        dialect_opts={\"paramstyle\": \"named\"},\n"
        "    )\n"
        "    with context.begin_transaction():\n"
        "        context.run_migrations()\n"
        "\n"
        "\n"
        "def run_migrations_online() -> None:\n"
        "    \"\"\"Connect, then run the migrations inside the migration context.\"\"\"\n"
        "    settings = dict(config.get_section(config.config_ini_section) or {})\n"
        "    settings[\"sqlalchemy.url\"] = database_url()\n"
        "    engine = engine_from_config(settings, prefix=\"sqlalchemy.\", "
        "poolclass=pool.NullPool)\n"
        "    with engine.connect() as connection:\n"
        "        context.configure(connection=connection, target_metadata=target_metadata)\n"
        "        with context.begin_transaction():\n"
        "            context.run_migrations()\n"
        "\n"
        "\n"
        "if context.is_offline_mode():\n"
        "    run_migrations_offline()\n"
        "else:\n"
        "    run_migrations_online()\n");
}

QString ProjectInitializer::scriptTemplateText()
{
    return QStringLiteral(
        "\"\"\"${message}\n"
        "\n"
        "Revision ID: ${up_revision}\n"
        "Revises: ${down_revision | comma,n}\n"
        "Create Date: ${create_date}\n"
        "\n"
        "\"\"\"\n"
        "from typing import Sequence, Union\n"
        "\n"
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        "${imports if imports else \"\"}\n"
        "\n"
        "# Where this revision sits in the graph; Alembic reads these names.\n"
        "revision: str = ${repr(up_revision)}\n"
        "down_revision: Union[str, Sequence[str], None] = ${repr(down_revision)}\n"
        "branch_labels: Union[str, Sequence[str], None] = ${repr(branch_labels)}\n"
        "depends_on: Union[str, Sequence[str], None] = ${repr(depends_on)}\n"
        "\n"
        "\n"
        "def upgrade() -> None:\n"
        "    ${upgrades if upgrades else \"pass\"}\n"
        "\n"
        "\n"
        "def downgrade() -> None:\n"
        "    ${downgrades if downgrades else \"pass\"}\n");
}

QString ProjectInitializer::readmeText()
{
    return QStringLiteral(
        "Alembic migration environment (one database), created by Retort.\n"
        "\n"
        "env.py          runs the migrations; edit target_metadata for autogenerate\n"
        "script.py.mako  the template of new revision files\n"
        "versions/       the revision files\n"
        "\n"
        "Create a revision with `alembic revision -m \"message\"` or Retort's New Revision\n"
        "dialog, apply them with `alembic upgrade head`.\n");
}

} // namespace Retort::Core
