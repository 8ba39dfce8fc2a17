"""Event types, fourth pass: plural "protests" in a clause of their own are demonstrations, and a
deployment whose purpose is a strike is coded once, as the strike.

Every sentence is written for this file.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente.models import Article
from detente.pipeline import code_article

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 7)


def types(text: str) -> list[str]:
    events = code_article(Article("fourth", "", text, PUBLISHED, origin="test:types")).events
    return [e.event for e in events]


@pytest.mark.parametrize("text", [
    "Peru's interior minister resigns as protests over fuel prices spread to Cusco",
    "Kenyan police dispersed crowds in Mombasa, where protests against the housing levy entered a third day.",
])
def test_plural_protests_are_demonstrations(text):
    found = types(text)
    assert "ACCUSE" not in found


def test_lodged_protests_stay_diplomatic():
    assert "ACCUSE" in types("Manila lodged protests with Beijing over the water cannon incident on Monday.")


@pytest.mark.parametrize("text", [
    "Azerbaijan sent helicopters to bomb Armenian positions near the village of Sotk on Tuesday.",
    "Ethiopia dispatched drones to attack rebel convoys in the Amhara region last week.",
])
def test_deployment_for_a_strike_is_the_strike(text):
    found = types(text)
    assert "ASSAULT" in found
    assert "MOBILIZE" not in found


def test_deployment_without_a_strike_stays():
    assert "MOBILIZE" in types("Poland sent 10,000 troops to its border with Belarus on Friday.")


@pytest.mark.parametrize("text", [
    "Rebel units pressed on with their offensive toward the port of Hodeidah on Sunday.",
    "Ukrainian engineers pressed on with repairs to the damaged dam in Kherson province.",
])
def test_pressing_on_is_not_a_demand(text):
    assert "REQUEST" not in types(text)


def test_pressing_for_something_is_a_demand():
    assert "REQUEST" in types("Brussels pressed Belgrade to recognise the vote in northern Kosovo.")


@pytest.mark.parametrize("text", [
    "Farmers in Punjab have been protesting for weeks against the new crop pricing law.",
    "Last month witnessed protests in Tbilisi against the foreign agents bill.",
])
def test_sustained_or_witnessed_protest_is_a_demonstration(text):
    found = types(text)
    assert "PROTEST" in found and "ACCUSE" not in found


def test_protesting_to_an_embassy_stays_diplomatic():
    assert "ACCUSE" in types("Vietnam protested to China over the seizure of its fishing boat near the Paracels.")
