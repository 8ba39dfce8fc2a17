"""Trigger vocabulary the coder lacked (session 5), and triggers it wrongly suppressed.

Families of words and constructions, each on our own hand-written sentences: sealing and
signing deals, idioms of support and blame, aid sums ("$25 million in assistance"), words split
at a hyphen ("sit-in"), truces coming into force, ultimatums and "any attack will be met with force".
"""
from __future__ import annotations

import pytest

from sentences import has, types_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    # the verb "sign" is not the speculative noun "sign"
    ("Chile and Argentina signed off on a fisheries treaty on Friday.", "AGREE", "CHL", None),
    # words the parser splits at their hyphen
    ("Teachers in Bolivia staged a sit-in outside the education ministry in La Paz.", "PROTEST", "BOL", None),
    ("Serbia began a military build-up near its border with Kosovo.", "MOBILIZE", "SRB", "XKX"),
    # a sum "in" aid names the aid
    ("Norway announced 25 million dollars in humanitarian assistance to Yemen.", "AID", "NOR", "YEM"),
    ("The EU extended 3 billion euros in budget support loans to Tunisia.", "AID", "EU", "TUN"),
    # a truce coming into force is the fighting stopped
    ("A truce between Armenia and Azerbaijan came into force at noon on Tuesday.", "RETREAT", "ARM", None),
    # any future act answered: a threat by the speaker
    ("Seoul said any provocation by North Korea would be met with a strong response.", "THREATEN", "KOR", "PRK"),
    # a deadline for someone else's act is a demand (a threat only with a penalty, "or face ...")
    ("The African Union gave Guinea's generals 30 days to hand power to civilians.", "REQUEST", "AU", "GIN"),
])
def test_constructions_that_carry_an_event(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Kenya inked a trade accord with Tanzania on Thursday.", "AGREE", "KEN", None),
    ("Peru and Ecuador sealed a fisheries agreement in Lima on Monday.", "AGREE", "PER", None),
    ("Egypt threw its weight behind Sudan's bid to rejoin the bloc.", "SUPPORT", "EGY", "SDN"),
    ("Norway said on Monday it stood by Denmark in the dispute.", "SUPPORT", "NOR", "DNK"),
    ("Chile gave its blessing to Bolivia's request for observer status.", "SUPPORT", "CHL", "BOL"),
    ("Panama switched diplomatic recognition from Taiwan to China on Tuesday.", "SUPPORT", "PAN", "CHN"),
    ("Turkey raised the issue with Greek officials on Monday.", "CONSULT", "TUR", "GRC"),
    ("Ghana put off a trade mission to Nigeria last week.", "SANCTION", "GHA", "NGA"),
    ("Poland called off a planned visit to Hungary on Tuesday.", "SANCTION", "POL", "HUN"),
    ("Japan shared satellite images of the launch site with South Korea.", "COOPERATE", "JPN", "KOR"),
    ("Colombian and Ecuadorian police conducted a joint operation on the border.", "COOPERATE", "COL", None),
    ("Morocco and Mauritania wrapped up a joint naval exercise on Friday.", "COOPERATE", "MAR", None),
    ("Qatar disbursed a 500 million dollar grant to Egypt.", "AID", "QAT", "EGY"),
    ("Germany transferred more air-defence missiles to Ukraine.", "AID", "DEU", "UKR"),
    ("Kuwait deposited 2 billion dollars in the central bank of Egypt.", "AID", "KWT", "EGY"),
    ("Rwandan and Congolese troops disengaged from the hills north of Goma.", "RETREAT", "RWA", None),
    ("Moldova pointed the finger at Russia over the cyberattack.", "ACCUSE", "MDA", "RUS"),
    ("Germany handed a protest note to Russia's ambassador on Friday.", "ACCUSE", "DEU", "RUS"),
    ("Austria blocked Romania's accession to the Schengen area.", "REJECT", "AUT", "ROU"),
    ("Nurses in Ghana downed tools over unpaid allowances.", "PROTEST", "GHA", None),
    ("Latvia ordered two Russian diplomats to leave within a week.", "SANCTION", "LVA", "RUS"),
    ("Burkina Faso revoked its military agreement with France.", "SANCTION", "BFA", "FRA"),
    ("China tightened export controls on rare earths sold to the United States.", "SANCTION", "CHN", "USA"),
    ("India positioned artillery near the border with China.", "MOBILIZE", "IND", "CHN"),
    ("India stepped up security along its border with Myanmar.", "MOBILIZE", "IND", "MMR"),
    ("Belarus stripped exiled opposition activists of their citizenship.", "COERCE", "BLR", None),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "ASSAULT", "IND", None),
    ("Rwandan troops swept into eastern Congo on Sunday.", "ASSAULT", "RWA", "COD"),
])
def test_words_and_idioms_that_carry_an_event(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


def test_a_noun_of_speculation_still_suspends_what_it_is_a_sign_of():
    assert not has("There were signs of a deal between Chile and Argentina.", "AGREE")


def test_a_truce_that_began_is_a_time_reference_in_a_subordinate_clause():
    assert "RETREAT" not in types_of(
        "Shelling resumed hours after the truce between Armenia and Azerbaijan began.", "truce")


def test_sending_peacekeepers_is_aid_but_troops_after_an_incident_are_a_deployment():
    assert has("Kenya sent 400 police officers to Haiti on Monday.", "AID", "KEN", "HTI")
    assert has("Italy sends more troops to Lebanon after peacekeepers wounded in clashes.", "MOBILIZE", "ITA")


def test_throwing_stones_at_someone_is_violence():
    # a crowd's stone-throwing may be coded as a riot (PROTEST) or as an assault; either way an event
    assert types_of("Serbian youths threw stones at Kosovo police near the bridge.", "threw") & {"ASSAULT", "PROTEST"}
