"""Explain how Dyad codes one actor phrase: `dyad actor TEXT [--context SENTENCE]`.

The phrase is resolved exactly as the coder resolves an event's source or
target: the context (or the phrase alone) is parsed, the phrase's words are
found in it, earlier sentences are read for the people they introduce, and
``ArticleActors.resolve`` codes the phrase's head. The report names the
knowledge entries (file and line) and rules that produced the code, and says
when the code is only partial and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

from ..coder.placing import PlaceFinder, place_finder
from ..coder.syntax import Graph
from ..errors import DataError
from ..types import NON_STATE, ActorMention, Record, Sentence
from .lexicon import Hit, Lexicon
from .resolve import ArticleActors

# How each kind of rule reads in a report; "{arg}" is the phrase or person the rule names.
RULE_TEXT = {
    "country": "country named: '{arg}'",
    "adjective": "country from the adjective '{arg}'",
    "people": "country from the people noun '{arg}'",
    "capital": "'{arg}' is a capital, standing for its government",
    "seat": "'{arg}' is a seat of power",
    "org": "'{arg}' is a known organisation",
    "agent": "sector from the role or body '{arg}'",
    "person": "known person {arg}",
    "memory": "'{arg}' was introduced earlier with this code",
    "pronoun": "pronoun for the last person named ({arg})",
    "group": "stands for a recent actor ({arg})",
    "owner": "no country in the phrase: that of the one 'its'/'their' stands for ({arg})",
    "definite": "a bare 'the ROLE' pointing back to the last one named with that role ({arg})",
    "dateline-default": "no country in the phrase: the dateline's country",
    "outlet-default": "no country in the phrase and no dateline: the outlet's country (outlets.tsv)",
    "outlet-title": "'the {arg}' is, in this outlet's house style, an office of its country (outlets.tsv)",
    "topic-country": "no country in the phrase and no dateline: topic country: most named so far ({arg})",
    "sentence-country": "no country in the phrase, no dateline and no topic: the one state the sentence names ({arg})",
    "home-lacks": "no country in the phrase, and the default country has no '{arg}': the country it usually is (absent.tsv)",
    "sibling": "takes the sector of the partner it is coordinated with{arg}",
    "place": "place: {arg}",
}
_RULE_SPLIT = re.compile(r"\+(?=(?:%s)\b)" % "|".join(re.escape(k) for k in RULE_TEXT))


@dataclass(frozen=True)
class KnowledgeMatch(Record):
    """A knowledge-file entry that matched words of the phrase."""

    kind: str  # country / adjective / people / capital / seat / org / person / surname / agent
    phrase: str
    code: str  # ISO code for country kinds, sector for agents, full code otherwise
    where: str  # file:line


@dataclass(frozen=True)
class ActorReport(Record):
    """How one phrase is coded, and why."""

    text: str  # the phrase as resolved (with its apposition or complement, if any)
    code: str  # CAMEO actor code; a sector alone when no country is known; "" when nothing is known
    country: str | None
    sectors: tuple[str, ...]
    partial: bool  # country without sector, or sector without country
    rule: str  # the resolver's rule string, e.g. "adjective:Russian+agent:ambassador"
    reason: str  # the rule in words, with the entries' file:line
    matches: tuple[KnowledgeMatch, ...]
    sentence: str  # the sentence it was resolved in
    date: Date | None = None  # the date people's roles were chosen by (None: most recent role)


@dataclass(frozen=True)
class Located(Record):
    """Where a phrase sits in parsed text: sentence index and token span."""

    sentence: int
    start: int
    end: int


def describe(text: str, *, context: str | None = None, date: Date | None = None,
             resources=None) -> ActorReport:
    """Code ``text`` (inside ``context`` when given) and explain the code.

    ``resources`` needs ``nlp`` and ``lexicon`` (a ``pipeline.Resources``);
    loaded once per process when not given.
    """
    if not text.strip():
        raise DataError("the actor phrase is empty")
    if resources is None:
        from ..pipeline import load_resources

        resources = load_resources()
    from ..nlp.pipeline import parse_text

    sentences = parse_text(resources.nlp, context if context is not None else text, "actor")
    where = find_phrase(sentences, text.strip())
    if where is None:
        raise DataError(f"the phrase {text.strip()!r} does not occur in the context "
                        f"{(context or text)[:80]!r} (it must match its words exactly)")
    return report_for(sentences, where, resources.lexicon, date=date, places=place_finder(resources.gazetteer))


def report_for(sentences: tuple[Sentence, ...], where: Located, lexicon: Lexicon, *,
               date: Date | None = None, default_country: str | None = None,
               places: PlaceFinder | None = None) -> ActorReport:
    """Resolve the located phrase after reading the sentences before it, and explain it
    (``places``: as ``ArticleActors.places``, the coder's ``coder.placing.place_finder``)."""
    mention = resolve_located(sentences, where, lexicon, date=date, default_country=default_country,
                              places=places)
    sentence = sentences[where.sentence]
    hits = _hits_in(lexicon.match(sentence), mention.start if mention else where.start,
                    mention.end if mention else where.end)
    matches = tuple(KnowledgeMatch(h.entry.kind, h.entry.phrase, h.entry.code, h.entry.where) for h in hits)
    if mention is None:
        return _uncoded(sentence, where, hits, matches, date)
    actor = mention.actor
    code = "" if actor.code == "---" else actor.code
    partial = _is_partial(actor, code, hits, mention.head)
    reason = explain(mention.rule, matches)
    if partial:
        reason += "; partial: " + ("no sector is known for it" if actor.country else "no country is known for it")
    return ActorReport(actor.text, code, actor.country, actor.sectors, partial, mention.rule, reason, matches,
                       sentence.text, date)


def resolve_located(sentences: tuple[Sentence, ...], where: Located, lexicon: Lexicon, *,
                    date: Date | None = None, default_country: str | None = None,
                    places: PlaceFinder | None = None) -> ActorMention | None:
    """The actor of the located phrase, with article memory of the sentences before it."""
    actors = ArticleActors(lexicon, default_country=default_country, date=date, places=places)
    for sentence in sentences[:where.sentence]:
        actors.observe(Graph.of(sentence))
    g = Graph.of(sentences[where.sentence])
    head = phrase_head(g, where.start, where.end)
    mentions = actors.resolve(g, head)
    for m in mentions:
        if m.head == head:
            return m
    return next((m for m in mentions if m.start <= head < m.end), mentions[0] if mentions else None)


def find_phrase(sentences: tuple[Sentence, ...], phrase: str) -> Located | None:
    """First token span whose text is ``phrase``, preferring one that is not part of a longer name.

    A bare surname ("Zarif") should not be found inside "Mohammad Javad Zarif":
    a match next to a capitalised word of the same name is taken only when
    there is no other.
    """
    spans = [(s, start, end) for s in sentences for start, end in _spans(s, phrase)]
    clean = [x for x in spans if not _extends_name(x[0], x[1] - 1, x) and not _extends_name(x[0], x[2], x)]
    if not (clean or spans):
        return None
    s, start, end = (clean or spans)[0]
    return Located(s.index, start, end)


def _spans(s: Sentence, phrase: str):
    # A hyphen joins words of one name ("ash-Shimmari"): a match must not touch one.
    for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", s.text):
        start = next((t.i for t in s.tokens if t.idx == m.start()), None)
        end = next((t.i + 1 for t in s.tokens if t.idx + len(t.text) == m.end()), None)
        if start is not None and end is not None and end > start:  # else the match cuts a token
            yield start, end


def phrase_head(g: Graph, start: int, end: int) -> int:
    """The token of the span that governs most of it (its syntactic head)."""
    inside = range(start, end)
    tops = [k for k in inside if g.tok(k).head == k or not start <= g.tok(k).head < end]
    if len(tops) == 1:
        return tops[0]

    def reach(k: int) -> int:
        seen, stack = {k}, [k]
        while stack:
            for c in g.children[stack.pop()]:
                if start <= c < end and c not in seen:
                    seen.add(c)
                    stack.append(c)
        return len(seen)

    nominal = [k for k in tops if g.tok(k).pos in ("NOUN", "PROPN", "PRON", "NUM")] or tops
    return max(nominal, key=lambda k: (reach(k), k))


def explain(rule: str, matches: tuple[KnowledgeMatch, ...]) -> str:
    """The resolver's rule string in words, each part with the entry it came from."""
    where = {(m.kind, m.phrase): m.where for m in matches}
    parts = []
    for part in _RULE_SPLIT.split(rule) if rule else []:
        kind, _, arg = part.partition(":")
        template = RULE_TEXT.get(kind)
        if template is None:
            parts.append(part)
            continue
        if kind == "sibling" and arg:
            arg = " " + arg.lstrip(":")
        text = template.format(arg=arg)
        name = arg.split(" (")[0]
        source = where.get((kind, name)) or where.get(("surname", name))
        parts.append(f"{text} ({source})" if source else text)
    return "; ".join(parts) or "no rule"


def _uncoded(sentence: Sentence, where: Located, hits: list[Hit], matches, date) -> ActorReport:
    """No actor: report the sector of a role word if there is one (a partial, sector-only code)."""
    text = sentence.span_text(where.start, where.end)
    agents = [h for h in hits if h.entry.kind == "agent"]
    if agents:
        h = agents[-1]  # the role nearest the end of the phrase is its head in English
        sectors = tuple(h.entry.code[k:k + 3] for k in range(0, len(h.entry.code), 3))
        reason = (f"sector from the role or body '{h.entry.phrase}' ({h.entry.where}); partial: "
                  "no country, organisation or known person in the phrase or before it")
        return ActorReport(text, h.entry.code, None, sectors, True, f"agent:{h.entry.phrase}", reason, matches,
                           sentence.text, date)
    reason = "no country, organisation, role or known person matches the phrase"
    return ActorReport(text, "", None, (), True, "", reason, matches, sentence.text, date)


def _hits_in(hits: list[Hit], start: int, end: int) -> list[Hit]:
    return [h for h in hits if start <= h.start and h.end <= end]


def _is_partial(actor, code: str, hits: list[Hit], head: int) -> bool:
    """A sector without a country, or a country without a sector, unless the phrase is the
    country itself ("Iran", "the Saudis": a bare country code is complete)."""
    if actor.country is None:
        return code[:3] not in NON_STATE
    return not actor.sectors and not _is_country(hits, head)


def _is_country(hits: list[Hit], head: int) -> bool:
    return any(h.start <= head < h.end and h.entry.kind in ("country", "people") for h in hits)


NAME_DEPS = frozenset({"compound", "flat", "flat:name"})


def _extends_name(s: Sentence, k: int, span) -> bool:
    """Token k is a capitalised word of the same name as the span (a proper noun, or joined to it)."""
    if not 0 <= k < len(s.tokens):
        return False
    tok, inside = s.tokens[k], range(span[1], span[2])
    if tok.pos == "PROPN":  # "Javad Zarif", and lowercase particles such as "von", "bin"
        return True
    if not tok.text[:1].isupper():
        return False
    return (tok.head in inside and tok.dep in NAME_DEPS) or any(
        s.tokens[j].head == k and s.tokens[j].dep in NAME_DEPS for j in inside)
