"""conditional header"""
import os

revision = 'cond1'
if os.environ.get("X"):
    down_revision = 'x'
else:
    down_revision = 'y'
try:
    branch_labels = ('a',)
except ImportError:
    pass
depends_on = None
if True:
    depends_on = 'z'


def upgrade():
    pass


def downgrade():
    pass
