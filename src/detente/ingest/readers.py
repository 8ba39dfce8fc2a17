"""Read files, directories and stdin into Articles, one format per reader.

Bad inputs come out as InputError objects beside the good Articles, never raised, so the
caller reports them and codes the rest of the batch.  A problem with a whole file (missing,
binary, malformed JSON) yields one error for that file; a problem with one record of a
JSON list or JSON-lines file yields one error for that record and reading goes on.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from ..errors import InputError, UnsupportedInput
from ..models import Article
from .checks import check_length, check_text, decode
from .records import Options, from_record, from_text, make_article
from .webpage import extract_page

Result = Article | InputError
SUPPORTED = (".txt", ".html", ".htm", ".json", ".jsonl")
KINDS = ".txt, .html, .json or .jsonl"
STDIN = "<stdin>"
HTML_OVERHEAD = 10   # a page may be this many times larger than the article it holds
EMPTY = "empty file; nothing to code — add the article text or leave the file out"


def read_inputs(paths: Sequence[str], published: date | None = None, stdin: TextIO | None = None,
                max_chars: int = 1_000_000) -> Iterator[Result]:
    """Articles from files, directories (recursively) and ``-`` (stdin), in the order given.

    ``published`` is the date for records that carry none of their own.
    """
    options = Options(published, max_chars)
    for name in paths:
        if name == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, options)
        else:
            yield from read_path(Path(name), options)


def read_path(path: Path, options: Options) -> Iterator[Result]:
    if path.is_dir():
        files = supported_files(path)
        if not files:
            yield InputError(str(path), f"directory holds no {KINDS} files; check the path")
        for file in files:
            yield from read_file(file, options)
    elif path.exists():
        yield from read_file(path, options)
    else:
        yield InputError(str(path), "no such file or directory; check the path")


def supported_files(directory: Path) -> list[Path]:
    """Readable files under ``directory``, sorted; hidden files and folders are skipped."""
    found = []
    for root, folders, files in os.walk(directory):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found += [Path(root, f) for f in files
                  if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED]
    return sorted(found)


def read_file(path: Path, options: Options) -> Iterator[Result]:
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        what = f"extension {suffix!r}" if suffix else "file without an extension"
        yield UnsupportedInput(str(path), f"unsupported {what}; give {KINDS}")
        return
    yield from _guarded(str(path), reader(path, options))


def read_stdin(stream: TextIO, options: Options) -> Iterator[Result]:
    """JSON lines when the first non-blank character is ``{``, else one plain-text article."""
    try:
        text = stream.read().removeprefix("\ufeff")
        check_text(STDIN, text)
    except UnicodeDecodeError:
        yield UnsupportedInput(STDIN, "not UTF-8 text; pipe in UTF-8 text or JSON lines")
        return
    except InputError as err:
        yield err
        return
    if not text.strip():
        yield InputError(STDIN, "empty input; pipe in an article or JSON lines")
    elif text.lstrip().startswith("{"):
        yield from json_lines(STDIN, text.split("\n"), options)
    else:
        yield _attempt(from_text, STDIN, text, options)


def json_lines(origin: str, lines: Iterable[str], options: Options) -> Iterator[Result]:
    """One article per non-blank line; a bad line yields its error and reading goes on."""
    seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        seen, where = True, f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"malformed JSON: {err.msg} (column {err.colno}); fix or remove the line")
            continue
        yield _attempt(from_record, where, record, options)
    if not seen:
        yield InputError(origin, EMPTY)


def _read_txt(path: Path, options: Options) -> Iterator[Result]:
    yield from_text(str(path), _load_text(path), options)


def _read_html(path: Path, options: Options) -> Iterator[Result]:
    origin, html = str(path), _load_text(path)
    check_length(origin, html, options.max_chars * HTML_OVERHEAD)
    page = extract_page(html)
    if not page.text.strip():
        raise InputError(origin, "no article text found in the page; check that it is the article "
                                 "page, or save the article text as .txt")
    yield make_article(origin, page.title, page.text, options, published=page.published)


def _read_json(path: Path, options: Options) -> Iterator[Result]:
    """One object, or a list of objects (each error named ``path[#index]``)."""
    origin = str(path)
    try:
        data = json.loads(_load_text(path))
    except json.JSONDecodeError as err:
        raise InputError(f"{origin}:{err.lineno}", f"malformed JSON: {err.msg} (column {err.colno}); "
                                                   "fix the file") from None
    if not isinstance(data, list):
        yield from_record(origin, data, options)
        return
    if not data:
        raise InputError(origin, "empty JSON list; nothing to code")
    for index, record in enumerate(data):
        yield _attempt(from_record, f"{origin}[#{index}]", record, options)


def _read_jsonl(path: Path, options: Options) -> Iterator[Result]:
    with path.open("rb") as stream:
        yield from json_lines(str(path), _utf8_lines(str(path), stream), options)


def _utf8_lines(origin: str, stream: Iterable[bytes]) -> Iterator[str]:
    """Decoded lines; a binary line raises, which ends the file (the rest is binary too)."""
    for number, raw in enumerate(stream, 1):
        yield decode(f"{origin}:{number}", raw)


def _load_text(path: Path) -> str:
    text = decode(str(path), path.read_bytes())
    if not text.strip():
        raise InputError(str(path), EMPTY)
    return text


def _guarded(origin: str, results: Iterator[Result]) -> Iterator[Result]:
    """Pass results on; an error raised for the whole file is yielded and ends that file."""
    try:
        yield from results
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(origin, f"cannot read it ({err.strerror or err}); check its permissions")


def _attempt(build: Callable[..., Article], *args: object) -> Result:
    """The built Article, or the InputError that says why it could not be built."""
    try:
        return build(*args)
    except InputError as err:
        return err


READERS: dict[str, Callable[[Path, Options], Iterator[Result]]] = {
    ".txt": _read_txt, ".html": _read_html, ".htm": _read_html,
    ".json": _read_json, ".jsonl": _read_jsonl,
}
