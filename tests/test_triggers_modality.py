"""Trigger matching (light verbs, references) and modality on sentences parsed by the real model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from detente import nlp
from detente.events.lexicon import lexicon
from detente.events.modality import Modality, assess, future_type
from detente.events.triggers import Trigger, find_triggers

pytestmark = pytest.mark.model


def parse(sentence: str) -> Doc:
    return nlp.model()(sentence)


def triggers(sentence: str) -> list[Trigger]:
    return find_triggers(parse(sentence), lexicon())


def trigger(sentence: str, word: str) -> Trigger:
    """The trigger carried by ``word`` (the noun, or the light verb that governs it)."""
    found = [t for t in triggers(sentence)
             if t.token.text == word or (t.governor is not None and t.governor.text == word)]
    assert len(found) == 1, f"{word!r} in {sentence!r}: {[(t.token.text, t.entry.event) for t in found]}"
    return found[0]


def modality(sentence: str, word: str) -> Modality:
    t = trigger(sentence, word)
    return assess(t.governor or t.token, t.entry.event, frozenset())


# ---------------------------------------------------------------- triggers

def test_light_verb_lends_itself_to_its_noun():
    found = triggers("Iran launched airstrikes on the border town.")
    assert [(t.token.text, t.governor and t.governor.text, t.entry.event) for t in found] == \
        [("airstrikes", "launched", "ASSAULT")]


def test_light_verb_with_a_plain_noun_is_no_event():
    assert triggers("The company launched a new phone on Monday.") == []


def test_a_referred_to_noun_is_not_a_new_trigger():
    found = triggers("The minister condemned the attack.")
    assert [t.token.text for t in found] == ["condemned"]
    assert found[0].entry.event == "ACCUSE"


def test_a_reported_noun_as_subject_is_still_a_trigger():
    # the attack is the news here: nobody is condemning it
    assert "attack" in [t.token.text for t in triggers("The attack killed four soldiers.")]


# ---------------------------------------------------------------- modality

def test_a_plain_past_event_is_asserted():
    m = modality("Iran launched airstrikes on the border town.", "airstrikes")
    assert m.asserted and not m.future


def test_negation_is_not_asserted():
    m = modality("Police did not arrest anyone.", "arrest")
    assert not m.asserted
    assert "negat" in m.reason


def test_a_modal_is_not_asserted():
    m = modality("Russia could attack Ukraine.", "attack")
    assert not m.asserted
    assert "could" in m.reason


def test_the_condition_of_an_if_clause_is_not_asserted():
    assert not modality("If talks fail, Serbia will impose sanctions.", "talks").asserted


def test_the_consequence_of_an_if_clause_is_not_asserted():
    m = modality("If talks fail, Serbia will impose sanctions.", "sanctions")
    assert not m.asserted and m.threat  # a hostile act promised on a condition: a threat (session 11)


def test_future_cooperation_is_asserted_as_future():
    m = modality("Germany will support Ukraine.", "support")
    assert m.asserted and m.future


def test_future_cooperation_is_coded_agree():
    t = trigger("Germany will support Ukraine.", "support")
    assert t.entry.event == "SUPPORT"
    assert future_type(t.entry.event) == "AGREE"


@pytest.mark.parametrize("event", ["ASSAULT", "THREATEN", "SANCTION", "AGREE"])
def test_future_type_keeps_other_types(event):
    assert future_type(event) == event
