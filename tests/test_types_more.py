"""Event types and modality, second pass: purposes, references, standing positions and plans that are
not events, announced deployments, and a few types the lexicon used to get wrong.

Every sentence is written for this file. Each case says what a careful PLOVER coder would record:
the type (with actor and, where given, recipient) or that the word carries no event of that type.
"""
from __future__ import annotations

import pytest

from detente.events.lexicon import lexicon

from sentences import triggered as coded, has, modality, types_of

pytestmark = pytest.mark.model


CODED = [
    # an announced deployment is the mobilisation itself, not a threat
    ("Britain said on Monday it would send 500 more soldiers to Estonia.", "MOBILIZE", "GBR", None),
    ("Japan announced that it would reinforce its naval presence near Taiwan.", "MOBILIZE", "JPN", None),
    # withdrawing a permission cuts relations; it is not a pull-back of forces
    ("Poland withdrew permission for Belarus to open a consulate in Gdansk.", "SANCTION", "POL", "BLR"),
    # a warrant is an accusation
    ("A Hague court issued an arrest warrant for the Serbian interior minister.", "ACCUSE", None, None),
    # removing monitoring equipment is a halt to cooperation
    ("Iran removed surveillance cameras installed by the IAEA at its enrichment plant.", "SANCTION", "IRN", "IAEA"),
    # a crowd gathering is a demonstration, whatever the verb
    ("Thousands of Armenian protesters gathered outside the government building in Yerevan.", "PROTEST", "ARM",
     None),
    # "called X regrettable and warned": the warning is a sibling of "called", not under it
    ("Seoul called the test regrettable and warned that it would respond firmly if Pyongyang fired again.",
     "THREATEN", "KOR", None),
    # supporting a side with troops or weapons is military aid
    ("Iran is supporting the Houthis with weapons and fighters.", "AID", "IRN", None),
]


@pytest.mark.parametrize("text,event,actor,recipient", CODED)
def test_coded_type(text, event, actor, recipient):
    if actor is None:
        assert event in {kind for kind, _, _, _ in coded(text)}, coded(text)
    else:
        assert has(text, event, actor, recipient), coded(text)


NOT_CODED = [
    # purpose infinitives: the helping and what it helps with are purposes, not acts
    ("Chad deployed 800 soldiers to Niger on Monday to help fight jihadist groups.", "fight", "ASSAULT"),
    ("Norway gave up to $30 million to support the new force.", "support", "SUPPORT"),
    # a disposition that something shows is not an act
    ("The minister said the visit showed Japan's support for Ukraine.", "support", "SUPPORT"),
    ("The trip showed Brazil's commitment to regional integration.", "commitment", "AGREE"),
    # an arrangement already in force, and what it did, are background
    ("Greek and Turkish ships carried out joint patrols in the strait under a deal that ended the standoff.",
     "deal", "AGREE"),
    # an earlier, superseded promise
    ("The military council had initially promised to hand power to civilians in 2023.", "promised", "AGREE"),
    # standing positions: in a relative clause, or with "has repeatedly" / "has never"
    ("Rights groups accuse the militia of torture, which Serbia denies.", "denies", "REJECT"),
    ("Moscow has repeatedly denied supplying the separatists with weapons.", "denied", "REJECT"),
    ("Caracas has never accepted the arbitration ruling.", "accepted", "REJECT"),
    # a planned march is a plan, not a threat
    ("Student leaders said they would march again on Friday.", "march", "THREATEN"),
    # a warning that states how things are threatens no one
    ("Relief agencies warned that food was reaching the camps only slowly.", "warned", "THREATEN"),
    # an obligation is not the act
    ("The accord obliges Belgrade to extradite the suspects to the Netherlands.", "extradite", "COOPERATE"),
    # showing resolve is not demonstrating in the street
    ("The drills demonstrated the navy's resolve.", "demonstrated", "PROTEST"),
    # rebels "backed by" a state: a standing relation, not an act of support
    ("The rebels, backed by Rwanda, seized the town of Bunagana.", "backed", "SUPPORT"),
    # citizens' ballots are not one actor backing another
    ("Venezuelans voted in a referendum to back a claim to the Essequibo region.", "back", "SUPPORT"),
    # "riot police" are police, not a riot
    ("Riot police arrested dozens of students in Dhaka.", "Riot", "PROTEST"),
]


@pytest.mark.parametrize("text,trigger,event", NOT_CODED)
def test_not_coded(text, trigger, event):
    mod = modality(text, trigger)
    assert mod is None or not (mod.asserted or mod.threat or mod.refusal), mod
    assert event not in types_of(text, trigger), coded(text)


def test_armed_strike_is_coercion_not_a_labour_strike():
    text = "The ELN rebel group in Colombia declared an armed strike in Arauca province."
    kinds = {kind for kind, _, _, word in coded(text) if word == "strike"}
    assert "PROTEST" not in kinds
    rows = [e for e in lexicon().lookup("strike", "N") if "armed" in e.objects]
    assert rows and rows[0].event == "COERCE"


def test_help_to_support_is_still_support():
    # the purpose rule does not swallow support that is itself the help
    text = "Qatar mobilised lobbyists in Washington to help support the Palestinians."
    assert "SUPPORT" in {kind for kind, _, _, _ in coded(text)}, coded(text)


def test_conditional_hostile_act_of_a_speaker_is_still_a_threat():
    assert has("Ankara said it would attack the militias if they did not withdraw.", "THREATEN", "TUR")
