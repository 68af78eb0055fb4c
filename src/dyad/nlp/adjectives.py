"""Parse repairs for adjectives the parser read as something else.

``place-participle``: "to neighboring Afghanistan" read as a clause. "Iran will send aid to
neighboring Afghanistan", "Zarif arrived in neighbouring Iraq", "Syria is willing to withdraw
its troops from neighboring Lebanon" (PLOVER gold): the parser read "neighboring" as a verb
("to" its ``mark``, the country its object) hung on the clause as an adverbial, so the place
was no oblique of "send", "arrived" or "withdraw" and the event lost its target. "Iran and
neighboring Iraq signed" made it a conjunct, "Neighboring Turkey has closed" an adverbial
clause beside the subject. A participle in ``nlp/data/place_participles.txt`` right before a
proper noun is that noun's adjective: the noun takes the participle's place (its relation,
and "to" as its ``case``), and keeps its own where the parser gave it one outside the
participle. About 350 times in the Tehran Times corpus ("neighboring Afghanistan" 108,
"neighboring Iraq" 57).

``due-clause``: "Putin is due to travel to Tehran", "the two presidents are due to sign a deal"
read with "due to" as the compound preposition of "due to the war": "due" the ``mark`` of the
verb, which became the clause's head with the subject, so the event was asserted (and, with
the copula on "due", often had no subject at all). "Due" is the clause's adjective, as in "is
ready to": it takes the verb's place, the verb is its ``xcomp`` (so the event is intended, like
"is scheduled to"), and the words before "due" that hung on the verb (subject, copula,
auxiliaries, "that") hang on "due". "Is due to" precedes a verb 665 times in the corpus.

``firm-adjective``: "indicated Tehran's firm resolve to support Iraq", "Russia's firm support for
Syria" read with "firm" as a noun (a company, BUS, doing the resolving) and the stance noun after
it as its verb or its compound head. "Firm" right before a noun of stance
(``nlp/data/stance_nouns.txt``) is that noun's adjective; six such misreadings in the first 1,000
Tehran Times articles (held-out seed 2059: "Tehran's firm" coded IRNBUS).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..types import Sentence, Token
from .datafiles import data_text, read_words
from .reporting import _NOMINAL, repaired

PLACE_PARTICIPLE = "place-participle"
FIRM_ADJECTIVE = "firm-adjective"
DUE_CLAUSE = "due-clause"
_CLAUSES = frozenset({"advcl", "acl", "xcomp", "ccomp", "csubj"})


@lru_cache(maxsize=1)
def place_participles() -> frozenset[str]:
    """The participles that describe a place ("neighboring"), lower case."""
    return read_words(data_text("place_participles.txt"), "place_participles.txt")


def place_participle(sentence: Sentence) -> Sentence:
    """The sentence with each place participle read as a verb made its proper noun's adjective."""
    tokens = list(sentence.tokens)
    changed, participles = False, place_participles()
    for word in sentence.tokens:
        if word.text.lower() not in participles or word.i + 1 >= len(tokens):
            continue
        noun = tokens[word.i + 1]
        if noun.pos != "PROPN" or (word.head == noun.i and word.dep == "amod"):
            continue
        _make_adjective(tokens, tokens[word.i], noun)
        changed = True
    return repaired(sentence, tokens, PLACE_PARTICIPLE) if changed else sentence


@lru_cache(maxsize=1)
def stance_nouns() -> frozenset[str]:
    """Nouns of a stance that "firm" describes ("resolve", "support"), lower case."""
    return read_words(data_text("stance_nouns.txt"), "stance_nouns.txt")


def firm_adjective(sentence: Sentence) -> Sentence:
    """The sentence with each noun "firm" before a stance noun made that noun's adjective."""
    tokens = list(sentence.tokens)
    changed, stances = False, stance_nouns()
    for word in sentence.tokens:
        if word.text.lower() != "firm" or word.pos != "NOUN" or word.i + 1 >= len(tokens):
            continue
        noun = tokens[word.i + 1]
        if noun.text.lower() not in stances:
            continue
        if noun.pos != "NOUN":
            tokens[noun.i] = noun = replace(noun, pos="NOUN", tag="NN", lemma=noun.text.lower())
        _make_adjective(tokens, tokens[word.i], noun)
        changed = True
    return repaired(sentence, tokens, FIRM_ADJECTIVE) if changed else sentence


def _make_adjective(tokens: list[Token], word: Token, noun: Token) -> None:
    """Rewrite ``tokens``: ``noun`` takes ``word``'s place if it hung on it, ``word`` becomes its
    ``amod`` and ``word``'s other dependents (a preposition, "and", commas) go to ``noun``."""
    if noun.head == word.i:
        marked = any(k.head == word.i and k.dep == "mark" for k in tokens)
        dep = word.dep
        if word.dep == "ROOT":
            head = noun.i
        else:
            head = word.head
            if dep in _CLAUSES:
                dep = "nmod" if tokens[head].pos in _NOMINAL else "obl" if marked else noun.dep
        tokens[noun.i] = replace(noun, head=head, dep=dep)
    for k in tokens:
        if k.head == word.i and k.i != word.i and k.i != noun.i:
            tokens[k.i] = replace(k, head=noun.i, dep="case" if k.dep == "mark" else k.dep)
    tokens[word.i] = replace(word, head=noun.i, dep="amod", pos="ADJ", tag="JJ",
                             lemma=word.text.lower())


def due_clause(sentence: Sentence) -> Sentence:
    """The sentence with each "be due to VERB" made an adjective with the verb its complement,
    however the parser read "due to" (a compound ``mark`` of the verb, or ``fixed`` words on
    "due" with the verb among them, or the verb a subject clause of "due")."""
    tokens = list(sentence.tokens)
    changed = False
    for due in sentence.tokens:
        if due.text.lower() != "due" or due.i + 2 >= len(tokens):
            continue
        to, verb = tokens[due.i + 1], tokens[due.i + 2]
        if to.text.lower() != "to" or verb.tag != "VB" or (verb.head == due.i and verb.dep == "xcomp") \
                or not any(k.dep == "cop" and k.head in (due.i, verb.i) and k.i < due.i for k in tokens):
            continue
        if due.head == verb.i:  # the verb heads the clause: "due" takes its place
            head, dep = (due.i, "ROOT") if verb.dep == "ROOT" else (verb.head, verb.dep)
        elif verb.head == due.i or verb.head == to.i:
            head, dep = due.head, due.dep
        else:
            continue
        tokens[due.i] = replace(due, head=head, dep=dep, pos="ADJ", tag="JJ")
        tokens[verb.i] = replace(verb, head=due.i, dep="xcomp")
        tokens[to.i] = replace(to, head=verb.i, dep="mark", pos="PART", tag="TO")
        for k in tokens[:due.i]:
            if k.head == verb.i:
                tokens[k.i] = replace(k, head=due.i)
        changed = True
    return repaired(sentence, tokens, DUE_CLAUSE) if changed else sentence
