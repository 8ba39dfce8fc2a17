"""Session 5, dates: undated news after a flashback, "by morning", deadlines given "until" a day,
and anchors that count from the last day a sentence named."""
from __future__ import annotations

from datetime import date

import pytest
from sentences import PUBLISHED, has, triggered, types_of

from detente.dates import find_dates, sequenced
from detente.events.extract import Candidate
from detente.models import Article, Entity
from detente.nlp import Sentence
from detente.pipeline import Timeline, code_article

MONDAY, TUESDAY, WEDNESDAY = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)   # PUBLISHED is Thursday
SATURDAY, FRIDAY_BEFORE = date(2024, 3, 2), date(2024, 3, 1)


def dated(text: str) -> list[tuple[str, str, date | None]]:
    """(type, trigger, date) of each event of a text published on Thursday."""
    return [(e.event, e.evidence.trigger, e.date) for e in code_article(Article("t", "", text, PUBLISHED)).events]


def date_of(text: str, trigger: str) -> date | None:
    found = [when for _, word, when in dated(text) if word == trigger]
    assert found, dated(text)
    return found[0]


# ---------------------------------------------------------------- undated news after a flashback

def test_an_undated_reaction_is_not_dated_by_a_flashback_before_the_leads_day():
    # the lead tells Wednesday's news; Monday's talks are background; the reaction is to the news
    text = ("Chile expelled Peru's ambassador on Wednesday, accusing Lima of espionage.\n\n"
            "During talks in Santiago on Monday, Chilean and Peruvian officials agreed to reopen a border crossing.\n\n"
            "A Peruvian foreign ministry spokeswoman condemned the expulsion.")
    assert date_of(text, "condemned") == WEDNESDAY


CHILE = Entity("Chile", "Chile", "CHL", None, "GOV")
PERU = Entity("Peru", "Peru", "PER", None, "GOV")


def _cand(text: str, trigger: str, actor: Entity, recipient: Entity) -> Candidate:
    start = text.index(trigger)
    return Candidate("ACCUSE", None, (actor,), (recipient,), trigger, start, start + len(trigger), 0.9, False)


def _flashback(text: str, trigger: str, actor: Entity = CHILE, recipient: Entity = PERU) -> date | None:
    """The date of ``trigger`` in ``text`` (paragraph 3), after a lead on Wednesday and a flashback
    paragraph in which Chile acted on Monday."""
    sentences = [Sentence(0, 0, "Chile expelled Peru's ambassador on Wednesday."),
                 Sentence(1, 1, "Chilean soldiers detained two Peruvian fishermen on Monday."),
                 Sentence(2, 2, text)]
    t = Timeline(PUBLISHED)
    t.sign_posts(sentences)
    lead = _cand(sentences[0].text, "expelled", CHILE, PERU)
    t.record(lead, *t.date(sentences[0], lead, headline=False))
    t.read(sentences[0])
    back = _cand(sentences[1].text, "detained", CHILE, PERU)
    t.record(back, *t.date(sentences[1], back, headline=False))
    t.read(sentences[1])
    return t.date(sentences[2], _cand(text, trigger, actor, recipient), headline=False)[0]


def test_an_undated_statement_of_the_flashback_actor_takes_the_leads_day():
    assert _flashback("Chile rejected the complaint.", "rejected") == WEDNESDAY


def test_a_step_of_the_earlier_story_keeps_the_actors_day():
    # the past perfect tells the flashback on; so does an event placed after another
    assert _flashback("Lima said Chilean sailors had already entered its waters and seized boats.", "seized") == MONDAY
    assert _flashback("Chile sent Lima a note of regret after detaining the men.", "sent") == MONDAY


def test_sequenced():
    text = "Lima said Chilean sailors had already entered its waters and seized boats."
    assert sequenced(text, text.index("seized"))
    text = "Chile sent a note after detaining the men."
    assert sequenced(text, text.index("sent"))
    text = "Chile rejected the complaint, and Peru recalled its consul."
    assert not sequenced(text, text.index("rejected"))


# ---------------------------------------------------------------- "by morning"

def test_by_morning_is_the_morning_after_the_story_so_far():
    text = ("Gabonese mutineers stormed the state broadcaster late on Tuesday. "
            "By morning, loyal troops had arrested the mutineers.")
    assert date_of(text, "arrested") == WEDNESDAY


def test_by_morning_and_by_dawn_are_anchors():
    for phrase in ("By morning", "By dawn", "By daybreak"):
        found = find_dates(f"{phrase}, the rebels had fled.", PUBLISHED, MONDAY)
        assert [(m.date, m.relation) for m in found] == [(TUESDAY, "anchor")], phrase
    # a named morning is that day's
    assert find_dates("By Tuesday morning, the rebels had fled.", PUBLISHED, MONDAY)[0].relation == "past"


# ---------------------------------------------------------------- deadlines

def test_a_deadline_given_until_a_day_does_not_date_the_giving():
    text = "Uganda's government gave foreign aid agencies until Friday to leave the country or face expulsion."
    assert date_of(text, "gave") == PUBLISHED


def test_deadlines_lie_ahead():
    for text in ("Quito gave the miners until Friday to leave.",
                 "The junta has given the parties until noon on Friday to register.",
                 "The rebels have until Friday to disarm."):
        found = find_dates(text, PUBLISHED)
        assert [m.relation for m in found] == ["future"], text
    # a span that ended on a day is past
    assert find_dates("The strike lasted until Friday.", PUBLISHED)[0].date == FRIDAY_BEFORE


# ---------------------------------------------------------------- anchors after a named day

def test_an_anchor_counts_from_the_day_the_last_sentence_named():
    # the sentence naming Sunday codes no event: "a day earlier" is Saturday, not Tuesday
    text = ("Serbia's government resigned on Wednesday.\n\nSchools reopened on Sunday. "
            "A day earlier, thousands of Serbians marched through Belgrade demanding new elections.")
    assert date_of(text, "marched") == SATURDAY


def test_an_anchor_still_counts_from_the_last_event_coded():
    text = ("Serbia's government resigned on Wednesday. "
            "A day earlier, thousands of Serbians marched through Belgrade demanding new elections.")
    assert date_of(text, "marched") == TUESDAY


# ---------------------------------------------------------------- spans that tell no event

NO_EVENT = [
    # "be to": a schedule or an obligation the writer states, as the terms of an accord
    ("Under the accord, Armenian troops are to withdraw from the villages within 30 days.", "withdraw",
     {"RETREAT", "CONCEDE"}),
    ("Under the accord, Armenian troops are to withdraw, and Azerbaijan is to return its prisoners.", "return",
     {"RETREAT", "CONCEDE"}),
    # a gerund after "on"/"about" is what a deal or talks are about
    ("Georgia had signed a deal with Baku on deploying 500 engineers.", "deploying", {"MOBILIZE"}),
    ("Chad's leaders spoke with Niger about deploying troops in Niger.", "deploying", {"MOBILIZE"}),
    ("Estonia reached an understanding with Finland on sending warships to Latvia.", "sending", {"MOBILIZE"}),
    # a force described by its standing task
    ("He said Uganda would keep the soldiers it lends to the UN force fighting rebels in Congo.", "fighting",
     {"ASSAULT"}),
]


@pytest.mark.parametrize("text,trigger,kinds", NO_EVENT)
def test_no_event(text, trigger, kinds):
    assert not types_of(text, trigger) & kinds, triggered(text)


STILL_CODED = [
    # announced, "are to" is a promise as "will" is
    ("Armenian troops are to withdraw from the villages within 30 days, the ministry said.", "CONCEDE", "ARM"),
    ("Under the accord, Armenia will return the villages.", "CONCEDE", "ARM"),
    # a force's act of its own, and talks about an act
    ("Kenyan troops guarding the border shot two Somali smugglers.", "ASSAULT", "KEN"),
    ("Chad's leaders spoke with Niger about deploying troops in Niger.", "CONSULT", "TCD"),
]


@pytest.mark.parametrize("text,event,actor", STILL_CODED)
def test_still_coded(text, event, actor):
    assert has(text, event, actor), triggered(text)


# ---------------------------------------------------------------- a year that qualifies a noun

def test_a_year_qualifying_a_noun_dates_what_the_noun_phrase_tells():
    # "Peru's 2016 decision to cut ties" is history; the condemnation of it is news
    text = "Chile condemned Peru's 2016 decision to cut ties with Cuba."
    assert types_of(text, "condemned") == {"ACCUSE"} and not types_of(text, "cut"), triggered(text)
    assert date_of("Chile condemned the 2016 vote in Bolivia.", "condemned") == PUBLISHED


def test_a_year_after_a_possessive_is_a_year():
    found = find_dates("its 2014 annexation of Crimea", PUBLISHED)
    assert [(m.date, m.precision) for m in found] == [(date(2014, 7, 1), "year")]
    assert not find_dates("Kenya sent 2000 troops", PUBLISHED)   # a bare number stays a count
