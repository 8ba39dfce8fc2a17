"""The escalation index and turning points: a hand-built crisis, the formula, settings, CLI,
and the real demo corpus."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from test_dyad import day, event, store_with

from detente.analysis.escalation import TurningPoint, index, turning_points
from detente.analysis.settings import resolve
from detente.cli import main
from detente.errors import QueryError
from detente.models import Event
from detente.store import Store

ROOT = Path(__file__).resolve().parents[1]


def crisis_events() -> list[Event]:
    """Quiet talks, strikes on the 16th and 18th (a recall between), a phone call and an
    agreement on the 19th, envoys back on the 22nd, ties restored and a deal by the 29th."""
    quiet = [event(f"talks{n}", day(n), "CONSULT", ["PAK"], ["IRN"], 0.8, "meet") for n in (2, 5, 8, 11, 14)]
    return [*quiet,
            event("strike16", day(16), "ASSAULT", ["IRN"], ["PAK"], 0.9, "aerial"),
            event("recall17", day(17), "SANCTION", ["PAK"], ["IRN"], 0.9, "diplomatic"),
            event("strike18", day(18), "ASSAULT", ["PAK"], ["IRN"], 0.9, "aerial"),
            event("call19", day(19), "CONSULT", ["PAK"], ["IRN"], 0.8, "phone"),
            event("agree19", day(19), "AGREE", ["PAK", "IRN"], [], 0.9),
            event("envoys22", day(22), "RETREAT", ["PAK", "IRN"], [], 0.8, "return"),
            event("ties26", day(26), "SUPPORT", ["PAK", "IRN"], [], 0.85, "recognize"),
            event("visit29", day(29), "CONSULT", ["IRN"], ["PAK"], 0.9, "visit"),
            event("deal29", day(29), "COOPERATE", ["PAK", "IRN"], [], 0.8, "economic")]


@pytest.fixture
def crisis() -> Store:
    return store_with(crisis_events())


# ---- turning points --------------------------------------------------------------------------

def test_crisis_onset_peak_and_deescalation(crisis: Store) -> None:
    points = turning_points(crisis, "PAK", "IRN")
    assert [(p.kind, p.date) for p in points] == [
        ("escalation_onset", day(16)), ("peak", day(18)), ("deescalation_onset", day(19))]
    assert [p.events for p in points] == [("strike16",), ("strike18",), ("agree19", "call19")]
    assert all(p.dyad == ("PAK", "IRN") for p in points)


def test_order_of_the_pair_is_kept_and_results_agree(crisis: Store) -> None:
    forward, backward = turning_points(crisis, "PAK", "IRN"), turning_points(crisis, "irn", "pak")
    assert [(p.kind, p.date) for p in forward] == [(p.kind, p.date) for p in backward]
    assert backward[0].dyad == ("IRN", "PAK")


def test_a_build_up_dates_from_its_first_step() -> None:
    # a threat alone stays under the threshold; sanctions the next day cross it; troops follow
    store = store_with([event("threat", day(10), "THREATEN", ["PAK"], ["IRN"], 0.6, "military"),
                        event("recall", day(11), "SANCTION", ["PAK"], ["IRN"], 0.9, "diplomatic"),
                        event("troops", day(12), "MOBILIZE", ["PAK"], ["IRN"], 0.8, "troops")])
    assert index(store, "PAK", "IRN").loc["2024-01-10", "index"] < resolve()["threshold"]
    points = turning_points(store, "PAK", "IRN")
    assert [(p.kind, p.date) for p in points][:2] == [("escalation_onset", day(10)), ("peak", day(12))]


def test_points_before_the_start_are_left_out_but_still_scored(crisis: Store) -> None:
    points = turning_points(crisis, "PAK", "IRN", start=day(17))
    assert [(p.kind, p.date) for p in points] == [("peak", day(18)), ("deescalation_onset", day(19))]


def test_settings_change_what_is_found(crisis: Store) -> None:
    assert turning_points(crisis, "PAK", "IRN", settings=["threshold=100"]) == []
    # a higher threshold is crossed on the 17th; the upward regime still began on the 16th ...
    strict = turning_points(crisis, "PAK", "IRN", settings={"threshold": 4.5})
    assert [(p.kind, p.date) for p in strict][:2] == [("escalation_onset", day(16)), ("peak", day(18))]
    # ... unless regime changes are priced out
    no_regimes = turning_points(crisis, "PAK", "IRN", settings={"threshold": 4.5, "penalty": 1000})
    assert [(p.kind, p.date) for p in no_regimes][:2] == [("escalation_onset", day(17)), ("peak", day(18))]


def test_quiet_pairs_and_bad_input(crisis: Store) -> None:
    assert turning_points(crisis, "USA", "CHN") == [] and turning_points(Store(":memory:"), "PAK", "IRN") == []
    with pytest.raises(QueryError, match="XYZ"):
        turning_points(crisis, "PAK", "XYZ")
    with pytest.raises(QueryError, match="after the end"):
        turning_points(crisis, "PAK", "IRN", start=day(20), end=day(1))


# ---- the index -------------------------------------------------------------------------------

def test_first_event_of_a_quiet_pair_is_finite() -> None:
    store = store_with([event("only", day(3), "ASSAULT", ["PAK"], ["IRN"], 0.8, "aerial")])
    table = index(store, "PAK", "IRN")
    assert len(table) == 1
    assert table["index"].iloc[0] == pytest.approx(0.8 * 9.5 / resolve()["std_floor"])


def test_tension_carries_over_and_halves(crisis: Store) -> None:
    table = index(crisis, "PAK", "IRN")
    net, tension = table["net"].to_numpy(), table["tension"].to_numpy()
    keep = 0.5 ** (1 / resolve()["halflife"])
    assert np.allclose(tension[1:], net[1:] + keep * tension[:-1])
    assert table.loc["2024-01-16", "net"] == pytest.approx(0.9 * 9.5)
    flat = index(crisis, "PAK", "IRN", settings=["halflife=0"])
    assert np.allclose(flat["tension"], flat["net"])


def test_index_is_tension_against_the_trailing_baseline(crisis: Store) -> None:
    table = index(crisis, "PAK", "IRN")
    assert np.allclose(table["index"], (table["tension"] - table["base"]) / table["spread"])
    assert (table["spread"] >= resolve()["std_floor"]).all()
    # a later start scores the same days the same: the baseline is read from before it
    later = index(crisis, "PAK", "IRN", start=day(16), end=day(20))
    assert np.allclose(later["index"], table.loc["2024-01-16":"2024-01-20", "index"])


def test_turning_point_json_shape() -> None:
    point = TurningPoint("peak", date(2024, 1, 18), ("PAK", "IRN"), ("e1", "e2"), 7.5)
    assert point.to_dict() == {"kind": "peak", "date": "2024-01-18", "dyad": ["PAK", "IRN"], "events": ["e1", "e2"]}
    assert point == TurningPoint("peak", date(2024, 1, 18), ("PAK", "IRN"), ("e1", "e2"))


# ---- CLI ------------------------------------------------------------------------------------

def test_cli_turning_points(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crisis.db")
    store_with(crisis_events(), db).close()
    assert main(["turning-points", "PAK", "IRN", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0] == {
        "kind": "escalation_onset", "date": "2024-01-16", "dyad": ["PAK", "IRN"], "events": ["strike16"]}
    assert main(["turning-points", "PAK", "IRN", "--db", db, "--set", "threshold=100"]) == 0
    assert "no turning points" in capsys.readouterr().err
    assert main(["turning-points", "PAK", "IRN", "--db", db, "--set", "threshold"]) == 2
    assert "not name=value" in capsys.readouterr().err


# ---- the real demo corpus --------------------------------------------------------------------

@pytest.mark.model
def test_demo_corpus_pakistan_iran(tmp_path: Path) -> None:
    from detente.ingest import read_inputs
    from detente.pipeline import code_articles

    store = Store(tmp_path / "demo.db")
    articles = [a for a in read_inputs([str(ROOT / "demo")]) if not isinstance(a, Exception)]
    store.save_many((coded.article, coded.events) for coded in code_articles(articles))
    points = turning_points(store, "PAK", "IRN")
    onsets = [p.date for p in points if p.kind == "escalation_onset"]
    peak = max((p for p in points if p.kind == "peak"), key=lambda p: p.index)
    calm = [p.date for p in points if p.kind == "deescalation_onset" and p.date > peak.date]
    assert (onsets[0], peak.date, calm[0]) == (date(2024, 1, 16), date(2024, 1, 18), date(2024, 1, 19))
    from detente.analysis.dyad import series

    late = series(store, "PAK", "IRN", start=date(2024, 1, 26), end=date(2024, 1, 29))
    # a cooperative balance by 29 January: on the 29th itself cooperation outweighs conflict
    assert late.loc["2024-01-29", "cooperation_weighted"] > late.loc["2024-01-29", "conflict_weighted"]
