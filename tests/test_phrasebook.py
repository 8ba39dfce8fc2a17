"""Floors on the sentence probes (tests/phrasebook.tsv and tests/phrasebook2.tsv; see
tests/gold2/README.md and tests/gold3/README.md).

Each probe is one sentence with the types, actor and recipient a human coder gives it, or
``NONE`` when it holds no codable event. A positive probe is right when some coded event has an
accepted type, one accepted actor and an accepted recipient (``*`` accepts any; a reciprocal
event without recipient pairs its actors); a NONE probe is right when nothing is coded.
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from detente.models import Article
from detente.pipeline import code_articles

pytestmark = pytest.mark.model

HERE = Path(__file__).resolve().parent
PUBLISHED = date(2024, 6, 1)


@dataclass(frozen=True)
class ProbeSet:
    path: Path
    rows: int        # at least this many probes
    none: int        # at least this many NONE probes
    right: int       # floor on probes right
    quiet: int       # floor on NONE probes left empty


PROBE_SETS = [
    # 296 probes written in session 5. Right, measured 2026-11-29: 180 before session 5's rules, 229
    # after (the probes were read for error analysis), 235 at the end of session 6. NONE probes empty
    # (of 40): 34, then 40. Floors = measured - 6 and - 2.
    ProbeSet(HERE / "phrasebook.tsv", rows=290, none=40, right=229, quiet=38),
    # 240 probes written in session 6 by a new annotator, harder constructions on purpose (recipients
    # known from the sentence's own accusation, metonyms, untitled officials, idioms). Measured
    # 2026-11-29 before any session-6 rule change: 168 right, 41 of 48 NONE probes empty; at the end of
    # session 6 (after its misses were read): 201 right, 46 empty. Floors = measured - 6 and - 2.
    ProbeSet(HERE / "phrasebook2.tsv", rows=240, none=48, right=195, quiet=44),
]

def _alternatives(cell: str) -> set[str]:
    return set(cell.split("|")) if cell else set()


def _right(row: dict, events) -> bool:
    types = _alternatives(row["types"])
    if types == {"NONE"}:
        return not events
    actors, recipients = _alternatives(row["actor"]), _alternatives(row["recipient"])
    for e in events:
        got_actors = {a.code for a in e.actor}
        got_recipients = {r.code for r in e.recipient} or (got_actors if len(got_actors) > 1 else set())
        if e.event in types and got_actors & actors and ("*" in recipients or got_recipients & recipients):
            return True
    return False


def _rows(probes: ProbeSet) -> list[dict]:
    return list(csv.DictReader(probes.path.open(encoding="utf-8"), delimiter="\t"))


def _verdicts(probes: ProbeSet) -> list[tuple[dict, bool]]:
    rows = _rows(probes)
    articles = (Article(f"probe{i}", "", row["sentence"], PUBLISHED, origin="test:phrasebook")
                for i, row in enumerate(rows))
    return [(row, _right(row, coded.events)) for row, coded in zip(rows, code_articles(articles), strict=True)]


@pytest.mark.parametrize("probes", PROBE_SETS, ids=lambda p: p.path.stem)
def test_probe_file_is_well_formed(probes):
    rows = _rows(probes)
    assert len(rows) >= probes.rows
    kinds = Counter(row["types"].split("|")[0] for row in rows)
    assert len(kinds) == 17 and kinds["NONE"] >= probes.none, kinds
    for row in rows:
        assert row["sentence"] and row["types"], row
        assert bool(row["actor"]) == (row["types"] != "NONE"), row


@pytest.mark.parametrize("probes", PROBE_SETS, ids=lambda p: p.path.stem)
def test_probe_floor(probes):
    verdicts = _verdicts(probes)
    right = sum(ok for _, ok in verdicts)
    quiet = sum(ok for row, ok in verdicts if row["types"] == "NONE")
    assert right >= probes.right, f"{right}/{len(verdicts)} probes right, floor {probes.right}"
    assert quiet >= probes.quiet, f"{quiet} NONE probes left empty, floor {probes.quiet}"
