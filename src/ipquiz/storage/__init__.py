"""Persistence: SQLAlchemy models, engine set-up, repositories and migrations.

The only layer that imports SQLAlchemy or Alembic.
"""
