"""Parse repair ``body-name``: "Vahid Jalalzadeh, Chairman of the National Security and Foreign
Policy Committee of the Iranian parliament" (Tehran Times, 632 times in its corpus), "the Cultural
Heritage, Handicrafts and Tourism Organization", "the Ports and Maritime Organization" read with
the body's head noun ("Committee", "Organization") as a conjunct of the first word of its own
name, as if the chairman chaired national security and, separately, a committee. The coder then
saw two actors where there is one (held-out seed 2097: a ---GOV "Chairman of the National
Security" beside the IRNLEG committee).

So is a title after such a name: "Iranian Parliament National Security and Foreign Policy
Committee Chairman Alaeddin Boroujerdi" (held-out seed 2099: two actors, four phantom pairs),
"Iranian Communications and Information Technology Minister Mahmoud Vaezi" (seed 2098).

A capitalised body or title word with no determiner of its own, read as a conjunct, after a run
of capitalised words, commas and "and" that no recognised person or place is in, ends one name:
it takes the place of the run's word the parser made the phrase's head (its head and relation,
its "the", preposition and coordinating "and"), and the run's words become its compounds. Two
bodies or titles on either side of "and" ("the Foreign Ministry and the Defence Ministry", "the
Ministry and Central Bank", "the President and Prime Minister") are two, and are left alone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..types import Sentence, Token
from .datafiles import data_text, read_words
from .reporting import repaired

BODY_NAME = "body-name"

_JOINERS = frozenset({",", "and", "&"})
_MOVED = frozenset({"det", "case", "nmod:poss", "cc", "punct"})  # the whole name's, not its first word's


@lru_cache(maxsize=1)
def name_ends() -> tuple[frozenset[str], frozenset[str]]:
    """(body words, title words) that end a name: ``nlp/data/name_bodies.txt``, ``name_titles.txt``."""
    return (read_words(data_text("name_bodies.txt"), "name_bodies.txt"),
            read_words(data_text("name_titles.txt"), "name_titles.txt"))


def body_name(sentence: Sentence) -> Sentence:
    """The sentence with each body name split at its "and" made one phrase (else unchanged)."""
    tokens = list(sentence.tokens)
    changed = False
    for end in sentence.tokens:
        name = (_misread(tokens, tokens[end.i], sentence.entities)
                or _titled_name(tokens, tokens[end.i], sentence.entities))
        if name is not None:
            _make_one(tokens, tokens[end.i], *name)
            changed = True
    return repaired(sentence, tokens, BODY_NAME) if changed else sentence


def _misread(tokens: list[Token], end: Token, entities) -> tuple[range, Token] | None:
    """(the name's words before its last word ``end``, the one of them the parser made the
    phrase's head) when ``end``, a body or title word, was misread as a conjunct inside the name."""
    bodies, titles = name_ends()
    word = end.text.lower()
    if end.dep != "conj" or not end.text[:1].isupper() or word not in bodies and word not in titles:
        return None
    if any(t.head == end.i and t.dep == "det" for t in tokens):
        return None  # "the X and the Y Organization": two
    span = _name_run(tokens, end.i, entities)
    if span is None:
        return None
    outer = [tokens[k] for k in span if tokens[k].head not in span and tokens[k].head != end.i]
    if len(outer) != 1 or outer[0].dep == "conj" and outer[0].head != end.head:
        return None  # (a conjunct itself, as the name's end is: the parser split one conjunct in two)
    return span, outer[0]


def _titled_name(tokens: list[Token], name: Token, entities) -> tuple[range, Token] | None:
    """(the portfolio's words, the one the parser made the phrase's head) when a person's name,
    right after its title, was read as a conjunct of the portfolio's first words: "Iranian
    Communications [and] Information Technology Minister *Mahmoud* Vaezi" (held-out seed 2098
    made "Iranian Communications" a second, bare-IRN visitor)."""
    if name.dep != "conj" or name.i < 2 or not any(e.label == "PER" and e.start == name.i for e in entities):
        return None
    title = tokens[name.i - 1]
    if title.text.lower() not in name_ends()[1] or not title.text[:1].isupper() or title.head != name.i:
        return None
    span = _name_run(tokens, title.i, entities)
    if span is None:
        return None
    outer = [tokens[k] for k in span if tokens[k].head not in span and tokens[k].head not in (title.i, name.i)]
    if len(outer) != 1 or outer[0].i != name.head:
        return None
    return span, outer[0]


def _name_run(tokens: list[Token], end: int, entities) -> range | None:
    """The capitalised words, commas and "and" right before token ``end``, when they may be one
    body's name: an "and" between two words that are no body or title ("the Foreign Ministry and
    Defence Ministry", "the President and Prime Minister Imran Khan" are two), and no person or
    place among them ("Iran and European Union", "Zarif and Foreign Minister Lavrov")."""
    start = end
    while start > 0 and (_capital(tokens[start - 1]) or tokens[start - 1].text.lower() in _JOINERS):
        start -= 1
    while start < end and tokens[start].text.lower() in _JOINERS:
        start += 1
    span = range(start, end)
    texts = [tokens[k].text.lower() for k in span]
    if "and" not in texts or texts[-1] in _JOINERS:
        return None
    last_and = start + len(texts) - 1 - texts[::-1].index("and")
    bodies, titles = name_ends()
    before = tokens[last_and - 1].text.lower()
    if last_and == start or before in bodies or before in titles:
        return None
    if not _no_other_name(entities, start, end) or _has_person(tokens, span):
        return None
    return span


def _no_other_name(entities, start: int, end: int) -> bool:
    """Is no token of start..end (the name's last word included) in a recognised name of a
    person or place? Not "Iran and European Union", whose "Iran" is a place, nor "Zarif and
    Foreign Minister". (The recogniser itself often splits a body's name at "and".)"""
    return not any(e.label != "ORG" and e.start <= end and start < e.end for e in entities)


def _has_person(tokens: list[Token], span: range) -> bool:
    """Has the run a person's name the recogniser missed, by its shape: a title or a second name
    hung on it ("Iranian Parliament Speaker *Qalibaf* and Russian Duma Speaker Volodin held …")."""
    return any(t.head in span and t.dep in ("nmod:desc", "flat", "flat:name") for t in tokens)


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "ADJ")


def _make_one(tokens: list[Token], end: Token, span: range, outer: Token) -> None:
    """Rewrite ``tokens``: ``end`` takes the place of ``outer`` (the name's head as parsed), with
    its determiner, preposition and coordinating "and"; the name's words that hung on one
    another or outside it hang on ``end``, as compounds, joiners as they were."""
    for t in tokens:
        if t.head == outer.i and t.dep in _MOVED and t.i < span.start:
            tokens[t.i] = replace(t, head=end.i)
    for k in span:
        t = tokens[k]
        if t.head not in span or t.dep == "conj":
            dep = t.dep if t.text.lower() in _JOINERS else "compound"
            tokens[k] = replace(t, head=end.i, dep=dep)
    head = end.i if outer.head == outer.i else outer.head
    tokens[end.i] = replace(end, head=head, dep=outer.dep)
