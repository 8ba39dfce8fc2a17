"""Frozen records passed between pipeline stages.

Article → (nlp) → Mention → Entity → Event.  Every stage takes and returns these
records, never loose dicts; ``Event.to_dict`` gives the output contract.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news report, as read from a file, a JSON line or stdin.

    ``origin`` names where it came from (``path`` or ``path:line``) so that any
    later error can point back at the input.
    """

    id: str
    title: str
    text: str
    published: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""

    @property
    def body(self) -> str:
        """Title and text as one document (title first, as its own paragraph)."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


@dataclass(frozen=True)
class Entity:
    """A resolved actor: a state, an IGO, an armed group, a body or a person.

    ``country`` is ISO 3166-1 alpha-3 (Kosovo ``XKX``) or None; ``igo`` one of
    ``ontology.IGOS`` or None; ``sector`` a PLOVER sector code (GOV, MIL, COP, REB, ...).
    """

    text: str
    name: str
    country: str | None = None
    igo: str | None = None
    sector: str | None = None

    @property
    def code(self) -> str | None:
        return self.country or self.igo

    def to_dict(self) -> dict:
        return {"text": self.text, "name": self.name, "country": self.country,
                "igo": self.igo, "sector": self.sector}


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Evidence:
    """The sentence that proves an event; ``start``/``end`` are character offsets of
    the trigger within ``sentence``."""

    sentence: str
    sentence_index: int
    trigger: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    id: str
    article_id: str
    date: date | None
    date_precision: str
    event: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    location: Place | None
    cameo: str
    goldstein: float
    plover_score: float
    quad: str
    evidence: Evidence
    confidence: float
    coder: str
    mentions: int = field(default=1, compare=False)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "location": self.location.to_dict() if self.location else None,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "plover_score": self.plover_score,
            "quad": self.quad,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "coder": self.coder,
            "mentions": self.mentions,
        }
