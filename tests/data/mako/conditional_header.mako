## A revision template with the constructs hand-written templates use: conditional header
## lines, double-quoted identifiers, a literal block and line continuation.
"""${message}

Revision ID: ${up_revision}
% if down_revision:
Revises: ${down_revision | comma,n}
% else:
Revises: (none, this is a base)
% endif
Create Date: ${create_date}
"""
<%text>
# Generated from ${script.py.mako}; % signs and ${...} stay as they are here.
</%text>
from alembic import op
import sqlalchemy as sa
% if imports:
${imports}
% endif

%% of the header above is literal text \
joined with this line.
revision: str = ${repr(up_revision).replace(chr(39), chr(34))}
down_revision = ${repr(down_revision) if down_revision else None}
branch_labels = ${repr(branch_labels) if branch_labels else None}
depends_on = ${repr(depends_on) if depends_on is not None else "None"}


def upgrade() -> None:
% if upgrades:
    ${upgrades}
% else:
    pass
% endif


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
