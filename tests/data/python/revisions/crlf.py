"""windows line ends"""
revision = 'crlf1'
down_revision = (
    'p1',
    'p2',
)


def upgrade():
    pass


def downgrade():
    pass
