"""render case: enum_class"""
import enum
from enum import Enum, IntEnum

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "r1"
down_revision = None
branch_labels = None
depends_on = None


class Colour(enum.Enum):
    """Colours."""
    red = 1
    green = 2
    crimson = 1


class Size(str, Enum):
    SMALL = "s"
    LARGE = "l"


class Level(IntEnum):
    LOW = 1
    HIGH = 2
    pass


@enum.unique
class Mood(Enum):
    up = "u"
    down = "d"


def upgrade():
    op.create_table(
        "thing",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("colour", sa.Enum(Colour, name="thing_colour")),
        sa.Column("colour2", sa.Enum(Colour, name="thing_colour2", omit_aliases=True)),
        sa.Column("size", sa.Enum(Size)),
        sa.Column("level", sa.Enum(Level, native_enum=False, create_constraint=True)),
    )
    mood = postgresql.ENUM(Mood, name="thing_mood", create_type=False)
    mood.create(op.get_bind(), checkfirst=False)
    op.add_column("thing", sa.Column("mood", mood))


def downgrade():
    pass
