"""PLOVER types, modes and contexts with their CAMEO roots, Goldstein and PLOVER scores.

The numbers live in ``data/events/plover.tsv`` and ``modes.tsv`` (reviewed like code);
this module only reads them, lazily and once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import DataError

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
IGOS = (
    "UN", "EU", "NATO", "AU", "ASEAN", "ARL", "OIC", "GCC", "IAEA", "ICC", "ICJ",
    "G7", "G20", "SCO", "ECOWAS", "OSCE", "WHO", "IMF", "WB",
    "IGO",  # any other international body or transnational NGO (data/actors/international.tsv)
)
SECTORS = (
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF", "OPP", "PTY", "CVL",
    "BUS", "MED", "NGO", "IGO", "EDU", "REL", "LAB", "REF", "CRM", "ELI", "HLH", "AGR",
)
# Event types whose default reading, with several actors and nobody else named, is reciprocal.
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class Scores:
    """What a (type, mode) pair implies for the output contract."""

    quad: str
    cameo: str
    goldstein: float
    plover_score: float


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("detente").joinpath("data", *parts)))


def read_table(path: Path) -> list[dict[str, str]]:
    """Read one of our TSV tables: ``#`` lines are comments, the first other line the header.
    Each row also carries ``_line``, its line number in the file, for error messages."""
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    if not lines:
        raise DataError(f"{path}: empty table")
    header = lines[0][1].split("\t")
    rows = []
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise DataError(f"{path}:{n}: {len(cells)} cells, header has {len(header)}")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
        row["_line"] = str(n)
        rows.append(row)
    return rows


def table_version(path: Path) -> str:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    return first.split(":", 1)[1].strip() if first.startswith("# version:") else "unversioned"


@cache
def _types() -> dict[str, Scores]:
    out = {}
    for row in read_table(data_path("events", "plover.tsv")):
        if row["event"] not in EVENT_TYPES or row["quad"] not in QUADS:
            raise DataError(f"plover.tsv: bad row {row}")
        out[row["event"]] = Scores(row["quad"], row["cameo"], float(row["goldstein"]),
                                   float(row["plover_score"]))
    return out


@cache
def _modes() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["event"], r["mode"]): r for r in read_table(data_path("events", "modes.tsv"))}


def modes(event: str) -> list[str]:
    return [m for (e, m) in _modes() if e == event]


def scores(event: str, mode: str | None = None) -> Scores:
    """Quad, CAMEO root, Goldstein and PLOVER score of an event type and optional mode."""
    base = _types()[event]
    row = _modes().get((event, mode or ""))
    if not row:
        return base
    return Scores(
        base.quad,
        row["cameo"] or base.cameo,
        float(row["goldstein"]) if row["goldstein"] else base.goldstein,
        float(row["plover_score"]) if row["plover_score"] else base.plover_score,
    )


def is_known_mode(event: str, mode: str | None) -> bool:
    return not mode or (event, mode) in _modes()
