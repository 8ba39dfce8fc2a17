"""Event types the trigger lexicon used to miss: one hand-written sentence per gap, coded end to end.

Each case names the PLOVER type and the actor (and, where the sentence gives one, the recipient)
a careful coder would record.
"""
from __future__ import annotations

import pytest

from sentences import triggered as coded, has

pytestmark = pytest.mark.model


CASES = [
    # AGREE: an offer of concessions is a promise
    ("Beijing offered concessions to Canberra on wine tariffs.", "AGREE", "CHN", "AUS"),
    # CONSULT: a ceremonial welcome is hosting
    ("The Japanese prime minister gave a warm welcome to the Indian leader in Tokyo.", "CONSULT", "JPN", "IND"),
    # COOPERATE: spaCy lemmatises "data" as "datum"
    ("Canada and Australia have begun sharing real-time data with each other.", "COOPERATE", "CAN", None),
    # ACCUSE (PLOVER INVESTIGATE): sending inspectors, opening a hearing
    ("The UN atomic agency sent inspectors to a reactor site in Syria.", "ACCUSE", "UN", "SYR"),
    ("Kenya's supreme court opened a hearing into the conduct of the election commission.", "ACCUSE", "KEN", None),
    # REJECT: not meeting demands, failing to reach agreement
    ("The Thai government said it would not meet the protesters' demands.", "REJECT", "THA", None),
    ("Serbia and Kosovo failed to reach an agreement on the border.", "REJECT", "SRB", None),
    # THREATEN: a hostile step a speaker says it could take, or plans to take
    ("The EU said it could impose new sanctions on Belarus.", "THREATEN", "EU", "BLR"),
    ("Egypt plans to impose restrictions on Sudanese traders.", "THREATEN", "EGY", None),
    # PROTEST: work stoppages and blocked routes
    ("Thousands of Greek workers stopped work to protest pension cuts.", "PROTEST", "GRC", None),
    ("Farmers in France blocked transport routes into Paris.", "PROTEST", "FRA", None),
    ("Doctors in Nigeria began an indefinite strike over unpaid wages.", "PROTEST", "NGA", None),
    # SANCTION: a suspension of links, removal from office
    ("Germany announced a suspension of flights to Iran.", "SANCTION", "DEU", "IRN"),
    ("Peru's Congress removed the president from office.", "SANCTION", "PER", None),
    # MOBILIZE: training cyber forces
    ("Ethiopia has trained thousands of hackers.", "MOBILIZE", "ETH", None),
    # COERCE: human shields, sabotage of infrastructure, closing the press, attempted hacking
    ("The Syrian army held villagers as human shields.", "COERCE", "SYR", None),
    ("Rebels in Colombia blew up an oil pipeline.", "COERCE", "COL", None),
    ("The Turkish government shut down an opposition television channel.", "COERCE", "TUR", None),
    ("Russian operatives tried to hack into the servers of Estonian banks.", "COERCE", "RUS", "EST"),
    # CONCEDE: dropping a contested measure
    ("Chile's president suspended the fuel price increase.", "CONCEDE", "CHL", None),
    # RETREAT: lifting a blockade or siege is a military step back
    ("Egypt lifted its blockade of the border town.", "RETREAT", "EGY", None),
    # ASSAULT: barrages of fire, attempted assassination
    ("Moroccan forces launched artillery and rocket fire against rebel camps in Western Sahara.", "ASSAULT", "MAR",
     "ESH"),
    ("Somali militants tried to assassinate the mayor of Mogadishu.", "ASSAULT", "SOM", None),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), CASES)
def test_gap_is_coded(text, event, actor, recipient):
    assert has(text, event, actor, recipient), coded(text)


def test_lifting_a_curfew_stays_a_concession():
    assert has("Chad's government lifted the nightly curfew in N'Djamena.", "CONCEDE", "TCD")


def test_fire_without_a_weapon_is_no_attack():
    assert not any(kind == "ASSAULT" for kind, *_ in coded("A fire broke out at a textile factory in Bangladesh."))


def test_calling_for_sanctions_against_a_state_is_an_accusation():
    assert has("Norway called for sanctions against Myanmar.", "ACCUSE", "NOR", "MMR")


def test_analysts_speculating_is_no_threat():
    assert not any(kind == "THREATEN" for kind, *_ in coded("Analysts said Russia could attack Ukraine."))


def test_a_stated_duration_is_not_habitual():
    assert has("Poland will impose restrictions on Belarusian trucks for at least two years.", "SANCTION", "POL")
