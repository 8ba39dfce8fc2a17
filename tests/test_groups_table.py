"""The armed-group table names the main non-state groups of each conflict since the 1980s.

Every sentence here is our own; expected codes follow the header of groups.tsv (the country a group
fights in or against, or the code of the territory it fights for).
"""
from __future__ import annotations

from datetime import date

import pytest

from detente.actors.tables import load_tables
from detente.models import Article
from detente.pipeline import code_article

PUBLISHED = date(2001, 6, 12)


@pytest.fixture(scope="module")
def tables():
    return load_tables()


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Shining Path", "PER", "REB"),
    ("Sendero Luminoso", "PER", "REB"),
    ("FMLN", "SLV", "REB"),
    ("Zapatistas", "MEX", "REB"),
    ("Sinaloa Cartel", "MEX", "CRM"),
    ("MS-13", "SLV", "CRM"),
    ("Provisional IRA", "GBR", "SEP"),
    ("Ulster Volunteer Force", "GBR", "UAF"),
    ("ETA", "ESP", "SEP"),
    ("Red Brigades", "ITA", "REB"),
    ("Kosovo Liberation Army", "XKX", "SEP"),
    ("Chechen rebels", "RUS", "SEP"),
    ("South Ossetian separatists", "GEO", "SEP"),
    ("UNITA", "AGO", "REB"),
    ("Renamo", "MOZ", "REB"),
    ("Lord's Resistance Army", "UGA", "REB"),
    ("Revolutionary United Front", "SLE", "REB"),
    ("FDLR", "RWA", "REB"),
    ("SPLM-N", "SDN", "REB"),
    ("SPLM-IO", "SSD", "REB"),
    ("Justice and Equality Movement", "SDN", "REB"),
    ("MNLA", "MLI", "SEP"),
    ("AQIM", "DZA", "INS"),
    ("Seleka", "CAF", "REB"),
    ("Mai-Mai", "COD", "UAF"),
    ("IPOB", "NGA", "SEP"),
    ("Mahdi Army", "IRQ", "UAF"),
    ("Asaib Ahl al-Haq", "IRQ", "UAF"),
    ("Ahrar al-Sham", "SYR", "REB"),
    ("PFLP", "PSE", "INS"),
    ("Mujahedin-e Khalq", "IRN", "REB"),
    ("PJAK", "IRN", "SEP"),
    ("DHKP-C", "TUR", "REB"),
    ("Haqqani network", "AFG", "INS"),
    ("Naxalites", "IND", "REB"),
    ("Lashkar-e-Jhangvi", "PAK", "INS"),
    ("Tamil Tigers", "LKA", "SEP"),
    ("LTTE", "LKA", "SEP"),
    ("Kachin Independence Army", "MMR", "SEP"),
    ("ARSA", "MMR", "INS"),
    ("MILF", "PHL", "SEP"),
    ("Abu Sayyaf", "PHL", "INS"),
    ("New People's Army", "PHL", "REB"),
    ("Free Aceh Movement", "IDN", "SEP"),
    ("Jemaah Islamiyah", "IDN", "INS"),
    ("Khmer Rouge", "KHM", "REB"),
])
def test_a_group_is_found_with_its_country_and_sector(tables, phrase, country, sector):
    entry = tables.lookup(phrase)[0]
    assert (entry.kind, entry.country, entry.sector) == ("group", country, sector)


@pytest.mark.parametrize("form", ["IRA", "FSA", "NPA", "ISI", "AUC", "SLA", "OPM", "KIA", "UDA", "PRC",
                                  "RAF", "FACT", "Islamic Group", "New Forces", "Peace Brigades"])
def test_ambiguous_forms_name_no_group(tables, form):
    assert all(e.kind != "group" for e in tables.lookup(form))


def test_longer_names_win_over_shorter_ones(tables):
    assert tables.lookup("Islamic Jihad Union")[0].country == "UZB"
    assert tables.lookup("Egyptian Islamic Jihad")[0].country == "EGY"
    assert tables.lookup("Islamic Jihad")[0].country == "PSE"
    assert tables.lookup("People's Liberation Army of Manipur")[0].country == "IND"
    assert tables.lookup("People's Liberation Army")[0].country == "CHN"


def coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    c = code_article(Article("g1", "", text, PUBLISHED, origin="test:g1"))
    return [(e.event, sorted(x.code for x in e.actor), sorted(x.code for x in e.recipient)) for e in c.events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Tamil Tigers raided a Sri Lankan naval base near Trincomalee on Sunday.",
     ("ASSAULT", ["LKA"], ["LKA"])),
    ("ETA shot dead a Spanish town councillor in the Basque country on Friday.",
     ("ASSAULT", ["ESP"], ["ESP"])),
    ("UNITA rebels shelled the besieged city of Kuito on Monday.",
     ("ASSAULT", ["AGO"], ["AGO"])),
    ("The FDLR attacked Congolese soldiers north of Goma on Tuesday.",
     ("ASSAULT", ["RWA"], ["COD"])),
    ("The Lord's Resistance Army abducted dozens of schoolchildren in northern Uganda.",
     ("COERCE", ["UGA"], ["UGA"])),
    ("The Kachin Independence Army overran a Myanmar army outpost on Saturday.",
     ("ASSAULT", ["MMR"], ["MMR"])),
    ("The Haqqani network attacked the US embassy in Kabul on Tuesday.",
     ("ASSAULT", ["AFG"], ["USA"])),
    ("The Mahdi Army fought American troops in Najaf on Thursday.",
     ("ASSAULT", ["IRQ"], ["USA"])),
    ("Abu Sayyaf militants kidnapped two German tourists on Jolo island.",
     ("COERCE", ["PHL"], ["DEU"])),
])
def test_a_sentence_about_a_group_is_coded_to_its_country(text, expected):
    assert expected in coded(text)
