"""Event types, session 5: events found with the wrong PLOVER type -- deals struck and names struck
off lists, riot weapons used on people (and their purpose), weapons slamming into targets,
condolences and amnesties offered, promises to yield or to punish, unilateral drills, calls for
meetings and calls dated "on Sunday", pleas, towns captured by name, and raids on offices.

Every sentence is written for this file.
"""
from __future__ import annotations

import pytest

from sentences import joined as events
from sentences import types_of

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [t for t, _, _ in events(text)]


# ---------------------------------------------------------------- striking deals, striking off lists

@pytest.mark.parametrize("text", [
    "Peru and Bolivia struck an agreement on Friday to share water from Lake Titicaca.",
    "Kyrgyzstan and Tajikistan struck a deal over their disputed border on Monday.",
])
def test_a_deal_struck_is_an_agreement_not_an_attack(text):
    found = types(text)
    assert "AGREE" in found and "ASSAULT" not in found


def test_a_state_struck_off_a_list_is_sanctioned():
    assert ("SANCTION", "CAN", "PAN") in events("Canada struck Panama off its list of approved trading partners "
                                                "on Tuesday.")


# ---------------------------------------------------------------- instruments used on people

@pytest.mark.parametrize("text, actor", [
    ("Bolivian police used water cannon on miners marching in La Paz on Monday.", "BOL"),
    ("Kenyan police used tear gas against opposition supporters in Kisumu on Tuesday.", "KEN"),
])
def test_riot_weapons_used_on_people_are_an_assault(text, actor):
    assert any(t == "ASSAULT" and a == actor for t, a, _ in events(text))


def test_riot_weapons_used_for_a_purpose_are_told_as_that_purpose():
    found = types("Ecuadorean police on Friday used batons and pepper spray in order to disperse students "
                  "camped outside parliament.")
    assert "COERCE" in found and "ASSAULT" not in found


@pytest.mark.parametrize("text", [
    "Ukrainian drones slammed into an oil refinery in Russia's Saratov region overnight.",
    "Israeli missiles smashed into a Hezbollah arms depot in Lebanon on Sunday.",
])
def test_weapons_slamming_into_a_target_are_an_assault_not_criticism(text):
    found = types(text)
    assert "ASSAULT" in found and "ACCUSE" not in found


# ---------------------------------------------------------------- what is offered or promised

def test_condolences_offered_are_support():
    assert types_of("Japan's prime minister offered condolences to Turkey after the earthquake on Monday.",
                    "condolences") == {"SUPPORT"}


def test_an_amnesty_offered_is_a_concession():
    assert "CONCEDE" in types("Colombia's government offered an amnesty to guerrillas who hand in their weapons.")


@pytest.mark.parametrize("text, trigger", [
    ("Minsk promised on Friday to free three jailed Lithuanian journalists.", "promised"),
    ("The Malian junta pledged to allow United Nations inspectors into the north.", "pledged"),
    ("The Taliban promised an amnesty for former soldiers, a spokesman said.", "promised"),
])
def test_a_promise_to_yield_is_a_concession(text, trigger):
    assert types_of(text, trigger) == {"CONCEDE"}


@pytest.mark.parametrize("text", [
    "Yerevan is ready to pull back its units from two hilltops, the defence minister said.",   # readiness is an offer
    "Jordan agreed to release two Syrian fishermen on Monday.",                 # agreeing stays an agreement
    "Baku offered to pay compensation to the families of the crew.",            # a payment, not a yield
])
def test_readiness_agreement_and_payment_stay_agreements(text):
    assert "CONCEDE" not in types(text) and "AGREE" in types(text)


@pytest.mark.parametrize("text, trigger", [
    ("Tehran vowed to retaliate against Islamabad over the border raid.", "vowed"),
    ("Seoul vowed to retaliate against Pyongyang over the rubbish balloons.", "vowed"),
    ("Moscow promised that those behind the bombing would be punished.", "promised"),
])
def test_a_promise_to_punish_is_a_threat(text, trigger):
    assert types_of(text, trigger) == {"THREATEN"}


def test_a_pledge_not_to_use_force_is_no_threat():
    assert "THREATEN" not in types("Guatemala and Belize pledged not to use force over their border dispute.")


# ---------------------------------------------------------------- drills

@pytest.mark.parametrize("text", [
    "Russian troops staged war games near the Finnish border on Tuesday.",
    "Taiwan's navy carried out a live-fire exercise on Monday simulating an attack on Chinese landing ships.",
])
def test_drills_aimed_at_a_neighbour_are_a_show_of_force(text):
    found = types(text)
    assert "MOBILIZE" in found and "COOPERATE" not in found


@pytest.mark.parametrize("text", [
    "Spanish warships held exercises with the Moroccan navy off Tangier on Thursday.",
    "Georgian troops joined American soldiers on Monday in military exercises near Tbilisi.",
    "Rwandan soldiers patrolled the streets of Pemba alongside Mozambican police on Saturday.",
])
def test_drills_held_with_a_partner_stay_cooperation(text):
    assert "COOPERATE" in types(text)


# ---------------------------------------------------------------- calls and pleas

def test_a_call_for_a_summit_is_a_request():
    assert types_of("Slovakia's premier called for an emergency summit of NATO leaders on Friday.",
                    "called") == {"REQUEST"}


def test_a_call_dated_on_a_weekday_is_no_call_on_anyone():
    assert types_of("The Arab League called on Sunday for an immediate truce in Khartoum.", "called") == {"REQUEST"}


def test_a_phone_call_to_a_leader_is_still_a_consultation():
    assert types_of("Erdogan called the Greek prime minister on Friday.", "called") == {"CONSULT"}


def test_a_plea_for_a_ceasefire_is_a_request():
    found = types("Egypt's president issued an urgent plea for a ceasefire in Sudan on Monday.")
    assert "REQUEST" in found and "AGREE" not in found


# ---------------------------------------------------------------- capture and raids

def test_a_town_captured_by_name_is_an_assault():
    found = types("Rebel fighters captured Bunagana, a town on the Ugandan border, on Monday.")
    assert "ASSAULT" in found and "COERCE" not in found


@pytest.mark.parametrize("text", [
    "Zambian police raided the offices of an opposition newspaper in Lusaka on Wednesday.",
    "Police raided the home of a Tanzanian opposition leader in Arusha on Monday.",
])
def test_a_raid_on_offices_or_homes_is_coercion(text):
    found = types(text)
    assert "COERCE" in found and "ASSAULT" not in found


def test_a_raid_on_camps_is_still_an_attack():
    assert "ASSAULT" in types("Turkish jets raided Kurdish militant camps in northern Iraq on Sunday.")
