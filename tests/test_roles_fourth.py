"""Role rules of the fourth pass, each on hand-written sentences.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente.models import Article
from detente.pipeline import code_article

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 7)


def coded(text: str, title: str = "") -> list[tuple[str, list[str], list[str]]]:
    c = code_article(Article("r1", title, text, PUBLISHED, origin="test:r1"))
    return [(e.event, sorted(x.code for x in e.actor), sorted(x.code for x in e.recipient)) for e in c.events]


def test_a_free_relative_is_the_object_of_the_outer_verb():
    text = ("Kenya and Uganda signed a grain accord on Monday. The World Bank approved a drought loan for "
            "Kenya on Tuesday. Tanzania's finance minister praised what she called a generous move.")
    events = coded(text)
    assert ("SUPPORT", ["TZA"], ["WB"]) in events


def test_a_welcomed_decision_is_the_named_council_s_when_its_vote_coded_nothing():
    text = ("The African Union voted in Addis Ababa on Saturday to readmit Gabon. Chad and Ghana agreed "
            "to help oversee the transition. Gabon's interior ministry welcomed the decision.")
    events = coded(text)
    assert ("SUPPORT", ["GAB"], ["AU"]) in events


def test_the_court_after_a_named_international_court_is_that_court():
    text = ("The International Court of Justice ordered Honduras on Monday to halt dredging near the "
            "shared river. Nicaragua hailed the order. The court also demanded that Honduras report "
            "back within six months.")
    events = coded(text)
    assert ("REQUEST", ["ICJ"], ["HND"]) in events
    assert not any(e[0] == "REQUEST" and e[1] == ["HND"] for e in events)


def test_a_capital_s_name_is_the_homonym_in_the_state_the_sentence_names():
    lebanese = coded("Israeli jets bombed a warehouse in Tripoli overnight, Lebanese security sources said.")
    assert ("ASSAULT", ["ISR"], ["LBN"]) in lebanese
    libyan = coded("Israeli jets bombed a warehouse in Tripoli overnight, Libyan security sources said.")
    assert ("ASSAULT", ["ISR"], ["LBY"]) in libyan


def test_them_after_a_both_phrase_is_both_parties():
    text = ("Peru and Chile traded accusations over the fishing dispute. Brazil's foreign minister called "
            "the leaders of both countries and urged them to restrain their navies.")
    assert ("REQUEST", ["BRA"], ["CHL", "PER"]) in coded(text)


def test_a_court_s_sanction_on_its_own_official_stays_at_home():
    text = ("Argentina and the United States signed a trade deal. Argentina's top court suspended the "
            "mayor of Rosario for sixty days on Tuesday.")
    assert ("SANCTION", ["ARG"], ["ARG"]) in coded(text)
