"""Cross-article fusion: the same-happening rule, and canonical events in the store."""
from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from detente.analysis.fusion import Report, cluster, happening_key, report_of, same_happening, source_of
from detente.models import Article, Entity, Event, Evidence, Place
from detente.store import Store, rows
from detente.store.schema import MIGRATIONS, migrate

DAY = date(2024, 1, 16)


def article(id: str, source: str | None = "Dawn", url: str | None = None) -> Article:
    return Article(id, "Strike", "Iran struck Pakistan.", DAY, url, source, f"in.jsonl:{id}")


def state(code: str) -> Entity:
    return Entity(code, f"name of {code}", code, None, "GOV")


def event(id: str, article_id: str, actors: tuple[str, ...] = ("IRN",), recipients: tuple[str, ...] = ("PAK",),
          when: date | None = DAY, country: str | None = "PAK", confidence: float = 0.8, **fields: object) -> Event:
    place = Place("Panjgur", "Balochistan", country, 26.9, 64.1) if country else None
    base = Event(
        id=id, article_id=article_id, date=when, date_precision="day", event="ASSAULT", mode="aerial",
        context=("military",), actor=tuple(map(state, actors)), recipient=tuple(map(state, recipients)),
        location=place, cameo="195", goldstein=-10.0, plover_score=-9.0, quad="material_conflict",
        evidence=Evidence("Iran struck Pakistan.", 0, "struck", 5, 11), confidence=confidence, coder="test",
    )
    return replace(base, **fields)


def strike(article_id: str, **fields: object) -> Event:
    return event(f"{article_id}-strike", article_id, **fields)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


def only(store: Store) -> dict:
    found = store.canonical_events()
    assert len(found) == 1, found
    return found[0]


def all_dyads(store: Store) -> list[tuple]:
    return [tuple(r) for r in store._conn.execute("SELECT * FROM canonical_dyads ORDER BY 1, 3, 4")]


def stored_reports(store: Store) -> list[tuple[Report, str]]:
    query = "SELECT event_id, article_id, key, date, country, canonical_id FROM event_links"
    return [(Report(*row[:3], date.fromisoformat(row[3]) if row[3] else None, row[4]), row[5])
            for row in store._conn.execute(query)]


def stored_links(store: Store) -> dict[str, str]:
    return {r.event_id: canonical_id for r, canonical_id in stored_reports(store)}


def tally(canonical: dict) -> tuple[int, int, int]:
    return canonical["mentions"], canonical["articles"], canonical["sources"]


# ---- the rule, without a store ----------------------------------------------------------

def test_same_happening_rule() -> None:
    a = report_of(strike("a"))
    assert same_happening(a, report_of(strike("b", when=DAY + timedelta(days=1))))
    assert same_happening(a, report_of(strike("b", country=None)))
    assert not same_happening(a, report_of(strike("b", when=DAY + timedelta(days=2))))
    assert not same_happening(a, report_of(strike("b", country="IRN")))
    assert not same_happening(a, report_of(strike("b", event="PROTEST")))
    assert not same_happening(a, report_of(strike("b", recipients=("AFG",))))
    assert not same_happening(a, report_of(event("a-other", "a")))      # one article: two happenings
    undated = report_of(strike("b", when=None))
    assert undated.key is None and not same_happening(undated, report_of(strike("c", when=None)))


def test_reciprocal_parties_are_a_set() -> None:
    assert happening_key("MEET", ["PAK", "IRN"], []) == happening_key("MEET", ["IRN", "PAK", "IRN"], [])
    assert happening_key("MEET", ["PAK", "IRN"], []) == "MEET;IRN|PAK;"
    assert happening_key("MEET", ["PAK"], ["IRN"]) != happening_key("MEET", ["PAK", "IRN"], [])


def test_event_without_a_coded_party_never_links() -> None:
    nobody = report_of(strike("a", actors=(), recipients=()))
    assert nobody.key is None and not same_happening(nobody, report_of(strike("b", actors=(), recipients=())))


def test_source_falls_back_to_host_then_article() -> None:
    assert source_of(" Dawn ", "https://www.dawn.com/x", "a1") == "Dawn"
    assert source_of(None, "https://www.dawn.com/x", "a1") == "dawn.com"
    assert source_of("", None, "a1") == "a1"


def test_daily_reports_do_not_chain_into_one_event() -> None:
    reports = [Report(f"e{i}", f"a{i}", "ASSAULT;RUS;UKR", DAY + timedelta(days=i)) for i in range(6)]
    ids = cluster(reports)
    assert [ids[f"e{i}"] for i in range(6)] == ["e0", "e0", "e2", "e2", "e4", "e4"]
    assert cluster(reversed(reports)) == ids


def test_unlocated_report_joins_located_one() -> None:
    located = [Report("x", "a", "K", DAY, "PAK"), Report("y", "b", "K", DAY, "IRN")]
    ids = cluster([Report("z", "c", "K", DAY, None), *located])
    assert ids == {"x": "x", "y": "y", "z": "y"}   # IRN sorts first; PAK cannot join it


# ---- the store ---------------------------------------------------------------------------

def test_two_sources_report_one_strike(store: Store) -> None:
    store.save(article("a", "Dawn"), [strike("a")])
    store.save(article("b", "Reuters"), [strike("b", when=DAY + timedelta(days=1), confidence=0.9)])
    c = only(store)
    assert tally(c) == (2, 2, 2)
    assert c["id"] == "a-strike" and c["representative"] == "b-strike"
    assert c["members"] == ["a-strike", "b-strike"]
    assert (c["date"], c["actor_codes"], c["recipient_codes"], c["confidence"]) == ("2024-01-16", "IRN", "PAK", 0.9)
    assert c["location"]["country"] == "PAK"
    assert store.canonical_counts() == {"canonical_events": 1, "events": 2, "mentions": 2, "multi_article": 1}
    assert len(store.events()) == 2    # the mention level is kept


def test_same_source_twice_is_one_source(store: Store) -> None:
    store.save(article("a", None, "https://www.dawn.com/1"), [strike("a")])
    store.save(article("b", None, "https://dawn.com/2"), [strike("b")])
    assert tally(only(store)) == (2, 2, 1)


@pytest.mark.parametrize("change", [{"event": "PROTEST"}, {"recipients": ("AFG",)},
                                    {"when": DAY + timedelta(days=3)}, {"country": "IRN"}])
def test_different_happenings_stay_apart(store: Store, change: dict) -> None:
    store.save(article("a"), [strike("a")])
    store.save(article("b", "Reuters"), [strike("b", **change)])
    assert store.canonical_counts()["canonical_events"] == 2
    assert [tally(c) for c in store.canonical_events()] == [(1, 1, 1)] * 2


def test_resaving_changes_nothing(store: Store) -> None:
    store.save(article("a"), [strike("a")])
    store.save(article("b", "Reuters"), [strike("b")])
    before = store.canonical_events()
    store.save(article("a"), [strike("a")])
    store.save_many([(article("b", "Reuters"), [strike("b")])])
    assert store.canonical_events() == before


def test_same_content_under_another_id_and_source_adds_a_source(store: Store) -> None:
    store.save(article("a", "Dawn"), [strike("a", mentions=2)])
    store.save(article("copy", "AP"), [strike("copy", mentions=2)])
    assert store.canonical_counts()["canonical_events"] == 1
    assert tally(only(store)) == (4, 2, 2)


def test_three_rewrites_are_one_event(store: Store) -> None:
    for n, source in enumerate(("Dawn", "AP", "Reuters")):
        rewrite = event(f"wording-{n}", f"rewrite-{n}", when=DAY + timedelta(days=n % 2))
        store.save(article(f"rewrite-{n}", source), [rewrite])
    assert tally(only(store)) == (3, 3, 3)


def test_replacing_events_unlinks_them(store: Store) -> None:
    store.save(article("a"), [strike("a")])
    store.save(article("b", "AP"), [strike("b")])
    store.save(article("c", "Reuters"), [strike("c")])
    store.save(article("a"), [])                                  # the first report, whose id it had
    c = only(store)
    assert (c["id"], tally(c), c["members"]) == ("b-strike", (2, 2, 2), ["b-strike", "c-strike"])
    store.save(article("b", "AP"), [strike("b", event="PROTEST")])
    assert [tally(c) for c in store.canonical_events()] == [(1, 1, 1)] * 2
    assert store._conn.execute("SELECT COUNT(*) FROM event_links WHERE event_id = 'a-strike'").fetchone()[0] == 0


def test_reciprocal_meeting_links_whatever_the_order(store: Store) -> None:
    meet = {"event": "MEET", "recipients": (), "quad": "verbal_cooperation", "goldstein": 1.0, "plover_score": 2.0}
    store.save(article("a"), [strike("a", actors=("PAK", "IRN"), **meet)])
    store.save(article("b", "AP"), [strike("b", actors=("IRN", "PAK"), **meet)])
    c = only(store)
    assert (c["actor_codes"], c["recipient_codes"], tally(c)) == ("IRN|PAK", "", (2, 2, 2))
    pairs = [(d["actor"], d["recipient"]) for d in store.canonical_dyads("PAK", "IRN")]
    assert pairs == [("IRN", "PAK"), ("PAK", "IRN")]
    assert [d["actor"] for d in store.canonical_dyads("PAK", "IRN", directed=True)] == ["PAK"]


def test_canonical_dyads_and_filters(store: Store) -> None:
    store.save(article("a"), [strike("a"), event("a-2", "a", ("USA",), ("CHN",), when=DAY + timedelta(days=5))])
    store.save(article("b", "AP"), [strike("b")])
    rows_ = store.canonical_dyads("PAK", "IRN")
    assert [(r["canonical_id"], r["actor"], r["recipient"], r["sources"]) for r in rows_] == [
        ("a-strike", "IRN", "PAK", 2)]
    assert store.canonical_dyads("PAK", "IRN", since=DAY + timedelta(days=1)) == []
    assert [c["id"] for c in store.canonical_events(dyad=("CHN", "USA"))] == ["a-2"]
    assert [c["id"] for c in store.canonical_events(since=DAY + timedelta(days=1))] == ["a-2"]
    assert [c["id"] for c in store.canonical_events(until=DAY)] == ["a-strike"]


def test_undated_events_stay_alone(store: Store) -> None:
    store.save(article("a"), [strike("a", when=None)])
    store.save(article("b", "AP"), [strike("b", when=None)])
    assert [(c["id"], c["date"]) for c in store.canonical_events()] == [("a-strike", None), ("b-strike", None)]


def test_old_store_gets_canonical_events_when_reopened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, str(path), MIGRATIONS[:2])
    for art, e in ((article("a"), strike("a")), (article("b", "AP"), strike("b"))):
        conn.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.article_row(art, "2024-01-20"))
        conn.execute(f"INSERT INTO events VALUES ({', '.join('?' * len(rows.EVENT_COLUMNS))})", rows.event_row(e))
    conn.close()
    with Store(path) as store:
        assert tally(only(store)) == (2, 2, 2)
        assert len(store.canonical_dyads("IRN", "PAK")) == 1


def test_incremental_linking_equals_linking_from_scratch(store: Store) -> None:
    rng = random.Random(7)
    for step in range(300):
        n = rng.randrange(40)
        kinds = [(rng.choice(["ASSAULT", "PROTEST"]), rng.choice([("IRN",), ("PAK", "IRN")]),
                  rng.choice([None, "PAK", "IRN"]), rng.randrange(12)) for _ in range(rng.randrange(4))]
        events = [event(f"s{step}-{i}", f"a{n}", actors=actors, recipients=() if len(actors) > 1 else ("PAK",),
                        when=DAY + timedelta(days=day), country=country, event=kind)
                  for i, (kind, actors, country, day) in enumerate(kinds)]
        store.save(article(f"a{n}", f"source{n % 7}"), events)
        if step % 25 == 0:
            assert stored_links(store) == cluster(r for r, _ in stored_reports(store))
    incremental = store.canonical_events(), all_dyads(store)
    store.relink_all()
    assert (store.canonical_events(), all_dyads(store)) == incremental
    assert store.canonical_counts()["events"] == store.counts()["events"]
