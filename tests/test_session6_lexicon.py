"""Trigger vocabulary the coder lacked (session 6): phrasal verbs, idioms and nouns of the wire.

Each family on our own hand-written sentences: joining and settling on accords, assurances,
idioms of support and refusal ("stood behind", "turned its back on", "shut the door on"),
summoning and recalling envoys by other words, pooling and passing on intelligence, joint
teams and forces, aid flown in or paid for, things handed or sent back, bans and duties,
"placed X under arrest / martial law", and a truce that "took hold".
"""
from __future__ import annotations

import pytest

from sentences import has

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    # joining, settling on and assuring
    ("Tonga signed up to a maritime security scheme run by New Zealand.", "AGREE", "TON", "NZL"),
    ("Ghana and Togo settled on a new border demarcation plan on Friday.", "AGREE", "GHA", None),
    ("The Emirati president assured Jordan's king that Abu Dhabi would extend a fuel credit.", "AGREE", "ARE", "JOR"),
    # standing behind someone
    ("Poland's president stood squarely behind Moldova as it faced energy blackmail.", "SUPPORT", "POL", "MDA"),
    # idioms of refusal
    ("Belgrade turned its back on a plan drafted by French diplomats.", "REJECT", "SRB", None),
    ("Ankara has shut the door on Swedish mediation in the row.", "REJECT", "TUR", None),
])
def test_accord_support_and_refusal_idioms(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    # envoys summoned, recalled and thrown out by other words
    ("Hungary's envoy was hauled in by the Dutch foreign ministry on Tuesday.", "ACCUSE", "NLD", "HUN"),
    ("Peru called its ambassador in Mexico City home after the remarks.", "SANCTION", "PER", "MEX"),
    ("Lithuania kicked out two Belarusian diplomats on Monday.", "SANCTION", "LTU", "BLR"),
    # the noun of a ban and duties lifted
    ("Canada slapped travel bans on Iranian officials on Friday.", "SANCTION", "CAN", "IRN"),
    ("India lifted anti-dumping duties on Thai steel.", "CONCEDE", "IND", None),
    # an application to join
    ("On Monday Georgia applied for NATO membership.", "REQUEST", "GEO", None),
])
def test_diplomatic_and_economic_measures(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    # pooling and passing on intelligence, joint teams and forces
    ("Chile and Bolivia pooled intelligence to break a smuggling ring.", "COOPERATE", "CHL", None),
    ("Madrid passed the intelligence on to Lisbon.", "COOPERATE", "ESP", "PRT"),
    ("Uganda and Rwanda formed a joint border force on Tuesday.", "COOPERATE", "UGA", None),
    # aid flown in, paid for, treated, set up and shipped
    ("Twenty tonnes of food were flown into Niamey by Morocco.", "AID", "MAR", "NER"),
    ("Kuwait footed the bill for rebuilding schools in Yemen.", "AID", "KWT", "YEM"),
    ("Doctors sent by Cuba treated hundreds of quake victims in Ecuador.", "AID", "CUB", "ECU"),
    ("Japan shipped a new consignment of interceptors to the Philippines.", "AID", "JPN", "PHL"),
    ("Kuwait placed a $1 billion deposit with Jordan's central bank.", "AID", "KWT", "JOR"),
    ("Estonia gave shelter to a Russian dissident on Monday.", "AID", "EST", "RUS"),
    ("Chad has set up camps for Sudanese refugees near the border.", "AID", "TCD", None),
])
def test_cooperation_and_aid_vocabulary(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    # things handed or sent back
    ("The Indonesian navy returned six seized fishing boats to Vietnam.", "RETREAT", "IDN", "VNM"),
    ("Italian troops handed the airport over to the Libyan army.", "RETREAT", "ITA", "LBY"),
    # a truce that takes hold is fighting stopped
    ("A truce between Sudan and South Sudan took hold on Sunday.", "RETREAT", "SDN", None),
    # forces ordered somewhere, ships shadowed
    ("Kenya ordered 2,000 troops to the Somali border.", "MOBILIZE", "KEN", "SOM"),
    ("A British destroyer shadowed two Russian warships through the Channel.", "MOBILIZE", "GBR", "RUS"),
])
def test_retreat_and_mobilisation_vocabulary(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Pakistani police placed two opposition leaders under house arrest.", "COERCE", "PAK", "PAK"),
    ("Thailand's army put the southern provinces under martial law.", "COERCE", "THA", "THA"),
])
def test_placed_under_a_constraint(text, event, actor, recipient):
    assert has(text, event, actor, recipient)


def test_insisting_on_a_subjunctive_is_a_demand():
    assert has("Kenyan ministers insisted that Somalia's government honour the border accord.", "REQUEST", "KEN", "SOM")
    assert not has("Iran insisted that its nuclear programme was peaceful.", "REQUEST")


@pytest.mark.parametrize("text", [
    "Officials placed the shipment under review.",       # a review is no constraint imposed
    "Nigeria put its name forward as a host.",           # no document signed ("put to")
    "Lagos dockers walked off the job to oppose a new ban on fuel imports.",  # a ban not named by what it bars
])
def test_no_event_without_the_construction(text):
    assert not has(text, "COERCE") and not has(text, "AGREE") and not has(text, "SANCTION")
