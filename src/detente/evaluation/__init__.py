"""``detente evaluate``: code gold articles and score them (see ``scoring`` for the rules)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from ..pipeline import code_articles
from .render import render
from .scoring import Report, as_article, evaluate, load_gold

__all__ = ["Report", "evaluate", "evaluate_paths", "load_gold", "render"]


def evaluate_paths(paths: Sequence[str | Path]) -> tuple[Report, list[dict], dict[str, list[dict]]]:
    """Code the gold articles in ``paths`` and score them; returns the report, the gold
    articles and the predicted events per article id."""
    golds = load_gold(paths)
    predictions: dict[str, list[dict]] = defaultdict(list)
    for coded in code_articles(as_article(g) for g in golds):
        predictions[coded.article.id] = [e.to_dict() for e in coded.events]
    return evaluate(golds, predictions), golds, predictions
