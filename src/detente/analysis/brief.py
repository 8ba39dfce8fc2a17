"""A crisis brief of a dyad: what happened between a and b over a range, on one page.

    collect(store, a, b, start, end)   → Brief: turning points, the pair's events, third parties,
                                         the daily series and the escalation index
    render_brief(..., fmt)             → the brief as a self-contained HTML page or as Markdown
    write_brief(..., path, fmt)        → the same, written to ``path``

The words (the generated summary, the Markdown tables) live in ``brief_text``, the page and
its chart in ``brief_html``.  Events are canonical events (one per happening across
articles); each one's evidence is the sentence of its representative mention.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..errors import QueryError
from ..store.rows import dyads
from . import dyad, escalation
from .settings import resolve

if TYPE_CHECKING:
    from ..store import Store

FORMATS = ("html", "md")
KEY_EVENTS = 15   # rows of the key-event table


@dataclass(frozen=True)
class Item:
    """One canonical event as the brief shows it, with the evidence of its representative."""

    id: str
    date: date
    event: str
    mode: str | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    quad: str
    plover_score: float
    confidence: float
    mentions: int
    articles: int
    sources: int
    sentence: str = ""
    outlet: str | None = None
    url: str | None = None

    @property
    def strength(self) -> float:
        return abs(self.plover_score) * self.confidence

    @property
    def conflict(self) -> bool:
        return self.quad.endswith("conflict")

    @property
    def pairs(self) -> list[tuple[str, str | None]]:
        return dyads(list(self.actors), list(self.recipients))


@dataclass(frozen=True)
class ThirdParty:
    """An actor other than a and b with events involving both of them in the range."""

    code: str
    events: tuple[Item, ...]   # its events with a or b, by date


@dataclass(frozen=True)
class Brief:
    a: str
    b: str
    start: date
    end: date
    threshold: float
    points: tuple[escalation.TurningPoint, ...]
    items: tuple[Item, ...]             # the pair's events, by date
    third: tuple[ThirdParty, ...]       # most events first
    daily: pd.DataFrame = field(compare=False, repr=False)   # dyad.series, undirected, by day
    index: pd.DataFrame = field(compare=False, repr=False)   # escalation.index

    @property
    def key(self) -> list[Item]:
        """The strongest events (|PLOVER score| × confidence), strongest first."""
        return sorted(self.items, key=lambda i: (-i.strength, i.date, i.id))[:KEY_EVENTS]

    def by_id(self) -> dict[str, Item]:
        return {i.id: i for i in self.items}


# ---- public API ----------------------------------------------------------------------------

def render_brief(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
                 fmt: str = "html") -> str:
    """The crisis brief of a–b over start..end as ``fmt`` (``html``: one page that works
    offline, chart included; ``md``: summary and tables in Markdown)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown brief format {fmt!r}; use one of {', '.join(FORMATS)}")
    found = collect(store, a, b, start, end)
    if fmt == "md":
        from .brief_text import markdown

        return markdown(found)
    from .brief_html import page

    return page(found)


def write_brief(store: Store, a: str, b: str, start: date | None, end: date | None,
                path: str | Path, fmt: str = "html") -> Path:
    """Write ``render_brief`` to ``path`` (UTF-8) and return the path."""
    out = Path(path)
    out.write_text(render_brief(store, a, b, start, end, fmt), encoding="utf-8")
    return out


def collect(store: Store, a: str, b: str, start: date | None = None, end: date | None = None) -> Brief:
    """Everything the brief shows; a QueryError when the pair has no dated events in range."""
    a, b = dyad.check_code(a), dyad.check_code(b)
    dyad.check_range(start, end)
    rows = [c for c in store.canonical_events(since=start, until=end, dyad=(a, b)) if c["date"]]
    if not rows:
        span = f"{start or 'the beginning'}..{end or 'now'}"
        raise QueryError(f"no events between {a} and {b} in {span}; code articles first with "
                         "`detente ingest`, or widen the range")
    start = start or date.fromisoformat(rows[0]["date"])
    end = end or date.fromisoformat(rows[-1]["date"])
    others = _third_rows(store.canonical_events(since=start, until=end), a, b)
    evidence = Evidence(store, start, end)
    items = tuple(evidence.item(r) for r in rows)
    third = tuple(ThirdParty(code, tuple(evidence.item(r) for r in found))
                  for code, found in others)
    return Brief(a, b, start, end, resolve()["threshold"],
                 tuple(escalation.turning_points(store, a, b, start, end)), items, third,
                 dyad.series(store, a, b, start, end, "day"), escalation.index(store, a, b, start, end))


def _third_rows(rows: Iterable[dict], a: str, b: str) -> list[tuple[str, list[dict]]]:
    """(code, its events with a or b) of each actor with events involving both a and b."""
    met: dict[str, set[str]] = {}
    events: dict[str, list[dict]] = {}
    for row in rows:
        if not row["date"]:
            continue
        for x, y in dyads(_split(row["actor_codes"]), _split(row["recipient_codes"])):
            for side, other in ((x, y), (y, x)):
                if side in (a, b) and other is not None and other not in (a, b):
                    met.setdefault(other, set()).add(side)
                    if row not in events.setdefault(other, []):
                        events[other].append(row)
    both = [code for code, sides in met.items() if sides == {a, b}]
    return [(code, events[code]) for code in sorted(both, key=lambda c: (-len(events[c]), c))]


def _split(codes: str | None) -> list[str]:
    return codes.split("|") if codes else []


class Evidence:
    """The representative mention's sentence and outlet of canonical events, read once per pair."""

    def __init__(self, store: Store, start: date, end: date) -> None:
        self.store, self.start, self.end = store, start, end
        self.mentions: dict[str, dict] = {}
        self.read: set[tuple[tuple[str, str], bool]] = set()
        self.outlets: dict[str, dict | None] = {}

    def item(self, row: dict) -> Item:
        pairs = [(x, y) for x, y in dyads(_split(row["actor_codes"]), _split(row["recipient_codes"])) if y]
        mention = self._mention(row["representative"], pairs[0]) if pairs else None
        article = self._article(mention["article_id"]) if mention else None
        return Item(row["id"], date.fromisoformat(row["date"]), row["event"], row["mode"],
                    tuple(_split(row["actor_codes"])), tuple(_split(row["recipient_codes"])), row["quad"],
                    row["plover_score"], row["confidence"], row["mentions"], row["articles"], row["sources"],
                    mention["evidence"]["sentence"] if mention else "",
                    article["source"] if article else None, article["url"] if article else None)

    def _mention(self, id: str, pair: tuple[str, str]) -> dict | None:
        # the pair's mentions in range first; a representative dated outside it, from all of them
        for whole in (False, True):
            if id in self.mentions:
                break
            if (pair, whole) not in self.read:
                self.read.add((pair, whole))
                since, until = (None, None) if whole else (self.start, self.end)
                self.mentions.update((m["id"], m) for m in self.store.events(since=since, until=until, dyad=pair))
        return self.mentions.get(id)

    def _article(self, id: str) -> dict | None:
        if id not in self.outlets:
            self.outlets[id] = self.store.article(id)
        return self.outlets[id]
