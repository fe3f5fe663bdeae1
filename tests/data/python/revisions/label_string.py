"""label as a plain string"""
revision = 'c2'
down_revision = ()
branch_labels = 'feature'
depends_on = ['a1', 'featurelabel']


def upgrade():
    pass


def downgrade():
    pass
