"""Opening the SQLite file and running explicit transactions.

The connection runs in autocommit mode (``isolation_level=None``) so that every
transaction is an explicit BEGIN … COMMIT: Python's implicit transactions would commit
half a migration before its DDL and could not hold ``PRAGMA user_version`` with it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection with foreign keys on and rows readable by column name."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA user_version").fetchone()   # fails here on a file that is not SQLite
    except sqlite3.DatabaseError as err:
        raise StoreError(f"cannot open the store {str(path)!r} ({err}); give a writable path to a "
                         "Détente database, or a new file name") from None
    conn.row_factory = sqlite3.Row
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, what: str) -> Iterator[sqlite3.Connection]:
    """All of the block or none of it; SQLite errors become a StoreError naming ``what``."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(err, sqlite3.Error):
            raise StoreError(f"cannot {what}: {err}") from err
        raise


def utc_now() -> str:
    """When a row was written, in UTC to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")
