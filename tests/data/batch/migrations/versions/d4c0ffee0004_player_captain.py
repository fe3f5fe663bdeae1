"""player captain

Revision ID: d4c0ffee0004
Revises: c3c0ffee0003
Create Date: 2026-03-02 09:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4c0ffee0004'
down_revision = 'c3c0ffee0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table(
        'player',
        recreate='always',
        partial_reordering=[('bio', 'nick')],
        table_args=(sa.CheckConstraint("nick <> ''", name='ck_player_nick'),),
    ) as batch_op:
        batch_op.add_column(sa.Column('captain_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_player_captain', 'player', ['captain_id'], ['id'], ondelete='SET NULL')
        batch_op.alter_column('score', server_default=None, existing_type=sa.Integer())


def downgrade() -> None:
    with op.batch_alter_table('player') as batch_op:
        batch_op.drop_constraint('fk_player_captain', type_='foreignkey')
        batch_op.drop_constraint('ck_player_nick', type_='check')
        batch_op.drop_column('captain_id')
        batch_op.alter_column('score', server_default=sa.text('0'), existing_type=sa.Integer())
