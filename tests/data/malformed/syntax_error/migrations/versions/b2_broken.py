"""broken"""
revision = 'bbbb0002'
down_revision = 'aaaa0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('t', sa.Column('id', sa.Integer)


def downgrade():
    pass
