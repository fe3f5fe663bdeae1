"""demo rows depending on the environment and on the data

Revision ID: 4e0000000005
Revises: 4e0000000004
Create Date: 2026-03-09 10:40:00.000000

"""
import os

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000005"
down_revision = "4e0000000004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if os.environ.get("CORPUS_SEED_DEMO"):  # expect-needs-python: 22:8
        op.execute("INSERT INTO doc (id, title) VALUES (100, 'demo')")


def downgrade() -> None:
    if op.get_bind().execute(sa.text("SELECT count(*) FROM doc WHERE id = 100")).scalar() == 1:  # expect-needs-python: 27:8
        op.execute("DELETE FROM doc WHERE id = 100")
