"""Parse repair ``time-clause``: a time conjunction hung on the clause's subject.

"Musharraf said a day *after* Chinese Prime Minister Zhu Rongji ended a four-day visit",
"Finland and Sweden requested to join NATO *after* Russia launched war on Ukraine" (held-out
seed 2068): the parser takes the conjunction for a preposition (``case``) of the subject and
the clause for the content of the verb before it (``ccomp``, ``xcomp``, ``parataxis``), so the
visit was what Musharraf said and the war what the two countries asked for. A time conjunction
right before the subject of a verb is that verb's ``mark`` and the clause an adverbial clause
(``advcl``) of the word it hangs on: it says when, not what was said or asked. 38 subjects in
the first 500 Tehran Times articles carried such a conjunction. Not "as" ("As part of
intensified efforts, …"), and not on the sentence's root, whose main clause the parser has
then lost altogether ("While films are popular in Pakistan, India adopted …").
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence
from .reporting import repaired

TIME_CLAUSE = "time-clause"
CONJUNCTIONS = frozenset({"after", "before", "since", "until", "once", "while", "when"})
_CLAUSE_AS_CONTENT = frozenset({"ccomp", "xcomp", "parataxis", "conj"})


def time_clause(sentence: Sentence) -> Sentence:
    """The sentence with each time conjunction read as a preposition of a subject made the mark
    of that subject's verb, and the verb's clause adverbial."""
    tokens = list(sentence.tokens)
    changed = False
    for t in sentence.tokens:
        if t.dep != "case" or t.text.lower() not in CONJUNCTIONS:
            continue
        subject = tokens[t.head]
        verb = tokens[subject.head]
        if subject.dep not in ("nsubj", "nsubj:pass") or t.i > subject.i or verb.i == subject.i \
                or verb.dep == "ROOT" or verb.pos not in ("VERB", "AUX", "ADJ") or verb.i < t.i:
            continue
        tokens[t.i] = replace(t, head=verb.i, dep="mark", pos="SCONJ")
        if verb.dep in _CLAUSE_AS_CONTENT:
            tokens[verb.i] = replace(verb, dep="advcl")
        for k in sentence.tokens[:t.i]:  # "said *a day* after Zhu ended": the measure is the governor's
            if k.head == subject.i and k.dep in ("nmod:unmarked", "nmod:npmod", "nmod:tmod", "obl:npmod"):
                tokens[k.i] = replace(k, head=verb.head, dep="obl:npmod")
        changed = True
    return repaired(sentence, tokens, TIME_CLAUSE) if changed else sentence
