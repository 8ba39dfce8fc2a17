"""Event types, session 6: an event found in the right sentence with the wrong PLOVER type.

Signing a deal stays support (the PLOVER codebook); promises whose complement merely names people
described by a past act ("to free jailed reporters"); vows to crush or a harsh reply promised; baton
charges; envoys pulled out; missiles test-fired into the sea; resignations accepted; crowds besieging buildings; relief
teams arriving to help; people kidnapped; claims called false; the internet cut.

Every sentence is written for this file.
"""
from __future__ import annotations

import pytest

from sentences import joined as events
from sentences import types_of

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [t for t, _, _ in events(text)]


# ---------------------------------------------------------------- signing is support (PLOVER codebook)

@pytest.mark.parametrize("text", [
    "Uruguay and Paraguay signed an agreement on river navigation on Tuesday.",
    "The foreign ministers of Laos and Vietnam signed a border deal in Vientiane on Monday.",
    "Senegal signed a fisheries pact with Mauritania on Wednesday.",
])
def test_signing_a_deal_is_support_as_the_plover_codebook_says(text):
    # PLOVER's codebook: SUPPORT includes "ratify, sign, or finalize an agreement"; AGREE is the promise
    # to sign. Our gold annotators code a signing AGREE; the coder follows the codebook (README).
    found = types(text)
    assert "SUPPORT" in found


# ---------------------------------------------------------------- what a promise is about

@pytest.mark.parametrize("text, word", [
    ("Myanmar's junta promised on Monday to free two jailed Thai fishermen.", "promised"),
    ("The Eritrean government pledged on Tuesday to release two detained Sudanese sailors.", "pledged"),
])
def test_a_promise_to_free_people_held_is_a_concession(text, word):
    assert types_of(text, word) == {"CONCEDE"}


@pytest.mark.parametrize("text, word", [
    ("Nigeria's president vowed on Sunday to crush the insurgents in the northeast.", "vowed"),
    ("The Sri Lankan army chief vowed on Monday to destroy the rebel bases.", "vowed"),
    ("Islamabad's defence minister promised a devastating reply to New Delhi after the border clash.", "promised"),
    ("Armenia's defence minister promised a harsh response to Azerbaijan on Friday.", "promised"),
])
def test_vowing_to_crush_or_a_harsh_reply_is_a_threat(text, word):
    assert types_of(text, word) == {"THREATEN"}


def test_a_promised_reply_to_a_request_is_no_threat():
    assert "THREATEN" not in types("Indonesia promised a response to the Malaysian request on Friday.")


# ---------------------------------------------------------------- charging at people, charging with a crime

@pytest.mark.parametrize("text", [
    "Bangladeshi riot police fired tear gas and charged with batons at students in Dhaka on Monday.",
    "Police in Chile charged into the crowd outside the ministry on Tuesday.",
])
def test_a_baton_charge_is_an_assault(text):
    found = types(text)
    assert "ASSAULT" in found and "ACCUSE" not in found


@pytest.mark.parametrize("text", [
    "Prosecutors in Dhaka charged the opposition leader with sedition on Monday.",
    "The Bolivian opposition leader was charged with terrorism on Tuesday.",
])
def test_charging_someone_with_a_crime_stays_an_accusation(text):
    assert types_of(text, "charged") == {"ACCUSE"}


# ---------------------------------------------------------------- envoys pulled out

def test_pulling_diplomats_out_of_a_country_is_a_sanction():
    assert ("SANCTION", "GAB", "COD") in events("Gabon pulled its diplomats out of Congo on Monday.")


def test_pulling_troops_out_stays_a_retreat():
    assert types_of("Rwanda pulled its troops out of Burundi on Monday.", "pulled") == {"RETREAT"}


# ---------------------------------------------------------------- missiles into the sea

def test_a_missile_test_fired_into_the_sea_is_a_show_of_force():
    assert types_of("Pyongyang test-fired two cruise missiles into the ocean overnight.", "fired") == {"MOBILIZE"}


# ---------------------------------------------------------------- resignations accepted

def test_accepting_a_resignation_is_the_resignation_done():
    assert ("RETREAT", "PER", "PER") in events(
        "The Peruvian president accepted the finance minister's resignation on Monday.")


# ---------------------------------------------------------------- crowds besieging buildings

def test_protesters_besieging_a_building_protest():
    assert ("PROTEST", "KEN", "KEN") in events("Thousands of Kenyan protesters besieged parliament in Nairobi "
                                              "on Tuesday.")


def test_troops_besieging_a_city_still_coerce():
    assert types_of("Russian troops besieged the Ukrainian city of Mariupol.", "besieged") == {"COERCE"}


# ---------------------------------------------------------------- arriving to help

@pytest.mark.parametrize("text", [
    "A Japanese search team arrived in Turkey on Tuesday to help find survivors of the quake.",
    "Chinese medical teams arrived in Nepal on Tuesday.",
])
def test_relief_teams_arriving_deliver_aid(text):
    assert types_of(text, "arrived") == {"AID"}


def test_a_minister_arriving_for_talks_still_visits():
    assert types_of("The Japanese foreign minister arrived in Ankara on Tuesday for talks.", "arrived") == {"CONSULT"}


# ---------------------------------------------------------------- people carried off

@pytest.mark.parametrize("text, word", [
    ("Armed men kidnapped two Chinese engineers in Cameroon.", "kidnapped"),
    ("Bandits abducted dozens of villagers in Niger state on Tuesday.", "abducted"),
])
def test_kidnapping_people_is_coercion(text, word):
    assert types_of(text, word) == {"COERCE"}


def test_taking_hostages_stays_an_assault():
    assert types_of("Gunmen took two aid workers hostage in Mali.", "took") == {"ASSAULT"}


# ---------------------------------------------------------------- judging a claim false

@pytest.mark.parametrize("text, word", [
    ("Quito's foreign ministry insisted that the Peruvian allegations were groundless.", "insisted"),
    ("Ecuador called the Peruvian claim a fabrication.", "called"),
    ("Ecuador described the Peruvian accusations as slander.", "described"),
])
def test_calling_a_claim_false_is_a_denial(text, word):
    assert types_of(text, word) == {"REJECT"}


@pytest.mark.parametrize("text, word", [
    ("Ecuador called the Peruvian strike an unprovoked attack.", "called"),
    ("Ecuador said the Peruvian raid was illegal.", "said"),
])
def test_calling_an_act_bad_stays_an_accusation(text, word):
    assert types_of(text, word) == {"ACCUSE"}


def test_a_participle_misread_after_a_promised_verb_is_no_act_of_the_promise():
    # the parser hangs "detained" on "release" as its complement; the promise is no threat
    assert "THREATEN" not in types("Mali's interim president promised on Friday to release detained Ivorian "
                                   "customs officers.")


# ---------------------------------------------------------------- communication blackouts

@pytest.mark.parametrize("text", [
    "The Ethiopian government cut broadband services across Amhara province for a week.",
    "Phone lines and internet were cut in the Sudanese capital on Monday.",
])
def test_cutting_the_internet_is_coercion(text):
    assert types_of(text, "cut") == {"COERCE"}


def test_cutting_gas_supplies_stays_a_sanction():
    assert types_of("Russia cut gas supplies to Moldova on Monday.", "cut") == {"SANCTION"}
