#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Generate a large Alembic project for benchmarks.

Shape: a main line; every 50th revision opens a side branch of 5 revisions (with a branch
label on every 4th branch and a depends_on on every 3rd) that is merged back 10 revisions later.
Bodies are real op.* calls (create_table / add_column / create_index and their inverses), so
the same projects can serve the SQL benchmarks.
usage: gen_project.py COUNT OUTDIR
"""
import os
import random
import sys

INI = """[alembic]
script_location = %(here)s/migrations
sqlalchemy.url = sqlite:///%(here)s/bench.db

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %%(levelname)-5.5s [%%(name)s] %%(message)s
"""

ENV = '''from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)


def run_migrations_offline():
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True,
                      dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    engine = engine_from_config(config.get_section(config.config_ini_section),
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''

REVISION = '''"""{message}

Revision ID: {rev}
Revises: {revises}
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = {rev!r}
down_revision = {down!r}
branch_labels = {labels!r}
depends_on = {depends!r}


def upgrade() -> None:
{upgrade}


def downgrade() -> None:
{downgrade}
'''


def bodies(index):
    """An upgrade/downgrade pair that really changes the schema and can be undone."""
    table = "t%d" % index
    if index % 3 == 0:
        up = ("    op.create_table({t!r},\n"
              "        sa.Column('id', sa.Integer(), nullable=False),\n"
              "        sa.Column('name', sa.String(length=50), nullable=True),\n"
              "        sa.PrimaryKeyConstraint('id'))").format(t=table)
        down = "    op.drop_table({t!r})".format(t=table)
    elif index % 3 == 1:
        up = ("    op.create_table({t!r}, sa.Column('id', sa.Integer(), nullable=False),\n"
              "        sa.Column('amount', sa.Numeric(10, 2), nullable=True),\n"
              "        sa.PrimaryKeyConstraint('id'))\n"
              "    op.create_index('ix_{t}_amount', {t!r}, ['amount'])").format(t=table)
        down = "    op.drop_index('ix_{t}_amount', table_name={t!r})\n    op.drop_table({t!r})".format(t=table)
    else:
        up = ("    op.create_table({t!r}, sa.Column('id', sa.Integer(), nullable=False),\n"
              "        sa.Column('created', sa.DateTime(), nullable=True),\n"
              "        sa.PrimaryKeyConstraint('id'))").format(t=table)
        down = "    op.drop_table({t!r})".format(t=table)
    return up, down


class Generator:
    def __init__(self, count, out):
        self.count = count
        self.out = out
        self.rng = random.Random(20261121)
        self.ids = []
        self.versions = os.path.join(out, "migrations", "versions")

    def new_id(self):
        while True:
            rev = "%012x" % self.rng.getrandbits(48)
            if rev not in self.ids:
                return rev

    def write(self, rev, down, labels=None, depends=None):
        index = len(self.ids)
        self.ids.append(rev)
        up, dn = bodies(index)
        if isinstance(down, tuple):
            revises = ", ".join(down)
        else:
            revises = down or ""
        text = REVISION.format(message="step %d" % index, rev=rev, revises=revises, down=down,
                               labels=labels, depends=depends, upgrade=up, downgrade=dn)
        with open(os.path.join(self.versions, "%s_step_%d.py" % (rev, index)), "w") as f:
            f.write(text)

    def run(self):
        os.makedirs(self.versions)
        with open(os.path.join(self.out, "alembic.ini"), "w") as f:
            f.write(INI)
        with open(os.path.join(self.out, "migrations", "env.py"), "w") as f:
            f.write(ENV)
        head = None
        pending_merges = {}  # main index at which to merge -> branch head
        branch_no = 0
        while len(self.ids) < self.count:
            main_index = len(self.ids)
            if main_index in pending_merges:
                rev = self.new_id()
                self.write(rev, (head, pending_merges.pop(main_index)))
                head = rev
                continue
            rev = self.new_id()
            self.write(rev, head)
            head = rev
            if main_index % 50 == 10 and len(self.ids) + 5 < self.count - 20:
                branch_head = rev
                label = ("side%d" % branch_no,) if branch_no % 4 == 0 else None
                for step in range(5):
                    side = self.new_id()
                    depends = head if (step == 2 and branch_no % 3 == 0) else None
                    self.write(side, branch_head, labels=label if step == 0 else None, depends=depends)
                    branch_head = side
                pending_merges[len(self.ids) + 10] = branch_head
                branch_no += 1
        for at, branch_head in pending_merges.items():
            rev = self.new_id()
            self.write(rev, (head, branch_head))
            head = rev


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    Generator(count, out).run()


if __name__ == "__main__":
    main()
