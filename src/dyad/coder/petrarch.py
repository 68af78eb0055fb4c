"""PETRARCH verb dictionaries as Dyad patterns.

A PETRARCH verb block lists verbs with a code and patterns of the words
around the verb::

    --- CONTRIBUTE [070] ---
    CONTRIBUTE
    - * &CURRENCY [903]              "contribute a million dollars to X": 903
    - + * FROM $ [066]               the target before the verb, the source after "from"
    - FAILED_TO_* [111]              '_': the words touch

Each (verb, pattern) becomes a :class:`~dyad.coder.patterns.Pattern` whose
``words`` is a :class:`WordPattern`: the words before the verb (``pre``) and
after it (``post``), matched in sentence order on the sentence's tokens, with
gaps allowed unless ``_`` glues two items. ``$``, ``+`` and ``^`` match a noun
phrase (source, target, skipped); ``%`` asks for a compound source (the event
is then symmetric). A synset (``&CURRENCY``) matches any of its phrases. The
verb alone, with its own or its block's code, is the last pattern tried.
Codes are kept as the dictionary writes them (``903``, ``174K``); ``---``
means "no event"; ``032:033`` also codes the target's event back to the source.

Like PETRARCH, a dictionary verb is found by its surface forms ("met" is the
MET block, not MEET), and a dictionary event needs a target (its
``require_dyad``). Without a ``+`` marker the target is the first actor after
the verb among its dependents; without ``$`` the source is the verb's subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.lexicon import phrase_tokens
from .patterns import Pattern
from .syntax import Graph, prep_complement, subject, subtree

NULL_CODE = "---"  # PETRARCH: the verb (or pattern) codes no event
MARKERS = frozenset({"$", "+", "^", "%"})
BRACKETS = frozenset({"(", ")", "{", "}"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
NP_WORDS = NOMINAL | {"DET", "ADJ"}
HEAD_DEPS = frozenset({"compound", "flat", "flat:name", "amod", "det", "nummod", "nmod:poss", "case", "nmod:desc",
                       "punct", "cc", "conj"})


@dataclass(frozen=True)
class Item:
    """One element of a pattern side: a word (or synset: several phrases) or an actor marker."""

    options: tuple[tuple[str, ...], ...] = ()  # the phrases a word item accepts, as tokens
    marker: str = ""  # "$", "+", "^" or "%"
    glued: bool = False  # must touch its neighbour on the verb's side


@dataclass(frozen=True)
class WordPattern:
    """The words around a dictionary verb; ``pre`` and ``post`` run outward from the verb."""

    pre: tuple[Item, ...]
    post: tuple[Item, ...]

    def match(self, g: Graph, trigger: int) -> dict[str, int] | None:
        """Marker -> head token of the noun phrase it matched, or None when the words are not there."""
        words = tuple(t.text.lower() for t in g.sentence.tokens)
        bound: dict = {}
        consumed: set[int] = set()
        if not _side(self.post, g, words, trigger + 1, 1, bound, consumed):
            return None
        if not _side(self.pre, g, words, trigger - 1, -1, bound, consumed):
            return None
        bound["words"] = frozenset(consumed)  # the pattern's own words are not actors ("swiss francs")
        return bound

    @property
    def size(self) -> int:
        return len(self.pre) + len(self.post)


def _side(items, g: Graph, words, start: int, step: int, bound: dict, consumed: set[int]) -> bool:
    pos, n = start, len(words)
    for item in items:
        ks = [pos] if item.glued else range(pos, n if step > 0 else -1, step)
        found = None
        for k in ks:
            if 0 <= k < n:
                found = _item_at(item, g, words, k, step)
            if found is not None:
                break
        if found is None:
            return False
        new, head = found
        # "* WITH %": a compound after the verb is the target; "% HAVE *" is the (compound) subject
        role = "+" if item.marker == "%" and step > 0 else item.marker
        if role in ("$", "+") and role not in bound:
            bound[role] = head
        elif not item.marker:
            consumed.update(range(head, new) if step > 0 else range(new + 1, head + 1))  # head: where it matched
        pos = new
    return True


def _item_at(item: Item, g: Graph, words, k: int, step: int) -> tuple[int, int] | None:
    """(position after the item, head token) when the item matches at k going in ``step``'s direction."""
    if item.marker:
        span = _noun_phrase(g, k, step)
        if span is None:
            return None
        start, end = span
        return (end if step > 0 else start - 1), _phrase_head(g, start, end)
    for phrase in item.options:
        m = len(phrase)
        lo = k if step > 0 else k - m + 1
        if lo >= 0 and words[lo:lo + m] == phrase:
            return (lo + m if step > 0 else lo - 1), k
    return None


def _noun_phrase(g: Graph, k: int, step: int) -> tuple[int, int] | None:
    """The noun phrase that starts (forward) or ends (backward) at k: [start, end)."""
    toks = g.sentence.tokens
    if toks[k].pos not in NP_WORDS:
        return None
    lo = hi = k
    while 0 <= hi + step < len(toks) and _in_np(toks[hi + step]):
        hi += step
    lo, hi = min(lo, hi), max(lo, hi)
    if not any(toks[j].pos in NOMINAL for j in range(lo, hi + 1)):
        return None
    return lo, hi + 1


def _in_np(tok) -> bool:
    return tok.pos in NP_WORDS or tok.text in ("'s", "’s", "-") or tok.dep in ("compound", "flat", "flat:name")


def _phrase_head(g: Graph, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it; the last nominal one if several."""
    outside = [k for k in range(start, end) if not start <= g.tok(k).head < end or g.tok(k).head == k]
    nominal = [k for k in outside if g.tok(k).pos in NOMINAL]
    return (nominal or outside or [end - 1])[-1]


DICTIONARY_SLOTS = frozenset({"agent", "next"})


def dictionary_slot(g: Graph, v: int, slot: str, bound: dict | None) -> list[int]:
    """Candidate heads for a dictionary verb's source ("agent") or target ("next"), best first.

    The source is the subject; in a passive, the "by" agent ("was opposed by
    Osgiliath"), or the passive subject when there is none ("the Philippines
    was criticized over ..."). When the subject names no actor ("it", or a
    parse that hangs "is about to restore" on "about"), the subjects of the
    governing verbs follow. The target is the passive subject when a "by"
    agent is the source, then the phrases after the verb among its dependents
    (a participle's noun's, for "broken relations with Libya"), in sentence
    order, leaving out the pattern's own words.
    """
    agent = prep_complement(g, v, "by") if g.is_passive(v) else None
    passive = g.kids(v, "nsubj:pass")
    if slot == "agent":
        if agent is not None or passive:
            return [agent] if agent is not None else passive[:1]
        return list(dict.fromkeys(k for k in (*g.kids(v, "nsubj"), subject(g, v), *_governing_subjects(g, v))
                                  if k is not None))
    consumed = bound.get("words", frozenset()) if bound else frozenset()
    scope = g.tok(v).head if g.tok(v).dep == "amod" else v
    after = [k for k in sorted(_subtree(g, scope)) if k > v and k not in consumed and g.tok(k).pos in NOMINAL
             and g.tok(k).dep not in HEAD_DEPS - {"conj"} and k != agent]
    return (passive if agent is not None else []) + after


def _governing_subjects(g: Graph, v: int) -> list[int]:
    """Subjects of the words governing v, when v's own subject cannot name the actor.

    That is when the subject is a pronoun ("Ethiopia indicated it would act")
    or v hangs, with no subject, on a word that is not a verb ("Arnor is
    about to restore", parsed with "about" as the head).
    """
    own = g.kids(v, "nsubj", "nsubj:pass")
    head = g.tok(v).head
    if own and g.tok(own[0]).pos != "PRON":
        return []
    if not own and (head == v or g.tok(head).pos in ("VERB", "AUX")):
        return []
    out, cur = [], v
    for _ in range(4):
        head = g.tok(cur).head
        if head == cur:
            break
        out += [k for k in g.kids(head, "nsubj") if k != cur]
        cur = head
    return out


def first_actor(g: Graph, candidates: list[int], resolve) -> list:
    """The mentions of the first candidate that names an actor the way PETRARCH would.

    That is a phrase with a country, or one a user dictionary codes ("clerics":
    ---REL). A bare role that no user dictionary lists ("two artillery
    shells", "its embassy") is not an actor to PETRARCH, which knows only its
    dictionaries' phrases, so it is passed over. A phrase that is coded only
    through a phrase inside it ("the resumption of ties with Mordor, Rohan
    and Bree") gives way to that inner phrase, which keeps its coordination.
    """
    for n, k in enumerate(candidates):
        mentions = resolve(k)
        if not any(m.actor.country or m.rule.startswith("dictionary") for m in mentions):
            continue
        inner = _subtree(g, k)
        for j in candidates[n + 1:]:
            if j in inner:
                deeper = resolve(j)
                if deeper and deeper[0].actor.code == mentions[0].actor.code:
                    return deeper
        return mentions
    return []


def _subtree(g: Graph, i: int) -> set[int]:
    """The tokens below i (i itself left out)."""
    return subtree(g, i) - {i}


# ---------------------------------------------------------------- conversion


def verb_patterns(verbs) -> tuple[Pattern, ...]:
    """Dyad patterns from a :class:`dyad.dictionaries.VerbDictionary`, most specific first.

    Every pattern of a block applies to every verb of the block (PETRARCH
    treats a block's verbs as synonyms). Longer patterns are tried first
    ("HEAVILY UNJUSTLY *" before "HEAVILY *"), then the bare verbs.
    """
    specific: list[tuple[int, int, Pattern]] = []
    bare: list[Pattern] = []
    for block in verbs.blocks:
        for verb in block.verbs:
            for p in block.patterns:
                pattern = _pattern(verb, p.pre, p.post, p.code, verbs, f"{p.where}/{verb.lemma}",
                                   f"{p.where} {verb.lemma.upper()} {p.raw}")
                specific.append((-(pattern.words.size if pattern.words else 0), len(specific), pattern))
            bare.append(_pattern(verb, (), (), verb.code, verbs, f"{verb.where}/{verb.lemma}",
                                 f"{verb.where} {verb.lemma.upper()} [{verb.code}]"))
    return tuple(p for *_, p in sorted(specific, key=lambda t: t[:2])) + tuple(bare)


def _pattern(verb, pre, post, code: str, verbs, pid: str, origin: str) -> Pattern:
    words = verb.lemma.split()
    head = words.index(verb.head) if verb.head in words else 0
    extra_pre = tuple(Item(((w,),), glued=True) for w in reversed(words[:head]))
    extra_post = tuple(Item(((w,),), glued=True) for w in words[head + 1:])
    wp = WordPattern(extra_pre + _items(tuple(reversed(pre)), verbs), extra_post + _items(post, verbs))
    forward, _, back = code.partition(":")
    return Pattern(
        id="dict:" + pid, code=forward or NULL_CODE, lemmas=frozenset({verb.head}), pos="verb",
        # A compound subject without a target codes its members towards each other
        # ("Gondor and Osgiliath renewed ties"); "% * [030]" asks for exactly that.
        source=("agent",), target=() if "%" in pre else ("next",), symmetric=True,
        forms=frozenset(_head_forms(verb, head, len(words))), words=wp if wp.size else None,
        reverse_code=back or None, require_target=True, origin=origin,
    )


def _head_forms(verb, head: int, n: int) -> list[str]:
    out = []
    for surface in verb.surfaces:
        ws = surface.split()
        out.append(ws[head] if len(ws) == n else ws[min(head, len(ws) - 1)])
    return out


def _items(tokens: tuple[str, ...], verbs) -> tuple[Item, ...]:
    """Pattern tokens, ordered outward from the verb, as items; '_' glues the next item to the last."""
    items: list[Item] = []
    glue = False
    for tok in tokens:
        if tok == "_":
            glue = True
            continue
        if tok in BRACKETS:
            continue  # PETRARCH's phrase brackets: the words inside are matched like any others
        if tok in MARKERS:
            items.append(Item(marker=tok, glued=glue))
        elif tok.startswith("&"):
            phrases = tuple(phrase_tokens(f) for f in verbs.synset_forms(tok)) or ((tok.lower(),),)
            items.append(Item(phrases, glued=glue))
        else:
            items.append(Item((phrase_tokens(tok) or (tok,),), glued=glue))
        glue = False
    return tuple(items)
