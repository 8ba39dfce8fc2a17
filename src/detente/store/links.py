"""Linking saved events to canonical events, incrementally (the rule: ``analysis.fusion``).

``event_links`` keeps per event what linking needs (article, happening key, date, country),
so a save reads only that table through its (key, date) index, never the events' JSON.
When an article's events are replaced, each happening key its old or new events have is
re-linked from its first changed day until the links come out as stored, and only the
canonical events that gained or lost members are rebuilt.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from datetime import date, timedelta
from itertools import chain, groupby

from ..analysis.fusion import DATE_TOLERANCE_DAYS, Link, Report, cluster, relink, report, report_of
from ..models import Event
from . import canonical, sql
from .rows import stored_codes

LINK_COLUMNS = ("event_id", "canonical_id", "article_id", "key", "date", "country")
INSERT_LINK = sql.insert("event_links", LINK_COLUMNS)
# Canonical events still open on a day started at most this long before it, and all their
# earlier members lie within twice that.
CARRIED = timedelta(days=2 * DATE_TOLERANCE_DAYS)


def stored(conn: sqlite3.Connection, article_id: str) -> list[Link]:
    """The links of an article's stored events (read them before the events are replaced)."""
    query = "SELECT l.* FROM events e JOIN event_links l ON l.event_id = e.id WHERE e.article_id = ?"
    return [_link(row) for row in conn.execute(query, (article_id,))]


def link_article(conn: sqlite3.Connection, old: Sequence[Link], events: Sequence[Event]) -> None:
    """Link an article's new events (``old``: its links before they were replaced), re-link
    what either touched, and rebuild the canonical events whose members changed."""
    new = [report_of(e) for e in events]
    conn.executemany(INSERT_LINK, [_row(r, r.event_id) for r in new])
    touched = {link.canonical_id for link in old if link.canonical_id} | {r.event_id for r in new}
    for key, dates in _changed(chain((link.report for link in old), new)).items():
        touched |= _relink_key(conn, key, min(dates), max(dates))
    canonical.rebuild(conn, touched)


def link_all(conn: sqlite3.Connection) -> None:
    """Link every stored event from scratch (a new store table, or a changed rule)."""
    conn.execute("DELETE FROM event_links")
    conn.execute("DELETE FROM canonical_events")   # dyads cascade
    query = "SELECT id, article_id, date, event, actor, recipient, location FROM events"
    reports = [_report_of_row(row) for row in conn.execute(query)]
    ids = cluster(reports)
    conn.executemany(INSERT_LINK, [_row(r, ids[r.event_id]) for r in reports])
    canonical.rebuild(conn, ids.values())


def _relink_key(conn: sqlite3.Connection, key: str, first: date, last: date) -> set[str]:
    """Re-link one key from ``first``; returns the canonical ids that lost or gained members."""
    with closing(_days(conn, key, first - CARRIED)) as days:
        carried, rest = _split(days, first)
        changes = list(relink(carried, rest, last))
    if changes:
        conn.executemany("UPDATE event_links SET canonical_id = ? WHERE event_id = ?",
                         [(new, link.report.event_id) for link, new in changes])
    return {new for _, new in changes} | {link.canonical_id for link, _ in changes if link.canonical_id}


def _days(conn: sqlite3.Connection, key: str, since: date) -> Iterator[tuple[date, list[Link]]]:
    """The stored links of ``key`` from ``since`` on, a day at a time, read lazily."""
    cursor = conn.execute("SELECT * FROM event_links WHERE key = ? AND date >= ? ORDER BY date",
                          (key, since.isoformat()))
    try:
        for day, rows in groupby(cursor, key=lambda row: row["date"]):
            yield date.fromisoformat(day), [_link(row) for row in rows]
    finally:
        cursor.close()


def _split(days: Iterator[tuple[date, list[Link]]],
           first: date) -> tuple[list[Link], Iterator[tuple[date, list[Link]]]]:
    """The links dated before ``first``, and the days from ``first`` on (still lazy)."""
    carried: list[Link] = []
    for day, links in days:
        if day >= first:
            return carried, chain([(day, links)], days)
        carried += links
    return carried, iter(())


def _changed(reports: Iterable[Report]) -> dict[str, list[date]]:
    out: dict[str, list[date]] = {}
    for r in reports:
        if r.key is not None and r.date is not None:
            out.setdefault(r.key, []).append(r.date)
    return out


def _link(row: sqlite3.Row) -> Link:
    when = date.fromisoformat(row["date"]) if row["date"] else None
    return Link(Report(row["event_id"], row["article_id"], row["key"], when, row["country"]), row["canonical_id"])


def _row(r: Report, canonical_id: str) -> tuple:
    return (r.event_id, canonical_id, r.article_id, r.key, r.date.isoformat() if r.date else None, r.country)


def _report_of_row(row: sqlite3.Row) -> Report:
    when = date.fromisoformat(row["date"]) if row["date"] else None
    place = json.loads(row["location"]) if row["location"] else None
    return report(row["id"], row["article_id"], row["event"], when, stored_codes(row["actor"]),
                  stored_codes(row["recipient"]), place.get("country") if place else None)
