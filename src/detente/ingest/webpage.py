"""Main text, title and publication date of a saved news page.

trafilatura does the extraction when it can be imported; when it cannot (it needs
``lxml_html_clean`` with lxml ≥ 5.2), or finds no article in the page, the stdlib
extractor in ``htmltext`` stands in, so HTML input degrades instead of failing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType

from . import htmltext


@dataclass(frozen=True)
class Page:
    title: str
    text: str                 # paragraphs separated by one blank line
    published: date | None


@cache
def load_trafilatura() -> ModuleType | None:
    """The trafilatura module, or None when it (or one of its dependencies) is missing."""
    try:
        import trafilatura as module
    except ImportError:
        return None
    return module


def extract_page(html: str) -> Page:
    """Extract a page with trafilatura when available and successful, else with the stdlib one."""
    module = load_trafilatura()
    page = _with_trafilatura(module, html) if module else None
    if page is None or not page.text:
        page = _with_stdlib(html)
    return Page(page.title, _drop_repeated_title(page.title, page.text), page.published)


def _with_trafilatura(module: ModuleType, html: str) -> Page:
    options = {"include_comments": False, "include_tables": False, "deduplicate": False}
    # fast=True: trafilatura's own algorithm without its baseline fallbacks, which fill a
    # page that has no article with its menus; the stdlib extractor is our fallback.
    text = module.extract(html, fast=True, favor_precision=True, **options) or ""
    # extensive=False: only dates the page states, never guesses from its text or links.
    meta = module.extract_metadata(html, extensive=False)
    title = (meta.title or "") if meta else ""
    published = _to_date(meta.date) if meta else None
    # trafilatura puts one paragraph per line; later stages want a blank line between them.
    return Page(title.strip(), "\n\n".join(line for line in text.splitlines() if line.strip()), published)


def _with_stdlib(html: str) -> Page:
    found = htmltext.parse(html)
    return Page(htmltext.title(found), htmltext.body_text(found),
                _to_date(htmltext.published_text(found)))


def _drop_repeated_title(title: str, text: str) -> str:
    """Pages repeat the headline as the first paragraph; Article.body adds it once already."""
    first, _, rest = text.partition("\n\n")
    return rest if title and first.strip() == title.strip() else text


def _to_date(value: str | None) -> date | None:
    """The calendar day of a metadata date such as 2024-01-19 or 2024-01-19T08:00:00+05:00."""
    try:
        return date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None
