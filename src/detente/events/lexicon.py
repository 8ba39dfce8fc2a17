"""The trigger lexicon (``data/events/triggers.tsv``): words that can carry an event.

Matching (which rows a token could be) is kept apart from deciding (``roles`` and
``modality`` decide whether an event is really there).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ..errors import DataError
from ..ontology import EVENT_TYPES, data_path, is_known_mode, read_table, table_version

FRAMES = ("dir", "recip", "absorb", "light")


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str                 # head lemma ("pull" for "pull out")
    particle: str | None       # second word ("out"), matched as a particle, preposition or object
    pos: str                   # "V", "N" or "A"
    event: str | None          # None for light verbs
    mode: str | None
    objects: frozenset[str]    # required object lemmas; empty = any
    no_object: bool            # "-": the verb must have no direct object
    preps: tuple[str, ...]     # prepositions that introduce the recipient
    frame: str
    weight: float
    refusal: bool = False      # made by ``triggers._stated_refusal``: a negated verb of any act


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[TriggerEntry, ...]]
    compounds: dict[tuple[str, str], tuple[TriggerEntry, ...]]   # ("air", "strike") noun compounds
    cues: tuple[tuple[str, re.Pattern[str], str], ...]          # (event, cue regex, mode)
    version: str
    contexts: tuple[tuple[str, re.Pattern[str]], ...] = ()       # (context, cue regex)

    def contexts_of(self, sentence: str) -> tuple[str, ...]:
        """PLOVER-style contexts whose cues appear in the sentence, in table order."""
        return tuple(name for name, pattern in self.contexts if pattern.search(sentence))

    def lookup(self, lemma: str, pos: str) -> tuple[TriggerEntry, ...]:
        return self.entries.get((lemma, pos), ())

    def mode_from_cues(self, event: str, sentence: str) -> str | None:
        for kind, pattern, mode in self.cues:
            if kind == event and pattern.search(sentence):
                return mode
        return None

    def stems(self) -> frozenset[str]:
        """Lower-case word prefixes that a sentence must contain to be worth parsing."""
        heads = {lemma for lemma, _ in self.entries} | {head for _, head in self.compounds}
        return frozenset(_stem(h) for h in heads)


def _stem(lemma: str) -> str:
    """A prefix shared by a lemma's inflections (strike/struck is handled in IRREGULAR)."""
    base = lemma.rstrip("e") if len(lemma) >= 4 else lemma   # fire/firing, vote/voting, ease/easing
    return base[:-1] if base.endswith("y") and len(base) > 3 else base


# Past forms that do not share a prefix with their lemma.
IRREGULAR = {"strike": ("struck",), "hold": ("held",), "have": ("had",), "make": ("made",),
             "pay": ("paid",), "give": ("gave",), "send": ("sent",), "fight": ("fought",),
             "bring": ("brought",), "meet": ("met",), "speak": ("spoke", "spoken"),
             "shoot": ("shot",), "seize": ("seized",), "take": ("took", "taken"),
             "freeze": ("froze", "frozen"), "break": ("broke", "broken"), "cut": ("cut",),
             "beat": ("beaten",), "sell": ("sold",), "lay": ("laid",),
             "withdraw": ("withdrew", "withdrawn"), "seek": ("sought",), "begin": ("began", "begun"),
             "forgive": ("forgave", "forgiven"), "undertake": ("undertook", "undertaken"),
             "retake": ("retook", "retaken"), "overrun": ("overran",), "withhold": ("withheld",),
             "go": ("went", "gone"), "stand": ("stood",), "lead": ("led",), "win": ("won",),
             "flee": ("fled",), "draw": ("drew", "drawn"), "throw": ("threw", "thrown"),
             "swear": ("swore", "sworn"), "fly": ("flew", "flown"), "drive": ("drove", "driven"),
             "blow": ("blew", "blown"), "sink": ("sank", "sunk"), "catch": ("caught",), "buy": ("bought",),
             "deal": ("dealt",), "keep": ("kept",), "leave": ("left",), "lend": ("lent",),
             "shake": ("shook", "shaken"), "lose": ("lost",), "build": ("built",), "bind": ("bound",),
             "sweep": ("swept",)}


def _entry(row: dict[str, str], line: int) -> TriggerEntry:
    words = row["lemma"].split()
    event = row["event"] or None
    if row["pos"] not in ("V", "N", "A") or row["frame"] not in FRAMES:
        raise DataError(f"triggers.tsv:{line}: bad pos or frame in {row}")
    if event and (event not in EVENT_TYPES or not is_known_mode(event, row["mode"] or None)):
        raise DataError(f"triggers.tsv:{line}: unknown event or mode in {row}")
    if not event and row["frame"] != "light":
        raise DataError(f"triggers.tsv:{line}: only light verbs may lack an event")
    objects = row["objects"]
    return TriggerEntry(
        lemma=words[0], particle=words[1] if len(words) > 1 else None, pos=row["pos"],
        event=event, mode=row["mode"] or None,
        objects=frozenset(o for o in objects.split("|") if o and o != "-"),
        no_object=objects == "-", preps=tuple(p for p in row["preps"].split("|") if p),
        frame=row["frame"], weight=float(row["weight"] or 0.7),
    )


@cache
def lexicon() -> Lexicon:
    path = data_path("events", "triggers.tsv")
    entries: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
    compounds: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
    for row in read_table(path):
        entry = _entry(row, int(row["_line"]))
        if entry.pos == "N" and entry.particle:
            compounds[(entry.lemma, entry.particle)].append(entry)
        else:
            entries[(entry.lemma, entry.pos)].append(entry)
    cues = tuple(
        (r["event"], re.compile(r"\b(?:" + r["cue"] + r")", re.IGNORECASE), r["mode"])
        for r in read_table(data_path("events", "mode_cues.tsv"))
    )
    contexts = tuple(
        (r["context"], re.compile(r"\b(?:" + r["cue"] + r")", re.IGNORECASE))
        for r in read_table(data_path("events", "contexts.tsv"))
    )
    return Lexicon(
        {k: tuple(v) for k, v in entries.items()},
        {k: tuple(v) for k, v in compounds.items()},
        cues,
        f"triggers-{table_version(path)}",
        contexts,
    )


@cache
def evaluations() -> dict[str, str]:
    """The evaluation words (``data/events/evaluations.tsv``): word → positive or negative."""
    return {r["word"]: r["polarity"] for r in read_table(data_path("events", "evaluations.tsv"))}


# How strongly a word must feel, on VADER's scale of -4 .. +4, to judge what "called X ..." names.
VALENCE_MIN = 1.0


@cache
def valence() -> dict[str, float]:
    """General-language sentiment of English words (VADER's lexicon, shipped with the vaderSentiment
    package): word → mean valence from -4 (most negative) to +4. It backs the reviewed evaluation
    table for words the table lacks ("called the deal a sin", "called Russia a true friend")."""
    try:
        text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise DataError(f"vaderSentiment's vader_lexicon.txt not found ({exc}); reinstall with 'make test'") from exc
    out = {}
    for line in text.splitlines():
        word, score, *_ = line.split("\t")
        out[word] = float(score)
    return out


@cache
def harms() -> dict[str, str]:
    """The predicates of harm (``data/events/harms.tsv``): word → V (verb), R (adverb) or N (noun)."""
    return {r["word"]: r["pos"] for r in read_table(data_path("events", "harms.tsv"))}


@cache
def stems_pattern() -> re.Pattern[str]:
    """One regex that finds any trigger stem (or irregular form) at a word start."""
    lex = lexicon()
    words = set(lex.stems())
    for lemma, forms in IRREGULAR.items():
        if (lemma, "V") in lex.entries or (lemma, "N") in lex.entries:
            words.update(forms)
    # evaluation words make a sentence worth parsing too ("Paris said the vote was illegal")
    words.update(w[:5] for w, polarity in evaluations().items() if polarity == "negative")
    words.update(w[:5] for w in harms())  # and words of harm ("said the move negatively affects ...")
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives}|{IMITATION}|{DEPARTURE}|{REFUSAL}|{HOPE}|{BLAME}|{DISAVOWAL})"
                      rf"|\b(?-i:{PRESENCE})", re.IGNORECASE)


# Phrases of imitation, which take their event from what was told before and have no trigger word
# of their own: "Chile followed suit", "followed Japan's lead", "Peru did the same", "did likewise".
IMITATION = (r"follow\w*\s+(?:suit|(?:[\w'.-]+\s+){1,3}(?:lead|example))\b"
             r"|(?:do|does|did|doing|done)\s+(?:the\s+same|likewise)\b")
# Being made to leave, which has no trigger word of its own: "told two diplomats to leave" is an
# expulsion (``triggers._ordered_out``).
DEPARTURE = r"to\s+(?:leave|depart|quit)\b"
# A refusal, which any verb can tell: "said it would not hand over the bodies" (``triggers._stated_refusal``).
REFUSAL = r"(?:will|would|shall|wo)(?:\s+not|n't)\b"
# A hope that another party will act: "said it hoped the Philippines would ..." (``triggers._hoped_act``).
HOPE = r"hop(?:e|es|ed|ing)\b"
# Blame laid in a reported clause: "said X was responsible for the death" (``extract._blame``).
BLAME = r"(?:responsib|culpab)\w*"
# A part in something denied: "had nothing to do with", "was not involved" (``extract._disavowal``).
DISAVOWAL = r"nothing\s+to\s+do\s+with\b|not\s+involved\b|no\s+(?:\S+\s+){0,2}(?:involvement|truth|role)\b"
# A person somewhere by name: "was in Tanzania", "spent five days in China" (``triggers._presence_abroad``).
PRESENCE = (r"(?:was|were|is|are|spent|spends|spending|flew|flies|flying|travell?ed|travell?ing)"
            r"\s+(?:\S+\s+){0,3}(?:in|to)\s+[A-Z]")
