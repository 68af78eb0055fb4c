"""Rule-based sentence boundaries for news text.

A statistical splitter trained on web text (EWT) splits news poorly
("Maj. Gen.", "U.S.", datelines). This component decides every boundary
before the parser runs; the parser respects boundaries set in advance.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

TERMINALS = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
OPENERS = frozenset({'"', "“", "‘", "(", "[", "«", "'"})


def _read_list(name: str) -> frozenset[str]:
    text = resources.files("dyad.nlp").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return _read_list("abbreviations.txt")


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    return _read_list("sentence_starters.txt")


def add_abbreviation_cases(tokenizer) -> None:
    """Keep "Maj." and friends as single tokens (spaCy splits some of them)."""
    for abbr in abbreviations():
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])


def _starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or text in OPENERS


def _ends_here(doc: Doc, i: int, abbrevs: frozenset[str], starters: frozenset[str]) -> bool:
    """Does a sentence end after token i (before closers are skipped)?"""
    text = doc[i].text
    if text in TERMINALS:
        # "Maj ." split by a foreign tokenizer: treat like the abbreviation.
        return not (text == "." and i > 0 and doc[i - 1].text + "." in abbrevs and not doc[i - 1].whitespace_)
    if not text.endswith(".") or len(text) < 2:
        return False
    if text in abbrevs:
        return False
    nxt = _next_word(doc, i)
    if nxt is None:
        return True
    # "U.S." / "D.C.": a boundary only before a typical sentence opener.
    if "." in text[:-1] or text[:-1].isupper():
        return nxt in starters
    return True


def _next_word(doc: Doc, i: int) -> str | None:
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return doc[j].text
    return None


def split_doc(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token of ``doc``.

    A line break always ends a sentence (scraped text keeps one paragraph or
    headline per line); terminal punctuation ends one when the next word can
    open a sentence. Closing quotes stay with the sentence they close.
    """
    abbrevs, starters = abbreviations(), sentence_starters()
    starts = [False] * len(doc)
    pending, hard = False, True  # the first word starts a sentence
    for i, token in enumerate(doc):
        if token.is_space:
            hard = hard or "\n" in token.text
            continue
        if hard:
            starts[i], pending, hard = True, False, False
        elif pending:
            if token.text in CLOSERS and i > 0 and not doc[i - 1].whitespace_:
                continue  # a closing quote or bracket right after the terminal
            starts[i] = _starts_sentence(token.text)
            pending = False
        if "\n" in token.whitespace_:
            hard = True
        elif _ends_here(doc, i, abbrevs, starters):
            pending = True
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc


@Language.component("dyad_sentences")
def dyad_sentences(doc: Doc) -> Doc:
    return split_doc(doc)
