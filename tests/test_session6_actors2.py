"""Session 6, actor resolution (second round): bodies qualified as the state's own ("a government
committee", "federal troops"), a body that reports after the words it reports, emblems that do not
give a crowd a nationality, descriptive appositions that are no list items, and states named inside
a gerund clause of a noun phrase.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest
from sentences import coded, has, joined

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- "government", "federal", "national"

def test_a_government_committee_is_the_story_state_not_the_state_named_last():
    text = ("ABUJA, March 3 - Nigerian troops attacked militant camps in Borno on Friday. Cameroon sent "
            "soldiers to the border. A government crisis committee said on Sunday the rebels were trying "
            "to drag in foreign powers and accused them of atrocities.")
    assert any(kind == "ACCUSE" and actor == "NGA" for kind, actor, _ in joined(text))
    assert not any(kind == "ACCUSE" and actor == "CMR" for kind, actor, _ in joined(text))


def test_a_national_unity_government_is_the_story_state():
    text = ("YANGON, May 3 - Myanmar's junta met Thai officials on Friday. The National Unity Government, "
            "set up by exiled politicians, welcomed the plan.")
    assert has(text, "SUPPORT", "MMR")


# ---------------------------------------------------------------- "..., the government said"

def test_a_body_reporting_after_its_words_speaks_for_their_subject():
    text = ("Chile will close two consulates in Peru from Monday, the government said on Friday, "
            "accusing Lima of harassing its diplomats.")
    assert has(text, "ACCUSE", "CHL", "PER")


# ---------------------------------------------------------------- flags and banners

def test_a_crowd_waving_foreign_flags_is_not_that_states():
    text = ("ACCRA, May 4 - Ghana's army seized power on Monday. Thousands of youths, many waving Turkish "
            "flags, later burned tyres outside the British embassy in Accra.")
    assert has(text, "PROTEST", "GHA", "GBR")
    assert not has(text, "PROTEST", "TUR")


def test_a_flag_in_a_relative_clause_does_not_make_the_story_that_states():
    text = "Hundreds of protesters, some carrying Chinese flags, threw rocks at the American embassy in Manila."
    assert has(text, "PROTEST", "PHL", "USA")


def test_a_burned_flag_still_names_the_state_protested_against():
    assert has("Protesters burned a Danish flag outside the embassy in Ankara.", "PROTEST", "TUR", "DNK")


# ---------------------------------------------------------------- a describing apposition

def test_an_apposition_describing_a_state_by_its_partner_adds_no_actor():
    text = "Japan, South Korea's biggest trading partner, said on Tuesday that it supported the government's plan."
    actors = {actor for kind, actor, _ in joined(text) if kind == "SUPPORT"}
    assert actors == {"JPN"}


def test_a_list_of_named_states_in_apposition_is_still_a_list():
    events = coded("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar.")
    assert ("SANCTION", ["ARE", "BHR", "EGY", "SAU"], ["QAT"]) in events


# ---------------------------------------------------------------- a state inside a gerund clause

def test_a_state_in_a_gerund_after_the_noun_does_not_own_it():
    text = ("SEOUL, Dec 4 - Japanese Prime Minister Ito Ken lifted the curfew early on Wednesday. In an "
            "address on Tuesday, Ito said he was imposing a curfew and accused the opposition, which runs "
            "the upper house, of colluding with China.")
    assert has(text, "ACCUSE", "JPN", "JPN")


# ---------------------------------------------------------------- parties unique to one country

def test_a_party_the_tables_name_belongs_to_its_country():
    assert has("Fidesz lawmakers accused Brussels of blackmail on Monday.", "ACCUSE", "HUN", "EU")


def test_a_partys_officer_speaks_for_the_partys_country():
    assert has("Likud's chairman accused the protest leaders of inciting violence.", "ACCUSE", "ISR")
