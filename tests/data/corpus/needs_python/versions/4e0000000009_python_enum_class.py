"""an Enum type built from a Python enum class

Revision ID: 4e0000000009
Revises: 4e0000000008
Create Date: 2026-03-09 11:20:00.000000

"""
import enum

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e0000000009"
down_revision = "4e0000000008"
branch_labels = None
depends_on = None


class Colour(enum.Enum):
    red = 1
    green = 2

    def label(self):  # expect-needs-python: 25:5 (a method: only Python knows what it does)
        return self.name.title()


def upgrade() -> None:
    colour = sa.Enum(Colour, name="doc_colour")
    colour.create(op.get_bind(), checkfirst=False)
    op.add_column("doc", sa.Column("colour", colour))


def downgrade() -> None:
    op.drop_column("doc", "colour")
    sa.Enum(Colour, name="doc_colour").drop(op.get_bind(), checkfirst=False)
