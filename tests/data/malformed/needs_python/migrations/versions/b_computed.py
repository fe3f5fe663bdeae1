"""computed parent"""
from myapp.migrations import previous_revision

revision = 'bbbb0002'
down_revision = previous_revision()
branch_labels = None
depends_on = None
