"""merge as a list"""
revision = "m2"
down_revision = ["d1", "d2", "d3"]


def upgrade():
    pass


def downgrade():
    pass
