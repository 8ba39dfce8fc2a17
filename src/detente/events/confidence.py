"""An event's confidence: the fitted probability that it is right, from the cues the coder saw.

Every candidate carries *cues*, short strings naming what the coder knew when it made the
event: ``pos:N`` (the trigger is a noun), ``actor:coref`` (the actor was found by coreference),
``speech`` (the trigger sits under a speech verb), ... A cue ``name=value`` is numeric
(``lexicon=0.85``, the trigger's prior weight in the lexicon); any other cue counts 1.
Article-level cues (how precisely the event is dated, whether it is the headline, how many
mentions fusion found) are added by the pipeline once they are known (``article_cues``).

The weights are a logistic regression fitted on our own gold set by ``bench/fit_confidence.py``
(``make calibrate``) and reviewed like code in ``data/events/confidence.tsv``:

    p = sigmoid(intercept + Σ weight(cue) × value(cue))

Cues the table does not name weigh nothing, so the coder may offer more cues than a model
uses. The result is rounded to three decimals and always lies in [0, 1].
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataError
from ..ontology import data_path, table_version

INTERCEPT = "(intercept)"


@dataclass(frozen=True)
class Weights:
    intercept: float
    weights: dict[str, float]
    version: str
    source: str = ""

    def logit(self, cues: Iterable[str]) -> float:
        z = self.intercept
        for name, value in parse_cues(cues):
            z += self.weights.get(name, 0.0) * value
        return z

    def probability(self, cues: Iterable[str]) -> float:
        return round(sigmoid(self.logit(cues)), 3)


def sigmoid(z: float) -> float:
    """The logistic function, without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def parse_cue(cue: str) -> tuple[str, float]:
    """``"lexicon=0.85"`` → ("lexicon", 0.85); ``"pos:N"`` → ("pos:N", 1.0)."""
    name, sep, value = cue.partition("=")
    if not sep:
        return cue, 1.0
    try:
        return name, float(value)
    except ValueError:
        raise ValueError(f"cue {cue!r}: the value after '=' must be a number") from None


def parse_cues(cues: Iterable[str]) -> list[tuple[str, float]]:
    return [parse_cue(c) for c in cues]


def load_weights(path: Path) -> Weights:
    """Read a weights table: ``#`` comments, a ``feature<TAB>weight`` header, one row per cue,
    and exactly one ``(intercept)`` row. Errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read the confidence weights ({exc.strerror})") from None
    rows = [(n, line) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]
    if not rows or rows[0][1].split("\t") != ["feature", "weight"]:
        raise DataError(f"{path}:{rows[0][0] if rows else 1}: the header must be 'feature<TAB>weight'")
    intercept: float | None = None
    weights: dict[str, float] = {}
    for n, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != 2 or not cells[0].strip():
            raise DataError(f"{path}:{n}: expected 'feature<TAB>weight', got {line!r}")
        name, raw = cells[0].strip(), cells[1].strip()
        try:
            value = float(raw)
        except ValueError:
            raise DataError(f"{path}:{n}: weight {raw!r} of {name!r} is not a number") from None
        if not math.isfinite(value):
            raise DataError(f"{path}:{n}: weight of {name!r} must be finite, got {raw!r}")
        if name in weights or (name == INTERCEPT and intercept is not None):
            raise DataError(f"{path}:{n}: {name!r} is listed twice")
        if name == INTERCEPT:
            intercept = value
        else:
            weights[name] = value
    if intercept is None:
        raise DataError(f"{path}: no '{INTERCEPT}' row")
    return Weights(intercept, weights, table_version(path), str(path))


@cache
def weights() -> Weights:
    """The shipped weights (``data/events/confidence.tsv``), read once."""
    return load_weights(data_path("events", "confidence.tsv"))


def probability(cues: Iterable[str]) -> float:
    """The shipped model's probability that an event with these cues is right."""
    return weights().probability(cues)


def article_cues(date_precision: str, sentence_index: int, has_title: bool, mentions: int = 1) -> tuple[str, ...]:
    """Cues known only once the event is placed in its article: its date, where it was said,
    and (after fusion) how often."""
    out = [f"date:{date_precision}"]
    if has_title and sentence_index == 0:
        out.append("headline")
    elif sentence_index <= (2 if has_title else 1):
        out.append("lead")
    if mentions >= 2:
        out.append("repeated")
    return tuple(out)
