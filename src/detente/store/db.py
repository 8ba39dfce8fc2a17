"""The event store: coded articles and their events in one SQLite file.

Saving an article replaces all of its events, so coding the same input twice (or with a
newer lexicon) never duplicates anything.  The store keeps two levels: events (one per
article, ``events``/``event_dyads``) and canonical events (one per happening however many
articles report it, ``canonical_events``/``canonical_dyads``), linked in the same
transaction as the save.  Reads return plain dicts in the output contract's shape
(``Event.to_dict()``), ready for JSON, CSV or the web layer.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Self

from ..errors import StoreError
from ..models import Article, Event
from ..ontology import QUADS
from . import canonical, links, rows, sql
from .connection import connect, transaction, utc_now
from .schema import migrate

DEFAULT_PATH = "detente.db"
BATCH = 500   # articles per transaction in save_many: few commits, bounded loss on a crash
CONFLICT = tuple(q for q in QUADS if q.endswith("conflict"))
COOPERATION = tuple(q for q in QUADS if q.endswith("cooperation"))


UPSERT_ARTICLE = sql.insert("articles", rows.ARTICLE_COLUMNS) + " ON CONFLICT(id) DO UPDATE SET " + ", ".join(
    f"{c} = excluded.{c}" for c in rows.ARTICLE_COLUMNS[1:])
INSERT_EVENT = sql.insert("events", rows.EVENT_COLUMNS)
INSERT_DYAD = sql.insert("event_dyads", rows.DYAD_COLUMNS)


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
        old_links = links.stored(self._conn, article.id)
        self._conn.execute(UPSERT_ARTICLE, rows.article_row(article, coded_at))
        self._conn.execute("DELETE FROM events WHERE article_id = ?", (article.id,))  # dyads, links cascade
        try:
            self._conn.executemany(INSERT_EVENT, [rows.event_row(e) for e in events])
        except sqlite3.IntegrityError as err:
            raise StoreError(f"cannot save the events of article {article.id!r} ({err}); event ids "
                             "must be unique across all articles") from err
        self._conn.executemany(INSERT_DYAD, [row for e in events for row in rows.dyad_rows(e)])
        links.link_article(self._conn, old_links, events)

    def relink_all(self) -> None:
        """Link every event to its canonical event afresh (after a change of the fusion rule)."""
        with transaction(self._conn, "re-link all events to canonical events"):
            links.link_all(self._conn)

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
        where, params = sql.date_range(since, until)
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        if dyad is not None:
            pair, pair_params = sql.pair(*dyad, directed=False)
            where.append(f"id IN (SELECT event_id FROM event_dyads WHERE {pair})")
            params += pair_params
        query = f"SELECT * FROM events {sql.where(where)} ORDER BY date IS NULL, date, article_id, rowid"
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
        pair, params = sql.pair(a, b, directed)
        query = f"""
            SELECT date, COUNT(*) AS events,
                   ROUND(SUM(goldstein), 6) AS goldstein_sum, ROUND(SUM(plover_score), 6) AS plover_sum,
                   SUM(quad IN ({sql.marks(CONFLICT)})) AS conflict,
                   SUM(quad IN ({sql.marks(COOPERATION)})) AS cooperation
            FROM (SELECT DISTINCT event_id, date, quad, goldstein, plover_score
                  FROM event_dyads WHERE date IS NOT NULL AND ({pair}))
            GROUP BY date ORDER BY date"""
        return [dict(r) for r in self._conn.execute(query, [*CONFLICT, *COOPERATION, *params])]

    # ---- canonical events (one per happening, across articles) -------------------------

    def canonical_events(self, since: date | None = None, until: date | None = None,
                         dyad: tuple[str, str] | None = None) -> list[dict]:
        """Canonical events by date (undated last), filtered as ``events``; each dict has
        the ``canonical_events`` columns (``location`` parsed) and ``members``, its event ids."""
        return canonical.select(self._conn, since, until, dyad)

    def canonical_counts(self) -> dict[str, int]:
        """Canonical events, events linked to them, their mentions, and canonical events
        reported by more than one article."""
        return canonical.counts(self._conn)

    def canonical_dyads(self, a: str, b: str, since: date | None = None, until: date | None = None,
                        directed: bool = False) -> list[dict]:
        """Rows of ``canonical_dyads`` from a to b (and b to a unless ``directed``), by date."""
        return canonical.select_dyads(self._conn, a, b, since, until, directed)

    # ---- lifetime ----------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

