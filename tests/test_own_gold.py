"""Regression floor on our own gold set (tests/gold, written by the team; see its README).

The gold files ship with the project; the scorer is read from ../shared/eval/score.py
when present, else the floor test is skipped with the reason.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.evaluation.calibration import HIGH, calibration, labelled
from detente.evaluation.scoring import as_article, load_gold
from detente.models import Article
from detente.pipeline import code_articles

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
# Held-out articles written after the rules were tuned on GOLD (tests/gold_heldout/README.md):
# measured, never read for error analysis. Lenient F1 measured 2026-11-29: 0.476 (8 articles, session 4),
# 0.497 (26, end of session 5), 0.487 (36, start of session 6), 0.489 (36, end of session 6),
# 0.514 (60, the 24 added last first scored at the end of session 6), 0.517 (end of session 8), 0.526 (end of
# session 9), 0.535 (end of session 10). Floor = measured - 0.03 (kept at 0.48 from session 6, then raised to 0.50).
HELDOUT = ROOT / "tests" / "gold_heldout"
# Second set, written in session 5 without running the coder (tests/gold2/README.md): lenient F1
# 0.495 before any rule was changed; a development set from then on: 0.650 at the end of session 5,
# 0.659 at the end of session 6, 0.672 at the end of session 9, 0.673 at the end of session 10.
# Floor = measured - 0.02.
GOLD2 = ROOT / "tests" / "gold2"
FLOOR_GOLD2 = 0.65
# Third set, written in session 6 without running the coder (tests/gold3/README.md): lenient F1
# 0.548 before any rule was changed; a development set from then on: 0.631 at the end of session 6, 0.634 at
# the end of session 9, 0.640 at the end of session 10.
# Floor = measured - 0.02.
GOLD3 = ROOT / "tests" / "gold3"
FLOOR_GOLD3 = 0.62
FLOOR_HELDOUT = 0.50
# Fourth set, written in session 7 without running the coder (tests/gold4/README.md): lenient F1 0.519
# when first scored; a development set from session 8 on: 0.555 at the end of session 8, 0.569 at the end of
# session 9, 0.576 at the end of session 10. Fitted on by `make calibrate`. Floor = measured - 0.02.
GOLD4 = ROOT / "tests" / "gold4"
FLOOR_GOLD4 = 0.55
# Fifth set, written in session 9 without running the coder (tests/gold5/README.md): lenient F1 0.532 with
# the coder of session 8 (0.539 with the first session-9 rules, written before it was read); a development
# set from then on: 0.574 at the end of session 9, 0.580 at the end of session 10. Fitted on by
# `make calibrate`. Floor = measured - 0.02.
GOLD5 = ROOT / "tests" / "gold5"
FLOOR_GOLD5 = 0.55
# Sixth set, written in session 10 without running the coder (tests/gold6/README.md): lenient F1 0.562 with
# the coder of session 9 and 0.562 with the session-10 rules written before it was read (commit c77e8cb); a
# development set from then on: 0.578 at the end of session 10. Fitted on by `make calibrate`. Floor = measured
# - 0.02.
GOLD6 = ROOT / "tests" / "gold6"
FLOOR_GOLD6 = 0.55
# Lenient F1 measured 2026-11-29: 0.868 at the end of session 4 (session 3 ended at 0.745), 0.861 at
# the end of session 5, 0.861 at the end of sessions 6, 7 and 8, 0.869 at the end of session 9, 0.868 at the end
# of session 10.
# Floor = measured - 0.02.
FLOOR_OWN = 0.85
# Confidence (data/events/confidence.tsv, fitted on tests/gold .. tests/gold6 by `make calibrate`): among
# events of confidence >= 0.8, share correct measured in-sample 2026-11-29 (session 10): 0.872 (557 of 639
# events; 5-fold cross-validated by article: 0.872 of 656 on the standard split, 0.864 averaged over 10 fold
# shuffles). Floor 0.85 (the target), and at least MIN_CONFIDENT such events so that it cannot pass
# empty. Refit and update both after changing the coder.
FLOOR_CONFIDENT = 0.85
MIN_CONFIDENT = 500


@pytest.mark.parametrize("folder", [GOLD, GOLD2, GOLD3, GOLD4, GOLD5, GOLD6, HELDOUT],
                         ids=["gold", "gold2", "gold3", "gold4", "gold5", "gold6", "heldout"])
def test_own_gold_files_are_well_formed(folder):
    files = sorted(folder.glob("*.json"))
    assert len(files) >= 8
    for f in files:
        g = json.loads(f.read_text())
        assert {"id", "published", "text", "events"} <= set(g), f
        for e in g["events"]:
            assert e["date"][0] <= e["date"][1] <= g["published"], (f, e)


def _lenient(score, folder: Path):
    golds = score.load_gold([str(folder)])
    arts = (Article(str(g["id"]), g.get("title", ""), g["text"], date.fromisoformat(g["published"]))
            for g in golds)
    total = score.Tally()
    for gold, coded in zip(golds, code_articles(arts), strict=True):
        total.add(score.score_article(gold, [e.to_dict() for e in coded.events]))
    return total.prf(strict=False)[2], total


def test_own_gold_floor(shared_score):
    f1, total = _lenient(shared_score, GOLD)
    assert f1 >= FLOOR_OWN, f"own gold lenient F1 {f1:.3f} < {FLOOR_OWN} (tp {total.tp}, fn {total.fn})"


@pytest.mark.parametrize(("name", "folder", "files", "floor"), [
    ("second", GOLD2, 40, FLOOR_GOLD2), ("third", GOLD3, 38, FLOOR_GOLD3), ("fourth", GOLD4, 60, FLOOR_GOLD4),
    ("fifth", GOLD5, 50, FLOOR_GOLD5), ("sixth", GOLD6, 50, FLOOR_GOLD6)],
    ids=["gold2", "gold3", "gold4", "gold5", "gold6"])
def test_later_gold_floors(shared_score, name, folder, files, floor):
    assert len(sorted(folder.glob("*.json"))) >= files
    f1, total = _lenient(shared_score, folder)
    assert f1 >= floor, f"{name} gold set lenient F1 {f1:.3f} < {floor} (tp {total.tp}, fn {total.fn})"


def test_heldout_gold_floor(shared_score):
    assert len(sorted(HELDOUT.glob("*.json"))) >= 60
    f1, total = _lenient(shared_score, HELDOUT)
    assert f1 >= FLOOR_HELDOUT, f"held-out lenient F1 {f1:.3f} < {FLOOR_HELDOUT} (tp {total.tp}, fn {total.fn})"


def test_own_gold_confident_events_are_mostly_right():
    golds = load_gold([GOLD, GOLD2, GOLD3, GOLD4, GOLD5])
    predictions = {c.article.id: [e.to_dict() for e in c.events] for c in code_articles(map(as_article, golds))}
    cal = calibration(labelled(golds, predictions))
    high = cal.high
    assert high.events >= MIN_CONFIDENT, f"only {high.events} events at confidence >= {HIGH}: refit (make calibrate)"
    assert high.share >= FLOOR_CONFIDENT, (
        f"{high.correct}/{high.events} = {high.share:.3f} right at confidence >= {HIGH}, floor {FLOOR_CONFIDENT}")

