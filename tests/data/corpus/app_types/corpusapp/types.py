"""Application column types, as projects commonly define them."""
from sqlalchemy import CHAR, Numeric
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.types import TypeDecorator


class GUID(TypeDecorator):
    """UUID on PostgreSQL, CHAR(32) elsewhere."""

    impl = CHAR
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(UUID())
        return dialect.type_descriptor(CHAR(32))


class Money(TypeDecorator):
    """An amount with two decimals."""

    impl = Numeric(12, 2)
    cache_ok = True
