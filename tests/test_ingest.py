"""Ingest: every format, stdin, directories, ids, normalisation and every bad-input case."""
from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import InputError, UnsupportedInput
from detente.ingest import read_inputs, webpage
from detente.ingest.checks import normalise
from detente.ingest.language import english_verdict
from detente.models import Article

TITLE = "Pakistan and Iran agree to return ambassadors"
TEXT = ("Pakistan and Iran agreed on Friday to return their ambassadors to each other's capitals "
        "after a week of strikes, officials in Islamabad and Tehran said.\n\n"
        "The two foreign ministers spoke by telephone and said they would work together on "
        "security along the border.")
FRENCH = ("La France et l'Allemagne ont signé jeudi un accord de coopération militaire, a annoncé le "
          "ministère des Affaires étrangères à Paris, après des mois de négociations difficiles.")
SPANISH = ("El gobierno de España anunció el jueves nuevas sanciones contra Rusia por la invasión de "
           "Ucrania, según un comunicado del ministerio de Asuntos Exteriores publicado en Madrid.")
GERMAN = ("Die Bundesregierung hat am Donnerstag neue Sanktionen gegen Russland beschlossen, wie das "
          "Auswärtige Amt in Berlin mitteilte. Die Maßnahmen treten in der kommenden Woche in Kraft.")
CHINESE = "中国外交部周四宣布，将与巴基斯坦加强在安全领域的合作，双方同意尽快恢复大使级外交关系。"
PAGE = """<html><head><title>{title} | Example News</title>{meta}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""
META_DATE = '<meta property="article:published_time" content="2024-01-19T08:00:00+05:00">'


def record(**fields: object) -> dict:
    return {"id": "a1", "title": TITLE, "text": TEXT, "published": "2024-01-19", **fields}


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def read(*paths: str, **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs(list(paths), **kwargs))  # type: ignore[arg-type]


def only_error(results: list[Article | InputError]) -> InputError:
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0]


def html_page(body: str = "", meta: str = META_DATE) -> str:
    paragraphs = body or "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))
    return PAGE.format(title=TITLE, meta=meta, body=paragraphs)


@pytest.fixture(params=["trafilatura", "stdlib"])
def extractor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run HTML tests with trafilatura (when it imports) and with the stdlib fallback."""
    if request.param == "stdlib":
        monkeypatch.setattr(webpage, "load_trafilatura", lambda: None)
    elif webpage.load_trafilatura() is None:
        pytest.skip("trafilatura cannot be imported here (lxml_html_clean missing?)")
    return request.param


# ---- formats -----------------------------------------------------------------------------

def test_txt_first_line_is_title(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"\n{TITLE}\n{TEXT}\n")
    [article] = read(path, published=date(2024, 1, 19))
    assert article == Article(article.id, TITLE, TEXT, date(2024, 1, 19), origin=path)


def test_txt_of_one_line_is_all_text(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.txt", "Iran recalled its ambassador from Pakistan.\n"))
    assert (article.title, article.text) == ("", "Iran recalled its ambassador from Pakistan.")


def test_html_main_text_title_and_date(tmp_path: Path, extractor: str) -> None:
    path = write(tmp_path / "page.html", html_page())
    [article] = read(path, published=date(2000, 1, 1))
    assert article.title == TITLE
    assert article.text == TEXT
    assert article.published == date(2024, 1, 19)
    assert article.origin == path


def test_htm_without_date_takes_the_default(tmp_path: Path, extractor: str) -> None:
    [article] = read(write(tmp_path / "page.htm", html_page(meta="")), published=date(2024, 2, 1))
    assert article.published == date(2024, 2, 1)
    assert "Copyright" not in article.text and "Home" not in article.text


def test_html_without_paragraphs_keeps_its_text_blocks(tmp_path: Path, extractor: str) -> None:
    blocks = "".join(f"<div>{p}</div>" for p in TEXT.split("\n\n"))
    page = f"<html><body><nav>Home World</nav><div>{blocks}</div><footer>Contact</footer></body></html>"
    [article] = read(write(tmp_path / "divs.html", page))
    assert TEXT.split("\n\n")[1] in article.text
    assert "Home" not in article.text and "Contact" not in article.text


def test_json_object_and_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps(record(id=42, url="https://x.test/a", source="Dawn",
                                                        published="2024-01-19T23:30:00-05:00")))
    [article] = read(path)
    assert article == Article("42", TITLE, TEXT, date(2024, 1, 19), "https://x.test/a", "Dawn", path)


def test_json_list_origins_are_indexed(tmp_path: Path) -> None:
    path = write(tmp_path / "list.json", json.dumps([record(id="a"), record(id="b")]))
    assert [(a.id, a.origin) for a in read(path)] == [("a", f"{path}[#0]"), ("b", f"{path}[#1]")]


def test_jsonl_origins_are_lines_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(record(id="a"), "", "   ", record(id="b")))
    assert [(a.id, a.origin) for a in read(path)] == [("a", f"{path}:1"), ("b", f"{path}:4")]


def test_missing_published_is_not_an_error(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.jsonl", jsonl(record(published=None))))
    assert isinstance(article, Article) and article.published is None


def test_record_date_beats_the_default(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(record(), record(id="b", published="")))
    assert [a.published for a in read(path, published=date(2023, 5, 5))] == [
        date(2024, 1, 19), date(2023, 5, 5)]


def test_stdin_plain_text() -> None:
    [article] = read("-", stdin=io.StringIO(f"{TITLE}\n\n{TEXT}"))
    assert (article.title, article.text, article.origin) == (TITLE, TEXT, "<stdin>")


def test_stdin_json_lines() -> None:
    stdin = io.StringIO("\n  " + jsonl(record(id="a"), "{oops", record(id="c")))
    results = read("-", stdin=stdin)
    assert [r.origin for r in results] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert [type(r) for r in results] == [Article, InputError, Article]


def test_directories_recurse_sorted_over_supported_files(tmp_path: Path) -> None:
    write(tmp_path / "b" / "2.txt", f"{TITLE}\n{TEXT}")
    write(tmp_path / "b" / "1.json", json.dumps(record(id="json")))
    write(tmp_path / "a.jsonl", jsonl(record(id="jsonl")))
    write(tmp_path / "notes.md", "not read")
    write(tmp_path / ".hidden" / "x.txt", "not read")
    origins = [a.origin for a in read(str(tmp_path))]
    assert origins == [f"{tmp_path}/a.jsonl:1", f"{tmp_path}/b/1.json", f"{tmp_path}/b/2.txt"]


# ---- ids and normalisation -----------------------------------------------------------------

def test_content_id_is_stable_across_formats(tmp_path: Path) -> None:
    from_txt = read(write(tmp_path / "a.txt", f"{TITLE}\r\n{TEXT}"))[0]
    from_json = read(write(tmp_path / "a.json", json.dumps(record(id=None))))[0]
    expected = hashlib.sha1(f"{TITLE}\n{TEXT}".encode()).hexdigest()[:16]
    assert from_txt.id == from_json.id == expected
    changed = read(write(tmp_path / "b.json", json.dumps(record(id="", text=TEXT + " Later."))))[0]
    assert changed.id != expected


def test_normalise() -> None:
    raw = "\ufeffOne\u200b two\r\nthree\x00  \r\n\r\n\r\n\r\n\rfour\u2029five\n\n\n"
    assert normalise(raw) == "One two\nthree\n\nfour\n\nfive"


def test_zero_width_and_nul_are_stripped_from_records(tmp_path: Path) -> None:
    text = TEXT.replace("Friday", "Fri\u200bday\u0000")
    [article] = read(write(tmp_path / "a.jsonl", jsonl(record(text=text))))
    assert article.text == TEXT


# ---- bad inputs --------------------------------------------------------------------------

def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", f"{TITLE}\n{TEXT}")
    missing = str(tmp_path / "missing.txt")
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4")
    results = read(missing, pdf, good)
    assert [type(r) for r in results] == [InputError, UnsupportedInput, Article]
    assert str(results[0]) == f"{missing}: no such file or directory; check the path"
    assert str(results[1]) == f"{pdf}: unsupported extension '.pdf'; give .txt, .html, .json or .jsonl"


@pytest.mark.parametrize("name, content", [("e.txt", ""), ("e.json", " \n"), ("e.jsonl", "\n\n"),
                                           ("e.html", "\ufeff")])
def test_empty_files(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path / name, content)
    error = only_error(read(path))
    assert error.origin == path and "empty file" in str(error)


@pytest.mark.parametrize("content", [b"GIF89a\x00\x01\x02", b"caf\xe9 au lait\n", b"\xff\xfe{\x00"])
@pytest.mark.parametrize("name", ["x.txt", "x.html", "x.json", "x.jsonl"])
def test_binary_files(tmp_path: Path, name: str, content: bytes) -> None:
    path = write(tmp_path / name, content)
    error = only_error(read(path))
    assert isinstance(error, UnsupportedInput) and str(error).startswith(path)


def test_binary_tail_of_jsonl_keeps_the_good_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(record()).encode() + b"\x00\x00garbage\n")
    results = read(path)
    assert isinstance(results[0], Article)
    assert isinstance(results[1], UnsupportedInput) and results[1].origin == f"{path}:2"


def test_malformed_json_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(record(id="a"), '{"id": "b", "text": ', record(id="c")))
    first, error, last = read(path)
    assert (first.id, last.id) == ("a", "c")
    assert isinstance(error, InputError) and error.origin == f"{path}:2"
    assert str(error).startswith(f"{path}:2: malformed JSON: Expecting value")


def test_malformed_json_file_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", '[\n {"id": "a"},\n {"id": }\n]')
    error = only_error(read(path))
    assert error.origin == f"{path}:3" and "malformed JSON" in str(error)


def test_records_that_are_not_objects_or_lack_text(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps([record(id="ok"), ["x"], {"id": "t", "title": "T"},
                                                  record(id="blank", text="  ")]))
    ok, not_object, no_text, blank = read(path)
    assert ok.id == "ok"
    assert str(not_object).startswith(f"{path}[#1]: record is a JSON array, not an object")
    assert str(no_text) == f"{path}[#2]: record has no 'text' (fields: id, title); add the article text"
    assert blank.origin == f"{path}[#3]" and "no 'text'" in str(blank)


def test_html_without_a_body(tmp_path: Path, extractor: str) -> None:
    path = write(tmp_path / "nav.html", "<html><head><title>Menu</title></head><body><nav>Home</nav>"
                                        "<script>var x = 1;</script></body></html>")
    error = only_error(read(path))
    assert error.origin == path and "no article text" in str(error)


@pytest.mark.parametrize("text", [FRENCH, SPANISH, GERMAN, CHINESE, f"{GERMAN} {GERMAN}"])
def test_non_english_text_is_unsupported(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(record(title="", text=text)))
    error = only_error(read(path))
    assert isinstance(error, UnsupportedInput) and error.origin == f"{path}:1"
    assert "English" in str(error)


@pytest.mark.parametrize("text", [
    TEXT,
    "Iran, Pakistan FMs vow cooperation; Jilani, Abdollahian hold talks",
    "Russia invades Ukraine as West unveils first wave of sanctions",
    ("Pakistan and Iran agreed on Friday to return their ambassadors to each other's capitals after "
     "a week of strikes, officials in Islamabad and Tehran said, easing tensions along the border."),
])
def test_short_english_passes(text: str) -> None:
    assert english_verdict(text) is None


def test_too_long(tmp_path: Path) -> None:
    path = write(tmp_path / "big.json", json.dumps(record(text="a" * 5_242_880)))
    error = only_error(read(path))
    assert str(error) == (f"{path}: too long (5,242,880 characters, limit 1,000,000); "
                          "split it or raise --max-chars")
    [article] = read(path, max_chars=6_000_000)  # one long "word": too short to judge its language
    assert len(article.text) == 5_242_880


def test_invalid_published(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(record(published="2024-13-45"), record(id="b")))
    error, article = read(path)
    assert str(error) == f"{path}:1: published '2024-13-45' is not a date (YYYY-MM-DD)"
    assert article.id == "b"


def test_empty_and_binary_stdin() -> None:
    assert "empty input" in str(only_error(read("-", stdin=io.StringIO(" \n"))))
    assert isinstance(only_error(read("-", stdin=io.StringIO("a\x00b"))), UnsupportedInput)


def test_directory_without_inputs(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "nothing")
    assert "holds no .txt" in str(only_error(read(str(tmp_path))))
