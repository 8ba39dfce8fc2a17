"""The trigger lexicon: the table loads, every row is valid, stems find what they should."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from detente import ontology
from detente.errors import DataError
from detente.events import lexicon as lexicon_module
from detente.events.lexicon import FRAMES, Lexicon, _entry, lexicon, stems_pattern


def triggers_path() -> Path:
    return ontology.data_path("events", "triggers.tsv")


def good_row(**cells: str) -> dict[str, str]:
    row = {"lemma": "shell", "pos": "V", "event": "ASSAULT", "mode": "heavy-weapons", "objects": "",
           "preps": "on|at", "frame": "dir", "weight": "0.9"}
    return {**row, **cells}


def test_the_table_loads():
    lex = lexicon()
    assert isinstance(lex, Lexicon)
    assert lex.entries and lex.compounds and lex.cues
    assert lex.version.startswith("triggers-") and lex.version != "triggers-unversioned"
    assert lex.lookup("shell", "V")[0].event == "ASSAULT"


def test_every_row_has_a_known_event_mode_and_frame():
    rows = ontology.read_table(triggers_path())
    assert len(rows) > 100
    for row in rows:
        assert row["pos"] in ("V", "N", "A"), row
        assert row["frame"] in FRAMES, row
        if row["event"]:
            assert row["event"] in ontology.EVENT_TYPES, row
            assert ontology.is_known_mode(row["event"], row["mode"] or None), row
        else:
            assert row["frame"] == "light" and not row["mode"], row
        assert 0 < float(row["weight"] or 0.7) <= 1, row


def test_every_plover_type_has_at_least_three_triggers():
    lex = lexicon()
    rows = [e for entries in (*lex.entries.values(), *lex.compounds.values()) for e in entries]
    per_type = Counter(e.event for e in rows if e.event)
    thin = {kind: per_type[kind] for kind in ontology.EVENT_TYPES if per_type[kind] < 3}
    assert not thin, f"types with fewer than 3 triggers: {thin}"


@pytest.mark.parametrize("text", ["The army struck the depot.", "Overnight airstrikes hit the port.",
                                  "The talks ended early."])
def test_stems_find_trigger_words(text):
    assert stems_pattern().search(text)


def test_stems_skip_a_sentence_without_triggers():
    assert stems_pattern().search("the weather was fine") is None


def test_stems_match_at_word_starts_only():
    # "talks" is a stem, but not inside another word
    assert stems_pattern().search("stalks") is None


@pytest.mark.parametrize("cells, problem", [
    ({"pos": "ADV"}, "bad pos"),
    ({"frame": "sideways"}, "bad pos or frame"),
    ({"event": "INVADE"}, "unknown event"),
    ({"mode": "no-such-mode"}, "unknown event or mode"),
    ({"event": "", "mode": "", "frame": "dir"}, "only light verbs"),
])
def test_a_malformed_row_raises_data_error_naming_the_line(cells, problem):
    with pytest.raises(DataError, match=rf"triggers\.tsv:41: .*{problem}"):
        _entry(good_row(**cells), 41)


def test_a_good_row_builds_an_entry():
    entry = _entry(good_row(lemma="pull out", objects="-", weight=""), 7)
    assert (entry.lemma, entry.particle, entry.no_object, entry.weight) == ("pull", "out", True, 0.7)
    assert entry.preps == ("on", "at")


@pytest.fixture
def copied_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the event tables that the loader reads instead of the shipped ones."""
    folder = tmp_path / "events"
    folder.mkdir()
    for name in ("triggers.tsv", "mode_cues.tsv", "contexts.tsv"):
        shutil.copy(ontology.data_path("events", name), folder / name)
    monkeypatch.setattr(lexicon_module, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    return folder / "triggers.tsv"


def load_uncached() -> Lexicon:
    return lexicon.__wrapped__()  # the cached loader, run afresh on the copied tables


def test_an_unchanged_copy_loads_like_the_shipped_table(copied_tables):
    assert load_uncached().entries == lexicon().entries


def _append(path: Path, line: str) -> int:
    """Append a line; return its 1-based line number in the file."""
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    return len(path.read_text(encoding="utf-8").splitlines())


def test_a_malformed_row_in_a_copied_table_raises_data_error(copied_tables):
    _append(copied_tables, "bombard\tV\tASSAULT\t\t\ton\tsideways\t0.9")
    with pytest.raises(DataError, match=r"triggers\.tsv:\d+: bad pos or frame"):
        load_uncached()


def test_too_many_cells_in_a_copied_table_raises_data_error(copied_tables):
    line = _append(copied_tables, "bombard\tV\tASSAULT\t\t\ton\tdir\t0.9\textra")
    with pytest.raises(DataError, match=rf"triggers\.tsv:{line}: 9 cells"):
        load_uncached()


def test_the_data_error_names_the_real_line_of_the_file(copied_tables):
    line = _append(copied_tables, "bombard\tV\tASSAULT\t\t\ton\tsideways\t0.9")
    with pytest.raises(DataError, match=rf"triggers\.tsv:{line}: "):
        load_uncached()


def test_contexts_come_from_cues_in_the_sentence():
    from detente.events.lexicon import lexicon

    found = lexicon().contexts_of("Pakistan recalled its ambassador after Iranian missiles hit the border area.")
    assert {"military", "diplomatic", "territory"} <= set(found)
    assert lexicon().contexts_of("The weather was fine.") == ()


# ---------------------------------------------------------------- row order and coverage

def test_no_general_row_hides_a_later_constrained_row():
    """A row with no particle and no objects accepts every use of its lemma, so a particle or
    object-constrained row after it (of the same lemma and pos) could never match."""
    lex = lexicon()
    for key, entries in (*lex.entries.items(), *lex.compounds.items()):
        own = [e for e in entries if e.frame != "light"]
        for i, entry in enumerate(own):
            if entry.objects or entry.particle or entry.no_object:
                continue
            hidden = [e for e in own[i + 1:] if e.objects or e.particle]
            assert not hidden, f"{key}: general {entry.event} row hides {[(e.particle, e.event) for e in hidden]}"


def test_no_row_is_listed_twice():
    rows = ontology.read_table(triggers_path())
    seen = Counter((r["lemma"], r["pos"], r["event"], r["objects"]) for r in rows)
    assert [k for k, n in seen.items() if n > 1] == []


# ---------------------------------------------------------------- rows matched in parsed sentences
# Hand-written sentences: the word that should carry the event, its type and mode.

LEXICON_CASES = [
    # AGREE
    ("The two ministries signed a memorandum on energy.", "memorandum", "AGREE", "settle"),
    ("Ankara undertook to pull its forces back from the border.", "undertook", "AGREE", None),
    ("The junta consented to the deployment of African Union monitors.", "consented", "AGREE", None),
    # CONCEDE
    ("The interior ministry lifted the state of emergency in the northern provinces.", "lifted", "CONCEDE", "ease"),
    ("The government ended the curfew in the capital.", "ended", "CONCEDE", "ease"),
    ("The rebels announced a unilateral truce for the holidays.", "truce", "CONCEDE", "ceasefire"),
    ("The president granted an amnesty to jailed opposition members.", "amnesty", "CONCEDE", "release"),
    ("The electoral commission recognised the opposition's win in the capital.", "recognised", "CONCEDE", "policy"),
    ("Kabul admitted responsibility for the border incident.", "admitted", "CONCEDE", "apologize"),
    ("Moscow backed down over the gas dispute.", "backed", "CONCEDE", "policy"),
    # RETREAT
    ("The authorities disbanded the militia after the peace deal.", "disbanded", "RETREAT", "disarm"),
    ("Tripoli dismantled its chemical weapons programme.", "dismantled", "RETREAT", "disarm"),
    ("The two armies swapped prisoners at the border crossing.", "swapped", "RETREAT", "release"),
    ("Moscow and Kyiv carried out a prisoner swap on Sunday.", "swap", "RETREAT", "release"),
    ("The army reduced its troops in the eastern province.", "reduced", "RETREAT", "withdraw"),
    ("Syria ended its occupation of the valley.", "ended", "RETREAT", "withdraw"),
    ("The prime minister quit his post on Monday.", "quit", "RETREAT", "resign"),
    # AID
    ("NATO instructors trained Iraqi soldiers.", "trained", "AID", "military"),
    ("Jordan airlifted food and medicine to the besieged city.", "airlifted", "AID", "humanitarian"),
    ("Lebanon hosts more than a million refugees.", "hosts", "AID", "humanitarian"),
    ("Chad took in thousands of refugees from Sudan.", "took", "AID", "humanitarian"),
    # SUPPORT
    ("Budapest sided with Moscow in the dispute.", "sided", "SUPPORT", "endorse"),
    ("The spokesman defended the decision to leave the talks.", "defended", "SUPPORT", "endorse"),
    ("Ghana voted for the resolution.", "voted", "SUPPORT", "endorse"),
    ("The plan won the endorsement of the Arab League.", "endorsement", "SUPPORT", "endorse"),
    # CONSULT
    ("Qatar hosted the Afghan foreign minister.", "hosted", "CONSULT", "host"),
    ("Beijing sent an envoy to Kabul.", "sent", "CONSULT", "visit"),
    ("The two foreign ministers held a video call on Tuesday.", "call", "CONSULT", "phone"),
    ("Washington and Tehran returned to the negotiating table.", "returned", "CONSULT", "meet"),
    # COOPERATE
    ("Paris coordinated with Warsaw on border security.", "coordinated", "COOPERATE", None),
    ("Nairobi handed over the suspects to Kampala.", "handed", "COOPERATE", "judicial"),
    # SANCTION
    ("Moscow cut gas supplies to Sofia.", "cut", "SANCTION", "halt"),
    ("Doha closed its embassy in Kabul.", "closed", "SANCTION", "diplomatic"),
    ("Thailand closed its border with Laos.", "closed", "SANCTION", "ban"),
    ("The United States withdrew from the arms control treaty.", "withdrew", "SANCTION", "halt"),
    ("The EU slapped sanctions on the generals.", "sanctions", "SANCTION", "economic"),
    ("Washington blacklisted three shipping firms.", "blacklisted", "SANCTION", "economic"),
    ("Canada reduced its embassy staff in Tehran.", "reduced", "SANCTION", "diplomatic"),
    ("The government terminated the defence pact with Paris.", "terminated", "SANCTION", "halt"),
    ("Beijing banned imports of Australian wine.", "banned", "SANCTION", "ban"),
    # COERCE
    ("Riot police dispersed the crowd outside parliament.", "dispersed", "COERCE", "restrict"),
    ("The authorities banned the opposition rally.", "banned", "COERCE", "restrict"),
    ("The junta imposed martial law in the capital.", "law", "COERCE", "restrict"),
    ("The cabinet declared a state of emergency in the south.", "declared", "COERCE", "restrict"),
    ("The regime reimposed the siege on the town.", "siege", "COERCE", "blockade"),
    ("Pirates hijacked a cargo ship in the Gulf of Aden.", "hijacked", "COERCE", "seize"),
    ("Police rounded up dozens of students.", "rounded", "COERCE", "arrest"),
    # ASSAULT
    ("Gunmen took two aid workers hostage.", "took", "ASSAULT", "abduct"),
    ("The regime executed three dissidents on Tuesday.", "executed", "ASSAULT", None),
    ("Insurgents beheaded a captured soldier.", "beheaded", "ASSAULT", None),
    ("A bomber detonated a car bomb outside the ministry.", "detonated", "ASSAULT", "explosives"),
    ("Gunmen gunned down a judge in the capital.", "gunned", "ASSAULT", "firearms"),
    ("Paramilitary units carried out ethnic cleansing in the villages.", "cleansing", "ASSAULT", "mass-violence"),
    ("Government troops recaptured the airport.", "recaptured", "ASSAULT", "ground"),
    ("Border guards skirmished with smugglers overnight.", "skirmished", "ASSAULT", None),
    ("Protesters firebombed the party office.", "firebombed", "ASSAULT", "explosives"),
    # MOBILIZE
    ("Seoul reinforced its troops along the border.", "reinforced", "MOBILIZE", "troops"),
    ("Moscow called up thousands of reservists.", "called", "MOBILIZE", "troops"),
    ("The army put its units on high alert.", "put", "MOBILIZE", "alert"),
    ("Pyongyang conducted another nuclear test.", "test", "MOBILIZE", "weapons-test"),
    # THREATEN
    ("The militants vowed revenge against the government.", "vowed", "THREATEN", "military"),
    # REQUEST
    ("Washington pressured Cairo to release the activists.", "pressured", "REQUEST", "demand"),
    ("Rome implored Tunis to stop the boats.", "implored", "REQUEST", "cooperate"),
    # ACCUSE
    ("The minister lambasted Brussels over the quotas.", "lambasted", "ACCUSE", "condemn"),
    ("Prosecutors opened an inquiry into the killings.", "inquiry", "ACCUSE", "investigate"),
    # REJECT
    ("The rebels violated the truce within hours.", "violated", "REJECT", "defy"),
    ("The junta ignored the bloc's ultimatum.", "ignored", "REJECT", "defy"),
    ("Minsk spurned the offer of mediation.", "spurned", "REJECT", "refuse"),
    ("The rebels dismissed the government's appeal for calm.", "dismissed", "REJECT", "deny"),
    # PROTEST
    ("Dock workers went on strike in Rotterdam.", "went", "PROTEST", "strike"),
    ("Tens of thousands took to the streets of Belgrade.", "took", "PROTEST", "demonstrate"),
    ("Opposition lawmakers walked out of the chamber.", "walked", "PROTEST", "demonstrate"),
    ("Students occupied the university building.", "occupied", "PROTEST", "demonstrate"),
]

# The same words where their object says they carry no event.
NOT_EVENTS = [
    ("The workers lifted the boxes onto the truck.", "lifted"),
    ("The city closed the road for repairs.", "closed"),
    ("The ministry executed its plan on schedule.", "executed"),
    ("Soldiers defended the airport against the rebels.", "defended"),
    ("The two leaders ended their talks in Geneva.", "ended"),
    ("The company reduced its prices.", "reduced"),
    ("Police put the suspect under surveillance.", "put"),
    ("She took the train to Lyon.", "took"),
    ("The coach trained the team for the final.", "trained"),
]


@pytest.fixture(scope="module")
def parse():
    from detente import nlp

    return nlp.model()


def _triggers_at(doc, word: str):
    from detente.events.triggers import find_triggers

    return [t for t in find_triggers(doc, lexicon())
            if t.token.text == word or (t.governor is not None and t.governor.text == word)]


@pytest.mark.model
@pytest.mark.parametrize("sentence, word, event, mode", LEXICON_CASES)
def test_a_new_row_carries_its_event(parse, sentence, word, event, mode):
    found = _triggers_at(parse(sentence), word)
    assert [(t.entry.event, t.entry.mode) for t in found] == [(event, mode)], sentence


@pytest.mark.model
@pytest.mark.parametrize("sentence, word", NOT_EVENTS)
def test_object_constraints_keep_ordinary_uses_out(parse, sentence, word):
    assert _triggers_at(parse(sentence), word) == [], sentence
