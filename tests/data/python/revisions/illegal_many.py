"""bad id"""
revision = 'a@b+c-d'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
