"""Lenient F1 against the shared gold sets, scored with the shared scorer (``../shared/eval/score.py``).

The gold files and the scorer are read at test time from ``../shared`` beside the repository;
nothing of them is copied here. Where they are absent the tests are skipped.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from detente.models import Article
from detente.pipeline import code_articles

pytestmark = [pytest.mark.model, pytest.mark.shared]

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = {
    "seed": SHARED / "seed" / "seed.json",
    "dev": SHARED / "dev" / "articles",
    "plover-gsr": SHARED / "data" / "plover-gsr" / "gold.json",
}

FLOOR_SEED = 0.90   # the target
# Measured lenient F1 minus 0.02, rounded down to 2 decimals. Measured 2026-11-29 (session 3, end):
# seed 1.000, dev 0.953, plover-gsr 0.760; session 5, end: seed 1.000, dev 0.953, plover-gsr 0.764;
# session 6, end: seed 1.000, dev 0.953, plover-gsr 0.769.
# Raise them as the coder improves.
FLOOR_DEV = 0.93
FLOOR_GSR = 0.75

if not SHARED.is_dir():
    pytest.skip(f"no shared gold sets: {SHARED} is missing", allow_module_level=True)
if not SCORER.is_file():
    pytest.skip(f"no shared scorer: {SCORER} is missing", allow_module_level=True)


@pytest.fixture(scope="module")
def score(shared_score: ModuleType) -> ModuleType:
    return shared_score


def article(gold: dict) -> Article:
    published = gold.get("published")
    return Article(id=str(gold["id"]), title=gold.get("title") or "", text=gold["text"],
                   published=date.fromisoformat(published[:10]) if published else None,
                   origin=f"gold:{gold['id']}")


def lenient_f1(score: ModuleType, name: str) -> tuple[float, object]:
    path = GOLD[name]
    if not path.exists():
        pytest.skip(f"gold set {name!r} is missing: {path}")
    golds = score.load_gold([str(path)])
    total = score.Tally()
    for gold, coded in zip(golds, code_articles(article(g) for g in golds), strict=True):
        assert coded.article.id == str(gold["id"])
        total.add(score.score_article(gold, [e.to_dict() for e in coded.events]))
    return total.prf(strict=False)[2], total


def _report(name: str, f1: float, total: object) -> str:
    return (f"{name}: lenient F1 {f1:.3f} (tp {total.tp}, fn {total.fn}, fp {total.fp_lenient}); "
            f"run ../shared/eval/score.py with --show to list misses")


def test_seed_article(score):
    f1, total = lenient_f1(score, "seed")
    assert f1 >= FLOOR_SEED, _report("seed", f1, total)


def test_dev_articles(score):
    f1, total = lenient_f1(score, "dev")
    assert f1 >= FLOOR_DEV, _report("dev", f1, total)


def test_plover_gsr(score):
    f1, total = lenient_f1(score, "plover-gsr")
    assert f1 >= FLOOR_GSR, _report("plover-gsr", f1, total)
