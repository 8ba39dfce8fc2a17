"""Event types, sixth pass: vocabulary the coder missed entirely (declaring an envoy persona
non grata, removing a country from a list of trusted partners, forcing one's way into a
building, a federal takeover), the parties of an accord "reached by" two states, a protest
lodged by the speaker of a conjoined clause, and two launches on two named days kept apart.

Every sentence is written for this file.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente import ontology
from detente.events.fusion import fuse
from detente.models import Entity, Event, Evidence

from sentences import joined as coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Russia declared two Polish diplomats persona non grata on Monday.",
    "Warsaw declared the Russian consul persona non grata and gave him 48 hours to leave.",
])
def test_persona_non_grata_is_a_diplomatic_sanction(text):
    found = coded(text)
    assert [e for e in found if e[0] == "SANCTION"], found


def test_declared_state_of_emergency_stays_coercion():
    found = coded("Lima declared a state of emergency in three southern regions on Monday.")
    assert "SANCTION" not in [e[0] for e in found]


@pytest.mark.parametrize("text", [
    "Canberra dropped Beijing from its list of preferred trade partners on Monday.",
    "Ottawa removed Caracas from its list of trusted trading partners last week.",
])
def test_removal_from_a_list_of_partners_is_a_sanction(text):
    found = coded(text)
    assert [e for e in found if e[0] == "SANCTION"], found


def test_removal_from_a_blacklist_is_no_sanction():
    found = coded("Washington removed Havana from its list of state sponsors of terrorism.")
    assert "SANCTION" not in [e[0] for e in found]


def test_forcing_ones_way_into_an_embassy_is_coercion():
    found = coded("Colombian police forced their way into the Venezuelan consulate in Bogota on Monday.")
    assert ("COERCE", "COL", "VEN") in found


def test_crowds_forcing_their_way_in_protest():
    found = coded("Protesters forced their way into the parliament building in Nairobi on Tuesday.")
    assert "PROTEST" in [e[0] for e in found] and "COERCE" not in [e[0] for e in found]


def test_federal_takeover_is_coercion():
    found = coded("Peru's president ordered a federal takeover of security in the capital on Monday.")
    assert ("COERCE", "PER", "PER") in found


def test_protest_lodged_in_a_conjoined_clause_is_the_speakers():
    found = coded("Norway said two of the shells landed in its waters and lodged a protest with Moscow.")
    assert ("ACCUSE", "NOR", "RUS") in found


def test_accord_reached_by_two_states_has_them_as_parties():
    found = coded("The new border crossings are part of an accord reached by Kenya and Somalia in Nairobi on Monday.")
    assert ("AGREE", "KEN+SOM", "") in found


def _launch(id: str, day: int, recipients: tuple[str, ...]) -> Event:
    """A hand-built missile launch by North Korea on ``day`` March 2024."""
    s = ontology.scores("MOBILIZE")
    text = "Pyongyang fired a missile."
    return Event(
        id=id, article_id="a6", date=date(2024, 3, day), date_precision="day", event="MOBILIZE", mode=None,
        context=(), actor=(Entity("Pyongyang", "North Korea", "PRK", None, "GOV"),),
        recipient=tuple(Entity(c, c, c, None, "GOV") for c in recipients), location=None,
        cameo=s.cameo, goldstein=s.goldstein, plover_score=s.plover_score, quad=s.quad,
        evidence=Evidence(text, int(id[1:]), "fired", 10, 15), confidence=0.8, coder="test",
    )


def test_launches_on_two_named_days_stay_two_events():
    fused = fuse([_launch("e1", 4, ("JPN",)), _launch("e2", 3, ())])
    assert len(fused) == 2


def test_vaguer_mention_on_the_same_day_is_fused():
    fused = fuse([_launch("e1", 4, ("JPN",)), _launch("e2", 4, ())])
    assert len(fused) == 1
