"""no down_revision"""
revision = 'abc123'


def upgrade():
    pass


def downgrade():
    pass
