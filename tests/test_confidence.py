"""The confidence model: weights table, probability, cues, the fitting script and calibration."""
from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from detente.cli import main
from detente.errors import DataError
from detente.evaluation.calibration import calibration, is_correct, labelled
from detente.evaluation.render import render_calibration
from detente.events import confidence
from detente.events.confidence import Weights, article_cues, load_weights, parse_cue, sigmoid

ROOT = Path(__file__).resolve().parents[1]


def table(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "confidence.tsv"
    path.write_text(f"# version: test\n# a comment\nfeature\tweight\n{body}", encoding="utf-8")
    return path


@pytest.fixture
def fc(bench_script):
    """bench/fit_confidence.py, the fitting script."""
    return bench_script("fit_confidence")


# ---------------------------------------------------------------- arithmetic
def test_sigmoid():
    assert sigmoid(0) == 0.5
    assert sigmoid(2) == pytest.approx(1 / (1 + math.exp(-2)))
    assert sigmoid(-2) == pytest.approx(1 - sigmoid(2))
    assert sigmoid(1000) == 1.0 and sigmoid(-1000) == 0.0   # no overflow


def test_cues_are_binary_or_numeric():
    assert parse_cue("pos:N") == ("pos:N", 1.0)
    assert parse_cue("lexicon=0.85") == ("lexicon", 0.85)
    with pytest.raises(ValueError, match="lexicon=high"):
        parse_cue("lexicon=high")


def test_probability_is_sigmoid_of_intercept_plus_active_weights():
    w = Weights(-0.5, {"a": 1.0, "b": -2.0, "n": 2.0}, "test")
    assert w.probability([]) == round(sigmoid(-0.5), 3)
    assert w.probability(["a"]) == round(sigmoid(0.5), 3)
    assert w.probability(["a", "b", "unknown"]) == round(sigmoid(-1.5), 3)   # unlisted cues weigh nothing
    assert w.probability(["n=0.5"]) == round(sigmoid(0.5), 3)               # numeric: weight x value
    extreme = Weights(50.0, {}, "test").probability([])
    assert 0.0 <= extreme <= 1.0 and extreme == round(extreme, 3)


def test_probability_orders_events_by_their_cues():
    w = Weights(0.2, {"roles:named": 0.9, "repeated": 0.8, "recipient:none": -2.0, "headline": -1.5}, "test")
    strong = w.probability(["roles:named", "repeated"])
    plain = w.probability([])
    weak = w.probability(["recipient:none", "headline"])
    assert strong > plain > weak


# ---------------------------------------------------------------- the table
def test_load_weights(tmp_path):
    w = load_weights(table(tmp_path, "(intercept)\t-0.25\nroles:named\t0.9\nlexicon\t1.5\n"))
    assert w.intercept == -0.25 and w.weights == {"roles:named": 0.9, "lexicon": 1.5}
    assert w.version == "test"


@pytest.mark.parametrize(("body", "line", "says"), [
    ("(intercept)\t0\nroles:named\tstrong\n", 5, "not a number"),
    ("(intercept)\t0\nroles:named\n", 5, "expected 'feature<TAB>weight'"),
    ("(intercept)\t0\nroles:named\t1\nroles:named\t2\n", 6, "listed twice"),
    ("(intercept)\t0\nheadline\tnan\n", 5, "finite"),
])
def test_a_bad_row_names_the_file_and_line(tmp_path, body, line, says):
    path = table(tmp_path, body)
    with pytest.raises(DataError, match=says) as err:
        load_weights(path)
    assert f"{path}:{line}:" in str(err.value)


def test_a_table_without_intercept_or_header_is_refused(tmp_path):
    path = table(tmp_path, "roles:named\t0.9\n")
    with pytest.raises(DataError, match=r"no '\(intercept\)' row") as err:
        load_weights(path)
    assert str(path) in str(err.value)
    bad = tmp_path / "bad.tsv"
    bad.write_text("# version: x\nname\tvalue\n(intercept)\t0\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"{bad}:2: the header"):
        load_weights(bad)
    with pytest.raises(DataError, match="cannot read"):
        load_weights(tmp_path / "missing.tsv")


def test_the_shipped_table_loads_and_says_how_it_was_made():
    w = confidence.weights()
    assert w.weights, "the shipped model uses some cues"
    header = Path(w.source).read_text(encoding="utf-8")
    assert "fit_confidence.py" in header and "cross-validated" in header
    # the signs any sensible fit keeps: a named dyad said twice beats a headline without recipient
    good = w.probability(["roles:named", "repeated", "lexicon:high", "date:day"])
    bad = w.probability(["recipient:none", "headline", "date:publication", "lexicon:low"])
    assert good > 0.5 > bad


# ---------------------------------------------------------------- article cues
def test_article_cues():
    assert article_cues("day", 0, True) == ("date:day", "headline")
    assert article_cues("publication", 2, True) == ("date:publication", "lead")
    assert article_cues("day", 0, False) == ("date:day", "lead")        # no title: sentence 0 is the lead
    assert article_cues("week", 7, True, mentions=3) == ("date:week", "repeated")


# ---------------------------------------------------------------- calibration report
def test_calibration_buckets_and_high_share():
    pairs = [(0.3, False), (0.55, True), (0.55, False), (0.8, True), (0.85, True), (0.95, False), (1.0, True)]
    cal = calibration(pairs)
    rows = {f"{b.low:.1f}-{b.high:.1f}": (b.events, b.correct) for b in cal.buckets}
    assert rows == {"0.0-0.5": (1, 0), "0.5-0.6": (2, 1), "0.6-0.7": (0, 0), "0.7-0.8": (0, 0),
                    "0.8-0.9": (2, 2), "0.9-1.0": (2, 1)}
    assert (cal.high.events, cal.high.correct) == (4, 3) and cal.high.share == 0.75
    text = render_calibration(cal)
    assert "0.8-0.9" in text and ">= 0.8" in text and "0.750" in text
    assert cal.as_dict()[">=0.8"] == {"events": 4, "correct": 3, "share": 0.75}


def test_an_event_is_correct_when_any_tuple_matches_a_gold_event_optional_included():
    gold = [{"event": ["ASSAULT"], "actor": ["RUS"], "recipient": ["UKR"], "date": ["2022-02-24", "2022-02-24"]},
            {"event": ["ACCUSE"], "actor": ["UKR"], "recipient": ["RUS"], "date": ["2022-02-24", "2022-02-25"],
             "optional": True}]

    def pred(kind, actors, recips, day="2022-02-24", p=0.9):
        return {"event": kind, "actor": [{"country": c} for c in actors],
                "recipient": [{"country": c} for c in recips], "date": day, "confidence": p}

    assert is_correct(pred("ASSAULT", ["BLR", "RUS"], ["UKR"]), gold)
    assert is_correct(pred("ACCUSE", ["UKR"], ["RUS"], "2022-02-25"), gold)
    assert not is_correct(pred("ASSAULT", ["RUS"], ["UKR"], "2022-02-20"), gold)
    assert not is_correct(pred("ASSAULT", ["RUS"], []), gold)
    pairs = labelled([{"id": "a", "events": gold}], {"a": [pred("ASSAULT", ["RUS"], ["UKR"], p=0.85)]})
    assert pairs == [(0.85, True)]


# ---------------------------------------------------------------- the fitting script
def test_fit_recovers_the_direction_of_each_cue(fc):
    rng = np.random.default_rng(0)
    x = rng.integers(0, 2, size=(400, 2)).astype(float)
    y = (rng.random(400) < 1 / (1 + np.exp(-(0.2 + 2.0 * x[:, 0] - 2.0 * x[:, 1])))).astype(float)
    b, w = fc.fit(x, y, lam=1.0)
    assert w[0] > 1.0 and w[1] < -1.0
    strong, _ = fc.fit(x, y, lam=1000.0)
    assert abs(strong) < 1 + abs(b)   # a strong penalty shrinks the weights towards the base rate
    assert np.all(np.abs(fc.fit(x, y, lam=1000.0)[1]) < np.abs(w))


def test_folds_keep_each_article_whole(fc):
    rows = [(f"g{i % 13}", ("roles:named",) if i % 3 else ("recipient:none",), int(i % 3 != 0)) for i in range(120)]
    fold = fc.folds([r[0] for r in rows])
    assert set(fold.values()) == set(range(fc.FOLDS))
    assert fc.folds([r[0] for r in rows]) == fold     # the same split on every run
    p = fc.cross_validate(rows)
    assert p.shape == (120,) and np.all((p >= 0) & (p <= 1))
    assert p[1] > p[0]     # a named dyad is likelier right than an event without recipient
    x, _, names = fc.design(rows)
    assert names == ["recipient:none", "roles:named"] and x.shape == (120, 2)


def test_the_fit_reads_our_own_gold_and_writes_the_shipped_table(fc):
    # ../shared is evaluation-only: --check reports on it, nothing is fitted on it
    # never tests/gold_heldout
    own = tuple(ROOT / "tests" / name for name in ("gold", "gold2", "gold3", "gold4", "gold5", "gold6"))
    assert own == fc.GOLDS
    assert Path(confidence.weights().source) == fc.TABLE


# ---------------------------------------------------------------- in the pipeline
@pytest.mark.model
def test_coded_events_carry_the_probability_of_their_cues():
    from detente.models import Article
    from detente.pipeline import code_article

    text = ("Syrian forces shelled the Turkish border town of Akcakale on Tuesday, Turkish officials said.\n\n"
            "Turkey condemned the attack and summoned Syria's ambassador on Wednesday.\n\n"
            "Syrian forces shelled Akcakale again on Tuesday night, residents said.")
    coded = code_article(Article("c1", "Syria shells Turkish town", text, date(2024, 3, 7), origin="test:c1"))
    assert coded.events
    for e in coded.events:
        cues = coded.cues[e.id]
        assert any(c.startswith("lexicon:") for c in cues) and any(c.startswith("date:") for c in cues)
        assert e.confidence == confidence.probability(cues)
        assert 0.0 <= e.confidence <= 1.0 and e.confidence == round(e.confidence, 3)
        assert ("repeated" in cues) == (e.mentions > 1)


@pytest.mark.model
def test_an_act_told_in_a_subordinate_clause_carries_its_cue():
    from detente.models import Article
    from detente.pipeline import code_article

    text = "Chile recalled its ambassador from Lima on Monday after Peruvian police detained two Chilean sailors."
    coded = code_article(Article("c3", "", text, date(2024, 3, 7), origin="test:c3"))
    by_type = {e.event: coded.cues[e.id] for e in coded.events}
    assert "clause:sub" not in by_type["SANCTION"]      # the main clause
    assert "clause:sub" in by_type["COERCE"]            # the "after" clause


@pytest.mark.model
def test_evaluate_prints_the_calibration_table(tmp_path, capsys):
    gold = {"id": "c2", "published": "2024-03-07", "title": "",
            "text": "Turkey condemned the shelling and summoned Syria's ambassador on Wednesday.",
            "events": [{"event": ["ACCUSE"], "actor": ["TUR"], "recipient": ["SYR"],
                        "date": ["2024-03-06", "2024-03-06"]}]}
    path = tmp_path / "c2.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(path), "--calibration"]) == 0
    out = capsys.readouterr().out
    assert "calibration" in out and "0.9-1.0" in out and ">= 0.8" in out
    assert main(["evaluate", str(path), "--calibration", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["calibration"]["all"]["events"] >= 1
    assert main(["evaluate", str(path)]) == 0
    assert "calibration" not in capsys.readouterr().out


@pytest.mark.model
def test_min_confidence_drops_less_confident_events(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Report\n\nTurkey condemned the shelling and summoned Syria's ambassador on Wednesday.\n\n"
                    "Protesters marched in Ankara on Tuesday.", encoding="utf-8")
    assert main(["code", str(path), "--published", "2024-03-07", "--format", "jsonl"]) == 0
    every = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert every
    cut = sorted(e["confidence"] for e in every)[-1]
    assert main(["code", str(path), "--published", "2024-03-07", "--format", "jsonl",
                 "--min-confidence", str(cut)]) == 0
    kept = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert kept and all(e["confidence"] >= cut for e in kept)
    assert len(kept) == sum(e["confidence"] >= cut for e in every)
