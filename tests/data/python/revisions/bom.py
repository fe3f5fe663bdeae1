"""with BOM"""
revision = 'bom1'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
