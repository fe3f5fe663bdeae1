"""an f-string format spec, a subscript, the server version

Revision ID: 4e0000000008
Revises: 4e0000000007
Create Date: 2026-03-09 11:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000008"
down_revision = "4e0000000007"
branch_labels = None
depends_on = None

NUMBER = 7
NAMES = ["first", "second"]


def upgrade() -> None:
    op.execute(f"INSERT INTO doc (id, title) VALUES (300, 'no {NUMBER:03d}')")  # expect-needs-python: 23:63
    op.execute("INSERT INTO doc (id, title) VALUES (301, '%s')" % NAMES[0])


def downgrade() -> None:
    if op.get_bind().dialect.server_version_info >= (3, 0):  # expect-needs-python: 28:8
        op.execute("DELETE FROM doc WHERE id IN (300, 301)")
