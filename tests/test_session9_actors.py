"""Actors the coder used to lose, and a retort that is no attack (session 9).

Regions and dependencies stand for their state ("Hong Kong leader ...", "Catalan police", "Tigrayan
forces"); "the Kremlin spokesman" keeps the Kremlin's state; people drawn "of" or "from" a named
party belong to it ("the defence chiefs of 12 countries including Japan"); "Moscow hit back on
Friday" names a retaliation told elsewhere, not an attack, unless a target or weapon is given.
"""
from __future__ import annotations

import pytest

from detente.actors.tables import load_tables
from sentences import has, triggered

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Hong Kong leader Carrie Lam apologised to Britain on Sunday.", "CONCEDE", "CHN", "GBR"),
    ("Catalan police arrested three activists in Girona on Monday.", "COERCE", "ESP", "ESP"),
    ("Tigrayan forces shelled the town of Dessie on Monday.", "ASSAULT", "ETH", None),
    ("The Somaliland government expelled a Somali diplomat on Tuesday.", "SANCTION", "SOM", None),
])
def test_a_region_stands_for_its_state(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


@pytest.mark.parametrize("text, actor", [
    ("The Kremlin spokesman condemned the move by Lithuania.", "RUS"),
    ("Kremlin spokesman Dmitry Peskov condemned the move by Lithuania.", "RUS"),
])
def test_kremlin_spokesman_speaks_for_russia(text, actor):
    assert has(text, "ACCUSE", actor, "LTU")


def test_people_drawn_from_named_parties_act_for_them():
    text = "The defence chiefs of 12 countries including the United States and Britain condemned Myanmar's army."
    actors = {a for event, found, _, _ in triggered(text) if event == "ACCUSE" for a in found}
    assert {"USA", "GBR"} <= actors


def test_members_of_a_party_belong_to_its_state():
    assert has("Members of Hungary's ruling party denounced the European Commission on Monday.", "ACCUSE", "HUN")


@pytest.mark.parametrize("text", [
    "Moscow hit back on Friday.",
    "Israel hit back within hours, ordering Turkey's consul-general to return home.",
    "Beijing hit back the same day, saying the criticism was unjustified.",
])
def test_hitting_back_without_target_or_weapon_is_no_attack(text):
    assert not has(text, "ASSAULT")


@pytest.mark.parametrize("text, actor", [
    ("Iran struck back with missiles on Friday.", "IRN"),
    ("Ukraine hit back at Russian positions near Bakhmut on Monday.", "UKR"),
])
def test_hitting_back_at_a_target_or_with_a_weapon_is_an_attack(text, actor):
    assert has(text, "ASSAULT", actor)


def test_region_rows_name_known_states():
    tables = load_tables()
    forms = {form: entry for form, entry in tables.forms if entry.kind in ("state", "demonym")}
    assert forms["Hong Kong"].country == "CHN"
    assert forms["Catalan"].country == "ESP"
    assert forms["Tigrayan"].country == "ETH"


def test_a_truce_taking_effect_is_its_parties_retreat():
    text = ("Armenia and Azerbaijan agreed to a ceasefire on Friday after talks in Moscow.\n\n"
            "The ceasefire took effect at noon on Saturday.")
    assert ("RETREAT", {"ARM", "AZE"}, set(), "ceasefire") in triggered(text)


def test_an_unnamed_ministry_goes_on_with_the_state_that_spoke_before():
    text = ("The U.S. State Department condemned the arrests of protesters in Moscow on Saturday.\n\n"
            "Moscow hit back. The foreign ministry accused the U.S. embassy on Sunday of meddling in Russia's affairs.")
    assert has(text, "ACCUSE", "RUS", "USA")
