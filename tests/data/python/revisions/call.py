"""computed parent"""
from myapp.revs import compute_parent

revision = 'call1'
down_revision = compute_parent()
depends_on = base.REV


def upgrade():
    pass


def downgrade():
    pass
