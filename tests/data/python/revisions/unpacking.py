"""tuple assignment"""
revision, down_revision = 'unp1', 'unp0'
(branch_labels, depends_on) = None, compute()


def upgrade():
    pass


def downgrade():
    pass
