"""Coding hand-written sentences through the whole pipeline, for the rule tests.

Two views of the events of a text: ``coded`` gives (type, sorted actor codes, sorted recipient
codes) for membership tests; ``joined`` gives (type, "A+B", "C") in the coder's own order, with
"?" for an entity without a code.
"""
from __future__ import annotations

from datetime import date

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
