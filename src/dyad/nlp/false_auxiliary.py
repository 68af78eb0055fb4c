"""Parse repair ``false-auxiliary``: "The Palestinians reject proposed Israeli changes to the Wye
River deal" (PLOVER gold), "the Iranian nation and the Islamic ummah consider continued U.S.
support of Zionist brutality as a sign of hostility" (Tehran Times) read with the present-tense
verb as an auxiliary of the participle after it, as if it were "have proposed": the sentence's
act was proposing, and rejecting was nobody's. A word tagged as an auxiliary whose lemma is no
English auxiliary, right before a past participle that has a direct object after it, is the
main verb: it takes the participle's place and dependents, the object becomes its object and
the participle that object's adjective. Auxiliaries are a closed class, so the list below is
complete, not a sample.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .reporting import each_repaired

FALSE_AUXILIARY = "false-auxiliary"

# Every English auxiliary and modal, with the contracted and archaic forms the lemmatiser keeps.
_AUXILIARIES = frozenset({
    "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "ought", "need", "dare", "get", "let", "use", "going", "wo", "ca", "'d", "'ll", "'s", "'re",
    "'ve", "'m", "wilt", "shalt", "hath", "doth", "art", "is", "am", "are", "was", "were", "been",
    "being", "had", "has", "did", "does",
})


def false_auxiliary(sentence: Sentence) -> Sentence:
    """The sentence with each verb misread as an auxiliary of the participle after it made the
    main verb (else unchanged)."""
    return each_repaired(sentence, FALSE_AUXILIARY, _misread, _make_main)


def _misread(tokens: list[Token], aux: Token) -> tuple[Token, Token] | None:
    """(participle, object) when ``aux`` is a non-auxiliary tagged as the auxiliary of the past
    participle right after it, and that participle has a direct object after it."""
    if aux.pos != "AUX" or aux.dep != "aux" or aux.lemma.lower() in _AUXILIARIES:
        return None
    if aux.text.lower() in _AUXILIARIES or aux.i + 1 >= len(tokens):
        return None
    verb = tokens[aux.i + 1]
    if aux.head != verb.i or verb.tag != "VBN":
        return None
    obj = next((k for k in tokens if k.head == verb.i and k.dep == "obj" and k.i > verb.i), None)
    return None if obj is None else (verb, obj)


def _make_main(tokens: list[Token], aux: Token, verb: Token, obj: Token) -> None:
    """Rewrite ``tokens``: ``aux`` takes ``verb``'s place and dependents as a finite verb,
    ``obj`` is its object and ``verb`` an adjective of ``obj``."""
    head = aux.i if verb.head == verb.i else verb.head
    for k in tokens:
        if k.head == verb.i and k.i not in (aux.i, verb.i):
            tokens[k.i] = replace(k, head=aux.i)
    tokens[aux.i] = replace(aux, head=head, dep=verb.dep, pos="VERB", tag="VBP")
    tokens[verb.i] = replace(verb, head=obj.i, dep="amod")
    tokens[obj.i] = replace(tokens[obj.i], head=aux.i, dep="obj")
