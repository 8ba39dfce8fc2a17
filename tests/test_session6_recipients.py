"""Session 6 recipients: reactions that point back at an earlier act without naming its author.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from sentences import coded, triggered

pytestmark = pytest.mark.model


def _recipients(text: str, trigger: str) -> set[str]:
    """The recipient codes of the event told by ``trigger``."""
    return next(rec for _, _, rec, word in triggered(text) if word == trigger)


# ---------------------------------------------------------------- "welcomed the accord": its parties

def test_welcoming_a_deal_names_every_party_not_its_latest_praiser():
    text = ("Chile and Peru signed a fisheries accord on Monday. The EU's trade commissioner praised "
            "Peruvian negotiators. Canada welcomed the accord.")
    assert ("SUPPORT", ["CAN"], ["CHL", "PER"]) in coded(text)


def test_a_capital_before_a_deal_noun_is_where_it_was_made():
    text = ("Kenya and Uganda agreed on Monday on a truce in the border region. NATO leaders meeting "
            "in Brussels welcomed the Dodoma accord.")
    assert ("SUPPORT", ["NATO"], ["KEN", "UGA"]) in coded(text)


def test_a_state_before_a_deal_noun_is_still_a_party():
    text = ("Kenya and Uganda agreed on Monday on a truce in the border region. NATO welcomed "
            "the Uganda accord.")
    assert _recipients(text, "welcomed") == {"UGA"}


# ---------------------------------------------------------------- "rejected the accusation": the accuser

def test_rejecting_an_accusation_put_to_a_court_answers_the_state_that_made_it():
    text = ("Ghana asked the International Court of Justice on Monday to declare that Togo was "
            "violating the border treaty. Benin voiced concern and Benin's president phoned leaders "
            "across the region. Togo rejected the accusation on Friday.")
    assert ("REJECT", ["TGO"], ["GHA"]) in coded(text)


# ---------------------------------------------------------------- a government answering its own opposition

def test_a_government_rejecting_its_oppositions_demand_answers_that_opposition():
    text = ("Opposition parties in Zambia demanded on Monday that the election be rerun. Zambia's "
            "government, backed by Angola, rejected the demand on Tuesday.")
    assert ("REJECT", ["ZMB"], ["ZMB"]) in coded(text)


# ---------------------------------------------------------------- the author named inside the object

def test_rebuffing_calls_from_a_bloc_answers_the_bloc_not_the_accuser():
    text = ("Thailand accused Cambodia of shelling border villages on Monday. Cambodia's prime minister "
            "rebuffed calls from ASEAN for talks.")
    assert ("REJECT", ["KHM"], ["ASEAN"]) in coded(text)


def test_rejecting_a_demand_by_a_third_state_answers_that_state():
    text = ("Thailand accused Cambodia of shelling border villages on Monday. Cambodia rejected a demand "
            "by Malaysia for a ceasefire.")
    assert ("REJECT", ["KHM"], ["MYS"]) in coded(text)


# ---------------------------------------------------------------- "a charge that X dismissed"

def test_a_charge_dismissed_in_a_relative_clause_is_a_rejection_of_the_accuser():
    text = ("Thailand's army chief accused the Cambodian military of shelling border villages, a charge "
            "that Cambodia dismissed as absurd.")
    assert ("REJECT", ["KHM"], ["THA"]) in coded(text)
