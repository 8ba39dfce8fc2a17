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
"""
from __future__ import annotations

import numpy as np
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
ROW_COLUMNS = ("id", "date", "actor", "recipient", "event", "quad", "goldstein", "plover_score",
               "confidence", "sources")
COUNTS = ("events", *QUADS, *EVENT_TYPES)
SUMS = ("goldstein_sum", "goldstein_mean", "plover_sum", "plover_mean", "conflict", "cooperation",
        "conflict_weighted", "cooperation_weighted", "goldstein_weighted", "plover_weighted")
DIRECTIONS = ("a_to_b", "b_to_a")
PER_DIRECTION = tuple(f"{d}_{c}" for d in DIRECTIONS for c in
                      ("conflict", "cooperation", "conflict_weighted", "cooperation_weighted"))


def columns(directed: bool) -> tuple[str, ...]:
    """The series' columns, in order; undirected series also carry the per-direction ones."""
    return COUNTS + SUMS + (() if directed else PER_DIRECTION)


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


# ---- rows --------------------------------------------------------------------------------

def rows(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
         directed: bool = False, source_weight: float = 1.0) -> pd.DataFrame:
    """One row per dated actor → recipient pair of an event between a and b (a → b only when
    ``directed``), with its ``weight``, ``conflict`` and ``cooperation`` intensity and
    ``direction`` (``a_to_b``/``b_to_a``; a domestic pair's rows are ``a_to_b``)."""
    a, b = check_code(a), check_code(b)
    check_range(start, end)
    found = pd.DataFrame.from_records(_fetch(store, a, b, start, end, directed), columns=ROW_COLUMNS)
    found = found[found["date"].notna()]
    found["date"] = pd.to_datetime(found["date"].astype(str).str[:10], format="%Y-%m-%d")
    if found["sources"].dtype.kind not in "iu":
        found["sources"] = found["sources"].map(_count)
    strength = found["plover_score"].abs()
    found["weight"] = found["confidence"] * (1 + source_weight * np.log(found["sources"].astype(float)))
    found["conflict"] = strength.where(found["quad"].isin(CONFLICT), 0.0)
    found["cooperation"] = strength.where(found["quad"].isin(COOPERATION), 0.0)
    found["direction"] = DIRECTIONS[0]
    found.loc[(found["actor"] != a) | (found["recipient"] != b), "direction"] = DIRECTIONS[1]
    return found.reset_index(drop=True)


def _fetch(store: Store, a: str, b: str, start: date | None, end: date | None,
           directed: bool) -> list[tuple]:
    fused = _filled(store, "canonical_dyads")
    if fused and hasattr(store, "canonical_dyads"):
        found = store.canonical_dyads(a, b, since=start, until=end, directed=directed)
        return [(r["canonical_id"], *(r[c] for c in ROW_COLUMNS[1:])) for r in found]
    table, id_column, sources = ("canonical_dyads", "canonical_id", "sources") if fused \
        else ("event_dyads", "event_id", "1")
    pair = "actor = ? AND recipient = ?" + ("" if directed else " OR actor = ? AND recipient = ?")
    params: list[Any] = [a, b] if directed else [a, b, b, a]
    where = [f"({pair})", "date IS NOT NULL"]
    for bound, op in ((start, ">="), (end, "<=")):
        if bound is not None:
            where.append(f"date {op} ?")
            params.append(bound.isoformat())
    query = (f"SELECT {id_column}, {', '.join(ROW_COLUMNS[1:-1])}, {sources} FROM {table} "
             f"WHERE {' AND '.join(where)}")
    return _connection(store).execute(query, params).fetchall()


def _connection(store: Store) -> Any:
    # The store has no public raw-SQL read; the monitor needs per-event rows the Store API
    # does not return yet, so it reads through the store's own connection, in this one place.
    return store._conn


def _filled(store: Store, table: str) -> bool:
    """Whether ``table`` exists and holds rows (a store migrated but never fused has it empty)."""
    conn = _connection(store)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone():
        return False
    return conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def _count(sources: object) -> int:
    """Independent sources as a number, whether stored as a count or as a list of names."""
    if isinstance(sources, int | float) and not isinstance(sources, bool):
        return max(int(sources), 1)
    if isinstance(sources, str) and sources.strip().lstrip("-").isdigit():
        return max(int(sources), 1)
    if isinstance(sources, str):
        import json

        try:
            sources = json.loads(sources)
        except ValueError:
            sources = [s for s in sources.split(",") if s.strip()]
    return max(len(sources), 1) if isinstance(sources, list | tuple) else 1


def pairs(store: Store, since: date | None = None) -> list[tuple[str, str]]:
    """Every unordered pair with dated events (on or after ``since``), each as (lower, higher)."""
    table = "canonical_dyads" if _filled(store, "canonical_dyads") else "event_dyads"
    where, params = "recipient IS NOT NULL AND date IS NOT NULL", []
    if since is not None:
        where, params = where + " AND date >= ?", [since.isoformat()]
    query = (f"SELECT DISTINCT min(actor, recipient), max(actor, recipient) FROM {table} "
             f"WHERE {where} ORDER BY 1, 2")
    return [(r[0], r[1]) for r in _connection(store).execute(query, params)]


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
    found = rows(store, a, b, start, end, directed, source_weight)
    return aggregate(found, freq, start, end, directed)


def aggregate(found: pd.DataFrame, freq: str = "day", start: date | None = None,
              end: date | None = None, directed: bool = False) -> pd.DataFrame:
    """``rows()`` summed per period and reindexed over the whole range."""
    code = FREQS[freq]
    index = _periods(found, code, start, end)
    if found.empty:
        return _zeros(index, directed)
    period = found["date"].dt.to_period(code).rename("period")
    out = _totals(found, period)
    if not directed:
        out = out.join(_per_direction(found, period))
    out = out.reindex(index, fill_value=0).reindex(columns=list(columns(directed)), fill_value=0)
    seen = out["events"].where(out["events"] > 0)
    out["goldstein_mean"] = (out["goldstein_sum"] / seen).fillna(0.0)
    out["plover_mean"] = (out["plover_sum"] / seen).fillna(0.0)
    return out.rename_axis("period")


def _totals(found: pd.DataFrame, period: pd.Series) -> pd.DataFrame:
    once = found.assign(period=period).drop_duplicates("id")
    for name in ("goldstein", "plover", "conflict", "cooperation"):
        score = "plover_score" if name == "plover" else name
        once[f"{name}_weighted"] = once[score] * once["weight"]
    groups = once.groupby("period")
    out = pd.DataFrame({"events": groups.size()})
    out = out.join(groups["quad"].value_counts().unstack(fill_value=0))
    out = out.join(groups["event"].value_counts().unstack(fill_value=0))
    sums = groups[["goldstein", "plover_score", "conflict", "cooperation", "conflict_weighted",
                   "cooperation_weighted", "goldstein_weighted", "plover_weighted"]].sum()
    return out.join(sums.rename(columns={"goldstein": "goldstein_sum", "plover_score": "plover_sum"}))


def _per_direction(found: pd.DataFrame, period: pd.Series) -> pd.DataFrame:
    frame = pd.DataFrame({"period": period, "direction": found["direction"],
                          "conflict": found["conflict"], "cooperation": found["cooperation"],
                          "conflict_weighted": found["conflict"] * found["weight"],
                          "cooperation_weighted": found["cooperation"] * found["weight"]})
    summed = frame.groupby(["period", "direction"]).sum().unstack("direction", fill_value=0.0)
    summed.columns = [f"{direction}_{value}" for value, direction in summed.columns]
    if (found["actor"] == found["recipient"]).all():   # a domestic pair: both directions are one
        for value in ("conflict", "cooperation", "conflict_weighted", "cooperation_weighted"):
            summed[f"b_to_a_{value}"] = summed[f"a_to_b_{value}"]
    return summed


def _periods(found: pd.DataFrame, code: str, start: date | None, end: date | None) -> pd.PeriodIndex:
    first = start if start is not None else (None if found.empty else found["date"].min())
    last = end if end is not None else (None if found.empty else found["date"].max())
    if first is None or last is None:
        return pd.PeriodIndex([], freq=code, name="period")
    return pd.period_range(pd.Period(first, code), pd.Period(last, code), freq=code, name="period")


def _zeros(index: pd.PeriodIndex, directed: bool) -> pd.DataFrame:
    names = columns(directed)
    out = pd.DataFrame({c: pd.Series(0 if c in COUNTS else 0.0, index=index,
                                     dtype="int64" if c in COUNTS else "float64") for c in names})
    return out.rename_axis("period")
