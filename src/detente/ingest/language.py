"""A cheap, dependency-free "is this English?" test.

English news runs at 35–45% English stop words; French, Spanish, German, Italian,
Portuguese and Dutch news at 0–15%, while scoring 40–50% on their own lists.  So a text is
English when English stop words outnumber every other language's, and, once long enough
to judge, make up a fair share of its words.  Headlines (often no stop words at all) and
short texts pass unless another language clearly wins; non-Latin scripts always fail.
"""
from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

CONTRAST_LANGUAGES = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
                      "pt": "Portuguese", "nl": "Dutch"}
SAMPLE_CHARS = 5000         # enough to judge; keeps a 1 MB article cheap
SAMPLE_WORDS = 500
MIN_WORDS_TO_JUDGE = 8      # below this only the script is checked
MIN_WORDS_FOR_SHARE = 20    # from here on English stop words must reach MIN_ENGLISH_SHARE
MIN_ENGLISH_SHARE = 0.10    # lowest seen on English gold sentences: 0.15
MIN_FOREIGN_SHARE = 0.20    # another language must reach this to outvote English
MIN_LATIN_LETTERS = 0.5

_WORD = re.compile(r"[^\W\d_]+")


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for ``lang``, read from its plain data file.

    Importing ``spacy.lang.xx`` pulls in lemmatizers and costs about a second per language;
    the ``stop_words.py`` files are plain data and load in a millisecond.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed; it is a dependency of detente")
    path = Path(spec.submodule_search_locations[0], "lang", lang, "stop_words.py")
    module_spec = importlib.util.spec_from_file_location(f"_detente_stop_words_{lang}", path)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"cannot read spaCy's stop words for {lang!r} at {path}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def _share(words: list[str], lang: str) -> float:
    listed = stop_words(lang)
    return sum(w in listed for w in words) / len(words)


def _latin_share(text: str) -> float:
    letters = [c for c in text[:SAMPLE_CHARS] if c.isalpha()]
    return sum(c < "\u0250" for c in letters) / len(letters) if letters else 1.0


def english_verdict(text: str) -> str | None:
    """None when ``text`` may be English, else why it is not (for the error message)."""
    if _latin_share(text) < MIN_LATIN_LETTERS:
        return "text is not in the Latin script, so not English"
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())[:SAMPLE_WORDS]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    english = _share(words, "en")
    rival, rival_share = max(((lang, _share(words, lang)) for lang in CONTRAST_LANGUAGES),
                             key=lambda pair: pair[1])
    if rival_share >= MIN_FOREIGN_SHARE and rival_share > english:
        name = CONTRAST_LANGUAGES[rival]
        return f"text looks {name}, not English ({rival_share:.0%} {name} stop words, {english:.0%} English)"
    if len(words) >= MIN_WORDS_FOR_SHARE and english < MIN_ENGLISH_SHARE:
        return f"text does not look English (only {english:.0%} of {len(words)} words are English stop words)"
    return None
