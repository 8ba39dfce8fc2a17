"""Session 5: the second event of a sentence, lost behind the first.

A meeting or call named as the setting of another act, an act told in a clause of time after
another, a truce brokered by a third party in a fronted phrase: each is an event of its own.
Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

from datetime import date

import pytest

from sentences import coded, has, modality, triggered

pytestmark = pytest.mark.model

MONDAY = date(2024, 3, 4)


def _dated(text: str) -> dict[str, date]:
    """The date of each event of the text, by trigger word."""
    from sentences import _events
    return {e.evidence.trigger: e.date for e in _events(text, "", date(2024, 3, 7))}


# ---------------------------------------------------------------- a meeting or call as a setting

def test_a_phone_call_in_which_a_leader_apologises_is_a_consultation_too():
    text = "The president of Chile apologised to Javier Milei in a phone call on Monday."
    assert has(text, "CONCEDE", "CHL", "ARG")
    assert ("CONSULT", ["ARG", "CHL"], []) in coded(text)


def test_an_act_done_during_talks_adds_the_talks():
    text = "Kenya's president thanked Emmanuel Macron during talks in Paris on Monday."
    assert has(text, "SUPPORT", "KEN", "FRA")
    assert ("CONSULT", ["FRA", "KEN"], []) in coded(text)


def test_the_act_and_its_occasion_share_the_occasions_date():
    dated = _dated("The president of Chile apologised to Javier Milei in a phone call on Monday.")
    assert dated["apologised"] == dated["call"] == MONDAY


def test_a_verb_conjoined_to_the_act_in_a_call_shares_the_calls_date():
    dated = _dated("The president of Chile apologised to Javier Milei in a phone call on Monday and promised "
                   "to punish those responsible.")
    assert dated["promised"] == MONDAY


def test_an_act_in_the_complement_of_a_verb_set_at_a_summit_takes_the_summits_date():
    dated = _dated("Leaders of the Arab League agreed at a summit on Monday to suspend Syria.")
    assert dated["suspend"] == MONDAY


def test_talks_already_told_are_no_new_meeting():
    text = ("Peru and Bolivia opened talks in Lima on Monday. Peru agreed to reopen the border crossing "
            "in the talks.")
    assert sum(kind == "CONSULT" for kind, *_ in triggered(text)) <= 1


def test_a_summit_where_a_bloc_condemns_a_state_is_no_meeting_with_that_state():
    text = "At a summit in Addis Ababa on Monday, African Union leaders condemned the coup in Niger."
    assert not has(text, "CONSULT", "AU", "NER")


def test_in_exchange_for_is_a_trade_not_a_meeting():
    text = "Belarus released a Lithuanian citizen on Monday in exchange for a Belarusian officer."
    assert not has(text, "CONSULT")


# ---------------------------------------------------------------- adjuncts are not complements

def test_a_truce_brokered_by_a_third_party_in_a_fronted_phrase_is_its_mediation():
    text = ("Under a truce brokered by Qatari mediators on Monday, Sudanese rebels agreed to hand over "
            "their heavy weapons.")
    assert has(text, "CONSULT", "QAT")


def test_an_act_told_in_a_clause_of_time_is_not_absorbed_by_a_march():
    text = ("Thousands of Peruvians marched through Lima on Monday, a day after the president withdrew "
            "a disputed pension law.")
    assert has(text, "PROTEST", "PER")
    assert has(text, "RETREAT", "PER", "PER")


def test_a_purpose_clause_is_still_absorbed():
    text = "Thousands of Peruvians marched through Lima on Monday to demand new elections."
    assert not has(text, "REQUEST")


# ---------------------------------------------------------------- conjoined passives

def test_a_participle_conjoined_to_a_passive_shares_its_subject():
    found = modality("A Georgian journalist was dragged from his car and beaten.", "beaten")
    assert found is not None and found.asserted


def test_the_agent_of_the_last_conjoined_participle_did_both_acts():
    text = "An Azerbaijani reporter was arrested and beaten by Iranian police on Monday."
    assert has(text, "COERCE", "IRN")
    assert has(text, "ASSAULT", "IRN")


def test_the_agent_of_the_first_passive_is_shared_by_the_next():
    text = "An Azerbaijani reporter was beaten by Iranian police on Monday and arrested."
    assert has(text, "COERCE", "IRN")


# ---------------------------------------------------------------- arrests without an agent

def test_people_arrested_in_a_named_city_are_held_by_that_state():
    text = "Riot police fired tear gas at protesters in Nairobi on Monday, and dozens of people were arrested."
    assert ("COERCE", ["KEN"], ["KEN"]) in coded(text)


def test_nationals_detained_without_a_place_are_held_by_their_own_state():
    assert ("COERCE", ["IND"], ["IND"]) in coded("Two Indian activists were detained on Monday.")


def test_activists_charged_without_an_agent_are_charged_by_their_state():
    text = "Two Indian activists were detained and charged with sedition on Monday."
    assert ("ACCUSE", ["IND"], ["IND"]) in coded(text)


def test_foreigners_arrested_abroad_are_held_by_the_host():
    assert ("COERCE", ["IRN"], ["FRA"]) in coded("Two French nationals were arrested in Iran on Monday.")


# ---------------------------------------------------------------- removal from office

def test_ousting_a_leader_is_his_removal_from_office():
    text = "Burkina Faso's army ousted President Kabore on Monday and detained him."
    assert ("SANCTION", ["BFA"], ["BFA"]) in coded(text)
    assert ("COERCE", ["BFA"], ["BFA"]) in coded(text)


def test_a_leader_deposed_by_soldiers_passive():
    assert ("SANCTION", ["GAB"], ["GAB"]) in coded("The president of Gabon was deposed by soldiers on Wednesday.")


def test_an_unknown_leader_ousted_is_removed_at_home_not_by_a_foreign_party():
    text = ("Ecuador's lawmakers met Colombian envoys on Monday. On Tuesday the lawmakers voted to oust "
            "Castellanos.")
    assert not has(text, "SANCTION", "ECU", "COL")


def test_a_leader_placed_under_house_arrest_is_held_by_his_state():
    text = "A Bolivian opposition leader was placed under house arrest on Monday."
    assert ("COERCE", ["BOL"], ["BOL"]) in coded(text)


def test_house_arrest_told_in_a_pluperfect_relative_clause_is_background():
    text = "The president of Bolivia ordered on Monday the release of Camacho, who had been held under house arrest."
    assert not has(text, "COERCE")


def test_a_state_only_implied_by_an_arrest_does_not_date_its_next_statement():
    text = ("LA PAZ, March 7 - Bolivian riot police fired tear gas at miners in La Paz on Wednesday. The "
            "government said more than 300 people had been detained since Friday.\n\n"
            "Opposition senators accused the government of overreacting.")
    dated = _dated(text)
    assert dated["accused"] != date(2024, 3, 1)
