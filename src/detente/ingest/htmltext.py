"""A small stdlib extractor for news pages, used when trafilatura cannot be imported.

It keeps the text of paragraphs, headings, list items and quotes, preferring those inside
``<article>`` or ``<main>``, and drops navigation, headers, footers, asides and scripts.
Cruder than trafilatura, but it needs nothing beyond the standard library.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header", "footer",
                  "aside", "form", "button", "select", "iframe", "figure", "table"})
CONTENT = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd"})
BOUNDARY = CONTENT | {"div", "section", "article", "main", "br", "ul", "ol", "dl", "dt"}
MAIN = frozenset({"article", "main"})
DATE_KEYS = ("article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
             "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
             "sailthru.date", "og:published_time")


@dataclass
class _Found:
    """What the parser has seen so far; turned into a Page by the caller."""

    paragraphs: list[tuple[bool, str]] = field(default_factory=list)   # (inside article/main, text)
    loose: list[str] = field(default_factory=list)   # text outside paragraphs (div soup)
    meta: dict[str, str] = field(default_factory=dict)
    title_tag: str = ""
    h1: str = ""


class PageParser(HTMLParser):
    """Collects paragraphs, the <title>, the first <h1> and the <meta> values of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = _Found()
        self._skip = 0
        self._main = 0
        self._content = 0
        self._buffer: list[str] = []
        self._loose: list[str] = []
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "time") or any(k == "itemprop" for k, _ in attrs):
            self._remember_meta(dict(attrs))
        self._boundary(tag)   # before counting the tag: text so far lies outside it
        self._skip += tag in SKIP
        self._main += tag in MAIN
        self._content += tag in CONTENT
        self._in_title = self._in_title or tag == "title"
        self._in_h1 = self._in_h1 or (tag == "h1" and not self.found.h1)

    def handle_endtag(self, tag: str) -> None:
        self._boundary(tag)   # before uncounting the tag: text so far lies inside it
        self._skip = max(0, self._skip - (tag in SKIP))
        self._main = max(0, self._main - (tag in MAIN))
        self._content = max(0, self._content - (tag in CONTENT))
        self._in_title = self._in_title and tag != "title"
        self._in_h1 = self._in_h1 and tag != "h1"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.found.title_tag += data
            return
        if self._skip:
            return
        if self._in_h1:
            self.found.h1 += data
        (self._buffer if self._content else self._loose).append(data)

    def close(self) -> None:
        super().close()
        self._boundary("")

    def _boundary(self, tag: str) -> None:
        if tag and tag not in BOUNDARY:
            return
        text, loose = _squeeze(self._buffer), _squeeze(self._loose)
        self._buffer, self._loose = [], []
        if text:
            self.found.paragraphs.append((self._main > 0, text))
        if loose:
            self.found.loose.append(loose)

    def _remember_meta(self, attrs: dict[str, str | None]) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content") or attrs.get("datetime")
        if key and value:
            self.found.meta.setdefault(key.strip().lower(), value.strip())


def _squeeze(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


def parse(html: str) -> _Found:
    """Everything the fallback extractor needs from one page."""
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser.found


def body_text(found: _Found) -> str:
    """Paragraphs inside <article>/<main> when there are any, else all paragraphs, else the
    loose text blocks of a page without paragraphs; one blank line apart."""
    inside = [text for in_main, text in found.paragraphs if in_main]
    chosen = inside or [text for _, text in found.paragraphs] or found.loose
    return "\n\n".join(chosen)


def title(found: _Found) -> str:
    return (found.meta.get("og:title") or found.h1 or found.title_tag).strip()


def published_text(found: _Found) -> str | None:
    """The first publication date the page states in its metadata (raw string)."""
    return next((found.meta[k] for k in DATE_KEYS if found.meta.get(k)), None)
