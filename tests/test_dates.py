from datetime import date

import pytest

from detente.dates import DateMention, bound_after, find_dates, resolve

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


# ---------------------------------------------------------------- last week's weekday, future-in-past, asides

@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The strike started last Wednesday.", date(2024, 1, 23), "2024-01-17"),   # Tuesday: last week's Wednesday
    ("The strike started last Monday.", date(2024, 1, 23), "2024-01-15"),      # not yesterday
    ("The strike started last Monday.", FRIDAY, "2024-01-08"),                 # not this week's Monday
    ("The strike started last Friday.", FRIDAY, "2024-01-12"),
])
def test_last_weekday_is_the_one_of_the_week_before(sentence: str, published: date, expected: str) -> None:
    assert resolve(sentence, published) == (D(expected), "day")


def test_would_puts_a_day_in_the_future() -> None:
    sentence = "The speaker said late on Thursday that the premier would step down on January 22."
    said, step = find_dates(sentence, FRIDAY)
    assert (said.date, said.relation) == (D("2024-01-18"), "past")
    assert (step.date, step.relation) == (D("2024-01-22"), "future")
    assert resolve(sentence, FRIDAY, sentence.index("step")) == (D("2024-01-18"), "day")


def test_would_after_a_weekday_that_opens_the_sentence() -> None:
    # the weekday dates the saying: a past verb stands between it and "would"
    (mention,) = find_dates("On Thursday, the army said it would move troops to the border.", FRIDAY)
    assert (mention.date, mention.relation) == (D("2024-01-18"), "past")
    (mention,) = find_dates("On Monday, the two armies would hold joint drills.", FRIDAY)
    assert (mention.date, mention.relation) == (D("2024-01-22"), "future")


def test_a_date_in_a_relative_clause_dates_only_that_clause() -> None:
    sentence = "The defence minister, who put the navy on alert on Tuesday, condemned the raid."
    assert resolve(sentence, FRIDAY, sentence.index("condemned")) == (FRIDAY, "publication")
    assert resolve(sentence, FRIDAY, sentence.index("put")) == (D("2024-01-16"), "day")
    closing = "The rebels attacked the garrison, which had been reinforced on Tuesday."
    assert resolve(closing, FRIDAY, closing.index("attacked")) == (FRIDAY, "publication")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks opened on Monday, days after the two states signed a truce.", "2024-01-19"),   # several: 3 days
    ("Weeks after the two states signed a truce, talks opened.", "2024-02-06"),
    ("The launch came hours after the two states signed a truce.", "2024-01-16"),
    ("Days earlier, the two states had signed a truce.", "2024-01-13"),
])
def test_bare_plural_anchors(sentence: str, expected: str) -> None:
    anchor = next(m for m in find_dates(sentence, FRIDAY, D("2024-01-16")) if m.relation == "anchor")
    assert anchor.date == D(expected)


@pytest.mark.parametrize(("sentence", "published", "expected", "precision"), [
    ("The unrest erupted early this month.", date(2024, 1, 22), "2024-01-05", "month"),
    ("The unrest erupted early this month.", date(2024, 1, 3), "2024-01-03", "month"),    # not after publication
    ("Talks broke down late last month.", FRIDAY, "2023-12-25", "month"),
    ("Talks broke down early last month.", FRIDAY, "2023-12-05", "month"),
    ("The army moved in early last week.", FRIDAY, "2024-01-09", "week"),                # last week's Tuesday
    ("The army moved in late last week.", FRIDAY, "2024-01-12", "week"),                 # last week's Friday
])
def test_early_and_late_in_a_past_period(sentence: str, published: date, expected: str, precision: str) -> None:
    assert resolve(sentence, published) == (D(expected), precision)


def test_a_day_before_an_after_clause_does_not_date_what_the_clause_tells() -> None:
    sentence = "Seoul lodged a protest on Thursday after the North fired a missile into the sea."
    assert resolve(sentence, FRIDAY, sentence.index("lodged")) == (D("2024-01-18"), "day")
    assert resolve(sentence, FRIDAY, sentence.index("fired")) == (FRIDAY, "publication")
    assert bound_after(sentence, FRIDAY, sentence.index("fired")) == D("2024-01-18")
    assert bound_after(sentence, FRIDAY, sentence.index("lodged")) is None


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Kyiv applied to join the bloc in March 2022 after Moscow invaded Ukraine.", "invaded"),  # a month holds it
    ("Shelling resumed on Thursday after midnight when rebels struck the town.", "struck"),   # a time of day
    ("The envoy left on Thursday, a day after the talks collapsed.", "collapsed"),            # an anchor phrase
])
def test_after_that_does_not_push_the_date_back(sentence: str, trigger: str) -> None:
    assert bound_after(sentence, FRIDAY, sentence.index(trigger)) is None
