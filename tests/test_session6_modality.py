"""Session 6, non-events and dates: years that frame a sentence or a "when" clause, refusals to
comment, and dates that belong to another clause."""
from __future__ import annotations

from datetime import date

from sentences import PUBLISHED, triggered

from detente.models import Article
from detente.pipeline import code_article


def dated(text: str) -> list[tuple[str, str, date | None]]:
    """(type, trigger, date) of each event of a text published on Thursday 7 March 2024."""
    return [(e.event, e.evidence.trigger, e.date) for e in code_article(Article("t", "", text, PUBLISHED)).events]


def triggers(text: str) -> set[str]:
    return {word for *_, word in triggered(text)}


# ---------------------------------------------------------------- a year that frames the sentence

def test_opening_year_before_a_comma_makes_the_event_background():
    assert "seized" not in triggers("In 1974, Turkish troops seized the north of Cyprus.")
    assert "expelled" not in triggers("Back in 2009, Chad expelled Sudan's ambassador over border raids.")


def test_when_clause_after_a_period_takes_its_date():
    assert "expelled" not in triggers("Ties have stayed cold since 2017, when Kenya expelled Somalia's envoy.")
    assert "clashed" not in triggers("The feud has festered since last year, when Lima and Quito clashed over tuna.")


def test_year_aside_after_the_trigger_still_does_not_date_it():
    assert "recalled" in triggers("Chile recalled its ambassador from Bolivia, which it also did in 1978.")


# ---------------------------------------------------------------- no comment, standing sides

def test_declining_to_comment_is_no_rejection():
    assert "declined" not in triggers("Asked about the Chinese patrols, Hanoi's spokeswoman declined to comment.")
    assert "refused" not in triggers("When pressed, Santiago's interior minister refused to speculate about a closure.")
    assert "refuses" not in triggers("Seoul refuses to confirm that it sent envoys to Pyongyang.")


def test_refusing_an_act_is_still_a_rejection():
    assert "refused" in triggers("Niger refused to allow French troops to remain on its soil.")


def test_traditional_alignment_is_a_standing_position():
    assert "backed" not in triggers("Ghana has historically backed Togo in disputes within ECOWAS, diplomats say.")
    assert "sided" not in triggers("Laos has traditionally sided with Vietnam in regional quarrels.")


# ---------------------------------------------------------------- acts named only to be denied or to describe

def test_object_of_without_is_no_event():
    assert "warning" not in triggers("The Uzbek president told border guards to open fire without warning.")
    assert "consulting" not in triggers("Ethiopia filled the reservoir without consulting Sudan.")


def test_present_participle_before_a_noun_describes_a_party():
    assert "boycotting" not in triggers("Diplomats said the boycotting nations restored flights to Doha on Monday.")


def test_eventive_noun_classifying_equipment_is_no_event():
    assert "riot" not in triggers("Belgrade's interior ministry opened a riot-control academy with Russian help.")


# ---------------------------------------------------------------- dates of another clause

def date_of(text: str, trigger: str) -> date | None:
    found = [when for _, word, when in dated(text) if word == trigger]
    assert found, dated(text)
    return found[0]


def test_possessive_day_in_another_clause_dates_only_its_noun():
    text = ("Ecuador has asked Colombia to send police to guard its prisons, officials said, as troops searched "
            "for the organisers of Monday's jailbreak.")
    assert date_of(text, "asked") != date(2024, 3, 4)


def test_flashback_clause_does_not_date_a_simple_past_clause():
    text = ("Scholz had urged Macron in a phone call on Monday to drop the tariffs, and Berlin welcomed the "
            "decision.")
    assert date_of(text, "urged") == date(2024, 3, 4)
    assert date_of(text, "welcomed") != date(2024, 3, 4)


def test_flashback_in_the_lead_gives_no_story_day():
    text = "Hanoi rejected the proposal, calling it unfair, and said Beijing had put forward new terms overnight."
    assert date_of(text, "rejected") == PUBLISHED


def test_date_of_a_later_clause_with_its_own_subject_stays_there():
    text = "Quito accused the mayor of sedition, and a judge issued a warrant for his arrest on Monday."
    assert date_of(text, "warrant") == date(2024, 3, 4)
    assert date_of(text, "accused") != date(2024, 3, 4)


def test_date_of_a_later_verb_sharing_the_subject_still_reaches_back():
    text = "Kenyan police detained the activists and released them on Monday."
    assert date_of(text, "detained") == date(2024, 3, 4)
