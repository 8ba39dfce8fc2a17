"""The date of an event, from the words of its sentence and the publication date.

``find_dates`` finds every date expression (weekdays, "earlier this week", "on Jan. 22",
"two days later", "in the coming weeks", ...) and resolves it; ``resolve`` picks the one
that governs an event's trigger. News is written relative to the day it appears, so the
publication date is the reference; "anchor" phrases are relative to the previous event.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

DAY = timedelta(days=1)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence; ``relation`` is past, present, future or anchor."""

    text: str
    start: int
    end: int
    date: date | None
    precision: str
    relation: str


@dataclass(frozen=True)
class _Context:
    published: date | None
    previous: date | None
    future: bool


Resolution = tuple[date | None, str, str]
Handler = Callable[[re.Match, _Context], Resolution | None]

_WD = r"(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
_MON = (r"(?-i:(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
        r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?))"
        r"(?![a-z])")
_FUTURE = re.compile(r"\b(?:will|shall|won't|would|(?:is|are)\s+(?:set|due|scheduled|expected|going|planning)\s+to"
                     r"|(?:scheduled|slated|set)\s+for|plans?\s+to|intends?\s+to|to\s+be\s+held)\b|'ll\b",
                     re.IGNORECASE)
# "agreed to step down on Wednesday", "ordered him to appear October 16": a date right after the
# infinitive of a commitment, an order or a plan is the time of what is to happen
_TO_DO = re.compile(r"\b(?:agree[sd]?|decided?|order(?:s|ed)?|ask(?:s|ed)?|urg(?:es|ed)|invit(?:es|ed)|plan(?:s|ned)?"
                    r"|vow(?:s|ed)|promis(?:es|ed)|pledg(?:es|ed)|threaten(?:s|ed)|offer(?:s|ed)|due|expected"
                    r"|scheduled|ready|prepared|intend(?:s|ed)?|hop(?:es|ed))\s+(?:[\w'-]+\s+){0,4}?to\s+[a-z]+"
                    r"(?:\s+(?:down|up|out|off|back|in|away))?\s+(?:on\s+)?$", re.IGNORECASE)
# "gave Erbil until Friday to hand over", "has until noon on Monday to quit": a deadline lies ahead
# of the giving, whether or not it has passed when the article appears; it does not date the giving
_DEADLINE = re.compile(r"\b(?:gi(?:ve[sn]?|ving)|gave|ha[sd]|have|having)\s+(?:[\w'.-]+\s+){0,6}?until\s+"
                       r"(?:(?:noon|midnight|dawn|the\s+end\s+of)\s+)?(?:on\s+)?$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added|warned|confirmed|reported|claimed"
                          r"|denied|insisted)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:said|told|was|were|had|\w{3,}ed)\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,;:()—–]*?(?=,|[;:()—–]|\.?$)", re.IGNORECASE)
_AFTER = re.compile(r"\bafter\b(?!\s+(?:midnight|dawn|dusk|noon|nightfall|sunrise|sunset|\d))", re.IGNORECASE)
# "for the second time this week" counts the event among others, it does not date it
_COUNTED = re.compile(r"\bthe\s+(?:first|second|third|\w+th|\d+(?:st|nd|rd|th)|last|latest)\s+time\s+$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[;:]|\s[—–-]\s|,\s+(?=(?:but|while|whereas|although|though|which|who|after|before"
                       r"|when|where|and|as|since)\b)", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").index(
        token[:3].lower()) + 1


def _month_shift(p: date, months: int, day: int = 15) -> date:
    index = p.year * 12 + p.month - 1 + months
    return date(index // 12, index % 12 + 1, day)


def _weekday(m: re.Match, c: _Context) -> Resolution:
    mod = (m["mod"] or "").lower()
    p, target = c.published, WEEKDAYS.index(m["wd"].lower())
    if mod == "next" or c.future:
        if p is None:
            return None, "day", "future"
        ahead = (target - p.weekday()) % 7 or (7 if mod == "next" else 0)
        return p + ahead * DAY, "day", "future"
    if p is None:
        return None, "day", "past"
    back = (p.weekday() - target) % 7
    if mod == "last" and back <= p.weekday():  # "last Wednesday": last week's, not this week's
        back += 7
    return p - back * DAY, "day", "past"


def _plus(days: int) -> Callable[[date], date]:
    return lambda p: p + days * DAY


def _unknown(p: date) -> None:
    return None


def _earlier_this_week(p: date) -> date:
    return min(max(p - 3 * DAY, p - p.weekday() * DAY), p - DAY)


def _mid_month(p: date) -> date:
    return p.replace(day=1) + (p.day - 1) // 2 * DAY


def _mid_year(p: date) -> date:
    return date(p.year, 1, 1) + (p - date(p.year, 1, 1)) // 2


def _saturday_before(p: date) -> date:
    return p - ((p.weekday() - 5) % 7 or 7) * DAY


# Fixed phrases: (date from publication, precision, relation). "present" phrases turn
# "future" in a future-tense clause ("will meet this week"), losing the date unless it is a day.
PHRASES: dict[str, tuple[Callable[[date], date | None], str, str]] = {
    **dict.fromkeys(("today", "earlier today", "tonight", "this morning", "this afternoon", "this evening"),
                    (_plus(0), "day", "present")),
    **dict.fromkeys(("yesterday", "yesterday morning", "yesterday afternoon", "yesterday evening",
                     "last night", "overnight"), (_plus(-1), "day", "past")),
    "later today": (_plus(0), "day", "future"), "tomorrow": (_plus(1), "day", "future"),
    "earlier this week": (_earlier_this_week, "week", "past"), "this week": (_earlier_this_week, "week", "present"),
    "later this week": (_unknown, "week", "future"), "last week": (_plus(-7), "week", "past"),
    "next week": (_plus(7), "week", "future"), "the coming week": (_plus(7), "week", "future"),
    "the weekend": (_saturday_before, "week", "present"), "this weekend": (_saturday_before, "week", "present"),
    "last weekend": (_saturday_before, "week", "past"),
    "next weekend": (lambda p: p + ((5 - p.weekday()) % 7 or 7) * DAY, "week", "future"),
    "earlier this month": (_mid_month, "month", "past"), "this month": (_mid_month, "month", "present"),
    "early this month": (lambda p: p.replace(day=min(p.day, 5)), "month", "past"),
    "early last month": (lambda p: _month_shift(p, -1, 5), "month", "past"),
    "late last month": (lambda p: _month_shift(p, -1, 25), "month", "past"),
    "early last week": (lambda p: p - (p.weekday() + 6) * DAY, "week", "past"),
    "late last week": (lambda p: p - (p.weekday() + 3) * DAY, "week", "past"),
    "later this month": (_unknown, "month", "future"), "last month": (lambda p: _month_shift(p, -1), "month", "past"),
    "next month": (lambda p: _month_shift(p, 1), "month", "future"),
    "earlier this year": (_mid_year, "year", "past"), "this year": (_mid_year, "year", "present"),
    "later this year": (_unknown, "year", "future"), "last year": (lambda p: date(p.year - 1, 7, 1), "year", "past"),
    "next year": (lambda p: date(p.year + 1, 7, 1), "year", "future"),
    "by the end of the week": (lambda p: p + (6 - p.weekday()) * DAY, "week", "future"),
    "by the end of the month": (lambda p: _month_shift(p, 1, 1) - DAY, "month", "future"),
    "by the end of the year": (lambda p: date(p.year, 12, 31), "year", "future"),
}


def _phrase(m: re.Match, c: _Context) -> Resolution:
    rule, precision, relation = PHRASES[" ".join(m[0].lower().split())]
    if relation == "present" and c.future:
        relation, rule = "future", rule if precision == "day" else _unknown
    return (rule(c.published) if c.published else None), precision, relation


def _vague_future(m: re.Match, c: _Context) -> Resolution:
    return None, next((u for u in ("week", "month", "year") if u in m[0].lower()), "day"), "future"


_STEP = re.compile(r"\b(a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s", re.IGNORECASE)


def anchor_shift(text: str) -> tuple[int, str]:
    """(count, unit) of an anchor phrase, signed: "two days after" → (2, "day"), "a week
    earlier" → (-1, "week"); "hours after", "the same day" and "later that day" count 0."""
    text = " ".join(text.lower().split())
    unit = next((u for u in ("week", "month", "year") if u in text), "day")
    step = _STEP.match(text)
    n = (int(step[1]) if step[1].isdigit() else NUMBERS[step[1]]) if step else 3 if text[:4] in (
        "days", "week", "mont") else 1
    if "hour" in text or "minute" in text or "same" in text or "that" in text:
        n = 0
    return (-n if any(w in text for w in ("earlier", "before", "previous", "preceding")) else n), unit


def shift(day: date, text: str, sign: int = 1) -> date:
    """``day`` moved by the anchor phrase ``text`` (backwards with ``sign`` -1)."""
    n, unit = anchor_shift(text)
    if unit == "month":
        return _month_shift(day, sign * n, min(day.day, 28))
    return day + sign * n * {"day": 1, "week": 7, "year": 365}[unit] * DAY


def _ago(m: re.Match, c: _Context) -> Resolution:
    """"a year ago", "three weeks ago": counted back from publication."""
    n, unit = anchor_shift(m[0].lower().replace("ago", "earlier"))
    return (shift(c.published, f"{abs(n)} {unit}s", -1) if c.published else None), unit, "past"


def _anchor(m: re.Match, c: _Context) -> Resolution:
    unit = anchor_shift(m[0])[1]
    return (shift(c.previous, m[0]) if c.previous else None), unit, "anchor"


def _calendar(m: re.Match, c: _Context) -> Resolution:
    """A calendar day; a missing year is inferred so that the day is not after publication
    (not before it in a future-tense clause)."""
    if m["iso"]:
        return _safe_date(int(m["iso"]), int(m["m"]), int(m["d"])), "day", "past"
    p, month, day = c.published, _month_number(m["mon"]), int(m["d"])
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
        return d, "day", "future" if d and p and d > p else "past"
    if p is None:
        return None, "day", "future" if c.future else "past"
    d = _safe_date(p.year, month, day)
    if d and (d < p if c.future else d > p):
        d = _safe_date(p.year + (1 if c.future else -1), month, day)
    return d, "day", "future" if c.future else "past"


def _ordinal_day(m: re.Match, c: _Context) -> Resolution:
    """A bare day of the month ("on the 16th"): this month's, or last month's if still to come."""
    p, day = c.published, int(m["d"])
    d = _safe_date(p.year, p.month, day) if p else None
    if p and (d is None or d > p):
        prior = _month_shift(p, -1, 1)
        d = _safe_date(prior.year, prior.month, day)
    return d, "day", "past"


def _slash(m: re.Match, c: _Context) -> Resolution | None:
    import dateparser  # imported only here: slow to load, and only numeric dates need it

    base = datetime.combine(c.published or date(2000, 1, 1), datetime.min.time())
    parsed = dateparser.parse(m[0], languages=["en"], settings={"RELATIVE_BASE": base})
    return (parsed.date(), "day", "past") if parsed else None


def _month(m: re.Match, c: _Context) -> Resolution:
    pre, p, month = (m["pre"] or "").lower(), c.published, _month_number(m["mon"])
    day = 25 if "late" in pre or "end" in pre else 5 if "early" in pre or "start" in pre else 15
    future = c.future or "next" in pre
    if m["y"]:
        d = date(int(m["y"]), month, day)
        return d, "month", "future" if p and d > p.replace(day=28) else "past"
    if p is None:
        return None, "month", "future" if future else "past"
    if future:
        year = p.year + (month < p.month or ("next" in pre and month == p.month))
    else:
        year = p.year - (month > p.month or ("last" in pre and month == p.month))
    d = date(year, month, day)
    return (d if future else min(d, p)), "month", "future" if future else "past"


def _year(m: re.Match, c: _Context) -> Resolution | None:
    if not (m["pre"] or m["the"] or m["suffix"]):
        return None  # a bare four-digit number is more often a count than a year
    year, p, suffix = int(m["y"]), c.published, m["suffix"] or ""
    end = suffix[1:]
    if end and (int(end) <= year if len(end) == 4 else int(end) <= year % 100):
        return None  # "2024-01" starts an ISO date, not a span of years ("1998-2000", "2014-15")
    if p and year > p.year:
        return date(year, 7, 1), "year", "future"
    d = date(year, 7, 1)
    return (min(d, p) if p else d), "year", "past"


# Each pattern with its handler; where matches overlap the earliest, then the longest, wins.
PATTERNS: tuple[tuple[str, Handler], ...] = (
    (r"\b(?P<iso>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", _calendar),
    (r"\b(?:on\s+)?" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4})\b)?(?P<iso>)", _calendar),
    (r"\b(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON
     + r"(?:,?\s+(?P<y>\d{4})\b)?(?P<iso>)", _calendar),
    (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", _slash),
    (r"\bon\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;]|$|(?:and|when|after|before|as)\b))",
     _ordinal_day),
    (r"\b(?P<pre>(?:(?:in|during|since|until|through|last|this|next|early|late|mid|(?:the\s+)?"
     r"(?:end|start|beginning)\s+of)[\s-]+)+)" + _MON + r"(?:,?\s+(?P<y>\d{4})\b)?", _month),
    (r"(?P<pre>)\b" + _MON + r",?\s+(?P<y>\d{4})\b", _month),
    # a year after a determiner or a possessive qualifies a noun ("the 2019 election", "Lima's 2011 decision")
    ((r"\b(?:(?P<pre>in|since|during|until|by|from|before|after)\s+)?(?P<the>(?:the|its|his|her|their|'s)\s+)?"
     r"(?:(?:early|late|mid)[\s-]+)?(?P<y>1[89]\d\d|20\d\d)(?:(?P<suffix>s|[–-](?:\d{4}|\d\d))\b|\b)"), _year),
    # ("overnight on Sunday": the night is the weekday's, not last night)
    (r"\b(?:(?:late|early|overnight)\s+)?(?:(?P<mod>on|last|next|this|by|until|since)\s+)?" + _WD
     + r"(?:\s+(?:morning|afternoon|evening|night))?\b", _weekday),
    (r"\b(?:" + "|".join(k.replace(" ", r"\s+") for k in sorted(PHRASES, key=len, reverse=True)) + r")\b",
     _phrase),
    ((r"\b(?:in|over|during)\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)\b"
     r"|\bwithin\s+(?:the\s+next\s+)?(?:a\s+few\s+|\w+\s+)?(?:hours|days|weeks|months)\b"), _vague_future),
    (r"\b(?:a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
     r"(?:day|week|month|year)s?\s+ago\b", _ago),
    ((r"\b(?P<n>a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
     r"(?:hour|minute|day|week|month|year)s?\s+(?:later|after(?:wards)?|earlier|before)\b"
     r"|\b(?:hours|minutes)\s+(?:later|after|earlier|before)\b"
     r"|\b(?P<some>days|weeks|months)\s+(?:later|after(?:wards)?|earlier|before)\b"
     r"|\bthe\s+(?:next|following|previous|preceding)\s+"
     r"(?:day|morning|evening|night|week|month)\b|\bthe\s+day\s+(?:before|after)\b"
     r"|\blater\s+that\s+(?:day|night|evening)\b|\bthe\s+same\s+day\b"
     # "By morning, the rebels had surrendered": the morning after the night the story has reached
     r"|\bby\s+(?:the\s+next\s+)?(?:morning|dawn|daybreak)\b"), _anchor),
)


@cache
def _rules() -> tuple[tuple[re.Pattern, Handler], ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), handler) for pattern, handler in PATTERNS)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    lo = max((b.end() for b in _BOUNDARY.finditer(sentence, 0, start)), default=0)
    hi = next((b.start() for b in _BOUNDARY.finditer(sentence, end)), len(sentence))
    return lo, hi


def _deadline(sentence: str, lo: int, start: int, end: int) -> bool:
    """Whether the date at ``start`` is a deadline given (see ``_DEADLINE``); the date's own
    "until" ("until Friday") counts with the words before it."""
    until = re.match(r"until\s+", sentence[start:end], re.IGNORECASE)
    return bool(_DEADLINE.search(sentence[lo:start] + (until[0] if until else "")))


def _is_future(sentence: str, start: int, end: int) -> bool:
    """Future if a future marker precedes the date in its clause ("will meet on Monday") or
    follows a date that opens it ("On Monday, they will meet"); a date right after a
    reporting verb dates the statement ("said on Thursday it will retaliate")."""
    lo, hi = _clause(sentence, start, end)
    if _deadline(sentence, lo, start, end):
        return True
    if _SAID_BEFORE.search(sentence, 0, start):
        return False
    if _TO_DO.search(sentence, lo, start):
        return True
    markers = list(_FUTURE.finditer(sentence, lo, start))
    if markers:  # "will ... said on Sunday ... who seized power in July": a past verb in between wins
        return not _PAST_VERB.search(sentence, markers[-1].end(), start)
    after = _FUTURE.search(sentence, end, hi)  # "On Wednesday, the army said it would ...": the saying's day
    return not sentence[lo:start].strip(" ,") and bool(after) and not _PAST_VERB.search(sentence, end, after.start())


_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|twice|already|also|just|once|not|never|long)\s+)?(?:been\s+)?"
                         r"(?:\w+(?:ed|en|wn|ght|ne|ld|id|nt|de)|put|set|cut|hit|shut|met|led|let|quit|spread"
                         r"|struck|fled|won|begun|run|come|become|kept|left|lost|paid|sold)\b", re.IGNORECASE)


def pluperfect(sentence: str, offset: int) -> bool:
    """Whether the clause holding ``offset`` is in the past perfect before it ("Washington had
    urged restraint on Tuesday"): a flashback, which dates itself but not the sentences after it."""
    lo, _ = _clause(sentence, offset, offset)
    return bool(_PLUPERFECT.search(sentence, lo, offset))


def sequenced(sentence: str, offset: int) -> bool:
    """Whether the event at ``offset`` is told as a step of an earlier story: in the past perfect
    ("Indian soldiers had twice crossed the line and attacked"), or placed after another event
    in its clause ("sent a message of reconciliation after retaliating")."""
    _, hi = _clause(sentence, offset, offset)
    return pluperfect(sentence, offset) or bool(_AFTER.search(sentence, offset, hi))


def find_dates(sentence: str, published: date | None, previous: date | None = None) -> list[DateMention]:
    """Every date expression in ``sentence``, resolved, in order; overlaps keep the longest.
    A period after "the second time" counts occurrences ("... this week") and is skipped."""
    matches = sorted(((m, h) for pattern, h in _rules() for m in pattern.finditer(sentence)),
                     key=lambda mh: (mh[0].start(), -mh[0].end()))
    mentions: list[DateMention] = []
    for m, handler in matches:
        if mentions and m.start() < mentions[-1].end or _COUNTED.search(sentence, 0, m.start()):
            continue
        context = _Context(published, previous, _is_future(sentence, m.start(), m.end()))
        resolved = handler(m, context)
        if resolved is not None:
            mentions.append(DateMention(m[0], m.start(), m.end(), *resolved))
    return mentions


def dating(mention: DateMention) -> bool:
    """Whether a resolved mention can date an event (a future one dates a promise, not the event)."""
    return mention.date is not None and mention.relation != "future"


def _asides(sentence: str) -> list[tuple[int, int]]:
    """Spans of relative clauses set off by commas ("Vucic, who put the army on alert on
    Friday, blamed Kurti"): their dates belong to the clause, not to the sentence's events."""
    return [m.span() for m in _ASIDE.finditer(sentence)]


def in_aside(sentence: str, offset: int) -> bool:
    """Whether ``offset`` lies in a relative clause set off by commas (see ``_asides``)."""
    return any(lo <= offset < hi for lo, hi in _asides(sentence))


def _before_after(found: list[DateMention], sentence: str, anchor: int) -> list[DateMention]:
    """The days of a main clause that an "after" clause holding the trigger follows ("protested
    on Sunday after a jet shot down the balloon"): the trigger's event came before them, so
    they do not date it. A month or a year still holds it ("applied in May 2022 after Russia
    invaded"), and "after midnight" is a time of day."""
    spans = [(m.start, m.end) for m in found]
    return [m for m in found if dating(m) and m.precision == "day" and m.end <= anchor
            and any(not any(lo <= a.start() < hi for lo, hi in spans)
                    for a in _AFTER.finditer(sentence, m.end, anchor))]


def bound_after(sentence: str, published: date | None, anchor: int, previous: date | None = None) -> date | None:
    """The latest day the trigger's event must precede (see ``_before_after``), if any."""
    earlier = _before_after(find_dates(sentence, published, previous), sentence, anchor)
    return max((m.date for m in earlier if m.date), default=None)


def _distance(mention: DateMention, sentence: str, anchor: int) -> tuple[bool, int]:
    lo, hi = _clause(sentence, anchor, anchor)
    other_clause = not (lo <= mention.start <= hi)
    return other_clause, max(mention.start - anchor, anchor - mention.end, 0)


# "the 2019 election", "Lima's 2011 decision": a date that qualifies a noun dates what the noun phrase
# tells ("the 2011 decision to cut ties"), not the verb before it ("condemned the 2011 decision")
_ATTRIBUTIVE = re.compile(r"(?:the|its|his|her|their|'s)\s+\d{4}\b", re.IGNORECASE)
# "hunted for the masterminds of Wednesday's assassination": a possessive day dates its noun alone
_POSSESSIVE = re.compile(r"['’]s\b")


def _attributive(m: DateMention, sentence: str, anchor: int) -> bool:
    """Whether a mention qualifies a noun rather than a verb: a year after a determiner (``_ATTRIBUTIVE``),
    or a possessive day (``_POSSESSIVE``) in a clause other than the trigger's, which it cannot reach
    (within its clause it still places what the act is about: "alleged fraud in November's vote")."""
    if _ATTRIBUTIVE.match(m.text):
        return True
    lo, hi = _clause(sentence, m.start, m.end)
    return bool(_POSSESSIVE.match(sentence, m.end)) and not lo <= anchor <= hi


def _flashback(m: DateMention, sentence: str, anchor: int) -> bool:
    """"Biden had urged Trudeau on Friday ..., and Washington welcomed the reopening": a date in a
    past perfect clause dates that flashback, not an event told in another clause in the simple past."""
    lo, hi = _clause(sentence, m.start, m.end)
    return not lo <= anchor <= hi and pluperfect(sentence, m.start) and not pluperfect(sentence, anchor)


def resolve(sentence: str, published: date | None, anchor: int | None = None,
            previous: date | None = None) -> tuple[date | None, str]:
    """(date, precision) of the event whose trigger is at ``anchor``: the nearest resolved
    past/present/anchor mention, preferring the trigger's clause; never after publication.
    Future mentions date a promise, not the event, so they fall back to publication."""
    if published is None:
        return None, "publication"
    found = find_dates(sentence, published, previous)
    usable = [m for m in found if dating(m)]
    if anchor is not None:
        asides = [(lo, hi) for lo, hi in _asides(sentence) if not lo <= anchor < hi]
        usable = [m for m in usable if not any(lo <= m.start < hi for lo, hi in asides)]
        earlier = _before_after(found, sentence, anchor)
        usable = [m for m in usable if m not in earlier and not (m.start > anchor and _attributive(m, sentence, anchor))
                  and not _flashback(m, sentence, anchor)]
    # "protesting against this week's election for a third day on Friday": a possessive day names a
    # thing's date; a day told plainly, when there is one, dates the act
    plain = [m for m in usable if not _POSSESSIVE.match(sentence, m.end)]
    usable = plain or usable
    if not usable:
        return published, "publication"
    chosen = usable[0] if anchor is None else min(usable, key=lambda m: _distance(m, sentence, anchor))
    return min(chosen.date, published), chosen.precision


# ---------------------------------------------------------------- "a day after X"

_OPENER = re.compile(r"^\W*(?:\w+\W+){0,2}$")   # at most two words ("But", "Just", "Only") before an anchor
_COMMA = re.compile(",")


@dataclass(frozen=True)
class Anchored:
    """A clause introduced by "<time> after" ("..., a day after Minsk forced a jet down"): what it
    tells happened that long before its main clause. ``lo``-``hi`` is the clause; ``own`` is the
    day it gives itself ("hours after X fired late on Sunday"); ``main`` is its main clause's date."""

    mention: DateMention
    lo: int
    hi: int
    own: date | None
    main: date | None


def _dated(m: DateMention) -> bool:
    return bool(m.date) and m.relation in ("past", "present") and m.precision != "year"


def anchored_clauses(sentence: str, found: list[DateMention]) -> list[Anchored]:
    """The "<time> after" clauses of a sentence. One that opens the sentence ("A day after X, Y
    did Z"; "On Monday, hours after X, ...") runs to the next comma and its main clause follows;
    elsewhere it runs to the next clause boundary and its main clause comes before it."""
    out = []
    for a in (m for m in found if m.relation == "anchor" and re.search(r"\bafter$", m.text, re.IGNORECASE)):
        prefix = sentence[:a.start]
        for m in found:  # "On Monday, a day after ...": a date before the anchor does not stop it opening
            if m.end <= a.start:
                prefix = prefix[:m.start] + " " * (m.end - m.start) + prefix[m.end:]
        opening = bool(_OPENER.match(prefix.replace(",", " ")))
        stop = _COMMA if opening else _BOUNDARY
        hi = next((b.start() for b in stop.finditer(sentence, a.end)), len(sentence))
        if not re.search(r"\w", sentence[a.end:hi]):
            continue  # "Iran retaliated the day after.": an adverb, no clause
        inside = [m for m in found if a.end <= m.start < hi and _dated(m) and m.precision == "day"]
        main = [m for m in found if _dated(m) and m not in inside
                and (m.end <= a.start or (opening and m.start >= hi))]
        main_day = (main[0] if opening else main[-1]).date if main else None
        out.append(Anchored(a, a.end, hi, inside[0].date if inside else None, main_day))
    return out
