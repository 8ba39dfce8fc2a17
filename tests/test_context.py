"""ArticleContext: the article's memory that coreference reads (no spaCy model needed)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente.actors.context import ArticleContext
from detente.actors.mentions import Mention
from detente.actors.resolve import Resolver
from detente.actors.tables import ActorEntry
from detente.models import Entity

IRAN = Entity("Iran", "Iran", "IRN", None, "GOV")
PAKISTAN = Entity("Pakistan", "Pakistan", "PAK", None, "GOV")
CHINA = Entity("China", "China", "CHN", None, "GOV")
UN = Entity("UN", "United Nations", None, "UNO", "IGO")
IRANIAN = Entity("Iranian", "Iran", "IRN", None, None)
ARAGHCHI = Entity("Araghchi", "Abbas Araghchi", "IRN", None, "GOV")
DAR = Entity("Dar", "Ishaq Dar", "PAK", None, "GOV")


def context(*mentions: tuple) -> ArticleContext:
    """(sentence, entity[, person[, position[, kind]]]) in reading order."""
    ctx = ArticleContext()
    for sentence, entity, *rest in mentions:
        ctx.remember(sentence, entity, *rest)
    return ctx


# ---------------------------------------------------------------- salience

def test_salience_ranks_by_count():
    ctx = context((0, IRAN), (0, PAKISTAN), (1, PAKISTAN), (2, CHINA), (3, PAKISTAN))
    assert ctx.salient(n=3) == ["PAK", "IRN", "CHN"]
    assert ctx.counts == {"PAK": 3, "IRN": 1, "CHN": 1}


def test_salience_ties_go_to_the_first_mentioned():
    ctx = context((0, CHINA), (0, IRAN), (1, IRAN), (2, CHINA))
    assert ctx.salient() == ["CHN", "IRN"]


def test_salience_counts_igos_by_their_code():
    ctx = context((0, UN), (1, UN), (1, IRAN))
    assert ctx.salient() == ["UNO", "IRN"]


def test_salience_leaves_out_excluded_codes_and_stops_at_n():
    ctx = context((0, PAKISTAN), (0, PAKISTAN), (1, IRAN), (2, CHINA))
    assert ctx.salient(frozenset({"PAK"}), n=1) == ["IRN"]
    assert ctx.pair(frozenset({"PAK"})) == ["IRN", "CHN"]


def test_an_entity_without_a_code_is_not_remembered():
    ctx = context((0, Entity("the ministry", "ministry")))
    assert ctx.history == [] and not ctx.counts


def test_a_new_article_starts_with_an_empty_memory():
    first = context((0, IRAN))
    first.heads["ministry"] = IRAN
    second = ArticleContext()
    assert second.history == [] and not second.counts and second.heads == {}


# ---------------------------------------------------------------- pronouns

def test_he_is_the_latest_person_before_it():
    ctx = context((0, ARAGHCHI, True, 0, "person"), (1, DAR, True, 0, "person"), (1, IRAN, False, 4, "state"))
    assert ctx.pronoun("he", 2) == [DAR]


def test_a_person_later_in_the_same_sentence_does_not_count():
    ctx = context((0, ARAGHCHI, True, 0, "person"), (1, DAR, True, 6, "person"))
    assert ctx.pronoun("He", 1, position=2) == [ARAGHCHI]
    assert ctx.pronoun("he", 1, position=7) == [DAR]
    assert ctx.pronoun("he", 1) == [DAR]  # no position: the whole sentence is before it


def test_it_is_the_latest_non_person_and_skips_demonyms():
    ctx = context((0, PAKISTAN, False, 0, "state"), (1, DAR, True, 0, "person"), (1, IRANIAN, False, 3, "demonym"))
    assert ctx.pronoun("it", 2) == [PAKISTAN]
    assert ctx.pronoun("they", 2) == [PAKISTAN]


def test_pronouns_leave_out_excluded_codes():
    ctx = context((0, IRAN, False, 0, "state"), (1, PAKISTAN, False, 0, "state"))
    assert ctx.pronoun("it", 2, frozenset({"PAK"})) == [IRAN]


def test_he_with_no_person_named_falls_back_to_the_latest_entity():
    ctx = context((0, IRAN, False, 0, "state"), (0, PAKISTAN, False, 3, "state"))
    assert ctx.pronoun("he", 1) == [PAKISTAN]


def test_it_with_only_people_named_is_unresolved():
    ctx = context((0, DAR, True, 0, "person"))
    assert ctx.pronoun("it", 1) == []
    assert ArticleContext().pronoun("he", 0) == []


# ---------------------------------------------------------------- recent country

def test_recent_country_is_the_latest_state_within_the_window():
    ctx = context((0, IRAN), (2, PAKISTAN))
    assert ctx.recent_country(5) == PAKISTAN          # three sentences back: inside
    assert ctx.recent_country(6) is None              # four back: outside the default window of 3
    assert ctx.recent_country(6, window=4) == PAKISTAN


def test_recent_country_skips_igos_and_excluded_codes():
    ctx = context((0, IRAN), (1, UN))
    assert ctx.recent_country(2) == IRAN
    assert ctx.recent_country(2, frozenset({"IRN"})) is None


def test_recent_country_window_zero_is_the_same_sentence_only():
    ctx = context((0, IRAN), (1, PAKISTAN, False, 5))
    assert ctx.recent_country(1, window=0) == PAKISTAN
    assert ctx.recent_country(1, window=0, position=3) is None   # only Iran is before it, a sentence back
    assert ctx.recent_country(1, position=3) == IRAN


# ---------------------------------------------------------------- remembered heads

@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, words, heads, deps, pos) -> Doc:
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


def test_a_body_named_once_is_remembered_and_found_again(vocab):
    pakistan = ActorEntry("state", "Pakistan", "PAK", None, "GOV")
    ministry = ActorEntry("body", "foreign ministry", None, None, "GOV")
    ctx = ArticleContext()
    first = _doc(vocab, ["Pakistan", "'s", "foreign", "ministry", "protested"], [3, 0, 3, 4, 4],
                 ["poss", "case", "amod", "nsubj", "ROOT"], ["PROPN", "PART", "ADJ", "NOUN", "VERB"])
    found = [Mention(0, 1, "Pakistan", (pakistan,)), Mention(2, 4, "foreign ministry", (ministry,))]
    ctx.remember(0, Entity("Pakistan", "Pakistan", "PAK", None, "GOV"), position=0, kind="state")
    named = Resolver(first, found, ctx, 0, None).single(first[3])
    assert [(e.code, e.sector) for e in named.entities] == [("PAK", "GOV")]
    assert ctx.heads["ministry"].code == "PAK"

    # Five sentences later (beyond recent_country's window), with Iran named in between
    ctx.remember(3, IRAN, position=0, kind="state")
    later = _doc(vocab, ["The", "ministry", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DET", "NOUN", "VERB"])
    ministry_only = ActorEntry("body", "ministry", None, None, "GOV")
    again = Resolver(later, [Mention(1, 2, "ministry", (ministry_only,))], ctx, 5, None).single(later[1])
    assert [e.code for e in again.entities] == ["PAK"]
    assert again.how == "coref"


def test_an_excluded_remembered_head_is_not_used(vocab):
    ctx = ArticleContext()
    ctx.heads["ministry"] = PAKISTAN
    ctx.remember(4, IRAN, position=0, kind="state")
    doc = _doc(vocab, ["The", "ministry", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DET", "NOUN", "VERB"])
    ministry = ActorEntry("body", "ministry", None, None, "GOV")
    r = Resolver(doc, [Mention(1, 2, "ministry", (ministry,))], ctx, 5, None).single(doc[1], frozenset({"PAK"}))
    assert [e.code for e in r.entities] == ["IRN"]   # the country just named, by context
    assert r.how == "context"
