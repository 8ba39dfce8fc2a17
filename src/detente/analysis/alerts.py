"""Alerts: dyads whose escalation index crosses the threshold or jumps, newest first.

A day raises an alert for a pair when its index (``escalation``) crosses ``threshold`` from
below, or rises by at least ``jump`` over the day before, or both; ``reasons`` says which.
Each alert carries the day's events in the pair as its evidence, conflict first, strongest
first, so a reader can check the claim against the sentences without another query.

With ``since``, only days on or after it alert, but each pair's index is computed from
``escalation.warmup_days`` earlier, so that the baseline and the carried-over tension are
what they would be over the whole history.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from . import escalation
from .dyad import check_code, events_on, pairs
from .escalation import Overrides
from .settings import resolve

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..store import Store


@dataclass(frozen=True)
class Alert:
    dyad: tuple[str, str]
    date: date
    reasons: tuple[str, ...]   # "threshold" (crossed from below) and/or "jump" (rose by >= jump)
    index: float
    change: float              # index minus the day before's
    events: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"dyad": list(self.dyad), "date": self.date.isoformat(), "reasons": list(self.reasons),
                "index": self.index, "change": self.change, "events": list(self.events)}


def alerts(store: Store, since: date | None = None, dyad: tuple[str, str] | None = None,
           settings: Overrides = None) -> list[Alert]:
    """Alerts of one pair (``dyad``) or of every pair in the store, newest first."""
    values = resolve(settings)
    chosen = [(check_code(dyad[0]), check_code(dyad[1]))] if dyad is not None else pairs(store, since)
    found = [alert for a, b in chosen for alert in _pair_alerts(store, a, b, since, values)]
    return sorted(found, key=lambda x: (x.date, x.index, x.dyad), reverse=True)


def _pair_alerts(store: Store, a: str, b: str, since: date | None,
                 values: Mapping[str, float]) -> list[Alert]:
    table, first = escalation.compute(store, a, b, since, None, values)
    if first is None:
        return []
    idx = table["index"]
    before = idx.shift(1, fill_value=0.0)
    change = idx - before
    crossed = (idx >= values["threshold"]) & (before < values["threshold"])
    jumped = change >= values["jump"]
    hits = table.index[((crossed | jumped) & (table.index >= first)).to_numpy()]
    events = events_on(store, a, b, [p.start_time.date() for p in hits], source_weight=values["source_weight"])
    return [Alert((a, b), p.start_time.date(),
                  tuple(r for r, hit in (("threshold", crossed[p]), ("jump", jumped[p])) if hit),
                  round(float(idx[p]), 3), round(float(change[p]), 3),
                  escalation.evidence(events.get(p.start_time.date(), [])))
            for p in hits]
