"""The actor tables: states, regions, IGOs, other international bodies, institutions, armed groups, bodies,
offices, people, handles.

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
from operator import attrgetter
from pathlib import Path
from typing import Generic, TypeVar

from detente.errors import DataError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
COLUMNS = {
    "countries": ("iso3", "iso2", "name", "aliases", "demonyms", "capitals"),
    "regions": ("name", "aliases", "demonyms", "iso3"),
    "igos": ("code", "name", "aliases"),
    "international": ("name", "aliases", "sector"),
    "institutions": ("alias", "iso3", "sector", "name"),
    "groups": ("name", "aliases", "country", "sector"),
    "bodies": ("phrase", "sector", "kind"),
    "offices": ("phrase", "office", "sector"),
    "people": ("name", "aliases", "country", "igo", "office", "start", "end", "sector"),
    "handles": ("handle", "country", "igo", "sector", "name"),
}
TABLES = tuple(COLUMNS)
TITLE_PREFIXES = ("acting ", "caretaker ", "interim ")
MAX_ABBREVIATION = 4  # all-caps forms this short match case-sensitively: "US" is not "us"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_VERSION = re.compile(r"#\s*version:\s*(\d{4}-\d{2}-\d{2})\s*$")
BODY_KINDS = ("body", "people")
GENERIC_IGO = "IGO"  # the code of every international body outside igos.tsv (international.tsv)
INTERNATIONAL_SECTORS = ("IGO", "NGO")
V = TypeVar("V")
_started = attrgetter("start")  # people rows always have a start date


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
        return on is None or self.start is None or (
            self.start <= on and (self.end is None or on <= self.end))


@dataclass(frozen=True)
class _Row:
    where: str
    cells: dict[str, str]

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

    def code(self, column: str, known: dict[str, set[str]]) -> str | None:
        value = self.cells[column] or None
        if value is not None and value not in known[column]:
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
    return re.sub(r"(?<=[\w.])'s?$", "", text) if text.endswith(("'s", "s'")) else text


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
    _terms: dict[tuple[str, str], tuple[ActorEntry, ...]] = field(repr=False)

    def lookup(self, phrase: str, on: date | None = None) -> list[ActorEntry]:
        """Every actor ``phrase`` can name; people only if a term covers ``on``, latest first."""
        found = [entry for entry in self._entries.get(phrase) if entry.holds_on(on)]
        people = sorted((e for e in found if e.kind == "person"), key=_started, reverse=True)
        return [e for e in found if e.kind != "person"] + people

    def phrases(self) -> Iterator[tuple[str, ActorEntry]]:
        """Every surface form with what it names, for a phrase matcher (all terms, undated)."""
        return iter(self.forms)

    def holder(self, country: str, office: str, on: date | None) -> ActorEntry | None:
        """Who held ``office`` for ``country`` (ISO3 or IGO code) on ``on`` (None: today's holder)."""
        terms = self._terms.get((country, office), ())
        return max((e for e in terms if (e.holds_on(on) if on else e.end is None)), key=_started,
                   default=None)

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


def load_tables(data_dir: Path | None = None) -> ActorTables:
    """The actor tables from ``data_dir``; the shipped ones are read once and cached."""
    return _load_default() if data_dir is None else _build(Path(data_dir))


@cache
def _load_default() -> ActorTables:
    return _build(DATA_DIR)


def _read(path: Path, columns: tuple[str, ...]) -> _Table:
    if not path.is_file():
        raise DataError(f"{path}: actor table missing; restore it from the package data")
    lines = path.read_text(encoding="utf-8").splitlines()
    version = _VERSION.match(lines[0]) if lines else None
    if version is None:
        raise DataError(f"{path}:1: first line must be '# version: YYYY-MM-DD'")
    numbered = [(n, line.split("\t")) for n, line in enumerate(lines, 1) if line.strip() and line[0] != "#"]
    if not numbered or tuple(numbered[0][1]) != columns:
        raise DataError(f"{path}: the header must be {'<tab>'.join(columns)}")
    for number, cells in numbered[1:]:
        if len(cells) != len(columns):
            raise DataError(f"{path}:{number}: {len(cells)} cells, the header has {len(columns)}; "
                            "separate cells with one tab each")
    rows = (_Row(f"{path}:{n}", dict(zip(columns, map(str.strip, cells), strict=False))) for n, cells in numbered[1:])
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
        yield from ((form, ActorEntry("state", c.name, c.iso3, None, "GOV")) for form in (c.name, *c.aliases))
        yield from ((form, ActorEntry("demonym", c.name, c.iso3, None, None)) for form in c.demonyms)
        yield from ((form, ActorEntry("capital", form, c.iso3, None, "GOV")) for form in c.capitals)


def _region_forms(table: _Table, countries: dict[str, Country]) -> Iterator[tuple[str, ActorEntry]]:
    """A region stands for its state ("Hong Kong said" → CHN), its demonym for the state's people
    and bodies ("Catalan police" → ESP)."""
    for row in table.rows:
        state = countries.get(row.need("iso3"))
        if state is None:
            raise DataError(f"{row.where}: unknown state code {row.cells['iso3']!r}")
        yield from ((form, ActorEntry("state", state.name, state.iso3, None, "GOV"))
                    for form in (row.need("name"), *row.items("aliases")))
        yield from ((form, ActorEntry("demonym", state.name, state.iso3, None, None)) for form in row.items("demonyms"))


def _table_forms(tables: dict[str, _Table], known: dict[str, set[str]]) -> Iterator[tuple[str, ActorEntry]]:
    for row in tables["igos"].rows:
        igo = ActorEntry("igo", row.need("name"), None, row.need("code"), "IGO")
        yield from ((form, igo) for form in (igo.name, *row.items("aliases")))
    for row in tables["international"].rows:
        body = ActorEntry("igo", row.need("name"), None, GENERIC_IGO, _international_sector(row))
        yield from ((form, body) for form in (body.name, *row.items("aliases")))
    for row in tables["institutions"].rows:
        entry = ActorEntry("institution", row.need("name"), row.code("iso3", known), None, row.need("sector"))
        yield from ((form, entry) for form in row.items("alias"))
    for row in tables["groups"].rows:
        entry = ActorEntry("group", row.need("name"), row.code("country", known), None, row.need("sector"))
        yield from ((form, entry) for form in (entry.name, *row.items("aliases")))
    for row in tables["people"].rows:
        entry = _person(row, known)
        yield from ((form, entry) for form in (entry.name, *row.items("aliases")))
    for row in tables["handles"].rows:
        entry = ActorEntry("handle", row.need("name"), row.code("country", known), row.code("igo", known),
                           row.cells["sector"] or "GOV")
        yield from ((form, entry) for form in (row.need("handle"), "@" + row.need("handle")))
    for row in tables["offices"].rows:
        yield from ((form, ActorEntry("office", form, None, None, row.need("sector"), row.need("office")))
                    for form in row.items("phrase"))
    for row in tables["bodies"].rows:
        yield from ((form, ActorEntry("body", form, None, None, row.need("sector")))
                    for form in row.items("phrase"))


def _person(row: _Row, known: dict[str, set[str]]) -> ActorEntry:
    start, end = row.date("start"), row.date("end")
    if start is None or (end is not None and end < start):
        raise DataError(f"{row.where}: a term needs a start date on or before its end date")
    country, igo = row.code("country", known), row.code("igo", known)
    if country is None and igo is None:
        raise DataError(f"{row.where}: a person needs a country or an igo")
    return ActorEntry("person", row.need("name"), country, igo, row.cells["sector"] or "GOV",
                      row.code("office", known), start, end)


def _international_sector(row: _Row) -> str:
    if row.need("sector") not in INTERNATIONAL_SECTORS:
        raise DataError(f"{row.where}: sector must be one of {', '.join(INTERNATIONAL_SECTORS)}")
    return row.cells["sector"]


def _body_kind(row: _Row) -> str:
    if row.need("kind") not in BODY_KINDS:
        raise DataError(f"{row.where}: kind must be one of {', '.join(BODY_KINDS)}")
    return row.cells["kind"]


def _index(pairs: Iterable[tuple[str, V]]) -> _Index[V]:
    index: _Index[V] = _Index()
    for form, value in pairs:
        index.add(form, value)
    return index


def _terms(forms: Iterable[tuple[str, ActorEntry]]) -> dict[tuple[str, str], tuple[ActorEntry, ...]]:
    terms: dict[tuple[str, str], tuple[ActorEntry, ...]] = {}
    for person in dict.fromkeys(e for _, e in forms if e.kind == "person"):
        key = (person.country or person.igo or "", person.office or "")
        terms[key] = (*terms.get(key, ()), person)
    return terms


def _build(data_dir: Path) -> ActorTables:
    tables = {name: _read(data_dir / f"{name}.tsv", columns) for name, columns in COLUMNS.items()}
    countries = _countries(tables["countries"])
    offices, bodies = tables["offices"].rows, tables["bodies"].rows
    known = {"country": set(countries), "iso3": set(countries),
             "igo": {row.need("code") for row in tables["igos"].rows},
             "office": {row.need("office") for row in offices}}
    forms = tuple(dict.fromkeys([*_country_forms(countries), *_region_forms(tables["regions"], countries),
                                 *_table_forms(tables, known)]))
    titles = _index((form, (row.need("office"), row.need("sector"))) for row in offices
                    for form in row.items("phrase"))
    kinds = _index((form, (row.need("sector"), _body_kind(row))) for row in bodies for form in row.items("phrase"))
    version = "actors-" + max(table.version for table in tables.values())
    return ActorTables(countries, {c.iso2: c.iso3 for c in countries.values()}, version, forms,
                       _index(forms), titles, kinds, _terms(forms))
