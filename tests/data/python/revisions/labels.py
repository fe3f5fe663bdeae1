"""start a branch"""
revision = 'c1'
down_revision = 'b'
branch_labels = ('c1branch', 'extra')
depends_on = 'a1'


def upgrade():
    pass


def downgrade():
    pass
