"""Cross-article fusion: which events of different articles report one happening.

Within an article ``events.fusion`` has already merged repeated mentions; here the events
of different articles are linked to one canonical event, so that ten outlets reporting a
strike count as one strike seen by ten sources (GDELT's NumMentions, NumArticles,
NumSources) and not as ten strikes.

Two reports are the same happening (``same_happening``) when they come from different
articles and have the same PLOVER type, the same set of actor codes and the same set of
recipient codes (a reciprocal event: the same set of parties, whoever is named first),
dates at most ``DATE_TOLERANCE_DAYS`` apart and compatible places (same country, or
either unknown).  An undated event, or one without any coded party, never links.

Linking is greedy and complete: reports are taken in ``order`` (date, located before
unlocated, country, event id); each joins the first open canonical event whose every
member it is the same happening as, else it opens a new one.  Hence

* a canonical event's id is the event id of its first report (stable when the same corpus
  is saved again, in any order, or re-coded with the same event ids);
* the partition depends on the set of reports only, never on the order of saving;
* a canonical event spans at most ``DATE_TOLERANCE_DAYS``: daily strikes on one dyad do
  not chain into a single month-long event (they fuse at most pairwise, day by day).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from urllib.parse import urlsplit

from ..models import Event

# Reports one day apart are one happening: time zones, "yesterday", late publication.
DATE_TOLERANCE_DAYS = 1


@dataclass(frozen=True)
class Report:
    """One stored event as fusion sees it; ``key`` is None when it never links."""

    event_id: str
    article_id: str
    key: str | None
    date: date | None
    country: str | None = None


@dataclass(frozen=True)
class Link:
    """A report and the canonical event it belongs to (None: not linked yet)."""

    report: Report
    canonical_id: str | None


def happening_key(event: str, actors: Iterable[str], recipients: Iterable[str]) -> str:
    """Type, actor codes and recipient codes as one string; the code sets are sorted."""
    return ";".join([event, "|".join(sorted(set(actors))), "|".join(sorted(set(recipients)))])


def key_codes(key: str) -> tuple[str, str]:
    """The '|'-joined actor codes and recipient codes of a happening key."""
    _, actors, recipients = key.split(";")
    return actors, recipients


def report(event_id: str, article_id: str, event: str, when: date | None, actors: Iterable[str],
           recipients: Iterable[str], country: str | None) -> Report:
    """A report from an event's parts (codes of its actors and recipients, its place's country)."""
    actors, recipients = set(actors), set(recipients)
    linkable = when is not None and bool(actors or recipients)
    key = happening_key(event, actors, recipients) if linkable else None
    return Report(event_id, article_id, key, when, country)


def report_of(e: Event) -> Report:
    """The report of a coded event."""
    return report(e.id, e.article_id, e.event, e.date, (x.code for x in e.actor if x.code),
                  (x.code for x in e.recipient if x.code), e.location.country if e.location else None)


def compatible_places(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def same_happening(a: Report, b: Report) -> bool:
    """Whether two reports of different articles describe one happening (see the module)."""
    if a.key is None or a.key != b.key or a.article_id == b.article_id or a.date is None or b.date is None:
        return False
    return abs((a.date - b.date).days) <= DATE_TOLERANCE_DAYS and compatible_places(a.country, b.country)


def source_of(source: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its source, else the URL's host, else the article id."""
    if source and source.strip():
        return source.strip()
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else article_id


def _date(r: Report) -> date:
    return r.date or date.max   # only dated reports are linked: a report with a key is dated


def order(r: Report) -> tuple[date, bool, str, str]:
    """The order reports are linked in: by date, located first, then by country and id."""
    return (_date(r), r.country is None, r.country or "", r.event_id)


# ---- linking ---------------------------------------------------------------------------

@dataclass
class _Open:
    """A canonical event still taking members: its id, first date and members so far."""

    id: str
    start: date
    members: list[Report] = field(default_factory=list)

    def admits(self, r: Report) -> bool:
        return all(same_happening(r, m) for m in self.members)


def relink(carried: Iterable[Link], days: Iterable[tuple[date, Sequence[Link]]],
           changed_until: date) -> Iterator[tuple[Link, str]]:
    """Link the reports of one key day by day; yield (stored link, new id) where they differ.

    ``carried`` holds the stored links of the ``2 * DATE_TOLERANCE_DAYS`` days before the
    first changed day (their canonical events may still be open); ``days`` the stored links
    from the first changed day on as (date, links of that date), ascending.  Stops more
    than ``DATE_TOLERANCE_DAYS`` past both ``changed_until`` and the last day whose links
    changed: no canonical event open then has a changed member, so the rest links as stored.
    """
    opened = _reopen(carried)
    last_changed = changed_until
    for when, day in days:
        if (when - last_changed).days > DATE_TOLERANCE_DAYS:
            return
        opened = [c for c in opened if (when - c.start).days <= DATE_TOLERANCE_DAYS]
        for link in sorted(day, key=lambda x: order(x.report)):
            canonical_id = _join(link.report, when, opened)
            if canonical_id != link.canonical_id:
                last_changed = max(last_changed, when)
                yield link, canonical_id


def cluster(reports: Iterable[Report]) -> dict[str, str]:
    """Every report's canonical id, from scratch; an unlinkable report is its own."""
    out, linkable = {}, []
    for r in reports:
        out[r.event_id] = r.event_id
        if r.key is not None:
            linkable.append(r)
    linkable.sort(key=lambda r: (r.key, order(r)))
    for _, same_key in groupby(linkable, key=lambda r: r.key):
        by_day = [(when, [Link(r, None) for r in day]) for when, day in groupby(same_key, key=_date)]
        out.update((link.report.event_id, new) for link, new in relink([], by_day, by_day[-1][0]))
    return out


def _join(r: Report, when: date, opened: list[_Open]) -> str:
    for canonical in opened:
        if canonical.admits(r):
            canonical.members.append(r)
            return canonical.id
    opened.append(_Open(r.event_id, when, [r]))
    return r.event_id


def _reopen(carried: Iterable[Link]) -> list[_Open]:
    """The canonical events of the carried links, in the order they were opened."""
    members: dict[str, list[Report]] = {}
    for link in carried:
        if link.canonical_id is not None:
            members.setdefault(link.canonical_id, []).append(link.report)
    opened = []
    for canonical_id, reports in members.items():
        reports.sort(key=order)
        opened.append(_Open(canonical_id, _date(reports[0]), reports))
    return sorted(opened, key=lambda c: order(c.members[0]))
