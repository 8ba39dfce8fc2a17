"""The crisis brief: a hand-built crisis (quiet talks, strikes both ways, a call and an agreement,
China engaging both sides), rendered as HTML and Markdown; what it shows, escaping, errors.

``crisis_store`` is shared with ``test_brief_browser``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest

from detente import ontology
from detente.analysis.brief import KEY_EVENTS, collect, render_brief, write_brief
from detente.analysis.brief_text import summary
from detente.analysis.escalation import turning_points
from detente.errors import QueryError
from detente.models import Article, Entity, Event, Evidence
from detente.store import Store

START, END = date(2024, 1, 1), date(2024, 1, 31)
HOSTILE = 'Iran said "<b>no</b>" & fired </script><script>alert(1)</script> | twice'
OUTLETS = {"a1": "Gulf Wire", "a2": "Indus <Herald>", "a3": "Asia Desk"}


def day(n: int) -> date:
    return START + timedelta(days=n - 1)


def event(id: str, n: int, kind: str, actors: Iterable[str], recipients: Iterable[str] = (),
          confidence: float = 0.8, mode: str | None = None, article: str = "a1", sentence: str = "") -> Event:
    s = ontology.scores(kind, mode)

    def entity(code: str) -> Entity:
        igo = code if code in ontology.IGOS else None
        return Entity(code, code, None if igo else code, igo, "IGO" if igo else "GOV")

    return Event(id=id, article_id=article, date=day(n), date_precision="day", event=kind, mode=mode, context=(),
                 actor=tuple(map(entity, actors)), recipient=tuple(map(entity, recipients)), location=None,
                 cameo=s.cameo, goldstein=s.goldstein, plover_score=s.plover_score, quad=s.quad,
                 evidence=Evidence(sentence or f"Sentence of {id}.", 0, kind.lower(), 0, 1),
                 confidence=confidence, coder="test")


def crisis_events() -> list[Event]:
    quiet = [event(f"talks{n}", n, "CONSULT", ["PAK"], ["IRN"], 0.8, "meet") for n in (2, 5, 8, 11)]
    return [*quiet,
            event("strike16", 16, "ASSAULT", ["IRN"], ["PAK"], 0.9, "aerial", sentence=HOSTILE),
            event("recall17", 17, "SANCTION", ["PAK"], ["IRN"], 0.9, "diplomatic", "a2"),
            event("strike18", 18, "ASSAULT", ["PAK"], ["IRN"], 0.9, "aerial", "a2", "Pakistan struck back."),
            event("strike18b", 18, "ASSAULT", ["PAK"], ["IRN"], 0.7, "aerial", "a3"),   # the same strike
            event("china18", 18, "CONSULT", ["CHN"], ["IRN", "PAK"], 0.9, "phone", "a3", "China called both."),
            event("china20", 20, "AGREE", ["CHN"], ["PAK"], 0.8, article="a3"),
            event("usa17", 17, "ACCUSE", ["USA"], ["IRN"], 0.8, "condemn", "a3"),   # one side only
            event("call19", 19, "CONSULT", ["PAK"], ["IRN"], 0.8, "phone", "a2"),
            event("agree19", 19, "AGREE", ["PAK", "IRN"], [], 0.9, article="a2"),
            event("envoys22", 22, "RETREAT", ["PAK", "IRN"], [], 0.8, "return", "a3"),
            event("deal29", 29, "COOPERATE", ["PAK", "IRN"], [], 0.8, "economic", "a3")]


def crisis_store(path: str | Path = ":memory:") -> Store:
    store = Store(path)
    by_article: dict[str, list[Event]] = {}
    for e in crisis_events():
        by_article.setdefault(e.article_id, []).append(e)
    for id, events in by_article.items():
        store.save(Article(id, f"title {id}", "text", START, f"https://example.org/{id}?a=1&b=2",
                           OUTLETS[id]), events)
    return store


@pytest.fixture(scope="module")
def store() -> Store:
    return crisis_store()


@pytest.fixture(scope="module")
def html(store: Store) -> str:
    return render_brief(store, "PAK", "IRN", START, END)


@pytest.fixture(scope="module")
def md(store: Store) -> str:
    return render_brief(store, "pak", "irn", START, END, fmt="md")


# ---- HTML --------------------------------------------------------------------------------------

def test_html_loads_nothing_from_outside(html: str) -> None:
    lowered = html.lower()
    for pattern in (r"""\ssrc\s*=\s*["']?\s*(https?:)?//""", r"""<link\b[^>]*href\s*=\s*["']?\s*(https?:)?//""",
                    r"@import", r"url\(\s*[\"']?\s*(https?:)?//"):
        assert not re.search(pattern, lowered), pattern
    assert "cdn.plot.ly/plotly" not in lowered.split("<script")[0]   # no loader before the inline copy


def test_html_embeds_plotly_once_with_the_chart(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert 'id="brief-chart"' in html and "plotly-graph-div" in html
    assert html.count("Plotly.newPlot") >= 1
    assert len(re.findall(r"\* plotly\.js v\d", html)) == 1   # the library, inline, once


def test_html_shows_turning_points_in_chart_and_table(store: Store, html: str) -> None:
    points = turning_points(store, "PAK", "IRN", START, END)
    assert {p.kind for p in points} >= {"escalation_onset", "peak"}
    for p in points:
        assert f'<td class="date">{p.date}</td>' in html
        assert f"{p.date.isoformat()[5:]}" in html   # the chart's label
    assert "escalation index" in html and "threshold 3.0" in html


def test_html_lists_the_mediator_and_not_one_sided_actors(html: str) -> None:
    third = html.split("<h2>Third parties</h2>")[1]
    assert "China (CHN): 2 events" in third
    assert "China called both." in third
    assert "United States" not in third and "USA" not in third


def test_html_escapes_evidence_and_outlets(html: str) -> None:
    assert "<script>alert(1)" not in html and "<b>no</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Indus &lt;Herald&gt;" in html
    assert 'href="https://example.org/a2?a=1&amp;b=2"' in html


def test_key_events_strongest_first_with_reports(store: Store, html: str) -> None:
    brief = collect(store, "PAK", "IRN", START, END)
    strengths = [i.strength for i in brief.key]
    assert strengths == sorted(strengths, reverse=True) and len(brief.key) <= KEY_EVENTS
    strike = next(i for i in brief.key if i.id == "strike18")   # fused with strike18b
    assert (strike.mentions, strike.articles, strike.sources) == (2, 2, 2)
    assert strike.sentence == "Pakistan struck back." and strike.outlet == "Indus <Herald>"
    assert "2 / 2 / 2" in html


def test_key_events_are_capped() -> None:
    store = Store(":memory:")
    events = [event(f"e{n}", n, "ACCUSE", ["PAK"], ["IRN"], 0.5 + n / 100) for n in range(1, 25)]
    store.save(Article("a1", "t", "x", START, source="Gulf Wire"), events)
    brief = collect(store, "PAK", "IRN", START, END)
    assert [i.id for i in brief.key] == [f"e{n}" for n in range(24, 24 - KEY_EVENTS, -1)]


# ---- summary -----------------------------------------------------------------------------------

def test_summary_tells_the_crisis_in_numbers_and_dates(store: Store) -> None:
    brief = collect(store, "PAK", "IRN", START, END)
    sentences = summary(brief)
    assert 3 <= len(sentences) <= 6
    text = " ".join(sentences)
    peak = max((p for p in brief.points if p.kind == "peak"), key=lambda p: p.index)
    assert f"peaked at {peak.index:.1f} on {peak.date}" in text
    calm = next(p for p in brief.points if p.kind == "deescalation_onset" and p.date > peak.date)
    assert f"De-escalation began on {calm.date}" in text
    assert "Tension began on" in text and "CHN (2 events" in text
    assert f"On {END}, the end of the period" in text


def test_summary_of_a_quiet_pair_says_the_index_stayed_low() -> None:
    store = Store(":memory:")
    store.save(Article("a1", "t", "x", START, source="Gulf Wire"),
               [event("talks", 3, "CONSULT", ["PAK"], ["IRN"], 0.8, "meet")])
    text = " ".join(summary(collect(store, "PAK", "IRN", START, END)))
    assert "stayed below its threshold of 3.0" in text
    assert "No third party had events with both PAK and IRN" in text


# ---- Markdown ----------------------------------------------------------------------------------

def test_markdown_has_the_tables_and_no_chart(md: str) -> None:
    assert md.startswith("# Crisis brief: Pakistan (PAK) – Iran (IRN), 2024-01-01 to 2024-01-31")
    for heading in ("## Summary", "## Turning points", "## Key events", "## Third parties",
                    "### China (CHN): 2 events"):
        assert f"\n{heading}\n" in md or md.startswith(heading)
    assert "| Date | Turning point | Index | Events that day |" in md
    assert "| Date | Event | Actor → recipient | Mentions / articles / sources | Evidence | Source |" in md
    assert "<script" not in md and "plotly" not in md


def test_markdown_escapes_pipes_and_html(md: str) -> None:
    row = next(line for line in md.splitlines() if "alert(1)" in line)
    assert row.count(" | ") == 5   # six cells: the evidence's own pipe is escaped
    assert "\\| twice" in row and "&lt;script&gt;" in row
    assert "[Indus &lt;Herald&gt;](https://example.org/a2?a=1&b=2)" in md


# ---- files and errors --------------------------------------------------------------------------

def test_write_brief_writes_both_formats(store: Store, tmp_path: Path) -> None:
    page = write_brief(store, "PAK", "IRN", START, END, tmp_path / "brief.html")
    text = write_brief(store, "PAK", "IRN", START, END, tmp_path / "brief.md", fmt="md")
    assert page == tmp_path / "brief.html" and "</html>" in page.read_text(encoding="utf-8")
    assert text.read_text(encoding="utf-8").startswith("# Crisis brief")


def test_range_defaults_to_the_pairs_events(store: Store) -> None:
    brief = collect(store, "PAK", "IRN")
    assert (brief.start, brief.end) == (day(2), day(29))


@pytest.mark.parametrize(("args", "message"), [
    (("XXX", "IRN", START, END), "unknown actor code 'XXX'"),
    (("PAK", "IRN", END, START), "is after the end"),
    (("PAK", "AFG", START, END), "no events between PAK and AFG in 2024-01-01..2024-01-31; code articles "
                                 "first with `detente ingest`"),
    (("PAK", "IRN", date(2025, 1, 1), date(2025, 2, 1)), "no events between PAK and IRN"),
])
def test_bad_queries_raise_query_errors(store: Store, args: tuple, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        render_brief(store, *args)


def test_an_empty_store_and_an_unknown_format_are_query_errors(store: Store) -> None:
    with pytest.raises(QueryError, match="no events between PAK and IRN in 2024-01-10..2024-02-05"):
        render_brief(Store(":memory:"), "PAK", "IRN", date(2024, 1, 10), date(2024, 2, 5))
    with pytest.raises(QueryError, match="unknown brief format 'pdf'"):
        render_brief(store, "PAK", "IRN", START, END, fmt="pdf")
