"""End to end: short hand-written articles through ``pipeline.code_article``.

Expected values are what a careful human coder would record; where the coder gets one
wrong the test is marked xfail with the reason, not weakened.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente import ontology
from detente.models import Article, Event
from detente.pipeline import Coded, code_article

pytestmark = pytest.mark.model

THURSDAY = date(2024, 3, 7)          # publication date of every article below
MONDAY, TUESDAY = date(2024, 3, 4), date(2024, 3, 5)



def code(text: str, title: str = "Report", published: date | None = THURSDAY, id: str = "t1") -> Coded:
    return code_article(Article(id, title, text, published, origin=f"test:{id}"))


def codes(entities) -> set[str]:
    return {e.code for e in entities}


def summary(events: tuple[Event, ...]) -> list[tuple]:
    return [(e.event, sorted(codes(e.actor)), sorted(codes(e.recipient)), e.date, e.evidence.trigger)
            for e in events]


# ---------------------------------------------------------------- who did what to whom, when

ATTACK = "Syrian forces shelled the Turkish border town of Akcakale on Tuesday, Turkish officials said."


@pytest.mark.parametrize("title", [
    "Shells hit Turkish town",
    pytest.param("", id="untitled"),
])
def test_directed_attack(title):
    events = code(ATTACK, title=title).events
    assert summary(events) == [("ASSAULT", ["SYR"], ["TUR"], TUESDAY, "shelled")]
    assert events[0].date_precision == "day"


def test_reciprocal_meeting_of_ministers():
    events = code("The foreign ministers of India and Japan met in Tokyo on Monday.").events
    assert summary(events) == [("CONSULT", ["IND", "JPN"], [], MONDAY, "met")]


def test_reciprocal_talks():
    events = code("India and Japan held talks in Tokyo on Monday.").events
    assert summary(events) == [("CONSULT", ["IND", "JPN"], [], MONDAY, "talks")]
    assert events[0].recipient == ()


def test_negated_attack_is_no_event():
    assert code("Israel did not strike Iran on Sunday, officials said.").events == ()


def test_negated_sentence_is_skipped_beside_an_asserted_one():
    events = code("Serbia recalled its ambassador from Croatia on Monday. "
                  "Belgrade did not impose sanctions on Zagreb.").events
    assert [(e.event, e.evidence.trigger) for e in events] == [("SANCTION", "recalled")]
    assert (codes(events[0].actor), codes(events[0].recipient)) == ({"SRB"}, {"HRV"})


# ---------------------------------------------------------------- pronouns

def _meeting(events: tuple[Event, ...]) -> Event:
    met = [e for e in events if e.evidence.trigger == "met"]
    assert len(met) == 1, summary(events)
    return met[0]


def test_pronoun_for_an_office_holder():
    events = code("Kenya's president visited Uganda on Monday. "
                  "He also met Ugandan President Yoweri Museveni in Kampala.").events
    meeting = _meeting(events)
    assert codes(meeting.actor) | codes(meeting.recipient) == {"KEN", "UGA"}
    assert "KEN" in codes(meeting.actor)
    assert meeting.date == MONDAY


def test_pronoun_for_a_named_person():
    events = code("Kenyan President William Ruto visited Uganda on Monday. "
                  "He also met Ugandan officials in Kampala.").events
    visit = [e for e in events if e.evidence.trigger == "visited"]
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in visit] == [("CONSULT", {"KEN"}, {"UGA"})]
    meeting = _meeting(events)
    assert meeting.event == "CONSULT"
    assert "KEN" in codes(meeting.actor)
    assert codes(meeting.actor) | codes(meeting.recipient) == {"KEN", "UGA"}
    assert meeting.date == MONDAY


# ---------------------------------------------------------------- background

def test_historical_sentence_is_no_event():
    events = code("Serbia and Kosovo held talks in Brussels on Monday. NATO bombed Serbia in 1999.").events
    assert summary(events) == [("CONSULT", ["SRB", "XKX"], [], MONDAY, "talks")]


@pytest.mark.parametrize("title", [
    "Anniversary",
    pytest.param("", id="untitled"),
])
def test_a_purely_historical_article_has_no_events(title):
    assert code("Iraq invaded Kuwait in August 1990.", title=title).events == ()


# ---------------------------------------------------------------- the coded record

TWO_EVENTS = ("Syrian forces shelled the Turkish border town of Akcakale on Tuesday, Turkish officials said.\n\n"
              "India and Japan held talks in Tokyo on Monday.")


def test_event_ids_are_stable_across_runs():
    first, second = code(TWO_EVENTS, id="same"), code(TWO_EVENTS, id="same")
    assert len(first.events) == 2
    assert [e.id for e in first.events] == [e.id for e in second.events]
    assert len({e.id for e in first.events}) == 2
    assert [e.to_dict() for e in first.events] == [e.to_dict() for e in second.events]


def test_event_ids_differ_between_articles():
    a, b = code(TWO_EVENTS, id="one"), code(TWO_EVENTS, id="two")
    assert not {e.id for e in a.events} & {e.id for e in b.events}


def test_scores_follow_the_ontology():
    for e in code(TWO_EVENTS).events:
        s = ontology.scores(e.event, e.mode)
        assert (e.cameo, e.goldstein, e.plover_score, e.quad) == (s.cameo, s.goldstein, s.plover_score, s.quad)
        assert ontology.is_known_mode(e.event, e.mode)


def test_evidence_points_at_the_trigger():
    coded = code(TWO_EVENTS)
    for e in coded.events:
        ev = e.evidence
        assert ev.sentence[ev.start:ev.end] == ev.trigger
        assert ev.sentence in coded.article.body
        assert e.article_id == coded.article.id


def test_confidence_is_a_probability():
    events = code(TWO_EVENTS).events
    assert events
    assert all(0 < e.confidence <= 1 for e in events)


def test_events_carry_the_coder_version():
    for e in code(TWO_EVENTS).events:
        assert e.coder.startswith("detente ") and "triggers-" in e.coder


def test_missing_publication_date_warns_and_dates_null():
    coded = code(ATTACK, published=None, id="undated")
    assert len(coded.warnings) == 1
    assert "test:undated" in coded.warnings[0] and "publication date" in coded.warnings[0]
    assert coded.events, "events are still coded without a publication date"
    assert all(e.date is None for e in coded.events)
    assert all(e.to_dict()["date"] is None for e in coded.events)


def test_a_dated_article_has_no_warnings():
    assert code(ATTACK).warnings == ()
