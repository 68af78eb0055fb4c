"""Parse repair ``split-name``: "…in Tehran, Mohammad Baqer Qalibaf remarked" with "Mohammad"
taken as an apposition of "Tehran" and "Baqer Qalibaf" as the subject, and "met Ali-Asghar Khaji,
the Iranian foreign minister's senior advisor" with "Khaji" an apposition of "Ali" (held-out seed
2092: the surname was never remembered, and a later "Khaji" took Oman's country from "Muscat,
Khaji"). A person's name the entity recogniser read whole is one phrase: its first word takes
the role of the piece that has one, and the rest of the name is flat under it.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence
from .reporting import repaired

SPLIT_NAME = "split-name"

# The relations a piece of a name may wrongly take to a word outside it; any other (a subject,
# an object) is the role of the whole name.
_NAME_PIECE_DEPS = frozenset({"appos", "compound", "flat", "flat:name", "nmod:desc", "dep"})


def split_name(sentence: Sentence) -> Sentence:
    """A person's name (an entity span of proper nouns) parsed as two phrases, one of them hung
    outside the name as an apposition or compound: the name's first word takes the role of the
    piece that has one (a subject, an object …) and the rest of the name is flat under it."""
    tokens = list(sentence.tokens)
    changed = False
    for ent in sentence.entities:
        span = range(ent.start, ent.end)
        if ent.label != "PER" or len(span) < 2 or any(tokens[k].pos not in ("PROPN", "PUNCT") for k in span):
            continue
        roots = [k for k in span if tokens[k].head not in span or tokens[k].head == k]
        if roots == [ent.start] and any(tokens[k].dep == "appos" for k in span[1:]):
            _flatten(tokens, span)  # one phrase already, but "Khaji" an apposition of "Ali" inside it
            changed = True
            continue
        roles = [k for k in roots if tokens[k].dep not in _NAME_PIECE_DEPS]
        if len(roots) < 2 or len(roles) != 1 or any(tokens[k].dep not in _NAME_PIECE_DEPS for k in roots
                                                    if k != roles[0]):
            continue
        first, keeper = ent.start, tokens[roles[0]]
        head = first if keeper.head == keeper.i else keeper.head
        tokens[first] = replace(tokens[first], head=head, dep=keeper.dep)
        _flatten(tokens, span)
        for t in tokens:  # the name's own modifiers ("Speaker", "of") now modify the whole name
            if t.i not in span and t.head in span and t.head != first:
                tokens[t.i] = replace(t, head=first)
        changed = True
    return repaired(sentence, tokens, SPLIT_NAME) if changed else sentence


def _flatten(tokens, span: range) -> None:
    """Every word of the name after its first hangs flat on the first (a hyphen as punctuation)."""
    first = span[0]
    for k in span[1:]:
        tokens[k] = replace(tokens[k], head=first, dep="punct" if tokens[k].pos == "PUNCT" else "flat")
