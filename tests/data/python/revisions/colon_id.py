"""colon in id"""
revision = 'abc:1'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
