"""Questions asked of an event store.

    flt = EventFilter(actor="IRN", root="19", since="2018", until="2018")
    events(store, flt)                          # the matching events, as dicts
    dyad_series(store, "IRN", "RUS", by="month")   # a dyad's time series, both ways
    actors(store, partner_of="IRN", plover="COOPERATE")  # who Iran cooperates with
    network(store, EventFilter(country="IRN"))  # actor graph with weighted edges

Every function takes an open ``Store`` and returns plain rows (dicts) or a small
frozen record of them; ``dyad.export`` turns them into DataFrames and files and
``dyad.commands.analysis`` prints them. A bad argument (an unknown CAMEO code,
a malformed date) raises ``QueryError`` saying what is accepted.

Actor codes match by prefix: IRN matches IRN, IRNGOV and IRNMIL. Dates place an
event with the ``day``, ``month`` and ``year`` columns of the events table (see
``dyad.store.time_axis``): undated events match no date range and cannot be put
on a time axis, and series report how many of them were left out.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from typing import Any

from .errors import DyadError
from .ontology import ROOTS, load_ontology
from .store import Store

__all__ = [
    "BUCKETS", "EVENT_COLUMNS", "DyadSeries", "EventFilter", "Network", "QueryError",
    "actors", "count_events", "dyad_series", "events", "network", "parse_period",
]

Row = dict[str, Any]

BUCKETS = ("day", "week", "month", "year")
_BUCKET_SQL = {
    "day": "e.day",
    "week": "CAST(date_trunc('week', e.day) AS DATE)",  # weeks start on Monday
    "month": "e.month",
    "year": "make_date(e.year, 1, 1)",
}
EVENT_COLUMNS = (
    "event_id", "doc_id", "sentence_index", "date", "day",
    "source_code", "source_country", "source_text", "target_code", "target_country",
    "target_text", "cameo", "cameo_name", "root", "quad_class", "goldstein", "plover",
    "negated", "mode", "confidence", "location_name", "location_country", "lat", "lon", "trigger", "sentence",
)
# Where an event sits in time, for date ranges and ordering.
_WHEN = "coalesce(e.day, e.month, make_date(e.year, 1, 1))"
_QUADS = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
_ACTOR = re.compile(r"(?:[A-Z0-9]{3})+")
_THREE = re.compile(r"[A-Z]{3}")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class QueryError(DyadError, ValueError):
    """A query argument that cannot be used: the message says what is accepted."""


# -- filters ----------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilter:
    """Which events to look at; every field left None matches everything."""

    actor: str | None = None  # either side, code prefix: IRN matches IRNGOV
    source: str | None = None  # the source actor, code prefix
    target: str | None = None  # the target actor, code prefix
    country: str | None = None  # either side's country (ISO alpha-3 or IGO code)
    sector: str | None = None  # either side has this sector (GOV, MIL, ...)
    code: str | None = None  # CAMEO code with its descendants: 04 is the whole root
    root: str | None = None  # CAMEO root, 01-20
    plover: str | None = None  # PLOVER event type, e.g. CONSULT
    quad_class: int | None = None  # 1-4
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    place: str | None = None  # location name (any part, any case) or its country code
    text: str | None = None  # words in the sentence (any case)
    min_confidence: float | str | None = None  # 0-1; events stored without a confidence do not match

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition over the events table (alias ``e``) and its parameters."""
        clauses: list[tuple[str, list[Any]]] = []
        for name, build in _CLAUSES:
            value = getattr(self, name)
            if value is not None and value != "":
                clauses.append(build(value))
        if not clauses:
            return "TRUE", []
        return " AND ".join(f"({sql})" for sql, _ in clauses), [p for _, ps in clauses for p in ps]


def actor_pattern(code: str, what: str = "actor") -> str:
    """LIKE pattern for an actor code prefix; QueryError when it is no actor code."""
    norm = code.strip().upper()
    if not _ACTOR.fullmatch(norm):
        raise QueryError(
            f"{what} {code!r} is not an actor code: CAMEO actor codes are 3-letter "
            "parts, e.g. IRN, IRNGOV, IGOUNO"
        )
    return norm + "%"


def _three(value: str, what: str, example: str) -> str:
    norm = value.strip().upper()
    if not _THREE.fullmatch(norm):
        raise QueryError(f"{what} {value!r} is not a 3-letter code such as {example}")
    return norm


def _cameo(code: str) -> tuple[str, list[Any]]:
    code = code.strip()
    if not load_ontology().is_code(code):
        raise QueryError(
            f"{code!r} is not a CAMEO 1.1b3 event code (e.g. 04 for a root, 042, 0431)"
        )
    return "e.cameo LIKE ?", [code + "%"]


def _root(root: str) -> tuple[str, list[Any]]:
    root = root.strip().zfill(2)
    if root not in ROOTS:
        raise QueryError(f"{root!r} is not a CAMEO root: use 01 to 20")
    return "e.root = ?", [root]


def _plover(kind: str) -> tuple[str, list[Any]]:
    known = sorted({m.type for m in load_ontology().plover_mappings.values()})
    if kind.strip().upper() not in known:
        raise QueryError(f"{kind!r} is not a PLOVER event type; use one of {', '.join(known)}")
    return "e.plover = ?", [kind.strip().upper()]


def _quad(value: int | str) -> tuple[str, list[Any]]:
    if str(value).strip() not in {"1", "2", "3", "4"}:
        raise QueryError(f"QuadClass {value!r} is not 1, 2, 3 or 4")
    return "e.quad_class = ?", [int(value)]


def _confidence(value: float | str) -> tuple[str, list[Any]]:
    try:
        floor = float(value)
    except (TypeError, ValueError):
        floor = -1.0
    if not 0.0 <= floor <= 1.0:
        raise QueryError(f"minimum confidence {value!r} is not a number from 0 to 1")
    return "e.confidence >= ?", [floor]


def _contains(value: str) -> str:
    """ILIKE pattern for ``value`` anywhere, with LIKE's wildcards taken literally."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", value.strip()) + "%"


_CLAUSES = (
    ("actor", lambda v: ("e.source_code LIKE ? OR e.target_code LIKE ?", [actor_pattern(v)] * 2)),
    ("source", lambda v: ("e.source_code LIKE ?", [actor_pattern(v, "source")])),
    ("target", lambda v: ("e.target_code LIKE ?", [actor_pattern(v, "target")])),
    ("country", lambda v: ("e.source_country = ? OR e.target_country = ?",
                           [_three(v, "country", "IRN")] * 2)),
    ("sector", lambda v: ("? = ANY(e.source_sectors) OR ? = ANY(e.target_sectors)",
                          [_three(v, "sector", "GOV or MIL")] * 2)),
    ("code", _cameo),
    ("root", _root),
    ("plover", _plover),
    ("quad_class", _quad),
    ("since", lambda v: (f"{_WHEN} >= ?", [parse_period(v)[0]])),
    ("until", lambda v: (f"{_WHEN} <= ?", [parse_period(v)[1]])),
    ("place", lambda v: ("e.location_name ILIKE ? ESCAPE '\\' OR e.location_country = ?",
                         [_contains(v), v.strip().upper()])),
    ("text", lambda v: ("e.sentence ILIKE ? ESCAPE '\\'", [_contains(v)])),
    ("min_confidence", _confidence),
)


def parse_period(value: str) -> tuple[Date, Date]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    match = _PERIOD.fullmatch(str(value).strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(g) if g else None for g in match.groups())
        if day is not None:
            return (Date(year, month, day),) * 2
        if month is not None:
            first = Date(year, month, 1)
            nxt = Date(year + month // 12, month % 12 + 1, 1)
            return first, Date.fromordinal(nxt.toordinal() - 1)
        return Date(year, 1, 1), Date(year, 12, 31)
    except ValueError:
        raise QueryError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None


def _filter(flt: EventFilter | None) -> tuple[str, list[Any]]:
    return (flt or EventFilter()).where()


# -- event lists ------------------------------------------------------------------


def events(store: Store, flt: EventFilter | None = None, *, limit: int | None = None) -> list[Row]:
    """The matching events, earliest first (undated last), as ``EVENT_COLUMNS`` dicts."""
    where, params = _filter(flt)
    sql = (
        f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e WHERE {where} "
        f"ORDER BY {_WHEN} NULLS LAST, e.doc_id, e.sentence_index, e.event_id"
    )
    if limit is not None:
        sql, params = sql + " LIMIT ?", params + [require_positive(limit, "limit")]
    return store.query(sql, params)


def count_events(store: Store, flt: EventFilter | None = None) -> int:
    where, params = _filter(flt)
    return int(store.query(f"SELECT count(*) AS n FROM events e WHERE {where}", params)[0]["n"])


def require_positive(value: int, what: str) -> int:
    """``value`` as an int, or QueryError when it is below 1."""
    if int(value) < 1:
        raise QueryError(f"{what} must be at least 1, not {value}")
    return int(value)


# -- dyad time series -------------------------------------------------------------


@dataclass(frozen=True)
class DyadSeries:
    """Events between two actors per period, each direction on its own rows.

    ``rows``: period (a date: the first day of the day/week/month/year),
    direction ("A>B" or "B>A", with the codes), events, q1-q4 (counts per
    QuadClass), goldstein_sum and goldstein_mean. ``undated`` counts the dyad's
    events that match the filter but are not dated finely enough to place;
    ``undated_rows`` describes them like ``rows``, one per direction, without
    a period.
    """

    a: str
    b: str
    by: str
    rows: list[Row] = field(default_factory=list)
    undated: int = 0
    undated_rows: list[Row] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(r["events"] for r in self.rows)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def dyad_series(
    store: Store, a: str, b: str, *, by: str = "month", flt: EventFilter | None = None
) -> DyadSeries:
    """Counts per QuadClass and Goldstein sum and mean of A>B and B>A events per period.

    An event whose source matches both A and B counts as A>B.
    """
    if by not in BUCKETS:
        raise QueryError(f"cannot group by {by!r}; use one of {', '.join(BUCKETS)}")
    pa, pb = actor_pattern(a, "actor A"), actor_pattern(b, "actor B")
    where, params = _filter(flt)
    a_to_b, b_to_a = f"{a.upper()}>{b.upper()}", f"{b.upper()}>{a.upper()}"
    sql = f"""
        SELECT {_BUCKET_SQL[by]} AS period,
               CASE WHEN e.source_code LIKE ? THEN ? ELSE ? END AS direction,
               count(*) AS events, {_QUADS},
               sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean
        FROM events e
        WHERE ((e.source_code LIKE ? AND e.target_code LIKE ?)
               OR (e.source_code LIKE ? AND e.target_code LIKE ?))
          AND {where}
        GROUP BY period, direction
        ORDER BY period, direction"""
    rows = store.query(sql, [pa, a_to_b, b_to_a, pa, pb, pb, pa, *params])
    placed = [_numbers(r) for r in rows if r["period"] is not None]
    undated = [_numbers({k: v for k, v in r.items() if k != "period"})
               for r in rows if r["period"] is None]
    return DyadSeries(a.upper(), b.upper(), by, placed, sum(r["events"] for r in undated),
                      undated)


def _numbers(row: Row) -> Row:
    """Counts as int and Goldstein values as float, whatever the database returned."""
    out = dict(row)
    for key, value in row.items():
        if key in ("events", "weight", "as_source", "as_target", "from_actor", "to_actor") \
                or re.fullmatch(r"q[1-4]", key):
            out[key] = int(value or 0)
        elif key.startswith("goldstein") and value is not None:
            out[key] = round(float(value), 4)
    return out


# -- actors and partners ----------------------------------------------------------

_LEVELS = {"code": ("source_code", "target_code"), "country": ("source_country", "target_country")}


def actors(
    store: Store,
    flt: EventFilter | None = None,
    *,
    partner_of: str | None = None,
    level: str = "code",
    top: int = 20,
) -> list[Row]:
    """The most active actors, or with ``partner_of`` that actor's most frequent partners.

    Rows: actor (a code or a country, by ``level``), events, as_source, as_target
    and goldstein_mean; for partners, from_actor (events partner_of > actor) and
    to_actor instead of as_source/as_target. Partners exclude the actor's own
    codes (IRNGOV is no partner of IRN).
    """
    if level not in _LEVELS:
        raise QueryError(f"level {level!r} is neither 'code' nor 'country'")
    src, tgt = _LEVELS[level]
    where, params = _filter(flt)
    if partner_of is None:
        sql = f"""
            WITH sides AS (
                SELECT e.{src} AS actor, 1 AS as_source, 0 AS as_target, e.goldstein
                FROM events e WHERE e.{src} IS NOT NULL AND {where}
                UNION ALL
                SELECT e.{tgt}, 0, 1, e.goldstein
                FROM events e WHERE e.{tgt} IS NOT NULL AND {where})
            SELECT actor, count(*) AS events, sum(as_source) AS as_source,
                   sum(as_target) AS as_target, avg(goldstein) AS goldstein_mean
            FROM sides GROUP BY actor ORDER BY events DESC, actor LIMIT ?"""
        args = [*params, *params, require_positive(top, "top")]
    else:
        p = actor_pattern(partner_of, "partner_of")
        sql = f"""
            WITH sides AS (
                SELECT e.{tgt} AS actor, 1 AS from_actor, 0 AS to_actor, e.goldstein
                FROM events e WHERE e.source_code LIKE ? AND NOT e.target_code LIKE ?
                                AND e.{tgt} IS NOT NULL AND {where}
                UNION ALL
                SELECT e.{src}, 0, 1, e.goldstein
                FROM events e WHERE e.target_code LIKE ? AND NOT e.source_code LIKE ?
                                AND e.{src} IS NOT NULL AND {where})
            SELECT actor, count(*) AS events, sum(from_actor) AS from_actor,
                   sum(to_actor) AS to_actor, avg(goldstein) AS goldstein_mean
            FROM sides GROUP BY actor ORDER BY events DESC, actor LIMIT ?"""
        args = [p, p, *params, p, p, *params, require_positive(top, "top")]
    return [_numbers(r) for r in store.query(sql, args)]


# -- networks ---------------------------------------------------------------------


@dataclass(frozen=True)
class Network:
    """A directed actor graph: an edge per (source, target) with its events.

    nodes: id, events (weighted degree), as_source, as_target.
    edges: source, target, weight (events), q1-q4, goldstein_sum, goldstein_mean.
    """

    level: str
    nodes: list[Row]
    edges: list[Row]

    def to_dict(self) -> dict[str, Any]:
        """Node-link JSON (as networkx's node_link_data reads it)."""
        return {"directed": True, "multigraph": False, "graph": {"level": self.level},
                "nodes": self.nodes, "links": self.edges}


def network(
    store: Store,
    flt: EventFilter | None = None,
    *,
    level: str = "country",
    min_weight: int = 1,
    top: int | None = None,
    loops: bool = False,
) -> Network:
    """Actors (codes or countries, by ``level``) linked by the events between them.

    Edges need at least ``min_weight`` events; ``top`` keeps the busiest nodes
    and the edges among them; ``loops`` keeps events within one node.
    """
    if level not in _LEVELS:
        raise QueryError(f"level {level!r} is neither 'code' nor 'country'")
    src, tgt = _LEVELS[level]
    where, params = _filter(flt)
    loop = "" if loops else f"AND e.{src} <> e.{tgt}"
    sql = f"""
        SELECT e.{src} AS source, e.{tgt} AS target, count(*) AS weight, {_QUADS},
               sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean
        FROM events e
        WHERE e.{src} IS NOT NULL AND e.{tgt} IS NOT NULL {loop} AND {where}
        GROUP BY e.{src}, e.{tgt}
        HAVING count(*) >= ?
        ORDER BY weight DESC, source, target"""
    edges = [_numbers(r) for r in store.query(sql, [*params, require_positive(min_weight, "min_weight")])]
    nodes = _nodes(edges)
    if top is not None:
        keep = {n["id"] for n in nodes[: require_positive(top, "top")]}
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
        nodes = _nodes(edges)
    return Network(level, nodes, edges)


def _nodes(edges: list[Row]) -> list[Row]:
    """Nodes of the edges, busiest first."""
    nodes: dict[str, Row] = {}
    for edge in edges:
        for end, role in ((edge["source"], "as_source"), (edge["target"], "as_target")):
            node = nodes.setdefault(end, {"id": end, "events": 0, "as_source": 0, "as_target": 0})
            node[role] += edge["weight"]
            node["events"] += edge["weight"]
    return sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
