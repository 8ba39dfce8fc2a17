"""Cross-article fusion on the real demo corpus: re-coding it under other ids, or adding
rewrites of a report, must not add canonical events (repeated reports are not escalation)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from detente.ingest import read_inputs
from detente.models import Article
from detente.pipeline import code_articles
from detente.store import Store

pytestmark = pytest.mark.model
DEMO = Path(__file__).resolve().parents[1] / "demo"


@pytest.fixture(scope="module")
def coded():
    articles = [a for a in read_inputs([str(DEMO)]) if isinstance(a, Article)]
    return list(code_articles(articles))


def _store(coded, suffixes=("",)) -> Store:
    store = Store(":memory:")
    for suffix in suffixes:
        for c in coded:
            article = replace(c.article, id=c.article.id + suffix, source=(c.article.source or "") + suffix)
            events = [replace(e, id=e.id + suffix, article_id=article.id) for e in c.events]
            store.save(article, events)
    return store


def test_coding_the_demo_twice_under_other_ids_adds_no_canonical_event(coded):
    once = _store(coded).canonical_counts()["canonical_events"]
    twice = _store(coded, ("", "-copy")).canonical_counts()
    assert twice["canonical_events"] == once
    assert twice["events"] == 2 * sum(len(c.events) for c in coded)


def test_three_rewrites_of_a_report_leave_canonical_counts_unchanged(coded):
    base = _store(coded)
    before = base.canonical_counts()["canonical_events"]
    report = next(c for c in coded if c.article.id == "irpk-05")
    for n in range(3):
        article = replace(report.article, id=f"rewrite-{n}", source=f"Outlet {n}")
        base.save(article, [replace(e, id=f"{e.id}-r{n}", article_id=article.id) for e in report.events])
    assert base.canonical_counts()["canonical_events"] == before
    sources = max(c["sources"] for c in base.canonical_events())
    assert sources >= 4
