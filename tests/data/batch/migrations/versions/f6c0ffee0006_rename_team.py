"""rename team to squad

The foreign key in player follows the renamed table; the next batch starts
from the model's view of both tables.

Revision ID: f6c0ffee0006
Revises: e5c0ffee0005
Create Date: 2026-03-02 09:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f6c0ffee0006'
down_revision = 'e5c0ffee0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.rename_table('team', 'squad')
    with op.batch_alter_table('squad') as batch_op:
        batch_op.alter_column('founded', type_=sa.String(length=4), existing_type=sa.Integer())
        batch_op.alter_column('motto', nullable=False, existing_type=sa.String(length=80))
    with op.batch_alter_table('player') as batch_op:
        batch_op.alter_column('team_id', new_column_name='squad_id', existing_type=sa.Integer())


def downgrade() -> None:
    with op.batch_alter_table('player') as batch_op:
        batch_op.alter_column('squad_id', new_column_name='team_id', existing_type=sa.Integer())
    with op.batch_alter_table('squad') as batch_op:
        batch_op.alter_column('motto', nullable=True, existing_type=sa.String(length=80))
        batch_op.alter_column('founded', type_=sa.Integer(), existing_type=sa.String(length=4))
    op.rename_table('squad', 'team')
