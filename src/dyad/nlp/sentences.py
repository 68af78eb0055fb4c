"""Rule-based sentence boundaries for news text.

A statistical splitter trained on web text (EWT) splits news poorly
("Maj. Gen.", "U.S.", datelines). This component decides every boundary
before the parser runs; the parser respects boundaries set in advance.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .datafiles import data_text

TERMINALS = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
EDITED_WORDS_PER_SENTENCE = 40  # news averages ~25 words a sentence
OPENERS = frozenset({'"', "“", "‘", "(", "[", "«", "'"})


def _read_list(name: str) -> frozenset[str]:
    text = data_text(name)
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return _read_list("abbreviations.txt")


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    return _read_list("sentence_starters.txt")


@lru_cache(maxsize=1)
def glued_openers() -> frozenset[str]:
    return _read_list("glued_openers.txt")


def add_abbreviation_cases(tokenizer) -> None:
    """Keep "Maj." and friends as single tokens (spaCy splits some of them)."""
    for abbr in abbreviations():
        tokenizer.add_special_case(abbr, [{"ORTH": abbr}])


def _starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or text in OPENERS


def _ends_here(words: list[str], spaces: list[str], i: int, abbrevs: frozenset[str], starters: frozenset[str]) -> bool:
    """Does a sentence end after token i (before closers are skipped)?"""
    text = words[i]
    if text in TERMINALS:
        # "Maj ." split by a foreign tokenizer: treat like the abbreviation.
        return not (text == "." and i > 0 and words[i - 1] + "." in abbrevs and not spaces[i - 1])
    if len(text) < 2 or not text.endswith("."):
        return False
    if text in abbrevs:
        return False
    nxt = _next_word(words, i)
    if nxt is None:
        return True
    # "U.S." / "D.C.": a boundary only before a typical sentence opener.
    if "." in text[:-1] or text[:-1].isupper():
        return nxt in starters
    return True


def _glued(words: list[str], spaces: list[str], i: int, openers: frozenset[str]) -> bool:
    """A sentence glued to the one before by a scraper that dropped the line break: "... said in
    the statement On Monday, Iran ..." (``openers``: glued_openers.txt; a lower-case word, then a space)."""
    if i == 0 or words[i] not in openers or spaces[i - 1] != " ":
        return False
    prev = words[i - 1]
    return len(prev) > 1 and prev.isalpha() and prev.islower()


def _next_word(words: list[str], i: int) -> str | None:
    for j in range(i + 1, len(words)):
        if words[j].strip():
            return words[j]
    return None


def split_doc(doc: Doc, *, strict: bool = False) -> Doc:
    """Set ``is_sent_start`` where the rules are sure, and leave the rest to the parser.

    A line break always ends a sentence (scraped text keeps one paragraph or
    headline per line); terminal punctuation ends one when the next word can
    open a sentence; an abbreviation ("Gen.", "U.S." before a name) or a
    lower-case word after a period never starts one. Elsewhere the parser,
    which respects boundaries set in advance, decides (web text often has no
    punctuation at all). ``strict=True`` decides every token here instead.
    """
    if not len(doc):
        return doc
    words = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    starts = _starts(words, spaces, default=False if strict or _edited(words) else None)
    # One array write instead of a property call per token (the splitter ran
    # at a tenth of the parser's cost when set token by token).
    codes = [[1 if s else (-1 if s is False else 0)] for s in starts]
    values = numpy.array(codes, dtype="int64").astype("uint64")  # spaCy stores -1 wrapped round
    doc.from_array([SENT_START], values)
    return doc


def _starts(words: list[str], spaces: list[str], *, default: bool | None) -> list[bool | None]:
    abbrevs, starters, openers = abbreviations(), sentence_starters(), glued_openers()
    starts: list[bool | None] = [default] * len(words)
    pending, hard = False, True  # the first word starts a sentence
    for i, text in enumerate(words):
        if not text.strip():  # a whitespace token
            hard = hard or "\n" in text
            continue
        if hard:
            starts[i], pending, hard = True, False, False
        elif pending:
            if text in CLOSERS and i > 0 and not spaces[i - 1]:
                starts[i] = False
                continue  # a closing quote or bracket right after the terminal
            starts[i] = _starts_sentence(text)
            pending = False
        elif i > 0 and _continues(words[i - 1], abbrevs):
            starts[i] = False  # "Maj. Gen. Bagheri", "the U.S. Navy"
        elif _glued(words, spaces, i, openers):
            starts[i] = True
        if "\n" in spaces[i]:
            hard = True
        elif _ends_here(words, spaces, i, abbrevs, starters):
            pending = True
    return starts


def _edited(words: list[str]) -> bool:
    """Edited prose (news) ends its sentences with punctuation: there the rules decide alone.

    Web text without punctuation ("lol what a day") is left to the parser.
    """
    count = sum(1 for w in words if w.strip() and any(c.isalnum() for c in w))
    ends = sum(1 for w in words if w in TERMINALS)
    if count < 15:
        return True  # a headline or a short snippet
    return ends > 0 and count / ends < EDITED_WORDS_PER_SENTENCE


def _continues(prev: str, abbrevs: frozenset[str]) -> bool:
    return prev in abbrevs or (prev.endswith(".") and "." in prev[:-1])


@Language.factory("dyad_sentences", default_config={"strict": False})
def make_sentences(nlp: Language, name: str, strict: bool):
    return lambda doc: split_doc(doc, strict=strict)
