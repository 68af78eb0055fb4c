"""The first coder: patterns over the dependency parse -> CAMEO/PLOVER events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date as Date
from functools import lru_cache
from typing import Callable, Protocol

from ..ontology import CameoCode, Ontology
from ..types import ActorMention, Article, Event, Explanation, Removed, Sentence, event_id
from . import assertion, clauses, negation
from .complements import complements, has_complement, refine
from .modes import modality
from .overlap import drop_asked, drop_subsumed, drop_taken, drop_under_dictionary, matched_reason
from .targets import (INTENT_TO_MEET, act_doer, anti_target, between_parties, complement_actor as targets_below,
                      counterparts, event_pairs, home_counterparts, home_people, hosts_officials, mediated_code,
                      object_agents, own_officials, people_object, venue)
from .placing import LazyWhere, place_attacker
from ..where_when import dated_ahead
from .unseen import RULE as UNSEEN, VIOLENT, unseen_attacker, unseen_authority
from .senses import FORCE, accidental, idiom, on_soil, sanction_detail
from .vetoes import PRESS, veto
from . import syntax as sx
from .patterns import NO_EVENT, Pattern, PatternSet, Triggered
from .topics import topic_code
from .words import coder_words
from ..actors.words import actor_words
from .petrarch import DICTIONARY_SLOTS, NULL_CODE, dictionary_slot, first_actor


class Resolver(Protocol):
    """What the coder needs from actor resolution (see dyad.actors)."""

    def resolve(self, g: sx.Graph, i: int, *, as_place: bool = False) -> list[ActorMention]: ...

    def names_actor(self, g: sx.Graph, i: int) -> bool: ...


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    trigger: int
    obj: int | None  # the light verb's object noun
    code: str
    mode: str
    negated: bool
    speech: int | None  # the speech verb that reports this clause
    bound: dict | None = None  # a dictionary pattern's actor markers -> token ($ source, + target)
    clause: int | None = None  # an xcomp/topic pattern's complement ("to release" in "urged X to release")
    inner: "Match | None" = None  # the event that complement names (coder/clauses.py)


def code_sentence(sentence: Sentence, patterns: PatternSet, ontology: Ontology, resolver: Resolver,
                  *, date: str | None = None, dropped: list[Removed] | None = None,
                  graph: sx.Graph | None = None, article: Article | None = None,
                  gazetteer=None, written: Callable[[Event], bool] | None = None) -> list[Event]:
    """All events one sentence asserts, intends or reports.

    ``article`` (or just its publication ``date``) anchors relative dates;
    with a ``gazetteer`` events are also located. A trigger that matched but
    produced no event is appended to ``dropped`` with the reason. ``written``
    keeps only the events it accepts (it may record why it refused one).
    """
    g = graph or sx.Graph.of(sentence)
    drops = dropped if dropped is not None else []
    triggers = _triggers(g, patterns)
    if not triggers:
        return []  # no trigger word: nothing to match, locate or resolve
    if assertion.is_question(sentence.text):
        drops.append(Removed(f"[{sentence.index}] {sentence.text}", "question: a question asserts no event"))
        return []
    if article is None:
        article = Article(sentence.doc_id, sentence.text, date=Date.fromisoformat(date) if date else None)
    where = LazyWhere(article, gazetteer, g)
    events: dict[str, Event] = {}
    asked: dict[int, Match] = {}  # inner trigger -> the xcomp/topic match it is the complement of
    # a light verb's object noun (or a complement noun, True) -> its match and events
    taken: dict[int, tuple[Match, set[str], bool]] = {}
    for i, found in triggers:
        objects = None  # lemmas of i's possible objects, worked out for the first light-verb pattern
        # The sentence's words rule out most patterns at once (_match would find no object,
        # complement or infinitive); i's possible objects rule out most light-verb ones left.
        for pattern in found.possible(g.lemma_set):
            if pattern.objects:
                if objects is None:
                    objects = {lemma for _, lemma in _object_candidates(g, i)}
                if objects.isdisjoint(pattern.objects):
                    continue
            match = _match(g, pattern, i, patterns)
            if match is None:
                continue
            coded = _events(g, match, ontology, resolver, drops, where)
            for event in coded:
                events.setdefault(event.event_id, event)
            if match.inner is not None:
                asked[match.inner.trigger] = match
            if coded:
                _note_taken(g, match, {e.event_id for e in coded}, taken)
            break  # the first (most specific) pattern per trigger wins
    if not events:
        return []  # most sentences: no trigger became an event
    kept = drop_asked(g, list(events.values()), asked, drops)
    kept = drop_taken(g, kept, taken, drops, patterns)
    kept = drop_subsumed(g, drop_under_dictionary(g, kept, drops, patterns), drops, patterns)
    kept = own_officials(home_counterparts(hosts_officials(counterparts(kept))))
    # Placing and dating is the costliest step and no rule above reads its result:
    # it is done last, and only for the events that are written.
    placed: dict[str, Event] = {}  # a role given its place's country may become an event already kept
    for e in kept:
        e = where.protest_recipient(e)  # (before written: it may give the event its target)
        if written is None or written(e):
            e = where.with_roles_placed(place_attacker(where.place_and_date(e)))
            placed.setdefault(e.event_id, e)
    return list(placed.values())


def _note_taken(g: sx.Graph, match: Match, coded: set[str], taken: dict) -> None:
    """Note the nouns match's events act on, whose own noun events ``drop_taken`` drops: a light
    verb's object, and a partitive's "of" noun ("welcomes a new round of talks" is no talks held);
    a complement noun (flagged True): "engaged in talks with Y" (the talks are the verb's), "is
    opposed to French mediation" (the mediation is what it acts on). A possibility's "of" noun
    is what the verb acts on too: "ruled out the possibility of talks with the U.S." is the
    refusal, no talks as well (held-out seed 2073 had 040 hypothetical besides the 125)."""
    if match.obj is not None:
        possible = _of_nouns(g, match.obj) if g.lemmas[match.obj] in coder_words()["possibility_heads"] else []
        for obj in (match.obj, *_partitive_of(g, match.obj), *possible):
            taken.setdefault(obj, (match, coded, False))
    if match.pattern.complement:
        for comp in _complement_nouns(g, match):
            taken.setdefault(comp, (match, coded, True))


def _epithet(g: sx.Graph, i: int) -> bool:
    """ "the president of the fake, child-killing and *occupying* Zionist regime": an "-ing" word
    joined to a noun, with no subject, auxiliary or marker of its own, is one more modifier the
    parser took for a verb (held-out seed 2063 had the president occupying the regime)."""
    return (g.deps[i] == "conj" and g.tok(i).tag == "VBG" and g.pos[g.heads[i]] in ("NOUN", "PROPN")
            and not g.kids(i, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark"))


def _triggers(g: sx.Graph, patterns: PatternSet) -> list[tuple[int, Triggered]]:
    """(token, its patterns, most specific first) for every token that can trigger an event."""
    # the lower-cased word stands for the token's text: a token's patterns depend on its text
    # only through text.lower() (PatternSet._for_token), and lowering twice changes nothing
    lemmas, pos, words, out = g.lemmas, g.pos, g.words, []
    for i in patterns.candidates(lemmas, words):  # (a loop: a comprehension is a call of its own)
        found = patterns.triggered(lemmas[i], pos[i], words[i])
        if found.patterns:
            out.append((i, found))
    return out


def _match(g: sx.Graph, p: Pattern, i: int, patterns: PatternSet | None = None,
           mode: str | None = None) -> Match | None:
    """p on token i, or None. ``patterns`` finds the event of an xcomp/topic pattern's complement;
    ``mode`` overrides the clause's own (a complement is read as intended)."""
    pos, word = g.pos[i], g.words[i]
    if p.pos == "verb" and pos not in ("VERB", "AUX") and not (
            p.forms and pos == "ADJ" and word not in p.lemmas):
        return None  # a dictionary's participle may be parsed as an adjective ("has broken relations")
    if p.pos == "verb" and _epithet(g, i):
        return None
    if p.pos == "adj" and (g.rels[i] in ("amod", "compound", "nmod", "obl", "obj", "appos", "acl") or not (
            pos == "ADJ" or pos == "VERB" and word in p.lemmas and g.is_passive(i)
            and ("by" in p.target or sx.prep_complement(g, i, "by") is None))):
        # only a predicate adjective ("was confident that"; "is opposed to", a participle parsed as a
        # passive verb without an agent, or whose "by" phrase is a target slot: the cause, "is
        # saddened by the deaths"), not a modifier ("a confident man", "the parties concerned")
        return None
    obj = None
    if p.objects:
        obj = _object_with(g, i, p.objects)
        if obj is None:
            return None
    if p.particles and not _has_particle(g, i, p.particles):
        return None
    if p.require_target and obj is not None and not any(g.case_of(k) in p.target for k in sx.subtree(g, i)):
        return None  # a light verb's phrase without the slot's word is another pattern's ("hosted a summit")
    if not p.particles and g.lemmas[i] in coder_words()["off_undoes"] and _has_particle(g, i, _OFF):
        return None  # "called off a military strike" called none (held-out seed 2064: a strike, 190)
    if p.complement and (g.lemma_set.isdisjoint(p.complement_nouns) or not has_complement(g, i, obj, p.complement)):
        return None
    clause = inner = topic = None
    if p.xcomp or p.topic:
        found = clauses.complement(g, p, i, patterns, _match, obj)
        if found is None:
            return None
        clause, inner, topic = found
    bound = p.words.match(g, i) if p.words is not None else None  # user-dictionary words (coder/petrarch.py)
    if p.words is not None and bound is None:
        return None
    speech = sx.speech_head(g, i)
    denial = assertion.denier(g, i) if speech is None else None
    if p.reported_only and speech is None:
        return None
    own_clause = mode is None  # not read as the complement of another pattern
    if denial is not None:
        speech = denial  # the one who denies it reports it ("Tehran denied that it ...")
    mode = mode or ("denied" if denial is not None else modality(g, i))
    if mode == "asserted" and dated_ahead(g, i) and not _told_as_past(g, i):
        mode = "intended"  # "his visit to Tehran later this week"
    code = p.code
    if mode == "intended" and p.intent:
        code = p.intent
    elif p.intent_only and mode != "intended":
        if mode != "hypothetical" or "can" not in sx.auxiliaries(g, i):
            return None
        mode = "intended"  # "the two states can broaden their ties": what one can do, one offers
    code = topic or refine(g, p, i, obj, code)
    if code == NO_EVENT:  # "a diplomatic offensive": no attack
        return None
    negated = negation.negated(g, i) or assertion.denied(g, i)
    refusal = _refusal(g, i, code) if negated and own_clause and mode == "intended" else None
    if refusal is not None:
        code, mode, negated = refusal, "asserted", False
    return Match(p, i, obj, code, mode, negated, speech, bound, clause, inner)


def _told_as_past(g: sx.Graph, i: int) -> bool:
    """Is the trigger, or a verb it is the complement or object of, in the past tense ("went to
    visit Seoul later this week": the tense, not the date, says it was done)?"""
    for _ in range(3):
        if g.tokens[i].tag == "VBD":
            return True
        if g.heads[i] == i or g.rels[i] not in ("xcomp", "advcl", "obj", "obl", "nmod"):
            return False
        i = g.heads[i]
    return False


def _refusal(g: sx.Graph, i: int, code: str) -> str | None:
    """ "Syria says it will not accept any more refugees" (1223), "would not meet the hostage-takers'
    demands" (124), "is not willing to submit": an intent (03x) said with "not" on the trigger or
    on a word of willingness whose infinitive it is (``refusal_heads``) is a refusal, its 12x
    counterpart, as the CAMEO manual codes it. "will not help to improve relations" predicts, and
    "will not only cooperate but ..." denies nothing."""
    if code[:2] != "03" or any(g.words[n] == "only" for n in g.kids(i, "advmod")):
        return None
    head = g.heads[i]
    if not (negation.negated_here(g, i) or g.rels[i] in ("xcomp", "advcl") and head != i
            and g.lemmas[head] in coder_words()["refusal_heads"] and negation.negated_here(g, head)):
        return None
    return topic_code("reject", code)


def _object_with(g: sx.Graph, v: int, lemmas: frozenset[str]) -> int | None:
    for n, lemma in _object_candidates(g, v):
        if lemma in lemmas:
            return n
    return None


@sx.remembered
def _object_candidates(g: sx.Graph, v: int) -> tuple[tuple[int, str], ...]:
    """(token, lemma) of every noun that may be v's object, in the order they are tried."""
    cands = g.kids(v, "obj", "dobj") + g.kids(v, "nsubj:pass")
    # "handed over the bombers" is often parsed with "over" as the object's preposition
    cands += [c for c in g.kid_prefix(v, "obl") if g.case_of(c) in sx.PARTICLE_CASES or sx.up_to(g, c)]
    if g.deps[v] == "acl" and not sx.called_on(g, v) and not _active_infinitive(g, v):
        # "an agreement on military cooperation signed by ...": the participle may hang
        # on the last noun of the phrase; the object is that noun or the one it modifies.
        head = g.heads[v]
        cands.append(head)
        if g.rels[head] == "nmod":
            cands.append(g.heads[head])
    # "launched a series of attacks", "suspended part of the aid", "received a mission of
    # observers": the "of" noun of a partitive or a group noun; a barrage is what it is of ("a
    # barrage of accusations" is no artillery fire; words.tsv ``barrages``)
    barrages = _barrages(g)
    cands = [k for c in cands for k in ([] if c in barrages else [c]) + _partitive_of(g, c)]
    # "launched a mediation effort": a noun of undertaking is undertaken what its compound names
    cands += [n for c in cands if g.lemmas[c] in coder_words()["undertakings"]
              for n in g.kids(c, "compound") if g.pos[n] == "NOUN"]
    found = [(n, g.lemmas[n]) for c in cands for n in g.conjuncts(c)]
    # a plural the lemmatiser left as it is ("troops" after a misparse) is also tried singular
    return tuple(found + [(n, lemma[:-1]) for n, lemma in found
                          if lemma == g.words[n] and lemma.endswith("s") and not lemma.endswith("ss")])


def _active_infinitive(g: sx.Graph, v: int) -> bool:
    """ "the U.S. decision *to withdraw* from the deal": the noun an active infinitive modifies is
    what it is about, not its object (no decision withdrawn); "the deal *to be signed*" is."""
    return sx.marked(g, v, ("to",)) and not g.kids(v, "aux:pass")


def _barrages(g: sx.Graph) -> frozenset[int]:
    """The sentence's barrages, volleys and salvos that have an "of" noun: the object is that noun."""
    words = coder_words()["barrages"]
    if words.isdisjoint(g.lemma_set):
        return frozenset()
    return frozenset(k for k, lemma in enumerate(g.lemmas) if lemma in words and _of_nouns(g, k))


def _partitive_of(g: sx.Graph, n: int) -> list[int]:
    """The "of" noun of a partitive or group noun n ("a series *of attacks*", "a mission *of
    observers*"), which is what a pattern reads and a light verb acts on; none for other nouns."""
    if g.lemmas[n] not in coder_words()["partitives"]:
        return []
    return _of_nouns(g, n)


def _of_nouns(g: sx.Graph, n: int) -> list[int]:
    return [k for k in g.kids(n, "nmod") if g.case_of(k) == "of"]


_OFF = frozenset({"off"})


def _has_particle(g: sx.Graph, v: int, particles: frozenset[str]) -> bool:
    deps, rels = g.deps, g.rels
    for c in g.children[v]:
        if deps[c] == "compound:prt" and g.tok(c).lemma.lower() in particles:
            return True
        if rels[c] in ("obl", "nmod") and g.case_of(c) in particles and not _on_after_object(g, v, c):
            return True
    return False


def _on_after_object(g: sx.Graph, v: int, c: int) -> bool:
    """ "called the stances of the two countries *on the Syrian issue* compatible": an "on" phrase
    after the verb's object is no "call on", "insist on", "comment on" (held-out seed 2047)."""
    return g.case_of(c) in ("on", "upon") and any(v < o < c for o in g.kids(v, "obj"))




def _slot(g: sx.Graph, m: Match, slot: str) -> int | None:
    i, p = m.trigger, m.pattern
    if slot == "subj":
        if p.pos == "adj":
            return sx.predicate_subject(g, i, by_agent="by" not in p.target)
        return sx.noun_source(g, i) if p.pos == "noun" else sx.subject(g, i)
    if slot == "obj":
        return sx.direct_object(g, i) if m.obj is None else None
    if slot == "poss":
        kids = g.kids(i, "nmod:poss")
        return kids[0] if kids else None
    if slot == "object":  # the pattern's required object noun itself: "banned opposition *candidates*"
        return m.obj
    if slot == "amod":  # "*Palestinian* riots": the adjective nearest the event noun
        kids = g.kids(i, "amod") or sx.compound_doer(g, i)
        return kids[-1] if kids else None
    if slot == "clause":  # "demanded that *the US* cancel": the complement's own subject; "insisted
        # on its demands that *Burundi's government* grant": the complement noun's (PLOVER gold)
        noun = m.obj if m.obj is not None or not p.complement else next(iter(_complement_nouns(g, m)), None)
        return clauses.clause_subject(g, m.clause, i, noun)
    if slot == "owner":  # "rejected *Iraq's* proposal": whose request, offer or plan the object is
        if m.obj is None and p.pos == "verb":  # "defying *the Trump administration's* Iran policy"
            obj = sx.direct_object(g, i)
            return sx.owner(g, obj) if obj is not None else None
        return sx.owner(g, m.obj if m.obj is not None else i)
    for anchor in _slot_anchors(g, m, slot):
        if anchor is not None:
            comp = sx.prep_complement(g, anchor, slot)
            # "up to 4,000 troops" is the object, not a target; "in the wake of the attack on the
            # Indian Parliament" says when, not where or at whom, and "made the remarks on the
            # sidelines of the ceremony at the University of Tehran" where (held-out seed 2070)
            if comp is not None and comp != m.obj and g.lemmas[comp] not in coder_words()["circumstances"] \
                    and g.lemmas[comp] not in actor_words()["venue_nouns"] \
                    and not (slot == "in" and g.lemmas[comp] in coder_words()["manner_nouns"]):
                # ("flew B-52 bombers to the region *in a show of force* against Iran": how, not where)
                return comp
    if slot == "to":  # "gave *Tanzania* a grant" is "gave a grant to Tanzania"
        kids = g.kids(i, "iobj")
        return kids[0] if kids else None
    return None


def _slot_anchors(g: sx.Graph, m: Match, slot: str):
    """The words a preposition slot's phrase may hang on, in order: the trigger, its object, the
    population and complement nouns; then, worked out only when none of those has the phrase, an
    event noun's "of" phrase, on which the parser often hangs the rest ("the visit of President
    Putin [to Tehran]"), and a complement said by a gerund with no object ("warned Iranians about
    traveling *to Turkey*"; in "called for boosting Iran's exports *to Kuala Lumpur*" the phrase is
    the object's)."""
    i, p = m.trigger, m.pattern
    yield from (i, m.obj, *_population_of(g, m), *_complement_nouns(g, m))
    if p.xcomp and m.clause is not None and slot == "against":
        # "called on Arabs to unite and mobilize *against* Ariel Sharon": whom the clause urged
        # or vowed is against (PLOVER gold), on the clause or its conjuncts
        yield from (m.clause, *g.kids(m.clause, "conj"))
    if p.pos == "noun" and slot in p.target and slot != "of":
        yield sx.prep_complement(g, i, "of")
    if p.complement:
        preps = tuple(prep for prep, _ in p.complement)
        yield from (c for c in g.children[i] if g.rels[c] in ("advcl", "acl") and not g.kids(c, "obj")
                    and g.lemmas[c] in p.complement_nouns and sx.marked(g, c, preps))


def _population_of(g: sx.Graph, m: Match) -> list[int]:
    """The "of" noun of a population pattern's object: "lifted a state *of emergency in Kassala
    province*" says where through the noun the state is of."""
    if not m.pattern.population or m.obj is None:
        return []
    return _of_nouns(g, m.obj)


def _complement_nouns(g: sx.Graph, m: Match) -> list[int]:
    """The nouns that met a pattern's ``complement``: "agreed to talks *with Iran*", "is ready for
    talks *with Riyadh*" — the target hangs on the complement, not on the trigger."""
    found = (comp for _, nouns, _, comp in complements(g, m.trigger, m.obj, m.pattern.complement)
             if comp is not None and g.lemmas[comp] in nouns)
    return list(dict.fromkeys(found))


def _resolve_slots(g, m: Match, slots, resolver, as_place: bool,
                   where: "LazyWhere | None" = None) -> tuple[list[ActorMention], str]:
    """The first slot's actors; ``where`` (target slots only): the gazetteer's place, where the
    actor lexicon finds none, for a slot that names a place or where violence is done."""
    for slot in slots:
        if slot in DICTIONARY_SLOTS:  # a dictionary verb's actor (coder/petrarch.py)
            mentions = first_actor(g, dictionary_slot(g, m.trigger, slot, m.bound),
                                   lambda k: resolver.resolve(g, k, as_place=as_place))
            if mentions:
                return mentions, slot
            continue
        idx = m.bound.get(slot) if m.bound and slot in ("$", "+") else _slot(g, m, slot)
        if idx is None:
            continue
        # where violence is done is a place: "an airstrike in Baghdad" hits Iraq, not its government
        mentions = resolver.resolve(g, idx, as_place=as_place or slot == "in" and m.code[:2] in VIOLENT)
        if not mentions and where is not None and (as_place or m.code[:2] in VIOLENT):
            mentions = where.place_actor(idx)  # "bombed Saada", "arrived in Geneva"
        if slot == "amod":  # a nationality, not a role: "military talks" name no actor, even in
            # a Tehran-datelined story ("made open military threats": not Iran's military)
            mentions = [a for a in mentions if a.actor.country and not a.defaulted]
        elif slot == "owner":  # "a military proposal" names no one; "a UN proposal" does
            mentions = [a for a in mentions if not a.actor.code.startswith("---")]
        if mentions:
            return mentions, slot
    return [], ""


def _events(g: sx.Graph, m: Match, ontology: Ontology, resolver: Resolver,
            drops: list[Removed], where: "LazyWhere | None" = None) -> list[Event]:
    p = m.pattern
    if m.code == NULL_CODE:  # a user dictionary says this verb (or pattern) is no event
        drops.append(_drop(g, m, "no-event", f"the dictionary codes it {NULL_CODE}"))
        return []
    sources, _ = _resolve_slots(g, m, ("$", *p.source) if m.bound else p.source, resolver, False)
    reporter = None
    if m.speech is not None:
        speaker = sx.subject(g, m.speech)
        speakers = resolver.resolve(g, speaker) if speaker is not None else []
        reporter = speakers[0] if speakers else None
        if not sources and speakers and (p.intent_only or p.reported_only or _pronoun_source(g, m, speakers[0])):
            sources = speakers  # "X said cooperation will be expanded", "X said it would ...": X's
    between = False  # "a meeting between A and B": its sides are the pair, both ways (below)
    if not sources:
        sources = between_parties(g, m.trigger, m.code, resolver)
        between = bool(sources)
    if not sources:  # "killed by an explosive device": an unidentified attacker (coder/unseen.py)
        sources, m = unseen_attacker(g, m, resolver)
    if not sources:  # "was arrested in Lebanon": Lebanon's police (coder/unseen.py)
        sources = unseen_authority(g, m, resolver, where)
    if not sources:
        drops.append(_drop(g, m, "no-source", "no country or organisation in the source slot"))
        return []
    unasserted = _unasserted(g, m, sources[0], reporter)
    if unasserted:
        drops.append(_drop(g, m, *unasserted))
        return []
    if _own_threat(m, sources[0], reporter):  # "Lapid said Israel could attack Iran": a threat
        m = replace(m, code=p.intent, mode="intended")
    sources = [_spoken_for(s, reporter, m.code) for s in sources]
    # a place stands for its country only against a state's act: "a suicide bomber detonated a
    # device on a bus in London" names no one the bomb was aimed at
    places = where if sources[0].actor.country else None
    targets, slot = _resolve_slots(g, m, ("+", *p.target) if m.bound else p.target, resolver,
                                   p.place or p.population, places)
    if p.symmetric and slot in _TOPIC_SLOTS and len(sources) == 2:
        # "Israel and Lebanon renewed negotiations on an Israeli troop pullback": the pair talks
        # with each other; "on" names what about, not a third party
        targets = []
    targets = act_doer(g, m.trigger, m.code[:2], resolver) or targets  # "condemned the attack by Israel"
    targets = [t for t in targets if not venue(g, m.code, t)]  # "took to the streets in Europe": no target
    thing = False  # the object is a thing, not an actor: no other word below stands in for it
    if p.target_actor and slot == "obj":  # "received the U.S. response": no visitor
        # (the object's own word, not its possessor's: "recognizing Israel's freedom of action")
        kept = [t for t in targets if all(resolver.names_actor(g, k) for k in {t.head, *g.kids(m.trigger, "obj")})]
        thing, targets = bool(targets) and not kept, kept
    mediated = mediated_code(g, m.trigger, m.code, slot, sources, targets)  # coder/targets.py
    m = replace(m, code=mediated) if mediated else m
    if not targets and p.modal and "clause" in p.target and _slot(g, m, "clause") is not None:
        # "said that all countries must support Iraq": a demand on no actor, not on Iraq
        thing = True
    elif not targets and m.inner is not None:  # "threatened to impose sanctions on Iran": Iran
        inner = m.inner.pattern
        targets, _ = _resolve_slots(g, m.inner, inner.target, resolver, inner.place or inner.population, places)
    if not targets and m.obj is not None and p.objects:
        targets = people_object(g, m.obj, resolver)  # "abused illegal Mexican immigrants": the victims
    if not targets and not p.require_target and not thing and not (p.symmetric and len(sources) > 1):
        # coder/targets.py: below the trigger, an "anti-" word, the doer of what the object names
        targets = targets_below(g, m.trigger, m.code, sources, resolver, m.obj if p.objects else None) or \
            anti_target(g, (m.trigger, m.obj), resolver) or \
            object_agents(g, m.obj, sources, resolver, m.trigger, m.code[:2])
    if not targets and p.home and sources[0].actor.country:  # "lifted a state of emergency": on its own people
        targets = [home_people(sources[0], m.obj if m.obj is not None else m.trigger)]
    if not targets and sources[0].rule.startswith(UNSEEN):  # "vehicles were hit by gunfire": no one
        drops.append(_drop(g, m, "no-target", "an unidentified attacker with no target"))
        return []
    if p.require_target and not targets and not (p.symmetric and len(sources) > 1):
        drops.append(_drop(g, m, "no-target", f"{p.id} codes a dyad only, its target from its slots"))
        return []
    # "the two sides agreed to continue their consultations": two sides promising or talking do so
    # with each other (not when they criticise or voice concern together)
    sides = m.code[:2] in ("03", "04") and m.code not in ("042", "043") and len(sources) == 2 \
        and all(a.rule.startswith("group:") for a in sources)  # (visits of the two are no one visit)
    wish = assertion.speakers_side(g, m.trigger, sources, reporter, lambda k: resolver.resolve(g, k)) \
        if sides and not targets else None  # "he hopes the two sides can bolster cooperation": his wish alone
    pairs = [wish] if wish else event_pairs(g, sources, [] if between else targets, p.symmetric or between or sides,
                                            consult=m.code[:2] == "04" or m.code == INTENT_TO_MEET, between=between)
    out = []
    for src, tgt in pairs:
        vetoed = veto(g, m, src, tgt, targets)  # coder/vetoes.py: "returned to Tehran", travel advice …
        if vetoed is not None:
            drops.append(_drop(g, m, *vetoed))
            continue
        out.append(_event(g, _by_whom(g, m, src), ontology, src, tgt, reporter if reporter is not src else None))
        if p.reverse_code and tgt is not None:  # "032:033": the target's side of the same event
            out.append(_event(g, replace(m, code=p.reverse_code), ontology, tgt, src, None))
    return out


def _unasserted(g: sx.Graph, m: Match, source: ActorMention, reporter: ActorMention | None):
    """(reason, detail) when the clause asks for or demands the event rather than reports it."""
    p = m.pattern
    if assertion.condition(g, m.trigger) is not None:
        return "condition", "what another act is conditional on, not a reported act"
    if assertion.polled(g, source.head):
        return "poll", "a share of people in a poll, not an act of theirs"
    claim = assertion.speculated(g, m.trigger)
    if claim is not None:
        return "speculated", f"what {g.tok(claim).text!r} under 'would' or 'could' says: a claim not made"
    question = assertion.questioned(g, m.trigger)
    if question is not None:
        return "asked-for", f"what {g.tok(question).text!r} asks, not an act"
    if p.xcomp or p.topic or m.code[:2] in ("02", "10"):
        return None  # the pattern is itself the appeal or demand
    appeal = assertion.asked_for(g, m.trigger)
    if appeal is not None:
        return "asked-for", f"what {g.tok(appeal).text!r} asks for, not an act"
    foreseen = assertion.predicted(g, m.trigger) if p.pos == "verb" else None
    if foreseen is not None and _foreign(source, reporter):
        return "predicted", f"what {g.tok(foreseen).text!r} foresees another doing, not its act or intent"
    claimant = assertion.claimed(g, m.trigger) if _foreign(source, reporter) else None
    if claimant is not None:
        return "alleged", f"what {g.tok(claimant).text!r} says another side did, not a reported act"
    hope = assertion.hoped_for(g, m.trigger) if p.pos == "verb" else None
    if hope is None and p.pos == "noun" and (reporter is None or reporter.actor.country != source.actor.country):
        hope = assertion.hoped_for_noun(g, m.trigger)  # (a hope for one's own talks is an intent)
    if hope is not None:
        return "hoped-for", f"what {g.tok(hope).text!r} wishes another would do, not its act"
    lifting = assertion.lifted(g, m.trigger) if p.pos == "noun" and m.code[:2] == "16" else None
    if lifting is not None:
        return "lifted", f"what {g.tok(lifting).text!r} lifts, not sanctions imposed"
    made = assertion.tried_to_make(g, m.trigger)
    if made is not None:
        return "tried-to-make", f"what someone tried to {g.tok(made).text!r} another into, not an act"
    if sx.charged(g, m.trigger) is not None:
        return "alleged", "what a charge says someone did, not a reported act"
    # (an accusation under a charge noun is the charge itself: "made unfounded charges by accusing Iran")
    allegation = assertion.alleged(g, m.trigger) if m.code[:2] != "11" else None
    if allegation is not None:
        return "alleged", f"what {g.tok(allegation).text!r} say someone did, not a reported act"
    unreal = assertion.unrealised(g, m.trigger) or assertion.possible_doing(g, m.trigger)
    if unreal is not None:
        return "unrealised", f"only possible or apparent under {g.tok(unreal).text!r}"
    # "will strike" is coded 138, a threat: the act is force. Violence a purpose clause names is
    # aimed at, not done: an "intended" attack would read as a threat
    violent = m.pattern.code[:2] in VIOLENT
    talks = assertion.talked_about(g, m.trigger)
    if talks is not None:
        return "topic", f"what {g.tok(talks).text!r} are about, not a reported act"
    if m.pattern.code[:2] in FORCE and idiom(g, m.trigger):
        return "idiom", f"{g.tok(m.trigger).text!r} with this object is no act of force"
    if violent and accidental(g, m.trigger):
        return "accident", f"{g.tok(m.trigger).text!r} done by accident is no act of force"
    if m.pattern.code[:3] == "043" and on_soil(g, m.trigger):
        return "harboured", f"{g.tok(m.trigger).text!r} on one's soil harbours a group; no visit"
    if violent and sanction_detail(g, m.trigger):
        return "sanction", f"{g.tok(m.trigger).text!r} names what a sanction hits, not an act of force"
    aim = assertion.purpose(g, m.trigger) if violent else None
    if aim is not None:
        return "purpose", f"what {g.tok(aim).text!r} aims at, not a reported attack"
    own = reporter is not None and reporter.actor.code == source.actor.code
    if p.pos == "verb" and not own and assertion.third_party_obligation(g, m.trigger, source.head):
        return "obligation", "what someone says the source should do is a demand, not its act"
    return None


# Words and dealings a government speaks for its country in: intents, statements, appeals,
# consultations, diplomatic support, demands, criticism, rejections, threats (not force, 15-20)
_SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def _spoken_for(src: ActorMention, reporter: ActorMention | None, code: str) -> ActorMention:
    """A country named as the doer of what its own government's official says it will do or says
    is the government: "Iran is ready to expand cooperation with Armenia, the Iranian minister
    said", "Iran will not negotiate with the West, Araghchi said" are IRNGOV's (rule
    ``+spoken-by:``; held-out seed 2044, where bare IRN with a named official was judged partly)."""
    a = src.actor
    if (reporter is None or code[:2] not in _SPOKEN_ROOTS or a.sectors or not a.country or a.code != a.country
            or not src.rule.startswith("country:")  # the country's name: not "Iranians", "the nation"
            or reporter.actor.country != a.country or reporter.actor.sectors[:1] != ("GOV",)
            or not PRESS.isdisjoint(reporter.actor.sectors)):  # state media report; they do not speak for it
        return src
    return replace(src, actor=replace(a, code=a.country + "GOV", sectors=("GOV",)),
                   rule=f"{src.rule}+spoken-by:{reporter.actor.code}")


def _foreign(source: ActorMention, reporter: ActorMention | None) -> bool:
    """The one who reports an act does not speak for its doer's country (or is not known)."""
    return reporter is None or source.actor.country is None or reporter.actor.country != source.actor.country


def _pronoun_source(g: sx.Graph, m: Match, speaker: ActorMention) -> bool:
    """ "Syria says it is willing to withdraw": an "it"/"they"/"he" subject in reported speech is the
    speaker; but one person ("the foreign minister said ... they hit him") is no "they"."""
    p = m.pattern
    idx = (None if p.pos == "noun" else sx.subject(g, m.trigger) if p.pos == "verb"
           else sx.predicate_subject(g, m.trigger, by_agent="by" not in p.target))
    word = g.words[idx] if idx is not None else None
    if word == "they":  # a minister's "we" is his government's, his "they" someone else, and so is
        # the "they" after another subject he speaks of ("said that the U.S. Army is seeking to hatch
        # a plot as they targeted …", held-out seed 2074 had the speaker strike)
        return not (speaker.actor.sectors and g.tok(speaker.head).tag in ("NN", "NNP")) \
            and sx.earlier_subject(g, idx, m.speech, speaker.head) is None
    if word in ("he", "she", "i") and not PRESS.isdisjoint(speaker.actor.sectors):
        return False  # "He … thanked the Austrian Interior Ministry, IRNA reported": not the agency
    if word == "it" and sx.earlier_subject(g, idx, m.speech, speaker.head) is not None:
        return False  # "As the government of Morocco is unable …, it has …," the spokesman said
    return word in ("it", "we", "he", "she", "i")


def _drop(g: sx.Graph, m: Match, reason: str, detail: str) -> Removed:
    return Removed(f"[{g.sentence.index}] {g.sentence.text}", matched_reason(g, m, reason, detail))


# Target slots that name what an act is about, not who else takes part
_TOPIC_SLOTS = frozenset({"on", "over", "about", "regarding", "concerning"})
def _own_threat(m: Match, source: ActorMention, reporter: ActorMention | None) -> bool:
    """Force a side's own speaker says it could or would use ("Israel could attack Iran without
    prior notice", said by Israel's foreign minister) is threatened, as "will attack" is: the
    pattern's intent code (138x) in place of the hypothetical act (held-out seed 2042). Said by
    anyone else, "could attack" stays a possibility."""
    return (m.mode == "hypothetical" and not m.negated and m.code[:2] in VIOLENT and bool(m.pattern.intent)
            and reporter is not None and reporter.actor.country is not None
            and reporter.actor.country == source.actor.country)


def _by_whom(g: sx.Graph, m: Match, src: ActorMention) -> Match:
    """Who acts says what the act is: "angry protesters attacked the Saudi embassy" is a violent
    protest (145), not military force (19x); "Soviet aircraft killed 46 civilians in an attack" is
    an aerial attack (195); "NATO peacekeeping troops have arrived in Bosnia" is peacekeeping (074),
    not a visit."""
    words = coder_words()
    if m.code == "042" and not words["peacekeepers"].isdisjoint(sx.modifiers(g, src.head) | {g.lemmas[src.head]}):
        return replace(m, code="074")
    if m.code[:2] != "19":
        return m
    if g.lemmas[src.head] in words["crowds"]:
        return replace(m, code="145")
    if m.code in ("190", "193", "194") and g.lemmas[src.head] in words["aircraft"]:
        return replace(m, code="195")
    return m


def _event(g, m: Match, ontology: Ontology, src: ActorMention, tgt: ActorMention | None,
           reporter: ActorMention | None) -> Event:
    """The event without its place and date (``LazyWhere.place_and_date`` adds them)."""
    s = g.sentence
    info, plover = _code_info(ontology, m.code)
    trigger = " ".join(g.texts[i] for i in sorted({m.trigger, *([m.obj] if m.obj is not None else [])}))
    return Event(
        event_id=event_id(s.doc_id, s.index, src.actor.code, tgt.actor.code if tgt else None, m.code),
        doc_id=s.doc_id, sentence_index=s.index, sentence=s.text, date=None,
        source=src.actor, target=tgt.actor if tgt else None,
        cameo=m.code, cameo_name=info.name, root=info.root, quad_class=info.quad_class,
        goldstein=info.goldstein, plover=plover.type if plover else None,
        negated=m.negated, mode=m.mode,
        explanation=Explanation(trigger, m.pattern.id, (src.start, src.end),
                                (tgt.start, tgt.end) if tgt else None, src.rule, tgt.rule if tgt else "",
                                (m.trigger, m.trigger + 1)),
        plover_mode=plover.mode if plover else None,
        plover_context=plover.context if plover else (),
        reporter=reporter.actor if reporter else None,
    )


@lru_cache(maxsize=4096)  # an Ontology is read-only and hashed by identity; a few hundred codes occur
def _code_info(ontology: Ontology, code: str):
    """CAMEO name, root and weights of a code; a user dictionary's own codes ("903", "174K") have none."""
    if ontology.is_code(code):
        return ontology.cameo(code), ontology.plover(code)
    return CameoCode(code, "", code[:2], 0.0, 0), None

