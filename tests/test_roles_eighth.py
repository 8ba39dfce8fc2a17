"""Actor and recipient rules (eighth round): headlines, fronted facts, name modifiers of event
nouns, co-pledgers, requests acted upon.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

import pytest

from detente import nlp
from detente.models import Article
from detente.pipeline import code_article

from sentences import PUBLISHED, coded

pytestmark = pytest.mark.model


def by_trigger(text: str, title: str = "") -> dict[str, tuple[list[str], list[str]]]:
    c = code_article(Article("s8", title, text, PUBLISHED, origin="test:s8"))
    return {e.evidence.trigger: (sorted({x.code for x in e.actor}), sorted({x.code for x in e.recipient}))
            for e in c.events}


def test_a_headline_threat_goes_to_the_other_state_the_story_names():
    # the headline is coded before the body names Chile; the story's other state is the target
    events = coded("Peru closed its main border crossing on Monday. Officials in Lima said envoys from Chile "
                   "could be expelled within days. Chile called the move hasty.",
                   title="Peru closes border crossing, threatens to expel diplomats")
    assert ("THREATEN", ["PER"], ["CHL"]) in events
    assert ("THREATEN", ["PER"], ["PER"]) not in events


def test_a_simple_past_clause_before_a_warning_is_a_fact_not_what_was_warned():
    # the parser hangs the opening clause on "warned"; a done act before the verb is not its content
    events = coded("Russia shelled a grain depot on Friday, an angry response that came hours after the son "
                   "of the president warned that it would be targeted.")
    assert any(ev == "ASSAULT" and a == ["RUS"] for ev, a, _ in events)


def test_a_bare_name_before_an_event_noun_is_its_target_when_the_subject_is_another_state():
    assert ("SANCTION", ["USA"], ["PRK"]) in coded("Washington imposes Pyongyang sanctions.")
    assert ("AID", ["DEU"], ["KEN"]) in coded("Berlin announces Kenya aid package.")


def test_an_adjective_before_an_event_noun_still_names_the_doer():
    assert ("ASSAULT", ["RUS"], ["UKR"]) in coded("Russian strikes hit Kyiv.")


def test_a_judgement_of_the_aid_goes_to_the_donor_not_the_beneficiary_named_before_it():
    events = coded("Germany announced Kenya aid on Monday. Russia said the new aid would only lead to more deaths.")
    assert ("ACCUSE", ["RUS"], ["DEU"]) in events
    assert ("ACCUSE", ["RUS"], ["KEN"]) not in events


def test_a_list_of_names_before_a_subjectless_conjoined_verb_is_its_subject():
    doc = next(nlp.parse(["Ghana has offered to send 1,200 police officers, and the Seychelles, Fiji and Trinidad "
                          "and Tobago have also pledged personnel."]))
    pledged = next(t for t in doc if t.lower_ == "pledged")
    assert any(c.dep_ == "nsubj" and c.text == "Seychelles" for c in pledged.children)


def test_co_pledgers_are_actors_not_recipients_of_the_first_offer():
    roles = by_trigger("Haiti asked for help. Ghana has offered to send 1,200 police officers, and the Seychelles, "
                       "Fiji and Trinidad and Tobago have also pledged personnel.")
    assert roles["offered"] == (["GHA"], ["HTI"])
    assert roles["pledged"] == (["FJI", "SYC", "TTO"], ["HTI"])


def test_states_pledging_things_each_make_an_offer_not_a_deal_among_themselves():
    roles = by_trigger("Haiti asked for help. Chile and Peru pledged troops on Monday.")
    assert roles["pledged"] == (["CHL", "PER"], ["HTI"])


def test_a_request_acted_upon_was_made_to_whoever_acted():
    events = coded("Russian jets flew near the border. NATO activated its air policing plan at Estonia's request.")
    assert ("REQUEST", ["EST"], ["NATO"]) in events
    events = coded("Russian jets flew near the border. NATO activated its air policing plan at the request "
                   "of Estonia.")
    assert ("REQUEST", ["EST"], ["NATO"]) in events


def test_judging_ones_own_ouster_accuses_at_home_not_the_host_country():
    events = coded("Former Chilean President Mario Ruiz arrived in Peru on Friday after the Peruvian government "
                   "granted him asylum. He called his ouster a coup and said he would return.")
    assert ("ACCUSE", ["CHL"], ["CHL"]) in events
    assert ("ACCUSE", ["CHL"], ["PER"]) not in events


def test_arriving_to_take_asylum_is_no_visit():
    events = coded("Former Chilean President Mario Ruiz arrived in Peru on Friday after the Peruvian government "
                   "granted him asylum.")
    assert not any(ev == "CONSULT" for ev, _, _ in events)
    assert ("AID", ["PER"], ["CHL"]) in events


def test_the_host_of_talks_between_two_parties_consults_both():
    # the parser hangs "hosted" on the second party; the host meets the parties of the talks
    events = coded("The deal was announced after three days of talks in Doha between Sudan's army chief, "
                   "Ahmed Karim, and Chad's defence minister Paul Mahamat, hosted by Qatar's foreign minister, "
                   "Khalid Mansour.")
    assert ("CONSULT", ["QAT"], ["SDN", "TCD"]) in events


def test_ministers_meeting_somewhere_just_after_a_bloc_is_named_act_for_the_bloc():
    # the city is where they met, not whose ministers they are (the parser reads "ministers meeting" as a noun)
    events = coded("The African Union voted on Sunday to suspend Niger. Foreign ministers meeting in Rabat agreed "
                   "that Nigerien envoys could not attend.")
    assert ("AGREE", ["AU"], ["NER"]) in events
    assert not any("MAR" in a for _, a, _ in events)


def test_ministers_gathered_somewhere_act_for_the_bloc_just_named():
    events = coded("The African Union voted on Sunday to suspend Niger. The ministers, gathered in Rabat, called "
                   "on Niger to free the president.")
    assert ("REQUEST", ["AU"], ["NER"]) in events


def test_what_a_group_habitually_does_in_a_relative_clause_is_no_event():
    events = coded("Damascus says it may strike Kurdish fighters who use camps in northern Syria to raid Iraq.")
    assert not any(ev == "ASSAULT" for ev, _, _ in events)


def test_the_island_is_the_state_just_named():
    events = coded("Japan said on Monday that Chinese ships had entered its waters. China fired missiles near "
                   "Taiwan and sent warships to the island.")
    assert ("MOBILIZE", ["CHN"], ["TWN"]) in events
    assert ("MOBILIZE", ["CHN"], ["JPN"]) not in events
