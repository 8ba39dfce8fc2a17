"""The actor tables: states, IGOs, institutions, armed groups, bodies, offices, people, handles.

Each table is a TSV file under ``detente/data/actors`` whose first line is
``# version: YYYY-MM-DD``; other ``#`` lines are comments, the first other line is
the header, ``|`` separates the items of a list and an empty cell means none.
``load_tables()`` reads them once and answers: which actors can this phrase name
(``lookup``), who held an office on a date (``holder``), and what a title or a
generic body means (``office``, ``body``).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from detente.errors import DataError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
TABLES = ("countries", "igos", "institutions", "groups", "bodies", "offices", "people", "handles")
TITLE_PREFIXES = ("acting ", "caretaker ", "interim ")
MAX_ABBREVIATION = 4  # all-caps forms this short match case-sensitively: "US" is not "us"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_VERSION = re.compile(r"#\s*version:\s*(\d{4}-\d{2}-\d{2})\s*$")
BODY_KINDS = ("body", "people")
V = TypeVar("V")


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class ActorEntry:
    """One thing a phrase can name; ``kind`` says which table it came from."""

    kind: str
    name: str
    country: str | None
    igo: str | None
    sector: str | None
    office: str | None = None
    start: date | None = None
    end: date | None = None

    def holds_on(self, on: date | None) -> bool:
        """Whether a dated term covers ``on``; undated entries and ``on=None`` always do."""
        if on is None or self.start is None:
            return True
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class _Row:
    where: str
    cells: dict[str, str]

    def get(self, column: str) -> str | None:
        return self.cells[column] or None

    def need(self, column: str) -> str:
        if not self.cells[column]:
            raise DataError(f"{self.where}: column {column!r} is empty; fill it in")
        return self.cells[column]

    def items(self, column: str) -> tuple[str, ...]:
        return tuple(item.strip() for item in self.cells[column].split("|") if item.strip())

    def date(self, column: str) -> date | None:
        try:
            return date.fromisoformat(self.cells[column]) if self.cells[column] else None
        except ValueError:
            raise DataError(f"{self.where}: {column} {self.cells[column]!r} is not YYYY-MM-DD") from None

    def code(self, column: str, known: Iterable[str]) -> str | None:
        value = self.get(column)
        if value is not None and value not in known:
            raise DataError(f"{self.where}: unknown {column} code {value!r}; add it to its table first")
        return value


@dataclass(frozen=True)
class _Table:
    version: str
    rows: tuple[_Row, ...]


def normalise(phrase: str) -> str:
    """Fold accents and apostrophes, drop '@', a leading 'the' and a trailing possessive."""
    text = unicodedata.normalize("NFKD", phrase.translate(_APOSTROPHES))
    text = " ".join("".join(c for c in text if not unicodedata.combining(c)).split())
    text = re.sub(r"^(?:@|the\s+)", "", text, flags=re.IGNORECASE)
    return re.sub(r"(?<=\w)'s?$", "", text) if text.endswith(("'s", "s'")) else text


def _is_abbreviation(text: str) -> bool:
    return len(text) <= MAX_ABBREVIATION and text.isupper()


class _Index(Generic[V]):
    """Phrase → values; short all-caps forms keyed as written, the rest in lower case."""

    def __init__(self) -> None:
        self._exact: dict[str, list[V]] = {}
        self._folded: dict[str, list[V]] = {}

    def add(self, form: str, value: V) -> None:
        key = normalise(form)
        bucket = self._exact if _is_abbreviation(key) else self._folded
        values = bucket.setdefault(key if bucket is self._exact else key.lower(), [])
        if value not in values:
            values.append(value)

    def get(self, phrase: str) -> list[V]:
        key = normalise(phrase)
        return self._exact.get(key, []) + self._folded.get(key.lower(), [])


@dataclass(frozen=True)
class ActorTables:
    countries: dict[str, Country]
    by_iso2: dict[str, str]
    version: str
    forms: tuple[tuple[str, ActorEntry], ...] = field(repr=False)
    _entries: _Index[ActorEntry] = field(repr=False)
    _titles: _Index[tuple[str, str]] = field(repr=False)
    _bodies: _Index[tuple[str, str]] = field(repr=False)

    def lookup(self, phrase: str, on: date | None = None) -> list[ActorEntry]:
        """Every actor ``phrase`` can name; people only if a term covers ``on``, latest first."""
        found = [entry for entry in self._entries.get(phrase) if entry.holds_on(on)]
        people = sorted((e for e in found if e.kind == "person"), key=_term_order, reverse=True)
        return [e for e in found if e.kind != "person"] + people

    def phrases(self) -> Iterator[tuple[str, ActorEntry]]:
        """Every surface form with what it names, for a phrase matcher (all terms, undated)."""
        return iter(self.forms)

    def holder(self, country: str, office: str, on: date | None) -> ActorEntry | None:
        """Who held ``office`` for ``country`` (ISO3 or IGO code) on ``on`` (None: today's holder)."""
        terms = [e for _, e in self.forms if e.kind == "person" and e.office == office
                 and country in (e.country, e.igo)
                 and (e.holds_on(on) if on else e.end is None)]
        return max(terms, key=_term_order, default=None)

    def office(self, phrase: str) -> tuple[str, str] | None:
        """Title → (office code, sector); 'acting', 'caretaker' and 'interim' are ignored."""
        title = normalise(phrase)
        while title.lower().startswith(TITLE_PREFIXES):
            title = title.split(" ", 1)[1]
        found = self._titles.get(title)
        return found[0] if found else None

    def body(self, phrase: str) -> tuple[str, str] | None:
        """Generic body ('foreign ministry', 'troops') → (sector, kind 'body' or 'people')."""
        found = self._bodies.get(phrase)
        return found[0] if found else None


def _term_order(entry: ActorEntry) -> date:
    return entry.start or date.min


def load_tables(data_dir: Path | None = None) -> ActorTables:
    """The actor tables from ``data_dir``; the shipped ones are read once and cached."""
    return _load_default() if data_dir is None else _build(Path(data_dir))


@cache
def _load_default() -> ActorTables:
    return _build(DATA_DIR)


def _read(path: Path) -> _Table:
    if not path.is_file():
        raise DataError(f"{path}: actor table missing; restore it from the package data")
    lines = path.read_text(encoding="utf-8").splitlines()
    version = _VERSION.match(lines[0]) if lines else None
    if version is None:
        raise DataError(f"{path}:1: first line must be '# version: YYYY-MM-DD'")
    header: list[str] = []
    rows: list[_Row] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header:
            header = cells
        elif len(cells) != len(header):
            raise DataError(f"{path}:{number}: {len(cells)} cells, header has {len(header)}; "
                            "separate cells with one tab each")
        else:
            rows.append(_Row(f"{path}:{number}", dict(zip(header, cells, strict=True))))
    return _Table(version.group(1), tuple(rows))


def _countries(table: _Table) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in table.rows:
        iso3, iso2 = row.need("iso3"), row.need("iso2")
        if not (re.fullmatch(r"[A-Z]{3}", iso3) and re.fullmatch(r"[A-Z]{2}", iso2)) or iso3 in countries:
            raise DataError(f"{row.where}: bad or repeated codes {iso3!r}/{iso2!r}")
        countries[iso3] = Country(iso3, iso2, row.need("name"), row.items("aliases"),
                                  row.items("demonyms"), row.items("capitals"))
    return countries


def _country_forms(countries: dict[str, Country]) -> Iterator[tuple[str, ActorEntry]]:
    for c in countries.values():
        state = ActorEntry("state", c.name, c.iso3, None, "GOV")
        yield from ((form, state) for form in (c.name, *c.aliases))
        yield from ((form, ActorEntry("demonym", c.name, c.iso3, None, None)) for form in c.demonyms)
        yield from ((form, ActorEntry("capital", form, c.iso3, None, "GOV")) for form in c.capitals)


def _row_forms(tables: dict[str, _Table], countries: set[str]) -> Iterator[tuple[str, ActorEntry]]:
    igos = {row.need("code") for row in tables["igos"].rows}
    for row in tables["igos"].rows:
        igo = ActorEntry("igo", row.need("name"), None, row.need("code"), "IGO")
        yield from ((form, igo) for form in (igo.name, *row.items("aliases")))
    for row in tables["institutions"].rows:
        entry = ActorEntry("institution", row.need("name"), row.code("iso3", countries), None,
                           row.need("sector"))
        yield from ((form, entry) for form in row.items("alias"))
    for row in tables["groups"].rows:
        entry = ActorEntry("group", row.need("name"), row.code("country", countries), None,
                           row.need("sector"))
        yield from ((form, entry) for form in (entry.name, *row.items("aliases")))
    for row in tables["people"].rows:
        yield from _person_forms(row, countries, igos)
    for row in tables["handles"].rows:
        entry = ActorEntry("handle", row.need("name"), row.code("country", countries),
                           row.code("igo", igos), row.get("sector") or "GOV")
        yield from ((form, entry) for form in (row.need("handle"), "@" + row.need("handle")))


def _person_forms(row: _Row, countries: set[str], igos: set[str]) -> Iterator[tuple[str, ActorEntry]]:
    start, end = row.date("start"), row.date("end")
    if start is None or (end is not None and end < start):
        raise DataError(f"{row.where}: a term needs a start date on or before its end date")
    country, igo = row.code("country", countries), row.code("igo", igos)
    if country is None and igo is None:
        raise DataError(f"{row.where}: a person needs a country or an igo")
    entry = ActorEntry("person", row.need("name"), country, igo, row.get("sector") or "GOV",
                       row.need("office"), start, end)
    yield from ((form, entry) for form in (entry.name, *row.items("aliases")))


def _generic_forms(tables: dict[str, _Table]) -> Iterator[tuple[str, ActorEntry]]:
    for row in tables["offices"].rows:
        for form in row.items("phrase"):
            yield form, ActorEntry("office", form, None, None, row.need("sector"), row.need("office"))
    for row in tables["bodies"].rows:
        for form in row.items("phrase"):
            yield form, ActorEntry("body", form, None, None, row.need("sector"))


def _build(data_dir: Path) -> ActorTables:
    tables = {name: _read(data_dir / f"{name}.tsv") for name in TABLES}
    countries = _countries(tables["countries"])
    forms = [*_country_forms(countries), *_row_forms(tables, set(countries)), *_generic_forms(tables)]
    entries: _Index[ActorEntry] = _Index()
    titles: _Index[tuple[str, str]] = _Index()
    bodies: _Index[tuple[str, str]] = _Index()
    for form, entry in forms:
        entries.add(form, entry)
    for row in tables["offices"].rows:
        for form in row.items("phrase"):
            titles.add(form, (row.need("office"), row.need("sector")))
    for row in tables["bodies"].rows:
        if row.need("kind") not in BODY_KINDS:
            raise DataError(f"{row.where}: kind must be one of {BODY_KINDS}")
        for form in row.items("phrase"):
            bodies.add(form, (row.need("sector"), row.need("kind")))
    version = "actors-" + max(table.version for table in tables.values())
    by_iso2 = {c.iso2: c.iso3 for c in countries.values()}
    return ActorTables(countries, by_iso2, version, tuple(dict.fromkeys(forms)), entries, titles, bodies)
