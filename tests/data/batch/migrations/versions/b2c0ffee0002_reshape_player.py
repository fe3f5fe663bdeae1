"""reshape player

A rename, a dropped column, a new column placed after another, a type change
with a CAST, and a new CHECK: SQLite moves and copies the table.

Revision ID: b2c0ffee0002
Revises: a1c0ffee0001
Create Date: 2026-03-02 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2c0ffee0002'
down_revision = 'a1c0ffee0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('player') as batch_op:
        batch_op.alter_column('notes', new_column_name='bio', existing_type=sa.Text())
        batch_op.drop_column('joined')
        batch_op.add_column(
            sa.Column('active', sa.Boolean(), server_default=sa.text('1'), nullable=False),
            insert_after='nick',
        )
        batch_op.alter_column('rank', type_=sa.String(length=5), existing_type=sa.Integer())
        batch_op.create_check_constraint('ck_player_rank', 'length(rank) < 6')


def downgrade() -> None:
    with op.batch_alter_table('player') as batch_op:
        batch_op.drop_constraint('ck_player_rank', type_='check')
        batch_op.alter_column('rank', type_=sa.Integer(), existing_type=sa.String(length=5))
        batch_op.drop_column('active')
        batch_op.add_column(sa.Column('joined', sa.Date(), nullable=True), insert_after='score')
        batch_op.alter_column('bio', new_column_name='notes', existing_type=sa.Text())
