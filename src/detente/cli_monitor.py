"""Escalation-monitor commands: dyad, turning-points, alerts, brief (thin, over ``detente.analysis``)."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_common import open_store, parse_date
from .errors import StoreError

if TYPE_CHECKING:
    from .store import Store


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="detente.db", help="SQLite file (default: detente.db)")


def add_commands(sub: argparse._SubParsersAction) -> None:
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
    al.add_argument("--since", type=parse_date, help="only alerts on or after this day (YYYY-MM-DD)")
    al.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="only this pair (ISO3 or IGO codes)")
    al.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    _settings(al)
    _db(al)

    br = sub.add_parser("brief", help="write a crisis brief of a pair (self-contained HTML or Markdown)",
                        description="One page for a decision maker: summary, timeline chart of both directions "
                                    "with turning points, key events with evidence and sources, third parties "
                                    "that engaged both sides. The HTML works offline.")
    _pair(br)
    br.add_argument("-o", "--output", required=True, help="file to write, e.g. brief.html")
    br.add_argument("--format", choices=("html", "md"), default="html", help="html (default) or md (Markdown)")
    _db(br)


def _pair(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", help="ISO3 or IGO code, e.g. PAK or NATO")
    p.add_argument("b", help="ISO3 or IGO code, e.g. IRN (the same code as A for a domestic pair)")
    p.add_argument("--from", dest="start", type=parse_date, help="first day (YYYY-MM-DD; default: first event)")
    p.add_argument("--to", dest="end", type=parse_date, help="last day (YYYY-MM-DD; default: last event)")


def _settings(p: argparse.ArgumentParser) -> None:
    from .analysis.settings import DEFAULTS

    p.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                   help=f"override a setting, repeatable; one of {', '.join(DEFAULTS)}")


SERIES_TABLE = {"events": "events", "verbal_cooperation": "vcoop", "material_cooperation": "mcoop",
                "verbal_conflict": "vconf", "material_conflict": "mconf", "goldstein_sum": "goldstein",
                "plover_sum": "plover", "conflict_weighted": "conflict_w", "cooperation_weighted": "coop_w"}


def _read_store(path: str) -> Store:
    """The store at ``path`` for reading: a missing or empty one is an error, not a new file."""
    if path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no store at {path!r}; build one with: detente ingest PATH... --db {path}")
    from .analysis.dyad import has_events

    store = open_store(path)
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




def cmd_brief(args: argparse.Namespace) -> int:
    from .analysis.brief import write_brief

    with _read_store(args.db) as store:
        path = write_brief(store, args.a, args.b, args.start, args.end, args.output, fmt=args.format)
    print(f"detente: wrote the {args.format} brief for {args.a.upper()}-{args.b.upper()} to {path}", file=sys.stderr)
    return 0


COMMANDS = {"dyad": cmd_dyad, "turning-points": cmd_turning_points, "alerts": cmd_alerts, "brief": cmd_brief}
