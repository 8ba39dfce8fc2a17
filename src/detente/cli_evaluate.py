"""``detente evaluate``: score the coder on gold articles (thin, over ``detente.evaluation``)."""
from __future__ import annotations

import argparse
import json


def evaluation_commands(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("evaluate", help="score the coder on gold articles",
                        description="Code gold articles (files or folders in the shared gold format) and print "
                                    "precision, recall and F1 (lenient and strict) overall, per PLOVER type and "
                                    "per quad class, a type confusion matrix, actor and date accuracy, and the "
                                    "type accuracy where the coder found the actor (on the same days in the "
                                    "article, and in the gold event's own sentence).")
    ev.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or folders of them")
    ev.add_argument("--show", action="store_true", help="also list every miss and false positive")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ev.add_argument("--calibration", action="store_true",
                    help="also print how often events are right by confidence bucket (0.5-0.6 ... 0.9-1.0), "
                         "and the share right among events of confidence >= 0.8")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate_paths, render
    from .evaluation.calibration import calibration, labelled
    from .evaluation.render import render_calibration

    report, golds, predictions = evaluate_paths(args.gold)
    cal = calibration(labelled(golds, predictions)) if getattr(args, "calibration", False) else None
    if args.json:
        print(json.dumps(report.as_dict() | ({"calibration": cal.as_dict()} if cal else {})))
    else:
        print(render(report, show=args.show) + (f"\n\n{render_calibration(cal)}" if cal else ""))
    return 0
