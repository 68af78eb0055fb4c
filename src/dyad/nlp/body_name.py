"""Parse repair ``body-name``: "Vahid Jalalzadeh, Chairman of the National Security and Foreign
Policy Committee of the Iranian parliament" (Tehran Times, 632 times in its corpus), "the Cultural
Heritage, Handicrafts and Tourism Organization", "the Ports and Maritime Organization" read with
the body's head noun ("Committee", "Organization") as a conjunct of the first word of its own
name, as if the chairman chaired national security and, separately, a committee. The coder then
saw two actors where there is one (held-out seed 2097: a ---GOV "Chairman of the National
Security" beside the IRNLEG committee).

A capitalised body word with no determiner of its own, coordinated with a capitalised word
before it when everything between them is capitalised words, commas and "and", names one body:
it takes the first conjunct's place (its head and relation, its "the" and preposition), and the
name's words become its compounds. A body word on either side of "and" ("the Foreign Ministry and
the Defence Ministry", "the Ministry and Central Bank") is two bodies, and is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .reporting import repaired

BODY_NAME = "body-name"

# The head nouns of names of public bodies (lower-cased), which end the name they head.
_BODIES = frozenset({
    "committee", "commission", "council", "ministry", "organization", "organisation", "department",
    "agency", "office", "authority", "board", "court", "fund", "bank", "foundation", "institute",
    "center", "centre", "service", "corporation", "company", "association", "union", "bureau",
    "assembly", "chamber", "forum", "directorate", "headquarters", "staff", "force", "forces",
})
_JOINERS = frozenset({",", "and", "&"})
_MOVED = frozenset({"det", "case", "nmod:poss"})  # what the whole name has, not its first word


def body_name(sentence: Sentence) -> Sentence:
    """The sentence with each body name split at its "and" made one phrase (else unchanged)."""
    tokens = list(sentence.tokens)
    changed = False
    for body in sentence.tokens:
        name = _misread(tokens, body, sentence.entities)
        if name is not None:
            _make_one(tokens, tokens[body.i], *name)
            changed = True
    return repaired(sentence, tokens, BODY_NAME) if changed else sentence


def _misread(tokens: list[Token], body: Token, entities) -> tuple[range, Token] | None:
    """(the name's words before the body word, the one of them the parser made the phrase's head)
    when ``body`` is a body word misread as a conjunct inside its own name."""
    if body.dep != "conj" or body.text.lower() not in _BODIES or not body.text[:1].isupper():
        return None
    if any(t.head == body.i and t.dep == "det" for t in tokens):
        return None  # "the X and the Y Organization": two
    start = body.i
    while start > 0 and (_capital(tokens[start - 1]) or tokens[start - 1].text.lower() in _JOINERS):
        start -= 1
    while start < body.i and tokens[start].text.lower() in _JOINERS:
        start += 1
    span = range(start, body.i)
    words = {tokens[k].text.lower() for k in span}
    if "and" not in words or words & _BODIES or not _one_entity(entities, start, body.i):
        return None
    outer = [tokens[k] for k in span if tokens[k].head not in span and tokens[k].head != body.i]
    if len(outer) != 1 or outer[0].dep == "conj":
        return None
    return span, outer[0]


def _one_entity(entities, start: int, end: int) -> bool:
    """Are tokens start..end (the body word included) an organisation's name as recognised: the
    body word in one, no word before it in a name of another kind? Not "Iran and European
    Union", whose "Iran" is a place. (The recogniser itself often splits the name at "and".)"""
    if not any(e.label == "ORG" and e.start <= end < e.end for e in entities):
        return False
    return not any(e.label != "ORG" and e.start < end and start < e.end for e in entities)


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "ADJ")


def _make_one(tokens: list[Token], body: Token, span: range, outer: Token) -> None:
    """Rewrite ``tokens``: ``body`` takes the place of ``outer`` (the name's head as parsed), with
    its determiner and preposition; the name's words that hung on one another or outside it hang
    on the body, as compounds, joiners as they were."""
    for t in tokens:
        if t.head == outer.i and t.dep in _MOVED and t.i < span.start:
            tokens[t.i] = replace(t, head=body.i)
    for k in span:
        t = tokens[k]
        if t.head not in span or t.dep == "conj":
            dep = t.dep if t.text.lower() in _JOINERS else "compound"
            tokens[k] = replace(t, head=body.i, dep=dep)
    head = body.i if outer.head == outer.i else outer.head
    tokens[body.i] = replace(body, head=head, dep=outer.dep)
