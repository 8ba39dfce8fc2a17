"""Events missed or mistyped for want of a word family or a type rule (session 6, second round).

People whose promised release is a concession include officers and officials; a bill shelved
is dropped; "set X alight / ablaze" is arson; burning a flag or an effigy is a protest, not an
attack.
"""
from __future__ import annotations

import pytest

from sentences import has, types_of

pytestmark = pytest.mark.model


def test_a_promise_to_release_officers_is_a_concession():
    assert types_of("Mali's junta promised on Friday to release two detained Senegalese officers.",
                    "promised") == {"CONCEDE"}


def test_a_bill_shelved_under_pressure_is_a_concession():
    assert has("Slovakia's government shelved the contested broadcasting bill on Tuesday.", "CONCEDE", "SVK")
    assert types_of("Bishkek promised to shelve a disputed tax reform.", "promised") == {"CONCEDE"}


@pytest.mark.parametrize("text", [
    "Armed men set a Nigerien customs post alight near the Malian border.",
    "Gunmen set a Burkinabe army fuel depot ablaze.",
])
def test_setting_things_alight_is_arson(text):
    assert has(text, "ASSAULT")


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("An Indian activist set fire to a Pakistani flag outside the consulate in Mumbai.", "set", "IND", "PAK"),
    ("Serbian students burned an effigy of the Albanian prime minister in Belgrade.", "burned", "SRB", "ALB"),
])
def test_burning_a_symbol_is_a_protest(text, word, actor, recipient):
    assert types_of(text, word) == {"PROTEST"} and has(text, "PROTEST", actor, recipient)


def test_burning_villages_stays_an_attack():
    assert has("Rebels torched villages in eastern Chad.", "ASSAULT")
