"""Dyad series: what happened between two actors, per day, week or month.

The rows come from ``canonical_dyads`` (events fused across articles, with their number of
independent sources) when the store has that table filled, else from ``event_dyads`` (one
article's event, one source), so the series works before and after cross-article fusion.
Each row is one actor → recipient pair of one event; an event between a and b in both
directions (a reciprocal meeting) counts once in the totals and once in each direction.

Intensities are summed |PLOVER score|s: ``conflict`` over the two conflict quads,
``cooperation`` over the two cooperation quads.  The ``*_weighted`` columns weigh each event
by ``confidence × (1 + k·ln sources)`` (k is the ``source_weight`` setting), so a confident
report from several independent outlets counts for more than one hedged mention.

SQLite sums each day (``_DAILY``) and pandas only rolls days up into periods, so the memory a
series takes grows with its days, not its events.  Its time is SQLite's: reading each row of
the pair from the table (see bench/bench_dyad.py).
"""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..errors import QueryError
from ..ontology import EVENT_TYPES, IGOS, QUADS

if TYPE_CHECKING:
    from ..store import Store

FREQS = {"day": "D", "week": "W", "month": "M"}   # pandas period codes; weeks end on Sunday
CONFLICT = tuple(q for q in QUADS if q.endswith("conflict"))
COOPERATION = tuple(q for q in QUADS if q.endswith("cooperation"))
COUNTS = ("events", *QUADS, *EVENT_TYPES)
MEANS = {"goldstein_mean": "goldstein_sum", "plover_mean": "plover_sum"}
SUMS = ("goldstein_sum", "goldstein_mean", "plover_sum", "plover_mean", "conflict", "cooperation",
        "conflict_weighted", "cooperation_weighted", "goldstein_weighted", "plover_weighted")
DIRECTIONS = {"a_to_b": "forward", "b_to_a": "backward"}
PER_DIRECTION = tuple(f"{d}_{c}" for d in DIRECTIONS for c in
                      ("conflict", "cooperation", "conflict_weighted", "cooperation_weighted"))


def columns(directed: bool) -> tuple[str, ...]:
    """The series' columns, in order; undirected series also carry the per-direction ones."""
    return COUNTS + SUMS + (() if directed else PER_DIRECTION)


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)   # ontology constants only, never user input


# One row per event (its dyad rows grouped: a reciprocal event has one in each direction).
_EVENTS = f"""
    SELECT date, event, quad, goldstein, plover_score,
           confidence * (1 + :k * ln(max({{sources}}, 1))) AS weight,
           CASE WHEN quad IN ({_sql_list(CONFLICT)}) THEN abs(plover_score) ELSE 0 END AS conflict,
           CASE WHEN quad IN ({_sql_list(COOPERATION)}) THEN abs(plover_score) ELSE 0 END AS cooperation,
           max(actor = :a AND recipient = :b) AS forward, max(actor = :b AND recipient = :a) AS backward
    FROM {{table}} WHERE ({{pair}}) AND date IS NOT NULL {{range}} GROUP BY {{id}}"""
_AGGREGATES = {
    "events": "count(*)", **{q: f"sum(quad = '{q}')" for q in QUADS},
    **{t: f"sum(event = '{t}')" for t in EVENT_TYPES},
    "goldstein_sum": "sum(goldstein)", "plover_sum": "sum(plover_score)", "conflict": "sum(conflict)",
    "cooperation": "sum(cooperation)", "conflict_weighted": "sum(weight * conflict)",
    "cooperation_weighted": "sum(weight * cooperation)", "goldstein_weighted": "sum(weight * goldstein)",
    "plover_weighted": "sum(weight * plover_score)",
    **{f"{d}_{c}": f"sum({flag} * {c})" for d, flag in DIRECTIONS.items() for c in ("conflict", "cooperation")},
    **{f"{d}_{c}_weighted": f"sum({flag} * weight * {c})" for d, flag in DIRECTIONS.items()
       for c in ("conflict", "cooperation")},
}
_DAILY = (f"SELECT date, {', '.join(f'{sql} AS {name}' for name, sql in _AGGREGATES.items())} "
          "FROM ({events}) GROUP BY date ORDER BY date")


# ---- checks ----------------------------------------------------------------------------

@cache
def known_codes() -> frozenset[str]:
    from ..actors import load_tables

    return frozenset(load_tables().countries) | frozenset(IGOS)


def check_code(code: str) -> str:
    """The code in upper case, or a QueryError that says where codes come from."""
    upper = code.strip().upper()
    if upper not in known_codes():
        raise QueryError(f"unknown actor code {code!r}: use an ISO 3166-1 alpha-3 code from "
                         "detente/data/actors/countries.tsv (e.g. PAK, IRN, SDN) or an IGO code from "
                         f"igos.tsv ({', '.join(IGOS[:4])}, ...)")
    return upper


def check_range(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise QueryError(f"the start {start} is after the end {end}; swap them")


# ---- series ------------------------------------------------------------------------------

def series(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
           freq: str = "day", directed: bool = False, source_weight: float = 1.0) -> pd.DataFrame:
    """Per period (``day``, ``week`` or ``month``), what happened between a and b.

    Columns: ``columns(directed)``; index: a ``PeriodIndex`` named ``period`` covering
    start..end (the data's own range where not given), empty periods as zeros.  No events and
    no given range gives an empty frame with the same columns.
    """
    if freq not in FREQS:
        raise QueryError(f"unknown period {freq!r}; use one of {', '.join(FREQS)}")
    a, b = check_code(a), check_code(b)
    check_range(start, end)
    query, params = _daily_query(store, a, b, start, end, directed)
    found = _read(store, query, {**params, "k": source_weight})
    daily = pd.DataFrame.from_records(found, columns=["date", *_AGGREGATES])
    daily.index = pd.PeriodIndex(pd.to_datetime(daily.pop("date"), format="%Y-%m-%d"), freq="D")
    return _periods(daily, FREQS[freq], start, end, directed)


def _periods(daily: pd.DataFrame, code: str, start: date | None, end: date | None,
             directed: bool) -> pd.DataFrame:
    """Days rolled up into periods and reindexed over start..end (or the data's range)."""
    first = start if start is not None else (None if daily.empty else daily.index[0].start_time)
    last = end if end is not None else (None if daily.empty else daily.index[-1].start_time)
    index = pd.PeriodIndex([], freq=code, name="period") if first is None or last is None else \
        pd.period_range(pd.Period(first, code), pd.Period(last, code), freq=code, name="period")
    out = daily.groupby(daily.index.asfreq(code)).sum() if code != "D" else daily
    out = out.reindex(index, fill_value=0).astype(dict.fromkeys(COUNTS, "int64"))
    out = out.astype({c: "float64" for c in out.columns if c not in COUNTS})
    seen = out["events"].where(out["events"] > 0)
    for mean, total in MEANS.items():
        out[mean] = (out[total] / seen).fillna(0.0)
    return out.reindex(columns=list(columns(directed))).rename_axis("period")


# ---- the events behind a day -----------------------------------------------------------------

@dataclass(frozen=True)
class DyadEvent:
    """One event between the pair on a day, as evidence: ``weight`` as in the series."""

    id: str
    date: date
    event: str
    quad: str
    plover_score: float
    weight: float

    @property
    def strength(self) -> float:
        return self.weight * abs(self.plover_score)


def events_on(store: Store, a: str, b: str, days: Iterable[date], directed: bool = False,
              source_weight: float = 1.0) -> dict[date, list[DyadEvent]]:
    """The events between a and b (a → b only when ``directed``) on each of ``days``, each once."""
    a, b = check_code(a), check_code(b)
    table, id_column, sources = _source(store)
    wanted = sorted({d.isoformat() for d in days})
    found: dict[date, dict[str, DyadEvent]] = {}
    for begin in range(0, len(wanted), 500):   # far below SQLite's limit on host parameters
        chunk = {f"d{i}": d for i, d in enumerate(wanted[begin:begin + 500])}
        query = (f"SELECT DISTINCT {id_column}, date, event, quad, plover_score, confidence, {sources} "
                 f"FROM {table} WHERE ({_pair(directed)}) AND date IN ({', '.join(':' + k for k in chunk)})")
        for id, day, event, quad, score, confidence, n in _read(store, query, {"a": a, "b": b, **chunk}):
            when = date.fromisoformat(day)
            weight = confidence * (1 + source_weight * math.log(max(n, 1)))
            found.setdefault(when, {})[id] = DyadEvent(id, when, event, quad, score, weight)
    return {day: list(by_id.values()) for day, by_id in found.items()}


# ---- SQL ---------------------------------------------------------------------------------

def _pair(directed: bool) -> str:
    return "actor = :a AND recipient = :b" + ("" if directed else " OR actor = :b AND recipient = :a")


def _daily_query(store: Store, a: str, b: str, start: date | None, end: date | None,
                 directed: bool) -> tuple[str, dict[str, Any]]:
    """``_DAILY`` over the store's dyad table, and its parameters (all but ``k``)."""
    table, id_column, sources = _source(store)
    bounds = {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None}
    where = "".join(f" AND date {op} :{name}" for name, op in (("start", ">="), ("end", "<=")) if bounds[name])
    events = _EVENTS.format(table=table, id=id_column, sources=sources, pair=_pair(directed), range=where)
    return _DAILY.format(events=events), {"a": a, "b": b, **{k: v for k, v in bounds.items() if v}}


def _source(store: Store) -> tuple[str, str, str]:
    """(table, its event id column, its sources expression): fused events when there are any."""
    if _filled(store, "canonical_dyads"):
        return "canonical_dyads", "canonical_id", "sources"
    return "event_dyads", "event_id", "1"


def _read(store: Store, query: str, params: dict[str, Any]) -> list[tuple]:
    cursor = _connection(store).cursor()
    cursor.row_factory = None   # plain tuples: the store's sqlite3.Row costs a conversion per row
    return cursor.execute(query, params).fetchall()


def _connection(store: Store) -> sqlite3.Connection:
    # The store has no public read for per-day sums or raw dyad rows (``Store.canonical_dyads``
    # builds a dict per row, too slow for a busy pair), so the monitor reads its tables
    # through the store's own connection, here and nowhere else.
    conn: sqlite3.Connection = store._conn
    try:
        conn.execute("SELECT ln(1)")
    except sqlite3.OperationalError:   # SQLite built without its math functions
        conn.create_function("ln", 1, math.log, deterministic=True)
    return conn


def _filled(store: Store, table: str) -> bool:
    """Whether ``table`` exists and holds rows (a store migrated but never fused has it empty)."""
    conn = _connection(store)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone():
        return False
    return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def has_events(store: Store) -> bool:
    """Whether the store holds any event (``Store.counts`` counts them all, slow on a big store)."""
    return _connection(store).execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None


def pairs(store: Store, since: date | None = None) -> list[tuple[str, str]]:
    """Every unordered pair with dated events (on or after ``since``), each as (lower, higher)."""
    table = _source(store)[0]
    where, params = "recipient IS NOT NULL AND date IS NOT NULL", []
    if since is not None:
        where, params = where + " AND date >= ?", [since.isoformat()]
    query = (f"SELECT DISTINCT min(actor, recipient), max(actor, recipient) FROM {table} "
             f"WHERE {where} ORDER BY 1, 2")
    return [(r[0], r[1]) for r in _connection(store).execute(query, params)]
