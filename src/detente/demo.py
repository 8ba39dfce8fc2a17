"""`make demo`: code the bundled demo corpus into a store, print the events, the
Pakistan–Iran daily timeline and its turning points (escalation onset, peak, de-escalation),
and write the crisis brief for January 2024 (brief.html).

    python -m detente.demo [--db demo.db] [--corpus demo/]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m detente.demo", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="demo.db", help="SQLite store to (re)build (default: demo.db)")
    p.add_argument("--corpus", default=str(ROOT / "demo"), help="folder of demo articles")
    p.add_argument("--brief", default="brief.html", help="where to write the crisis brief (default: brief.html)")
    args = p.parse_args(argv)
    db = Path(args.db)
    if db.exists():
        db.unlink()
    print(f"== coding the demo corpus in {args.corpus} into {db}")
    rc = cli_main(["code", args.corpus, "--db", str(db), "--format", "table"])
    print("\n== Pakistan–Iran, daily events and summed scores (both directions)")
    cli_main(["timeline", "PAK", "IRN", "--db", str(db)])
    print("\n== Pakistan–Iran turning points (escalation index: detente.analysis.escalation)")
    cli_main(["turning-points", "PAK", "IRN", "--db", str(db)])
    print(f"\n== crisis brief for January 2024 -> {args.brief}")
    cli_main(["brief", "PAK", "IRN", "--from", "2024-01-10", "--to", "2024-02-05", "-o", args.brief,
              "--db", str(db)])
    return rc


if __name__ == "__main__":
    sys.exit(main())
