"""The escalation monitor's tunable numbers, in one table of (name, default, help).

Every threshold and weight the dyad series, the escalation index, the turning points and
the alerts use is named here and nowhere else, so a reader can see at a glance what can be
tuned and what each knob means.  Overrides come as ``name=value`` strings (the CLI's
``--set``) or as a mapping, and are checked against the table::

    resolve(["threshold=2.5"])      # {"threshold": 2.5, "baseline_days": 28.0, ...}
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..errors import QueryError


@dataclass(frozen=True)
class Setting:
    name: str
    default: float
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("threshold", 3.0, "escalation index at or above which a dyad counts as escalating"),
    Setting("baseline_days", 28, "days of trailing baseline the index compares each day against"),
    Setting("std_floor", 2.0, "smallest baseline spread (weighted PLOVER points), so a quiet "
            "dyad's first event gives a finite index"),
    Setting("halflife", 2.0, "days for the carried-over tension of past events to halve; 0 scores "
            "each day on its own"),
    Setting("deescalation_drop", 0.5, "fraction of the peak index the index must lose for "
            "de-escalation when the day's balance is not yet cooperative"),
    Setting("jump", 3.0, "day-over-day rise of the index that raises an alert on its own"),
    Setting("penalty", 1.0, "change-point penalty (ruptures KernelCPD, a PELT search) per regime "
            "change, times ln(days); higher finds fewer regimes"),
    Setting("source_weight", 1.0, "k in the event weight confidence x (1 + k ln sources): how much "
            "independent sources add"),
)

DEFAULTS: Mapping[str, float] = MappingProxyType({s.name: float(s.default) for s in SETTINGS})


def resolve(overrides: Iterable[str] | Mapping[str, float] | None = None) -> dict[str, float]:
    """The defaults with ``overrides`` applied; unknown names and bad values raise QueryError."""
    values = dict(DEFAULTS)
    if overrides is None:
        return values
    pairs = overrides.items() if isinstance(overrides, Mapping) else map(_split, overrides)
    for name, value in pairs:
        if name not in values:
            raise QueryError(f"unknown setting {name!r}; known settings: {', '.join(DEFAULTS)}")
        values[name] = _number(name, value)
    return values


def describe() -> str:
    """The table as text, for ``--help`` and error messages."""
    return "\n".join(f"{s.name}={s.default:g}: {s.help}" for s in SETTINGS)


def _split(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise QueryError(f"setting {text!r} is not name=value, e.g. threshold=2.5")
    return name.strip(), value.strip()


def _number(name: str, value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise QueryError(f"setting {name} needs a number, not {value!r}") from None
    if number < 0 or number != number:
        raise QueryError(f"setting {name} must be a non-negative number, not {value!r}")
    return number
