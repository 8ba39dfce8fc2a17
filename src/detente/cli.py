"""Command line: thin commands over the Python API.

    detente code PATH... [--published DATE] [--format jsonl|table] [--db PATH] [--min-confidence X]
    detente ingest PATH... [--db PATH]            code and store, print a summary
    detente events [--db PATH] [--format ...]      print stored events
    detente timeline A B [--db PATH]               daily events and scores of a country pair
    detente dyad A B [--from --to --freq --directed --format --db]      per-period series of a pair
    detente turning-points A B [--from --to --format --set --db]        escalation onsets, peaks, de-escalations
    detente alerts [--since DATE] [--dyad A B] [--set name=value]... [--db]   pairs that escalate, newest first
    detente brief A B --from --to -o FILE [--format html|md] [--db]    a crisis brief of a pair
    detente evaluate GOLD... [--show] [--json]                          score the coder on gold articles

Monitor commands live in ``cli_monitor``, the evaluation command in ``cli_evaluate``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__
from . import cli_monitor as monitor
from .cli_common import open_store, parse_date
from .cli_evaluate import cmd_evaluate, evaluation_commands
from .errors import DetenteError, InputError

if TYPE_CHECKING:
    pass

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2


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
    monitor.add_commands(sub)
    evaluation_commands(sub)
    return p


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="detente.db", help="SQLite file (default: detente.db)")


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .json, .jsonl files, folders, or -")
    p.add_argument("--published", type=parse_date, help="publication date for inputs that lack one (YYYY-MM-DD)")
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
    store = open_store(args.db) if getattr(args, "db", None) else None
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
    store = open_store(args.db)
    rows: list[dict] = []
    _emit(store.events(article_id=args.article), args.format, rows)
    if args.format == "table":
        print(_table(rows))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    days = store.daily_dyad(args.a.upper(), args.b.upper())
    print(f"{'date':10}  {'events':>6}  {'coop':>4}  {'confl':>5}  {'goldstein':>9}  {'plover':>6}")
    for d in days:
        print(f"{d['date']:10}  {d['events']:6}  {d['cooperation']:4}  {d['conflict']:5}  "
              f"{d['goldstein_sum']:9.1f}  {d['plover_sum']:6.1f}")
    return 0


# ---------------------------------------------------------------- escalation monitor

COMMANDS = {"code": cmd_code, "ingest": cmd_code, "events": cmd_events, "timeline": cmd_timeline,
            "evaluate": cmd_evaluate, **monitor.COMMANDS}


if __name__ == "__main__":
    sys.exit(main())
