"""Turn what a reader found (a JSON object, a title and text) into a checked Article."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from ..models import Article
from .checks import check_english, check_length, content_id, normalise, parse_published

FIELDS = "'id', 'title', 'text', 'published' (YYYY-MM-DD), optional 'url' and 'source'"


@dataclass(frozen=True)
class Options:
    """What the caller decides for the whole batch."""

    published: date | None = None   # for records that carry no date of their own
    max_chars: int = 1_000_000


def make_article(origin: str, title: str, text: str, options: Options, *, id: object = None,
                 published: date | None = None, url: object = None, source: object = None) -> Article:
    """Normalise, check and assemble one article; raises InputError when it cannot be coded."""
    title, text = normalise(title), normalise(text)
    if not text:
        raise InputError(origin, "no text to code; add the article text")
    check_length(origin, text, options.max_chars)
    check_english(origin, f"{title}\n\n{text}")
    given = "" if id is None else str(id).strip()
    return Article(
        id=given or content_id(title, text),
        title=title,
        text=text,
        published=published or options.published,
        url=_optional_str(url),
        source=_optional_str(source),
        origin=origin,
    )


def from_text(origin: str, text: str, options: Options) -> Article:
    """A plain-text article: first non-empty line is the title, the rest the text.

    A one-line text is all text and no title, so that it still gets coded.
    """
    title, _, rest = normalise(text).partition("\n")
    if not rest.strip():
        title, rest = "", title
    return make_article(origin, title, rest, options)


def from_record(origin: str, record: object, options: Options) -> Article:
    """An article from one JSON object with the fields named in ``FIELDS``."""
    if not isinstance(record, dict):
        raise InputError(origin, f"record is a JSON {_json_kind(record)}, not an object; "
                                 f"give objects with {FIELDS}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        found = ", ".join(map(str, record)) or "none"
        raise InputError(origin, f"record has no 'text' (fields: {found}); add the article text")
    return make_article(
        origin, _optional_str(record.get("title")) or "", text, options,
        id=record.get("id"),
        published=parse_published(origin, record.get("published")),
        url=record.get("url"),
        source=record.get("source"),
    )


def _optional_str(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def _json_kind(value: object) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)
