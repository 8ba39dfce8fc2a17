"""Records ↔ table rows: Article and Event out to tuples, rows back to the output dicts.

Nested records (Entity, Place, Evidence) are stored as JSON in the shape of their
``to_dict`` so that a row read back equals ``Event.to_dict()`` exactly.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from ..models import Article, Entity, Event

ARTICLE_COLUMNS = ("id", "title", "text", "published", "url", "source", "origin", "coded_at")
EVENT_COLUMNS = ("id", "article_id", "date", "date_precision", "event", "mode", "context", "actor",
                 "recipient", "location", "cameo", "goldstein", "plover_score", "quad", "evidence",
                 "confidence", "coder", "mentions")
DYAD_COLUMNS = ("event_id", "article_id", "date", "actor", "recipient", "event", "quad", "goldstein",
                "plover_score", "confidence")
JSON_COLUMNS = frozenset({"context", "actor", "recipient", "location", "evidence"})


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def article_row(article: Article, coded_at: str) -> tuple:
    published = article.published.isoformat() if article.published else None
    return (article.id, article.title, article.text, published, article.url, article.source,
            article.origin, coded_at)


def event_row(event: Event) -> tuple:
    """The event as ``EVENT_COLUMNS`` values, via ``to_dict`` so both can never disagree."""
    record = event.to_dict()
    return tuple(_dumps(record[c]) if c in JSON_COLUMNS and record[c] is not None else record[c]
                 for c in EVENT_COLUMNS)


def event_dict(row: sqlite3.Row) -> dict:
    """A stored event in ``Event.to_dict()`` shape (same keys, same order, same values)."""
    return {c: json.loads(row[c]) if c in JSON_COLUMNS and row[c] is not None else row[c]
            for c in EVENT_COLUMNS}


def article_dict(row: sqlite3.Row) -> dict:
    return {c: row[c] for c in ARTICLE_COLUMNS}


def codes(entities: Iterable[Entity]) -> list[str]:
    """Distinct actor codes (country, else IGO) in order; uncoded entities drop out."""
    out: list[str] = []
    for entity in entities:
        if entity.code and entity.code not in out:
            out.append(entity.code)
    return out


def stored_codes(entities_json: str) -> list[str]:
    """Distinct codes of entities stored as JSON (``Entity.to_dict`` shape), as ``codes``."""
    out: list[str] = []
    for entity in json.loads(entities_json):
        code = entity.get("country") or entity.get("igo")
        if code and code not in out:
            out.append(code)
    return out


def dyads(actors: list[str], recipients: list[str]) -> list[tuple[str, str | None]]:
    """(actor, recipient) pairs, expanded as ``expand`` in shared/eval/score.py does.

    Every actor × every recipient; with no recipient, several actors are reciprocal (each
    paired with the others) and a lone actor gets recipient None.  An event with no coded
    actor is no dyad and gets no pair (the scorer keeps it only to count it as a miss).
    """
    if not actors:
        return []
    if recipients:
        return [(a, r) for a in actors for r in recipients]
    if len(actors) > 1:
        return [(a, b) for a in actors for b in actors if a != b]
    return [(actors[0], None)]


def dyad_rows(event: Event) -> list[tuple]:
    day = event.date.isoformat() if event.date else None
    return [(event.id, event.article_id, day, actor, recipient, event.event, event.quad,
             event.goldstein, event.plover_score, event.confidence)
            for actor, recipient in dyads(codes(event.actor), codes(event.recipient))]
