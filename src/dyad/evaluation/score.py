"""Scoring predicted events against gold events.

Events are compared at several *levels*, each a key that must agree:

    event      (source, target, code)
    dyad_root  (source, target, root)          CAMEO only
    code       code alone (a multiset per sentence)
    root       root alone                      CAMEO only
    countries  (source country, target country): the first three letters of each actor code

For each level, gold and predicted events of one record are paired one to one
(a maximum matching), so that duplicates count: two predicted "042" against one
gold "042" is one hit and one false alarm. Precision, recall and F1 are
micro-averaged over all records.

Actor codes are compared by ``actor_matches``: see its docstring and
docs/evaluation.md for partial gold codes ("---GOV") and reciprocal records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

from ..ontology import legacy_country_codes, plover_version_type, plover_version_types
from ..types import Explanation, Record
from .gold import GoldEvent, GoldRecord

__all__ = [
    "LEVELS",
    "SCHEMES",
    "EvalResult",
    "Prediction",
    "RecordResult",
    "Score",
    "actor_matches",
    "detect_scheme",
    "score_record",
    "summarise",
]

NO_ACTOR = "---"  # PETRARCH's code for "no actor found"


@dataclass(frozen=True)
class Prediction(Record):
    """One predicted event, as the scorer sees it."""

    source: str | None
    target: str | None
    code: str  # CAMEO code
    plover: str | None = None  # PLOVER event type
    plover_mode: str | None = None
    negated: bool = False
    mode: str = "asserted"
    sentence: str = ""  # the sentence it was coded from
    explanation: Explanation | None = None


@dataclass(frozen=True)
class Scheme:
    """What a gold set's codes mean, and so which levels can be scored."""

    name: str
    levels: tuple[str, ...]
    plover: bool = False  # gold codes are PLOVER types, compared with Prediction.plover
    plover_version: str | None = None  # the gold's PLOVER version, when older than Dyad's 0.8

    def pred_code(self, p: Prediction) -> str:
        if not self.plover:
            return p.code
        if self.plover_version and p.plover:
            # "demanded" is REQUEST in PLOVER 0.8 and DEMAND in 0.5: compare in the gold's version
            return plover_version_type(self.plover_version, p.code) or p.plover
        return p.plover or ""

    def root(self, code: str) -> str:
        return code if self.plover else code[:2]


SCHEMES = {
    "cameo": Scheme("cameo", ("event", "dyad_root", "code", "root", "countries")),
    "cameo-codes": Scheme("cameo-codes", ("code", "root")),  # gold gives codes, no actors
    "plover": Scheme("plover", ("event", "code", "countries"), plover=True),
}
LEVELS = ("event", "dyad_root", "code", "root", "countries")


def detect_scheme(records: Iterable[GoldRecord]) -> Scheme:
    """PLOVER when gold codes are words, codes-only when no gold event names an actor.

    A PLOVER gold set that names an older version ("ontology": "PLOVER-0.5b1")
    is compared in that version's types.
    """
    records = list(records)
    events = [e for r in records for e in r.events]
    if any(e.code.isalpha() for e in events):
        versions = {r.extra.get("ontology") for r in records} - {None}
        if len(versions) == 1 and plover_version_types(next(iter(versions))):
            return replace(SCHEMES["plover"], plover_version=next(iter(versions)))
        return SCHEMES["plover"]
    if events and all(e.source is None and e.target is None for e in events):
        return SCHEMES["cameo-codes"]
    return SCHEMES["cameo"]


# -- comparing actors ---------------------------------------------------------------------


def normal_actor(code: str | None) -> str | None:
    """None for "no actor": None, "" and PETRARCH's bare "---"; an old KEDS country code is
    read as its ISO code ("JAPGOV" -> "JPNGOV"; ontology/legacy_countries.tsv)."""
    if code is None:
        return None
    code = code.strip().upper()
    if code in ("", NO_ACTOR):
        return None
    iso = legacy_country_codes().get(code[:3])
    return code if iso is None else iso + code[3:]


def actor_matches(gold: str | None, pred: str | None, *, country_only: bool = False) -> bool:
    """Does a predicted actor code satisfy a gold one?

    * No gold actor (null or a bare "---") is satisfied only by no predicted actor.
    * A gold code starting "---" ("---GOV": officials of an unnamed country) leaves
      the country open: any predicted code with the same sectors ("IRNGOV",
      "---GOV") satisfies it. The gold says the role, not the country; a coder that
      also finds the country has not contradicted it.
    * Otherwise the codes must be equal. "USAGOV" does not satisfy "USA", nor the
      reverse: a sector is a claim.

    With ``country_only`` only the first three letters are compared.
    """
    g, p = normal_actor(gold), normal_actor(pred)
    if g is None or p is None:
        return g is None and p is None
    if country_only:
        return g.startswith(NO_ACTOR) or g[:3] == p[:3]
    if g.startswith(NO_ACTOR):
        return g[3:] == p[3:]
    return g == p


@dataclass(frozen=True)
class _Gold:
    """A gold event prepared for matching: the targets it accepts, its code and root."""

    event: GoldEvent
    targets: tuple[str | None, ...]
    code: str
    root: str


def _gold_items(record: GoldRecord, scheme: Scheme) -> list[_Gold]:
    """Reciprocal records ("Hungary and Romania agreed") list each party with no
    target; either party may then have the other as target."""
    parties = [e.source for e in record.events if normal_actor(e.target) is None] if record.reciprocal else []
    items = []
    for e in record.events:
        targets: tuple[str | None, ...] = (e.target,)
        if record.reciprocal and normal_actor(e.target) is None:
            targets += tuple(p for p in parties if normal_actor(p) != normal_actor(e.source))
        items.append(_Gold(e, targets, e.code, scheme.root(e.code)))
    return items


def _matcher(level: str, scheme: Scheme) -> Callable[[_Gold, Prediction], bool]:
    def actors(g: _Gold, p: Prediction, country_only: bool = False) -> bool:
        return (actor_matches(g.event.source, p.source, country_only=country_only)
                and any(actor_matches(t, p.target, country_only=country_only) for t in g.targets))

    if level == "event":
        return lambda g, p: scheme.pred_code(p) == g.code and actors(g, p)
    if level == "dyad_root":
        return lambda g, p: scheme.root(scheme.pred_code(p)) == g.root and actors(g, p)
    if level == "code":
        return lambda g, p: scheme.pred_code(p) == g.code
    if level == "root":
        return lambda g, p: scheme.root(scheme.pred_code(p)) == g.root
    if level == "countries":
        return lambda g, p: actors(g, p, country_only=True)
    raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")


def max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """A largest one-to-one pairing gold -> predicted (augmenting paths; records are small)."""
    owner: dict[int, int] = {}  # predicted index -> gold index

    def place(g: int, seen: set[int]) -> bool:
        for p in range(n_pred):
            if p not in seen and ok(g, p):
                seen.add(p)
                if p not in owner or place(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in range(n_gold):
        place(g, set())
    return {g: p for p, g in owner.items()}


# -- one record ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordResult(Record):
    """A scored record: what was expected, what was predicted, and where they differ."""

    id: str
    origin: str
    text: str
    gold: tuple[GoldEvent, ...]
    predicted: tuple[Prediction, ...]
    counts: dict[str, tuple[int, int, int]] = field(hash=False)  # level -> (hits, gold, predicted)
    misses: tuple[GoldEvent, ...] = ()  # at the scheme's first level
    false_alarms: tuple[Prediction, ...] = ()
    lenient: int = 0  # first-level hits that needed a partial gold code or reciprocity
    right_code: bool | None = None  # every gold code among the predicted codes (None: no gold event)
    right_root: bool | None = None
    class_counts: dict[str, tuple[int, int, int]] = field(default_factory=dict, hash=False)
    crash: str | None = None
    category: str | None = None  # the gold record's category (PETRARCH suites: ACTOR, DATE, SYNSET ...)

    @property
    def exact(self) -> bool:
        """The predicted events are the gold events, no more and no fewer."""
        return self.crash is None and not self.misses and not self.false_alarms


def score_record(record: GoldRecord, predicted: Sequence[Prediction], scheme: Scheme,
                 *, crash: str | None = None) -> RecordResult:
    gold = _gold_items(record, scheme)
    counts, misses, alarms, lenient = {}, (), (), 0
    for n, level in enumerate(scheme.levels):
        ok = _matcher(level, scheme)
        pairs = max_matching(len(gold), len(predicted), lambda g, p: ok(gold[g], predicted[p]))
        counts[level] = (len(pairs), len(gold), len(predicted))
        if n == 0:
            misses = tuple(g.event for i, g in enumerate(gold) if i not in pairs)
            hit = set(pairs.values())
            alarms = tuple(p for i, p in enumerate(predicted) if i not in hit)
            if level == "event":
                lenient = sum(1 for g, p in pairs.items() if _lenient(gold[g].event, predicted[p]))
    codes = {scheme.pred_code(p) for p in predicted}
    return RecordResult(
        id=record.id, origin=record.origin, text=record.text, gold=record.events,
        predicted=tuple(predicted), counts=counts, misses=misses, false_alarms=alarms, lenient=lenient,
        right_code=all(g.code in codes for g in gold) if gold else None,
        right_root=all(g.root in {scheme.root(c) for c in codes} for g in gold) if gold else None,
        class_counts=_class_counts(gold, predicted, scheme), crash=crash, category=record.category,
    )


def _lenient(g: GoldEvent, p: Prediction) -> bool:
    """A hit whose actors differ from the gold's as written (a "---" country, a reciprocal target)."""
    return (normal_actor(g.source), normal_actor(g.target)) != (normal_actor(p.source), normal_actor(p.target))


def _class_counts(gold: list[_Gold], predicted: Sequence[Prediction], scheme: Scheme) -> dict:
    """Per root (per type for PLOVER): (hits, gold, predicted), roots compared alone."""
    g_roots = Counter(g.root for g in gold)
    p_roots = Counter(scheme.root(scheme.pred_code(p)) or "(none)" for p in predicted)
    return {r: (min(g_roots[r], p_roots[r]), g_roots[r], p_roots[r]) for r in g_roots | p_roots}


# -- a gold set ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Score(Record):
    hits: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"hits": self.hits, "gold": self.gold, "predicted": self.predicted,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class EvalResult(Record):
    """Scores of one gold set. ``metrics()`` gives the flat figures the gate pins."""

    name: str
    scheme: str
    records: tuple[RecordResult, ...]  # the scored ones, crashed included
    skipped: tuple[tuple[str, str], ...] = ()  # (id, reason)
    levels: dict[str, Score] = field(default_factory=dict, hash=False)
    classes: dict[str, Score] = field(default_factory=dict, hash=False)  # root (or PLOVER type) -> score

    @property
    def crashes(self) -> list[RecordResult]:
        return [r for r in self.records if r.crash is not None]

    @property
    def wrong(self) -> list[RecordResult]:
        return [r for r in self.records if not r.exact]

    def sentence_accuracy(self) -> float:
        return _share(r.exact for r in self.records)

    def categories(self) -> dict[str, tuple[int, int]]:
        """Per gold category: (records exactly right, records scored); empty when the gold has none."""
        out: dict[str, list[int]] = {}
        for r in self.records:
            if r.category:
                counts = out.setdefault(r.category, [0, 0])
                counts[0] += r.exact
                counts[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def metrics(self) -> dict[str, float]:
        out = {}
        for level, s in self.levels.items():
            out[f"{level}_precision"], out[f"{level}_recall"], out[f"{level}_f1"] = s.precision, s.recall, s.f1
        out["sentence_accuracy"] = self.sentence_accuracy()
        out["right_code"] = _share(r.right_code for r in self.records if r.right_code is not None)
        if "root" in self.levels:
            out["right_root"] = _share(r.right_root for r in self.records if r.right_root is not None)
        if "countries" in self.levels:
            out["country_pair_accuracy"] = self.levels["countries"].recall
        out["crashes"] = float(len(self.crashes))
        return {k: round(v, 4) for k, v in out.items()}

    def to_dict(self) -> dict:
        return {
            "name": self.name, "scheme": self.scheme, "scored": len(self.records),
            "skipped": [{"id": i, "reason": why} for i, why in self.skipped],
            "metrics": self.metrics(),
            "levels": {k: v.to_dict() for k, v in self.levels.items()},
            "classes": {k: v.to_dict() for k, v in self.classes.items()},
            "categories": {k: {"exact": e, "scored": n, "rate": round(e / n, 4)}
                           for k, (e, n) in self.categories().items()},
            "lenient_matches": sum(r.lenient for r in self.records),
            "crashes": [{"id": r.id, "origin": r.origin, "error": r.crash} for r in self.crashes],
            "errors": [_error_dict(r) for r in self.wrong if r.crash is None],
        }


def _share(flags: Iterable[bool]) -> float:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else 0.0


def _error_dict(r: RecordResult) -> dict:
    return {"id": r.id, "origin": r.origin, "text": r.text,
            "gold": [e.to_dict() for e in r.gold], "predicted": [p.to_dict() for p in r.predicted],
            "misses": [e.to_dict() for e in r.misses], "false_alarms": [p.to_dict() for p in r.false_alarms]}


def summarise(name: str, scheme: Scheme, results: Sequence[RecordResult],
              skipped: Sequence[tuple[str, str]] = ()) -> EvalResult:
    """Add up record results into micro-averaged scores."""
    levels = {lv: Score(*map(sum, zip(*(r.counts[lv] for r in results)))) if results else Score(0, 0, 0)
              for lv in scheme.levels}
    totals: dict[str, list[int]] = {}
    for r in results:
        for cls, counts in r.class_counts.items():
            row = totals.setdefault(cls, [0, 0, 0])
            for i, n in enumerate(counts):
                row[i] += n
    classes = {cls: Score(*totals[cls]) for cls in sorted(totals)}
    return EvalResult(name, scheme.name, tuple(results), tuple(skipped), levels, classes)
