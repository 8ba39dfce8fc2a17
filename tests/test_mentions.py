"""MentionFinder: which phrases of a parsed sentence name an actor of the tables."""
from __future__ import annotations

from datetime import date

import pytest

from detente import nlp
from detente.actors.mentions import Mention, finder

pytestmark = pytest.mark.model


def mentions(sentence: str, on: date | None = None) -> list[Mention]:
    return finder().find(nlp.model()(sentence), on)


def found(sentence: str, on: date | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.code) for m in mentions(sentence, on)]


def test_a_state_and_a_generic_body_are_two_mentions():
    assert found("Pakistan's foreign ministry condemned the strike.") == [
        ("Pakistan", "state", "PAK"), ("foreign ministry", "body", None)]


def test_the_body_keeps_its_sector():
    (_, body) = mentions("Pakistan's foreign ministry condemned the strike.")
    assert body.best.sector == "GOV"


@pytest.mark.parametrize(("sentence", "text", "code"), [
    ("The United Arab Emirates objected.", "United Arab Emirates", "ARE"),   # not "Emirates"
    ("The Democratic Republic of the Congo objected.", "Democratic Republic of the Congo", "COD"),
    ("South Sudan objected.", "South Sudan", "SSD"),
])
def test_the_longest_phrase_wins(sentence, text, code):
    assert found(sentence) == [(text, "state", code)]


def test_the_longest_phrase_wins_beside_another_actor():
    assert found("The United Arab Emirates and the Arab League objected.") == [
        ("United Arab Emirates", "state", "ARE"), ("Arab League", "igo", "ARL")]


def test_mentions_do_not_overlap_and_come_in_text_order():
    ms = mentions("Saudi Arabia, the United Arab Emirates and Bahrain cut ties with Qatar.")
    assert [m.code for m in ms] == ["SAU", "ARE", "BHR", "QAT"]
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))


def test_a_short_abbreviation_matches_only_as_written():
    assert found("The US said it would not let us down.") == [("US", "state", "USA")]


@pytest.mark.parametrize("sentence", [
    "They served turkey and rice.",
    "The guests admired the fine china.",
    "He filled the jordan almond jar.",
])
def test_a_lower_case_common_word_is_not_a_proper_name(sentence):
    assert found(sentence) == []


def test_a_lower_case_generic_body_is_still_found():
    assert found("The foreign ministry objected.") == [("foreign ministry", "body", None)]


def test_a_capital_used_as_a_first_name_is_not_a_place():
    assert found("Protasevich was detained with his girlfriend Sofia Sapega.") == []


def test_the_same_capital_as_a_place_is_found():
    assert found("The talks were held in Sofia on Monday.") == [("Sofia", "capital", "BGR")]


# ---------------------------------------------------------------- people and their terms

def test_a_date_keeps_only_the_person_in_office_then():
    # "Clinton" names Bill (president to 2001) and Hillary (secretary of state 2009-2013)
    (m,) = mentions("Clinton arrived on Monday.", date(2010, 6, 1))
    assert [e.name for e in m.entries] == ["Hillary Clinton"]
    assert m.best.office == "foreign_minister"


def test_a_date_picks_the_term_of_a_person_with_several_offices():
    (m,) = mentions("Putin arrived on Monday.", date(2010, 6, 1))
    assert [(e.name, e.office) for e in m.entries] == [("Vladimir Putin", "head_of_government")]


def test_without_a_date_every_term_is_kept():
    (m,) = mentions("Clinton arrived on Monday.")
    assert {e.name for e in m.entries} == {"Bill Clinton", "Hillary Clinton"}


def test_a_former_minister_with_no_other_entry_falls_back_to_the_person():
    # Pompeo left office in January 2021; nothing else answers to his name, so the person
    # entry is kept (a known name, not an office holder) rather than losing the mention
    (m,) = mentions("Pompeo arrived on Monday.", date(2023, 3, 1))
    assert (m.kind, m.code, m.best.name) == ("person", "USA", "Mike Pompeo")
    assert not m.best.holds_on(date(2023, 3, 1))


def test_after_a_term_both_former_holders_fall_back():
    (m,) = mentions("Clinton arrived on Monday.", date(2020, 6, 1))
    assert {e.name for e in m.entries} == {"Bill Clinton", "Hillary Clinton"}


def test_an_undated_entry_that_holds_beats_the_person_out_of_term():
    # "Araghchi" is both a person (foreign minister from August 2024) and an undated handle
    (before,) = mentions("Araghchi posted a statement.", date(2020, 6, 1))
    assert [e.kind for e in before.entries] == ["handle"]
    (during,) = mentions("Araghchi posted a statement.", date(2025, 2, 1))
    assert [e.kind for e in during.entries] == ["person", "handle"]
    assert during.code == "IRN"


def test_a_surname_followed_by_another_name_is_not_that_person():
    # "Haroon Rashid Aswad" style: a one-word person alias before another capitalised word
    assert [m.text for m in mentions("Putin Ahmadi, a farmer, was detained.", date(2024, 3, 1))] == []
