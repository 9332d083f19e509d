"""Reading a test database the way another station would: a connection of its own."""

from __future__ import annotations

from sqlalchemy import Row, create_engine, text


def committed(url: str, sql: str, **params: object) -> list[Row[tuple[object, ...]]]:
    """Rows as a separate connection sees them: only what was committed."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params))
    finally:
        engine.dispose()
