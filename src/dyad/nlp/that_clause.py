"""Parse repairs of "that" clauses.

``that-subject``: "announced that talks … would resume" read as a relative clause.

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
from functools import lru_cache

from ..types import Sentence, Token
from .datafiles import data_text, read_words
from .reporting import _NOMINAL, _SUBJECTS, repaired, under

THAT_SUBJECT = "that-subject"
SUBJUNCTIVE_VERB = "subjunctive-verb"
_SUBJECT_WORDS = _NOMINAL | {"DET", "ADJ", "NUM", "PUNCT"}
_MAX_SUBJECT = 5  # words between "that" and the verb: "the Sudanese government"
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


@lru_cache(maxsize=1)
def mandative_verbs() -> frozenset[str]:
    """Lemmas of the verbs whose "that" clause asks for something ("demand", "urge")."""
    return read_words(data_text("mandative_verbs.txt"), "mandative_verbs.txt")


@lru_cache(maxsize=1)
def subjunctive_verbs() -> frozenset[str]:
    """Base-form verbs the parser may read as nouns in such a clause ("cancel", "end")."""
    return read_words(data_text("subjunctive_verbs.txt"), "subjunctive_verbs.txt")


def subjunctive_verb(sentence: Sentence) -> Sentence:
    """The sentence with each mandative clause's verb, read as a noun modifier, made the verb."""
    tokens = list(sentence.tokens)
    changed = False
    for that in sentence.tokens:
        if that.text.lower() != "that" or that.i == 0 or that.i + 2 >= len(tokens):
            continue
        demand = tokens[that.i - 1]
        if demand.pos != "VERB" or demand.lemma.lower() not in mandative_verbs():
            continue
        verb = _noun_read_verb(tokens, that.i, demand.i)
        if verb is not None:
            _make_clause(tokens, that.i, verb)
            changed = True
    return repaired(sentence, tokens, SUBJUNCTIVE_VERB) if changed else sentence


def _noun_read_verb(tokens: list[Token], that: int, demand: int) -> int | None:
    """The word after "that" and a short noun phrase that is a base verb of the list hung as a
    modifier on a later noun, which hangs on the demand verb: "that the US *cancel* plans"."""
    verbs = subjunctive_verbs()
    for j in range(that + 2, min(that + 2 + _MAX_SUBJECT, len(tokens))):
        word = tokens[j]
        if word.text.lower() in verbs and word.pos in ("NOUN", "PROPN") and word.dep == "compound":
            obj = tokens[word.head] if word.head > j else None
            ok = obj is not None and obj.pos in _NOMINAL and obj.head == demand \
                and obj.dep in ("ccomp", "obj", "xcomp") and tokens[j - 1].pos in ("NOUN", "PROPN")
            return j if ok else None
        if tokens[j].pos not in _SUBJECT_WORDS:
            return None
    return None


def _make_clause(tokens: list[Token], that: int, verb: int) -> None:
    """Rewrite ``tokens``: ``verb`` heads the clause in its object's place, the noun before it
    is its subject (with the words after "that" that hung elsewhere), "that" its marker."""
    obj = tokens[tokens[verb].head]
    subject = verb - 1
    tokens[verb] = replace(tokens[verb], head=obj.head, dep=obj.dep, pos="VERB", tag="VB",
                           lemma=tokens[verb].text.lower())
    tokens[obj.i] = replace(obj, head=verb, dep="obj")
    tokens[subject] = replace(tokens[subject], head=verb, dep="nsubj")
    tokens[that] = replace(tokens[that], head=verb, dep="mark", pos="SCONJ", tag="IN")
    for k in range(that + 1, subject):  # "the", "Sudanese": now the subject's words
        if not that < tokens[k].head <= subject:
            tokens[k] = replace(tokens[k], head=subject)
