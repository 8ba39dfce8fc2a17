from pathlib import Path

import pytest

from detente.models import Place
from detente.places import Gazetteer, build_gazetteer, find_places, fold, gazetteer, skeleton

COUNTRIES = """\
# version: 2024-01-01
# a small table for tests
iso3\tiso2\tname\taliases\tdemonyms\tcapitals
PAK\tPK\tPakistan\tIslamic Republic of Pakistan\tPakistani\tIslamabad
IRN\tIR\tIran\tPersia\tIranian\tTehran|Teheran
USA\tUS\tUnited States\tUS|America\tAmerican\tWashington|Washington, D.C.
"""
CITIES = """\
lat,lon,name,admin1,admin2,cc
26.96,64.09,Panjgur,Balochistan,,PK
30.18,66.99,Quetta,Balochistan,,PK
27.37,62.33,Saravan,Sistan and Baluchestan,,IR
29.49,60.86,Zahedan,Sistan and Baluchestan,,IR
35.69,51.42,Tehran,Tehran,,IR
35.50,51.50,Varamin,Tehran,,IR
33.72,73.04,Islamabad,Islamabad,,PK
10.0,10.0,Saravan,Ohio,,US
11.0,11.0,Springfield,Ohio,,US
12.0,12.0,Springfield,Maine,,US
13.0,13.0,Springfield,Punjab,,PK
38.89,-77.03,"Washington, D.C.","Washington, D.C.",,US
33.73,-82.73,Washington,Georgia,,US
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    folder: Path = tmp_path_factory.mktemp("gazetteer")
    (folder / "countries.tsv").write_text(COUNTRIES, encoding="utf-8")
    (folder / "cities.csv").write_text(CITIES, encoding="utf-8")
    return build_gazetteer(folder / "cities.csv", folder / "countries.tsv")


def test_fold_and_skeleton() -> None:
    assert fold("Sarāvān") == "saravan"
    assert fold("Pereyaslav-Khmel'nyts'kyy") == "pereyaslav khmel nyts kyy"
    assert skeleton(fold("Balochistan")) == skeleton(fold("Baluchistan")) == "blchstn"


def test_hinted_country_wins(small: Gazetteer) -> None:
    assert small.lookup("Saravan", ["IRN"]).country == "IRN"
    assert small.lookup("Saravan", ["USA"]).country == "USA"
    assert small.lookup("Springfield", ["PAK", "USA"]).admin1 == "Punjab"


def test_unhinted_name_goes_to_the_country_where_it_recurs(small: Gazetteer) -> None:
    assert small.lookup("Springfield").country == "USA"


def test_admin1_names_resolve_to_the_region_at_the_mean_of_its_places(small: Gazetteer) -> None:
    place = small.lookup("Balochistan")
    assert place == Place("Balochistan", "Balochistan", "PAK", pytest.approx(28.57), pytest.approx(65.54))
    assert small.lookup("Baluchistan").admin1 == "Balochistan"  # spelling variant, by consonant skeleton


def test_region_named_like_its_town_gives_the_town_unless_asked(small: Gazetteer) -> None:
    assert small.lookup("Tehran") == Place("Tehran", "Tehran", "IRN", 35.69, 51.42)
    assert small.lookup("Tehran", region=True).lat == pytest.approx(35.595)


def test_capital_spellings_and_capitals_win(small: Gazetteer) -> None:
    assert small.lookup("Teheran").name == "Tehran"
    assert small.lookup("Washington").name == "Washington, D.C."


def test_unknown_name_is_none(small: Gazetteer) -> None:
    assert small.lookup("Atlantis") is None


def test_countries_are_not_places(small: Gazetteer) -> None:
    assert small.is_country("Pakistan") and small.is_country("Persia")
    assert not small.is_country("Panjgur")
    assert small.country("Iran") == Place("Iran", None, "IRN", pytest.approx(32.0125), pytest.approx(56.5275))


@pytest.mark.parametrize(("name", "hints", "admin1", "country"), [
    ("Panjgur", (), "Balochistan", "PAK"),
    ("Saravan", ("IRN",), "Sistan and Baluchestan", "IRN"),
    ("Sistan and Baluchestan", (), "Sistan and Baluchestan", "IRN"),
    ("Balochistan", (), "Balochistan", "PAK"),
    ("Kyiv", (), None, "UKR"),
    ("Kiev", (), None, "UKR"),
    ("Erbil", (), "Arbil", "IRQ"),
    ("Gaza", (), None, "PSE"),
    ("Paris", (), None, "FRA"),
])
def test_shipped_gazetteer(name: str, hints: tuple[str, ...], admin1: str | None, country: str) -> None:
    place = gazetteer().lookup(name, hints)
    assert place is not None and place.country == country
    assert admin1 is None or place.admin1 == admin1


def test_shipped_gazetteer_may_miss_small_places() -> None:
    assert gazetteer().lookup("Galwan") is None
    assert gazetteer().lookup("Xyzzy") is None


def test_find_places_after_a_possessive() -> None:
    sentence = "Iran struck targets in Balochistan's Panjgur area"
    found = {sentence[s:e]: place for s, e, place in find_places(sentence, ["PAK"])}
    assert found["Panjgur"].admin1 == "Balochistan" and found["Panjgur"].country == "PAK"


def test_find_places_uses_place_words_and_prepositions() -> None:
    sentence = "Pakistan struck hideouts in Iran's Sistan and Baluchestan province, near Saravan."
    found = [(sentence[s:e], place.country) for s, e, place in find_places(sentence)]
    assert found == [("Sistan and Baluchestan", "IRN"), ("Saravan", "IRN")]


def test_find_places_falls_back_to_countries() -> None:
    sentence = "Forces from Iraq entered the border area."
    ((start, end, place),) = find_places(sentence)
    assert sentence[start:end] == "Iraq"
    assert (place.country, place.admin1) == ("IRQ", None)


@pytest.mark.parametrize("sentence", [
    "The minister met his counterpart on Tuesday.",
    "Troops were deployed in the Galwan Valley.",
    "Talks resumed in January after Christmas.",
    "",
])
def test_find_places_without_places(sentence: str) -> None:
    assert find_places(sentence) == []
