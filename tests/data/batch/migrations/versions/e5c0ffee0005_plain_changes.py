"""plain changes

ALTERs SQLite can run: no move and copy here.

Revision ID: e5c0ffee0005
Revises: d4c0ffee0004
Create Date: 2026-03-02 09:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5c0ffee0005'
down_revision = 'd4c0ffee0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('team', sa.Column('founded', sa.Integer(), nullable=True))
    with op.batch_alter_table('team') as batch_op:
        batch_op.add_column(sa.Column('motto', sa.String(length=80), server_default='play', nullable=True))
        batch_op.create_index('ix_team_founded', ['founded'])


def downgrade() -> None:
    with op.batch_alter_table('team') as batch_op:
        batch_op.drop_index('ix_team_founded')
        batch_op.drop_column('motto')
        batch_op.drop_column('founded')
