"""Alerts (newest first, with evidence) and the settings table they are tuned by."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_dyad import day, event, store_with
from test_escalation import crisis_events

from detente.analysis.alerts import Alert, alerts
from detente.analysis.settings import DEFAULTS, SETTINGS, describe, resolve
from detente.cli import main
from detente.errors import QueryError
from detente.store import Store


@pytest.fixture
def two_crises() -> Store:
    """The Pakistan–Iran crisis, and a later Armenia–Azerbaijan offensive."""
    return store_with([*crisis_events(),
                       event("shelling", day(24), "ASSAULT", ["AZE"], ["ARM"], 0.9, "heavy-weapons"),
                       event("talks", day(12), "CONSULT", ["ARM"], ["AZE"], 0.7, "meet")])


def summary(found: list[Alert]) -> list[tuple]:
    return [(a.dyad, a.date, a.reasons) for a in found]


# ---- alerts ----------------------------------------------------------------------------------

def test_alerts_newest_first_with_evidence(two_crises: Store) -> None:
    found = alerts(two_crises)
    assert summary(found) == [(("ARM", "AZE"), day(24), ("threshold", "jump")),
                              (("IRN", "PAK"), day(16), ("threshold", "jump"))]
    assert found[0].events == ("shelling",) and found[1].events == ("strike16",)
    assert found[1].index >= DEFAULTS["threshold"] and found[1].change >= DEFAULTS["jump"]


def test_a_sharp_rise_above_the_threshold_is_a_jump(two_crises: Store) -> None:
    found = alerts(two_crises, dyad=("PAK", "IRN"), settings=["jump=2.5"])
    assert summary(found) == [(("PAK", "IRN"), day(18), ("jump",)), (("PAK", "IRN"), day(16), ("threshold", "jump"))]
    assert found[0].events == ("strike18",)


def test_since_and_dyad_filters(two_crises: Store) -> None:
    assert summary(alerts(two_crises, since=day(17))) == [(("ARM", "AZE"), day(24), ("threshold", "jump"))]
    assert summary(alerts(two_crises, since=day(25))) == []
    assert [a.dyad for a in alerts(two_crises, dyad=("aze", "arm"))] == [("AZE", "ARM")]
    with pytest.raises(QueryError, match="unknown actor code 'XX'"):
        alerts(two_crises, dyad=("XX", "ARM"))


def test_since_scores_against_the_history_before_it(two_crises: Store) -> None:
    whole = [a for a in alerts(two_crises) if a.date >= day(16)]
    assert alerts(two_crises, since=day(16)) == whole


def test_threshold_override_silences_alerts(two_crises: Store) -> None:
    assert alerts(two_crises, settings={"threshold": 50, "jump": 50}) == []
    assert alerts(Store(":memory:")) == []


def test_alert_json_shape(two_crises: Store) -> None:
    record = alerts(two_crises)[0].to_dict()
    assert record["dyad"] == ["ARM", "AZE"] and record["date"] == "2024-01-24"
    assert record["reasons"] == ["threshold", "jump"] and record["events"] == ["shelling"]


def test_cli_alerts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "two.db")
    store_with([*crisis_events(), event("shelling", day(24), "ASSAULT", ["AZE"], ["ARM"], 0.9)], db).close()
    assert main(["alerts", "--db", db, "--format", "json", "--since", "2024-01-10"]) == 0
    assert [a["date"] for a in json.loads(capsys.readouterr().out)] == ["2024-01-24", "2024-01-16"]
    assert main(["alerts", "--db", db, "--dyad", "PAK", "IRN", "--set", "jump=2.5", "--set", "threshold=3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("2024-01-18  PAK-IRN") and "strike18" in lines[1]
    assert main(["alerts", "--db", db, "--set", "thresold=2"]) == 2
    assert "unknown setting 'thresold'" in capsys.readouterr().err


# ---- settings ---------------------------------------------------------------------------------

def test_settings_table_is_complete_and_documented() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names)) and all(s.help.strip() for s in SETTINGS)
    assert {"threshold", "baseline_days", "std_floor", "jump", "source_weight"} <= set(names)
    assert all(f"{s.name}=" in describe() for s in SETTINGS)


def test_overrides_from_strings_and_mappings() -> None:
    assert resolve() == dict(DEFAULTS)
    values = resolve(["threshold=2.5", " jump = 1 "])
    assert values["threshold"] == 2.5 and values["jump"] == 1.0
    assert values["baseline_days"] == DEFAULTS["baseline_days"]
    assert resolve({"std_floor": 1})["std_floor"] == 1.0


@pytest.mark.parametrize("override, message", [
    ("nonsense=1", "unknown setting 'nonsense'"), ("threshold", "not name=value"),
    ("threshold=high", "needs a number"), ("threshold=-1", "non-negative"), ("jump=nan", "non-negative"),
])
def test_bad_overrides_are_refused(override: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        resolve([override])
