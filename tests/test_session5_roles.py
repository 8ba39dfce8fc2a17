"""Session 5 role rules: who acts and who is acted on, each on hand-written sentences.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from sentences import coded

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- several actors, one-sided act

def test_two_states_urging_a_junta_both_address_that_junta():
    text = ("Soldiers seized power in Mali on Monday. Canada and Norway urged the generals "
            "to release the detained ministers.")
    assert ("REQUEST", ["CAN", "NOR"], ["MLI"]) in coded(text)


def test_three_states_condemning_a_coup_each_accuse_the_state_of_the_coup():
    text = ("Officers overthrew the government of Guinea on Sunday. Ghana, Japan and the African Union "
            "condemned the coup.")
    assert ("ACCUSE", ["AU", "GHA", "JPN"], ["GIN"]) in coded(text)


# ---------------------------------------------------------------- protests at an embassy

def test_picketing_a_foreign_embassy_is_the_host_countrys_protest_against_its_owner():
    assert ("PROTEST", ["KEN"], ["DNK"]) in coded("Students picketed the Danish embassy in Nairobi on Friday.")


def test_a_rally_outside_an_embassy_of_a_named_state_is_aimed_at_that_state():
    events = coded("Hundreds of farmers rallied outside the embassy of Brazil in Asuncion on Tuesday.")
    assert ("PROTEST", ["PRY"], ["BRA"]) in events


def test_crowds_gathering_at_an_embassy_to_denounce_are_the_hosts_protesting_its_owner():
    events = coded("Crowds gathered outside the Turkish embassy in Athens to denounce the airspace violations.")
    assert ("PROTEST", ["GRC"], ["TUR"]) in events


# ---------------------------------------------------------------- "as did X": an inverted stand-in

def test_as_did_adds_an_event_for_the_party_named_after_it():
    events = coded("Ghana condemned the raid by Burkina Faso on Friday, as did Nigerian President Bola Tinubu.")
    assert ("ACCUSE", ["GHA"], ["BFA"]) in events
    assert ("ACCUSE", ["NGA"], ["BFA"]) in events


def test_as_have_with_two_subjects_repeats_the_act_for_both():
    events = coded("Canada recognised the new government of Chile, as have Australia and Britain.")
    assert ("SUPPORT", ["AUS", "GBR"], ["CHL"]) in events


def test_and_so_did_names_the_second_protester():
    assert ("ACCUSE", ["KOR"], ["CHN"]) in coded("Japan lodged a protest with Beijing, and so did South Korea.")


# ---------------------------------------------------------------- talks kept within one state

def test_a_national_dialogue_is_a_states_dealing_with_its_own_people():
    text = "Riots shook Bolivia on Monday. The president announced he would hold a national dialogue next week."
    assert ("AGREE", ["BOL"], ["BOL"]) in coded(text)


def test_talks_with_political_parties_are_domestic():
    text = ("Riots shook Bolivia on Monday. The army said the military would appoint a caretaker cabinet "
            "after talks with political parties.")
    assert ("AGREE", ["BOL"], ["BOL"]) in coded(text)


def test_a_church_joining_the_dialogue_deals_with_its_own_government():
    text = ("Riots shook Bolivia on Monday. The Bolivian bishops' conference said it would participate "
            "in the dialogue.")
    assert ("AGREE", ["BOL"], ["BOL"]) in coded(text)


# ---------------------------------------------------------------- "the incident": the latest violent act

def test_concern_over_the_incident_is_aimed_at_whoever_did_the_latest_violence():
    text = ("Serbia accused Kosovo of provocation on Monday. Serbia recalled its envoy from Pristina. "
            "Kosovo police fired tear gas at Serb protesters in Mitrovica on Tuesday. "
            "Albania voiced concern over the incident.")
    assert ("ACCUSE", ["ALB"], ["XKX"]) in coded(text)


# ---------------------------------------------------------------- a known person by surname alone

def test_a_known_leaders_surname_owns_his_government():
    text = ("Gunmen attacked a police post in Cabo Delgado on Monday, weeks after President Daniel Chapo "
            "took office. South Africa and Tanzania condemned the attack. Chapo's government imposed a "
            "curfew on Tuesday.")
    assert ("COERCE", ["MOZ"], ["MOZ"]) in coded(text)


# ---------------------------------------------------------------- the place a force leaves

def test_withdrawing_from_a_bare_town_name_is_a_retreat_from_its_country():
    assert ("RETREAT", ["ETH"], ["SOM"]) in coded("Ethiopian troops withdrew from Baidoa on Sunday.")


def test_pulling_out_of_a_town_names_the_country_of_the_town():
    assert ("RETREAT", ["ETH"], ["SOM"]) in coded("Ethiopian troops pulled out of the town of Baidoa on Sunday.")


# ---------------------------------------------------------------- whose the scattered crowds are

def test_foreign_troops_scattering_crowds_act_on_the_people_of_the_story():
    text = ("Thousands of Haitians massed at the airport in Port-au-Prince on Monday. Haiti's government "
            "collapsed. Kenyan troops guarding the runway fired shots into the air to scatter the crowds.")
    assert ("ASSAULT", ["KEN"], ["HTI"]) in coded(text)


# ---------------------------------------------------------------- a possessor owns its noun

def test_praising_a_states_handling_of_a_summit_praises_that_state_not_the_summits_body():
    assert ("SUPPORT", ["CAN"], ["MEX"]) in coded("Ottawa praised Mexico's handling of the WHO summit in Cancun.")
