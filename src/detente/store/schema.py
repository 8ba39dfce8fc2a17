"""The store's schema as an ordered list of named migrations.

Each migration runs once, in its own transaction, and is recorded in the ``migrations``
table (name, applied_at) with ``PRAGMA user_version`` set to its number.  To change the
schema, append a migration; never edit one that has shipped.  A database whose version is
higher than the code knows was written by a newer Détente and is refused, not guessed at.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..errors import StoreError
from .connection import transaction, utc_now
from .links import link_all


@dataclass(frozen=True)
class Migration:
    """DDL ``statements`` and, optionally, a data step run ``after`` them in the same
    transaction (filling a new table from the rows already stored)."""

    name: str
    statements: tuple[str, ...]
    after: Callable[[sqlite3.Connection], None] | None = None


ARTICLES_AND_EVENTS = Migration("001_articles_and_events", (
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        published TEXT,
        url TEXT,
        source TEXT,
        origin TEXT NOT NULL DEFAULT '',
        coded_at TEXT NOT NULL
    )""",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        date TEXT,
        date_precision TEXT NOT NULL,
        event TEXT NOT NULL,
        mode TEXT,
        context TEXT NOT NULL,      -- JSON list of PLOVER contexts
        actor TEXT NOT NULL,        -- JSON list of Entity.to_dict()
        recipient TEXT NOT NULL,    -- JSON list of Entity.to_dict()
        location TEXT,              -- JSON Place.to_dict() or NULL
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
        plover_score REAL NOT NULL,
        quad TEXT NOT NULL,
        evidence TEXT NOT NULL,     -- JSON Evidence.to_dict()
        confidence REAL NOT NULL,
        coder TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX events_article ON events(article_id)",
    "CREATE INDEX events_date ON events(date)",
))

EVENT_DYADS = Migration("002_event_dyads", (
    # One row per actor code x recipient code of an event (see rows.dyads), for pair queries.
    """CREATE TABLE event_dyads (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        date TEXT,
        actor TEXT NOT NULL,
        recipient TEXT,
        event TEXT NOT NULL,
        quad TEXT NOT NULL,
        goldstein REAL NOT NULL,
        plover_score REAL NOT NULL,
        confidence REAL NOT NULL
    )""",
    "CREATE INDEX event_dyads_pair ON event_dyads(actor, recipient, date)",
    "CREATE INDEX event_dyads_date ON event_dyads(date)",
    # Without it every cascaded delete of an event scans the whole table.
    "CREATE INDEX event_dyads_event ON event_dyads(event_id)",
))

CANONICAL_EVENTS = Migration("003_canonical_events", (
    # One row per happening reported by one or more articles (see analysis.fusion); its id
    # is the event id of its first member, so re-saving the same corpus keeps it.
    """CREATE TABLE canonical_events (
        id TEXT PRIMARY KEY,
        event TEXT NOT NULL,
        mode TEXT,
        date TEXT,                  -- of its first member
        date_precision TEXT NOT NULL,
        actor_codes TEXT NOT NULL,  -- '|'-joined sorted codes
        recipient_codes TEXT NOT NULL,
        location TEXT,              -- JSON Place.to_dict() or NULL
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
        plover_score REAL NOT NULL,
        quad TEXT NOT NULL,
        confidence REAL NOT NULL,   -- max over members
        mentions INTEGER NOT NULL,  -- sum of the members' mentions
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        representative TEXT NOT NULL  -- id of the most confident member event
    )""",
    "CREATE INDEX canonical_events_date ON canonical_events(date)",
    # What linking reads (article, fusion key, date, country) sits beside each link, so a save
    # finds its candidates through (key, date) without parsing the events' JSON.
    """CREATE TABLE event_links (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        canonical_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        key TEXT,                   -- analysis.fusion.happening_key; NULL: never links
        date TEXT,
        country TEXT
    )""",
    "CREATE INDEX event_links_key ON event_links(key, date)",
    "CREATE INDEX event_links_canonical ON event_links(canonical_id)",
    """CREATE TABLE canonical_dyads (
        canonical_id TEXT NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
        date TEXT,
        actor TEXT NOT NULL,
        recipient TEXT,
        event TEXT NOT NULL,
        quad TEXT NOT NULL,
        goldstein REAL NOT NULL,
        plover_score REAL NOT NULL,
        confidence REAL NOT NULL,
        mentions INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL
    )""",
    "CREATE INDEX canonical_dyads_pair ON canonical_dyads(actor, recipient, date)",
    "CREATE INDEX canonical_dyads_date ON canonical_dyads(date)",
    "CREATE INDEX canonical_dyads_canonical ON canonical_dyads(canonical_id)",
), after=link_all)   # an older store gets its canonical events when opened (with today's rule;
                     # Store.relink_all applies a changed rule to a store already migrated)

MIGRATIONS: tuple[Migration, ...] = (ARTICLES_AND_EVENTS, EVENT_DYADS, CANONICAL_EVENTS)

_LOG = "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied, in the order they ran."""
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection, where: str,
            migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply the pending migrations in order; returns the names applied (empty when current)."""
    _refuse_future(conn, where, migrations)
    conn.execute(_LOG)
    done = set(applied(conn))
    newly = []
    for number, migration in enumerate(migrations, 1):
        if migration.name in done:
            continue
        with transaction(conn, f"migrate {where} to {migration.name}"):
            for statement in migration.statements:
                conn.execute(statement)
            if migration.after is not None:
                migration.after(conn)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (migration.name, utc_now()))
            conn.execute(f"PRAGMA user_version = {number:d}")
        newly.append(migration.name)
    return newly


def _refuse_future(conn: sqlite3.Connection, where: str, migrations: Sequence[Migration]) -> None:
    known = {m.name for m in migrations}
    has_log = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'migrations'").fetchone()
    unknown = [name for name in applied(conn) if name not in known] if has_log else []
    if version(conn) > len(migrations) or unknown:
        raise StoreError(
            f"{where} has schema version {version(conn)}"
            + (f" (migrations {', '.join(unknown)})" if unknown else "")
            + f", newer than this Détente knows ({len(migrations)}); upgrade detente or use another database"
        )
