"""Migration environment of the bookshop example.

Alembic runs this file for every command that touches a database. It works
in two modes: online (an Engine and a live connection) and offline (``--sql``,
the statements are written to standard output). The database URL comes from
``sqlalchemy.url`` in alembic.ini, unless the environment variable
DATABASE_URL is set, which then wins.
"""
import os
from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

# The Config object of the alembic.ini in use.
config = context.config

# Set up Python logging from the ini's [loggers]/[handlers]/[formatters].
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# The bookshop has no model module; its revisions are written by hand, so
# there is no MetaData for autogenerate.
target_metadata = None


def database_url() -> str:
    """DATABASE_URL from the environment, else sqlalchemy.url from the ini."""
    override = os.environ.get("DATABASE_URL")
    if override:
        return override
    return config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    """Write the migration SQL to the output instead of running it.

    Only a URL is needed (for the dialect); no connection is made and no
    DBAPI has to be installed.
    """
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Connect to the database and run the migrations on that connection."""
    engine_options = dict(config.get_section(config.config_ini_section) or {})
    engine_options["sqlalchemy.url"] = database_url()
    connectable = engine_from_config(
        engine_options,
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
