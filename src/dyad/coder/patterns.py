"""Load and check the event pattern lexicon (``patterns.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from itertools import compress
from operator import or_
from pathlib import Path
from typing import Iterator, Sequence

import yaml

from ..errors import DataError
from ..ontology import load_ontology

SLOTS_FIXED = frozenset({"subj", "obj", "poss"})
FIELDS = frozenset({"id", "code", "lemma", "pos", "object", "particle", "source", "target", "place",
                    "population", "intent", "intent_only", "target_actor", "not_target", "refine", "symmetric",
                    "reported_only", "complement", "xcomp", "topic", "modal", "require_target", "abroad",
                    "home", "armed", "charged"})
FOUND_LIMIT = 200_000  # tokens remembered by PatternSet.for_token before it starts afresh
POSSIBLE_LIMIT = 1_000  # combinations of needed words remembered per Triggered
TOPICS = ("intent", "appeal", "demand", "reject", "threaten")  # see coder/topics.py
NO_EVENT = ""  # a refine "code" for modifiers that unmake the event ("diplomatic offensive")


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    lemmas: frozenset[str]
    pos: str = "verb"
    objects: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    source: tuple[str, ...] = ("subj",)
    target: tuple[str, ...] = ("obj",)
    place: bool = False
    population: bool = False  # the target place stands for its people, the source's own included
    intent: str | None = None
    intent_only: bool = False
    refine: tuple[tuple[str, str], ...] = ()  # (modifier lemma, code or NO_EVENT)
    symmetric: bool = False
    reported_only: bool = False
    complement: tuple[tuple[str, frozenset[str]], ...] = ()  # (preposition, noun lemmas)
    xcomp: frozenset[str] = frozenset()  # lemmas of a required infinitive complement, or "verb particle"
    topic: str | None = None  # code from the complement's event: "appeal", "demand", ... (coder/topics.py)
    modal: frozenset[str] = frozenset()  # the complement clause must carry one ("said X *must* ...")
    # Patterns converted from a user's PETRARCH verb dictionary (coder/petrarch.py):
    forms: frozenset[str] = frozenset()  # surface forms that trigger it ("met" is not "meet")
    words: object = None  # a petrarch.WordPattern: the words around the verb, and the actor markers
    reverse_code: str | None = None  # "032:033": the target's event back to the source
    require_target: bool = False  # a dyad only, from the target slots (PETRARCH's dictionaries code dyads only)
    target_actor: bool = False  # the object itself must name an actor, not a thing it has
    not_target: frozenset[str] = frozenset()  # codes or sectors ("IMG", "UAF") no target may have
    abroad: bool = False  # the target must be of another country than the source (or of none)
    home: bool = False  # with no place named, the target is the source's own country's people
    armed: bool = False  # a fight: not between two sides that are only politicians (vetoes.py)
    charged: bool = False  # a noun that a verb of judgement's object makes a charge, not an act
    origin: str = ""  # file:line and text of the dictionary entry, for explanations

    @cached_property
    def complement_nouns(self) -> frozenset[str]:
        """Every noun lemma a ``complement`` entry lists: a sentence with none of them cannot
        meet the constraint (worked out once per pattern, which is immutable)."""
        return frozenset().union(*(nouns for _, nouns in self.complement))

    @cached_property
    def refine_words(self) -> frozenset[str]:
        """The lemmas a sentence needs for ``refine`` to change the code: the words it lists, and
        for a hyphenated one ("cease-fire", which ``hyphenated`` joins from "cease", "-", "fire")
        its parts as well."""
        return frozenset(part for word, _ in self.refine for part in (word, *word.split("-")))

    @cached_property
    def xcomp_verbs(self) -> frozenset[str]:
        """The verbs ``xcomp`` lists, without their particles ("step" for "step down")."""
        return frozenset(w.split()[0] for w in self.xcomp)

    @cached_property
    def needs(self) -> tuple[frozenset[str], ...]:
        """Lemma sets the sentence must each share a word with for the pattern to match: its
        objects, its complement's nouns, its infinitive's verbs (coder/core.py ``_match``)."""
        return tuple(words for words in (self.objects, self.complement_nouns, self.xcomp_verbs) if words)


@dataclass(frozen=True)
class Triggered:
    """A token's patterns, most specific first, with what lets the coder pass over those that
    cannot match in a sentence without trying them one by one."""

    patterns: tuple[Pattern, ...]
    needed: frozenset[str]  # every lemma some pattern ``needs`` ("talks" for "hold" + talks)
    free: tuple[Pattern, ...]  # the patterns that need no particular word, in the same order
    # possible's answers by the needed lemmas a sentence has: few combinations recur
    _by_present: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, patterns: tuple[Pattern, ...]) -> "Triggered":
        return cls(patterns, frozenset().union(*(w for p in patterns for w in p.needs)),
                   tuple(p for p in patterns if not p.needs))

    def possible(self, lemmas: frozenset[str]) -> tuple[Pattern, ...]:
        """The patterns that may match in a sentence with these lemmas, in order: the others
        lack a word they need (an object, a complement noun, an infinitive)."""
        if lemmas.isdisjoint(self.needed):
            return self.free
        present = lemmas & self.needed
        found = self._by_present.get(present)
        if found is None:
            if len(self._by_present) >= POSSIBLE_LIMIT:
                self._by_present.clear()
            found = self._by_present[present] = tuple(
                p for p in self.patterns if not any(map(present.isdisjoint, p.needs)))
        return found


@dataclass(frozen=True)
class PatternSet:
    patterns: tuple[Pattern, ...]
    verbs: dict  # lemma -> tuple[Pattern, ...]
    nouns: dict
    by_id: dict  # pattern id -> Pattern
    surfaces: dict = field(default_factory=dict)  # surface form -> user-dictionary patterns
    # triggered's answers: the coder asks for every token, and words repeat (a Zipf vocabulary)
    _found: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def for_token(self, lemma: str, pos: str, text: str = "") -> tuple[Pattern, ...]:
        """Patterns triggered by a token; a mis-lemmatised form ("impos") falls back to its surface.

        A user dictionary's verb forms come first: PETRARCH dictionaries list
        surface forms ("MET" and "MEET" are different verbs there).
        """
        return self.triggered(lemma, pos, text).patterns

    def triggered(self, lemma: str, pos: str, text: str = "") -> Triggered:
        """``for_token``'s patterns, as a remembered ``Triggered``."""
        key = (lemma, pos, text)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= FOUND_LIMIT:
                self._found.clear()
            found = self._found[key] = Triggered.of(self._for_token(lemma, pos, text))
        return found

    def candidates(self, lemmas: Sequence[str], words: Sequence[str]) -> Iterator[int]:
        """Indices of a sentence's tokens that may trigger a pattern, given their lower-cased
        lemmas and words: ``for_token`` is () for every other token (most words trigger nothing,
        and two set lookups are cheaper than its remembered answer)."""
        keys, forms = self._trigger_words
        return compress(range(len(lemmas)), map(or_, map(keys.__contains__, lemmas), map(forms.__contains__, words)))

    @cached_property
    def _trigger_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """(lemmas, words) through which ``_for_token`` can find a pattern.

        A token's patterns come from its lemma (a key of ``verbs`` or ``nouns``) or from its
        lower-cased word: a surface form, an adjective listed under its form, or an inflection
        that ``_lemma_candidates`` undoes to a key. Those inflections are generated here from
        the keys, by the same rules run backwards.
        """
        keys = set(self.verbs) | set(self.nouns)
        words = keys | set(self.surfaces)
        for key in keys:
            words.update(_inflected_forms(key))
        return frozenset(keys), frozenset(words)

    def _for_token(self, lemma: str, pos: str, text: str) -> tuple[Pattern, ...]:
        if self.surfaces and text and pos not in ("NOUN", "PROPN"):
            found = self.surfaces.get(text.lower())
            if found is not None:
                return found
        table = self.nouns if pos in ("NOUN", "PROPN") else self.verbs
        found = table.get(lemma)
        if found is None and text:
            for candidate in _lemma_candidates(text.lower()):
                found = table.get(candidate)
                if found is not None:
                    break
        if pos == "VERB" and text and text.lower() != lemma:
            # "is opposed to", "is prepared for": a participle parsed as a passive verb is tried
            # as the adjective it is first (pos: adj patterns are listed under their surface form)
            adjectives = tuple(p for p in self.verbs.get(text.lower(), ()) if p.pos == "adj")
            if adjectives:
                return adjectives + tuple(p for p in found or () if p not in adjectives)
        return found or ()


# (suffix, replacement): the regular English inflections _lemma_candidates undoes, in its order.
INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
               ("es", ""), ("s", ""), ("en", "e"))


def _lemma_candidates(word: str) -> list[str]:
    """Regular English inflections undone: imposed -> impose, urging -> urge, sanctions -> sanction,
    retaken -> retake."""
    out = [word]
    for suffix, repl in INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + repl
            out.append(stem)
            if repl == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shelled" -> "shell" is kept; "planned" -> "plan"
    return out


def _inflected_forms(stem: str) -> set[str]:
    """Every word whose ``_lemma_candidates`` include ``stem`` besides itself (a superset: the
    length conditions are not applied), e.g. "plan" <- "plans", "planned", "planning"."""
    out = set()
    for suffix, repl in INFLECTIONS:
        if stem.endswith(repl):
            out.add(stem[:len(stem) - len(repl)] + suffix)
        if not repl and stem:
            out.add(stem + stem[-1] + suffix)  # a doubled consonant: "planned" -> "plann" -> "plan"
    return out


def default_patterns_path() -> Path:
    return Path(str(resources.files("dyad.coder").joinpath("data", "patterns")))


@lru_cache(maxsize=4)
def load_patterns(path: str | Path | None = None) -> PatternSet:
    """Read and check pattern files (a file, or every *.yaml in a directory).

    Errors name the file and the pattern's line; ids must be unique across files.
    """
    path = Path(path or default_patterns_path())
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    patterns: list[Pattern] = []
    seen: dict[str, str] = {}
    for file in files:
        for pattern, where in _read_file(file):
            if pattern.id in seen:
                raise DataError(f"{where}: duplicate pattern id {pattern.id!r} (first at {seen[pattern.id]})")
            seen[pattern.id] = where
            patterns.append(pattern)
    return _index(tuple(patterns))


def _read_file(path: Path) -> list[tuple[Pattern, str]]:
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.compose(text)
    except OSError as exc:
        raise DataError(f"{path}: cannot read pattern file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: not valid YAML: {exc}") from exc
    if raw is None or not isinstance(raw, yaml.SequenceNode):
        raise DataError(f"{path}: expected a list of patterns")
    ontology = load_ontology()
    out = []
    for node in raw.value:
        where = f"{path}:{node.start_mark.line + 1}"
        # BaseLoader keeps every scalar a string: "on" stays a preposition.
        item = yaml.load(yaml.serialize(node), Loader=yaml.BaseLoader)
        out.append((_build(item, where, ontology), where))
    return out


def _index(patterns: tuple[Pattern, ...]) -> PatternSet:
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    # Light-verb and particle patterns are more specific: they are tried first.
    for p in sorted(patterns, key=lambda p: not (p.objects or p.particles or p.complement or p.xcomp or p.topic)):
        table = nouns if p.pos == "noun" else verbs
        for lemma in p.lemmas:
            table.setdefault(lemma, []).append(p)
    freeze = lambda t: {k: tuple(v) for k, v in t.items()}  # noqa: E731
    return PatternSet(patterns, freeze(verbs), freeze(nouns), {p.id: p for p in patterns})


def _words(item: dict, key: str, where: str) -> frozenset[str]:
    value = item.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataError(f"{where}: {key!r} must be a list of words")
    return frozenset(v.lower() for v in value)


def _code(value, where: str, ontology, what: str) -> str:
    if not isinstance(value, str) or not ontology.is_code(value):
        raise DataError(f"{where}: {what} {value!r} is not a CAMEO code (write it quoted, e.g. \"042\")")
    return value


def _build(item, where: str, ontology) -> Pattern:
    if not isinstance(item, dict):
        raise DataError(f"{where}: a pattern must be a mapping")
    unknown = set(item) - FIELDS
    if unknown:
        raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
    if not isinstance(item.get("id"), str):
        raise DataError(f"{where}: pattern needs an 'id'")
    code = _code(item.get("code"), where, ontology, "code")
    lemmas = _words(item, "lemma", where)
    if not lemmas:
        raise DataError(f"{where}: pattern {item['id']!r} has no trigger lemma")
    pos = item.get("pos", "verb")
    if pos not in ("verb", "noun", "adj"):
        raise DataError(f"{where}: pos must be 'verb', 'noun' or 'adj', not {pos!r}")
    refine = item.get("refine") or {}
    if not isinstance(refine, dict):
        raise DataError(f"{where}: refine must map modifier words to codes")
    pairs = tuple((str(k).lower(), NO_EVENT if v == "none" else _code(v, where, ontology, "refine code"))
                  for k, v in refine.items())
    intent = item.get("intent")
    complement = item.get("complement") or {}
    if not isinstance(complement, dict):
        raise DataError(f"{where}: complement must map a preposition to noun lemmas")
    comps = tuple((str(prep).lower(), _words(complement, prep, where)) for prep in complement)
    if _flag(item, "home", where) and not _flag(item, "population", where):
        raise DataError(f"{where}: home (the source's own people) needs population: true")
    xcomp = _words(item, "xcomp", where)
    long = sorted(w for w in xcomp if len(w.split()) > 2)
    if long:  # ("step down": a verb and its particle, as coder/clauses.py reads them)
        raise DataError(f"{where}: xcomp takes a verb or a verb and its particle, not {long}")
    return Pattern(
        id=item["id"], code=code, lemmas=lemmas, pos=pos,
        objects=_words(item, "object", where), particles=_words(item, "particle", where),
        source=_slots(item, "source", ("subj",), where), target=_slots(item, "target", ("obj",), where),
        place=_flag(item, "place", where), population=_flag(item, "population", where),
        intent=_code(intent, where, ontology, "intent code") if intent is not None else None,
        intent_only=_flag(item, "intent_only", where), refine=pairs,
        symmetric=_flag(item, "symmetric", where), reported_only=_flag(item, "reported_only", where),
        complement=comps, xcomp=xcomp,
        topic=_topic(item, where), modal=_words(item, "modal", where),
        target_actor=_flag(item, "target_actor", where),
        not_target=_actor_codes(item, "not_target", where),
        require_target=_flag(item, "require_target", where),
        abroad=_flag(item, "abroad", where), home=_flag(item, "home", where), armed=_flag(item, "armed", where),
        charged=_flag(item, "charged", where),
    )


def _actor_codes(item: dict, key: str, where: str) -> frozenset[str]:
    """Three-letter actor codes, a country code prefix or a sector ("IMG", "UAF")."""
    codes = frozenset(w.upper() for w in _words(item, key, where))
    bad = sorted(c for c in codes if len(c) != 3 or not c.isalpha())
    if bad:
        raise DataError(f"{where}: {key!r} takes three-letter actor codes, not {bad}")
    return codes


def _topic(item: dict, where: str) -> str | None:
    topic = item.get("topic")
    if topic is not None and topic not in TOPICS:
        raise DataError(f"{where}: topic must be one of {', '.join(TOPICS)}, not {topic!r}")
    if item.get("modal") and topic is None:
        raise DataError(f"{where}: 'modal' needs a 'topic' (the complement's event gives the code)")
    return topic


def _flag(item: dict, key: str, where: str) -> bool:
    value = str(item.get(key, "false")).lower()
    if value not in ("true", "false"):
        raise DataError(f"{where}: {key!r} must be true or false, not {value!r}")
    return value == "true"


def _slots(item: dict, key: str, default: tuple[str, ...], where: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return default
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.isalpha() for v in value):
        raise DataError(f"{where}: {key!r} must be a list of slots (subj, obj, poss or a preposition)")
    return tuple(v.lower() for v in value)


def with_dictionary_patterns(base: PatternSet, extra: tuple[Pattern, ...]) -> PatternSet:
    """``base`` with patterns from a user dictionary merged over it.

    A lemma the dictionary defines is coded by the dictionary's patterns only
    (the user's verb beats the built-in one); its surface forms are indexed
    too. ``extra`` is in priority order, most specific first.
    """
    if not extra:
        return base
    seen = set(base.by_id)
    extra = tuple(p if p.id not in seen else replace(p, id=p.id + "+") for p in extra)
    verbs = dict(base.verbs)
    dict_verbs: dict[str, list[Pattern]] = {}
    surfaces: dict[str, list[Pattern]] = {}
    for p in extra:
        for lemma in p.lemmas:
            dict_verbs.setdefault(lemma, []).append(p)
        for form in p.forms:
            surfaces.setdefault(form, []).append(p)
    verbs.update({k: tuple(v) for k, v in dict_verbs.items()})
    patterns = base.patterns + extra
    return PatternSet(patterns, verbs, base.nouns, {p.id: p for p in patterns},
                      {k: tuple(v) for k, v in surfaces.items()})
