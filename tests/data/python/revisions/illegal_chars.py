"""bad id"""
revision = 'bad-id'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
