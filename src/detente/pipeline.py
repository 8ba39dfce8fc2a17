"""The coder's stages, in order, one line each.

    sentences  nlp.split_sentences          every sentence of the title and text
    select     lexicon.stems_pattern        only sentences that can hold an event are parsed
    parse      nlp.parse                    spaCy, batched across articles, loaded once
    actors     actors.mentions + resolve    table phrases → entities; article memory (coreference)
    events     events.extract               triggers → roles → modality
    dates      dates.resolve                per-sentence date against publication; drop background
    places     places.find_places           gazetteer place nearest the trigger
    fuse       events.fusion                repeated mentions → one event
    calibrate  events.confidence            the coder's cues + date, headline, mentions → fitted probability
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc

from . import __version__, dates, nlp, ontology
from .actors.context import ArticleContext
from .actors.mentions import finder
from .actors.resolve import Resolver, article_states, remember_mentions, scene_of
from .actors.tables import load_tables
from .events import confidence
from .events.extract import Candidate, sentence_events
from .events.fusion import fuse
from .events.lexicon import lexicon, stems_pattern
from .models import Article, Event, Evidence, Place
from .places import find_places

log = logging.getLogger("detente.trace")

# Events dated this long before publication are background, not news (PLOVER practice).
BACKGROUND_DAYS = 40
BATCH = 32
# How old the latest event may be and still count as the story's present for "a day after".
STORY_NOW_DAYS = 2
# How far (characters) a bare year may be from a trigger and still date it.
YEAR_REACH = 60


@dataclass(frozen=True)
class Coded:
    article: Article
    events: tuple[Event, ...]
    warnings: tuple[str, ...]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)  # event id → its confidence cues


def coder_version() -> str:
    return f"detente {__version__} ({lexicon().version}; {load_tables().version})"


def code_articles(articles: Iterable[Article], n_process: int = 1) -> Iterator[Coded]:
    """Code articles in batches; yields one ``Coded`` per article, in input order."""
    it = iter(articles)
    while batch := list(islice(it, BATCH)):
        yield from _code_batch(batch, n_process)


def code_article(article: Article) -> Coded:
    return next(code_articles([article]))


# "KYIV/MOSCOW, Feb 25 - " and "BEIJING (Reuters) -": place names that are not actors.
DATELINE = re.compile(r"^[A-Z][A-Z .'/-]{2,60}(?:,\s*[A-Z][A-Za-z .'-]{2,30}(?=,))?"
                      r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?|\s*\([^)]{1,40}\))\s*[-–—]+\s+")


def strip_dateline(text: str) -> str:
    return DATELINE.sub("", text.lstrip(), count=1)


def _dateline(text: str) -> str:
    """The dateline the article opens with ("" when none): the places it was filed from."""
    found = DATELINE.match(text.lstrip())
    return found.group(0) if found is not None else ""


def _body(article: Article) -> str:
    text = strip_dateline(article.text)
    return f"{article.title}\n\n{text}" if article.title else text


def _code_batch(batch: list[Article], n_process: int) -> Iterator[Coded]:
    stems = stems_pattern()
    split = [nlp.split_sentences(_body(a)) for a in batch]
    wanted = [(ai, s.index, s.text) for ai, sents in enumerate(split) for s in sents if stems.search(s.text)]
    docs = nlp.parse((text for _, _, text in wanted), n_process=n_process)
    parsed: dict[tuple[int, int], Doc] = {(ai, si): doc for (ai, si, _), doc in zip(wanted, docs, strict=False)}
    for ai, article in enumerate(batch):
        yield _code_one(article, split[ai], {si: d for (aj, si), d in parsed.items() if aj == ai})


def _code_one(article: Article, sentences: list[nlp.Sentence], parsed: dict[int, Doc]) -> Coded:
    warnings = []
    if article.published is None:
        warnings.append(f"{article.origin or article.id}: no publication date; events are dated null "
                        "(give 'published' or --published YYYY-MM-DD)")
    ctx, previous, raw, cues = ArticleContext(), [], [], {}
    timeline = Timeline(article.published)
    timeline.sign_posts(sentences)
    make_doc = nlp.model().make_doc
    lex, coder = lexicon(), coder_version()
    docs = [parsed.get(sent.index) or make_doc(sent.text) for sent in sentences]
    found = [finder().find(doc, article.published) for doc in docs]
    ctx.named, ctx.home = article_states(found, bool(article.title), _dateline(article.text), docs)
    ctx.has_title = bool(article.title)
    for sent, doc, mentions in zip(sentences, docs, found, strict=True):
        ctx.set_scene(sent.paragraph, scene_of(doc, mentions, ctx))
        remember_mentions(ctx, sent.index, mentions, doc)
        if sent.index in parsed:
            resolver = Resolver(doc, mentions, ctx, sent.index, article.published)
            headline = bool(article.title) and sent.paragraph == 0
            verbless = headline and not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)
            if verbless:  # "China halts climate talks ...": a headline the parser read as a noun phrase
                log.debug("headline %r: no verb at its root, not parsed well enough to code", sent.text)
            for cand in () if verbless else sentence_events(doc, resolver, lex, previous):
                when, precision = timeline.date(sent, cand, headline)
                if _background(when, precision, article.published):
                    log.debug("%r %s: background (%s, %s)", cand.trigger, cand.event, when, precision)
                    continue
                timeline.record(cand, when, precision, sent.text)
                raw.append(_event(article, sent, cand, when, precision, coder))
                cues[raw[-1].id] = cand.cues
            resolver.note_speaker()
        timeline.read(sent)
    events = fuse(_drop_title_repeats(raw, bool(article.title)))
    events, used = _calibrate(events, cues, bool(article.title))
    return Coded(article, tuple(events), tuple(warnings), used)


def _calibrate(events: list[Event], cues: dict[str, tuple[str, ...]],
               has_title: bool) -> tuple[list[Event], dict[str, tuple[str, ...]]]:
    """Each event's confidence from its candidate's cues and what the article adds (date
    precision, headline or lead, mentions after fusion); also returns the cues used."""
    out, used = [], {}
    for e in events:
        used[e.id] = cues.get(e.id, ()) + confidence.article_cues(
            e.date_precision, e.evidence.sentence_index, has_title, e.mentions)
        out.append(replace(e, confidence=confidence.probability(used[e.id])))
    return out, used


@dataclass
class Timeline:
    """The article's sense of time while it is read: the last date a paragraph set, and when
    each actor last acted. A sentence without date words happens when its paragraph says,
    else when its actor last acted, else on the lead's day if the article is the next
    morning's, else on the publication date."""

    published: date | None
    last: date | None = None
    narrative: tuple[int, date, str] | None = None       # (paragraph, date, precision)
    by_actor: dict[str, tuple[date, str]] = field(default_factory=dict)
    posted: dict[int, tuple[date, str]] = field(default_factory=dict)   # paragraph → date of its post
    story: date | None = None     # the lead's day, when it is the day before publication (or that day)
    headline: Candidate | None = None   # the headline's last event: it restates the story, it is no step in it
    sentence: int | None = None   # the sentence being dated,
    opening: date | None = None   # ``last`` as it began,
    cue: date | None = None       # the last day the text gave before this sentence (see ``_told``)
    here: list[tuple[int, date]] = field(default_factory=list)   # and its events so far: (trigger start, date)
    inferred: set[int] = field(default_factory=set)   # trigger starts of its events its words do not date
    told: list[date] = field(default_factory=list)    # the dates its words gave its recorded events

    def sign_posts(self, sentences: list[nlp.Sentence]) -> None:
        """Dates read ahead of the story. An embedded social-media post ends with a signature
        line ("— Embassy of Iran (@handle) January 19, 2024"): its date is the date of the
        paragraph above it. The lead ("X said on Thursday ...") gives the story's day."""
        for sent in sentences:
            if sent.text[:2] in ("— ", "– ", "- ") and sent.paragraph > 0:
                said = [m for m in dates.find_dates(sent.text, self.published) if m.date and m.precision == "day"]
                if said:
                    self.posted[sent.paragraph - 1] = (said[-1].date, said[-1].precision)
        lead = next((said[0] for sent in sentences if sent.paragraph <= 1  # a flashback gives no story day
                     for said in [[m for m in self._said(sent.text) if not dates.pluperfect(sent.text, m.start)]]
                     if said), None)
        self.story = self._story_day(lead)

    def _story_day(self, lead: dates.DateMention | None) -> date | None:
        """The lead's day, if the article was published on it or the next day: the story's
        news happened on it, its undated statements and its headline too."""
        if lead is None or lead.precision != "day" or self.published is None:
            return None
        return lead.date if timedelta(0) <= self.published - lead.date < timedelta(days=STORY_NOW_DAYS) else None

    def _said(self, text: str) -> list[dates.DateMention]:
        # years are asides ("annexed in 2014"), not the frame of the paragraph; nor is the start of a
        # state that goes on ("have deteriorated since January 2024")
        return [m for m in _mentions(text, self.published, self.last)
                if dates.dating(m) and m.precision != "year" and not _since(text, m)]

    def read(self, sent: nlp.Sentence) -> None:
        said = self._said(sent.text)
        self.cue = self._told(sent, said)
        if said and not dates.pluperfect(sent.text, said[0].start):
            self.narrative = (sent.paragraph, self._in_frame(sent, said[0].date, said[0].precision),
                              said[0].precision)

    def _told(self, sent: nlp.Sentence, said: list[dates.DateMention]) -> date | None:
        """The last day the reader has been given once ``sent`` is read, which an anchor in a later
        sentence ("Hours later, ...", "A day earlier, ...") counts from: the date its words gave
        its last recorded event, else the last day it names ("The two sides met on Sunday."),
        else the day given before it. A sentence that names no day, or whose events are dated
        only by inference (a paragraph's, an actor's last, publication), leaves it as it was."""
        told = self.told if self.sentence == sent.index else []
        days = [m.date for m in said if m.precision == "day"]
        return told[-1] if told else days[-1] if days else self.cue

    def _in_frame(self, sent: nlp.Sentence, day: date, precision: str) -> date:
        """"They exchanged strikes last week. Iran hit Panjgur on Tuesday": within a paragraph
        set in last week, a weekday that resolves to this week means last week's."""
        frame = self.narrative
        if (frame and frame[0] == sent.paragraph and frame[2] == "week" and precision == "day"
                and self.published and frame[1] <= self.published - timedelta(days=5)
                and day > frame[1] + timedelta(days=3)):
            return day - timedelta(days=7)
        return day

    def date(self, sent: nlp.Sentence, cand: Candidate, headline: bool) -> tuple[date | None, str]:
        if headline:  # a headline tells the lead's news
            self.headline = cand
            return (self.story, "day") if self.story and self.story < self.published else \
                (self.published, "publication")
        previous = self._previous(sent, cand)
        when, precision = _date(sent, cand, self.published, previous)
        if precision != "publication" or when is None:
            return self._in_frame(sent, when, precision) if when else when, precision
        self.inferred.add(cand.start)
        undated, how = self._undated(sent, cand, when, precision)
        bound = dates.bound_after(sent.text, self.published, cand.start, previous)
        # "taken prisoner on Wednesday after his jet was shot down": not later than Wednesday
        return (bound, "day") if bound and undated and undated > bound else (undated, how)

    def _previous(self, sent: nlp.Sentence, cand: Candidate) -> date | None:
        """The event an anchor phrase counts from: the last one before the anchor that governs
        ``cand`` ("Iran struck on Tuesday and a day later Pakistan ..."), else the last one before
        the sentence; never another event of the anchored clause ("a day after Thailand recalled
        its envoy and said it would expel ..." counts both from the same day)."""
        if sent.index != self.sentence:
            self.sentence, self.opening, self.here = sent.index, self.cue or self.last, []
            self.inferred, self.told = set(), []
        anchors = [m.start for m in _mentions(sent.text, self.published, self.opening)
                   if m.relation == "anchor" and m.start < cand.start]
        until = anchors[-1] if anchors else cand.start
        return next((d for start, d in reversed(self.here) if start < until), self.opening)

    def _undated(self, sent: nlp.Sentence, cand: Candidate, when: date, precision: str) -> tuple[date, str]:
        """The date of an event its sentence does not date: its paragraph's, its post's, its
        actor's last, the story's latest or the lead's day, else publication."""
        if self.narrative and self.narrative[0] == sent.paragraph:
            return min(self.narrative[1], when), self.narrative[2]
        if sent.paragraph in self.posted:
            return self.posted[sent.paragraph]
        for code in (e.code for e in cand.actor if e.code):
            # an actor's last date, unless the story has moved on since ("dismissed the accusations")
            # or it was a past frame ("clashed last week"), background to today's news
            if (code in self.by_actor and not self._past_frame(*self.by_actor[code])
                    and not self._before_story(self.by_actor[code][0], sent, cand)
                    and (self.last is None or self.by_actor[code][0] >= self.last)):
                return self.by_actor[code]
        if self.last and when and not self._before_story(self.last, sent, cand) \
                and timedelta(0) < when - self.last <= timedelta(days=STORY_NOW_DAYS - 1):
            return self.last, "day"  # reactions reported the next morning happened on the story's day
        if self.story and when and self.story < when:
            return self.story, "day"  # the lead's day: what the article reports happened on it
        return when, precision

    def _before_story(self, day: date, sent: nlp.Sentence, cand: Candidate) -> bool:
        """Whether ``day`` comes before the lead's day, for an event told as news. The lead tells
        the news ("Somalia cut ties on Tuesday"); what the article tells without a date after it
        (a reaction, a denial) is of the story's day at the earliest, so an earlier date (an
        actor's, the story's latest: a flashback to Monday's talks) does not carry over to it.
        A step of the earlier story ("had attacked", "sent a message after retaliating") and a
        date its own sentence gave ("Macron, who visited on Thursday, promised") still do."""
        return bool(self.story and day < self.story and not dates.sequenced(sent.text, cand.start)
                    and all(d != day for _, d in self.here))

    def _past_frame(self, day: date, precision: str) -> bool:
        """A date that only frames an earlier period: last week, a month, a year."""
        if precision == "week":
            return bool(self.published and day <= self.published - timedelta(days=5))
        return precision in ("month", "year")

    def record(self, cand: Candidate, when: date | None, precision: str, sentence: str = "") -> None:
        """Remember an event's date as the story's latest and its actors' last. An event told in an
        aside ("X, who put the army on alert on Friday, blamed Y") is background to its sentence,
        not a step of the story, so the sentence's other events do not take its date; a visit is
        the exception, since it frames what the visitor says ("X, who visited Y on Monday, promised")."""
        if when is None or cand is self.headline or (dates.in_aside(sentence, cand.start)
                                                     and cand.event != "CONSULT"):
            return
        self.last = when
        self.here.append((cand.start, when))
        if cand.start not in self.inferred:
            self.told.append(when)
        if "actor:place" in cand.cues or dates.pluperfect(sentence, cand.end):
            # a flashback ("had urged on Friday") is not what its actor did last in the story
            return  # an actor only implied by the place ("dozens were arrested in Dakar") did nothing it says
        for code in (e.code for e in cand.actor if e.code):
            self.by_actor[code] = (when, precision)


def _since(text: str, mention: dates.DateMention) -> bool:
    """Whether a date is the start of a span that lasts until now ("since January 2024")."""
    return text[max(0, mention.start - 6):mention.start].lower().rstrip().endswith("since") \
        or mention.text.lower().startswith("since")


@lru_cache(maxsize=64)
def _mentions(text: str, published: date | None, last: date | None) -> tuple[dates.DateMention, ...]:
    """The date expressions of a sentence; several stages ask for them for each of its events."""
    return tuple(dates.find_dates(text, published, last))


def _date(sent: nlp.Sentence, cand: Candidate, published: date | None,
          last: date | None) -> tuple[date | None, str]:
    text = sent.text
    found = _mentions(text, published, last)
    clauses = dates.anchored_clauses(text, list(found))
    within = [c for c in clauses if c.lo <= cand.start < c.hi]
    if within:
        return _anchored(within[-1], published, last), "day"
    # "ratified X, nearly a month after Y": "after Y" dates Y, not what comes before it; nor does
    # "hours before the raid" date what comes before it
    before = [(m.start, m.end) for m in found if m.relation == "anchor" and m.start > cand.end
              and m.text.lower().endswith("before")]
    hidden = [(c.mention.start, c.hi) for c in clauses] + list(cand.foreign) + before
    for m in found:
        if any(lo <= m.start < hi for lo, hi in hidden):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    when, precision = _resolve(text, cand, published, last)
    if precision == "publication":  # a main clause without a date of its own
        for c in clauses:
            # "recalled its envoy, a day after Iran struck on Tuesday"; "A day after the strike, X ..."
            day = dates.shift(c.own, c.mention.text) if c.own else c.mention.date if c.hi <= cand.start else None
            if day:
                return min(day, published or day), "day"
    return when, precision


def _anchored(clause: dates.Anchored, published: date | None, last: date | None) -> date | None:
    """The date of an event told in a "<time> after" clause: its own day if it gives one, else
    its main clause's date moved back ("agreed on Monday ..., a day after Minsk forced a jet
    down": Sunday); a main clause without a date happens at the story's latest event if that
    is recent ("The launch came a day after ..."), else on the day of publication."""
    if clause.own:
        return min(clause.own, published) if published else clause.own
    recent = last if last and (published is None or (published - last).days <= STORY_NOW_DAYS) else published
    base = clause.main or recent
    return dates.shift(base, clause.mention.text, -1) if base else None


def _resolve(text: str, cand: Candidate, published: date | None, last: date | None) -> tuple[date | None, str]:
    when, precision = dates.resolve(text, published, cand.start, last)
    if precision != "year":
        return when, precision
    # A year set off from the trigger by a comma or dash is an aside ("from Crimea, the peninsula
    # Moscow annexed in 2014"); it dates the aside, not this event.
    years = [m for m in _mentions(text, published, last) if m.precision == "year"]
    asides = [m for m in years if not _same_segment(text, cand.start, m.start) and not _frames(text, m, cand.start)]
    if len(asides) < len(years):
        return when, precision
    for m in asides:
        text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return dates.resolve(text, published, cand.start, last)


def _drop_title_repeats(events: list[Event], has_title: bool) -> list[Event]:
    """A headline restates the story: its events are dropped when the body reports them
    (the body has the real date and fuller evidence)."""
    events = _date_repeats(events)
    if not has_title:
        return events
    body = [e for e in events if e.evidence.sentence_index > 0]

    def parties(e: Event) -> frozenset[str]:
        return frozenset(x.code for x in e.actor if x.code)

    kept = [e for e in events if e.evidence.sentence_index > 0 or not any(
        b.event == e.event and parties(b) & parties(e) for b in body)]
    def lead(e: Event) -> date | None:
        return next((b.date for b in body if b.event == e.event and b.date_precision != "publication"), None)

    # a headline left standing reports the body's news of its type, so it takes that date
    return [replace(e, date=lead(e), date_precision="day") if e.evidence.sentence_index == 0 and lead(e)
            and e.date and lead(e) <= e.date else e for e in kept]


def _date_repeats(events: list[Event]) -> list[Event]:
    """An undated event that another sentence reports with its day ("dismissed reports that
    soldiers had fired on the crowd" ... "soldiers fired on the crowd on Tuesday") is that
    event: it takes that day, and fusion joins the two."""
    def actors(e: Event) -> frozenset[str | None]:
        return frozenset(x.code for x in e.actor)

    def recipients(e: Event) -> frozenset[str | None]:
        return frozenset(x.code for x in e.recipient)

    dated = [e for e in events if e.date_precision == "day" and e.date and None not in actors(e)]
    out = []
    for e in events:
        same = None if e.date_precision != "publication" or e.date is None else next(
            (d for d in dated if d.event == e.event and recipients(d) == recipients(e) and actors(d) & actors(e)
             and timedelta(0) < e.date - d.date <= timedelta(days=STORY_NOW_DAYS)), None)
        out.append(replace(e, date=same.date, date_precision="day") if same else e)
    return out


# "In 1982, Argentine forces invaded ...": a year that opens the sentence before a comma sets the time
# of all that follows; "since last year, when Paris and Rome clashed": a "when" clause tells what
# happened in the period just named
_OPENING_YEAR = re.compile(r"^\W*(?:(?:back|early|late|later|as\s+early\s+as)\s+)?(?:in|during|by|since)?\s*$",
                           re.IGNORECASE)
_WHEN_AFTER = re.compile(r"^\s*,?\s*when\b", re.IGNORECASE)


def _frames(text: str, year: dates.DateMention, anchor: int) -> bool:
    """Whether a year mention set off by a comma still dates the trigger at ``anchor``: it opens the
    sentence ahead of the trigger, or a "when" clause holding the trigger follows it (see above)."""
    if year.end > anchor:
        return False
    if _OPENING_YEAR.match(text[:year.start]) and text[year.end:].lstrip().startswith(","):
        return True
    return bool(_WHEN_AFTER.match(text[year.end:anchor])) and not re.search(r"[;:()—–]| - ", text[year.end:anchor])


def _same_segment(text: str, a: int, b: int) -> bool:
    """Whether a year mention at ``b`` can date the trigger at ``a``: close by, no punctuation between."""
    lo, hi = sorted((a, b))
    return hi - lo <= YEAR_REACH and not re.search(r"[,;:()—–]| - ", text[lo:hi])


def _background(when: date | None, precision: str, published: date | None) -> bool:
    if precision == "year":
        return True
    return bool(when and published and when < published - timedelta(days=BACKGROUND_DAYS))


def _place(sent: nlp.Sentence, cand: Candidate) -> Place | None:
    hints = [e.country for e in cand.recipient + cand.actor if e.country]
    found = find_places(sent.text, hints)
    if not found:
        return None
    return min(found, key=lambda f: abs(f[0] - cand.start))[2]


def _event(article: Article, sent: nlp.Sentence, cand: Candidate, when: date | None, precision: str,
           coder: str) -> Event:
    s = ontology.scores(cand.event, cand.mode)
    key = "|".join([article.id, str(sent.index), str(cand.start), cand.event,
                    ",".join(sorted(e.code or "" for e in cand.actor)),
                    ",".join(sorted(e.code or "" for e in cand.recipient))])
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16], article_id=article.id, date=when,
        date_precision=precision, event=cand.event, mode=cand.mode, context=lexicon().contexts_of(sent.text),
        actor=cand.actor, recipient=cand.recipient, location=_place(sent, cand), cameo=s.cameo,
        goldstein=s.goldstein, plover_score=s.plover_score, quad=s.quad,
        evidence=Evidence(sent.text, sent.index, cand.trigger, cand.start, cand.end),
        confidence=cand.confidence, coder=coder,
    )



