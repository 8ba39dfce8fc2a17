"""``detente evaluate``: score the coder on gold articles (thin, over ``detente.evaluation``)."""
from __future__ import annotations

import argparse
import json


def evaluation_commands(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("evaluate", help="score the coder on gold articles",
                        description="Code gold articles (files or folders in the shared gold format) and print "
                                    "precision, recall and F1 (lenient and strict) overall, per PLOVER type and "
                                    "per quad class, a type confusion matrix, actor and date accuracy.")
    ev.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or folders of them")
    ev.add_argument("--show", action="store_true", help="also list every miss and false positive")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate_paths, render

    report, _, _ = evaluate_paths(args.gold)
    print(json.dumps(report.as_dict()) if args.json else render(report, show=args.show))
    return 0
