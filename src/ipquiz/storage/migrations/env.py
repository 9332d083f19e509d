"""Alembic environment: runs migrations on the app's own engine (pragmas included)."""

from alembic import context

from ipquiz.storage import locks
from ipquiz.storage.database import make_engine
from ipquiz.storage.models import Base

config = context.config
engine = config.attributes.get("engine") or make_engine(
    config.get_main_option("sqlalchemy.url") or ""
)

with engine.begin() as connection:
    # Stations starting together on a new server: one migrates, the others wait and then
    # find the schema current (SQLite: BEGIN IMMEDIATE already makes them wait).
    locks.hold(connection, locks.SCHEMA)
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
    )
    with context.begin_transaction():
        context.run_migrations()
