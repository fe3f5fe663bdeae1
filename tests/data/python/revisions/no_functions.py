"""header only"""
revision = 'nofn'
down_revision = None
