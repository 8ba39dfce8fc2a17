"""The SQLite store: round trips, replacement, migrations, dyads and daily sums."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from detente.errors import QueryError, StoreError
from detente.models import Article, Entity, Event, Evidence, Place
from detente.store import Store
from detente.store.schema import MIGRATIONS, Migration, migrate

DAY = date(2024, 1, 19)


def article(id: str = "a1", **fields: object) -> Article:
    base = Article(id, "Iran and Pakistan talk", "Iran and Pakistan agreed to talk.", DAY,
                   "https://x.test/a", "Dawn", f"in.jsonl:{id}")
    return replace(base, **fields)


def entity(code: str | None, sector: str = "GOV") -> Entity:
    igo = code if code in ("UN", "EU") else None
    return Entity(f"text of {code}", f"name of {code}", None if igo else code, igo, sector)


def event(id: str, article_id: str = "a1", actors: tuple[str | None, ...] = ("PAK",),
          recipients: tuple[str, ...] = ("IRN",), **fields: object) -> Event:
    base = Event(
        id=id, article_id=article_id, date=DAY, date_precision="day", event="CONSULT", mode="phone",
        context=("diplomatic",), actor=tuple(entity(c) for c in actors),
        recipient=tuple(entity(c) for c in recipients),
        location=Place("Islamabad", "Islamabad Capital Territory", "PAK", 33.72, 73.04),
        cameo="040", goldstein=1.0, plover_score=1.5, quad="verbal_cooperation",
        evidence=Evidence("Pakistan called Iran.", 0, "called", 9, 15),
        confidence=0.8, coder="detente 0.1.0 / lexicon 1", mentions=2,
    )
    return replace(base, **fields)


@pytest.fixture
def fresh_store() -> Iterator[Store]:
    with Store(":memory:") as store:
        yield store


def dyad_rows(store: Store) -> list[tuple]:
    query = "SELECT event_id, actor, recipient FROM event_dyads ORDER BY event_id, actor, recipient"
    return [tuple(r) for r in store._conn.execute(query)]


# ---- writes and reads ---------------------------------------------------------------------

def test_event_round_trip_equals_to_dict(fresh_store: Store) -> None:
    e = event("e1", context=("diplomatic", "security"), actor=(entity("PAK"), entity("UN", "IGO")))
    fresh_store.save(article(), [e])
    assert fresh_store.events() == [e.to_dict()]


def test_round_trip_of_sparse_event(fresh_store: Store) -> None:
    e = event("e1", date=None, mode=None, context=(), recipients=(), location=None, goldstein=-2)
    fresh_store.save(article(), [e])
    assert fresh_store.events() == [e.to_dict()]


def test_article_round_trip(fresh_store: Store) -> None:
    fresh_store.save(article(published=None, url=None), [])
    saved = fresh_store.article("a1")
    assert saved is not None and saved.pop("coded_at")
    assert saved == {"id": "a1", "title": "Iran and Pakistan talk", "text": "Iran and Pakistan agreed to talk.",
                     "published": None, "url": None, "source": "Dawn", "origin": "in.jsonl:a1"}
    assert fresh_store.article("nope") is None


def test_resaving_replaces_events(fresh_store: Store) -> None:
    fresh_store.save(article(), [event("e1"), event("e2")])
    fresh_store.save(article(title="Updated"), [event("e1", event="AGREE"), event("e3")])
    assert fresh_store.counts() == {"articles": 1, "events": 2}
    assert [(e["id"], e["event"]) for e in fresh_store.events()] == [("e1", "AGREE"), ("e3", "CONSULT")]
    assert [r[0] for r in dyad_rows(fresh_store)] == ["e1", "e3"]
    assert fresh_store.article("a1")["title"] == "Updated"  # type: ignore[index]


def test_saving_b_leaves_a_alone(fresh_store: Store) -> None:
    fresh_store.save(article("a"), [event("a-1", "a")])
    fresh_store.save(article("b"), [event("b-1", "b"), event("b-2", "b")])
    fresh_store.save(article("b"), [])
    assert fresh_store.counts() == {"articles": 2, "events": 1}
    assert [e["id"] for e in fresh_store.events(article_id="a")] == ["a-1"]


def test_save_many_counts_and_replaces(fresh_store: Store) -> None:
    items = [(article(f"a{i}"), [event(f"e{i}", f"a{i}")]) for i in range(3)]
    assert fresh_store.save_many(items) == 3
    assert fresh_store.save_many(iter(items)) == 3
    assert fresh_store.counts() == {"articles": 3, "events": 3}


def test_event_of_another_article_is_refused(fresh_store: Store) -> None:
    with pytest.raises(StoreError, match="do not belong to article 'a1'"):
        fresh_store.save(article(), [event("e1", article_id="zz")])
    assert fresh_store.counts() == {"articles": 0, "events": 0}


def test_event_id_taken_by_another_article_rolls_back(fresh_store: Store) -> None:
    fresh_store.save(article("a"), [event("same", "a")])
    with pytest.raises(StoreError, match="event ids must be unique"):
        fresh_store.save(article("b"), [event("same", "b")])
    assert fresh_store.article("b") is None
    assert [e["article_id"] for e in fresh_store.events()] == ["a"]


def test_event_filters(fresh_store: Store) -> None:
    days = [date(2024, 1, d) for d in (16, 17, 18)]
    fresh_store.save(article(), [event(f"e{d.day}", date=d) for d in days] + [event("undated", date=None)])
    fresh_store.save(article("b"), [event("b1", "b", ("USA",), ("CHN",), date=days[1])])
    assert [e["id"] for e in fresh_store.events(since=days[1], until=days[1])] == ["e17", "b1"]
    assert [e["id"] for e in fresh_store.events(article_id="a1", since=days[1])] == ["e17", "e18"]
    assert [e["id"] for e in fresh_store.events(until=days[0])] == ["e16"]
    assert [e["id"] for e in fresh_store.events(dyad=("CHN", "USA"))] == ["b1"]
    assert fresh_store.events()[-1]["id"] == "undated"
    with pytest.raises(QueryError, match="swap them"):
        fresh_store.events(since=days[2], until=days[0])


# ---- dyads -------------------------------------------------------------------------------

def test_dyads_expand_like_the_scorer(fresh_store: Store) -> None:
    fresh_store.save(article(), [
        event("reciprocal", actors=("PAK", "IRN", "CHN"), recipients=()),
        event("lone", actors=("PAK",), recipients=()),
        event("cross", actors=("PAK", "PAK", None), recipients=("IRN", "UN")),
        event("nobody", actors=(None,), recipients=("IRN",)),
    ])
    assert dyad_rows(fresh_store) == [
        ("cross", "PAK", "IRN"), ("cross", "PAK", "UN"),
        ("lone", "PAK", None),
        ("reciprocal", "CHN", "IRN"), ("reciprocal", "CHN", "PAK"), ("reciprocal", "IRN", "CHN"),
        ("reciprocal", "IRN", "PAK"), ("reciprocal", "PAK", "CHN"), ("reciprocal", "PAK", "IRN"),
    ]


def test_daily_dyad_sums(fresh_store: Store) -> None:
    d1, d2 = date(2024, 1, 16), date(2024, 1, 17)
    fresh_store.save(article(), [
        event("strike", actors=("IRN",), recipients=("PAK",), date=d1, event="ASSAULT",
              quad="material_conflict", goldstein=-10.0, plover_score=-9.0),
        event("reply", actors=("PAK",), recipients=("IRN",), date=d2, event="ASSAULT",
              quad="material_conflict", goldstein=-10.0, plover_score=-9.0),
        event("talks", actors=("PAK", "IRN"), recipients=(), date=d2, goldstein=1.0, plover_score=1.5),
        event("other", actors=("USA",), recipients=("PAK",), date=d2),
        event("undated", date=None),
    ])
    rows = fresh_store.daily_dyad("PAK", "IRN")
    assert rows == [
        {"date": "2024-01-16", "events": 1, "goldstein_sum": -10.0, "plover_sum": -9.0,
         "conflict": 1, "cooperation": 0},
        {"date": "2024-01-17", "events": 2, "goldstein_sum": -9.0, "plover_sum": -7.5,
         "conflict": 1, "cooperation": 1},
    ]
    directed = fresh_store.daily_dyad("PAK", "IRN", directed=True)
    assert [(r["date"], r["events"], r["conflict"]) for r in directed] == [("2024-01-17", 2, 1)]
    assert fresh_store.daily_dyad("PAK", "XKX") == []


# ---- migrations --------------------------------------------------------------------------

def test_migrations_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    with Store(path) as store:
        store.save(article(), [event("e1")])
    with Store(path) as store:
        assert store.counts() == {"articles": 1, "events": 1}
        log = [r[0] for r in store._conn.execute("SELECT name FROM migrations")]
        assert log == [m.name for m in MIGRATIONS]
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert migrate(store._conn, str(path)) == []
        assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failing_migration_leaves_no_trace(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "d.db", isolation_level=None)
    broken = Migration("003_broken", ("CREATE TABLE half (x)", "CREATE TABLE nonsense ("))
    with pytest.raises(StoreError, match="003_broken"):
        migrate(conn, "d.db", (*MIGRATIONS, broken))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()


def test_database_from_the_future_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this Détente knows"):
        Store(path)


def test_unknown_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "branch.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO migrations VALUES ('099_from_elsewhere', '2030-01-01')")
    with pytest.raises(StoreError, match="099_from_elsewhere"):
        Store(path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not SQLite" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path)
