"""The words of a crisis brief: its generated summary, table cells, and the Markdown version.

The summary is built from numbers and dates only: when tension began, the peak and what drove
it, when and how de-escalation began, which third parties dealt with both sides, and where
the index stood at the end.  It says nothing the data does not.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .. import __version__
from .brief import Brief, Item, ThirdParty
from .escalation import TurningPoint

POINT_NAMES = {"escalation_onset": "escalation onset", "peak": "peak",
               "deescalation_onset": "de-escalation onset"}
EXCERPT = 160   # characters of evidence in chart hover text
PER_PARTY = 10  # events listed per third party
KEY_HEADERS = ("Date", "Event", "Actor → recipient", "Mentions / articles / sources", "Evidence", "Source")
POINT_HEADERS = ("Date", "Turning point", "Index", "Events that day")
PARTY_HEADERS = ("Date", "Event", "Actor → recipient", "Evidence", "Source")


# ---- cells ---------------------------------------------------------------------------------

def title(brief: Brief) -> str:
    return f"Crisis brief: {name(brief.a)} – {name(brief.b)}, {brief.start} to {brief.end}"


def name(code: str) -> str:
    """'Pakistan (PAK)' for a country, the code alone for an IGO."""
    from ..actors import load_tables

    country = load_tables().countries.get(code)
    return f"{country.name} ({code})" if country else code


def who(item: Item) -> str:
    """'PAK → IRN', 'IRN ↔ PAK' (reciprocal) or 'CHN → IRN, PAK'."""
    if not item.recipients:
        return " ↔ ".join(item.actors) if len(item.actors) > 1 else (item.actors[0] if item.actors else "?")
    return f"{', '.join(item.actors)} → {', '.join(item.recipients)}"


def kind(item: Item) -> str:
    return f"{item.event} ({item.mode})" if item.mode else item.event


def reports(item: Item) -> str:
    return f"{item.mentions} / {item.articles} / {item.sources}"


def excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def point_events(brief: Brief, point: TurningPoint, limit: int = 3) -> list[Item]:
    found = brief.by_id()
    return [found[i] for i in point.events if i in found][:limit]


def parties(third: Sequence[ThirdParty]) -> list[tuple[ThirdParty, list[Item], int]]:
    """Each third party with the events listed for it (at most ``PER_PARTY``) and how many are left out."""
    return [(p, list(p.events[:PER_PARTY]), max(len(p.events) - PER_PARTY, 0)) for p in third]


# ---- summary -------------------------------------------------------------------------------

def summary(brief: Brief) -> list[str]:
    """3–6 sentences: the period, the escalation (or its absence), third parties, the end."""
    out = [_overview(brief)]
    out += _crisis(brief) if any(p.kind == "peak" for p in brief.points) else [_calm(brief)]
    return [*out, _third(brief), _ending(brief)]


def _overview(brief: Brief) -> str:
    conflict = sum(i.conflict for i in brief.items)
    return (f"From {brief.start} to {brief.end} the store holds {_n(len(brief.items), 'event')} between "
            f"{brief.a} and {brief.b} ({conflict} conflict, {len(brief.items) - conflict} cooperation), "
            f"dated {brief.items[0].date} to {brief.items[-1].date}.")


def _crisis(brief: Brief) -> list[str]:
    peaks = [p for p in brief.points if p.kind == "peak"]
    top = max(peaks, key=lambda p: p.index)
    onset = next((p for p in brief.points if p.kind == "escalation_onset"), None)
    episodes = f"; it was above the threshold in {len(peaks)} separate episodes" if len(peaks) > 1 else ""
    if onset is None:
        began = f"The period opens during an escalation (index {brief.index['index'].iloc[0]:.1f}{episodes})."
    else:
        began = (f"Tension began on {onset.date}{_with(brief, onset, conflict=True)}, when the escalation "
                 f"index stood at {onset.index:.1f} (threshold {brief.threshold:.1f}){episodes}.")
    drivers = [i for i in point_events(brief, top, 2) if i.conflict]
    peak = f"The index peaked at {top.index:.1f} on {top.date}" + (
        f", driven by {_and([_describe(i) for i in drivers])}." if drivers else ".")
    return [began, peak, _deescalation(brief, top)]


def _deescalation(brief: Brief, top: TurningPoint) -> str:
    calm = next((p for p in brief.points if p.kind == "deescalation_onset" and p.date > top.date), None)
    later = [i for i in brief.items if i.date > top.date and not i.conflict]
    first = _strongest([i for i in later if i.date == later[0].date], 2) if later else []
    events = _and([_describe(i) for i in first])
    if calm is None:
        return f"The index had not fallen back by {brief.end}" + (
            f"; the first cooperative events after the peak came on {first[0].date}: {events}." if first else ".")
    if first and first[0].date == calm.date:
        return f"De-escalation began on {calm.date} with {events}; the index fell to {calm.index:.1f}."
    how = f"the first cooperative events after the peak came on {first[0].date}: {events}" if first \
        else "no cooperative event followed the peak in the period"
    return f"De-escalation began on {calm.date}, the index down to {calm.index:.1f} from {top.index:.1f}; {how}."


def _calm(brief: Brief) -> str:
    values = brief.index["index"]
    high = values.idxmax().start_time.date()
    return (f"The escalation index stayed below its threshold of {brief.threshold:.1f}; its highest "
            f"value was {values.max():.1f} on {high}.")


def _third(brief: Brief) -> str:
    if not brief.third:
        return f"No third party had events with both {brief.a} and {brief.b} in the period."
    listed = [f"{p.code} ({_n(len(p.events), 'event')}: {_types(p.events)})" for p in brief.third]
    return f"Third parties with events involving both sides: {_and(listed)}."


def _ending(brief: Brief) -> str:
    last = brief.items[-1].date
    final = [i for i in brief.items if i.date == last]
    conflict = sum(i.conflict for i in final)
    return (f"On {brief.end}, the end of the period, the index stood at {brief.index['index'].iloc[-1]:.1f}; "
            f"the last day with events, {last}, had {_n(len(final) - conflict, 'cooperation event')} and "
            f"{_n(conflict, 'conflict event') if conflict else 'no conflict event'}.")


def _with(brief: Brief, point: TurningPoint, conflict: bool) -> str:
    found = [i for i in point_events(brief, point) if i.conflict == conflict]
    return f" with {_describe(found[0])}" if found else ""


def _describe(item: Item) -> str:
    """'PAK → IRN ASSAULT (aerial; 7 mentions, 3 sources)'."""
    sources = f"{item.mentions} mentions, {_n(item.sources, 'source')}" if item.mentions > 1 \
        else _n(item.sources, "source")
    return f"{who(item)} {item.event} ({item.mode + '; ' if item.mode else ''}{sources})"


def _strongest(items: Iterable[Item], limit: int) -> list[Item]:
    return sorted(items, key=lambda i: (-i.strength, i.id))[:limit]


def _types(items: Iterable[Item]) -> str:
    counts = Counter(i.event for i in items)
    return ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in counts.most_common())


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


# ---- Markdown ------------------------------------------------------------------------------

def markdown(brief: Brief) -> str:
    """Summary, turning points, key events and third parties as Markdown tables."""
    lines = [f"# {title(brief)}", "", "## Summary", "", _md(" ".join(summary(brief))), "",
             "## Turning points", ""]
    lines += _table(POINT_HEADERS, [(str(p.date), POINT_NAMES[p.kind], f"{p.index:.1f}",
                                     "; ".join(f"{who(i)} {kind(i)}" for i in point_events(brief, p)))
                                    for p in brief.points]) if brief.points else ["None in the period."]
    lines += ["", "## Key events", "", f"Strongest first (|PLOVER score| × confidence), {len(brief.key)} "
              f"of {len(brief.items)}.", ""]
    lines += _table(KEY_HEADERS, [(str(i.date), kind(i), who(i), reports(i), i.sentence, _source(i))
                                  for i in brief.key])
    lines += ["", "## Third parties", ""]
    if not brief.third:
        lines += [f"No actor other than {brief.a} and {brief.b} had events with both.", ""]
    for party, shown, left in parties(brief.third):
        lines += [f"### {name(party.code)}: {_n(len(party.events), 'event')}", ""]
        lines += _table(PARTY_HEADERS, [(str(i.date), kind(i), who(i), i.sentence, _source(i)) for i in shown])
        lines += ["", f"…and {left} more.", ""] if left else [""]
    lines += [f"_Generated by Détente {__version__}._", ""]
    return "\n".join(lines)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return out + ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]


def _source(item: Item) -> str:
    outlet = (item.outlet or "").replace("]", ")").replace("[", "(")
    if item.url and item.url.startswith(("http://", "https://")):
        return f"[{outlet or 'link'}]({item.url.replace(' ', '%20').replace(')', '%29')})"
    return outlet


def _md(text: str) -> str:
    """One line, pipes escaped, and no raw HTML for a Markdown renderer to interpret."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
