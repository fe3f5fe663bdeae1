"""broken file"""
revision = 'deadbeef0001'
down_revision = 'cafe'


def upgrade():
    op.add_column('t', sa.Column('c', sa.Integer())


def downgrade():
    pass
