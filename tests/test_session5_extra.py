"""Extra events (session 5): sentences where nothing of the kind coded happened, or where a
coordinated subject was read as parties acting on one another.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from sentences import coded, has, joined, triggered

pytestmark = pytest.mark.model


def test_co_actors_of_a_directed_act_aim_it_outside_their_group():
    events = coded("Venezuela seized a Guyanese fishing boat on Friday. "
                   "Brazil and Colombia expressed concern about the episode.")
    assert ("ACCUSE", ["BRA", "COL"], ["VEN"]) in events
    assert not any(kind == "ACCUSE" and not recipients for kind, _, recipients in events)


def test_co_actors_urging_unnamed_officials_address_the_story_state():
    events = coded("Soldiers detained Bolivia's president on Monday. "
                   "Chile and Argentina pressed the military rulers to restore civilian rule.")
    assert ("REQUEST", ["ARG", "CHL"], ["BOL"]) in events


def test_a_deadline_given_is_a_demand_not_the_act_demanded():
    events = coded("Soldiers seized power in Guinea on Sunday. "
                   "Nigeria gave Guinea's new rulers ten days to release the detained ministers.")
    assert ("REQUEST", ["NGA"], ["GIN"]) in events
    assert not any(kind in ("CONCEDE", "RETREAT") for kind, _, _ in events)


def test_a_deadline_with_a_penalty_is_a_threat():
    events = coded("Serbia gave the provincial authorities until Monday to reopen the border crossings "
                   "or face a suspension of funding.")
    assert ("THREATEN", ["SRB"], ["SRB"]) in events


@pytest.mark.parametrize("text", [
    # one test for time granted serves the trigger and the modality check: "grant" as well as "give",
    # and a deadline or ultimatum as the thing given
    "Kenya granted the striking doctors a 48-hour deadline to return to work.",
    "ECOWAS granted Niger's junta one month to restore the ousted president.",
])
def test_time_granted_is_a_demand_and_the_act_demanded_is_not_done(text):
    events = coded(text)
    assert any(kind == "REQUEST" for kind, _, _ in events)
    assert not any(kind in ("CONCEDE", "RETREAT", "COOPERATE") for kind, _, _ in events)


def test_time_granted_to_leave_is_an_expulsion_and_an_ultimatum_a_threat():
    events = coded("Peru gave the Bolivian diplomats a week to leave after the border incident.")
    assert ("SANCTION", ["PER"], ["BOL"]) in events and not any(kind == "REQUEST" for kind, _, _ in events)
    assert ("THREATEN", ["AU"], ["TCD"]) in coded(
        "The African Union gave Chad's generals a 15-day ultimatum to hand power to civilians.")


def test_a_participle_of_hitting_back_is_no_attack():
    events = triggered("Estonia on Friday expelled a Russian envoy, hitting back at Moscow's decision to close "
                       "an Estonian consulate.")
    assert not any(kind == "ASSAULT" for kind, _, _, _ in events)


def test_hitting_back_at_a_measure_is_no_attack():
    assert not has("Belarus hit back at the Lithuanian sanctions on Wednesday.", "ASSAULT")


def test_striking_back_at_military_targets_is_still_an_attack():
    assert has("Azerbaijan struck back at Armenian positions near the border on Sunday.", "ASSAULT", "AZE")


def test_a_classifier_misread_as_a_bare_verb_is_no_event():
    events = triggered("Spain closed its border crossings with Morocco on Monday. "
                       "It also deployed troops and riot police along the fence.")
    assert not any(kind == "PROTEST" for kind, _, _, _ in events)


def test_a_verb_with_to_before_police_is_still_a_verb():
    assert has("Colombian rebels began to attack police stations in Cauca on Monday.", "ASSAULT")


def test_deaths_caused_by_nature_are_no_attack():
    events = triggered("The World Bank appealed on Monday for funds to help Bangladesh recover from a cyclone "
                       "that has killed more than 200 people.")
    assert not any(kind == "ASSAULT" for kind, _, _, _ in events)
    assert not has("Hundreds of villagers were killed by the earthquake in Nepal on Monday.", "ASSAULT")


def test_a_promise_of_help_against_a_disaster_is_no_threat():
    events = triggered("Japan pledged aid to Bangladesh on Monday to cope with a cyclone that has killed "
                       "more than 200 people.")
    assert not any(kind in ("THREATEN", "ASSAULT") for kind, _, _, _ in events)


def test_a_halt_forced_by_an_attack_is_no_sanction():
    events = triggered("Rocket fire hit Baghdad's airport on Sunday, forcing it to halt all flights.")
    assert not any(kind == "SANCTION" for kind, _, _, _ in events)


def test_ordering_diplomats_to_leave_is_an_expulsion():
    assert has("Ecuador told two Colombian diplomats to leave.", "SANCTION", "ECU", "COL")
    assert has("Peru gave Mexico's ambassador 72 hours to leave the country on Tuesday.", "SANCTION", "PER", "MEX")
    assert not has("Chile ordered residents to leave the coast on Monday.", "SANCTION")


def test_an_act_an_evaluation_describes_is_referred_to_not_reported():
    events = triggered("Taipei issued a statement on Sunday, describing the Chinese drills as reckless.")
    assert not any(kind in ("MOBILIZE", "COOPERATE") for kind, _, _, _ in events)


def test_a_present_tense_time_clause_looks_ahead():
    events = triggered("The fund will withhold the loan until Argentina meets the spending targets.")
    assert not any(word == "meets" for _, _, _, word in events)
    events = triggered("Kenya will keep its soldiers in Somalia until the new force takes over.")
    assert not any(word == "takes" for _, _, _, word in events)


def test_a_past_time_clause_still_tells_an_act():
    assert has("Fighting resumed in Gaza on Monday after Israel rejected the proposal.", "REJECT", "ISR")


def test_troops_ordered_to_march_on_a_city_advance_rather_than_protest():
    events = coded("Sudan's paramilitary commander ordered his fighters to march on Khartoum on Thursday.")
    assert any(kind == "MOBILIZE" for kind, _, _ in events)
    assert not any(kind == "PROTEST" for kind, _, _ in events)
    assert has("Thousands of students marched on the parliament in Lima on Sunday.", "PROTEST")


def test_a_killing_told_in_what_an_accusation_claims_is_part_of_the_accusation():
    events = coded("Armenia on Tuesday accused Azerbaijan of arming a band of Azerbaijani saboteurs who killed "
                   "two Armenian border guards.")
    assert ("ACCUSE", ["ARM"], ["AZE"]) in events
    assert not any(kind == "ASSAULT" and actors == ["AZE"] for kind, actors, _ in events)


def test_a_joint_act_with_no_target_is_each_partys_own():
    events = joined("French and Italian frigates shot down four drones on Sunday.")
    assert ("ASSAULT", "FRA", "") in events and ("ASSAULT", "ITA", "") in events
    assert not any("+" in actors for _, actors, _ in events)


def test_blaming_each_other_stays_mutual():
    events = coded("Sudan and South Sudan blamed each other on Monday for a clash near the oil field.")
    assert ("ACCUSE", ["SDN", "SSD"], []) in events


def test_striking_a_deal_is_an_agreement_not_an_attack():
    events = triggered("Chile and Peru struck an agreement on fishing rights on Friday.")
    assert not any(kind == "ASSAULT" for kind, _, _, _ in events)
    assert any(kind == "AGREE" for kind, _, _, _ in events)


def test_a_planned_meeting_of_one_body_with_nobody_is_no_event():
    assert not triggered("OPEC ministers will meet on Thursday to discuss output.")


def test_a_planned_visit_to_another_state_is_still_a_promise():
    # (reported: the writer's own "will visit" is a scheduled meeting, a non-event by our conventions)
    assert has("The Chinese premier said he will visit Berlin next week.", "AGREE", "CHN", "DEU")


def test_a_drill_rehearsing_a_strike_on_a_target_is_not_held_with_it():
    events = coded("Taiwan's army held a live-fire drill on Tuesday simulating an assault on a Chinese landing force.")
    assert not any(kind == "COOPERATE" for kind, _, _ in events)
    assert has("Greece held naval drills with France on Monday.", "COOPERATE", "GRC")
