"""The article's timeline: datelines, paragraph dates, actor memory, anchors, asides,
background and headline repeats. Sentences and candidates are built by hand (no model)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from detente.events.extract import Candidate
from detente.models import Entity, Event, Evidence
from detente.nlp import Sentence
from detente.pipeline import Timeline, _background, _date_repeats, _drop_title_repeats, strip_dateline

THURSDAY = date(2024, 3, 7)                 # publication date
MONDAY, TUESDAY, WEDNESDAY = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)
SUNDAY = date(2024, 3, 3)

IRAN = Entity("Iran", "Iran", "IRN", None, "GOV")
PAKISTAN = Entity("Pakistan", "Pakistan", "PAK", None, "GOV")
CHINA = Entity("China", "China", "CHN", None, "GOV")


def cand(text: str, trigger: str, actor=(PAKISTAN,), recipient=(IRAN,), event: str = "ACCUSE") -> Candidate:
    start = text.index(trigger)
    return Candidate(event, None, tuple(actor), tuple(recipient), trigger, start, start + len(trigger), 0.9, False)


def at(timeline: Timeline, sent: Sentence, trigger: str, **kw) -> tuple[date | None, str]:
    return timeline.date(sent, cand(sent.text, trigger, **kw), headline=False)


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize(("text", "expected"), [
    ("KYIV/MOSCOW, Feb 25 - Russia said it had taken the town.", "Russia said it had taken the town."),
    ("ISLAMABAD, Jan 30 (Gulf Wire) - Pakistan protested the strike.", "Pakistan protested the strike."),
    ("BEIJING (Reuters) - China protested.", "China protested."),
    ("  TEHRAN, March 7 — Iran denied it.", "Iran denied it."),
])
def test_strip_dateline(text, expected):
    assert strip_dateline(text) == expected


@pytest.mark.parametrize("text", [
    "Pakistan said on Monday - in a statement - that it was ready.",
    "Iran denied the charge, its foreign ministry said.",
    "NATO - the alliance of 32 states - said it was ready.",
])
def test_a_sentence_without_a_dateline_is_untouched(text):
    assert strip_dateline(text) == text


# ---------------------------------------------------------------- paragraphs

def test_an_undated_sentence_inherits_its_paragraphs_date():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Iran struck targets in Pakistan on Tuesday.")
    t.record(cand(first.text, "struck", (IRAN,), (PAKISTAN,), "ASSAULT"), TUESDAY, "day")
    t.read(first)
    second = Sentence(2, 1, "China condemned the strike.")
    assert at(t, second, "condemned", actor=(CHINA,)) == (TUESDAY, "day")


def test_a_new_paragraph_does_not_inherit_the_date():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Iran struck targets in Pakistan on Tuesday.")
    t.record(cand(first.text, "struck", (IRAN,), (PAKISTAN,), "ASSAULT"), TUESDAY, "day")
    t.read(first)
    later = Sentence(2, 2, "China condemned the strike.")
    assert at(t, later, "condemned", actor=(CHINA,)) == (THURSDAY, "publication")


def test_a_year_aside_does_not_set_the_paragraphs_date():
    t = Timeline(THURSDAY)
    t.read(Sentence(1, 1, "The two have feuded since 2019."))
    assert t.narrative is None
    assert at(t, Sentence(2, 1, "China condemned the strike."), "condemned", actor=(CHINA,)) == \
        (THURSDAY, "publication")


def test_a_sentences_own_date_beats_its_paragraphs():
    t = Timeline(THURSDAY)
    t.read(Sentence(1, 1, "Iran struck targets in Pakistan on Tuesday."))
    sent = Sentence(2, 1, "Pakistan recalled its envoy on Wednesday.")
    assert at(t, sent, "recalled") == (WEDNESDAY, "day")


def test_an_embedded_posts_signature_dates_the_paragraph_above():
    published = date(2024, 1, 22)
    sentences = [Sentence(0, 0, "Embassy condemns strike"),
                 Sentence(1, 1, "Iran condemns the attack on its territory."),
                 Sentence(2, 2, "— Embassy of Iran (@IranEmbassyPK) January 19, 2024"),
                 Sentence(3, 3, "Pakistan condemned the attack as well.")]
    t = Timeline(published)
    t.sign_posts(sentences)
    assert at(t, sentences[1], "condemns", actor=(IRAN,), recipient=()) == (date(2024, 1, 19), "day")
    assert at(t, sentences[3], "condemned", actor=(CHINA,), recipient=()) == (published, "publication")


def test_a_headline_takes_the_publication_date():
    t = Timeline(THURSDAY)
    t.read(Sentence(1, 1, "Iran struck on Tuesday."))
    sent = Sentence(0, 0, "Pakistan condemns Iran")
    assert t.date(sent, cand(sent.text, "condemns"), headline=True) == (THURSDAY, "publication")


# ---------------------------------------------------------------- the story's day

def story(published: date, *texts: str) -> tuple[Timeline, list[Sentence]]:
    """A titled article: paragraph 0 is the headline, then one sentence a paragraph."""
    sentences = [Sentence(i, i, text) for i, text in enumerate(texts)]
    t = Timeline(published)
    t.sign_posts(sentences)
    return t, sentences


def test_an_undated_statement_happens_on_the_leads_day():
    t, s = story(THURSDAY, "Pakistan recalls envoy", "Pakistan said on Wednesday it had recalled its envoy.",
                 "Iran's foreign ministry condemned the decision.")
    assert t.story == WEDNESDAY
    assert at(t, s[2], "condemned", actor=(IRAN,), recipient=(PAKISTAN,)) == (WEDNESDAY, "day")


def test_a_lead_two_days_old_is_no_story_day():
    t, s = story(THURSDAY, "Pakistan recalls envoy", "Pakistan said on Tuesday it had recalled its envoy.",
                 "Iran's foreign ministry condemned the decision.")
    assert t.story is None
    assert at(t, s[2], "condemned", actor=(IRAN,), recipient=(PAKISTAN,)) == (THURSDAY, "publication")


def test_the_story_day_comes_from_the_lead_not_from_later_paragraphs():
    t, _ = story(THURSDAY, "Pakistan recalls envoy", "Pakistan recalled its envoy.",
                 "Iran protested on Wednesday.")
    assert t.story is None


def test_a_headline_tells_the_leads_news():
    t, s = story(THURSDAY, "Pakistan recalls envoy from Tehran", "Pakistan recalled its envoy on Wednesday.")
    assert t.date(s[0], cand(s[0].text, "recalls"), headline=True) == (WEDNESDAY, "day")


def test_a_headline_is_no_step_in_the_story():
    # the headline's event is dated by convention: it must not become Pakistan's last date
    t, s = story(THURSDAY, "Pakistan recalls envoy from Tehran", "Pakistan recalled its envoy on Wednesday.")
    head = cand(s[0].text, "recalls")
    t.record(head, *t.date(s[0], head, headline=True))
    assert t.by_actor == {} and t.last is None


# ---------------------------------------------------------------- actor memory

def test_an_actors_last_date_is_reused_in_a_later_paragraph():
    t = Timeline(THURSDAY)
    t.record(cand("Pakistan summoned the envoy on Tuesday.", "summoned"), TUESDAY, "day")
    sent = Sentence(3, 2, "Pakistan also recalled its ambassador.")
    assert at(t, sent, "recalled") == (TUESDAY, "day")


def test_an_actors_last_date_is_not_reused_once_the_story_moved_on():
    # Pakistan last acted on Monday, but the story has reached Wednesday: the undated reaction,
    # published on Thursday, is taken to be of the story's day, not of Monday
    t = Timeline(THURSDAY)
    t.record(cand("Pakistan summoned the envoy on Monday.", "summoned"), MONDAY, "day")
    t.record(cand("Iran struck on Wednesday.", "struck", (IRAN,), (PAKISTAN,), "ASSAULT"), WEDNESDAY, "day")
    sent = Sentence(3, 2, "Pakistan dismissed the accusations.")
    assert at(t, sent, "dismissed") == (WEDNESDAY, "day")


def test_an_undated_event_long_after_the_story_takes_publication():
    t = Timeline(THURSDAY)
    t.record(cand("Iran struck on Monday.", "struck", (IRAN,), (PAKISTAN,), "ASSAULT"), MONDAY, "day")
    sent = Sentence(3, 2, "Pakistan dismissed the accusations.")
    assert at(t, sent, "dismissed") == (THURSDAY, "publication")


def test_an_actors_last_week_is_background_for_a_later_paragraph():
    # "Pakistani police dispersed crowds last week." ... "Pakistan accused Iran of stoking the unrest."
    t = Timeline(THURSDAY)
    t.record(cand("Pakistan dispersed crowds last week.", "dispersed"), THURSDAY - timedelta(days=7), "week")
    sent = Sentence(3, 2, "Pakistan accused Iran of stoking the unrest.")
    assert at(t, sent, "accused") == (THURSDAY, "publication")


def test_an_actors_date_earlier_this_week_is_reused():
    t = Timeline(THURSDAY)
    t.record(cand("Pakistan struck back earlier this week.", "struck"), MONDAY, "week")
    sent = Sentence(3, 2, "Pakistan sent Iran a message after the strikes.")
    assert at(t, sent, "sent") == (MONDAY, "week")


def test_record_without_a_date_changes_nothing():
    t = Timeline(None)
    t.record(cand("Pakistan summoned the envoy.", "summoned"), None, "publication")
    assert t.last is None and t.by_actor == {}


# ---------------------------------------------------------------- anchors and asides

ANCHORED = "Canada agreed on Monday to expel two Chinese diplomats, a day after Beijing detained a Canadian journalist."


def test_a_day_after_before_the_trigger_looks_back_one_day():
    t = Timeline(THURSDAY, last=MONDAY)
    sent = Sentence(2, 1, ANCHORED)
    assert at(t, sent, "detained") == (SUNDAY, "day")


def test_the_event_before_the_anchor_keeps_its_own_date():
    t = Timeline(THURSDAY, last=MONDAY)
    sent = Sentence(2, 1, ANCHORED)
    assert at(t, sent, "agreed") == (MONDAY, "day")


def test_a_day_after_without_its_own_date_counts_back_from_the_last_event():
    t = Timeline(THURSDAY)
    first = Sentence(1, 1, "Pakistan recalled its ambassador from Tehran on Tuesday.")
    t.record(cand(first.text, "recalled"), TUESDAY, "day")
    t.read(first)
    sent = Sentence(2, 1, "The move came a day after Iran struck targets in Balochistan.")
    assert at(t, sent, "struck", actor=(IRAN,), recipient=(PAKISTAN,)) == (MONDAY, "day")


def test_an_anchored_event_with_its_own_day_keeps_it():
    t = Timeline(THURSDAY, last=TUESDAY)
    sent = Sentence(2, 1, "The test came hours after the North fired a rocket late on Monday.")
    assert at(t, sent, "fired", actor=(IRAN,), recipient=()) == (MONDAY, "day")


def test_days_after_counts_back_several_days():
    t = Timeline(THURSDAY, last=WEDNESDAY)
    sent = Sentence(2, 1, "Iran began drills on Wednesday, days after Pakistan signed a pact with China.")
    assert at(t, sent, "signed", recipient=(CHINA,)) == (SUNDAY, "day")


def test_a_year_aside_after_a_comma_does_not_date_the_event():
    t = Timeline(THURSDAY)
    sent = Sentence(2, 1, "Russia fired missiles from Crimea, the peninsula Moscow annexed in 2014.")
    assert at(t, sent, "fired", actor=(Entity("Russia", "Russia", "RUS", None, "GOV"),), recipient=()) == \
        (THURSDAY, "publication")


def test_a_year_in_the_triggers_own_clause_dates_it():
    t = Timeline(THURSDAY)
    sent = Sentence(2, 1, "Russia annexed Crimea in 2014.")
    assert at(t, sent, "annexed", recipient=()) == (date(2014, 7, 1), "year")


# ---------------------------------------------------------------- background

@pytest.mark.parametrize(("when", "precision", "expected"), [
    (date(2014, 7, 1), "year", True),                          # a year is history, not news
    (THURSDAY, "year", True),                                   # even this year's
    (THURSDAY - timedelta(days=41), "day", True),
    (THURSDAY - timedelta(days=40), "day", False),             # 40 days is still news
    (TUESDAY, "day", False),
    (THURSDAY, "publication", False),
    (None, "publication", False),
])
def test_background(when, precision, expected):
    assert _background(when, precision, THURSDAY) is expected


def test_without_publication_only_years_are_background():
    assert _background(date(2000, 1, 1), "day", None) is False
    assert _background(date(2000, 7, 1), "year", None) is True


# ---------------------------------------------------------------- headline repeats

def event(index: int, kind: str, actor, recipient, when: date | None, precision: str) -> Event:
    return Event(
        id=f"e{index}{kind}", article_id="a1", date=when, date_precision=precision, event=kind, mode=None,
        context=(), actor=tuple(actor), recipient=tuple(recipient), location=None, cameo="", goldstein=0.0,
        plover_score=0.0, quad="", evidence=Evidence("...", index, "x", 0, 1), confidence=0.9, coder="test")


def test_a_headline_event_repeated_in_the_body_is_dropped():
    title = event(0, "ASSAULT", [IRAN], [PAKISTAN], THURSDAY, "publication")
    body = event(2, "ASSAULT", [IRAN], [PAKISTAN], TUESDAY, "day")
    assert _drop_title_repeats([title, body], has_title=True) == [body]


def test_a_remaining_headline_event_takes_the_leads_date():
    title = event(0, "ACCUSE", [PAKISTAN], [IRAN], THURSDAY, "publication")
    other = event(0, "ASSAULT", [IRAN], [PAKISTAN], THURSDAY, "publication")
    lead = event(1, "ASSAULT", [IRAN], [PAKISTAN], TUESDAY, "day")
    later = event(3, "CONSULT", [CHINA], [PAKISTAN], WEDNESDAY, "day")
    kept = _drop_title_repeats([title, other, lead, later], has_title=True)
    # the ASSAULT headline repeats the lead and goes; the ACCUSE headline has no ACCUSE in the body
    # to take a date from, so it keeps the publication date
    assert [(e.evidence.sentence_index, e.event, e.date, e.date_precision) for e in kept] == [
        (0, "ACCUSE", THURSDAY, "publication"), (1, "ASSAULT", TUESDAY, "day"), (3, "CONSULT", WEDNESDAY, "day")]


def test_a_remaining_headline_takes_the_date_of_the_body_event_of_its_type():
    title = event(0, "CONSULT", [PAKISTAN], [IRAN], THURSDAY, "publication")
    body = event(2, "CONSULT", [CHINA], [IRAN], TUESDAY, "day")
    kept = _drop_title_repeats([title, body], has_title=True)
    assert (kept[0].date, kept[0].date_precision) == (TUESDAY, "day")


def test_a_headline_keeps_publication_when_the_body_has_no_dated_event():
    title = event(0, "ACCUSE", [PAKISTAN], [IRAN], THURSDAY, "publication")
    body = event(1, "CONSULT", [CHINA], [PAKISTAN], THURSDAY, "publication")
    assert _drop_title_repeats([title, body], has_title=True) == [title, body]


def test_a_same_type_event_between_other_parties_is_no_repeat():
    title = event(0, "ASSAULT", [IRAN], [PAKISTAN], THURSDAY, "publication")
    body = event(2, "ASSAULT", [CHINA], [Entity("India", "India", "IND", None, "GOV")], TUESDAY, "day")
    kept = _drop_title_repeats([title, body], has_title=True)
    assert [e.evidence.sentence_index for e in kept] == [0, 2]


def test_without_a_title_nothing_is_dropped():
    first = event(0, "ASSAULT", [IRAN], [PAKISTAN], THURSDAY, "publication")
    body = event(2, "ASSAULT", [IRAN], [PAKISTAN], TUESDAY, "day")
    kept = _drop_title_repeats([first, body], has_title=False)
    assert [e.evidence.sentence_index for e in kept] == [0, 2]


# ---------------------------------------------------------------- undated repeats

def test_an_undated_event_takes_the_day_the_article_gives_it_elsewhere():
    # "... dismissed reports that Iran had struck Pakistan." ... "Iran struck Pakistan on Tuesday."
    lead = event(1, "ASSAULT", [IRAN], [PAKISTAN], THURSDAY, "publication")
    body = event(3, "ASSAULT", [IRAN], [PAKISTAN], TUESDAY, "day")
    assert [(e.date, e.date_precision) for e in _date_repeats([lead, body])] == [(TUESDAY, "day"), (TUESDAY, "day")]


def test_an_undated_joint_statement_takes_the_day_of_one_of_its_parties():
    lead = event(1, "ACCUSE", [IRAN, CHINA], [PAKISTAN], THURSDAY, "publication")
    body = event(3, "ACCUSE", [CHINA], [PAKISTAN], WEDNESDAY, "day")
    assert _date_repeats([lead, body])[0].date == WEDNESDAY


@pytest.mark.parametrize("other", [
    event(3, "ASSAULT", [IRAN], [CHINA], TUESDAY, "day"),                        # another recipient
    event(3, "ACCUSE", [IRAN], [PAKISTAN], TUESDAY, "day"),                      # another type
    event(3, "ASSAULT", [IRAN], [PAKISTAN], MONDAY, "day"),                      # too long before
    event(3, "ASSAULT", [IRAN], [PAKISTAN], TUESDAY, "week"),                    # no day
])
def test_an_undated_event_keeps_publication_without_a_dated_repeat(other):
    lead = event(1, "ASSAULT", [IRAN], [PAKISTAN], THURSDAY, "publication")
    assert _date_repeats([lead, other])[0] == lead


# ---------------------------------------------------------------- after clauses

def test_an_after_clause_happened_no_later_than_its_main_clause():
    t, s = story(THURSDAY, "Iran frees pilot", "Iran freed a captured pilot on Wednesday.",
                 "The pilot was captured on Monday after his jet was shot down over the border.")
    assert at(t, s[2], "captured", actor=(IRAN,), recipient=(PAKISTAN,)) == (MONDAY, "day")
    # undated, it would take the lead's day (Wednesday); the main clause's Monday bounds it
    assert at(t, s[2], "shot", actor=(IRAN,), recipient=(PAKISTAN,)) == (MONDAY, "day")


def test_an_after_clause_on_the_story_day_stays_undated():
    # published on the day of the main clause: it stays undated, for a dated repeat to claim it
    t, s = story(THURSDAY, "Iran protests", "Iran protested on Thursday after Pakistan shot down a drone.")
    assert at(t, s[1], "shot", actor=(PAKISTAN,), recipient=(IRAN,)) == (THURSDAY, "publication")
