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
EDITED_WORDS_PER_SENTENCE = 40  # news averages ~25 words a sentence
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


def split_doc(doc: Doc, *, strict: bool = False) -> Doc:
    """Set ``is_sent_start`` where the rules are sure, and leave the rest to the parser.

    A line break always ends a sentence (scraped text keeps one paragraph or
    headline per line); terminal punctuation ends one when the next word can
    open a sentence; an abbreviation ("Gen.", "U.S." before a name) or a
    lower-case word after a period never starts one. Elsewhere the parser,
    which respects boundaries set in advance, decides (web text often has no
    punctuation at all). ``strict=True`` decides every token here instead.
    """
    abbrevs, starters = abbreviations(), sentence_starters()
    default = False if strict or _edited(doc) else None
    starts: list[bool | None] = [default] * len(doc)
    pending, hard = False, True  # the first word starts a sentence
    for i, token in enumerate(doc):
        if token.is_space:
            hard = hard or "\n" in token.text
            continue
        if hard:
            starts[i], pending, hard = True, False, False
        elif pending:
            if token.text in CLOSERS and i > 0 and not doc[i - 1].whitespace_:
                starts[i] = False
                continue  # a closing quote or bracket right after the terminal
            starts[i] = _starts_sentence(token.text)
            pending = False
        elif i > 0 and _continues(doc[i - 1].text, abbrevs):
            starts[i] = False  # "Maj. Gen. Bagheri", "the U.S. Navy"
        if "\n" in token.whitespace_:
            hard = True
        elif _ends_here(doc, i, abbrevs, starters):
            pending = True
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc


def _edited(doc: Doc) -> bool:
    """Edited prose (news) ends its sentences with punctuation: there the rules decide alone.

    Web text without punctuation ("lol what a day") is left to the parser.
    """
    words = sum(1 for t in doc if not t.is_space and not t.is_punct)
    ends = sum(1 for t in doc if t.text in TERMINALS)
    if words < 15:
        return True  # a headline or a short snippet
    return ends > 0 and words / ends < EDITED_WORDS_PER_SENTENCE


def _continues(prev: str, abbrevs: frozenset[str]) -> bool:
    return prev in abbrevs or (prev.endswith(".") and "." in prev[:-1])


@Language.factory("dyad_sentences", default_config={"strict": False})
def make_sentences(nlp: Language, name: str, strict: bool):
    return lambda doc: split_doc(doc, strict=strict)
