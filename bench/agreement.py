"""Agreement between two annotations of the same articles (inter-annotator agreement).

    .venv/bin/python bench/agreement.py tests/gold3 tests/gold3_second

Each annotation in turn plays the coder: its required events become predictions (the first
accepted type, actor and recipient of each; a recipient of [] or ["*"] becomes none) and are
scored against the other annotation with the project's scorer (the rules of
../shared/eval/score.py). A predicted event needs one day; the script scores twice, taking
the first and then the last day of each event's range, and prints both. Only articles
present in both folders (matched by id) are scored.

What the figure means: how far two coders who follow tests/gold/README.md agree, the ceiling
that the coder's own score on the same articles can be read against.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.evaluation.scoring import Tally, load_gold, score_article  # noqa: E402
from detente.ontology import IGOS  # noqa: E402


def _entity(code: str) -> dict:
    return {"igo": code} if code in IGOS else {"country": code}


def as_predictions(article: dict, day: int = 0) -> list[dict]:
    """The required events of a gold article as coder output: first alternative of each field;
    ``day`` 0 takes the first day of the event's range, -1 the last."""
    out = []
    for event in article.get("events", []):
        if event.get("optional"):
            continue
        recipient = event.get("recipient") or []
        out.append({"article_id": str(article["id"]), "event": event["event"][0],
                    "date": event["date"][day], "actor": [_entity(event["actor"][0])],
                    "recipient": [] if not recipient or recipient == ["*"] else [_entity(recipient[0])]})
    return out


def agreement(gold: Sequence[dict], other: Sequence[dict], day: int = 0) -> Tally:
    """``other``'s required events scored against ``gold``, over the articles both hold."""
    theirs = {str(a["id"]): a for a in other}
    total = Tally()
    for article in gold:
        if str(article["id"]) in theirs:
            total.add(score_article(article, as_predictions(theirs[str(article["id"])], day)))
    return total


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", help="folder (or file) of gold articles: the first annotation")
    ap.add_argument("second", help="the same articles annotated by someone else")
    args = ap.parse_args(argv)
    a, b = load_gold([args.first]), load_gold([args.second])
    shared = {str(x["id"]) for x in a} & {str(x["id"]) for x in b}
    print(f"{len(shared)} articles in both")
    for name, gold, other in ((f"{args.second} scored against {args.first}", a, b),
                              (f"{args.first} scored against {args.second}", b, a)):
        for day, label in ((0, "first day"), (-1, "last day")):
            t = agreement(gold, other, day)
            p, r, f = t.prf(strict=False)
            ps, _, fs = t.prf(strict=True)
            print(f"{name} ({label}): P {p:.3f} R {r:.3f} F1 {f:.3f} (strict P {ps:.3f} F1 {fs:.3f}), "
                  f"{t.tp + t.fn} required events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
