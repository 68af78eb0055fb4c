"""Parse repair ``gerund-compound``: "The Macedonian army prepared to resume shelling Albanian
rebel-held territory" (PLOVER gold), "riot police fired teargas and drove back a crowd of
hundreds of youths, who began throwing barriers" (Tehran Times) read with the gerund as a
compound of the noun after it ("shelling territory" as one thing resumed), so the sentence had
no act of shelling and its doer none. A gerund right after a verb of beginning, going on or
stopping, hung as a compound on that verb's direct object, is the verb's complement, and the
object its own: those verbs take a gerund, and a gerund modifying a noun ("a shipbuilding
contract") is not what one resumes. The verbs are listed here, as few take a gerund this way.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .reporting import each_repaired

GERUND_COMPOUND = "gerund-compound"

# Verbs of beginning, going on and stopping: "resumed shelling", "began throwing", "kept firing".
_ASPECTUAL = frozenset({"begin", "start", "resume", "continue", "keep", "stop", "cease", "halt", "quit",
                        "end", "finish", "renew", "intensify", "step"})


def gerund_compound(sentence: Sentence) -> Sentence:
    """The sentence with each gerund misread as a compound of an aspectual verb's object made
    that verb's complement, with the object its own (else unchanged)."""
    return each_repaired(sentence, GERUND_COMPOUND, _misread, _make_complement)


def _misread(tokens: list[Token], gerund: Token) -> tuple[Token, Token] | None:
    """(verb, object) when ``gerund`` follows an aspectual verb and is a compound of its object."""
    # the tagger may call it a noun (NN) and a verb (VERB) at once; its "-ing" and the verb decide
    if gerund.dep != "compound" or gerund.i == 0 or not gerund.text.lower().endswith("ing") \
            or (gerund.tag != "VBG" and gerund.pos != "VERB"):
        return None
    verb, obj = tokens[gerund.i - 1], tokens[gerund.head]
    if verb.pos != "VERB" or verb.lemma.lower() not in _ASPECTUAL:
        return None
    if obj.dep != "obj" or obj.head != verb.i or obj.i <= gerund.i:
        return None
    return verb, obj


def _make_complement(tokens: list[Token], gerund: Token, verb: Token, obj: Token) -> None:
    """Rewrite ``tokens``: ``gerund`` is ``verb``'s open complement, ``obj`` the gerund's object."""
    tokens[gerund.i] = replace(gerund, head=verb.i, dep="xcomp", pos="VERB")
    tokens[obj.i] = replace(tokens[obj.i], head=gerund.i, dep="obj")
