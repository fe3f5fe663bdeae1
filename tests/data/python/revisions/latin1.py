# -*- coding: latin-1 -*-
"""Café table

long text"""
revision = 'lat1'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
