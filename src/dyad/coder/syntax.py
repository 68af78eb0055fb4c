"""Dependency-parse helpers over Dyad's plain Sentence records.

Slots ("subj", "obj", "with", ...) are found the same way for every pattern,
so the rules live here once: passives swap subject and object, controlled and
conjoined verbs inherit their subject, noun triggers take their source from a
possessor or from the verb that governs them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Sentence

SUBJ = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJ = frozenset({"nsubj:pass", "csubj:pass"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "'d"})
OBLIGATION = frozenset({"should", "must", "can", "ought"})
# Words whose complement expresses what the actor intends, not what it did.
INTENT_HEADS = frozenset({
    "readiness", "ready", "willing", "willingness", "want", "plan", "intend", "intention", "hope",
    "seek", "vow", "pledge", "promise", "agree", "decide", "determination", "determined", "aim",
    "wish", "desire", "eager", "keen", "prepared", "expect", "commitment", "committed", "resolve",
})
SPEECH = frozenset({
    "say", "state", "tell", "add", "remark", "announce", "declare", "stress", "emphasize", "emphasise",
    "note", "underline", "assert", "claim", "voice", "express", "describe", "insist", "reiterate",
    "affirm", "explain", "point", "argue", "warn", "believe", "report", "underscore", "highlight",
})
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "acl"})


@dataclass(frozen=True)
class Graph:
    """Children lists for one sentence (computed once, used by every rule)."""

    sentence: Sentence
    children: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, sentence: Sentence) -> "Graph":
        kids: list[list[int]] = [[] for _ in sentence.tokens]
        for tok in sentence.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        return cls(sentence, tuple(tuple(k) for k in kids))

    def tok(self, i: int):
        return self.sentence.tokens[i]

    def kids(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if not deps or self.tok(c).dep in deps]

    def kid_prefix(self, i: int, prefix: str) -> list[int]:
        return [c for c in self.children[i] if self.tok(c).dep.split(":")[0] == prefix]

    def is_passive(self, i: int) -> bool:
        """Passive clause, or a participle with a "by" agent ("an agreement signed by X")."""
        for c in self.children[i]:
            dep = self.tok(c).dep
            if dep in PASSIVE_SUBJ or dep in ("aux:pass", "obl:agent"):
                return True
            if self.tok(i).dep == "acl" and dep.startswith("obl") and self.case_of(c) == "by":
                return True
        return False

    def case_of(self, i: int) -> str | None:
        """The preposition of an oblique/nominal modifier ("with" in "with Russia")."""
        for c in self.children[i]:
            if self.tok(c).dep in ("case", "mark"):
                return self.tok(c).lemma.lower()
        return None

    def conjuncts(self, i: int) -> list[int]:
        """i and the words coordinated with it ("Iran and Russia")."""
        out, stack = [i], [i]
        while stack:
            for c in self.kids(stack.pop(), "conj"):
                if self.tok(c).pos in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                    out.append(c)
                    stack.append(c)
        return out


def subject(g: Graph, v: int, depth: int = 0) -> int | None:
    """The doer of verb v: its subject, a passive's "by" agent, or an inherited subject."""
    if g.is_passive(v):
        return prep_complement(g, v, "by")
    found = g.kids(v, *SUBJ)
    if found:
        return found[0]
    tok = g.tok(v)
    if depth > 4 or tok.head == v:
        return None
    head = tok.head
    if tok.dep == "acl:relcl":
        return head  # "the meeting, which was held ..." — the noun it modifies
    if tok.dep in INHERIT_DEPS or tok.dep.startswith("advcl"):
        if tok.dep == "xcomp" and g.kids(head, "obj") and g.tok(head).lemma in ("urge", "ask", "call", "invite"):
            return g.kids(head, "obj")[0]  # "urged Iran to release" — Iran does it
        if g.tok(head).pos in ("VERB", "AUX", "ADJ"):
            return subject(g, head, depth + 1)
        if g.tok(head).pos in ("NOUN", "PROPN"):
            return noun_source(g, head, depth + 1)
    return None


def direct_object(g: Graph, v: int) -> int | None:
    if g.is_passive(v):
        found = g.kids(v, *PASSIVE_SUBJ)
        if found:
            return found[0]
        if g.tok(v).dep == "acl":
            return g.tok(v).head  # "an agreement signed by ..."
        return None
    found = g.kids(v, "obj", "dobj", "iobj")
    return found[0] if found else None


def prep_complement(g: Graph, i: int, prep: str) -> int | None:
    """The phrase introduced by ``prep`` under i ("arrived *in Iran*").

    Falls back to a phrase one nominal level down, because a parser often hangs
    it on a neighbouring noun ("arrived at [the airport] Thursday morning").
    """
    for c in g.children[i]:
        dep = g.tok(c).dep.split(":")[0]
        if dep in ("obl", "nmod") and g.case_of(c) == prep:
            return c
    for c in g.children[i]:
        if g.tok(c).dep.split(":")[0] in ("obl", "obj") and g.case_of(c) is None:
            for cc in g.children[c]:
                if g.tok(cc).dep.split(":")[0] in ("nmod", "compound", "obl") and g.case_of(cc) == prep:
                    return cc
    return None


def noun_source(g: Graph, n: int, depth: int = 0) -> int | None:
    """Source of a noun trigger: possessor, "by" phrase, or the governing verb's subject."""
    poss = g.kids(n, "nmod:poss")
    if poss:
        return poss[0]
    by = prep_complement(g, n, "by")
    if by is not None:
        return by
    cur = n
    for _ in range(5):
        tok = g.tok(cur)
        if tok.head == cur:
            return None
        head = g.tok(tok.head)
        if head.pos in ("VERB", "AUX"):
            return subject(g, tok.head, depth + 1)
        if tok.dep.split(":")[0] not in ("nmod", "obl", "obj", "compound", "appos", "conj"):
            return None
        cur = tok.head
    return None


def negated(g: Graph, v: int) -> bool:
    return any(g.tok(c).lemma.lower() in NEGATORS and g.tok(c).dep in ("advmod", "neg", "det")
               for c in g.children[v])


def modality(g: Graph, v: int) -> str:
    """asserted / intended / hypothetical, from auxiliaries, "if" clauses and intent heads."""
    cur = v
    for _ in range(4):
        auxes = {g.tok(c).lemma.lower() for c in g.kids(cur, "aux", "aux:pass")}
        words = {g.tok(c).text.lower() for c in g.kids(cur, "aux", "aux:pass")}
        marks = {g.tok(c).lemma.lower() for c in g.kids(cur, "mark")}
        if "if" in marks or "unless" in marks:
            return "hypothetical"
        if auxes & FUTURE or words & FUTURE or auxes & OBLIGATION:
            return "intended"
        if auxes & HYPOTHETICAL:
            return "hypothetical"
        tok = g.tok(cur)
        if tok.head == cur:
            break
        head = g.tok(tok.head)
        if head.lemma.lower() in INTENT_HEADS and tok.dep.split(":")[0] in ("xcomp", "acl", "ccomp", "advcl"):
            return "intended"
        if tok.dep.split(":")[0] not in ("xcomp", "conj", "obj", "nsubj"):
            break
        cur = tok.head
    return "asserted"


def speech_head(g: Graph, v: int) -> int | None:
    """The speech verb whose reported clause contains v ("said that ... v")."""
    cur = v
    for _ in range(6):
        tok = g.tok(cur)
        if tok.head == cur:
            return None
        head = g.tok(tok.head)
        rel = tok.dep.split(":")[0]
        if head.lemma.lower() in SPEECH and rel in ("ccomp", "xcomp", "parataxis", "advcl", "obj", "obl", "nmod"):
            return tok.head
        if rel not in ("ccomp", "xcomp", "conj", "advcl", "acl", "nsubj", "obl", "nmod", "obj", "compound"):
            return None
        cur = tok.head
    return None


def modifiers(g: Graph, i: int) -> set[str]:
    """Lemmas of the words that qualify i ("military" in "military cooperation")."""
    out = set()
    for c in g.children[i]:
        if g.tok(c).dep.split(":")[0] in ("amod", "compound", "advmod", "nmod"):
            out.add(g.tok(c).lemma.lower())
            out.update(g.tok(cc).lemma.lower() for cc in g.kids(c, "conj", "amod"))
    return out
