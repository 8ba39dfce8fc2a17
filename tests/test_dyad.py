"""Dyad series: zero-filled periods, directions, IGO and domestic pairs, periods, checks, CLI.

The helpers here (``event``, ``store_with``) build small hand-made stores for the escalation
and alert tests too.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest

from detente import ontology
from detente.analysis.dyad import PER_DIRECTION, check_code, columns, series
from detente.cli import main
from detente.errors import QueryError
from detente.models import Article, Entity, Event, Evidence
from detente.store import Store

DAY0 = date(2024, 1, 1)   # a Monday
IGOS = {"UN", "EU", "NATO"}


def day(n: int) -> date:
    """Day ``n`` of January 2024."""
    return DAY0 + timedelta(days=n - 1)


def entity(code: str) -> Entity:
    igo = code if code in IGOS else None
    return Entity(code, code, None if igo else code, igo, "IGO" if igo else "GOV")


def event(id: str, when: date | None, kind: str, actors: Iterable[str], recipients: Iterable[str] = (),
          confidence: float = 0.8, mode: str | None = None, article_id: str = "a1") -> Event:
    """An event of PLOVER type ``kind`` scored as the ontology scores it."""
    s = ontology.scores(kind, mode)
    return Event(id=id, article_id=article_id, date=when, date_precision="day", event=kind, mode=mode,
                 context=(), actor=tuple(map(entity, actors)), recipient=tuple(map(entity, recipients)),
                 location=None, cameo=s.cameo, goldstein=s.goldstein, plover_score=s.plover_score, quad=s.quad,
                 evidence=Evidence(f"sentence of {id}", 0, kind.lower(), 0, 1), confidence=confidence,
                 coder="test")


def store_with(events: Iterable[Event], path: str | Path = ":memory:") -> Store:
    """A store holding ``events``, each article's events saved together (one source each)."""
    store = Store(path)
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    for article_id, evs in by_article.items():
        store.save(Article(article_id, f"title {article_id}", "text", DAY0, source=f"src-{article_id}"), evs)
    return store


@pytest.fixture
def pair_store() -> Store:
    return store_with([
        event("strike", day(1), "ASSAULT", ["PAK"], ["IRN"], 0.9, "aerial"),
        event("accuse", day(1), "ACCUSE", ["IRN"], ["PAK"], 0.5, "condemn"),
        event("talks", day(4), "CONSULT", ["PAK", "IRN"], [], 1.0, "meet"),   # reciprocal: both ways
        event("other", day(2), "ASSAULT", ["PAK"], ["AFG"]),
        event("undated", None, "ASSAULT", ["PAK"], ["IRN"]),
    ])


# ---- periods and zero filling ----------------------------------------------------------------

def test_days_without_events_are_zero_rows(pair_store: Store) -> None:
    frame = series(pair_store, "PAK", "IRN")
    assert [str(p) for p in frame.index] == ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"]
    assert list(frame.columns) == list(columns(directed=False))
    assert frame["events"].tolist() == [2, 0, 0, 1]
    assert frame.loc["2024-01-02"].abs().sum() == 0


def test_given_range_is_reindexed_in_full(pair_store: Store) -> None:
    frame = series(pair_store, "PAK", "IRN", start=date(2023, 12, 30), end=day(6))
    assert len(frame) == 8 and frame["events"].sum() == 3
    assert frame["events"].iloc[0] == 0


def test_counts_scores_and_intensities(pair_store: Store) -> None:
    first = series(pair_store, "PAK", "IRN").iloc[0]
    assert (first["material_conflict"], first["verbal_conflict"], first["ASSAULT"], first["ACCUSE"]) == (1, 1, 1, 1)
    assert first["plover_sum"] == -9.5 - 3 and first["plover_mean"] == pytest.approx((-9.5 - 3) / 2)
    assert first["goldstein_sum"] == -12 and first["conflict"] == 12.5 and first["cooperation"] == 0
    assert first["conflict_weighted"] == pytest.approx(0.9 * 9.5 + 0.5 * 3)


def test_undirected_counts_each_event_once_and_each_direction_apart(pair_store: Store) -> None:
    frame = series(pair_store, "PAK", "IRN")
    assert frame.loc["2024-01-01", "a_to_b_conflict"] == 9.5
    assert frame.loc["2024-01-01", "b_to_a_conflict"] == 3
    talks = frame.loc["2024-01-04"]
    assert talks["events"] == 1 and talks["cooperation"] == 2.5
    assert talks["a_to_b_cooperation"] == talks["b_to_a_cooperation"] == 2.5


def test_directed_counts_only_a_to_b(pair_store: Store) -> None:
    forward = series(pair_store, "PAK", "IRN", directed=True)
    backward = series(pair_store, "IRN", "PAK", directed=True)
    assert forward["events"].sum() == 2 and forward["ACCUSE"].sum() == 0
    assert backward["events"].sum() == 2 and backward["ASSAULT"].sum() == 0
    assert not set(PER_DIRECTION) & set(forward.columns)


def test_week_and_month_periods(pair_store: Store) -> None:
    weeks = series(pair_store, "PAK", "IRN", freq="week", end=day(10))
    assert [str(p) for p in weeks.index] == ["2024-01-01/2024-01-07", "2024-01-08/2024-01-14"]
    assert weeks["events"].tolist() == [3, 0]
    assert weeks["plover_mean"].iloc[0] == pytest.approx((-9.5 - 3 + 2.5) / 3)
    months = series(pair_store, "PAK", "IRN", freq="month", end=date(2024, 3, 5))
    assert [str(p) for p in months.index] == ["2024-01", "2024-02", "2024-03"]
    assert months["events"].tolist() == [3, 0, 0]


# ---- IGO and domestic pairs ------------------------------------------------------------------

def test_igo_and_domestic_pairs() -> None:
    store = store_with([event("n", day(2), "THREATEN", ["NATO"], ["RUS"], mode="military"),
                        event("u", day(3), "ACCUSE", ["UN"], ["SDN"], mode="condemn"),
                        event("d", day(3), "ASSAULT", ["SDN"], ["SDN"], 0.6, "heavy-weapons")])
    assert series(store, "nato", "RUS")["THREATEN"].sum() == 1
    assert series(store, "SDN", "UN")["ACCUSE"].sum() == 1
    domestic = series(store, "SDN", "SDN")
    assert domestic["events"].sum() == 1 and domestic["ASSAULT"].sum() == 1
    assert domestic["a_to_b_conflict"].sum() == domestic["b_to_a_conflict"].sum() == 9.5


# ---- weights and the store's two dyad tables ---------------------------------------------------

@pytest.mark.skipif(not hasattr(Store, "canonical_dyads"), reason="no cross-article fusion in this store")
def test_independent_sources_weigh_more() -> None:
    store = store_with([event("x1", day(1), "ASSAULT", ["PAK"], ["IRN"], 0.5, article_id="a1"),
                        event("x2", day(1), "ASSAULT", ["PAK"], ["IRN"], 0.5, article_id="a2")])
    first = series(store, "PAK", "IRN").iloc[0]
    assert first["events"] == 1   # one happening, two reports
    assert first["conflict_weighted"] == pytest.approx(0.5 * (1 + math.log(2)) * 9.0)
    assert series(store, "PAK", "IRN", source_weight=0).iloc[0]["conflict_weighted"] == pytest.approx(4.5)


def test_falls_back_to_event_dyads_without_canonical_rows(pair_store: Store) -> None:
    before = series(pair_store, "PAK", "IRN")
    if pair_store._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'canonical_dyads'").fetchone():
        pair_store._conn.execute("DELETE FROM canonical_dyads")
    after = series(pair_store, "PAK", "IRN")
    assert after.equals(before)


# ---- checks and empty answers -----------------------------------------------------------------

@pytest.mark.parametrize("codes", [("XYZ", "IRN"), ("PAK", "Iran"), ("PAK", "")])
def test_unknown_codes_are_named(pair_store: Store, codes: tuple[str, str]) -> None:
    with pytest.raises(QueryError, match="unknown actor code .*countries.tsv"):
        series(pair_store, *codes)


def test_codes_are_upper_cased() -> None:
    assert check_code(" pak ") == "PAK" and check_code("nato") == "NATO"


def test_reversed_range_and_bad_period(pair_store: Store) -> None:
    with pytest.raises(QueryError, match="after the end"):
        series(pair_store, "PAK", "IRN", start=day(5), end=day(1))
    with pytest.raises(QueryError, match="unknown period"):
        series(pair_store, "PAK", "IRN", freq="year")


def test_empty_store_and_quiet_pair_give_well_formed_frames(pair_store: Store) -> None:
    for store, pair in ((Store(":memory:"), ("PAK", "IRN")), (pair_store, ("USA", "CHN"))):
        frame = series(store, *pair)
        assert frame.empty and list(frame.columns) == list(columns(False))
    zeros = series(pair_store, "USA", "CHN", start=day(1), end=day(3), directed=True)
    assert len(zeros) == 3 and zeros.to_numpy().sum() == 0 and list(zeros.columns) == list(columns(True))


# ---- CLI ------------------------------------------------------------------------------------

@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "pair.db"
    store_with([event("strike", day(1), "ASSAULT", ["PAK"], ["IRN"], 0.9, "aerial"),
                event("talks", day(4), "CONSULT", ["PAK", "IRN"], [], 1.0, "meet")], path).close()
    return str(path)


def test_cli_dyad_formats(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dyad", "PAK", "IRN", "--db", db, "--format", "json", "--freq", "week"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[0]["period"] == "2024-01-01/2024-01-07" and records[0]["events"] == 2
    assert main(["dyad", "pak", "irn", "--db", db, "--format", "csv", "--directed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("period,events,") and len(lines) == 5
    assert main(["dyad", "PAK", "IRN", "--db", db]) == 0
    assert "conflict_w" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["dyad", "PAK", "XYZ"], "unknown actor code 'XYZ'"),
    (["dyad", "PAK", "IRN", "--from", "2024-02-01", "--to", "2024-01-01"], "after the end"),
])
def test_cli_bad_input_is_one_line_exit_2(db: str, args: list[str], message: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*args, "--db", db]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_cli_missing_and_empty_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.db"
    assert main(["dyad", "PAK", "IRN", "--db", str(missing)]) == 2
    assert "no store at" in capsys.readouterr().err and not missing.exists()
    Store(tmp_path / "empty.db").close()
    assert main(["dyad", "PAK", "IRN", "--db", str(tmp_path / "empty.db")]) == 2
    assert "holds no events" in capsys.readouterr().err


def test_cli_pair_without_events_says_so(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dyad", "USA", "CHN", "--db", db, "--format", "json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) == [] and "no events between USA and CHN" in out.err
