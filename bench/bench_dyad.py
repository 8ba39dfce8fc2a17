"""Query benchmark: the dyad series (and the escalation monitor) over a store of 1,000,000 events.

    .venv/bin/python bench/bench_dyad.py [--events N] [--repeat R] [--db PATH] [--json]

The store is made by ``Store`` (so it has the current schema and migrations), then filled
by bulk-inserting synthetic rows straight into its tables with ``executemany`` in one
transaction, indexes dropped during the load and rebuilt after; no article is coded. Every
event gets its article, its dyad rows and, where the store has cross-article fusion, its own
canonical event, link and canonical dyad rows, so the series reads what a real store holds.
Pakistan–Iran, the pair timed against the target, carries 2% of the events (a busy pair:
about 20,000 events over ten years); a stress pair, USA–China, carries 10% (about 100,000)
and is timed for information. The rest fall on random pairs of 40 actors (IGOs and domestic
pairs included); 10% of events are reciprocal (two dyad rows); dates spread over ten years;
the seed is fixed. Target: under 0.5 s per series query (median of the warm runs). Both wall
and CPU seconds are printed: on a shared machine the CPU figure is the steadier one.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import cache
from datetime import date, timedelta

import numpy as np

from detente import ontology
from detente.analysis.alerts import alerts
from detente.analysis.dyad import series
from detente.analysis.escalation import turning_points
from detente.cli import main as cli_main
from detente.store import Store

SEED = 20240116
FIRST_DAY, DAYS = date(2015, 1, 1), 3653
PAIR, STRESS = ("PAK", "IRN"), ("USA", "CHN")
SHARES = ((PAIR, 0.02), (STRESS, 0.10))   # the rest: random pairs of CODES
CODES = ("PAK", "IRN", "AFG", "IND", "CHN", "USA", "RUS", "UKR", "ISR", "PSE", "LBN", "SYR", "IRQ", "SAU",
         "YEM", "TUR", "ARM", "AZE", "SDN", "SSD", "ETH", "ERI", "SOM", "KEN", "COD", "RWA", "MLI", "NER",
         "MMR", "THA", "PRK", "KOR", "JPN", "TWN", "VEN", "COL", "UN", "EU", "NATO", "AU")
PER_ARTICLE = 10
TARGET_S = 0.5


# ---------------------------------------------------------------- the synthetic store

def plan(n: int) -> dict[str, list]:
    """Per event (fixed seed): day, type, actor, other party, reciprocal or not, confidence, sources."""
    rng = np.random.default_rng(SEED)
    draw, flip = rng.random(n), rng.random(n) < 0.5
    actor, other = rng.choice(CODES, n), rng.choice(CODES, n)
    floor = 0.0
    for (x, y), share in SHARES:
        chosen = (draw >= floor) & (draw < floor + share)
        actor, other = np.where(chosen, np.where(flip, y, x), actor), np.where(chosen, np.where(flip, x, y), other)
        floor += share
    return {"day": rng.integers(0, DAYS, n).tolist(), "kind": rng.integers(0, 16, n).tolist(),
            "actor": actor.tolist(), "other": other.tolist(),
            "reciprocal": ((rng.random(n) < 0.10) & (actor != other)).tolist(),
            "confidence": rng.uniform(0.4, 1.0, n).round(3).tolist(), "sources": rng.integers(1, 4, n).tolist()}


@cache
def _entities(codes: tuple[str, ...]) -> str:
    return json.dumps([{"text": c, "name": c, "country": None if c in ontology.IGOS else c,
                        "igo": c if c in ontology.IGOS else None, "sector": "GOV"} for c in codes])


EVIDENCE = json.dumps({"sentence": "synthetic", "sentence_index": 0, "trigger": "x", "start": 0, "end": 1})


def chunks(p: dict[str, list], size: int = 100_000) -> Iterator[dict[str, list[tuple]]]:
    """The rows of every table (in ``COLUMNS`` order) for ``size`` planned events at a time;
    each event expands into its dyads as ``store.rows.dyads`` does."""
    days = [(FIRST_DAY + timedelta(days=d)).isoformat() for d in range(DAYS)]
    kinds = [(k, ontology.scores(k)) for k in ontology.EVENT_TYPES]
    for begin in range(0, len(p["day"]), size):
        out: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        for i in range(begin, min(begin + size, len(p["day"]))):
            id, article, day = f"e{i:07d}", f"a{i // PER_ARTICLE:06d}", days[p["day"][i]]
            (kind, s), conf, src = kinds[p["kind"][i]], p["confidence"][i], p["sources"][i]
            a, b = p["actor"][i], p["other"][i]
            actors, recipients = ((a, b), ()) if p["reciprocal"][i] else ((a,), (b,))
            pairs = ((a, b), (b, a)) if p["reciprocal"][i] else ((a, b),)
            if i % PER_ARTICLE == 0:
                out["articles"].append((article, "synthetic", "synthetic", day, None, f"src{i % 7}", "bench", day))
            out["events"].append((id, article, day, "day", kind, None, "[]", _entities(actors),
                                  _entities(recipients), None, s.cameo, s.goldstein, s.plover_score, s.quad,
                                  EVIDENCE, conf, "bench", 1))
            out["canonical_events"].append((id, kind, None, day, "day", "|".join(sorted(actors)),
                                            "|".join(recipients), None, s.cameo, s.goldstein, s.plover_score,
                                            s.quad, conf, src, 1, src, id))
            out["event_links"].append((id, id, article, None, day, None))
            for x, y in pairs:
                out["event_dyads"].append((id, article, day, x, y, kind, s.quad, s.goldstein, s.plover_score, conf))
                out["canonical_dyads"].append((id, day, x, y, kind, s.quad, s.goldstein, s.plover_score, conf,
                                               src, 1, src))
        yield out


COLUMNS = {
    "articles": ("id", "title", "text", "published", "url", "source", "origin", "coded_at"),
    "events": ("id", "article_id", "date", "date_precision", "event", "mode", "context", "actor", "recipient",
               "location", "cameo", "goldstein", "plover_score", "quad", "evidence", "confidence", "coder",
               "mentions"),
    "event_dyads": ("event_id", "article_id", "date", "actor", "recipient", "event", "quad", "goldstein",
                    "plover_score", "confidence"),
    "canonical_events": ("id", "event", "mode", "date", "date_precision", "actor_codes", "recipient_codes",
                         "location", "cameo", "goldstein", "plover_score", "quad", "confidence", "mentions",
                         "articles", "sources", "representative"),
    "event_links": ("event_id", "canonical_id", "article_id", "key", "date", "country"),
    "canonical_dyads": ("canonical_id", "date", "actor", "recipient", "event", "quad", "goldstein",
                        "plover_score", "confidence", "mentions", "articles", "sources"),
}


def build(path: str, n: int) -> dict:
    """Make the store at ``path`` and bulk-load ``n`` events; returns what was loaded and how long it took."""
    Store(path).close()   # the schema, by the store's own migrations
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -512000")   # 500 MB of page cache: the index builds sort in memory
    conn.execute("PRAGMA temp_store = MEMORY")
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [t for t in COLUMNS if t in present]
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    t0 = time.perf_counter()
    p = plan(n)
    conn.execute("BEGIN")
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    for chunk in chunks(p):
        for table in tables:
            cols = COLUMNS[table]
            conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             chunk[table])
    loaded = time.perf_counter()
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return {"counts": counts, "rows_s": loaded - t0, "indexes_s": time.perf_counter() - loaded,
            "build_s": time.perf_counter() - t0, "mb": os.path.getsize(path) / 2**20}


# ---------------------------------------------------------------- timings

def timed(fn: Callable[[], object], repeat: int) -> dict:
    """First call (cold: imports and caches), then the best and median of ``repeat`` more,
    wall-clock and CPU seconds of this process."""
    wall, cpu = [], []
    for _ in range(repeat + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"first_s": wall[0], "best_s": min(wall[1:]), "median_s": statistics.median(wall[1:]),
            "median_cpu_s": statistics.median(cpu[1:])}


def _cli(path: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        if cli_main(["dyad", *PAIR, "--db", path, "--format", "csv"]) != 0:
            raise RuntimeError("detente dyad failed")


def _subprocess(path: str) -> None:
    subprocess.run([sys.executable, "-m", "detente.cli", "dyad", *PAIR, "--db", path, "--format", "csv"],
                   check=True, capture_output=True)


def measure(path: str, repeat: int) -> dict:
    with Store(path) as store:
        cases = {
            "series day": lambda: series(store, *PAIR),
            "series week": lambda: series(store, *PAIR, freq="week"),
            "series month": lambda: series(store, *PAIR, freq="month"),
            "series day, directed": lambda: series(store, *PAIR, directed=True),
            "series day, one year": lambda: series(store, *PAIR, start=date(2020, 1, 1), end=date(2020, 12, 31)),
            "detente dyad (in process, csv)": lambda: _cli(path),
            "detente dyad (new process, csv)": lambda: _subprocess(path),
            "turning_points": lambda: turning_points(store, *PAIR),
            "alerts --dyad": lambda: alerts(store, dyad=PAIR),
            "stress pair: series day": lambda: series(store, *STRESS),
        }
        figures = {name: timed(fn, 1 if "new process" in name else repeat) for name, fn in cases.items()}
        sizes = {"-".join(p): int(series(store, *p)["events"].sum()) for p, _ in SHARES}
    return {"pair_events": sizes, "days": DAYS, "queries": figures}


# ---------------------------------------------------------------- report

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the store (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per query after the first (default 5)")
    ap.add_argument("--db", help="build the store here and keep it (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or os.path.join(tmp, "bench.db")
        if os.path.exists(path):
            os.unlink(path)
        store = build(path, args.events)
        figures = {"events": args.events, "seed": SEED, "store": store, **measure(path, args.repeat)}
    if args.json:
        print(json.dumps(figures))
        return
    c = store["counts"]
    print(f"store: {c['events']:,} events, {c['event_dyads']:,} dyad rows"
          + (f", {c['canonical_dyads']:,} canonical dyad rows" if "canonical_dyads" in c else "")
          + f", {c['articles']:,} articles; {store['mb']:.0f} MB, built in {store['build_s']:.1f} s "
          f"(rows {store['rows_s']:.1f} s, indexes {store['indexes_s']:.1f} s)")
    print("events per pair: " + ", ".join(f"{p} {n:,}" for p, n in figures["pair_events"].items())
          + f", over {DAYS:,} days; timed pair {'-'.join(PAIR)}")
    print(f"{'':34}  {'first s':>8}  {'best s':>8}  {'median s':>8}  {'cpu s':>8}")
    for name, f in figures["queries"].items():
        verdict = ("  ok" if f["median_s"] < TARGET_S else "  over target") if name.startswith("series") else ""
        cpu = "-" if "new process" in name else f"{f['median_cpu_s']:.3f}"   # the child's CPU is not ours
        print(f"{name:34}  {f['first_s']:8.3f}  {f['best_s']:8.3f}  {f['median_s']:8.3f}  {cpu:>8}{verdict}")
    print(f"target: series under {TARGET_S} s per query (median of {args.repeat} warm runs)")


if __name__ == "__main__":
    main()
