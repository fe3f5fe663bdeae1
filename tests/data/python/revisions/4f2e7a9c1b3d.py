"""legacy file: the id comes from the file name"""
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
