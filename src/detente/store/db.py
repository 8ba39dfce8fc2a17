"""The event store: coded articles and their events in one SQLite file.

Saving an article replaces all of its events, so coding the same input twice (or with a
newer lexicon) never duplicates anything.  Reads return plain dicts in the output
contract's shape (``Event.to_dict()``), ready for JSON, CSV or the web layer.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Self

from ..errors import QueryError, StoreError
from ..models import Article, Event
from ..ontology import QUADS
from . import rows
from .connection import connect, transaction, utc_now
from .schema import migrate

DEFAULT_PATH = "detente.db"
BATCH = 500   # articles per transaction in save_many: few commits, bounded loss on a crash
CONFLICT = tuple(q for q in QUADS if q.endswith("conflict"))
COOPERATION = tuple(q for q in QUADS if q.endswith("cooperation"))


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


UPSERT_ARTICLE = _insert("articles", rows.ARTICLE_COLUMNS) + " ON CONFLICT(id) DO UPDATE SET " + ", ".join(
    f"{c} = excluded.{c}" for c in rows.ARTICLE_COLUMNS[1:])
INSERT_EVENT = _insert("events", rows.EVENT_COLUMNS)
INSERT_DYAD = _insert("event_dyads", rows.DYAD_COLUMNS)


class Store:
    """Articles and events in SQLite; ``":memory:"`` gives a throwaway store."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = str(path)
        self._conn = connect(self.path)
        try:
            migrate(self._conn, self.path)
        except BaseException:
            self._conn.close()
            raise

    # ---- writes ------------------------------------------------------------------------

    def save(self, article: Article, events: Sequence[Event]) -> None:
        """Upsert ``article`` and replace all of its events, in one transaction."""
        with transaction(self._conn, f"save article {article.id!r}"):
            self._write(article, events, utc_now())

    def save_many(self, items: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        """Save each (article, events) pair as ``save`` does, ``BATCH`` per transaction.

        Returns the number of articles saved.  A failing article rolls back its batch only.
        """
        saved, pending = 0, iter(items)
        while batch := list(islice(pending, BATCH)):
            with transaction(self._conn, f"save the batch of {len(batch)} articles from {batch[0][0].id!r}"):
                coded_at = utc_now()
                for article, events in batch:
                    self._write(article, events, coded_at)
            saved += len(batch)
        return saved

    def _write(self, article: Article, events: Sequence[Event], coded_at: str) -> None:
        strays = [e.id for e in events if e.article_id != article.id]
        if strays:
            raise StoreError(f"events {', '.join(strays)} do not belong to article {article.id!r}; "
                             "save each event with its own article")
        self._conn.execute(UPSERT_ARTICLE, rows.article_row(article, coded_at))
        self._conn.execute("DELETE FROM events WHERE article_id = ?", (article.id,))  # dyads cascade
        try:
            self._conn.executemany(INSERT_EVENT, [rows.event_row(e) for e in events])
        except sqlite3.IntegrityError as err:
            raise StoreError(f"cannot save the events of article {article.id!r} ({err}); event ids "
                             "must be unique across all articles") from err
        self._conn.executemany(INSERT_DYAD, [row for e in events for row in rows.dyad_rows(e)])

    # ---- reads -------------------------------------------------------------------------

    def articles(self) -> list[dict]:
        """All articles, oldest publication first (undated last)."""
        query = f"SELECT {', '.join(rows.ARTICLE_COLUMNS)} FROM articles ORDER BY published IS NULL, published, id"
        return [rows.article_dict(r) for r in self._conn.execute(query)]

    def article(self, id: str) -> dict | None:
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (id,)).fetchone()
        return rows.article_dict(row) if row else None

    def events(self, article_id: str | None = None, since: date | None = None,
               until: date | None = None, dyad: tuple[str, str] | None = None) -> list[dict]:
        """Events matching every filter given, by date (undated last), then as saved.

        ``since``/``until`` are inclusive and leave out undated events; ``dyad`` (a, b)
        matches events between a and b in either direction.
        """
        where, params = _date_range(since, until)
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        if dyad is not None:
            pair, pair_params = _pair(*dyad, directed=False)
            where.append(f"id IN (SELECT event_id FROM event_dyads WHERE {pair})")
            params += pair_params
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        query = f"SELECT * FROM events {clause} ORDER BY date IS NULL, date, article_id, rowid"
        return [rows.event_dict(r) for r in self._conn.execute(query, params)]

    def counts(self) -> dict[str, int]:
        return {table: self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("articles", "events")}

    def daily_dyad(self, a: str, b: str, directed: bool = False) -> list[dict]:
        """Per day with events between a and b (a → b only when ``directed``): the number
        of events, their Goldstein and PLOVER score sums, conflict and cooperation counts.

        Each event counts once a day however many of its dyads match; days without events
        and undated events are left out.
        """
        pair, params = _pair(a, b, directed)
        query = f"""
            SELECT date, COUNT(*) AS events,
                   ROUND(SUM(goldstein), 6) AS goldstein_sum, ROUND(SUM(plover_score), 6) AS plover_sum,
                   SUM(quad IN ({_marks(CONFLICT)})) AS conflict,
                   SUM(quad IN ({_marks(COOPERATION)})) AS cooperation
            FROM (SELECT DISTINCT event_id, date, quad, goldstein, plover_score
                  FROM event_dyads WHERE date IS NOT NULL AND ({pair}))
            GROUP BY date ORDER BY date"""
        return [dict(r) for r in self._conn.execute(query, [*CONFLICT, *COOPERATION, *params])]

    # ---- lifetime ----------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _pair(a: str, b: str, directed: bool) -> tuple[str, list[str]]:
    """SQL condition on event_dyads for the pair a → b (and b → a unless directed)."""
    if directed:
        return "actor = ? AND recipient = ?", [a, b]
    return "(actor = ? AND recipient = ?) OR (actor = ? AND recipient = ?)", [a, b, b, a]


def _date_range(since: date | None, until: date | None) -> tuple[list[str], list[str]]:
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}; swap them")
    where, params = [], []
    for bound, op in ((since, ">="), (until, "<=")):
        if bound is not None:
            where.append(f"date {op} ?")
            params.append(bound.isoformat())
    return where, params
