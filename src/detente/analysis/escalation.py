"""The escalation index of a dyad, and the days it turned.

The index, per day t, over both directions of the pair (weights as in ``dyad``)::

    net_t     = conflict_weighted_t - cooperation_weighted_t         the day's net conflict
    tension_t = net_t + λ · tension_(t-1),   λ = 0.5 ** (1 / halflife)
    base_t    = median of tension over the baseline_days days before t
    spread_t  = max(IQR of tension over those days / 1.349, std_floor)
    index_t   = (tension_t - base_t) / spread_t

Why this shape: ``tension`` lets a second strike two days after the first count on top of
it (a crisis builds; one day's news is not the whole story) and lets silence decay it.  The
baseline is the dyad's own recent normal, so a pair that trades accusations every week is
not "escalating" on another accusation.  Median and interquartile range (IQR / 1.349 is the
normal-equivalent standard deviation) rather than mean and std, because a mean and std
absorb the first strike within a day and hide the second; a crisis becomes the new normal
only once it fills half the window.  ``std_floor`` keeps the first event of a quiet dyad
(spread 0) finite.  Each day is scored against history: the index is computed from
``baseline_days + 10 × halflife`` days before the first day asked for (before a pair's
first event, when no start is given), and days without events count as quiet.

Turning points, for each escalation episode (a run of days with index >= threshold):

* ``escalation_onset``: the first day of the run, moved back to the first conflict day of
  the upward regime it lies in, when that regime began within ``baseline_days``.  Regimes
  are the mean shifts of ``net`` found by ruptures (kernel change-point detection with a
  linear kernel, i.e. the L2 cost, penalised ``penalty × ln(days)`` on the standardised
  signal), so slow build-ups (threats, then a strike) date from their first step.
* ``peak``: the day of the highest index in the run.
* ``deescalation_onset``: the first day after the peak whose balance is cooperative (net < 0),
  or whose index has lost ``deescalation_drop`` of the peak's, or has fallen below the threshold.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import dyad
from .settings import resolve

if TYPE_CHECKING:
    from ..store import Store

Overrides = Mapping[str, float] | Iterable[str] | None
KINDS = ("escalation_onset", "peak", "deescalation_onset")
IQR_TO_STD = 1.349   # IQR of a normal distribution in standard deviations
WARMUP_HALFLIVES = 10   # after 10 half-lives less than 0.1 % of a day's tension is left


@dataclass(frozen=True)
class TurningPoint:
    """A day the dyad turned; ``events`` are that day's event ids, the ones pushing in the
    direction of the turn first, strongest first (canonical ids when the store has them)."""

    kind: str
    date: date
    dyad: tuple[str, str]
    events: tuple[str, ...]
    index: float | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "date": self.date.isoformat(), "dyad": list(self.dyad),
                "events": list(self.events)}


def index(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
          settings: Overrides = None) -> pd.DataFrame:
    """Per day of start..end (the data's range where not given): ``net``, ``tension``,
    ``base``, ``spread`` and ``index`` (see the module doc)."""
    values = resolve(settings)
    _, table, first = compute(store, a, b, start, end, values)
    return table[table.index >= first] if first is not None else table


def compute(store: Store, a: str, b: str, start: date | None, end: date | None,
            values: Mapping[str, float]) -> tuple[pd.DataFrame, pd.DataFrame, pd.Period | None]:
    """``dyad.rows``, the index table and the first day asked for (start, else the first event).

    The table begins ``warmup_days`` earlier, so that the first day asked for is scored
    against a baseline: the days before a pair's first event count as quiet, as empty days do.
    """
    dyad.check_range(start, end)
    warm = start - timedelta(days=warmup_days(values)) if start is not None else None
    found = dyad.rows(store, a, b, warm, end, source_weight=values["source_weight"])
    if start is None and found.empty:
        return found, frame(found, None, end, values), None
    first = start if start is not None else found["date"].min().date()
    table = frame(found, first - timedelta(days=warmup_days(values)), end, values)
    return found, table, pd.Period(first, "D")


def warmup_days(values: Mapping[str, float]) -> int:
    """Days of history the index needs: the baseline window plus 10 half-lives of tension."""
    return int(values["baseline_days"] + WARMUP_HALFLIVES * values["halflife"])


def frame(found: pd.DataFrame, start: date | None, end: date | None,
          values: Mapping[str, float]) -> pd.DataFrame:
    """The index table of ``dyad.rows`` output, day by day over start..end (or the data's range)."""
    daily = dyad.aggregate(found, "day", start, end)
    net = (daily["conflict_weighted"] - daily["cooperation_weighted"]).to_numpy(dtype=float)
    tension = _carry(net, values["halflife"])
    history = pd.Series(tension).shift(1).rolling(int(max(values["baseline_days"], 1)), min_periods=1)
    base = history.median().fillna(0.0).to_numpy()
    iqr = (history.quantile(0.75) - history.quantile(0.25)).fillna(0.0).to_numpy()
    spread = np.maximum(iqr / IQR_TO_STD, max(values["std_floor"], 1e-9))
    return pd.DataFrame({"net": net, "tension": tension, "base": base, "spread": spread,
                         "index": (tension - base) / spread}, index=daily.index)


def _carry(net: np.ndarray, halflife: float) -> np.ndarray:
    """tension_t = net_t + λ·tension_(t-1): what is left of past days, halving every ``halflife``."""
    keep = 0.5 ** (1 / halflife) if halflife > 0 else 0.0
    if keep == 0.0 or not len(net):
        return net.copy()
    from scipy.signal import lfilter

    return lfilter([1.0], [1.0, -keep], net)


def turning_points(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
                   settings: Overrides = None) -> list[TurningPoint]:
    """Escalation onsets, peaks and de-escalation onsets of the pair a–b, oldest first."""
    values = resolve(settings)
    a, b = dyad.check_code(a), dyad.check_code(b)
    found, table, first = compute(store, a, b, start, end, values)
    days = [p.start_time.date() for p in table.index]
    points = []
    for kind, at in detect(table["net"].to_numpy(), table["index"].to_numpy(), values):
        if first is None or table.index[at] < first:
            continue
        toward = "cooperation" if kind == "deescalation_onset" else "conflict"
        points.append(TurningPoint(kind, days[at], (a, b), evidence(found, days[at], toward),
                                   round(float(table["index"].iloc[at]), 3)))
    return points


def detect(net: np.ndarray, idx: np.ndarray, values: Mapping[str, float]) -> list[tuple[str, int]]:
    """(kind, day position) of every turning point of a daily net-conflict and index series."""
    threshold = values["threshold"]
    starts = regimes(net, values["penalty"], values["std_floor"])
    found: list[tuple[str, int]] = []
    after = 0
    for first, stop in episodes(idx, threshold):
        onset = _onset(first, after, starts, net, int(values["baseline_days"]))
        peak = first + int(np.argmax(idx[first:stop]))
        found += [("escalation_onset", onset), ("peak", peak)]
        calm = _calming(net, idx, peak, threshold, values["deescalation_drop"])
        if calm is not None:
            found.append(("deescalation_onset", calm))
        after = stop
    return found


def episodes(idx: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """[first, stop) positions of each run of days with index >= threshold."""
    hot = np.concatenate(([0], (idx >= threshold).astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(hot))
    return [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def regimes(net: np.ndarray, penalty: float, floor: float) -> list[int]:
    """First positions of the mean regimes of ``net`` (always starts with 0)."""
    if len(net) < 3:
        return [0]
    import ruptures

    signal = (net / max(float(net.std()), floor)).reshape(-1, 1)
    detector = ruptures.KernelCPD(kernel="linear", min_size=1).fit(signal)
    ends = detector.predict(pen=penalty * math.log(len(net)))
    return [0, *(int(e) for e in ends[:-1])]


def _onset(first: int, after: int, starts: list[int], net: np.ndarray, reach: int) -> int:
    """The threshold crossing, or the first conflict day of the upward regime it lies in."""
    k = max(i for i, s in enumerate(starts) if s <= first)
    begun = starts[k]
    if begun < after or first - begun > reach:
        return first
    stop = starts[k + 1] if k + 1 < len(starts) else len(net)
    before = float(net[starts[k - 1]:begun].mean()) if k else 0.0
    if float(net[begun:stop].mean()) <= before:
        return first
    return next((t for t in range(begun, first) if net[t] > 0), first)


def _calming(net: np.ndarray, idx: np.ndarray, peak: int, threshold: float, drop: float) -> int | None:
    """First day after the peak that is cooperative on balance or has lost enough index."""
    floor = idx[peak] * (1 - drop)
    return next((t for t in range(peak + 1, len(idx))
                 if net[t] < 0 or idx[t] <= floor or idx[t] < threshold), None)


def evidence(found: pd.DataFrame, day: date, toward: str = "conflict") -> tuple[str, ...]:
    """Ids of the events of ``day`` in ``dyad.rows`` output: those with ``toward`` intensity
    (conflict or cooperation) first, each group strongest (weight × |score|) first."""
    today = found[found["date"] == pd.Timestamp(day)].drop_duplicates("id")
    order = pd.DataFrame({"id": today["id"].astype(str), "against": today[toward] <= 0,
                          "strength": -(today["weight"] * today["plover_score"].abs())})
    return tuple(order.sort_values(["against", "strength", "id"])["id"])
