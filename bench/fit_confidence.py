"""Fit the confidence model (src/detente/data/events/confidence.tsv) on our own gold sets.

    .venv/bin/python bench/fit_confidence.py            # fit, print the CV table, write the table
    .venv/bin/python bench/fit_confidence.py --dry-run  # fit and print, write nothing
    .venv/bin/python bench/fit_confidence.py --check ../shared/seed/seed.json ../shared/dev/articles

Steps: code tests/gold .. tests/gold6 with the current coder; label each predicted event
correct when any of its (type, actor, recipient, date) tuples matches a gold event of its article (optional gold
events count: the scorer neither rewards nor punishes them, and they are right); turn each
event's cues (``Coded.cues``) into features of the families in ``FAMILIES``; fit an
L2-regularised logistic regression (numpy, Newton's method); report a 5-fold
cross-validated calibration table with folds split BY ARTICLE; then fit on everything and
write the weights with a header saying how they were made.

Only tests/gold .. tests/gold6 are used for fitting (never tests/gold_heldout). ``--check``
codes other gold sets (e.g. ../shared, which is evaluation-only) and prints a calibration
table of the fitted model on them: a report, never an input to the fit.
"""
from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.evaluation.calibration import HIGH, calibration, is_correct  # noqa: E402
from detente.evaluation.scoring import as_article, load_gold  # noqa: E402
from detente.events.confidence import INTERCEPT, parse_cues  # noqa: E402
from detente.pipeline import code_articles, coder_version  # noqa: E402

GOLDS = tuple(ROOT / "tests" / name for name in ("gold", "gold2", "gold3", "gold4", "gold5", "gold6"))
TABLE = ROOT / "src" / "detente" / "data" / "events" / "confidence.tsv"
# The cues the model uses (a name ending in ':' takes every cue under it). Few and general on
# purpose: 91 articles cannot support a weight per event type, sector or trigger word. Each
# says how much the coder had to guess: the lexicon's prior for the word (high >= 0.9, low < 0.8),
# no recipient found, both sides named in the sentence itself, a type changed by modality or by
# who is involved, how precisely the event is dated (day, week, month, only the publication
# day), the headline, a happening mentioned more than once, an act told inside a subordinate
# clause, and several actors or recipients. (Tried and left out, no better in 5 shuffles of
# 5-fold cross-validation on 675 events: the numeric lexicon weight, part of speech, how the
# actor or the recipient was found, future, speech, quotation, quad class, event type, IGOs,
# the lead, three or more events in one sentence.)
FAMILIES = ("lexicon:high", "lexicon:low", "recipient:none", "roles:named", "retyped", "date:", "headline",
            "repeated", "clause:sub", "actors:2+", "recipients:2+")
LAMBDA = 5.0       # L2 penalty on standardised weights, not the intercept (strong: few events per weight)
FOLDS = 5
REPEATS = 10       # shuffles of the article folds for the averaged figure at >= HIGH


# ---------------------------------------------------------------- data
def code_gold(paths: Sequence[str | Path]) -> list[tuple[str, tuple[str, ...], int]]:
    """(article id, cues, correct 0/1) for every event the coder predicts on these gold articles."""
    golds = load_gold(paths)
    by_id = {str(g["id"]): g for g in golds}
    rows = []
    for coded in code_articles(as_article(g) for g in golds):
        gold = by_id[coded.article.id]["events"]
        for i, event in enumerate(coded.events):
            rows.append((coded.article.id, coded.cues.get(event.id, ()), int(is_correct(event.to_dict(), gold, i))))
    return rows


def used(name: str, families: Sequence[str] = FAMILIES) -> bool:
    """Whether the model uses a cue: named in ``families``, or under a family ending in ':'."""
    return any(name == f or (f.endswith(":") and name.startswith(f)) for f in families)


def design(rows: Sequence[tuple[str, tuple[str, ...], int]], names: list[str] | None = None,
           families: Sequence[str] = FAMILIES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    parsed = [{n: v for n, v in parse_cues(cues) if used(n, families)} for _, cues, _ in rows]
    if names is None:
        names = sorted({n for p in parsed for n in p})
    col = {n: j for j, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, p in enumerate(parsed):
        for n, v in p.items():
            if n in col:
                x[i, col[n]] = v
    return x, np.array([r[2] for r in rows], dtype=float), names


# ---------------------------------------------------------------- model
def fit(x: np.ndarray, y: np.ndarray, lam: float = LAMBDA, iters: int = 100) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression by Newton's method on standardised columns (so one
    penalty suits binary and numeric cues alike); the intercept is not penalised. Returns the
    intercept and weights on the raw cue values."""
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    b, w = _newton((x - mean) / sd, y, lam, iters)
    return b - float(np.sum(w * mean / sd)), w / sd


def _newton(x: np.ndarray, y: np.ndarray, lam: float, iters: int) -> tuple[float, np.ndarray]:
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], lam)
    penalty[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(w[0]), w[1:]


def predict(model: tuple[float, np.ndarray], x: np.ndarray) -> np.ndarray:
    b, w = model
    return np.round(1 / (1 + np.exp(-(b + x @ w))), 3)


def folds(articles: Sequence[str], k: int = FOLDS, seed: int = 13) -> dict[str, int]:
    """Articles dealt into ``k`` folds in a fixed shuffled order (the same on every run)."""
    ids = sorted(set(articles))
    order = np.random.default_rng(seed).permutation(len(ids))
    return {ids[j]: n % k for n, j in enumerate(order)}


def cross_validate(rows: Sequence[tuple[str, tuple[str, ...], int]], lam: float = LAMBDA,
                   families: Sequence[str] = FAMILIES, seed: int = 13) -> np.ndarray:
    """Out-of-fold probabilities: each fold's events scored by a model fitted on the other folds."""
    fold = folds([r[0] for r in rows], seed=seed)
    which = np.array([fold[r[0]] for r in rows])
    out = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [r for r, f in zip(rows, which, strict=True) if f != k]
        x, y, names = design(train, families=families)
        xt, _, _ = design([r for r, f in zip(rows, which, strict=True) if f == k], names, families)
        out[which == k] = predict(fit(x, y, lam), xt)
    return out


# ---------------------------------------------------------------- reports
def table_text(p: np.ndarray, y: np.ndarray) -> list[str]:
    """The calibration table of ``detente evaluate --calibration``, with log-loss and Brier score."""
    cal = calibration([(float(pi), bool(yi)) for pi, yi in zip(p, y, strict=True)])

    def row(name: str, n: int, c: int) -> str:
        return f"{name:11} {n:6} {c:7} {(f'{c / n:.3f}' if n else '-'):>6}"

    lines = [f"{'confidence':11} {'events':>6} {'correct':>7} {'share':>6}"]
    lines += [row(f"{b.low:.1f}-{b.high:.1f}", b.events, b.correct) for b in cal.buckets]
    lines += [row(f">= {HIGH:.1f}", cal.high.events, cal.high.correct),
              row("all", cal.total.events, cal.total.correct) +
              f"   log-loss {log_loss(p, y):.3f}  Brier {np.mean((p - y) ** 2):.3f}"]
    return lines


def repeated_high(rows: Sequence[tuple[str, tuple[str, ...], int]], y: np.ndarray) -> str:
    """The figure at >= HIGH averaged over REPEATS shuffles of the folds (one split is noisy)."""
    n = c = 0
    for seed in range(REPEATS):
        high = cross_validate(rows, seed=seed) >= HIGH
        n, c = n + int(high.sum()), c + int(y[high].sum())
    return (f"over {REPEATS} shuffles of the folds: {n / REPEATS:.1f} events a run at >= {HIGH:.1f}, "
            f"{(c / n if n else 0):.3f} of them correct")


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    q = np.clip(p, 1e-3, 1 - 1e-3)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))) if len(y) else 0.0


def write_table(path: Path, model: tuple[float, np.ndarray], names: list[str], n_articles: int,
                n_events: int, cv_lines: list[str], fit_lines: list[str]) -> None:
    b, w = model
    today = datetime.date.today().isoformat()
    head = [f"# version: {today}",
            "# Confidence model: p = sigmoid((intercept) + sum of weight x value of each cue the event has;",
            "# a cue 'name=value' contributes weight x value, any other cue weight x 1; unlisted cues weigh 0).",
            f"# Fitted by bench/fit_confidence.py (make calibrate) on {today}: "
            "tests/gold .. tests/gold6,",
            f"# {n_articles} articles, {n_events} predicted events, coder {coder_version()}.",
            "# Label: an event is correct when one of its (type, actor, recipient, date) tuples matches a gold",
            f"# event of its article (optional ones included). L2-regularised logistic regression, lambda {LAMBDA:g}",
            "# (intercept unpenalised), numpy Newton steps. Review changes like code.",
            f"# {FOLDS}-fold cross-validated calibration (folds split by article):",
            *(f"#   {line}" for line in cv_lines),
            "# In-sample calibration of these weights:",
            *(f"#   {line}" for line in fit_lines),
            "feature\tweight", f"{INTERCEPT}\t{b:.4f}"]
    body = [f"{n}\t{v:.4f}" for n, v in sorted(zip(names, w, strict=True), key=lambda t: -abs(t[1]))]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the tables, do not write the weights")
    ap.add_argument("--out", type=Path, default=TABLE, help=f"weights table to write (default {TABLE})")
    ap.add_argument("--check", nargs="*", default=[], metavar="GOLD",
                    help="also print the fitted model's calibration on these gold sets (report only)")
    args = ap.parse_args(argv)

    rows = code_gold(GOLDS)
    n_articles = len({r[0] for r in rows})
    y = np.array([r[2] for r in rows], dtype=float)
    cv = cross_validate(rows)
    cv_lines = [*table_text(cv, y), repeated_high(rows, y)]
    print(f"own gold: {len(rows)} events in {n_articles} articles, {int(y.sum())} correct")
    print(f"\n{FOLDS}-fold cross-validated (by article):")
    print("\n".join(cv_lines))

    x, y, names = design(rows)
    model = fit(x, y)
    fit_lines = table_text(predict(model, x), y)
    print("\nin-sample (all of tests/gold .. tests/gold6):")
    print("\n".join(fit_lines))
    print("\nweights:")
    print(f"  {INTERCEPT:24} {model[0]:+.3f}")
    for n, v in sorted(zip(names, model[1], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {n:24} {v:+.3f}")

    for path in args.check:
        other = code_gold([path])
        xo, yo, _ = design(other, names)
        print(f"\nout of sample, {path} ({len(other)} events; report only, not fitted on):")
        print("\n".join(table_text(predict(model, xo), yo)))

    if not args.dry_run:
        write_table(args.out, model, names, n_articles, len(rows), cv_lines, fit_lines)
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
