"""Events the coder missed or aimed wrong (session 9).

An agentless release ("was freed on bail") is the act of the authorities that held the person; "the
sanctions it had imposed on Monday on X" tells the sanction; a past perfect relative clause with a
date of its own is an event, not background; the last-resort recipient (the first party named after
the trigger) skips the parties of a subordinate clause that has a subject of its own; an unnamed
target that the resolver reads as a foreign speaker's own ("the U.S. embassy urged security forces")
is the story's own; a state telling of a hostile act against itself accuses the doer.
"""
from __future__ import annotations

import pytest

from sentences import has, triggered

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ugandan opposition leader Robert Kyagulanyi was freed on bail on Friday.", "UGA", "UGA"),
    ("Two French citizens were freed on Friday after months in an Iranian jail.", "IRN", "FRA"),
])
def test_an_agentless_release_is_the_holders_act(text, actor, recipient):
    assert has(text, "RETREAT", actor, recipient)


def test_a_release_only_hoped_for_is_no_event():
    assert not has("Ugandan opposition leader Robert Kyagulanyi could be freed on bail next week.", "RETREAT")


def test_sanctions_imposed_in_a_relative_clause_are_a_sanction():
    text = "Washington said it would lift the sanctions it had imposed on Monday on three Turkish ministers."
    assert has(text, "SANCTION", "USA", "TUR")


def test_an_undated_past_perfect_relative_clause_stays_background():
    text = "Washington said it would lift the sanctions it had imposed on three Turkish ministers."
    assert not has(text, "SANCTION")


@pytest.mark.parametrize("text, actor, wrong", [
    ("Turkey launched the offensive on Wednesday, days after President Donald Trump ordered U.S. troops out of "
     "its path.", "TUR", {"USA"}),
    ("Azerbaijan began shelling on Sunday, hours after Russia's foreign minister met his Armenian counterpart.",
     "AZE", {"RUS", "ARM"}),
])
def test_no_recipient_from_a_subordinate_clause_with_its_own_subject(text, actor, wrong):
    found = [(t, a, r) for t, a, r, _ in triggered(text) if t == "ASSAULT"]
    assert found and all(actor in a and not wrong & r for _, a, r in found)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ugandan police detained the opposition candidate on Wednesday.\n\n"
     "The U.S. embassy urged security forces on Thursday to exercise restraint.", "USA", "UGA"),
    ("Sri Lanka's president sacked the prime minister on Friday, and rival camps took to the streets.\n\n"
     "The United States urged all parties on Saturday to respect the constitution.", "USA", "LKA"),
])
def test_an_unnamed_target_of_a_foreign_speaker_is_the_storys_own(text, actor, recipient):
    assert has(text, "REQUEST", actor, recipient)



@pytest.mark.parametrize("text, parties", [
    ("The deal was reached in Ankara on Thursday after four hours of talks between President Tayyip Erdogan and "
     "U.S. Vice President Mike Pence.", {"TUR", "USA"}),
    ("The agreement was announced on Friday after four days of talks in Beijing between Iran's top security "
     "official and Saudi Arabia's national security adviser.", {"IRN", "SAU"}),
])
def test_an_agentless_deal_belongs_to_the_parties_of_its_talks(text, parties):
    assert any(t == "AGREE" and a == parties for t, a, _, _ in triggered(text))


@pytest.mark.parametrize("text", [
    "Caracas has for years accused Washington of plotting to overthrow Maduro.",
    "Islamabad has repeatedly denied any role and called for a neutral investigation.",
])
def test_a_standing_stance_is_no_event(text):
    assert not triggered(text)


def test_a_dated_denial_and_appeal_are_events():
    assert has("Islamabad denied any role on Monday and called for a neutral investigation.", "REQUEST", "PAK")


def test_an_attack_with_no_target_named_is_aimed_at_the_side_already_in_the_fight():
    text = ("Syria accused Turkey of massing troops on the border on Monday.\n\n"
            "Turkish jets launched air strikes on Wednesday, the defence ministry said.")
    assert has(text, "ASSAULT", "TUR", "SYR")


@pytest.mark.parametrize("text, accuser, accused", [
    ("China's Western Theatre Command said Indian soldiers had fired warning shots at a Chinese patrol on Monday.",
     "CHN", "IND"),
    ("Israel's defence minister said Iran had violated the ceasefire on Tuesday morning.", "ISR", "IRN"),
])
def test_a_state_telling_of_an_act_against_it_accuses_the_doer(text, accuser, accused):
    assert has(text, "ACCUSE", accuser, accused)


@pytest.mark.parametrize("text", [
    "Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.",
    "The army said it had killed more than 300 rebels in fighting over the weekend.",
])
def test_a_source_or_the_doer_telling_an_act_accuses_no_one(text):
    assert not has(text, "ACCUSE")


def test_an_act_counted_in_days_is_done_by_the_subject_of_began():
    assert has("Ukraine began ten days of drills on Thursday.", "MOBILIZE", "UKR")
