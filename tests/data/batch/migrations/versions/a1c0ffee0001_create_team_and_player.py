"""create team and player

Revision ID: a1c0ffee0001
Revises: 
Create Date: 2026-03-02 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a1c0ffee0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    team = op.create_table(
        'team',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_team'),
        sa.UniqueConstraint('name', name='uq_team_name'),
    )
    player = op.create_table(
        'player',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.Integer(), sa.ForeignKey('team.id', ondelete='CASCADE'), nullable=False),
        sa.Column('nick', sa.String(length=30), nullable=False),
        sa.Column('score', sa.Integer(), server_default=sa.text('0'), nullable=False),
        sa.Column('joined', sa.Date(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        sa.Column('rank', sa.Integer(), nullable=True, index=True),
        sa.PrimaryKeyConstraint('id', name='pk_player'),
        sa.CheckConstraint('score >= 0', name='ck_player_score'),
        sa.UniqueConstraint('team_id', 'nick', name='uq_player_team_nick'),
    )
    op.create_index('ix_player_nick', 'player', ['nick'])
    op.bulk_insert(team, [{'id': 1, 'name': 'Owls'}, {'id': 2, 'name': 'Larks'}])
    op.bulk_insert(
        player,
        [
            {'id': 1, 'team_id': 1, 'nick': 'ada', 'score': 12, 'notes': 'first', 'rank': 3},
            {'id': 2, 'team_id': 1, 'nick': 'bo', 'score': 7, 'notes': None, 'rank': 12},
            {'id': 3, 'team_id': 2, 'nick': 'cy', 'score': 0, 'notes': "it's", 'rank': None},
        ],
    )


def downgrade() -> None:
    op.drop_index('ix_player_nick', table_name='player')
    op.drop_table('player')
    op.drop_table('team')
