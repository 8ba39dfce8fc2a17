"""Fuse repeated mentions of one happening within an article into one event.

Two events are the same happening when type, actor codes, recipient codes and date agree
(a reciprocal event is the same whichever party is named first). The most confident
mention is kept as the evidence; ``mentions`` counts them all (the confidence model weighs
repetition afterwards, see ``events.confidence``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import Event


def fusion_key(e: Event) -> tuple:
    actors = frozenset(x.code for x in e.actor if x.code)
    recips = frozenset(x.code for x in e.recipient if x.code)
    if not recips:  # reciprocal or recipient-less: the set of parties
        return (e.event, actors, frozenset(), e.date)
    return (e.event, actors, recips, e.date)


def _vaguer(e: Event, other: Event) -> bool:
    """``e`` says less about the same happening as ``other``: same type and actors, no
    recipient, within three days ("after retaliating with strikes"). Two different days both
    known to the day are two happenings ("fired a missile on Sunday ... launched another on Monday")."""
    close = e.date is None or other.date is None or abs((e.date - other.date).days) <= 3
    if e.date_precision == other.date_precision == "day" and e.date != other.date:
        close = False
    return (e.event == other.event and not e.recipient and bool(other.recipient) and close
            and {x.code for x in e.actor} == {x.code for x in other.actor})


def fuse(events: Sequence[Event]) -> list[Event]:
    """One event per happening, in the order of first mention."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        fuller = next((o for o in events if o is not e and _vaguer(e, o)), None)
        groups.setdefault(fusion_key(fuller or e), []).append(e)
    def first(group: list[Event]) -> tuple[int, int]:
        return min((e.evidence.sentence_index, e.evidence.start) for e in group)

    out = []
    for group in sorted(groups.values(), key=first):
        complete = [e for e in group if e.recipient or len(e.actor) > 1] or group
        best = max(complete, key=lambda e: (e.confidence, -e.evidence.sentence_index))
        out.append(replace(best, mentions=len(group)))
    return out
