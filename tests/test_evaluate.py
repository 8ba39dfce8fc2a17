"""detente.evaluation: the scoring rules, hand-built cases, and agreement with the shared scorer."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluation.scoring import evaluate, expand, load_gold, score_article

ROOT = Path(__file__).resolve().parents[1]


def gold_article(events, non_events=()):
    return {"id": "a1", "published": "2024-01-19", "title": "", "text": "x", "events": events,
            "non_events": list(non_events)}


def g(event, actor, recipient, lo="2024-01-18", hi="2024-01-19", optional=False):
    return {"event": [event], "actor": actor, "recipient": recipient, "date": [lo, hi], "optional": optional}


def p(event, actors, recipients=(), day="2024-01-19"):
    return {"article_id": "a1", "event": event, "date": day,
            "actor": [{"country": a} for a in actors], "recipient": [{"country": r} for r in recipients]}


def test_reciprocal_event_pairs_every_party():
    tuples = expand(p("CONSULT", ["PAK", "IRN"]), 0)
    assert {(t.actor, t.recipient) for t in tuples} == {("PAK", "IRN"), ("IRN", "PAK")}


def test_event_without_actor_codes_cannot_match():
    assert [t.actor for t in expand({"event": "ASSAULT", "actor": [{"country": None}]}, 0)] == [""]


def test_hit_miss_and_false_positive():
    gold = gold_article([g("ASSAULT", ["IRN"], ["PAK"]), g("CONSULT", ["PAK"], ["IRN"])])
    t = score_article(gold, [p("ASSAULT", ["IRN"], ["PAK"]), p("ACCUSE", ["PAK"], ["IRN"])])
    assert (t.tp, t.fn, t.fp_lenient) == (1, 1, 1)


def test_strict_counts_a_second_match_lenient_does_not():
    gold = gold_article([g("ASSAULT", ["IRN"], ["PAK"])])
    t = score_article(gold, [p("ASSAULT", ["IRN"], ["PAK"]), p("ASSAULT", ["IRN"], ["PAK"], day="2024-01-18")])
    assert (t.tp, t.fp_strict, t.fp_lenient) == (1, 1, 0)


def test_optional_gold_is_neither_hit_nor_miss():
    gold = gold_article([g("SUPPORT", ["PAK"], ["IRN"], optional=True)])
    t = score_article(gold, [p("SUPPORT", ["PAK"], ["IRN"])])
    assert (t.tp, t.fn, t.fp_lenient) == (0, 0, 0)


def test_wildcard_recipient_and_date_range():
    gold = gold_article([g("MOBILIZE", ["PRK"], ["*"])])
    assert score_article(gold, [p("MOBILIZE", ["PRK"], ["JPN"], day="2024-01-18")]).tp == 1
    assert score_article(gold, [p("MOBILIZE", ["PRK"], ["JPN"], day="2024-01-20")]).tp == 0


def test_report_diagnostics():
    gold = gold_article([g("ASSAULT", ["IRN"], ["PAK"]), g("AGREE", ["PAK"], ["IRN"])])
    report = evaluate([gold], {"a1": [p("ASSAULT", ["IRN"], ["PAK"], day="2024-01-20"),
                                      p("SUPPORT", ["PAK"], ["IRN"])]})
    d = report.as_dict()
    assert d["date_within_1_day"] == 1.0 and d["date_exact"] == 0.0
    assert report.confusion[("AGREE", "SUPPORT")] == 1
    assert d["by_type"]["ASSAULT"]["fn"] == 1


def said(pred, sentence):
    return dict(pred, evidence={"sentence": sentence, "trigger": ""})


def test_type_accuracy_in_the_evidence_sentence():
    one = "Pakistan recalled its ambassador and accused Iran of violating its airspace."
    two = "Iran struck militant bases in Pakistan on Tuesday."
    gold = gold_article([dict(g("ACCUSE", ["PAK"], ["IRN"]), evidence="accused Iran of violating its airspace"),
                         dict(g("SANCTION", ["PAK"], ["IRN"]), evidence="recalled its ambassador"),
                         dict(g("ASSAULT", ["IRN"], ["PAK"]), evidence="struck militant bases"),
                         dict(g("AGREE", ["PAK"], ["IRN"]), evidence="agreed talks")])
    report = evaluate([gold], {"a1": [said(p("SANCTION", ["PAK"], ["IRN"]), one),        # ACCUSE: actor, wrong type
                                      said(p("ASSAULT", ["PAK"], ["IRN"]), two),         # ASSAULT: actor not found
                                      said(p("AGREE", ["PAK"], ["IRN"]), "They agreed to hold talks.")]})
    d = report.as_dict()
    # ACCUSE wrong, SANCTION right, ASSAULT not counted, AGREE right by its key words ("agreed talks")
    assert d["actor_found_in_sentence"] == 3 and d["type_accuracy_where_actor_found_in_sentence"] == 0.667


def test_a_fused_mention_elsewhere_counts_for_the_sentence():
    gold = gold_article([dict(g("ACCUSE", ["PAK"], ["IRN"]), evidence="accused Iran again")])
    sentence = "Pakistan rejected it and accused Iran again."
    report = evaluate([gold], {"a1": [said(p("REJECT", ["PAK"], ["IRN"]), sentence),
                                      said(p("ACCUSE", ["PAK"], ["IRN"]), "Pakistan accused Iran on Monday.")]})
    assert report.as_dict()["type_accuracy_where_actor_found_in_sentence"] == 1.0


@pytest.mark.shared
def test_agrees_with_the_shared_scorer(shared_score):
    shared = shared_score
    files = sorted((ROOT / "tests" / "gold").glob("*.json"))[:6]
    golds = load_gold(files)
    predicted = {}
    for gold in golds:  # predictions made by hand from the gold itself, with deliberate errors
        events = []
        for i, e in enumerate(gold["events"]):
            day = e["date"][0] if i % 3 else "1999-01-01"
            events.append({"article_id": gold["id"], "event": e["event"][0], "date": day,
                           "actor": [{"country": e["actor"][0]}],
                           "recipient": [{"country": r} for r in e["recipient"] if r != "*"][:1]})
        predicted[str(gold["id"])] = events
    ours = evaluate(golds, predicted).total
    theirs = shared.Tally()
    for gold in shared.load_gold([str(f) for f in files]):
        theirs.add(shared.score_article(gold, predicted[str(gold["id"])]))
    assert (ours.tp, ours.fn, ours.fp_strict, ours.fp_lenient) == \
        (theirs.tp, theirs.fn, theirs.fp_strict, theirs.fp_lenient)
