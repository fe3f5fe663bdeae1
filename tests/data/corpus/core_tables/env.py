"""Migration environment of a Retort differential-test corpus project.

Offline (``--sql``) the statements are written to standard output with literal
values; online they run on a connection. The URL is ``sqlalchemy.url`` of the
ini unless the environment variable DATABASE_URL is set (the test driver sets
it to point alembic at a fresh database).
"""
import os
from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

config = context.config

if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# Revisions are written by hand; there is no model MetaData.
target_metadata = None


def database_url() -> str:
    """DATABASE_URL from the environment, else sqlalchemy.url from the ini."""
    return os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    options = dict(config.get_section(config.config_ini_section) or {})
    options["sqlalchemy.url"] = database_url()
    connectable = engine_from_config(options, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
