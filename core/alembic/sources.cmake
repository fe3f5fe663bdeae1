# Sources of core/alembic (owned by that area).
