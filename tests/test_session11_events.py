"""Events the coder missed or typed wrong (session 11).

A charge in a participle after a comma ("..., accusing Rome of ...") is made when it is told, also
when the clause it follows is only conditional ("would turn down the grants, accusing Brussels of
blackmail") and when it hangs on a noun set beside that clause ("recalled its ambassador, the first
such step since the war, accusing ..."). A feeling the parser reads as a passive ("said it was
alarmed by Russia's decision") is the accusation the adjective row makes of it. "Branded Maduro a
dictator" and "labelled the move a provocation" judge as "called" does, and so does "what it called
a terrorist escalation", whatever governs it; a hedge on a target ("struck what it called terrorist
targets") judges nothing. Regret over another's act is disapproval, regret with no other party
named an apology, and a bare "regretted the decision" is left uncoded. A crowd that storms a
building protests; one that sets it on fire or kills attacks. People who gather chanting or waving
protest, and what they chant for is demanded, not done. A vow to advance (also "to keep advancing")
is a threat. A call the parser hangs on the verb's object ("agreed the move in a phone call with
Putin") is still the setting of the act, a meeting of its own. Dissolving a parliament or a
government and removing officials are removals from office (SANCTION, at home). A hostile act a
party says it would take if something happens ("would close its crossings if ...", "ready to impose
further measures on Kosovo if ...") is a threat. "A step the United States called an unprovoked
escalation" judges the step; the evaluation table gains words of disrespect, protectionism and
persecution that VADER's lexicon lacks. Saying one "had nothing to do with" something, "was not
involved" or that there was "no involvement" or "no truth" to it is a denial. An unknown name the
parser tags as an adverb ("U.N. envoy Abdoulaye Bathily urged") is still the subject, and a
spokeswoman of the story's unnamed ministry is known later by her name's first word ("Hua").
"Would stand by Azerbaijan" is a stance taken now (SUPPORT), not cooperation promised (AGREE).
"""
from __future__ import annotations

import pytest

from sentences import coded, has

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hungary recalled its envoy to Kyiv on Monday, the first such step since the war began, accusing "
     "Ukraine's leaders of months of hostile remarks.", "HUN", "UKR"),
    ("Mali's junta would expel the French ambassador within 72 hours, accusing Paris of hostile remarks.",
     "MLI", "FRA"),
    ("Peru's president said she would only meet the envoy if Bolivia first withdrew its remarks, accusing La Paz "
     "of meddling in Peru's affairs.", "PER", "BOL"),
])
def test_a_charge_in_a_comma_participle_is_made_whatever_the_clause_before_it(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Union said it was alarmed by Russia's decision to close the consulate.", "EU", "RUS"),
    ("Germany said it was deeply concerned about China's military drills near Taiwan.", "DEU", "CHN"),
])
def test_a_feeling_parsed_as_a_passive_is_an_accusation(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


def test_a_feeling_about_nothing_named_accuses_no_one():
    assert not has("The European Union said it was concerned and offered Moldova further support.", "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States branded Maduro a dictator on Tuesday.", "USA", "VEN"),
    ("Russia labelled the move a provocation by Kyiv.", "RUS", "UKR"),
])
def test_branding_and_labelling_judge_as_calling_does(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Saudi Arabia vowed to respond to what its foreign ministry called a terrorist escalation by the Houthis.",
     "SAU", "YEM"),
    ("Bosnia urged the court to halt what its envoy called an ongoing genocide by Serbian forces.", "BIH", "SRB"),
    ("Venezuela's government denounced what it called an aggression by Brazil.", "VEN", "BRA"),
])
def test_what_a_party_calls_a_charge_is_its_accusation(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


def test_what_a_party_calls_its_target_is_a_hedge():
    assert not has("Israel struck what it called terrorist targets in southern Lebanon.", "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("China said it regretted India's military action and urged restraint.", "CHN", "IND"),
    ("Guterres said he deeply regretted the Russian move.", "UN", "RUS"),
    ("Seoul expressed deep regret over the release of the footage by Japan.", "KOR", "JPN"),
])
def test_regret_over_anothers_act_is_disapproval(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient) and not has(text, "CONCEDE")


def test_regret_with_no_other_party_named_is_an_apology():
    assert has("Japan expressed regret to China over the incident.", "CONCEDE", "JPN", "CHN")


def test_a_bare_regretted_decision_is_left_uncoded():
    assert not has("Senegal's foreign minister said he regretted the decision of Mali's junta.", "CONCEDE") \
        and coded("Senegal's foreign minister said he regretted the decision.") == []


def test_a_crowd_that_burns_buildings_attacks_and_one_that_storms_them_protests():
    assert has("Protesters in Santiago set fire to metro stations and buses on Friday.", "ASSAULT", "CHL", "CHL")
    assert has("Demonstrators in Dhaka stormed the election commission on Friday.", "PROTEST", "BGD", "BGD")


def test_a_party_parsed_as_the_indirect_object_is_the_one_branded():
    text = "The United States imposed sanctions on Maduro and branded him a dictator."
    assert has(text, "ACCUSE", "USA", "VEN") and has(text, "SANCTION", "USA", "VEN")


@pytest.mark.parametrize("text", [
    "The rebels in Chad vowed to keep advancing on the capital.",
    "Sudan's army chief vowed to advance on Khartoum within days.",
])
def test_a_vow_to_advance_is_a_threat(text):
    assert has(text, "THREATEN") and not has(text, "AGREE")


def test_people_who_gather_chanting_protest_and_what_they_chant_for_is_not_done():
    text = "Thousands of people gathered outside the assembly in Seoul overnight, chanting for Yoon's arrest."
    assert has(text, "PROTEST", "KOR", "KOR") and not has(text, "COERCE")


def test_people_who_gather_to_mourn_do_not_protest():
    assert not has("Thousands of people gathered in Rome to mourn the pope.", "PROTEST")


def test_a_call_the_parser_hangs_on_the_object_is_still_the_setting_of_the_act():
    text = "Lukashenko agreed the move in a phone call with President Vladimir Putin."
    assert ("CONSULT", ["BLR", "RUS"], []) in coded(text) and has(text, "AGREE", "BLR", "RUS")


@pytest.mark.parametrize("text, actor", [
    ("Bangladesh's president dissolved parliament on Tuesday.", "BGD"),
    ("Peru's President Vizcarra dissolved the opposition-controlled legislature on Monday.", "PER"),
    ("Iraq's prime minister removed the military commander he had sent to Nasiriya.", "IRQ"),
])
def test_dissolving_a_governing_body_and_removing_officials_are_removals_from_office(text, actor):
    assert has(text, "SANCTION", actor, actor)


def test_dissolving_a_party_stays_coercion():
    assert has("Thailand's constitutional court dissolved the main opposition party.", "COERCE")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Estonia's interior minister said Estonia would close its own crossings with Russia if large groups began "
     "arriving there.", "EST", "RUS"),
    ("The EU said it was ready to impose further measures on Kosovo if it did not take steps to de-escalate.",
     "EU", "XKX"),
])
def test_a_hostile_act_promised_on_a_condition_is_a_threat(text, actor, recipient):
    assert has(text, "THREATEN", actor, recipient) and not has(text, "SANCTION") and not has(text, "AGREE")


def test_a_conditional_concession_is_no_threat():
    assert not has("The United States would lift sanctions on Venezuela if Maduro held a fair vote.", "THREATEN")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia moved troops to the border, a step the United States called an unprovoked escalation.", "USA", "RUS"),
    ("Japan sent a destroyer to the strait, a move China called a provocation.", "CHN", "JPN"),
])
def test_a_name_given_in_a_clause_on_a_noun_judges_that_noun(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)


def test_protectionism_is_a_charge():
    assert has("The EU described the US tariffs as protectionism, pure and simple.", "ACCUSE", "EU", "USA")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Kremlin said Russia had nothing to do with the bill in Georgia.", "RUS", "GEO"),
    ("US Secretary of State Pompeo said there had been no direct U.S. involvement in the Venezuelan raid.",
     "USA", "VEN"),
    ("Washington said the United States was not involved in any manner in the Iranian plot.", "USA", "IRN"),
])
def test_denying_a_part_in_something_is_a_denial(text, actor, recipient):
    assert has(text, "REJECT", actor, recipient)


@pytest.mark.parametrize("text", [
    "The minister said there had been no casualties in the Ethiopian raid.",
    "He said the Egyptian government itself was not necessarily involved in the Ethiopian unrest.",
])
def test_no_denial_without_a_part_denied(text):
    assert not has(text, "REJECT")


def test_an_unknown_name_the_parser_reads_as_an_adverb_is_still_the_subject():
    text = "U.N. envoy Abdoulaye Bathily urged Libya's rival governments to work together on the relief effort."
    assert has(text, "REQUEST", "UN", "LBY")


def test_a_spokeswoman_of_the_storys_ministry_is_known_later_by_her_family_name():
    text = ("China said on Monday it would impose sanctions on several American groups. Foreign ministry "
            "spokeswoman Hua Chunying told a regular briefing that the groups had encouraged separatist activity. "
            "Hua also urged Washington to correct its mistakes and stop meddling in Hong Kong.")
    assert has(text, "REQUEST", "CHN", "USA")


def test_standing_by_a_party_is_support_even_when_said_of_the_future():
    text = "Turkey's president said Ankara would stand by Azerbaijan to the end."
    assert has(text, "SUPPORT", "TUR", "AZE") and not has(text, "AGREE")
    assert has("Germany will support Ukraine.", "AGREE", "DEU", "UKR")
