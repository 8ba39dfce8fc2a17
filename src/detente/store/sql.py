"""Small SQL builders shared by the store's reads and writes."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from ..errors import QueryError

CHUNK = 500   # values per ``IN (...)``: far below SQLite's limit on host parameters


def insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(columns)})"


def marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def chunks(values: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def pair(a: str, b: str, directed: bool) -> tuple[str, list[str]]:
    """SQL condition on a dyad table for the pair a → b (and b → a unless directed)."""
    if directed:
        return "actor = ? AND recipient = ?", [a, b]
    return "(actor = ? AND recipient = ?) OR (actor = ? AND recipient = ?)", [a, b, b, a]


def date_range(since: date | None, until: date | None) -> tuple[list[str], list[str]]:
    """Conditions (inclusive; undated rows drop out) and their parameters."""
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}; swap them")
    where, params = [], []
    for bound, op in ((since, ">="), (until, "<=")):
        if bound is not None:
            where.append(f"date {op} ?")
            params.append(bound.isoformat())
    return where, params


def where(conditions: Sequence[str]) -> str:
    return f"WHERE {' AND '.join(f'({c})' for c in conditions)}" if conditions else ""
