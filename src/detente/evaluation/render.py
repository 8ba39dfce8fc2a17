"""Plain-text report of an evaluation, for terminals."""
from __future__ import annotations

from collections import Counter

from .calibration import Calibration
from .scoring import Report, Tally


def _row(name: str, t: Tally) -> str:
    p, r, f = t.prf(strict=False)
    return f"{name:22} {t.tp:5} {t.fn:5} {t.fp_lenient:5}  {p:6.3f} {r:6.3f} {f:6.3f}"


def _share(label: str, value: float | None) -> str:
    return f"{label:40} {'-' if value is None else f'{value:.3f}'}"


def render(report: Report, show: bool = False) -> str:
    d = report.as_dict()
    o = d["overall"]
    lines = [f"{'':22} {'tp':>5} {'fn':>5} {'fp':>5}  {'prec':>6} {'recall':>6} {'F1':>6}",
             _row("overall (lenient)", report.total),
             f"{'overall (strict)':22} {report.total.tp:5} {report.total.fn:5} {o['fp_strict']:5}  "
             f"{o['precision_strict']:6.3f} {o['recall']:6.3f} {o['f1_strict']:6.3f}", "", "by quad class:"]
    lines += [_row(k, v) for k, v in sorted(report.by_quad.items())]
    lines += ["", "by PLOVER type:"] + [_row(k, v) for k, v in sorted(report.by_type.items())]
    lines += ["", _share("actor accuracy (type found)", d["actor_accuracy"]),
              _share("date exact (dyad found)", d["date_exact"]),
              _share("date within one day", d["date_within_1_day"]),
              _share("type accuracy where the actor was found", d["type_accuracy_where_actor_found"]),
              _share("  ... found in the evidence sentence", d["type_accuracy_where_actor_found_in_sentence"])
              + f"  (of {d['actor_found_in_sentence']})"]
    lines += ["", "type confusion (gold -> coded), most frequent first:"] + _confusion(report.confusion)
    if show:
        lines += ["", *_details(report.total)]
    return "\n".join(lines)


def _confusion(confusion: Counter) -> list[str]:
    return [f"  {g:9} -> {p:9} {n:4}" for (g, p), n in confusion.most_common(20)] or ["  (none)"]


def _details(total: Tally) -> list[str]:
    out = []
    for aid, g in total.misses:
        out.append(f"MISS {aid}: {'/'.join(g['event'])} {g['actor']}->{g['recipient']} {g['date']}  "
                   f"«{g.get('evidence', '')}»")
    for aid, t, ev in total.false_positives:
        sentence = ev.get("sentence", "") if isinstance(ev, dict) else (ev or "")
        out.append(f"FP   {aid}: {t.event} {t.actor}->{t.recipient} {t.date}  «{str(sentence)[:140]}»")
    return out


def render_calibration(cal: Calibration) -> str:
    """Share of coded events that are right (any of their tuples matches a gold event,
    optional ones included), by confidence bucket."""
    def row(name: str, events: int, correct: int, share: float | None) -> str:
        return f"{name:12} {events:6} {correct:7} {'-' if share is None else f'{share:.3f}':>6}"

    lines = ["calibration (an event is right when it matches a gold event):",
             f"{'confidence':12} {'events':>6} {'correct':>7} {'share':>6}"]
    lines += [row(f"{b.low:.1f}-{b.high:.1f}", b.events, b.correct, b.share) for b in cal.buckets]
    lines += [row(f">= {cal.high.low:.1f}", cal.high.events, cal.high.correct, cal.high.share),
              row("all", cal.total.events, cal.total.correct, cal.total.share)]
    return "\n".join(lines)
