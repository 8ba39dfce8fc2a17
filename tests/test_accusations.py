"""Accusations made without an accusing verb: a speaker judging another party's act harmful,
and counter-charges in a participle clause. Every sentence here is our own.
"""
from __future__ import annotations

import pytest

from detente.events.judgements import harmful
from detente.nlp import parse

from sentences import coded

pytestmark = pytest.mark.model


def test_an_owned_decision_said_to_inflame_the_region_is_an_accusation_of_its_owner():
    events = coded("Canada said on Monday that Venezuela's decision had needlessly inflamed the region.")
    assert ("ACCUSE", ["CAN"], ["VEN"]) in events


def test_the_speakers_own_request_conjoined_to_the_judgement_does_not_hide_it():
    events = coded("Japan said on Monday that the Peruvian decision had sharply escalated tensions, "
                   "and urged Lima to reconsider.")
    assert ("ACCUSE", ["JPN"], ["PER"]) in events
    assert ("REQUEST", ["JPN"], ["PER"]) in events


def test_a_passive_characterisation_of_a_decision_accuses_its_author():
    events = coded("A Venezuelan spokesman said on Friday the Colombian decision was based on baseless "
                   "allegations and that Caracas would answer it.")
    assert ("ACCUSE", ["VEN"], ["COL"]) in events


def test_a_harm_adverb_on_a_law_owned_by_its_country_is_an_accusation():
    events = coded("Norway said on Thursday that the adoption of Hungary's media law negatively affects "
                   "press freedom in Europe.")
    assert ("ACCUSE", ["NOR"], ["HUN"]) in events


def test_an_act_said_to_bring_deaths_is_charged_to_whoever_did_it_earlier_in_the_story():
    text = ("France delivered new aid to Mali on Monday. Algeria said the new aid would not calm the north "
            "and would only lead to more deaths.")
    assert ("ACCUSE", ["DZA"], ["FRA"]) in coded(text)


def test_a_reason_clause_judging_a_law_accuses_the_state_that_has_it():
    text = ("Kenya passed a media law in May. The African Development Bank said on Tuesday that no new "
            "loans would go ahead, because the law contradicted its principles.")
    assert any(ev == "ACCUSE" and r == ["KEN"] for ev, _, r in coded(text))


def test_a_negated_harm_is_no_accusation():
    events = coded("Canada said on Monday that Venezuela's decision had not escalated tensions.")
    assert not any(ev == "ACCUSE" for ev, _, _ in events)


def _root(sentence: str):
    return next(parse([sentence]))[:].root


def test_harm_needs_a_word_of_harm_and_no_negation():
    assert harmful(_root("The ban would lead to more deaths."))
    assert not harmful(_root("The ban would lead to higher costs."))
    assert not harmful(_root("The ban would not lead to more deaths."))
    assert harmful(_root("The measure negatively affects trade."))


def test_a_counter_charge_after_a_denial_is_an_accusation_of_its_own():
    text = ("Uganda expelled Sudan's envoy on Monday. Sudan's government denied backing the rebels, "
            "accusing Uganda of using them as an excuse for its own mistakes.")
    assert ("ACCUSE", ["SDN"], ["UGA"]) in coded(text)


def test_a_participle_restating_a_rejection_is_not_a_second_event():
    text = "Chile rejected the Bolivian proposal on Monday, calling it unacceptable."
    assert not any(ev == "ACCUSE" for ev, _, _ in coded(text))
