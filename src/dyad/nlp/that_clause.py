"""Parse repair ``that-subject``: "announced that talks … would resume" read as a relative clause.

"Fuad Hussein announced during a visit to Tehran that talks between Iran and Saudi Arabia in
Baghdad would resume soon" (held-out seed 2041): after a noun ("Tehran"), the parser read
"that" as a relative pronoun and "talks" as the verb of a relative clause ("Tehran, which
talks between Iran and …"), and left "would resume" with no subject; the talks were then read
with the clause of "announced" (asserted) instead of "would resume" (intended). A plural noun
("talks", "visits", "sanctions") right after "that", hung as the relative clause's head with
"that" its subject and no auxiliary or object of its own, followed by a verb that has no
subject and hangs on the same clause as the relative clause's antecedent: "that" is the
complementizer of that verb, and the noun its subject.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .reporting import _SUBJECTS, repaired, under

THAT_SUBJECT = "that-subject"
_OWN_VERB_WORDS = ("aux", "aux:pass", "cop", "obj", "iobj", "ccomp", "xcomp")


def that_subject(sentence: Sentence) -> Sentence:
    """The sentence with each noun misread as a relative clause's verb after "that" made the
    subject of the following subjectless verb."""
    tokens = list(sentence.tokens)
    changed = False
    for that in sentence.tokens:
        if that.text.lower() != "that" or that.dep != "nsubj" or that.i + 1 >= len(tokens):
            continue
        noun = tokens[that.i + 1]
        if noun.head != noun.i and that.head == noun.i and noun.dep == "acl:relcl" \
                and noun.pos == "NOUN" and noun.tag == "NNS" \
                and not any(k.head == noun.i and k.dep in _OWN_VERB_WORDS for k in tokens):
            verb = _subjectless_verb(tokens, noun)
            if verb is not None:
                tokens[noun.i] = replace(noun, head=verb, dep="nsubj")
                tokens[that.i] = replace(that, head=verb, dep="mark", pos="SCONJ", tag="IN")
                changed = True
    return repaired(sentence, tokens, THAT_SUBJECT) if changed else sentence


def _subjectless_verb(tokens: list[Token], noun: Token) -> int | None:
    """The verb after ``noun``'s phrase that has no subject and hangs (as ``ccomp``) on a verb
    before the noun: the clause "that" opens."""
    last = max(k.i for k in tokens if under(tokens, k.i, noun.i))
    for k in tokens[last + 1:]:
        if k.dep in ("aux", "aux:pass", "advmod"):
            continue  # "would", "soon"
        if k.pos == "VERB" and k.dep == "ccomp" and k.head < noun.i and tokens[k.head].pos == "VERB" \
                and not any(c.head == k.i and c.dep in _SUBJECTS for c in tokens):
            return k.i
        return None
    return None
