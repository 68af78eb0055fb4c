"""Parse repair of a hyphenated participle modifier ("the child-killing Zionist regime").

``hyphen-participle``: "the daily massacre of Palestinians by the child-killing Zionist regime"
(held-out seed 2053): the parser kept "the child" as the "by" agent of the massacre and made
"killing" a verb of its own, with "Zionist regime" its object, so the child was coded as the
killer. A noun, a hyphen and a participle written as one word ("child-killing",
"freedom-seeking", "war-mongering"), where the noun hangs outside the participle and the
participle's object follows it: the object is the phrase's head, in the noun's place (with the
noun's "by", "the" and other words before the hyphen), the participle its modifier and the noun
the participle's own.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .reporting import repaired, under

HYPHEN_PARTICIPLE = "hyphen-participle"
_MAX_GAP = 3  # words between the participle and the head noun: "child-killing Zionist regime"


def hyphen_participle(sentence: Sentence) -> Sentence:
    """The sentence with each misparsed "noun-participle noun" phrase rebuilt around its noun."""
    tokens = list(sentence.tokens)
    changed = False
    for dash in sentence.tokens:
        found = _misparsed(tokens, dash.i) if dash.text == "-" else None
        if found is not None:
            _rebuild(tokens, *found)
            changed = True
    return repaired(sentence, tokens, HYPHEN_PARTICIPLE) if changed else sentence


def _misparsed(tokens: list[Token], dash: int) -> tuple[int, int, int] | None:
    """(noun, participle, head noun) when the hyphen joins them as one written word, the noun hangs
    outside the participle and the participle's object follows within a few words."""
    if dash == 0 or dash + 2 >= len(tokens):
        return None
    noun, verb = tokens[dash - 1], tokens[dash + 1]
    joined = noun.idx + len(noun.text) == tokens[dash].idx == verb.idx - 1
    if not joined or noun.pos != "NOUN" or verb.tag != "VBG" or under(tokens, noun.i, verb.i):
        return None
    head = next((t.i for t in tokens[verb.i + 1:verb.i + 2 + _MAX_GAP] if t.head == verb.i and t.dep == "obj"
                 and t.pos in ("NOUN", "PROPN")), None)
    if head is None or under(tokens, verb.i, noun.i):
        return None
    return noun.i, verb.i, head


def _rebuild(tokens: list[Token], noun: int, verb: int, head: int) -> None:
    """Rewrite ``tokens``: the head noun takes the noun's place and its words before the hyphen,
    the participle modifies the head noun, and the noun is the participle's."""
    old = tokens[noun]
    for k in range(verb + 1, head):  # the head noun's modifiers hung on the participle ("Zionist")
        if tokens[k].head == verb:
            tokens[k] = replace(tokens[k], head=head)
    for k, t in enumerate(tokens):  # "by", "the" on the noun go to the head noun
        if t.head == noun and k < noun:
            tokens[k] = replace(t, head=head)
    tokens[head] = replace(tokens[head], head=old.head if old.head != noun else head, dep=old.dep)
    tokens[verb] = replace(tokens[verb], head=head, dep="amod")
    tokens[noun] = replace(old, head=verb, dep="compound")
    tokens[noun + 1] = replace(tokens[noun + 1], head=verb, dep="punct")
