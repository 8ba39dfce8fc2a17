"""Event dates within a sentence, and imitation ("followed suit", "did the same"), on hand-written sentences.

Every sentence here is our own; expected codes are what a careful coder records.
"""
from __future__ import annotations

from datetime import date

import pytest

from detente.models import Article
from detente.pipeline import code_article

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 7)   # a Thursday


def events(text: str, title: str = "") -> list[tuple[str, list[str], list[str], str]]:
    c = code_article(Article("d1", title, text, PUBLISHED, origin="test:d1"))
    return [(e.event, sorted(x.code for x in e.actor), sorted(x.code for x in e.recipient), str(e.date))
            for e in c.events]


def coded(text: str, title: str = "") -> list[tuple[str, list[str], list[str]]]:
    return [e[:3] for e in events(text, title)]


# ---------------------------------------------------------------- imitation


def test_followed_suit_copies_the_last_act_to_each_imitator():
    found = coded("Brazil expelled the Venezuelan ambassador on Monday. "
                  "Chile's interim government, Peru and the rebel authorities in eastern Bolivia later followed suit.")
    assert ("SANCTION", ["BOL", "CHL", "PER"], ["VEN"]) in found


def test_did_likewise_in_a_second_clause_copies_the_first():
    found = coded("Argentina expelled the Venezuelan ambassador, and Paraguay did likewise.")
    assert ("SANCTION", ["PRY"], ["VEN"]) in found


def test_an_adversary_doing_the_same_acts_back():
    found = coded("Iran accused Egypt of meddling on Monday. Egypt did the same a day later.")
    assert ("ACCUSE", ["EGY"], ["IRN"]) in found


def test_imitating_an_act_at_home_is_done_at_home():
    assert ("ASSAULT", ["UGA"], ["UGA"]) in coded("Police in Kenya fired tear gas at protesters. "
                                                 "Police in Uganda did the same.")


def test_an_imitation_not_done_is_no_event():
    found = coded("Brazil expelled the Venezuelan ambassador. Peru may follow suit.")
    assert not any("PER" in a for _, a, _ in found)


def test_an_imitation_the_sentence_spells_out_is_coded_once():
    found = coded("Brazil expelled the Venezuelan ambassador. Peru followed suit on Friday, expelling the envoy too.")
    assert [a for _, a, _ in found].count(["PER"]) == 1


def test_a_subject_list_split_by_the_parser_names_every_party():
    found = coded("Chad's transitional government, Niger and Mali's eastern-based army later cut ties with Libya.")
    assert ("SANCTION", ["MLI", "NER", "TCD"], ["LBY"]) in found


# ---------------------------------------------------------------- dates within a sentence


def test_a_relative_clause_on_the_subject_does_not_date_the_main_verb():
    found = events("Chilean President Pedro Soto, who put his army on alert on Monday, accused Peru of provocation.")
    assert ("MOBILIZE", ["CHL"], ["PER"], "2024-03-04") in found
    assert ("ACCUSE", ["CHL"], ["PER"], "2024-03-07") in found


def test_a_visit_told_in_a_relative_clause_frames_what_the_visitor_says():
    found = events("Italy's prime minister, who visited Tunis on Monday, promised that Italy would send aid "
                   "to Tunisia.")
    assert ("CONSULT", ["ITA"], ["TUN"], "2024-03-04") in found
    assert any(d == "2024-03-04" for t, a, _, d in found if t != "CONSULT" and a == ["ITA"])


def test_each_conjoined_verb_with_its_own_date_takes_it():
    found = events("The Peruvian foreign minister arrived in Quito on Monday night and met President Noboa on Tuesday.")
    assert {d for t, a, _, d in found if t == "CONSULT" and "PER" in a} == {"2024-03-04", "2024-03-05"}


def test_a_conjoined_verb_without_a_date_shares_its_partners():
    found = events("The Peruvian foreign minister arrived in Quito on Monday and met President Noboa.")
    assert {d for t, a, _, d in found if t == "CONSULT" and "PER" in a} == {"2024-03-04"}


def test_a_relative_clause_on_the_object_does_not_give_a_conjoined_verb_a_date():
    found = events("Chile cut ties with Bolivia after Bolivian police forced their way into the Chilean consulate "
                   "in La Paz late on Monday and arrested a former Bolivian minister, who had been sheltering there "
                   "since November.")
    assert ("COERCE", ["BOL"], ["BOL"], "2024-03-04") in found


def test_a_contrasting_while_clause_is_not_dated_by_the_main_clause():
    found = events("Peru said on Monday that the rockets used in the raid were Bolivian-made, "
                   "while La Paz rejected Chilean claims that it had armed the rebels.")
    assert [d for t, a, _, d in found if t == "REJECT" and a == ["BOL"]] == ["2024-03-07"]
