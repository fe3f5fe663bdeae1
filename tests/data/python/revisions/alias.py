"""a name bound to a literal"""
_PARENT = "1975ea83b712"
_LABELS = ("one", "two")
revision = 'alias1'
down_revision = _PARENT
branch_labels = _LABELS
revision = 'alias2'  # the last assignment wins


def upgrade():
    pass


def downgrade():
    pass
