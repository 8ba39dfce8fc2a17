"""Coding hand-written sentences through the whole pipeline, for the rule tests.

Views of the events of a text: ``coded`` gives (type, sorted actor codes, sorted recipient codes)
for membership tests; ``joined`` gives (type, "A+B", "C") in the coder's own order, with "?" for an
entity without a code; ``triggered`` adds the trigger word (with ``has`` and ``types_of`` over it);
``modality`` is the modality the coder gives one trigger word.
"""
from __future__ import annotations

from datetime import date

from detente import nlp
from detente.events.lexicon import lexicon
from detente.events.modality import Modality, assess
from detente.events.triggers import find_triggers
from detente.models import Article, Event
from detente.pipeline import code_article

PUBLISHED = date(2024, 3, 7)   # a Thursday


def _events(text: str, title: str, published: date) -> list[Event]:
    return code_article(Article("test", title, text, published, origin="test:sentences")).events


def coded(text: str, title: str = "", published: date = PUBLISHED) -> list[tuple[str, list[str], list[str]]]:
    return [(e.event, sorted(x.code for x in e.actor), sorted(x.code for x in e.recipient))
            for e in _events(text, title, published)]


def joined(text: str, title: str = "", published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(e.event, "+".join(x.code or "?" for x in e.actor), "+".join(x.code or "?" for x in e.recipient))
            for e in _events(text, title, published)]


def triggered(text: str, published: date = PUBLISHED) -> list[tuple[str, set[str], set[str], str]]:
    """(type, actor codes, recipient codes, trigger word) of each event."""
    return [(e.event, {a.code for a in e.actor}, {r.code for r in e.recipient}, e.evidence.trigger)
            for e in _events(text, "", published)]


def has(text: str, event: str, actor: str | None = None, recipient: str | None = None) -> bool:
    """Whether some event of the text has this type (and this actor and recipient among its own)."""
    return any(kind == event and (actor is None or actor in actors) and (recipient is None or recipient in recipients)
               for kind, actors, recipients, _ in triggered(text))


def types_of(text: str, trigger: str) -> set[str]:
    """The types of the events whose trigger is ``trigger``."""
    return {kind for kind, _, _, word in triggered(text) if word == trigger}


def modality(text: str, word: str) -> Modality | None:
    """The modality of the trigger carried by ``word`` (None if the word is no trigger)."""
    doc = nlp.model()(text)
    found = [t for t in find_triggers(doc, lexicon()) if t.token.text == word]
    if not found:
        return None
    t = found[0]
    return assess(t.governor or t.token, t.entry.event, frozenset())
