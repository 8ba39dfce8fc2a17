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
