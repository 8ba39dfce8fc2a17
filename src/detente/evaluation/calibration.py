"""How well ``confidence`` predicts correctness: share of coded events that are right, by bucket.

An event is *correct* when any of its (type, actor, recipient, date) tuples matches a gold event
of its article (``scoring.expand`` and ``scoring.matches``), optional gold events included:
unlike the F1 scorer, which neither rewards nor punishes them, this asks whether the event is
true. The same rule labels the events ``bench/fit_confidence.py`` fits the model on.
"""
from __future__ import annotations

from dataclasses import dataclass

from .scoring import expand, matches

# Bucket edges: [0, 0.5) and then tenths up to 1.0 (the last bucket includes 1.0).
EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
HIGH = 0.8


def is_correct(pred: dict, gold_events: list[dict], index: int = 0) -> bool:
    return any(matches(t, g) for t in expand(pred, index) for g in gold_events)


@dataclass(frozen=True)
class Bucket:
    low: float
    high: float
    events: int
    correct: int

    @property
    def share(self) -> float | None:
        return self.correct / self.events if self.events else None


@dataclass(frozen=True)
class Calibration:
    buckets: tuple[Bucket, ...]
    high: Bucket            # every event at or above ``HIGH``
    total: Bucket

    def as_dict(self) -> dict:
        def one(b: Bucket) -> dict:
            return {"events": b.events, "correct": b.correct,
                    "share": None if b.share is None else round(b.share, 3)}
        return {"buckets": {f"{b.low:.1f}-{b.high:.1f}": one(b) for b in self.buckets},
                f">={HIGH:.1f}": one(self.high), "all": one(self.total)}


def calibration(pairs: list[tuple[float, bool]]) -> Calibration:
    """Bucket (confidence, correct) pairs."""
    buckets = []
    for lo, hi in zip(EDGES, EDGES[1:], strict=False):
        inside = [ok for p, ok in pairs if lo <= p < hi or (hi == EDGES[-1] and p == hi)]
        buckets.append(Bucket(lo, hi, len(inside), sum(inside)))
    high = [ok for p, ok in pairs if p >= HIGH]
    return Calibration(tuple(buckets), Bucket(HIGH, 1.0, len(high), sum(high)),
                       Bucket(0.0, 1.0, len(pairs), sum(ok for _, ok in pairs)))


def labelled(golds: list[dict], predictions: dict[str, list[dict]]) -> list[tuple[float, bool]]:
    """(confidence, correct) for every predicted event of the gold articles."""
    out = []
    for gold in golds:
        for i, pred in enumerate(predictions.get(str(gold["id"]), [])):
            out.append((float(pred.get("confidence", 0.0)), is_correct(pred, gold["events"], i)))
    return out
