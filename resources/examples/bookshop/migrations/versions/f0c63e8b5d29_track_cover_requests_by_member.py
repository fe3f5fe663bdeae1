"""track cover requests by member

A member may ask for a better cover scan. This needs the member table from
the other line of history, hence depends_on instead of a merge.

Revision ID: f0c63e8b5d29
Revises: b8d14c9a2e71
Create Date: 2026-01-26 13:20:57.226409

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f0c63e8b5d29'
down_revision = 'b8d14c9a2e71'
branch_labels = None
depends_on = '1d9f4e2b7c35'


def upgrade() -> None:
    with op.batch_alter_table('book_cover') as batch_op:
        batch_op.add_column(sa.Column('requested_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            'fk_book_cover_requested_by_id_member',
            'member',
            ['requested_by_id'],
            ['id'],
            ondelete='SET NULL',
        )


def downgrade() -> None:
    with op.batch_alter_table('book_cover') as batch_op:
        batch_op.drop_constraint('fk_book_cover_requested_by_id_member', type_='foreignkey')
        batch_op.drop_column('requested_by_id')
