"""Session 6 roles: acts aimed at unplaced people at home, and mutual acts.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from sentences import coded, triggered

pytestmark = pytest.mark.model


def _roles(text: str, trigger: str) -> tuple[set[str], set[str]]:
    """The actor and recipient codes of the event told by ``trigger``."""
    return next((act, rec) for _, act, rec, word in triggered(text) if word == trigger)


# ---------------------------------------------------------------- "accused the opposition": its own state

def test_a_charge_against_the_opposition_stays_at_home_despite_a_state_named_before():
    text = ("Ghana's president, speaking after talks in Togo, accused the opposition of stirring up "
            "unrest in the north.")
    assert _roles(text, "accused") == ({"GHA"}, {"GHA"})


def test_a_charge_against_the_opposition_is_not_aimed_at_a_state_named_after_it():
    text = ("Peru's president accused the opposition, which dominates Congress, of serving Bolivian "
            "interests.")
    assert _roles(text, "accused") == ({"PER"}, {"PER"})


def test_a_vow_to_crush_insurgents_is_aimed_at_home_not_at_the_last_visitor():
    text = ("Nigeria's president received the Chadian foreign minister in Abuja on Monday. "
            "The president vowed on Tuesday to crush the insurgents in the northeast.")
    assert _roles(text, "vowed") == ({"NGA"}, {"NGA"})


def test_a_warning_that_protesters_will_be_arrested_is_aimed_at_home():
    text = ("Kenya's interior minister met Ugandan officials on Monday. On Tuesday he warned that "
            "more protesters would be arrested.")
    assert _roles(text, "warned")[1] == {"KEN"}


def test_an_appeal_to_the_generals_is_not_aimed_at_the_opposition_they_should_talk_to():
    text = ("Sudan's army has ruled the country since the coup. Canada urged the generals to open "
            "talks with the opposition.")
    assert _roles(text, "urged")[1] == {"SDN"}


def test_foreign_backing_for_rebels_is_still_aimed_abroad():
    text = "Fighting flared in northern Ethiopia on Monday. Eritrea openly backed the rebels."
    assert _roles(text, "backed") == ({"ERI"}, {"ETH"})


# ---------------------------------------------------------------- mutual acts: each the other's target

def test_two_states_recalling_their_ambassadors_recall_them_from_each_other():
    text = "Peru and Chile recalled their ambassadors on Monday after a dispute over Bolivia's access to the sea."
    assert ("SANCTION", ["CHL", "PER"], []) in coded(text)


def test_their_ambassadors_recalled_from_a_named_capital_are_aimed_at_it():
    text = "Peru and Chile recalled their ambassadors from Caracas on Monday."
    assert _roles(text, "recalled") == ({"PER", "CHL"}, {"VEN"})


def test_blaming_each_other_is_not_aimed_at_the_place_of_the_clashes():
    text = "Kenya and Uganda blamed each other for the clashes near the Tanzanian border."
    assert ("ACCUSE", ["KEN", "UGA"], []) in coded(text)


# ---------------------------------------------------------------- "were detained": by the story's own state

def test_unplaced_detentions_are_by_the_story_state_not_a_neighbour_named_lately():
    text = ("Riot police clashed with protesters in Tbilisi on Saturday. Georgia's president blamed "
            "the unrest on radicals. The ruling party in Armenia called for calm. Police said 30 "
            "people had been detained.")
    assert ("COERCE", ["GEO"], ["GEO"]) in coded(text)
