"""Session 5: spans that tell no event (schedules, questions, counterfactuals, guesses, deadlines,
purposes, plans, descriptions, standing claims, old background) and flashbacks that must not date
the sentences after them."""
from __future__ import annotations

from datetime import date

import pytest
from sentences import PUBLISHED, coded, has, triggered, types_of

from detente.dates import find_dates
from detente.models import Article
from detente.pipeline import code_article

NO_EVENT = [
    # a meeting the writer puts on the schedule is no act and no promise
    ("Brazil's president will visit Nairobi in May.", "visit", {"CONSULT", "AGREE"}),
    ("Indonesian and Australian defence chiefs will meet in Darwin next week.", "meet", {"CONSULT", "AGREE"}),
    # yes/no questions and conditions opened by inversion assert nothing
    ("Will Chile expel the Peruvian envoy?", "expel", {"SANCTION"}),
    ("Had Ghana recalled its envoy, the talks would have failed, one diplomat argued.", "recalled", {"SANCTION"}),
    # "would have": what a text or a person would have done, and did not
    ("Poland vetoed a draft that would have condemned Belarus, diplomats said.", "condemned", {"ACCUSE"}),
    # a modal with "probably" is a guess
    ("Officials said Vietnam would probably deploy warships near the reef.", "deploy", {"MOBILIZE"}),
    # "no state has ...": a standing state of affairs
    ("No NATO member has formally recognised Abkhazia.", "recognised", {"SUPPORT", "REJECT"}),
    # a deadline: the act is only demanded
    ("The Arab League gave Damascus 10 days to release the detainees.", "release", {"RETREAT", "CONCEDE"}),
    # an infinitive of enabling is a purpose
    ("The Bolivian general resigned on Monday to allow a peaceful handover.", "allow", {"CONCEDE"}),
    # a demonstration announced for later is a plan, whether marched, held or staged
    ("The Armenian opposition said it would hold a rally in Yerevan on Sunday.", "rally", {"THREATEN", "PROTEST"}),
    ("Opposition leaders in Georgia said fresh rallies would be held in Tbilisi on Sunday.", "rallies",
     {"THREATEN", "PROTEST"}),
    # a thing described by who gave it
    ("Ukrainian pilots flew jets donated by Norway.", "donated", {"AID"}),
    # a party described by what it has been doing
    ("Iran condemned the raid, while Qatar, which has been holding talks with the Taliban, urged calm.", "talks",
     {"CONSULT"}),
    # old background with a span of years
    ("Indonesian troops killed hundreds of villagers in the 1999-2002 conflict.", "killed", {"ASSAULT"}),
]


@pytest.mark.parametrize("text,trigger,kinds", NO_EVENT)
def test_no_event(text, trigger, kinds):
    assert not types_of(text, trigger) & kinds, triggered(text)


def test_claimed_habit_in_the_body():
    text = ("Fighting went on in central Mali on Monday. "
            "The militants say their drones target army bases near Mopti.")
    assert not has(text, "ASSAULT"), triggered(text)


STILL_CODED = [
    # a reported visit is a promise (AGREE); an announced deployment is the mobilisation
    ("Brazil's foreign minister said he would visit Nairobi in May.", "AGREE", "BRA"),
    ("Officials said Vietnam would deploy warships near the reef.", "MOBILIZE", "VNM"),
    # the act the enabling infinitive serves is still an act
    ("The Bolivian general resigned on Monday to allow a peaceful handover.", "RETREAT", "BOL"),
    # a boycott or a strike announced by a party is a threat
    ("Pakistan said it would boycott the summit in Delhi.", "THREATEN", "PAK"),
    # a dated gift is an act
    ("Norway donated six jets to Ukraine on Monday.", "AID", "NOR"),
]


@pytest.mark.parametrize("text,event,actor", STILL_CODED)
def test_still_coded(text, event, actor):
    assert has(text, event, actor), coded(text)


def test_span_of_years_is_a_year():
    found = find_dates("troops attacked villages in the 1998-2000 war", PUBLISHED)
    assert [(m.date, m.precision) for m in found] == [(date(1998, 7, 1), "year")]
    assert find_dates("the 2014-15 season", PUBLISHED)[0].precision == "year"
    assert not find_dates("a ruling of 2024-01", PUBLISHED)


def test_pluperfect_clause():
    from detente.dates import pluperfect

    text = "Germany had criticised Poland on Monday over the checks"
    assert pluperfect(text, text.index("on Monday"))
    said = "Germany criticised Poland on Monday, which had closed the border"
    assert not pluperfect(said, said.index("on Monday"))


def test_flashback_does_not_date_the_next_sentence():
    text = ("Hungary reopened its border with Serbia on Wednesday. "
            "Germany had criticised Serbia on Monday over the checks. Austria said it supported Hungary.")
    events = code_article(Article("t", "", text, PUBLISHED)).events
    support = [e for e in events if e.event == "SUPPORT"]
    assert support and all(e.date != date(2024, 3, 4) for e in support), [(e.event, e.date) for e in events]
