"""What an office-holder's phrase says besides his country: where he is posted, what his brief
is, and what "the parties" are sides of (actors/resolve.py reads these before taking a
country word of the phrase as the actor's)."""

from __future__ import annotations

from ..coder.syntax import Graph
from .lexicon import Hit
from .words import actor_words

def posted_to(g: Graph, h: Hit) -> bool:
    """ "British Ambassador *to Tehran* Rob Macaire": the country an envoy is posted to is not his;
    nor the one a special envoy is "for", "in" or "on" ("Richard Grenell, the Presidential Envoy
    *for Serbia* and Kosovo", Trump's; held-out seed 2062; "President Putin's Special Envoy *in
    Syria* Alexander Lavrentiev", Russia's; seed 2069)."""
    k = h.start - 1
    # back over the determiner and the names listed before this one ("for Serbia and Kosovo")
    while k > max(h.start - 8, 0) and (g.deps[k] == "det" or g.words[k] in ("and", ",") or g.pos[k] == "PROPN"):
        k -= 1
    if k <= 0:
        return False
    words = actor_words()
    return (g.words[k] == "to" and g.lemmas[k - 1] in words["posted_abroad"]
            or g.words[k] in ("for", "in", "on") and g.lemmas[k - 1] in words["envoys_for"])


def portfolio(g: Graph, h: Hit, hits: list[Hit]) -> bool:
    """ "Deputy Foreign Minister for *Euro-American* Affairs Ali Ahani", "Minister for *European*
    Affairs", "the director general of the *West* Asia Department", "the director general of
    *Western Europe* at the Foreign Ministry": a country word naming an official's brief is not
    his country. Only other country words, names, "and" and hyphens may stand between it and
    the brief ("Arab and African Affairs"); a role in between ends it, so "Iranian Foreign
    Affairs Ministry" keeps its country, and so do "the director general of Iran's Foreign
    Ministry" and "the chief of Pakistani naval staff"."""
    briefs = actor_words()["briefs"]
    titled = _brief_title_before(g, h, hits)
    # (g.words are lower-cased already: the slice is checked in C, with no generator)
    if not titled and briefs.isdisjoint(g.words[h.end:h.end + 8]):
        return False  # (asked of every country word of every phrase: most have no brief after them)
    countries = {x.start: x.end for x in hits if x.entry.country}
    roles = {k for x in hits if not x.entry.country for k in range(x.start, x.end)}
    k = h.end
    while k < len(g.words) and k not in roles:
        if g.words[k] in briefs:
            return True
        if k in countries:
            k = countries[k]
        elif g.words[k] in ("and", "-", "&") or g.pos[k] == "PROPN":
            k += 1
        else:
            break
    # the title's "of" phrase ends with the country words: "of Western Europe at the ministry"
    return titled and (k >= len(g.words) or g.pos[k] in ("ADP", "PUNCT", "CCONJ"))


def _brief_title_before(g: Graph, h: Hit, hits: list[Hit]) -> bool:
    """Does "director general of/for" come right before the country words that ``h`` is one of?"""
    ends = {x.end: x.start for x in hits if x.entry.country}
    k = h.start
    while k in ends:  # "Western Europe": back over the country words before h
        k = ends[k]
    k -= 1
    while k > 0 and g.deps[k] == "det":
        k -= 1
    return k > 0 and g.words[k] in ("of", "for") and g.lemmas[k - 1] in actor_words()["brief_titles"]


def party_to(g: Graph, i: int) -> bool:
    """ "urged the parties *in the conflict* to exercise restraint": the words right after "parties"
    (the parser often hangs the phrase on the verb) name what they are sides of; so does a
    compound or adjective before it: "the remaining nuclear *deal* parties", "the *negotiating*
    parties" (held-out seed 2048)."""
    sides_of = actor_words()["party_to"]
    if any(g.lemmas[c] in sides_of or g.words[c].lower() in sides_of for c in g.kids(i, "compound", "amod")):
        return True
    return i + 1 < len(g.words) and g.words[i + 1] in ("in", "of", "to") and \
        any(lemma in sides_of for lemma in g.lemmas[i + 2:i + 5])


def people_of_a_place(g: Graph, i: int) -> bool:
    """ "lawmakers in Iran" are Iran's; not "the ambassadors in Moscow", who serve elsewhere, nor
    "U.S.-led coalition forces in Afghanistan", deployed there."""
    words = actor_words()
    return (g.tok(i).tag in ("NNS", "NNPS") and g.lemmas[i] not in words["posted_abroad"]
            and g.lemmas[i] not in words["deployed_abroad"])
