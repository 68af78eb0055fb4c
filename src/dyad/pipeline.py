"""The whole chain: Article -> cleaned -> parsed sentences -> actors -> events.

The CLI, benchmarks and (later) the web API and Spark jobs all call these
functions; nothing here prints or touches the terminal.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date as Date
from typing import Iterable, Iterator

from pathlib import Path

from .actors import ArticleActors, Lexicon, load_lexicon
from .actors.lexicon import with_dictionaries
from .actors.outlets import load_outlets
from .clean import clean_article
from .coder.assertion import background_of_undated
from .coder.core import code_sentence
from .coder.discards import Discards, builtin_discards
from .coder.patterns import PatternSet, load_patterns, with_dictionary_patterns
from .coder.petrarch import verb_patterns
from .coder.placing import place_finder
from .dictionaries import Dictionaries, load_dictionaries
from .coder.syntax import Graph
from .confidence import ConfidenceModel, load_model, scored
from .datelines import parse_dateline, strip_dateline
from .dates import dateline_date
from .nlp.pipeline import load_nlp, parse_articles
from .ontology import Ontology, load_ontology
from .places import Gazetteer, load_gazetteer
from .where_when import dateline_location
from .types import ActorMention, Article, CodedArticle, Event, Removed, Sentence


@dataclass(frozen=True)
class CodingOptions:
    """Which coded events are written.

    By default Dyad writes event data as PETRARCH (``require_dyad``) and
    Phoenix do: an event needs a source *and* a target actor, and a sentence
    that denies an event ("no drones were supplied") reports none. Each event
    left out is listed among the article's dropped records with the reason.
    """

    unary: bool = False  # also write single-actor events (no target actor)
    negated: bool = False  # also write events the sentence negates or denies (``negated: true``, mode denied)
    min_confidence: float = 0.0  # leave out events whose ``confidence`` is lower (dyad.confidence)


@dataclass(frozen=True)
class Resources:
    """Everything coding needs, loaded once and passed in."""

    nlp: object
    lexicon: Lexicon
    patterns: PatternSet
    ontology: Ontology
    gazetteer: Gazetteer | None = None
    discards: Discards | None = None  # Dyad's discard list and a user dictionary's phrases
    dictionaries: Dictionaries | None = None  # the user dictionaries merged in (with their notes)
    options: CodingOptions = CodingOptions()  # which coded events are written
    confidence: ConfidenceModel | None = None  # scores every event (None: events carry no score)


DictionaryPaths = str | Path | tuple[str | Path, ...] | None


@lru_cache(maxsize=4)
def load_resources(nlp: str | None = None, gazetteer: str | None = None, dictionaries: DictionaryPaths = None,
                   *, strict: bool = True) -> Resources:
    """Load the pipeline and knowledge once per process (they are read-only).

    ``gazetteer``: a GeoNames dump to use instead of the built-in gazetteer.
    ``dictionaries``: a dictionary file or directory, or a tuple of them
    (PETRARCH actors, agents, discards and verbs; Dyad CSV/YAML actors; see
    docs/dictionaries.md), merged over the built-in knowledge. A malformed
    line raises ``DataError`` naming file and line; with ``strict=False`` it
    is skipped and listed in ``resources.dictionaries.notes``.
    """
    base = Resources(load_nlp(nlp), load_lexicon(), load_patterns(), load_ontology(), load_gazetteer(gazetteer),
                     discards=Discards.of(builtin_discards()), confidence=load_model())
    if dictionaries is not None and dictionaries != ():
        base = merge_dictionaries(base, load_dictionaries(dictionaries, strict=strict))
    _collect_less()
    return base


# Fewest objects a young generation gathers before Python looks for reference cycles.
GC_YOUNG_THRESHOLD = 20_000


def _collect_less() -> None:
    """Spare the cycle collector work that finds nothing.

    Coding makes millions of short-lived records that reference counting
    frees; Python's default (a collection every 700 new objects, and older
    passes that walk the loaded knowledge again and again) cost 8 % of an
    end-to-end run while finding almost no cycles (peak memory with the
    collector off: +1 %). Young collections now run every 20,000 objects:
    the same gain as switching the collector off. ``gc.freeze`` added
    nothing and kept objects alive until exit.
    """
    young, middle, old = gc.get_threshold()
    if young < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


def merge_dictionaries(res: Resources, d: Dictionaries) -> Resources:
    """``res`` with user dictionaries merged over its knowledge: a user entry beats a built-in one."""
    lexicon = with_dictionaries(res.lexicon, d.actor_entries(), d.agent_entries())
    extra = tuple(p for verbs in d.verbs for p in verb_patterns(verbs))
    return replace(res, lexicon=lexicon, patterns=with_dictionary_patterns(res.patterns, extra),
                   discards=_discards((*_entries(res.discards), *d.discard_entries())), dictionaries=d)


def without_builtin_discards(res: Resources) -> Resources:
    """``res`` coding the sentences Dyad's own discard list would skip (a user dictionary's
    discards still apply): ``dyad code --no-discards``."""
    return replace(res, discards=_discards(e for e in _entries(res.discards) if not e.topic))


def _entries(discards: Discards | None) -> tuple:
    return discards.entries if discards is not None else ()


def _discards(entries) -> Discards | None:
    """The discard phrases ``entries`` give, or None when there are none (nothing to check)."""
    entries = tuple(entries)
    return Discards.of(entries) if entries else None


def code_articles(articles: Iterable[Article], res: Resources, *, batch_size: int = 32) -> Iterator[CodedArticle]:
    """Clean, parse and code a stream of articles."""
    cleaned = (prepare_text(a) for a in articles)
    for article, sentences in parse_articles(res.nlp, cleaned, batch_size=batch_size):
        yield code_parsed(article, sentences, res)


def prepare_text(article: Article) -> Article:
    """The text that is parsed and stored: debris removed, the dateline kept on the article
    and blanked in the text (character offsets stay valid). Idempotent."""
    return strip_dateline(clean_article(article))


def code_parsed(article: Article, sentences: tuple[Sentence, ...], res: Resources) -> CodedArticle:
    """The coder stage alone: parsed sentences in, events out."""
    article = strip_dateline(article)  # no-op when already stripped
    home, home_from, outlet = dateline_country(article, res), "dateline", load_outlets().of(article)
    if home is None and outlet is not None:
        home, home_from = outlet.country, "outlet"
    actors = _ReadLazily(ArticleActors(res.lexicon, default_country=home, default_from=home_from,
                                       house=(outlet.country, outlet.titles) if outlet else None,
                                       date=article.date if isinstance(article.date, Date) else None,
                                       places=place_finder(res.gazetteer)))
    events: list[Event] = []
    dropped: list[Removed] = []
    if res.discards is not None:
        story = next(filter(None, (res.discards.removed(s, "story") for s in sentences)), None)
        if story is not None:  # a story-level discard: nothing in this article is coded
            return CodedArticle(article, len(sentences), (), (story,))
    for sentence in sentences:
        g = Graph.of(sentence)
        discarded = res.discards.removed(sentence, "sentence", g.words) if res.discards is not None else None
        if discarded is not None:
            dropped.append(discarded)
            continue
        events += code_sentence(sentence, res.patterns, res.ontology, actors, dropped=dropped, graph=g,
                                article=article, gazetteer=res.gazetteer,
                                written=lambda e: _written(e, res.options, dropped))
        actors.observe(g)
    if not isinstance(article.date, Date):
        dateline = dateline_date(article.dateline or parse_dateline(article.text), None)
        events = background_of_undated(events, article.text, dateline.date if dateline else None)
    if res.confidence is not None:  # last: the score reads the final mode and actors
        events = _confident(events, res, dropped)
    return CodedArticle(article, len(sentences), tuple(events), tuple(dropped))


class _ReadLazily:
    """One article's actor memory, reading each sentence for the people it introduces only
    when a later sentence asks it to resolve an actor.

    The memory is private to ``code_parsed`` and only ``resolve`` reads it, so reading the
    pending sentences (in order) just before the next ``resolve`` gives the same answers
    as reading each right after it is coded; the sentences after the article's last one
    with an event to resolve (a quarter of a news sample's) are never read: nothing would ask.
    """

    def __init__(self, actors: ArticleActors):
        self.actors, self.pending = actors, []

    def observe(self, g: Graph) -> None:
        self.pending.append(g)

    def resolve(self, g: Graph, i: int, *, as_place: bool = False) -> list[ActorMention]:
        if self.pending:  # (tested here: a sentence's later calls find nothing pending)
            self._catch_up()
        return self.actors.resolve(g, i, as_place=as_place)

    def names_actor(self, g: Graph, i: int) -> bool:
        self._catch_up()  # it reads this sentence's lexicon matches, which counting depends on
        return self.actors.names_actor(g, i)

    def _catch_up(self) -> None:
        for seen in self.pending:
            self.actors.observe(seen)
        self.pending.clear()


def _written(e: Event, options: CodingOptions, dropped: list[Removed]) -> bool:
    """Whether ``options`` let the event be written; if not, why is added to ``dropped``."""
    if e.target is None and not options.unary:
        reason = "no target actor"
    elif e.negated and not options.negated:
        reason = "negated"
    elif e.mode == "denied" and not options.negated:
        reason = "denied"
    else:
        return True
    dropped.append(_left_out(e, reason))
    return False


def _left_out(e: Event, reason: str) -> Removed:
    """The dropped record of a coded event not written, and why."""
    return Removed(f"[{e.sentence_index}] {e.sentence}",
                   f"{reason}: {e.explanation.rule} on {e.explanation.trigger!r}, {e.source.code} {e.cameo}")


def _confident(events: list[Event], res: Resources, dropped: list[Removed]) -> list[Event]:
    """The events with their confidence; those under ``options.min_confidence`` go to ``dropped``."""
    kept, floor = [], res.options.min_confidence
    for e in events:
        e = scored(e, res.confidence)
        if e.confidence >= floor:
            kept.append(e)
            continue
        why = ", ".join(e.explanation.confidence_by)
        dropped.append(_left_out(e, f"confidence {e.confidence:.3f} under {floor:g} ({why})"))
    return kept


def dateline_country(article: Article, res: Resources) -> str | None:
    """The dateline's country: a weak default for actors the text leaves without one."""
    dl = article.dateline or parse_dateline(article.text)
    if dl is None:
        return None
    for entry in res.lexicon.lookup(dl.place):
        if entry.country:
            return entry.country
    place = dateline_location(article, res.gazetteer) if res.gazetteer is not None else None
    return place.country if place else None
