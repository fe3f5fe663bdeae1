"""imported parent"""
from myapp.revs import PARENT

revision = 'imp1'
down_revision = PARENT


def upgrade():
    pass


def downgrade():
    pass
