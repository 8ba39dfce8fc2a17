"""Event types, seventh pass: events the coder used to find no trigger or no party for -- forces
owned by "its" in a report, units sent in, arms backing a unit, promises to answer "any" attack,
readmission to a bloc, early elections offered (rows of triggers.tsv), breached police lines, naval escorts, and arms
used "in a wave of" attacks.

Every sentence is written for this file.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente.dates import find_dates

from sentences import joined as events

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [t for t, _, _ in events(text)]


def test_forces_owned_by_its_in_a_report_are_the_reporters():
    found = events("Nigeria's air force said its jets bombed militant hideouts in Niger on Tuesday.")
    assert any(t == "ASSAULT" and a == "NGA" for t, a, _ in found)


def test_commandos_sent_into_a_country_are_a_deployment():
    assert ("MOBILIZE", "KEN", "SOM") in events("Kenya sent commandos into Somalia on Monday.")


def test_arms_backing_a_unit_are_no_endorsement():
    assert "SUPPORT" not in types("Mali sent soldiers, backed by helicopters and drones, into the Menaka region "
                                  "on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("Armenia's defence minister said on Friday that Armenia would retaliate against any aggression by Azerbaijan.",
     ("THREATEN", "ARM", "AZE")),
    ("Pakistan's army chief said on Monday that Pakistan would respond to any strike by India.",
     ("THREATEN", "PAK", "IND")),
])
def test_a_promise_to_answer_any_attack_is_a_threat(text, expected):
    assert expected in events(text)


def test_answering_a_past_attack_is_no_threat():
    assert "THREATEN" not in types("Morocco responded to the attack on its border post with a protest note.")


def test_an_unnamed_threat_goes_to_the_last_adversary_not_the_most_named_state():
    found = events("Venezuela massed troops near the Guyanese border on Tuesday. Brazil's president praised Guyana "
                   "on Wednesday after talks with Guyana's leader in Brasilia, and Brazil sent food aid to Guyana. "
                   "Guyana's president said on Thursday that Guyana would respond to any attack on the border.")
    assert ("THREATEN", "GUY", "VEN") in found


def test_readmitting_a_member_is_support():
    assert ("SUPPORT", "AU", "MLI") in events("The African Union voted on Friday to readmit Mali.")


def test_a_government_offering_early_elections_concedes_to_its_people():
    found = events("Thousands marched in Lima on Monday. Peru's president offered early elections on Tuesday.")
    assert ("CONCEDE", "PER", "PER") in found


def test_an_opposition_proposing_early_elections_asks_for_them():
    found = types("The Hungarian opposition leader proposed snap elections on Friday.")
    assert "CONCEDE" not in found and "REQUEST" in found


def test_breaking_through_police_lines_is_a_riot():
    found = events("Students angry over fuel prices broke through a police cordon in Nairobi on Monday.")
    assert ("PROTEST", "KEN", "KEN") in found


def test_warships_escorting_a_ship_are_a_deployment():
    found = events("A Chinese survey ship, escorted by coast guard vessels, entered Vietnamese waters on Monday.")
    assert ("MOBILIZE", "CHN", "VNM") in found


def test_arms_used_in_a_wave_of_attacks_on_works_name_the_attacker_and_the_reporter_as_hit():
    found = events("Moldova says Russia has used drones in a wave of attacks on power plants this month.")
    assert ("ASSAULT", "RUS", "MDA") in found


def test_overnight_on_a_weekday_is_that_weekday():
    found = find_dates("jets hit depots overnight on Sunday, the ministry said", date(2024, 3, 7))
    assert [m.date for m in found] == [date(2024, 3, 3)]
