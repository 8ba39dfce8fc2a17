"""The command line: output, error reporting, exit codes, idempotent storing and help texts."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from detente.cli import EXIT_INPUT_FAILED, build_parser, main
from detente.store import Store

GOOD = {"id": "a1", "title": "Shells hit Turkish town", "published": "2024-03-07",
        "text": "Syrian forces shelled the Turkish border town of Akcakale on Tuesday, Turkish officials said."}


def jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def good_file(tmp_path: Path) -> Path:
    return jsonl(tmp_path / "good.jsonl", json.dumps(GOOD))


def printed_events(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


# ---------------------------------------------------------------- bad inputs beside good ones

@pytest.mark.model
def test_malformed_line_is_reported_and_the_good_line_coded(tmp_path, capsys):
    path = jsonl(tmp_path / "mixed.jsonl", json.dumps(GOOD), '{"id": "a2", "title": broken')
    rc = main(["code", str(path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    events = printed_events(out)
    assert [(e["article_id"], e["event"]) for e in events] == [("a1", "ASSAULT")]
    assert events[0]["actor"][0]["country"] == "SYR" and events[0]["recipient"][0]["country"] == "TUR"
    assert f"{path}:2" in err and "malformed JSON" in err
    assert rc == EXIT_INPUT_FAILED == 1


def _empty(path: Path) -> None:
    path.write_text("")


def _binary(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04\x00\x00binary\xff\xfe")


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n")


@pytest.mark.model
@pytest.mark.parametrize("name, make, words", [
    ("empty.txt", _empty, "empty"),
    ("report.pdf", _pdf, "unsupported extension '.pdf'"),
    ("blob.txt", _binary, "binary"),
])
def test_unreadable_input_is_named_and_the_rest_still_coded(tmp_path, capsys, name, make, words):
    bad = tmp_path / name
    make(bad)
    rc = main(["code", str(bad), str(good_file(tmp_path)), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert str(bad) in err and words in err
    assert [e["article_id"] for e in printed_events(out)] == ["a1"]


@pytest.mark.model
def test_good_inputs_exit_zero(tmp_path, capsys):
    assert main(["code", str(good_file(tmp_path)), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert len(printed_events(out)) == 1
    assert "skipped" not in err


@pytest.mark.model
def test_table_format_lists_the_events(tmp_path, capsys):
    assert main(["code", str(good_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "SYR" in out and "TUR" in out
    assert out.rstrip().endswith("1 events")


@pytest.mark.model
def test_missing_publication_date_is_a_warning(tmp_path, capsys):
    undated = {k: v for k, v in GOOD.items() if k != "published"}
    path = jsonl(tmp_path / "undated.jsonl", json.dumps(undated))
    assert main(["code", str(path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert "warning" in err and f"{path}:1" in err
    assert [e["date"] for e in printed_events(out)] == [None]


def test_nothing_but_a_missing_file_fails(tmp_path, capsys):
    missing = tmp_path / "nowhere.jsonl"
    assert main(["code", str(missing), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert str(missing) in err
    assert printed_events(out) == []


# ---------------------------------------------------------------- the store

@pytest.mark.model
def test_coding_twice_into_a_store_is_idempotent(tmp_path, capsys):
    db, source = tmp_path / "events.db", good_file(tmp_path)
    assert main(["code", str(source), "--db", str(db), "--format", "jsonl"]) == 0
    with Store(db) as store:
        first = store.counts()
    assert main(["code", str(source), "--db", str(db), "--format", "jsonl"]) == 0
    with Store(db) as store:
        second = store.counts()
    assert first == {"articles": 1, "events": 1}
    assert second == first
    capsys.readouterr()


@pytest.mark.model
def test_stored_events_print_back(tmp_path, capsys):
    db = tmp_path / "events.db"
    main(["code", str(good_file(tmp_path)), "--db", str(db), "--format", "jsonl"])
    coded = printed_events(capsys.readouterr().out)
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    stored = printed_events(capsys.readouterr().out)
    assert [e["id"] for e in stored] == [e["id"] for e in coded]


# ---------------------------------------------------------------- help texts (like sqlite-utils' test_docs)

def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_there_are_subcommands():
    assert {"code", "ingest", "events", "timeline"} <= set(_subcommands())


def test_every_subcommand_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {a.dest: a.help for a in sub._choices_actions}
    missing = [name for name in sub.choices if not (helps.get(name) or "").strip()]
    assert not missing, f"subcommands without help: {missing}"


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_option_and_argument_has_help(command):
    parser = _subcommands()[command]
    assert (parser.description or "").strip(), f"{command} has no description"
    missing = [a.option_strings or a.dest for a in parser._actions
               if not isinstance(a, argparse._HelpAction) and not (a.help or "").strip()]
    assert not missing, f"{command}: options without help: {missing}"


def test_top_level_options_have_help():
    parser = build_parser()
    missing = [a.option_strings or a.dest for a in parser._actions
               if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction)) and not (a.help or "").strip()]
    assert not missing, f"top-level options without help: {missing}"


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_help_prints_and_exits_zero(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "usage: detente " + command in capsys.readouterr().out
