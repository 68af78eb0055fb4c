"""The first coder: patterns over the dependency parse -> CAMEO/PLOVER events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import Protocol

from ..dates import is_historical
from ..ontology import Ontology
from ..types import ActorMention, Article, Event, Explanation, Removed, Sentence, event_id
from ..where_when import locate_and_date, sentence_places
from . import syntax as sx
from .patterns import Pattern, PatternSet


class Resolver(Protocol):
    """What the coder needs from actor resolution (see dyad.actors)."""

    def resolve(self, g: sx.Graph, i: int, *, as_place: bool = False) -> list[ActorMention]: ...


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    trigger: int
    obj: int | None  # the light verb's object noun
    code: str
    mode: str
    negated: bool
    speech: int | None  # the speech verb that reports this clause


def code_sentence(sentence: Sentence, patterns: PatternSet, ontology: Ontology, resolver: Resolver,
                  *, date: str | None = None, dropped: list[Removed] | None = None,
                  graph: sx.Graph | None = None, article: Article | None = None,
                  gazetteer=None) -> list[Event]:
    """All events one sentence asserts, intends or reports.

    ``article`` (or just its publication ``date``) anchors relative dates;
    with a ``gazetteer`` events are also located. A trigger that matched but
    produced no event is appended to ``dropped`` with the reason.
    """
    g = graph or sx.Graph.of(sentence)
    drops = dropped if dropped is not None else []
    if article is None:
        article = Article(sentence.doc_id, sentence.text, date=Date.fromisoformat(date) if date else None)
    where = _LazyWhere(article, gazetteer, g)
    events: dict[str, Event] = {}
    for tok in sentence.tokens:
        for pattern in patterns.for_token(tok.lemma.lower(), tok.pos, tok.text):
            match = _match(g, pattern, tok.i)
            if match is None:
                continue
            for event in _events(g, match, ontology, resolver, where, drops):
                events.setdefault(event.event_id, event)
            break  # the first (most specific) pattern per trigger wins
    return _drop_subsumed(g, list(events.values()), drops, patterns)


def _drop_subsumed(g: sx.Graph, events: list[Event], drops: list[Removed], patterns: PatternSet) -> list[Event]:
    """ "X voiced readiness to expand cooperation with Y": the inner, directed event says it all.

    An event without a target is dropped when its trigger governs the trigger
    of another event of the same source, unless its pattern is about that very
    complement ("threatened to attack", an ``xcomp`` pattern).
    """
    triggers = {e.event_id: _trigger_index(g, e) for e in events}
    keep = []
    for e in events:
        inner = [o for o in events if o is not e and o.source.code == e.source.code
                 and _governs(g, triggers[e.event_id], triggers[o.event_id])]
        if e.target is None and inner and not patterns.by_id[e.explanation.rule].xcomp:
            drops.append(Removed(f"[{g.sentence.index}] {g.sentence.text}",
                                 f"subsumed: {e.explanation.rule} on {e.explanation.trigger!r} by "
                                 f"{inner[0].explanation.rule} on {inner[0].explanation.trigger!r}"))
            continue
        keep.append(e)
    return keep


def _trigger_index(g: sx.Graph, e: Event) -> int:
    span = e.explanation.trigger_span
    return span[0] if span else 0


def _governs(g: sx.Graph, a: int, b: int) -> bool:
    cur = b
    for _ in range(len(g.sentence.tokens)):
        head = g.tok(cur).head
        if head == cur:
            return False
        if head == a:
            return True
        cur = head
    return False


def _match(g: sx.Graph, p: Pattern, i: int) -> Match | None:
    tok = g.tok(i)
    if p.pos == "verb" and tok.pos not in ("VERB", "AUX"):
        return None
    obj = None
    if p.objects:
        obj = _object_with(g, i, p.objects)
        if obj is None:
            return None
    if p.particles and not _has_particle(g, i, p.particles):
        return None
    if p.complement and not _has_complement(g, i, obj, p.complement):
        return None
    if p.xcomp and not any(g.tok(c).lemma.lower() in p.xcomp for c in g.kids(i, "xcomp")):
        return None
    speech = sx.speech_head(g, i)
    if p.reported_only and speech is None:
        return None
    mode = sx.modality(g, i)
    code = p.code
    if mode == "intended" and p.intent:
        code = p.intent
    elif p.intent_only and mode != "intended":
        return None
    code = _refine(g, p, i, obj, code)
    return Match(p, i, obj, code, mode, sx.negated(g, i), speech)


def _object_with(g: sx.Graph, v: int, lemmas: frozenset[str]) -> int | None:
    cands = g.kids(v, "obj", "dobj") + g.kids(v, "nsubj:pass")
    if g.tok(v).dep == "acl":
        # "an agreement on military cooperation signed by ...": the participle may hang
        # on the last noun of the phrase; the object is that noun or the one it modifies.
        head = g.tok(v).head
        cands.append(head)
        if g.tok(head).dep.split(":")[0] == "nmod":
            cands.append(g.tok(head).head)
    for c in cands:
        for n in g.conjuncts(c):
            if g.tok(n).lemma.lower() in lemmas:
                return n
    return None


def _has_particle(g: sx.Graph, v: int, particles: frozenset[str]) -> bool:
    for c in g.children[v]:
        t = g.tok(c)
        if t.dep == "compound:prt" and t.lemma.lower() in particles:
            return True
        if t.dep.split(":")[0] in ("obl", "nmod") and g.case_of(c) in particles:
            return True
    return False


def _has_complement(g: sx.Graph, i: int, obj: int | None, wanted) -> bool:
    """ "call for a ceasefire": a "for" phrase on the trigger (or its object) headed by a listed noun."""
    for prep, nouns in wanted:
        for anchor in (i, obj):
            if anchor is None:
                continue
            comp = sx.prep_complement(g, anchor, prep)
            if comp is not None and any(g.tok(n).lemma.lower() in nouns for n in g.conjuncts(comp)):
                return True
    return False


def _refine(g: sx.Graph, p: Pattern, i: int, obj: int | None, code: str) -> str:
    if not p.refine:
        return code
    words = sx.modifiers(g, i) | ({g.tok(obj).lemma.lower()} | sx.modifiers(g, obj) if obj is not None else set())
    for slot in p.target:
        for anchor in (i, obj):
            if anchor is not None and slot not in ("subj", "obj", "poss"):
                comp = sx.prep_complement(g, anchor, slot)
                if comp is not None:
                    words |= sx.modifiers(g, comp)
    for word, refined in p.refine:
        if word in words:
            return refined
    return code


def _slot(g: sx.Graph, m: Match, slot: str) -> int | None:
    i, p = m.trigger, m.pattern
    if slot == "subj":
        return sx.noun_source(g, i) if p.pos == "noun" else sx.subject(g, i)
    if slot == "obj":
        return sx.direct_object(g, i) if m.obj is None else None
    if slot == "poss":
        kids = g.kids(i, "nmod:poss")
        return kids[0] if kids else None
    for anchor in (i, m.obj):
        if anchor is not None:
            comp = sx.prep_complement(g, anchor, slot)
            if comp is not None:
                return comp
    return None


def _resolve_slots(g, m: Match, slots, resolver, as_place: bool) -> tuple[list[ActorMention], str]:
    for slot in slots:
        idx = _slot(g, m, slot)
        if idx is None:
            continue
        mentions = resolver.resolve(g, idx, as_place=as_place)
        if mentions:
            return mentions, slot
    return [], ""


class _LazyWhere:
    """Finds the sentence's places only when an event needs them (most sentences have none)."""

    def __init__(self, article: Article, gazetteer, g: sx.Graph):
        self.article, self.gazetteer, self._g, self._places = article, gazetteer, g, None

    def locate(self, trigger: int, source_country, target_country):
        if self.gazetteer is not None and self._places is None:
            self._places = sentence_places(self._g, self.gazetteer)
        return locate_and_date(self._g, trigger, self.article, gazetteer=self.gazetteer, places=self._places,
                               source_country=source_country, target_country=target_country)


def _events(g: sx.Graph, m: Match, ontology: Ontology, resolver: Resolver, where: _LazyWhere,
            drops: list[Removed]) -> list[Event]:
    p = m.pattern
    sources, _ = _resolve_slots(g, m, p.source, resolver, False)
    reporter = None
    if m.speech is not None:
        speaker = sx.subject(g, m.speech)
        speakers = resolver.resolve(g, speaker) if speaker is not None else []
        reporter = speakers[0] if speakers else None
        if not sources and speakers and (p.intent_only or p.reported_only):
            sources = speakers  # "X said cooperation will be expanded": X's intent
    if not sources:
        drops.append(_drop(g, m, "no-source", "no country or organisation in the source slot"))
        return []
    targets, _ = _resolve_slots(g, m, p.target, resolver, p.place)
    pairs = _pairs(sources, targets, p.symmetric)
    out = []
    for src, tgt in pairs:
        if tgt is not None and (tgt.actor.code == src.actor.code or _same_country_place(src, tgt, p)):
            # self-directed: "returned to Tehran", "Iran's cooperation with Iran"
            drops.append(_drop(g, m, "self-directed", f"{src.actor.code} -> {tgt.actor.code}"))
            continue
        out.append(_event(g, m, ontology, src, tgt, reporter if reporter is not src else None, where))
    return out


def _drop(g: sx.Graph, m: Match, reason: str, detail: str) -> Removed:
    s = g.sentence
    return Removed(f"[{s.index}] {s.text}", f"{reason}: pattern {m.pattern.id} on {g.tok(m.trigger).text!r}, {detail}")


def _same_country_place(src: ActorMention, tgt: ActorMention, p: Pattern) -> bool:
    return p.place and tgt.actor.country == src.actor.country


def _pairs(sources, targets, symmetric: bool):
    if targets:
        return [(s, t) for s in sources for t in targets if t.head != s.head]
    if symmetric and len(sources) > 1:
        return [(s, t) for s in sources for t in sources if s is not t]
    return [(s, None) for s in sources]


def _event(g, m: Match, ontology: Ontology, src: ActorMention, tgt: ActorMention | None,
           reporter: ActorMention | None, where: _LazyWhere) -> Event:
    location, when = where.locate(m.trigger, src.actor.country, tgt.actor.country if tgt else None)
    mode = "historical" if m.mode == "asserted" and is_historical(when, where.article.date) else m.mode
    s = g.sentence
    info = ontology.cameo(m.code)
    plover = ontology.plover(m.code)
    trigger = " ".join(g.tok(i).text for i in sorted({m.trigger, *([m.obj] if m.obj is not None else [])}))
    return Event(
        event_id=event_id(s.doc_id, s.index, src.actor.code, tgt.actor.code if tgt else None, m.code),
        doc_id=s.doc_id, sentence_index=s.index, sentence=s.text, date=when.date,
        source=src.actor, target=tgt.actor if tgt else None,
        cameo=m.code, cameo_name=info.name, root=info.root, quad_class=info.quad_class,
        goldstein=info.goldstein, plover=plover.type if plover else None,
        negated=m.negated, mode=mode,
        explanation=Explanation(trigger, m.pattern.id, (src.start, src.end),
                                (tgt.start, tgt.end) if tgt else None, src.rule, tgt.rule if tgt else "",
                                (m.trigger, m.trigger + 1)),
        plover_mode=plover.mode if plover else None,
        plover_context=plover.context if plover else (),
        reporter=reporter.actor if reporter else None,
        date_precision=when.precision, date_text=when.text, location=location,
    )
