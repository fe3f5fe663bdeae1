"""seed authors and books

Revision ID: e5a8b3c6d701
Revises: c41d0e9f7b22
Create Date: 2026-01-16 11:27:55.041688

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5a8b3c6d701'
down_revision = 'c41d0e9f7b22'
branch_labels = None
depends_on = None

author = sa.table(
    'author',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('born_year', sa.Integer),
)

book = sa.table(
    'book',
    sa.column('id', sa.Integer),
    sa.column('title', sa.String),
    sa.column('author_id', sa.Integer),
    sa.column('isbn', sa.String),
    sa.column('published_year', sa.Integer),
    sa.column('genre', sa.String),
)


def upgrade() -> None:
    op.bulk_insert(
        author,
        [
            {'id': 1, 'name': 'Ursula K. Le Guin', 'born_year': 1929},
            {'id': 2, 'name': 'Italo Calvino', 'born_year': 1923},
            {'id': 3, 'name': "Flann O'Brien", 'born_year': 1911},
        ],
    )
    op.bulk_insert(
        book,
        [
            {'id': 1, 'title': 'The Dispossessed', 'author_id': 1,
             'isbn': '9780060512750', 'published_year': 1974, 'genre': 'fiction'},
            {'id': 2, 'title': 'Invisible Cities', 'author_id': 2,
             'isbn': '9780156453806', 'published_year': 1972, 'genre': 'fiction'},
            {'id': 3, 'title': 'The Third Policeman', 'author_id': 3,
             'isbn': '9781564782144', 'published_year': 1967, 'genre': 'fiction'},
            {'id': 4, 'title': 'Italian Folktales', 'author_id': 2,
             'isbn': None, 'published_year': 1956, 'genre': 'children'},
        ],
    )
    if op.get_context().dialect.name == 'postgresql':
        # Explicit ids do not advance the SERIAL sequences.
        op.execute("SELECT setval('author_id_seq', (SELECT max(id) FROM author))")
        op.execute("SELECT setval('book_id_seq', (SELECT max(id) FROM book))")


def downgrade() -> None:
    op.execute('DELETE FROM book WHERE id IN (1, 2, 3, 4)')
    op.execute('DELETE FROM author WHERE id IN (1, 2, 3)')
