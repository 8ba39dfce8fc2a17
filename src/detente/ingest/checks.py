"""Checks and clean-up applied to every input before it becomes an Article.

Each check raises an :class:`~detente.errors.InputError` that names the input and says
what to do; the readers turn it into a yielded error so one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

from ..errors import InputError, UnsupportedInput
from .language import english_verdict

# Invisible characters that split words for the tokenizer and the lexicons: zero-width
# space/joiners, word joiner, BOM, soft hyphen, and NUL.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00"))
_LINE_BREAKS = {ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\x0b"): "\n", ord("\x0c"): "\n",
                ord("\u00a0"): " "}
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Unify newlines, drop invisible characters and collapse blank-line runs.

    A single blank line is kept: it is the paragraph break later stages rely on.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_LINE_BREAKS)
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


def decode(origin: str, data: bytes) -> str:
    """UTF-8 text of a file's bytes; NUL bytes or bad UTF-8 mean it is not a text file."""
    if b"\x00" in data:
        raise UnsupportedInput(origin, "binary data (NUL bytes), not text; give UTF-8 .txt, .html, "
                                       ".json or .jsonl files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnsupportedInput(origin, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset "
                                       f"{err.start:,}); re-save it as UTF-8") from None


def check_text(origin: str, text: str) -> None:
    """Refuse text pasted from a binary source (NUL characters survive decoding of stdin)."""
    if "\x00" in text:
        raise UnsupportedInput(origin, "binary data (NUL characters), not text; give UTF-8 text")


def check_length(origin: str, text: str, max_chars: int) -> None:
    """Refuse oversized articles before the NLP stage spends minutes (and memory) on them."""
    if len(text) > max_chars:
        raise InputError(origin, f"too long ({len(text):,} characters, limit {max_chars:,}); "
                                 "split it or raise --max-chars")


def check_english(origin: str, text: str) -> None:
    """Refuse text that is not English: the lexicons and the model only know English."""
    reason = english_verdict(text)
    if reason:
        raise UnsupportedInput(origin, f"{reason}; Détente codes English text only — "
                                       "translate it first or leave it out")


def parse_published(origin: str, value: object) -> date | None:
    """A record's publication date: YYYY-MM-DD or an ISO datetime, None when absent.

    A datetime keeps the calendar day it was written with (no conversion to UTC): that is
    the day the newsroom meant by "today".
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip() if isinstance(value, str) else None
    if text:
        try:
            return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise InputError(origin, f"published {str(value)!r} is not a date (YYYY-MM-DD)")


def content_id(title: str, text: str) -> str:
    """A stable id for records that bring none: the same article always gets the same id."""
    return hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:16]
