"""bench/agreement.py: two annotations of the same articles scored against each other."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ag(bench_script):
    """bench/agreement.py."""
    return bench_script("agreement")


def event(kind, actor, recipient, day, optional=False, first=None):
    return {"event": kind, "actor": actor, "recipient": recipient, "date": [first or day, day],
            "mode": "", "evidence": "x", "optional": optional}


def article(events, aid="a1"):
    return {"id": aid, "published": "2024-03-09", "title": "", "text": "x", "events": events}


FIRST = article([
    event(["ACCUSE"], ["KEN"], ["UGA"], "2024-03-08"),
    event(["CONSULT"], ["KEN", "UGA"], ["UGA", "KEN"], "2024-03-07"),
    event(["ASSAULT", "COERCE"], ["UGA"], ["*"], "2024-03-06", optional=True),
])


def test_predictions_take_the_first_alternative_and_skip_optional_events(ag):
    preds = ag.as_predictions(FIRST)
    assert [(p["event"], p["actor"], p["recipient"], p["date"]) for p in preds] == [
        ("ACCUSE", [{"country": "KEN"}], [{"country": "UGA"}], "2024-03-08"),
        ("CONSULT", [{"country": "KEN"}], [{"country": "UGA"}], "2024-03-07")]


def test_igo_codes_and_wildcard_recipients(ag):
    preds = ag.as_predictions(article([event(["REQUEST"], ["UN"], ["*"], "2024-03-08"),
                                       event(["SUPPORT"], ["IGO"], [], "2024-03-08")]))
    assert preds[0]["actor"] == [{"igo": "UN"}] and preds[0]["recipient"] == []
    assert preds[1]["actor"] == [{"igo": "IGO"}]


def test_identical_annotations_agree_fully(ag):
    t = ag.agreement([FIRST], [FIRST])
    assert t.prf() == (1.0, 1.0, 1.0)


def test_a_missed_event_and_a_different_type_lower_recall_and_precision(ag):
    second = article([event(["REJECT"], ["KEN"], ["UGA"], "2024-03-08")])
    t = ag.agreement([FIRST], [second])
    assert (t.tp, t.fn, t.fp_lenient) == (0, 2, 1)


def test_the_day_used_is_the_first_or_the_last_of_the_range(ag):
    gold = article([event(["ACCUSE"], ["KEN"], ["UGA"], "2024-03-08")])
    wide = article([event(["ACCUSE"], ["KEN"], ["UGA"], "2024-03-08", first="2024-03-01")])
    assert ag.agreement([gold], [wide], day=0).tp == 0
    assert ag.agreement([gold], [wide], day=-1).tp == 1


def test_only_articles_in_both_are_scored(ag):
    other = article([event(["ACCUSE"], ["KEN"], ["UGA"], "2024-03-08")], aid="zzz")
    t = ag.agreement([FIRST], [other])
    assert (t.tp, t.fn, t.fp_lenient) == (0, 0, 0)


def test_command_line(ag, tmp_path, capsys):
    for name, art in (("a", FIRST), ("b", article([event(["ACCUSE"], ["KEN"], ["UGA"], "2024-03-08")]))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a1.json").write_text(json.dumps(art), encoding="utf-8")
    assert ag.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "1 articles in both" in out
    assert "P 1.000 R 0.500 F1 0.667" in out  # b against a: one of two required events


@pytest.mark.parametrize("first", ["gold3", "gold3_second"])
def test_the_second_annotation_of_gold3_covers_the_same_articles(ag, first):
    ids = {p.stem for p in (ROOT / "tests" / first).glob("*.json")}
    assert len(ids) == 38
    other = "gold3_second" if first == "gold3" else "gold3"
    assert ids == {p.stem for p in (ROOT / "tests" / other).glob("*.json")}
    texts = {a["id"]: a["text"] for a in ag.load_gold([ROOT / "tests" / other])}
    assert all(texts[a["id"]] == a["text"] for a in ag.load_gold([ROOT / "tests" / first]))
