"""Session 6, dates: a chained anchor ("Hours later", "A day earlier") in a later sentence counts
from the last day the article gave the reader, a day named without an event or an event dated by
its own words, not from an event whose date the coder only inferred."""
from __future__ import annotations

from datetime import date

from sentences import PUBLISHED

from detente.models import Article
from detente.pipeline import code_article

SUNDAY, MONDAY, TUESDAY, WEDNESDAY = date(2024, 3, 3), date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)
SATURDAY, FRIDAY_BEFORE = date(2024, 3, 2), date(2024, 3, 1)   # PUBLISHED is Thursday


def date_of(text: str, trigger: str) -> date | None:
    """The date of the event whose trigger is ``trigger`` in a text published on Thursday."""
    found = [e.date for e in code_article(Article("t", "", text, PUBLISHED)).events
             if e.evidence.trigger == trigger]
    assert found, trigger
    return found[0]


def test_hours_later_counts_from_a_day_named_sentences_earlier_without_an_event():
    # the Sunday meeting is no coded event, and a sentence without a day comes between it and the anchor
    text = ("Ecuador's president resigned on Wednesday after weeks of unrest.\n\n"
            "The two rivals sat together in a Quito hotel on Sunday for talks that lasted minutes. "
            "The opposition leader left without a word to reporters.\n\n"
            "Police arrested the opposition leader and ten of his aides hours later.")
    assert date_of(text, "arrested") == SUNDAY


def test_hours_later_after_an_uncoded_launch_counts_from_the_launch_day():
    text = ("Iran seized a tanker in the Gulf on Wednesday.\n\n"
            "A new Iranian missile flew some 1,500 km on Monday, its state media reported. "
            "Western governments called it a cover for weapons work.\n\n"
            "Hours later, France and Britain agreed to seek new sanctions against Tehran.")
    assert date_of(text, "agreed") == MONDAY


def test_a_day_earlier_skips_an_event_dated_only_by_inference():
    # "condemned" has no date of its own: the anchor counts from the Saturday the text named
    text = ("Egypt said on Wednesday it would recall its ambassador from Denmark.\n\n"
            "The rally on Saturday outside the Egyptian embassy in Copenhagen drew hundreds.\n\n"
            "Egypt's foreign ministry condemned the rally. "
            "A day earlier the ministry had summoned Denmark's ambassador over the permit.")
    assert date_of(text, "summoned") == FRIDAY_BEFORE


def test_a_day_later_still_counts_from_an_event_its_own_words_dated():
    # an event dated by its sentence is what the reader was last given, whatever came before
    text = ("Peru closed its border with Bolivia on Wednesday.\n\n"
            "Officials met in Lima on Saturday. "
            "Bolivia expelled two Peruvian diplomats on Monday. "
            "A day later, Peru recalled its ambassador from La Paz.")
    assert date_of(text, "recalled") == TUESDAY
