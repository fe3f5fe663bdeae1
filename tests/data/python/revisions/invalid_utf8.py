"""bad bytes"""
revision = 'bad8'
down_revision = None  # Ã© ok ÿ here
