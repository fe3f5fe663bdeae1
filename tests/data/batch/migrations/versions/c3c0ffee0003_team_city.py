"""team city

Revision ID: c3c0ffee0003
Revises: b2c0ffee0002
Create Date: 2026-03-02 09:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c3c0ffee0003'
down_revision = 'b2c0ffee0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('team') as batch_op:
        batch_op.add_column(sa.Column('city', sa.String(length=40), nullable=True, index=True))
        batch_op.drop_constraint('uq_team_name', type_='unique')
        batch_op.create_unique_constraint('uq_team_name_city', ['name', 'city'])
    op.execute("UPDATE team SET city = 'Bern' WHERE id = 1")


def downgrade() -> None:
    with op.batch_alter_table('team') as batch_op:
        batch_op.drop_index('ix_team_city')
        batch_op.drop_index('ix__alembic_tmp_team_city')
        batch_op.drop_constraint('uq_team_name_city', type_='unique')
        batch_op.create_unique_constraint('uq_team_name', ['name'])
        batch_op.drop_column('city')
