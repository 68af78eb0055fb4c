"""A region's adjective pointing back to a country: "the European country", "the African official".

In a Tehran story about Côte d'Ivoire's foreign minister, "During a separate meeting with the
African official, Larijani said ..." is that minister, not an Iranian (the dateline's default);
"the French president and some other officials in the European country" are French officials, not
Europe's. A singular definite "the ADJECTIVE NOUN" whose adjective names a region
(``data/actors/regions.tsv``) and whose noun is a country or an official (``REGIONAL_NOUNS``; not
"side": "the European side" of talks with Iran is the EU or the E3) is
read as the adjective of the country of that region named last: earlier in the sentence, or among
the article's recent countries. The dateline's own country is never the one meant ("the Asian
country" in a Tehran story is not Iran). With no such country named, the words keep their own
reading (a region code, or nothing).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..coder.syntax import Graph
from ..errors import DataError
from .lexicon import Entry, Hit, data_dir

REGIONAL_NOUNS = frozenset({"country", "nation", "state", "official", "minister", "diplomat", "president",
                            "leader", "guest", "delegation", "envoy", "ambassador", "government",
                            "premier", "visitor", "delegate", "counterpart", "king", "emir"})
DETERMINERS = frozenset({"the", "this", "that"})
QUALIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "northeast", "northwest", "southeast", "southwest", "sub-saharan", "-"})
COUNTRY_KINDS = frozenset({"country", "adjective", "people", "capital"})


@lru_cache(maxsize=1)
def regions() -> dict[tuple[str, ...], tuple[str, frozenset[str]]]:
    """Adjective words (lower case) -> (region, its countries)."""
    return read_regions(data_dir() / "regions.tsv")


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """The last word of each region adjective: a sentence without one needs no look."""
    return frozenset(words[-1] for words in regions())


def read_regions(path: Path) -> dict[tuple[str, ...], tuple[str, frozenset[str]]]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        codes = cols[2].split("|") if len(cols) == 3 else []
        if len(cols) != 3 or not cols[0].strip() or not cols[1].strip() \
                or any(len(c) != 3 or not c.isupper() for c in codes):
            raise DataError(f"{path}:{n}: expected adjective, region and '|'-separated ISO3 codes, got {line!r}")
        out[tuple(cols[0].lower().split())] = (cols[1], frozenset(codes))
    return out


def regional_hits(g: Graph, hits: list[Hit], recent: list[str], home: str | None) -> list[Hit]:
    """``hits`` with each region adjective of a definite description replaced by the adjective of
    the country it points back to; ``recent``: the article's recent countries, latest last."""
    table, last_words, lower = regions(), region_words(), g.words
    out, changed = list(hits), False
    for k, word in enumerate(lower):
        if word not in last_words or g.rels[k] not in ("amod", "compound") or not _described(g, g.heads[k]):
            continue
        words = (lower[k - 1], word) if k and (lower[k - 1], word) in table else (word,)
        if words not in table or len(words) == 1 and k and lower[k - 1] in QUALIFIERS:
            continue  # "the Southeast Asian nation" is not any Asian one
        start = k - len(words) + 1
        if any(h.start <= start < h.end and h.end > k + 1 for h in hits):
            continue  # part of a longer name: "the South African minister", "the African Union"
        region, members = table[words]
        if words == ("arab",) and g.lemmas[g.heads[k]] == "nation":
            continue  # "the Arab nation" is the Arabs' as one people, no one country
        named = [h.entry.country for h in hits if h.end <= start and h.entry.kind in COUNTRY_KINDS]
        country = _latest(named, recent, members, home)
        if country is None:
            continue
        entry = Entry("adjective", country, " ".join(words), where=f"regions.tsv: the last country of {region} named")
        out = [h for h in out if not (h.start <= k < h.end)] + [Hit(start, k + 1, entry)]
        changed = True
    return sorted(out, key=lambda h: h.start) if changed else hits


def _latest(named: list[str | None], recent: list[str], members: frozenset[str], home: str | None) -> str | None:
    """The last country of the region named before the words in the sentence, else in the article."""
    for pool in (named, recent):
        for country in reversed(pool):
            if country in members and country != home:
                return country
    return None


def _described(g: Graph, i: int) -> bool:
    """Token i heads a singular definite description of a country or an official."""
    return (g.lemmas[i] in REGIONAL_NOUNS and g.tok(i).tag not in ("NNS", "NNPS")
            and any(g.lemmas[c] in DETERMINERS for c in g.kids(i, "det")))
