"""Parse repair ``perfect-participle``: "the Zionist regime has committed crimes against the
Palestinians", "the countries had prepared draft agreements", "the assailants are believed to
have committed suicide" read with "have" as the main verb (possession) and the participle as
an adjective of its object, so the sentence had no act of committing or preparing and the
subject was nobody's doer. A past participle right after a "have" that is not an auxiliary,
modifying that verb's direct object, is the perfect tense: the participle takes the verb's
place, "have" becomes its auxiliary and the object its object. Participles that are also
adjectives of possession ("have vested interests", "has armed forces") are listed in
``nlp/data/adjectival_participles.txt`` and left alone. Seven such misreadings in the first
1,000 Tehran Times articles.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..types import Sentence, Token
from .datafiles import data_text, read_words
from .reporting import each_repaired

PERFECT_PARTICIPLE = "perfect-participle"


@lru_cache(maxsize=1)
def adjectival_participles() -> frozenset[str]:
    """Participles that "have" may own as adjectives ("vested", "armed"), lower case."""
    return read_words(data_text("adjectival_participles.txt"), "adjectival_participles.txt")


def perfect_participle(sentence: Sentence) -> Sentence:
    """The sentence with each "have + participle + object" read as possession made a perfect."""
    return each_repaired(sentence, PERFECT_PARTICIPLE, _misread, _make_perfect)


def _misread(tokens: list[Token], have: Token) -> tuple[Token, Token] | None:
    """(participle, object) when ``have`` is a main verb whose direct object has, right after
    "have", a past participle as its adjective, with only the object's own modifiers between."""
    if have.lemma.lower() != "have" or have.dep in ("aux", "aux:pass") or have.i + 2 >= len(tokens):
        return None
    verb = tokens[have.i + 1]
    if verb.tag != "VBN" or verb.dep != "amod" or verb.text.lower() in adjectival_participles():
        return None
    obj = tokens[verb.head]
    if obj.i <= verb.i or obj.head != have.i or obj.dep != "obj":
        return None
    if any(tokens[k].head != obj.i or tokens[k].dep not in ("compound", "amod") for k in range(verb.i + 1, obj.i)):
        return None
    return verb, obj


def _make_perfect(tokens: list[Token], have: Token, verb: Token, obj: Token) -> None:
    """Rewrite ``tokens``: ``verb`` takes ``have``'s place and dependents, ``have`` is its
    auxiliary, ``obj`` its object."""
    head = verb.i if have.head == have.i else have.head
    for k in tokens:
        if k.head == have.i and k.i not in (have.i, verb.i):
            tokens[k.i] = replace(k, head=verb.i)
    tokens[verb.i] = replace(verb, head=head, dep=have.dep, pos="VERB")
    tokens[have.i] = replace(have, head=verb.i, dep="aux", pos="AUX")
    tokens[obj.i] = replace(tokens[obj.i], head=verb.i, dep="obj")
