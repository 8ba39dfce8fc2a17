from datetime import date

import pytest

from detente.dates import DateMention, find_dates, resolve

FRIDAY = date(2024, 1, 19)  # published on a Friday
D = date.fromisoformat


@pytest.mark.parametrize(("sentence", "published", "expected", "precision"), [
    ("Iran struck the camp on Thursday.", FRIDAY, "2024-01-18", "day"),
    ("Iran struck the camp on Friday.", FRIDAY, "2024-01-19", "day"),
    ("Drones hit the base late on Tuesday.", FRIDAY, "2024-01-16", "day"),
    ("Talks resumed early on Wednesday in Doha.", FRIDAY, "2024-01-17", "day"),
    ("Thursday's attack killed two guards.", FRIDAY, "2024-01-18", "day"),
    ("Troops fired on protesters on Friday evening.", FRIDAY, "2024-01-19", "day"),
    ("Rebels took the town on Saturday.", FRIDAY, "2024-01-13", "day"),
    ("The army shelled the town last Thursday.", FRIDAY, "2024-01-11", "day"),
    ("Police arrested ten people on Sunday.", date(2024, 1, 22), "2024-01-21", "day"),
    ("The minister resigned today.", FRIDAY, "2024-01-19", "day"),
    ("Protesters gathered this morning.", FRIDAY, "2024-01-19", "day"),
    ("The embassy was attacked yesterday.", FRIDAY, "2024-01-18", "day"),
    ("Missiles struck the city last night.", FRIDAY, "2024-01-18", "day"),
    ("Shelling continued overnight.", FRIDAY, "2024-01-18", "day"),
    ("Iran fired missiles earlier this week.", FRIDAY, "2024-01-16", "week"),
    ("Iran fired missiles earlier this week.", date(2024, 1, 17), "2024-01-15", "week"),
    ("The two sides met this week.", FRIDAY, "2024-01-16", "week"),
    ("The two sides met last week.", FRIDAY, "2024-01-12", "week"),
    ("Clashes broke out earlier this month.", FRIDAY, "2024-01-10", "month"),
    ("Clashes broke out last month.", FRIDAY, "2023-12-15", "month"),
    ("Clashes broke out last month.", date(2024, 3, 31), "2024-02-15", "month"),
    ("Elections were held in December.", date(2024, 3, 5), "2023-12-15", "month"),
    ("The ceasefire collapsed in late August.", FRIDAY, "2023-08-25", "month"),
    ("The ceasefire collapsed in early May.", date(2024, 6, 1), "2024-05-05", "month"),
    ("Troops withdrew on Jan. 22.", date(2024, 1, 24), "2024-01-22", "day"),
    ("Troops withdrew on Sept. 13.", date(2022, 9, 23), "2022-09-13", "day"),
    ("The deal was signed January 16.", FRIDAY, "2024-01-16", "day"),
    ("The deal was signed 16 January.", FRIDAY, "2024-01-16", "day"),
    ("The deal was signed on Feb 25.", FRIDAY, "2023-02-25", "day"),
    ("The treaty was signed March 3, 2023.", FRIDAY, "2023-03-03", "day"),
    ("The treaty was signed on 2024-01-16.", FRIDAY, "2024-01-16", "day"),
    ("The treaty was signed on 1/16/2024.", FRIDAY, "2024-01-16", "day"),
    ("Fighting flared on the 16th, officials said.", FRIDAY, "2024-01-16", "day"),
])
def test_resolve_past_expressions(sentence: str, published: date, expected: str, precision: str) -> None:
    assert resolve(sentence, published) == (D(expected), precision)


@pytest.mark.parametrize(("sentence", "year"), [
    ("The two countries fought a war in 1999.", 1999),
    ("Relations have been tense since the 1980–88 war.", 1980),
    ("The embassy was seized in 1979.", 1979),
    ("Militants first struck the area in the 2010s.", 2010),
    ("The border was redrawn last year.", 2023),
])
def test_historical_background_has_year_precision(sentence: str, year: int) -> None:
    day, precision = resolve(sentence, FRIDAY)
    assert precision == "year" and day is not None and day.year == year


@pytest.mark.parametrize(("sentence", "previous", "expected"), [
    ("Two days later, Pakistan struck back.", D("2024-01-16"), "2024-01-18"),
    ("A day after the strike, talks began.", D("2024-01-16"), "2024-01-17"),
    ("The next day, the envoy was recalled.", D("2024-01-16"), "2024-01-17"),
    ("The following day, the envoy was recalled.", D("2024-01-16"), "2024-01-17"),
    ("A day earlier, Iran had warned Pakistan.", D("2024-01-16"), "2024-01-15"),
    ("Hours later, Pakistan struck back.", D("2024-01-16"), "2024-01-16"),
    ("Three days later, ties were restored.", D("2024-01-16"), "2024-01-19"),
])
def test_anchor_phrases_count_from_the_previous_event(sentence: str, previous: date, expected: str) -> None:
    (mention,) = find_dates(sentence, FRIDAY, previous)
    assert mention.relation == "anchor"
    assert resolve(sentence, FRIDAY, previous=previous) == (D(expected), "day")


def test_anchor_without_previous_event_is_unresolved() -> None:
    (mention,) = find_dates("Two days later, Pakistan struck back.", FRIDAY)
    assert mention.date is None and mention.relation == "anchor"
    assert resolve("Two days later, Pakistan struck back.", FRIDAY) == (FRIDAY, "publication")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ministers will meet tomorrow.", "2024-01-20"),
    ("The ministers will meet on Monday.", "2024-01-22"),
    ("On Monday, the ministers will meet.", "2024-01-22"),
    ("The vote is scheduled for Feb. 4.", "2024-02-04"),
    ("The envoy is expected to arrive next week.", "2024-01-26"),
    ("Talks will resume next month.", "2024-02-15"),
    ("A vote is due to be held in March.", "2024-03-15"),
    ("Troops will leave in the coming weeks.", None),
    ("A deal could come within days.", None),
    ("Troops will leave by the end of the year.", "2024-12-31"),
])
def test_future_expressions(sentence: str, expected: str | None) -> None:
    (mention,) = find_dates(sentence, FRIDAY)
    assert mention.relation == "future"
    assert mention.date == (D(expected) if expected else None)


def test_future_mentions_never_date_an_event_after_publication() -> None:
    assert resolve("The ministers will meet on Monday.", FRIDAY) == (FRIDAY, "publication")


def test_reporting_verb_keeps_a_weekday_in_the_past() -> None:
    (mention,) = find_dates("Iran said on Thursday it will retaliate.", FRIDAY)
    assert (mention.date, mention.relation) == (D("2024-01-18"), "past")


def test_future_marker_in_another_part_of_the_clause_does_not_count() -> None:
    sentence = "Officials said the talks, which began Monday, will end on Friday."
    began, end = find_dates(sentence, FRIDAY)
    assert (began.date, began.relation) == (D("2024-01-15"), "past")
    assert (end.date, end.relation) == (FRIDAY, "future")


def test_mention_records_text_and_offsets() -> None:
    sentence = "Pakistan struck back early on Thursday."
    (mention,) = find_dates(sentence, FRIDAY)
    assert mention == DateMention("early on Thursday", 21, 38, D("2024-01-18"), "day", "past")
    assert sentence[mention.start:mention.end] == mention.text


def test_no_date_words_fall_back_to_publication() -> None:
    assert find_dates("Theresa May said 2000 troops would stay.", FRIDAY) == []
    assert resolve("Iran struck a camp in Pakistan.", FRIDAY) == (FRIDAY, "publication")


def test_without_publication_date_nothing_resolves() -> None:
    assert resolve("Iran struck on Thursday.", None) == (None, "publication")
    assert find_dates("Iran struck on Thursday.", None)[0].date is None


def test_anchor_picks_the_nearest_mention() -> None:
    sentence = "Pakistan said on Thursday it had struck militants, two days after Iran attacked on Tuesday."
    assert resolve(sentence, FRIDAY, sentence.index("said")) == (D("2024-01-18"), "day")
    assert resolve(sentence, FRIDAY, sentence.index("attacked")) == (D("2024-01-16"), "day")


def test_anchor_prefers_a_mention_in_the_same_clause() -> None:
    sentence = "Iran struck a camp in Panjgur province on Tuesday; Pakistan retaliated on Thursday."
    trigger = sentence.index("retaliated")
    assert resolve(sentence, FRIDAY, sentence.index("struck")) == (D("2024-01-16"), "day")
    assert resolve(sentence, FRIDAY, trigger) == (D("2024-01-18"), "day")
    assert resolve(sentence, FRIDAY, sentence.index(";") - 1) == (D("2024-01-16"), "day")


def test_past_dates_are_clamped_to_publication() -> None:
    assert resolve("Clashes broke out in late January.", FRIDAY) == (FRIDAY, "month")
