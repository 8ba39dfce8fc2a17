"""The HTML crisis brief: one self-contained page (plotly.js and CSS inline, nothing fetched).

The page is ``data/templates/brief.html`` filled with escaped text and tables and one chart:
the daily conflict (up) and cooperation (down) of each direction, the pair's events as
markers with their evidence on hover, and the escalation index, with the turning points as
vertical lines across all three panels.
"""
from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from string import Template

from .. import __version__
from ..ontology import data_path
from .brief import Brief, Item
from .brief_text import (EXCERPT, KEY_HEADERS, PARTY_HEADERS, POINT_HEADERS, POINT_NAMES, excerpt, kind,
                         name, parties, point_events, reports, summary, title, who)

QUADS = {"material_conflict": ("#b2182b", "circle"), "verbal_conflict": ("#b2182b", "circle-open"),
         "verbal_cooperation": ("#2166ac", "circle-open"), "material_cooperation": ("#2166ac", "circle")}
POINT_COLORS = {"escalation_onset": "#d6604d", "peak": "#67001f", "deescalation_onset": "#1b7837"}
PLOT_PX, CHAR_PX = 1000, 6.0   # rough plot width and label character width, to stack labels
WRAP = 64            # characters per line of hover evidence


def page(brief: Brief) -> str:
    template = Template(data_path("templates", "brief.html").read_text(encoding="utf-8"))
    events = len(brief.items)
    return template.substitute(
        version=escape(__version__), title=escape(title(brief)),
        meta=escape(f"{brief.a}–{brief.b} · {brief.start} to {brief.end} · {events} events · "
                    f"escalation threshold {brief.threshold:.1f}"),
        summary=escape(" ".join(summary(brief))),
        chart_note=escape("Daily intensity (summed |PLOVER score|) per direction, conflict up and "
                          "cooperation down; each event as a marker (hover for its evidence); the "
                          "escalation index below. Vertical lines: turning points."),
        chart=chart(brief),
        points=_points(brief),
        key_note=escape(f"The {len(brief.key)} strongest of {events} events (|PLOVER score| × confidence)."),
        key=_table(KEY_HEADERS, [_event_row(i, with_reports=True) for i in brief.key]),
        third_note=escape(f"Actors other than {brief.a} and {brief.b} with events involving both of them."),
        third=_third(brief))


# ---- chart ---------------------------------------------------------------------------------

def chart(brief: Brief) -> str:
    """The timeline as a plotly div, with plotly.js inline (the page's only script)."""
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.05, row_heights=[0.42, 0.2, 0.38])
    days = [p.start_time.date().isoformat() for p in brief.daily.index]
    a, b = brief.a, brief.b
    for direction, x, y, shade in (("a_to_b", a, b, 0), ("b_to_a", b, a, 1)):
        for value, sign, colors in (("conflict", 1, ("#b2182b", "#f4a582")),
                                    ("cooperation", -1, ("#2166ac", "#92c5de"))):
            fig.add_bar(x=days, y=sign * brief.daily[f"{direction}_{value}"], name=f"{x} → {y} {value}",
                        marker_color=colors[shade], legendgroup="bars", row=1, col=1,
                        hovertemplate=f"{x} → {y} {value}: %{{customdata:.1f}}<extra>%{{x}}</extra>",
                        customdata=brief.daily[f"{direction}_{value}"])
    _markers(fig, brief)
    fig.add_scatter(x=days, y=brief.index["index"].round(2), name="escalation index", mode="lines+markers",
                    line={"color": "#1f2328", "width": 2}, marker={"size": 4}, row=3, col=1,
                    hovertemplate="index %{y:.2f}<extra>%{x}</extra>")
    fig.add_hline(y=brief.threshold, line={"color": "#b2182b", "dash": "dash", "width": 1}, row=3, col=1,
                  annotation_text=f"threshold {brief.threshold:.1f}", annotation_position="top left",
                  annotation_font={"size": 11, "color": "#b2182b"})
    levels = _turning_points(fig, brief)
    fig.update_layout(
        height=760, barmode="relative", bargap=0.15, hovermode="closest", template="plotly_white",
        margin={"l": 70, "r": 20, "t": 40 + 18 * levels, "b": 40},
        font={"family": "system-ui, 'DejaVu Sans', sans-serif", "size": 12},
        legend={"orientation": "h", "y": -0.06, "x": 0, "font": {"size": 11}})
    fig.update_xaxes(range=[f"{brief.start}T00:00", f"{brief.end}T23:59"] if brief.start != brief.end else None,
                     showgrid=True, gridcolor="#eef1f4")
    fig.update_yaxes(title_text="conflict ↑ / cooperation ↓", title_font={"size": 11}, row=1, col=1)
    fig.update_yaxes(title_text="events", title_font={"size": 11}, row=2, col=1, range=[-0.6, 2.6],
                     tickvals=[0, 1, 2], ticktext=[f"{a} → {b}", f"{b} → {a}", f"{a} ↔ {b}"], showgrid=False)
    fig.update_yaxes(title_text="escalation index", title_font={"size": 11}, row=3, col=1)
    return fig.to_html(include_plotlyjs=True, full_html=False, div_id="brief-chart",
                       config={"displaylogo": False, "responsive": True})


def _markers(fig: object, brief: Brief) -> None:
    """One marker per event in the events panel, by direction, jittered within a day, coloured by quad."""
    placed: dict[tuple[str, int], list[Item]] = {}
    for item in brief.items:
        placed.setdefault((item.date.isoformat(), _lane(item, brief.a, brief.b)), []).append(item)
    for quad, (color, symbol) in QUADS.items():
        x, y, size, text = [], [], [], []
        for (day, lane), items in placed.items():
            for n, item in enumerate(items):
                if item.quad != quad:
                    continue
                x.append(day)
                y.append(lane + (n - (len(items) - 1) / 2) * min(0.6 / max(len(items) - 1, 1), 0.15))
                size.append(8 + 3 * math.sqrt(item.mentions - 1))
                text.append(_hover(item))
        if x:
            fig.add_scatter(x=x, y=y, mode="markers", name=quad.replace("_", " "), text=text, row=2, col=1,
                            marker={"color": color, "size": size, "symbol": symbol, "opacity": 0.85,
                                    "line": {"color": color if symbol.endswith("open") else "#fff", "width": 1.5}},
                            hovertemplate="%{text}<extra></extra>")


def _lane(item: Item, a: str, b: str) -> int:
    """0 for a → b, 1 for b → a, 2 for both ways (a reciprocal meeting)."""
    ways = {(p, q) for p, q in item.pairs if {p, q} == {a, b}}
    return 2 if len(ways) > 1 else (1 if (b, a) in ways else 0)


def _hover(item: Item) -> str:
    """Hover text: plotly reads <br> and <b>, so the data itself is escaped."""
    sentence = excerpt(item.sentence, EXCERPT)
    lines = textwrap.wrap(sentence, WRAP)
    parts = [f"<b>{escape(kind(item))}</b>", escape(who(item)),
             escape(f"{item.date} · mentions/articles/sources {reports(item)}"),
             *(f"<i>{escape(line)}</i>" for line in lines)]
    return "<br>".join(parts)


def _turning_points(fig: object, brief: Brief) -> int:
    """Vertical lines and labels; a label that would overlap one to its left goes a row up.
    Returns the label rows used."""
    by_day: dict[date, list[str]] = {}
    for point in brief.points:
        by_day.setdefault(point.date, []).append(point.kind)
    px_per_day = PLOT_PX / max((brief.end - brief.start).days + 1, 1)
    ends: list[float] = []   # per label row, the day (as a number) where its last label ends
    for day, kinds in by_day.items():
        text = f"{' + '.join(POINT_NAMES[k] for k in kinds)} {day.isoformat()[5:]}"
        at = (day - brief.start).days
        level = next((n for n, end in enumerate(ends) if end < at), len(ends))
        ends[level:level + 1] = [at + (len(text) * CHAR_PX + 8) / px_per_day]
        color = POINT_COLORS[kinds[-1]]
        fig.add_shape(type="line", x0=day.isoformat(), x1=day.isoformat(), xref="x", yref="paper", y0=0, y1=1,
                      line={"color": color, "width": 1.5, "dash": "dot"})
        fig.add_annotation(x=day.isoformat(), xref="x", yref="paper", y=1.0, yshift=6 + 18 * level,
                           showarrow=False, xanchor="left", yanchor="bottom", font={"size": 11, "color": color},
                           text=escape(text))
    return max(len(ends), 1)


# ---- tables --------------------------------------------------------------------------------

def _points(brief: Brief) -> str:
    if not brief.points:
        return f"<p class=\"note\">The escalation index stayed below {brief.threshold:.1f}: no turning points.</p>"
    rows = [("", [("date", escape(str(p.date))), ("", escape(POINT_NAMES[p.kind])),
                  ("num", f"{p.index:.1f}"),
                  ("", "<br>".join(escape(f"{who(i)} {kind(i)}") for i in point_events(brief, p)) or "–")])
            for p in brief.points]
    return _table(POINT_HEADERS, rows)


def _third(brief: Brief) -> str:
    if not brief.third:
        return "<p>None in the period.</p>"
    out = []
    for party, shown, left in parties(brief.third):
        out.append(f"<h3>{escape(name(party.code))}: {len(party.events)} "
                   f"event{'' if len(party.events) == 1 else 's'}</h3>")
        out.append(_table(PARTY_HEADERS, [_event_row(i, with_reports=False) for i in shown]))
        if left:
            out.append(f"<p class=\"note\">…and {left} more.</p>")
    return "\n".join(out)


def _event_row(item: Item, with_reports: bool) -> tuple[str, list[tuple[str, str]]]:
    cells = [("date", escape(str(item.date))), ("type", escape(kind(item))), ("who", escape(who(item)))]
    if with_reports:
        cells.append(("num", escape(reports(item))))
    evidence = f"<q>{escape(item.sentence)}</q>" if item.sentence else "–"
    return ("conflict" if item.conflict else "cooperation",
            [*cells, ("evidence", evidence), ("source", _source(item))])


def _source(item: Item) -> str:
    outlet = escape(item.outlet or "")
    if item.url and item.url.startswith(("http://", "https://")):
        return f"<a href=\"{escape(item.url)}\" rel=\"noreferrer noopener\">{outlet or 'link'}</a>"
    return outlet or "–"


def _table(headers: Sequence[str], rows: Iterable[tuple[str, list[tuple[str, str]]]]) -> str:
    """A table of pre-escaped cells: rows of (row class, [(cell class, html)])."""
    rows = list(rows)
    classes = [c for c, _ in rows[0][1]] if rows else [""] * len(headers)
    head = "".join(f"<th class=\"{c}\">{escape(h)}</th>" for c, h in zip(classes, headers, strict=True))
    body = "\n".join(f"<tr class=\"{cls}\">" + "".join(f"<td class=\"{c}\">{html}</td>" for c, html in cells)
                     + "</tr>" for cls, cells in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"
