"""More dating: "<time> after" clauses on either side of their main clause, anchors counted from
the right event, counted periods ("the second time this week") and infinitives of plans.
Sentences and candidates are built by hand (no model)."""
from __future__ import annotations

from datetime import date

import pytest

from detente.dates import anchor_shift, anchored_clauses, find_dates, resolve, shift
from detente.events.extract import Candidate
from detente.models import Entity
from detente.nlp import Sentence
from detente.pipeline import Timeline

THURSDAY = date(2024, 3, 7)                 # publication date
SATURDAY, SUNDAY = date(2024, 3, 2), date(2024, 3, 3)
MONDAY, TUESDAY, WEDNESDAY = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)

CHAD = Entity("Chad", "Chad", "TCD", None, "GOV")
SUDAN = Entity("Sudan", "Sudan", "SDN", None, "GOV")
EGYPT = Entity("Egypt", "Egypt", "EGY", None, "GOV")


def cand(text: str, trigger: str, actor=(CHAD,), recipient=(SUDAN,), event: str = "SANCTION") -> Candidate:
    start = text.index(trigger)
    return Candidate(event, None, tuple(actor), tuple(recipient), trigger, start, start + len(trigger), 0.9, False)


def dated(t: Timeline, sent: Sentence, trigger: str, **kw) -> tuple[date | None, str]:
    """Dates the event at ``trigger`` and records it, as the pipeline does."""
    c = cand(sent.text, trigger, **kw)
    when, precision = t.date(sent, c, headline=False)
    t.record(c, when, precision)
    return when, precision


# ---------------------------------------------------------------- anchor phrases

@pytest.mark.parametrize(("text", "expected"), [
    ("two days after", (2, "day")),
    ("a week earlier", (-1, "week")),
    ("hours after", (0, "day")),
    ("days later", (3, "day")),
    ("the day before", (-1, "day")),
    ("three months after", (3, "month")),
    ("later that day", (0, "day")),
])
def test_anchor_shift(text, expected):
    assert anchor_shift(text) == expected


def test_shift_moves_back_with_a_negative_sign():
    assert shift(WEDNESDAY, "two days after", -1) == MONDAY
    assert shift(MONDAY, "a week later") == date(2024, 3, 11)


# ---------------------------------------------------------------- "<time> after" clauses

def test_an_opening_after_clause_runs_to_the_first_comma():
    text = "Two days after gunmen raided the depot, Chad shut its border on Wednesday."
    [clause] = anchored_clauses(text, find_dates(text, THURSDAY))
    assert text[clause.lo:clause.hi].strip() == "gunmen raided the depot"
    assert clause.main == WEDNESDAY and clause.own is None


def test_a_date_before_an_opening_clause_is_its_main_clauses():
    text = "On Tuesday, a day after gunmen raided the depot, Chad shut its border."
    [clause] = anchored_clauses(text, find_dates(text, THURSDAY))
    assert text[clause.lo:clause.hi].strip() == "gunmen raided the depot"
    assert clause.main == TUESDAY


def test_a_closing_after_clause_runs_to_the_end_and_keeps_its_own_day():
    text = "Chad shut its border, a day after gunmen raided the depot on Monday."
    [clause] = anchored_clauses(text, find_dates(text, THURSDAY))
    assert clause.hi == len(text) and clause.own == MONDAY and clause.main is None


def test_an_after_phrase_ending_the_sentence_is_no_clause():
    text = "Sudan hit back the day after."
    assert anchored_clauses(text, find_dates(text, THURSDAY)) == []


def test_the_anchored_event_of_an_opening_clause_precedes_the_main_clauses_day():
    t = Timeline(THURSDAY)
    sent = Sentence(1, 1, "A day after Sudanese jets bombed a market, Chad recalled its ambassador on Wednesday.")
    assert dated(t, sent, "bombed", actor=(SUDAN,), recipient=(CHAD,), event="ASSAULT") == (TUESDAY, "day")
    assert dated(t, sent, "recalled") == (WEDNESDAY, "day")


def test_an_opening_clause_with_its_own_day_dates_the_main_clause():
    t = Timeline(THURSDAY)
    sent = Sentence(1, 1, "Two days after Sudanese jets bombed a market on Monday, Chad recalled its ambassador.")
    assert dated(t, sent, "bombed", actor=(SUDAN,), recipient=(CHAD,), event="ASSAULT") == (MONDAY, "day")
    assert dated(t, sent, "recalled") == (WEDNESDAY, "day")


def test_a_main_clause_before_an_anchored_day_counts_forward_from_it():
    t = Timeline(THURSDAY)
    sent = Sentence(1, 1, "Chad recalled its ambassador, a day after Sudanese jets bombed a market on Tuesday.")
    assert dated(t, sent, "recalled") == (WEDNESDAY, "day")
    assert dated(t, sent, "bombed", actor=(SUDAN,), recipient=(CHAD,), event="ASSAULT") == (TUESDAY, "day")


def test_an_opening_clause_without_dates_counts_from_the_story_so_far():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Sudanese jets bombed a market in the border town on Tuesday.")
    assert dated(t, first, "bombed", actor=(SUDAN,), recipient=(CHAD,), event="ASSAULT") == (TUESDAY, "day")
    t.read(first)
    sent = Sentence(2, 2, "A day after the raid, Chad recalled its ambassador.")
    assert dated(t, sent, "recalled") == (WEDNESDAY, "day")


def test_every_event_of_an_anchored_clause_counts_from_the_same_day():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Chad shut its eastern border on Wednesday.")
    assert dated(t, first, "shut") == (WEDNESDAY, "day")
    t.read(first)
    sent = Sentence(2, 2, "The closure came a day after Sudan expelled two Chadian diplomats and accused "
                          "Chad of arming rebels.")
    assert dated(t, sent, "expelled", actor=(SUDAN,), recipient=(CHAD,)) == (TUESDAY, "day")
    assert dated(t, sent, "accused", actor=(SUDAN,), recipient=(CHAD,), event="ACCUSE") == (TUESDAY, "day")


def test_an_event_after_the_anchored_clause_is_not_counted_back():
    t = Timeline(THURSDAY, last=WEDNESDAY)
    sent = Sentence(2, 2, "Chad shut its border on Wednesday, a day after Sudan expelled two diplomats, "
                          "and Egypt urged calm on Tuesday.")
    assert dated(t, sent, "expelled", actor=(SUDAN,), recipient=(CHAD,)) == (TUESDAY, "day")
    assert dated(t, sent, "urged", actor=(EGYPT,), recipient=(CHAD, SUDAN), event="REQUEST") == (TUESDAY, "day")


def test_a_later_phrase_counts_from_the_event_before_it_in_the_sentence():
    t = Timeline(THURSDAY, last=SATURDAY)
    sent = Sentence(2, 2, "Sudan expelled two diplomats on Monday and a day later Chad recalled its ambassador.")
    assert dated(t, sent, "expelled", actor=(SUDAN,), recipient=(CHAD,)) == (MONDAY, "day")
    assert dated(t, sent, "recalled") == (TUESDAY, "day")


def test_events_after_a_later_phrase_share_its_day():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Sudan expelled two Chadian diplomats on Monday.")
    assert dated(t, first, "expelled", actor=(SUDAN,), recipient=(CHAD,)) == (MONDAY, "day")
    t.read(first)
    sent = Sentence(2, 2, "A day later, Chad recalled its ambassador and accused Sudan of meddling.")
    assert dated(t, sent, "recalled") == (TUESDAY, "day")
    assert dated(t, sent, "accused", event="ACCUSE") == (TUESDAY, "day")


def test_the_day_after_as_an_adverb_counts_from_the_last_event():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Sudan expelled two Chadian diplomats on Monday.")
    dated(t, first, "expelled", actor=(SUDAN,), recipient=(CHAD,))
    t.read(first)
    sent = Sentence(2, 2, "Chad recalled its ambassador the day after.")
    assert dated(t, sent, "recalled") == (TUESDAY, "day")


# ---------------------------------------------------------------- counted periods, plans

@pytest.mark.parametrize("sentence", [
    "Chad summoned the Sudanese envoy for the second time this week.",
    "Chad summoned the Sudanese envoy for the first time since 2019.",
    "Chad summoned the Sudanese envoy, the 3rd time this month it has done so.",
])
def test_a_counted_period_does_not_date_the_event(sentence):
    assert resolve(sentence, THURSDAY, sentence.index("summoned")) == (THURSDAY, "publication")


def test_a_counted_period_leaves_the_events_own_day():
    sentence = "Chad summoned the Sudanese envoy on Monday for the second time this week to protest."
    assert resolve(sentence, THURSDAY, sentence.index("protest")) == (MONDAY, "day")


def test_a_period_without_a_count_still_dates():
    assert resolve("The two navies clashed twice this week.", THURSDAY, 15) == (date(2024, 3, 4), "week")


@pytest.mark.parametrize("sentence", [
    "The general has agreed to step down on Friday.",
    "A judge ordered the former minister to appear on Feb. 3.",
    "Sudan invited the Chadian minister to visit on Saturday.",
    "The rebels have promised to withdraw on Saturday.",
])
def test_a_date_right_after_a_planned_infinitive_is_in_the_future(sentence):
    assert resolve(sentence, THURSDAY, 4) == (THURSDAY, "publication")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chad agreed on Monday to reopen the border.", MONDAY),
    ("Chad agreed to reopen the border crossing on Monday.", MONDAY),       # the date follows the object
    ("Thousands took to the streets on Sunday.", SUNDAY),                   # no plan, no infinitive
    ("The president returned to the capital on Tuesday.", TUESDAY),
])
def test_other_dates_after_to_stay_in_the_past(sentence, expected):
    assert resolve(sentence, THURSDAY, 4) == (expected, "day")


def test_a_count_of_units_ago_is_counted_back_from_publication():
    from datetime import date as _date

    from detente.dates import find_dates

    found = find_dates("Chad asked for a regional force a year ago.", _date(2023, 10, 3))
    assert [(m.date, m.precision, m.relation) for m in found] == [(_date(2022, 10, 3), "year", "past")]
    found = find_dates("The envoy left three weeks ago.", _date(2023, 10, 3))
    assert [(m.date, m.precision) for m in found] == [(_date(2023, 9, 12), "week")]
