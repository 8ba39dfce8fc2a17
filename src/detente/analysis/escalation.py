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
  linear kernel, i.e. the L2 cost, on ``net`` over its day-to-day noise, penalised
  ``penalty × ln(days)`` per change as in the ruptures docs), so a build-up (a threat, then
  sanctions, then troops) dates from its first step, not from the day it crossed.
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
TOWARD = {"escalation_onset": "conflict", "peak": "conflict", "deescalation_onset": "cooperation"}
IQR_TO_STD = 1.349   # IQR of a normal distribution in standard deviations
MAD_TO_STD = 1.4826  # standard deviations per median absolute deviation, likewise
WARMUP_HALFLIVES = 10   # after 10 half-lives less than 0.1 % of a day's tension is left


@dataclass(frozen=True)
class TurningPoint:
    """A day the dyad turned; ``events`` are that day's event ids, the ones pushing in the
    direction of the turn first, strongest first (canonical ids when the store has them)."""

    kind: str
    date: date
    dyad: tuple[str, str]
    events: tuple[str, ...]
    index: float = field(default=math.nan, compare=False)   # the index that day

    def to_dict(self) -> dict:
        return {"kind": self.kind, "date": self.date.isoformat(), "dyad": list(self.dyad),
                "events": list(self.events)}


def index(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
          settings: Overrides = None) -> pd.DataFrame:
    """Per day of start..end (the data's range where not given): ``net``, ``tension``,
    ``base``, ``spread`` and ``index`` (see the module doc)."""
    table, first = compute(store, a, b, start, end, resolve(settings))
    return table[table.index >= first] if first is not None else table


def compute(store: Store, a: str, b: str, start: date | None, end: date | None,
            values: Mapping[str, float]) -> tuple[pd.DataFrame, pd.Period | None]:
    """The index table and the first day asked for (start, else the pair's first event).

    The table begins ``warmup_days`` earlier, so that the first day asked for is scored
    against a baseline: the days before a pair's first event count as quiet, as empty days do.
    """
    dyad.check_range(start, end)
    warm = warmup_days(values)
    since = start - timedelta(days=warm) if start is not None else None
    daily = dyad.series(store, a, b, since, end, source_weight=values["source_weight"])
    if daily.empty:
        return frame(daily, values), None
    first = pd.Period(start, "D") if start is not None else daily.index[0]
    days = pd.period_range(first - warm, daily.index[-1], freq="D", name="period")
    return frame(daily.reindex(days, fill_value=0), values), first


def warmup_days(values: Mapping[str, float]) -> int:
    """Days of history the index needs: the baseline window plus 10 half-lives of tension."""
    return int(values["baseline_days"] + WARMUP_HALFLIVES * values["halflife"])


def frame(daily: pd.DataFrame, values: Mapping[str, float]) -> pd.DataFrame:
    """The index table of a daily ``dyad.series``, day by day."""
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
    # pandas' recursive mean y_t = λ·y_(t-1) + (1-λ)·x_t, started from a quiet day 0, is (1-λ)·tension
    smoothed = pd.Series(np.concatenate(([0.0], net))).ewm(alpha=1 - keep, adjust=False).mean()
    return smoothed.to_numpy()[1:] / (1 - keep)


def turning_points(store: Store, a: str, b: str, start: date | None = None, end: date | None = None,
                   settings: Overrides = None) -> list[TurningPoint]:
    """Escalation onsets, peaks and de-escalation onsets of the pair a–b, oldest first."""
    values = resolve(settings)
    a, b = dyad.check_code(a), dyad.check_code(b)
    table, first = compute(store, a, b, start, end, values)
    found = [(kind, at) for kind, at in detect(table["net"].to_numpy(), table["index"].to_numpy(), values)
             if first is not None and table.index[at] >= first]
    days = [table.index[at].start_time.date() for _, at in found]
    events = dyad.events_on(store, a, b, days, source_weight=values["source_weight"])
    return [TurningPoint(kind, day, (a, b), evidence(events.get(day, []), TOWARD[kind]),
                         round(float(table["index"].iloc[at]), 3)) for (kind, at), day in zip(found, days, strict=True)]


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

    detector = ruptures.KernelCPD(kernel="linear", min_size=1).fit((net / noise(net, floor)).reshape(-1, 1))
    ends = detector.predict(pen=penalty * math.log(len(net)))
    return [0, *(int(e) for e in ends[:-1])]


def noise(net: np.ndarray, floor: float) -> float:
    """Day-to-day noise of ``net``: the MAD of its differences as a standard deviation (robust
    to the jumps being looked for), at least ``floor``."""
    steps = np.diff(net)
    mad = float(np.median(np.abs(steps - np.median(steps)))) if len(steps) else 0.0
    return max(mad * MAD_TO_STD / math.sqrt(2), floor, 1e-9)


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


def evidence(events: Iterable[dyad.DyadEvent], toward: str = "conflict") -> tuple[str, ...]:
    """Ids of a day's events: those on the side of ``toward`` (``conflict`` or ``cooperation``)
    first, each group strongest (weight × |score|) first."""
    side = dyad.CONFLICT if toward == "conflict" else dyad.COOPERATION
    return tuple(e.id for e in sorted(events, key=lambda e: (e.quad not in side, -e.strength, e.id)))
