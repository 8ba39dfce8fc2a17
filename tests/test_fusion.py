"""Fusion of repeated mentions within an article, on hand-built events (no model)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from detente import ontology
from detente.events.fusion import fuse, fusion_key
from detente.models import Entity, Event, Evidence

MONDAY = date(2024, 3, 4)


def state(code: str) -> Entity:
    return Entity(code.title(), f"name of {code}", code, None, "GOV")


def event(id: str, kind: str = "ASSAULT", actors: tuple[str, ...] = ("SYR",), recipients: tuple[str, ...] = ("TUR",),
          when: date | None = MONDAY, sentence: int = 1, confidence: float = 0.8, trigger: str = "shelled") -> Event:
    s = ontology.scores(kind)
    text = f"Sentence {sentence}: the army {trigger} the town."
    start = text.index(trigger)
    return Event(
        id=id, article_id="a1", date=when, date_precision="day", event=kind, mode=None, context=(),
        actor=tuple(map(state, actors)), recipient=tuple(map(state, recipients)), location=None,
        cameo=s.cameo, goldstein=s.goldstein, plover_score=s.plover_score, quad=s.quad,
        evidence=Evidence(text, sentence, trigger, start, start + len(trigger)),
        confidence=confidence, coder="test",
    )


def test_two_mentions_of_one_happening_fuse():
    first = event("e1", sentence=1, confidence=0.7)
    again = event("e2", sentence=4, confidence=0.9, trigger="struck")
    fused = fuse([first, again])
    assert len(fused) == 1
    assert fused[0].mentions == 2


def test_fused_event_keeps_the_most_confident_evidence():
    fused = fuse([event("e1", sentence=1, confidence=0.7), event("e2", sentence=4, confidence=0.9, trigger="struck")])
    assert fused[0].id == "e2"
    assert fused[0].evidence.trigger == "struck"
    assert 0.9 <= fused[0].confidence <= 0.99


def test_fusion_keeps_the_most_confident_mention_and_counts_the_rest():
    fused = fuse([event("e1", sentence=1, confidence=0.6), event("e2", sentence=2, confidence=0.9),
                  event("e3", sentence=3, confidence=0.7)])
    assert fused[0].mentions == 3
    assert fused[0].confidence == 0.9   # repetition is a cue of the fitted confidence, not a boost here
    assert fused[0].evidence.sentence_index == 2


def test_a_single_mention_is_left_alone():
    one = event("e1")
    assert fuse([one]) == [one]
    assert fuse([one])[0].mentions == 1


def test_different_dates_do_not_fuse():
    fused = fuse([event("e1"), event("e2", when=date(2024, 3, 5), sentence=2)])
    assert len(fused) == 2
    assert all(e.mentions == 1 for e in fused)


def test_undated_and_dated_mentions_do_not_fuse():
    assert len(fuse([event("e1"), event("e2", when=None, sentence=2)])) == 2


def test_different_types_do_not_fuse():
    fused = fuse([event("e1"), event("e2", kind="COERCE", sentence=2, trigger="seized")])
    assert {e.event for e in fused} == {"ASSAULT", "COERCE"}


def test_different_recipients_do_not_fuse():
    assert len(fuse([event("e1"), event("e2", recipients=("IRQ",), sentence=2)])) == 2


def test_reversed_direction_does_not_fuse():
    assert len(fuse([event("e1"), event("e2", actors=("TUR",), recipients=("SYR",), sentence=2)])) == 2


def test_reciprocal_event_fuses_whichever_party_comes_first():
    a = event("e1", kind="CONSULT", actors=("IND", "JPN"), recipients=(), trigger="met")
    b = event("e2", kind="CONSULT", actors=("JPN", "IND"), recipients=(), sentence=3, trigger="talks")
    assert fusion_key(a) == fusion_key(b)
    fused = fuse([a, b])
    assert len(fused) == 1 and fused[0].mentions == 2


def test_fused_events_keep_the_order_of_first_mention():
    late = event("late", kind="COERCE", sentence=5, trigger="seized")
    early = event("early", sentence=2)
    repeat = event("repeat", sentence=7, confidence=0.5, trigger="struck")
    assert [e.id for e in fuse([late, early, repeat])] == ["early", "late"]


def test_fusion_does_not_touch_its_input():
    events = [event("e1"), event("e2", sentence=3)]
    before = [replace(e) for e in events]
    fuse(events)
    assert [e.mentions for e in events] == [1, 1]
    assert events == before


def test_order_of_first_mention_holds_when_a_later_mention_is_kept():
    early = event("early", sentence=2, confidence=0.5)
    late = event("late", kind="COERCE", sentence=5, trigger="seized")
    repeat = event("repeat", sentence=7, confidence=0.9, trigger="struck")
    fused = fuse([early, late, repeat])
    assert [(e.event, e.evidence.sentence_index) for e in fused] == [("ASSAULT", 7), ("COERCE", 5)]
