"""Canonical events: the members linked to one happening, summed up as one row.

A canonical event takes its type, mode, place and scores from its representative (the
most confident member; ties: more mentions, earlier, smaller id), its date from its first
member (whose event id is its id), its confidence as the members' maximum, ``mentions``
as the sum of theirs, and counts its distinct articles and sources (``fusion.source_of``).
``canonical_dyads`` expands it into actor → recipient rows as ``event_dyads`` does.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from ..analysis.fusion import key_codes, source_of
from . import sql
from .rows import dyads, stored_codes

CANONICAL_COLUMNS = ("id", "event", "mode", "date", "date_precision", "actor_codes", "recipient_codes",
                     "location", "cameo", "goldstein", "plover_score", "quad", "confidence", "mentions",
                     "articles", "sources", "representative")
CANONICAL_DYAD_COLUMNS = ("canonical_id", "date", "actor", "recipient", "event", "quad", "goldstein",
                          "plover_score", "confidence", "mentions", "articles", "sources")
INSERT_CANONICAL = sql.insert("canonical_events", CANONICAL_COLUMNS)
INSERT_CANONICAL_DYAD = sql.insert("canonical_dyads", CANONICAL_DYAD_COLUMNS)
MEMBERS = """
    SELECT l.canonical_id, l.key, e.id, e.article_id, e.date, e.date_precision, e.event, e.mode, e.actor,
           e.recipient, e.location, e.cameo, e.goldstein, e.plover_score, e.quad, e.confidence,
           e.mentions, a.source, a.url
    FROM event_links l JOIN events e ON e.id = l.event_id JOIN articles a ON a.id = e.article_id
    WHERE l.canonical_id IN ({})"""


# ---- writes ----------------------------------------------------------------------------

def rebuild(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Rewrite the canonical events ``ids`` (and their dyads) from their current members;
    one left without members is deleted."""
    for chunk in sql.chunks(sorted(set(ids))):
        conn.execute(f"DELETE FROM canonical_events WHERE id IN ({sql.marks(chunk)})", chunk)  # dyads cascade
        members: dict[str, list[sqlite3.Row]] = {}
        for row in conn.execute(MEMBERS.format(sql.marks(chunk)), chunk):
            members.setdefault(row["canonical_id"], []).append(row)
        canonical = [canonical_row(id, rows) for id, rows in members.items()]
        conn.executemany(INSERT_CANONICAL, canonical)
        conn.executemany(INSERT_CANONICAL_DYAD, [d for row in canonical for d in dyad_rows(row)])


def canonical_row(id: str, members: Sequence[sqlite3.Row]) -> tuple:
    """The ``CANONICAL_COLUMNS`` of the canonical event ``id`` over its member rows."""
    first = {m["id"]: m for m in members}[id]   # its id is its first member's
    best = min(members, key=lambda m: (-m["confidence"], -m["mentions"], m["date"] or "~", m["id"]))
    location = best["location"] or next((m["location"] for m in members if m["location"]), None)
    sources = {source_of(m["source"], m["url"], m["article_id"]) for m in members}
    actors, recipients = _codes(best)
    return (id, best["event"], best["mode"], first["date"], first["date_precision"], actors, recipients,
            location, best["cameo"], best["goldstein"], best["plover_score"], best["quad"],
            max(m["confidence"] for m in members), sum(m["mentions"] for m in members),
            len({m["article_id"] for m in members}), len(sources), best["id"])


def dyad_rows(canonical: tuple) -> list[tuple]:
    row = dict(zip(CANONICAL_COLUMNS, canonical, strict=True))
    same = tuple(row[c] for c in CANONICAL_DYAD_COLUMNS[4:])
    return [(row["id"], row["date"], actor, recipient, *same)
            for actor, recipient in dyads(_split(row["actor_codes"]), _split(row["recipient_codes"]))]


def _codes(member: sqlite3.Row) -> tuple[str, str]:
    """Actor and recipient codes, '|'-joined and sorted: from the fusion key when it has one."""
    if member["key"] is not None:
        return key_codes(member["key"])
    return "|".join(sorted(stored_codes(member["actor"]))), "|".join(sorted(stored_codes(member["recipient"])))


def _split(codes: str) -> list[str]:
    return codes.split("|") if codes else []


# ---- reads -----------------------------------------------------------------------------

def select(conn: sqlite3.Connection, since: date | None, until: date | None,
           dyad: tuple[str, str] | None) -> list[dict]:
    """Canonical events in ``CANONICAL_COLUMNS`` plus ``members``, by date (undated last)."""
    where, params = sql.date_range(since, until)
    if dyad is not None:
        pair, pair_params = sql.pair(*dyad, directed=False)
        where.append(f"id IN (SELECT canonical_id FROM canonical_dyads WHERE {pair})")
        params += pair_params
    query = f"SELECT * FROM canonical_events {sql.where(where)} ORDER BY date IS NULL, date, id"
    found = [{c: row[c] for c in CANONICAL_COLUMNS} for row in conn.execute(query, params)]
    members = _members(conn, [c["id"] for c in found])
    for c in found:
        c["location"] = json.loads(c["location"]) if c["location"] else None
        c["members"] = members[c["id"]]
    return found


def select_dyads(conn: sqlite3.Connection, a: str, b: str, since: date | None, until: date | None,
                 directed: bool) -> list[dict]:
    where, params = sql.date_range(since, until)
    pair, pair_params = sql.pair(a, b, directed)
    query = (f"SELECT * FROM canonical_dyads {sql.where([pair, *where])} "
             "ORDER BY date IS NULL, date, canonical_id, actor, recipient")
    return [{c: row[c] for c in CANONICAL_DYAD_COLUMNS} for row in conn.execute(query, pair_params + params)]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Canonical events, the events linked to them, their mentions, and how many canonical
    events more than one article reports."""
    row = conn.execute("SELECT COUNT(*), COALESCE(SUM(mentions), 0), COALESCE(SUM(articles > 1), 0) "
                       "FROM canonical_events").fetchone()
    linked = conn.execute("SELECT COUNT(*) FROM event_links").fetchone()[0]
    return {"canonical_events": row[0], "events": linked, "mentions": row[1], "multi_article": row[2]}


def _members(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    """Member event ids of each canonical event, by date then id."""
    out: dict[str, list[str]] = {id: [] for id in ids}
    for chunk in sql.chunks(ids):
        query = ("SELECT l.canonical_id, l.event_id FROM event_links l JOIN events e ON e.id = l.event_id "
                 f"WHERE l.canonical_id IN ({sql.marks(chunk)}) ORDER BY e.date IS NULL, e.date, e.id")
        for canonical_id, event_id in conn.execute(query, chunk):
            out[canonical_id].append(event_id)
    return out
