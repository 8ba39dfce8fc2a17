"""Session 5, second roles pass: who acts and who is acted on, each on hand-written sentences.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from sentences import coded

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- a title that names its body

def test_the_un_chief_is_the_united_nations():
    assert ("REQUEST", ["UN"], ["CHL", "PER"]) in coded("The UN chief urged Peru and Chile to resume their talks.")


def test_an_offer_by_the_nato_chief_is_turned_down_to_nato():
    events = coded("Belgrade turned down a proposal by the NATO chief to station monitors in the north.")
    assert any(kind == "REJECT" and actor == ["SRB"] and recipient == ["NATO"] for kind, actor, recipient in events)


# ---------------------------------------------------------------- "its" bound by its own clause's subject

def test_its_after_a_noun_subject_is_that_subject_not_the_last_state_named():
    text = ("Japan criticised Spain and Italy on Monday. The African Union warned that the bloc could freeze "
            "its cooperation with Nairobi.")
    events = coded(text)
    assert ("THREATEN", ["AU"], ["KEN"]) in events
    assert ("THREATEN", ["AU"], ["ITA"]) not in events


# ---------------------------------------------------------------- "X and Y units": a split coordination

def test_two_demonyms_the_parser_split_both_name_a_party():
    events = coded("Senegalese and Gambian anti-smuggling units conducted a joint operation on the river.")
    assert any(kind == "COOPERATE" and actor == ["GMB", "SEN"] for kind, actor, _ in events)


# ---------------------------------------------------------------- the dateline names the story's state

def test_the_dateline_state_owns_unnamed_police_though_another_is_named_more():
    text = ("QUITO, May 3 - The United States urged Ecuador to hold early elections. Washington also sent "
            "envoys to the region, and U.S. officials praised the army. Police detained dozens of students "
            "on Tuesday.")
    events = coded(text)
    assert ("COERCE", ["ECU"], ["ECU"]) in events
    assert ("COERCE", ["USA"], ["USA"]) not in events


# ---------------------------------------------------------------- "the government" of the story's state

def test_the_government_is_the_storys_own_even_after_a_neighbour_acted():
    text = ("Students marched in Dhaka against job quotas on Monday. India said it had closed several "
            "border crossings. The government had shut down mobile internet on Sunday.")
    events = coded(text)
    assert ("COERCE", ["BGD"], ["BGD"]) in events
    assert ("COERCE", ["IND"], ["IND"]) not in events
