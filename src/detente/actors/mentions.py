"""Find actor mentions in a sentence: every phrase of the actor tables, longest first.

A mention keeps all the table entries its words can name; ``resolve`` decides which
one counts, with the sentence's grammar and the article's context.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..places import country_on
from .tables import ActorEntry, _is_abbreviation, load_tables, normalise

# Entry kinds in the order a mention prefers them when its words name several.
KIND_RANK = {"person": 0, "handle": 1, "igo": 2, "institution": 3, "group": 4, "state": 5,
             "capital": 6, "demonym": 7, "office": 8, "body": 9}


@dataclass(frozen=True)
class Mention:
    start: int                        # token offsets in the sentence's Doc
    end: int
    text: str
    entries: tuple[ActorEntry, ...]   # best first

    @property
    def best(self) -> ActorEntry:
        return self.entries[0]

    @property
    def kind(self) -> str:
        return self.best.kind

    @property
    def code(self) -> str | None:
        return self.best.country or self.best.igo


class MentionFinder:
    """Phrase matchers over the actor tables, built once per vocabulary."""

    def __init__(self, vocab, make_doc) -> None:
        tables = load_tables()
        self.tables = tables
        self.folded = PhraseMatcher(vocab, attr="LOWER")
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.by_key: dict[str, list[ActorEntry]] = {}
        folded, exact = {}, {}
        for form, entry in tables.phrases():
            for variant in {form, normalise(form)}:
                if not variant:
                    continue
                if _is_abbreviation(variant):
                    key, bucket = "E:" + variant, exact
                else:
                    key, bucket = "F:" + variant.lower(), folded
                bucket.setdefault(key, variant)
                entries = self.by_key.setdefault(key, [])
                if entry not in entries:
                    entries.append(entry)
        for key, form in folded.items():
            self.folded.add(key, [make_doc(form)])  # as written: "U.N." is one token only in capitals
        for key, form in exact.items():
            self.exact.add(key, [make_doc(form)])

    def find(self, doc: Doc, on: date | None = None) -> list[Mention]:
        """Non-overlapping mentions, longest first; people only if in office (or known) on ``on``."""
        vocab = doc.vocab.strings
        spans = []
        for matcher in (self.folded, self.exact):
            for match_id, start, end in matcher(doc):
                entries = [e for e in self.by_key[vocab[match_id]] if e.holds_on(on)] or \
                    [e for e in self.by_key[vocab[match_id]] if e.kind == "person"]
                if entries and _plausible(doc, start, end, entries):
                    spans.append((start, end, entries))
        spans.sort(key=lambda s: (s[0] - s[1], s[0]))
        taken: set[int] = set()
        out = []
        for start, end, entries in spans:
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            ranked = tuple(sorted((_as_of(e, on) for e in entries), key=lambda e: KIND_RANK.get(e.kind, 9)))
            out.append(Mention(start, end, doc[start:end].text, ranked))
        return sorted(out, key=lambda m: m.start)


def _as_of(entry: ActorEntry, on: date | None) -> ActorEntry:
    """A place of a state born later is its predecessor's before independence (Juba in 1990: Sudan)."""
    country = country_on(entry.country, on)
    return entry if country == entry.country else replace(entry, country=country)


def _plausible(doc: Doc, start: int, end: int, entries: list[ActorEntry]) -> bool:
    """Proper names must be capitalised in running text ("Jordan", not "jordan")."""
    first = doc[start]
    if all(e.kind in ("office", "body") for e in entries):
        return True
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro"):
        return False  # an "anti-Syria journalist" is not Syria's, a "pro-Iranian group" not Iran's
    if end - start == 1 and all(e.kind == "person" for e in entries) and end < len(doc):
        after = doc[end]  # "Haroon Rashid Aswad" is not Mr Haroon
        if after.is_title and after.is_alpha and after.text not in ("Government", "Administration"):
            return False
    if end - start == 1 and all(e.kind in ("capital", "state") for e in entries) and end < len(doc):
        after = doc[end]  # "Sofia Sapega", "Jordan Bardella": a first name, not a place
        if after.is_title and after.is_alpha and not after.is_sent_start and start > 0 \
                and doc[start - 1].lower_ in ("and", "girlfriend", "wife", "husband", ",", "by", "said"):
            return False
    return not (first.text[:1].isalpha() and not first.text[:1].isupper() and not first.text.startswith("@"))


@cache
def finder(vocab_id: int = 0) -> MentionFinder:
    from ..nlp import model

    nlp = model()
    return MentionFinder(nlp.vocab, nlp.make_doc)
