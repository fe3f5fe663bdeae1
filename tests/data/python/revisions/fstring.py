"""f-strings"""
PREFIX = "abc"
revision = f"{PREFIX}def"
down_revision = f"plain" "text"
branch_labels = f"{PREFIX}-label"


def upgrade():
    pass


def downgrade():
    pass
