"""Command line: thin commands over the Python API.

    detente code PATH... [--published DATE] [--format jsonl|table] [--db PATH] [--min-confidence X]
    detente ingest PATH... [--db PATH]            code and store, print a summary
    detente events [--db PATH] [--format ...]      print stored events
    detente timeline A B [--db PATH]               daily events and scores of a country pair
    detente dyad A B [--from --to --freq --directed --format --db]      per-period series of a pair
    detente turning-points A B [--from --to --format --set --db]        escalation onsets, peaks, de-escalations
    detente alerts [--since DATE] [--dyad A B] [--set name=value]... [--db]   pairs that escalate, newest first
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import DetenteError, InputError, StoreError

if TYPE_CHECKING:
    from .store import Store

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="detente", description="Offline political event coder (PLOVER).")
    p.add_argument("--version", action="version", version=f"detente {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles into PLOVER events",
                          description="Code .txt/.html/.json/.jsonl files (or - for stdin) into events.")
    _inputs(code)
    code.add_argument("--format", choices=("jsonl", "table"), default="table", help="output format")
    code.add_argument("--db", help="also store articles and events in this SQLite file")
    code.add_argument("--min-confidence", type=float, default=0.0, help="drop events below this confidence")

    ingest = sub.add_parser("ingest", help="code articles and store them (default detente.db)",
                            description="Code inputs and store articles and events idempotently.")
    _inputs(ingest)
    ingest.add_argument("--db", default="detente.db", help="SQLite file (default: detente.db)")

    events = sub.add_parser("events", help="print stored events", description="Print stored events.")
    events.add_argument("--db", default="detente.db", help="SQLite file (default: detente.db)")
    events.add_argument("--format", choices=("jsonl", "table"), default="table", help="output format")
    events.add_argument("--article", help="only this article id")

    tl = sub.add_parser("timeline", help="daily events and scores of a country pair",
                        description="Daily event counts and summed scores between two actors.")
    tl.add_argument("a", help="ISO3 or IGO code, e.g. PAK")
    tl.add_argument("b", help="ISO3 or IGO code, e.g. IRN")
    tl.add_argument("--db", default="detente.db", help="SQLite file (default: detente.db)")
    _monitor_commands(sub)
    return p


def _monitor_commands(sub: argparse._SubParsersAction) -> None:
    dy = sub.add_parser("dyad", help="per-period series of an actor pair",
                        description="Per day, week or month between two actors: counts by quad class and "
                                    "PLOVER type, summed and mean scores, conflict and cooperation intensity, "
                                    "raw and weighted by confidence and sources. Empty periods are zeros.")
    _pair(dy)
    dy.add_argument("--freq", choices=("day", "week", "month"), default="day",
                    help="period length (default: day; weeks end on Sunday)")
    dy.add_argument("--directed", action="store_true",
                    help="only events from A to B (default: both directions, plus per-direction columns)")
    dy.add_argument("--format", choices=("table", "csv", "json"), default="table",
                    help="table (the main columns) or csv / json (every column)")
    _db(dy)

    tp = sub.add_parser("turning-points", help="escalation onsets, peaks and de-escalation onsets of a pair",
                        description="Days the escalation index of a pair turned, each with the events that "
                                    "drove it (see detente.analysis.escalation for the index).")
    _pair(tp)
    tp.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    _settings(tp)
    _db(tp)

    al = sub.add_parser("alerts", help="pairs whose escalation index crosses the threshold or jumps",
                        description="Days on which a pair's escalation index crossed the threshold or rose "
                                    "sharply over the day before, newest first, with their evidence events.")
    al.add_argument("--since", type=_date, help="only alerts on or after this day (YYYY-MM-DD)")
    al.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="only this pair (ISO3 or IGO codes)")
    al.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    _settings(al)
    _db(al)


def _pair(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", help="ISO3 or IGO code, e.g. PAK or NATO")
    p.add_argument("b", help="ISO3 or IGO code, e.g. IRN (the same code as A for a domestic pair)")
    p.add_argument("--from", dest="start", type=_date, help="first day (YYYY-MM-DD; default: first event)")
    p.add_argument("--to", dest="end", type=_date, help="last day (YYYY-MM-DD; default: last event)")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="detente.db", help="SQLite file (default: detente.db)")


def _settings(p: argparse.ArgumentParser) -> None:
    from .analysis.settings import DEFAULTS

    p.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                   help=f"override a setting, repeatable; one of {', '.join(DEFAULTS)}")


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .json, .jsonl files, folders, or -")
    p.add_argument("--published", type=_date, help="publication date for inputs that lack one (YYYY-MM-DD)")
    p.add_argument("--max-chars", type=int, default=1_000_000, help="longest article accepted")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except DetenteError as exc:
        print(f"detente: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0


def _read(args: argparse.Namespace) -> tuple[list, list[InputError]]:
    from .ingest import read_inputs

    articles, errors = [], []
    for item in read_inputs(args.paths, published=args.published, max_chars=args.max_chars):
        if isinstance(item, InputError):
            print(f"detente: skipped {item}", file=sys.stderr)
            errors.append(item)
        else:
            articles.append(item)
    return articles, errors


def cmd_code(args: argparse.Namespace) -> int:
    from .pipeline import code_articles

    articles, errors = _read(args)
    store = _open_store(args.db) if getattr(args, "db", None) else None
    rows = []
    for coded in code_articles(articles):
        for w in coded.warnings:
            print(f"detente: warning: {w}", file=sys.stderr)
        events = [e for e in coded.events if e.confidence >= getattr(args, "min_confidence", 0.0)]
        if store is not None:
            store.save(coded.article, events)
        if args.command == "code":
            _emit(events, args.format, rows)
    if args.command == "code" and args.format == "table":
        print(_table(rows))
    if store is not None:
        counts = store.counts()
        print(f"detente: stored {len(articles)} articles; store now holds {counts}", file=sys.stderr)
        store.close()
    return EXIT_INPUT_FAILED if errors else 0


def _open_store(path: str):
    from .store import Store

    return Store(path)


def _emit(events: list, fmt: str, rows: list) -> None:
    for e in events:
        d = e.to_dict() if hasattr(e, "to_dict") else e
        if fmt == "jsonl":
            print(json.dumps(d, ensure_ascii=False))
        else:
            rows.append(d)


def _codes(ents: list[dict]) -> str:
    return "+".join(x.get("country") or x.get("igo") or "?" for x in ents) or "-"


def _table(rows: list[dict]) -> str:
    head = f"{'date':10}  {'event':9}  {'mode':13}  {'actor':12}  {'recipient':12}  {'conf':>4}  evidence"
    lines = [head, "-" * len(head)]
    for d in rows:
        ev = d["evidence"]
        lines.append(f"{d['date'] or '?':10}  {d['event']:9}  {(d['mode'] or '-'):13}  "
                     f"{_codes(d['actor']):12}  {_codes(d['recipient']):12}  {d['confidence']:4.2f}  "
                     f"{ev['trigger']!r}: {ev['sentence'][:70]}")
    lines.append(f"{len(rows)} events")
    return "\n".join(lines)


def cmd_events(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    rows: list[dict] = []
    _emit(store.events(article_id=args.article), args.format, rows)
    if args.format == "table":
        print(_table(rows))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    days = store.daily_dyad(args.a.upper(), args.b.upper())
    print(f"{'date':10}  {'events':>6}  {'coop':>4}  {'confl':>5}  {'goldstein':>9}  {'plover':>6}")
    for d in days:
        print(f"{d['date']:10}  {d['events']:6}  {d['cooperation']:4}  {d['conflict']:5}  "
              f"{d['goldstein_sum']:9.1f}  {d['plover_sum']:6.1f}")
    return 0


# ---------------------------------------------------------------- escalation monitor

SERIES_TABLE = {"events": "events", "verbal_cooperation": "vcoop", "material_cooperation": "mcoop",
                "verbal_conflict": "vconf", "material_conflict": "mconf", "goldstein_sum": "goldstein",
                "plover_sum": "plover", "conflict_weighted": "conflict_w", "cooperation_weighted": "coop_w"}


def _read_store(path: str) -> Store:
    """The store at ``path`` for reading: a missing or empty one is an error, not a new file."""
    if path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no store at {path!r}; build one with: detente ingest PATH... --db {path}")
    from .analysis.dyad import has_events

    store = _open_store(path)
    if not has_events(store):
        store.close()
        raise StoreError(f"the store {path!r} holds no events; code articles into it with: "
                         f"detente ingest PATH... --db {path}")
    return store


def _no_events(args: argparse.Namespace, what: str = "events") -> None:
    span = f" ({args.start or '...'} to {args.end or '...'})" if args.start or args.end else ""
    print(f"detente: no {what} between {args.a.upper()} and {args.b.upper()} in {args.db}{span}", file=sys.stderr)


def cmd_dyad(args: argparse.Namespace) -> int:
    from .analysis.dyad import series

    with _read_store(args.db) as store:
        frame = series(store, args.a, args.b, args.start, args.end, args.freq, args.directed)
    if not frame["events"].sum():
        _no_events(args)
    if args.format == "csv":
        frame.to_csv(sys.stdout)
    elif args.format == "json":
        records = frame.reset_index().assign(period=lambda f: f["period"].astype(str))
        print(records.to_json(orient="records", double_precision=6))
    else:
        print(f"{'period':23}" + "".join(f"{label:>11}" for label in SERIES_TABLE.values()))
        for period, row in zip(frame.index, frame[list(SERIES_TABLE)].itertuples(index=False), strict=True):
            print(f"{str(period):23}" + "".join(f"{v:11d}" if isinstance(v, int) else f"{v:11.2f}" for v in row))
    return 0


def _ids(events: Sequence[str], shown: int = 3) -> str:
    more = f" (+{len(events) - shown})" if len(events) > shown else ""
    return ", ".join(events[:shown]) + more if events else "-"


def cmd_turning_points(args: argparse.Namespace) -> int:
    from .analysis.escalation import turning_points

    with _read_store(args.db) as store:
        points = turning_points(store, args.a, args.b, args.start, args.end, args.settings)
    if not points:
        _no_events(args, "turning points")
    if args.format == "json":
        print(json.dumps([p.to_dict() for p in points], ensure_ascii=False))
        return 0
    print(f"{'date':10}  {'kind':18}  {'index':>7}  events (strongest first)")
    for p in points:
        print(f"{p.date.isoformat():10}  {p.kind:18}  {p.index:7.2f}  {_ids(p.events)}")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from .analysis.alerts import alerts

    with _read_store(args.db) as store:
        found = alerts(store, args.since, tuple(args.dyad) if args.dyad else None, args.settings)
    if args.format == "json":
        print(json.dumps([a.to_dict() for a in found], ensure_ascii=False))
        return 0
    if not found:
        print(f"detente: no alerts in {args.db}" + (f" since {args.since}" if args.since else ""), file=sys.stderr)
    print(f"{'date':10}  {'dyad':11}  {'reasons':15}  {'index':>7}  {'change':>7}  events (strongest first)")
    for a in found:
        print(f"{a.date.isoformat():10}  {'-'.join(a.dyad):11}  {'+'.join(a.reasons):15}  {a.index:7.2f}  "
              f"{a.change:7.2f}  {_ids(a.events)}")
    return 0


COMMANDS = {"code": cmd_code, "ingest": cmd_code, "events": cmd_events, "timeline": cmd_timeline,
            "dyad": cmd_dyad, "turning-points": cmd_turning_points, "alerts": cmd_alerts}


if __name__ == "__main__":
    sys.exit(main())
