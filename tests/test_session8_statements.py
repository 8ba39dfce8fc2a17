"""Statements that carry an event without the usual verb (session 8).

A speaker foretelling that another party "will pay a price" or "face consequences" threatens it; a
promise to retaliate or to respond firmly is a threat, and so is "would not hesitate to strike";
"dismissed X as Y" rejects X; "called the crackdown barbaric" accuses even when the parser folds the
object into the complement; being "deeply concerned" or "disappointed" by another's act accuses it;
security forces deployed in an agentless passive are their state's.
"""
from __future__ import annotations

import pytest

from sentences import has, triggered, types_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Pakistan's foreign minister said India would pay a heavy price for any aggression.", "PAK", "IND"),
    ("Iran's supreme leader said Saudi rulers would face divine revenge.", "IRN", "SAU"),
    ("Ankara said the Netherlands will pay dearly for the insult.", "TUR", "NLD"),
    ("Pyongyang vowed that the United States would pay a price thousands of times over.", "PRK", "USA"),
])
def test_foretelling_a_penalty_is_a_threat(text, actor, recipient):
    assert has(text, "THREATEN", actor, recipient)


@pytest.mark.parametrize("text", [
    "India said we will pay any price to defend our borders.",
    "Ankara said the Netherlands would not pay a price for the decision.",
    "The ministry said the Netherlands paid a heavy price in the last war.",
])
def test_no_threat_without_a_penalty_foretold_for_another(text):
    assert not has(text, "THREATEN")


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("Iran said it would retaliate against Israel for the strike.", "retaliate", "IRN", "ISR"),
    ("China said it would respond firmly to any move by Manila in the disputed shoal.", "respond", "CHN", "PHL"),
    ("Israel said it would not hesitate to strike Hezbollah again if the rocket fire continued.", "strike",
     "ISR", "LBN"),
])
def test_promised_reprisal_is_a_threat(text, word, actor, recipient):
    assert types_of(text, word) == {"THREATEN"} and has(text, "THREATEN", actor, recipient)


@pytest.mark.parametrize("text", [
    "Tehran said it would not retaliate against Israel.",
    "Iran retaliated against Israel on Sunday.",
    "The minister said the government would respond to the letter next week.",
])
def test_no_threat_in_a_reply_refused_done_or_mild(text):
    assert not has(text, "THREATEN")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Cairo dismissed the Ethiopian statement as baseless.", "EGY", "ETH"),
    ("The Serbian government dismissed Kosovo's claims as lies.", "SRB", "XKX"),
])
def test_dismissing_something_as_false_rejects_it(text, actor, recipient):
    assert types_of(text, "dismissed") == {"REJECT"} and has(text, "REJECT", actor, recipient)


@pytest.mark.parametrize("text", [
    "Sudan's president dismissed the army chief on Monday.",
    "Sudan's president dismissed the army chief as incompetent on Monday.",
])
def test_dismissing_an_official_is_still_a_sacking(text):
    assert types_of(text, "dismissed") == {"SANCTION"}


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Polish president called the Belarusian crackdown barbaric.", "POL", "BLR"),
    ("Hungary's prime minister called the European Commission's decision blackmail.", "HUN", "EU"),
])
def test_calling_an_act_names_the_accused_even_when_misparsed(text, actor, recipient):
    assert has(text, "ACCUSE", actor, recipient)
    assert {kind for kind, *_ in triggered(text)} == {"ACCUSE"}   # the act judged is not coded again


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("Ethiopia said it was deeply concerned by Egypt's statement.", "concerned", "ETH", "EGY"),
    ("The State Department said it was deeply disappointed by Georgia's decision.", "disappointed", "USA", "GEO"),
])
def test_concern_at_another_party_s_act_accuses_it(text, word, actor, recipient):
    assert types_of(text, word) == {"ACCUSE"} and has(text, "ACCUSE", actor, recipient)


def test_concern_of_people_about_prices_is_no_event():
    assert not triggered("Residents are concerned about rising prices.")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hundreds of riot police were deployed around the parliament building in Tbilisi on Saturday.", "GEO", "GEO"),
    ("Thousands of extra police were deployed in Lagos ahead of the vote.", "NGA", "NGA"),
    ("Hundreds of soldiers were deployed along the border with Niger, the Nigerian army said.", "NGA", "NER"),
    ("Many of the French troops were moved to Niger on Monday.", "FRA", "NER"),
])
def test_security_forces_deployed_in_the_passive_are_their_state_s(text, actor, recipient):
    assert has(text, "MOBILIZE", actor, recipient)


@pytest.mark.parametrize("text", [
    "Kenya's minister said the first officers could be deployed within months.",
    "Troops were deployed in the capital, the United Nations said.",
])
def test_no_deployment_when_only_possible_or_nobody_owns_it(text):
    assert not has(text, "MOBILIZE", "UN") and not has(text, "MOBILIZE", "KEN", "KEN")


@pytest.mark.parametrize("text, word, event, actor, recipient", [
    ("India raised tariffs on Chinese steel to 30 percent on Friday.", "raised", "SANCTION", "IND", "CHN"),
    ("The Netherlands withdrew landing rights for the Turkish minister's plane on Saturday.", "withdrew", "SANCTION",
     "NLD", "TUR"),
    ("Turkey sealed off the Swedish consulate in Istanbul, citing security.", "sealed", "COERCE", "TUR", "SWE"),
    ("Hundreds of people were taken into custody in Minsk, witnesses said.", "taken", "COERCE", "BLR", "BLR"),
    ("President Trump publicly told Israel to call off retaliatory strikes.", "told", "REQUEST", "USA", "ISR"),
])
def test_word_families_of_sanctions_restrictions_and_demands(text, word, event, actor, recipient):
    assert types_of(text, word) == {event} and has(text, event, actor, recipient)


@pytest.mark.parametrize("text", [
    "The central bank raised interest rates on Friday.",
    "An official told reporters to expect a decision on Monday.",
])
def test_no_event_in_the_same_words_used_otherwise(text):
    assert not triggered(text)


def test_telling_envoys_to_leave_stays_an_expulsion():
    assert types_of("Moscow told two Estonian diplomats to leave the country.", "told") == {"SANCTION"}


@pytest.mark.parametrize("text", [
    "The Houthi leader vowed that the group would not surrender to Saudi Arabia.",
    "Yemen's Houthis vowed never to surrender to Saudi Arabia.",
])
def test_a_vow_not_to_yield_is_a_refusal(text):
    assert types_of(text, "vowed") == {"REJECT"} and has(text, "REJECT", "YEM", "SAU")


def test_a_promised_response_is_a_threat_but_not_an_answer_to_a_letter():
    assert types_of("Putin called the bridge attack a terrorist act and promised a response.",
                    "promised") == {"THREATEN"}
    assert types_of("Tehran promised a response to the letter.", "promised") != {"THREATEN"}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Georgia and Russia have feuded over trade since the war. On Monday the Georgian government backed down.",
     "GEO", "RUS"),
    ("Kenya and Somalia have quarrelled over the maritime border. Kenya's president conceded on Friday.",
     "KEN", "SOM"),
])
def test_a_concession_without_a_named_recipient_is_made_to_the_story_s_other_party(text, actor, recipient):
    assert has(text, "CONCEDE", actor, recipient)
