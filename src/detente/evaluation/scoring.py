"""Score the coder against gold articles (the format of ../shared/eval/README.md).

The matching rules are the ones the shared scorer documents: a predicted event becomes one
(type, actor code, recipient code, date) tuple per actor × recipient (a reciprocal event pairs
each party with the others; an event without actor codes is one tuple that cannot match);
identical tuples in an article count once; a tuple matches a gold event when the type, an
actor code, the recipient and the date range agree; matching is one-to-one and greedy,
required gold events first; tuples matching optional gold events are ignored. "strict"
counts a second tuple matching an already matched gold event as a false positive,
"lenient" does not.

Beyond the shared scorer this reports P/R/F1 per PLOVER type and per quad class, a type
confusion matrix, actor accuracy, date accuracy (exact and within a day), and the type
accuracy on gold events whose actor the coder found: on the same days anywhere in the article
(any miss of an event by an actor the coder has busy that day counts as a wrong type), and in
the gold event's own sentence (as a sentence classifier given the actor is judged). Per-type
figures file each gold event under its first accepted type.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import InputError
from ..models import Article
from ..ontology import EVENT_TYPES, scores


@dataclass(frozen=True)
class Tuple:
    event: str
    actor: str
    recipient: str | None
    date: str | None
    source: int


@dataclass
class Tally:
    tp: int = 0
    fp_strict: int = 0
    fp_lenient: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp_strict += other.fp_strict
        self.fp_lenient += other.fp_lenient
        self.fn += other.fn
        self.misses += other.misses
        self.false_positives += other.false_positives

    def prf(self, strict: bool = False) -> tuple[float, float, float]:
        fp = self.fp_strict if strict else self.fp_lenient
        p = self.tp / (self.tp + fp) if self.tp + fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_gold(paths: Sequence[str | Path]) -> list[dict]:
    """Gold articles from files or folders of ``*.json`` (an object or a list per file)."""
    articles: list[dict] = []
    for path in map(Path, paths):
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        if not files or not all(f.is_file() for f in files):
            raise InputError(str(path), "no gold file here; give a .json file or a folder of them")
        for f in files:
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise InputError(str(f), f"not valid JSON ({exc})") from None
            articles += data if isinstance(data, list) else [data]
    for a in articles:
        for g in a.get("events", []):
            for key in ("event", "actor", "recipient"):
                if isinstance(g.get(key), str):
                    g[key] = [g[key]]
            g["event"] = [e.upper() for e in g["event"]]
    return articles


def as_article(gold: dict) -> Article:
    published = gold.get("published")
    return Article(str(gold["id"]), gold.get("title", ""), gold["text"],
                   date.fromisoformat(published[:10]) if published else None, origin=f"gold:{gold['id']}")


def _codes(entities: Iterable[dict] | None) -> list[str]:
    out: list[str] = []
    for e in entities or ():
        code = e.get("country") or e.get("igo") if isinstance(e, dict) else e
        if code and code not in out:
            out.append(code)
    return out


def expand(pred: dict, index: int) -> list[Tuple]:
    actors, recipients = _codes(pred.get("actor")), _codes(pred.get("recipient"))
    kind, when = str(pred.get("event", "")).upper(), (str(pred["date"])[:10] if pred.get("date") else None)
    if not actors:
        return [Tuple(kind, "", None, when, index)]
    if recipients:
        pairs = [(a, r) for a in actors for r in recipients]
    elif len(actors) > 1:
        pairs = [(a, b) for a in actors for b in actors if a != b]
    else:
        pairs = [(actors[0], None)]
    return [Tuple(kind, a, r, when, index) for a, r in pairs]


def _recipient_ok(t: Tuple, gold: dict) -> bool:
    want = gold.get("recipient", [])
    if want == ["*"]:
        return True
    return t.recipient is None if not want else t.recipient in want


def _in_range(day: str | None, gold: dict, slack: int = 0) -> bool:
    if day is None:
        return False
    lo, hi = gold["date"]
    if not slack:
        return lo <= day <= hi
    slack_days = timedelta(days=slack)  # gold ranges may run to 9999-12-31: compare the day, not the bounds
    when = date.fromisoformat(day)
    return lo <= (when + slack_days).isoformat() and (when - slack_days).isoformat() <= hi


def matches(t: Tuple, gold: dict) -> bool:
    return t.event in gold["event"] and t.actor in gold["actor"] and _recipient_ok(t, gold) \
        and _in_range(t.date, gold)


def score_article(gold: dict, predicted: list[dict]) -> Tally:
    tally, seen, tuples = Tally(), set(), []
    for i, p in enumerate(predicted):
        for t in expand(p, i):
            key = (t.event, t.actor, t.recipient, t.date)
            if key not in seen:
                seen.add(key)
                tuples.append(t)
    golds = gold["events"]
    matched = [False] * len(golds)
    for t in tuples:
        hit = next((j for j, g in enumerate(golds)
                    if not matched[j] and not g.get("optional") and matches(t, g)), None)
        if hit is not None:
            matched[hit] = True
            tally.tp += 1
            continue
        if any(matches(t, g) for g in golds if g.get("optional")):
            continue
        tally.fp_strict += 1
        if not any(matched[j] and matches(t, g) for j, g in enumerate(golds)):
            tally.fp_lenient += 1
            tally.false_positives.append((gold["id"], t, predicted[t.source].get("evidence")))
    for j, g in enumerate(golds):
        if not g.get("optional") and not matched[j]:
            tally.fn += 1
            tally.misses.append((gold["id"], g))
    return tally


@dataclass
class Report:
    """Everything ``detente evaluate`` prints."""

    total: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_quad: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: Counter = field(default_factory=Counter)       # (gold type, predicted type)
    actor: Counter = field(default_factory=Counter)           # right / wrong
    dates: Counter = field(default_factory=Counter)           # exact / within_1 / wrong
    type_given_actor: Counter = field(default_factory=Counter)
    type_in_sentence: Counter = field(default_factory=Counter)  # right / wrong, where the actor is coded

    def as_dict(self) -> dict:
        def prf(t: Tally) -> dict:
            p, r, f = t.prf(strict=False)
            return {"tp": t.tp, "fn": t.fn, "fp": t.fp_lenient, "precision": round(p, 3),
                    "recall": round(r, 3), "f1": round(f, 3)}

        ps, rs, fs = self.total.prf(strict=True)
        overall = prf(self.total) | {"fp_strict": self.total.fp_strict, "precision_strict": round(ps, 3),
                                     "f1_strict": round(fs, 3)}
        return {"overall": overall, "by_type": {k: prf(v) for k, v in sorted(self.by_type.items())},
                "by_quad": {k: prf(v) for k, v in sorted(self.by_quad.items())},
                "confusion": {f"{g}->{p}": n for (g, p), n in self.confusion.most_common()},
                "actor_accuracy": _share(self.actor, "right"),
                "date_exact": _share(self.dates, "exact"),
                "date_within_1_day": _share(self.dates, "exact", "within_1"),
                "type_accuracy_where_actor_found": _share(self.type_given_actor, "right"),
                "type_accuracy_where_actor_found_in_sentence": _share(self.type_in_sentence, "right"),
                "actor_found_in_sentence": self.type_in_sentence.total()}


def _share(counter: Counter, *good: str) -> float | None:
    total = sum(counter.values())
    return round(sum(counter[g] for g in good) / total, 3) if total else None


def evaluate(golds: list[dict], predictions: dict[str, list[dict]]) -> Report:
    """Score predictions (event dicts per article id) against gold articles."""
    report = Report()
    for gold in golds:
        predicted = predictions.get(str(gold["id"]), [])
        tally = score_article(gold, predicted)
        report.total.add(tally)
        _per_class(report, gold, predicted)
        _diagnostics(report, gold, predicted)
    return report


def _per_class(report: Report, gold: dict, predicted: list[dict]) -> None:
    for kind in EVENT_TYPES:
        sub_gold = dict(gold, events=[g for g in gold["events"] if g["event"][0] == kind])
        sub_pred = [p for p in predicted if str(p.get("event", "")).upper() == kind]
        if sub_gold["events"] or sub_pred:
            tally = score_article(sub_gold, sub_pred)
            report.by_type[kind].add(tally)
            report.by_quad[scores(kind).quad].add(tally)


def _words(text: str) -> str:
    return " ".join(str(text).split()).lower()


def _from_sentence(evidence: str, key_words: set[str], pred: dict) -> bool:
    """Whether a predicted event was coded from the sentence that holds a gold event's evidence
    (``evidence``, normalised by ``_words``: a span of the text, or its ``key_words`` as in the PLOVER
    records: "agreed cooperate")."""
    told = pred.get("evidence")
    sentence = _words(told.get("sentence", "") if isinstance(told, dict) else told or "")
    if not (evidence and sentence):
        return False
    return evidence in sentence or sentence in evidence or key_words <= set(re.findall(r"\w+", sentence))


def _sentence_type(report: Report, g: dict, predicted: list[dict], tuples: list[Tuple]) -> None:
    """Type accuracy as a classifier of sentences is measured: among the events coded from the gold
    event's sentence, one has a gold actor ("the actor was found in the sentence"); the type is right
    when one of them has a gold type, or when the coder reports that type by that actor on the gold
    days from another mention (fusion keeps one mention's sentence)."""
    evidence = _words(g.get("evidence") or "")
    key_words = set(re.findall(r"\w+", evidence))
    here = {i for i, p in enumerate(predicted) if _from_sentence(evidence, key_words, p)}
    by_actor = [t for t in tuples if t.source in here and t.actor in g["actor"]]
    if not by_actor:
        return
    right = any(t.event in g["event"] for t in by_actor) or any(
        t.event in g["event"] and t.actor in g["actor"] and _in_range(t.date, g, slack=1) for t in tuples)
    report.type_in_sentence["right" if right else "wrong"] += 1


def _diagnostics(report: Report, gold: dict, predicted: list[dict]) -> None:
    tuples = [t for i, p in enumerate(predicted) for t in expand(p, i)]
    for g in gold["events"]:
        if g.get("optional"):
            continue
        _sentence_type(report, g, predicted, tuples)
        same_actor = [t for t in tuples if t.actor in g["actor"] and _in_range(t.date, g, slack=1)]
        if same_actor:
            right = any(t.event in g["event"] for t in same_actor)
            report.type_given_actor["right" if right else "wrong"] += 1
            if not right:
                report.confusion[(g["event"][0], same_actor[0].event)] += 1
        typed = [t for t in tuples if t.event in g["event"]]
        if typed:
            report.actor["right" if any(t.actor in g["actor"] for t in typed) else "wrong"] += 1
        dyadic = [t for t in typed if t.actor in g["actor"] and _recipient_ok(t, g)]
        if dyadic:
            if any(_in_range(t.date, g) for t in dyadic):
                report.dates["exact"] += 1
            elif any(_in_range(t.date, g, slack=1) for t in dyadic):
                report.dates["within_1"] += 1
            else:
                report.dates["wrong"] += 1
