"""Events out of the store: files for other tools, and tables for Python.

    export_events(store, "events.parquet", "parquet", EventFilter(actor="IRN"))
    events_df(store, flt)        # pandas DataFrame, typed
    events_arrow(store, flt)     # pyarrow Table, typed (EXPORT_SCHEMA)

Formats (``EXPORT_FORMATS``):
    jsonl    Dyad's event records (Event.to_dict), as ``dyad code`` writes them
    csv      the flat columns of ``EXPORT_COLUMNS``
    parquet  the same columns, typed (dates as dates, sectors as lists)
    gdelt    the 61 columns of the GDELT 2.0 event table, tab-separated, no
             header, one row per canonical event (``dyad.events_dedup``);
             ``read_gdelt`` loads it back with the right types
    plover   PLOVER JSON records, one per line; events whose CAMEO code has no
             PLOVER category (roots 01 and 02) are left out
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import IO, Any

from .events_dedup import build_canonical, is_current
from .output import write_rows
from .query import EventFilter, QueryError
from .store import Store
from .store import decode_json

__all__ = [
    "EXPORT_COLUMNS", "EXPORT_FORMATS", "GDELT_COLUMNS", "canonical_df", "events_arrow",
    "events_df", "export_events", "gdelt_rows", "plover_records", "read_gdelt",
    "write_graphml",
]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

# (column, Arrow type name): the flat, typed view of an event.
_TYPED = (
    ("event_id", "string"), ("doc_id", "string"), ("sentence_index", "int32"),
    ("date", "string"), ("date_precision", "string"),
    ("day", "date32"), ("month", "date32"), ("year", "int32"),
    ("source_code", "string"), ("source_country", "string"), ("source_sectors", "list"),
    ("source_text", "string"),
    ("target_code", "string"), ("target_country", "string"), ("target_sectors", "list"),
    ("target_text", "string"),
    ("cameo", "string"), ("cameo_name", "string"), ("root", "string"), ("quad_class", "int8"),
    ("goldstein", "float64"), ("plover", "string"), ("negated", "bool"), ("mode", "string"),
    ("confidence", "float64"),
    ("trigger", "string"), ("rule", "string"), ("reporter_code", "string"),
    ("location_name", "string"), ("location_country", "string"),
    ("lat", "float64"), ("lon", "float64"), ("sentence", "string"),
)
EXPORT_COLUMNS = tuple(name for name, _ in _TYPED)
_ORDER = "ORDER BY coalesce(e.day, e.month, make_date(e.year, 1, 1)) NULLS LAST, " \
         "e.doc_id, e.sentence_index, e.event_id"


def export_schema() -> Any:
    """The pyarrow schema of ``events_arrow`` (needs pyarrow)."""
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "int8": pa.int8(),
             "float64": pa.float64(), "bool": pa.bool_(), "date32": pa.date32(),
             "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in _TYPED])


def _select(flt: EventFilter | None, columns: str) -> tuple[str, list[Any]]:
    where, params = (flt or EventFilter()).where()
    return f"SELECT {columns} FROM events e WHERE {where} {_ORDER}", params


# -- Python tables ----------------------------------------------------------------


def events_arrow(store: Store, flt: EventFilter | None = None) -> Any:
    """The matching events as a pyarrow Table with ``export_schema()``."""
    sql, params = _select(flt, ", ".join(f"e.{c}" for c in EXPORT_COLUMNS))
    return store.arrow(sql, params).cast(export_schema())


def events_df(store: Store, flt: EventFilter | None = None) -> Any:
    """The matching events as a pandas DataFrame (nullable dtypes, dates as datetime64)."""
    df = events_arrow(store, flt).to_pandas(types_mapper=_pandas_types())
    for column in ("day", "month"):
        df[column] = df[column].astype("datetime64[s]")
    return df


def canonical_df(store: Store) -> Any:
    """The canonical events (build them first: ``events_dedup.build_canonical``)."""
    table = store.arrow("SELECT * FROM canonical_events ORDER BY first_day NULLS LAST, canonical_id")
    return table.to_pandas(types_mapper=_pandas_types())


def _pandas_types() -> Any:
    import pandas as pd
    import pyarrow as pa

    mapping = {pa.string(): pd.StringDtype(), pa.int8(): pd.Int8Dtype(),
               pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(),
               pa.bool_(): pd.BooleanDtype()}
    return mapping.get


# -- files ------------------------------------------------------------------------


def export_events(
    store: Store, dest: str | Path, fmt: str, flt: EventFilter | None = None
) -> int:
    """Write the matching events to ``dest`` in ``fmt``; returns the rows written.

    The gdelt format needs canonical events: when they are missing or stale
    they are rebuilt with the default rule (so the store must be writable).
    """
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    dest = Path(dest)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = events_arrow(store, flt)
        pq.write_table(table, dest)
        return table.num_rows
    with open(dest, "w", encoding="utf-8", newline="") as fh:
        return _write_text(store, fh, fmt, flt)


def _write_text(store: Store, fh: IO[str], fmt: str, flt: EventFilter | None) -> int:
    if fmt == "csv":
        sql, params = _select(flt, ", ".join(f"e.{c}" for c in EXPORT_COLUMNS))
        return write_rows(store.stream(sql, params), fh, EXPORT_COLUMNS)
    if fmt == "jsonl":
        rows = _records(store, flt)
    elif fmt == "plover":
        rows = plover_records(store, flt)
    else:
        if not is_current(store):
            build_canonical(store)
        return _write_gdelt(gdelt_rows(store, flt), fh)
    n = 0
    for n, record in enumerate(rows, 1):
        fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return n


def _records(store: Store, flt: EventFilter | None) -> Iterator[dict[str, Any]]:
    sql, params = _select(flt, "e.record")
    for row in store.stream(sql, params):
        yield decode_json(row["record"])


# -- PLOVER -----------------------------------------------------------------------

_CODEBOOK = "CAMEO 1.1b3, mapped to PLOVER with CAMEO2PLOVER-2021"


def plover_records(store: Store, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """PLOVER JSON records of the matching events that have a PLOVER category.

    Standard fields first (id, date, actor, recipient, event, mode, context,
    quad_code, event_text, event_loc, cite_info); Dyad's own after them
    (cameo, goldstein, negated, dyad_mode, doc_id, sentence_index).
    """
    where, params = (flt or EventFilter()).where()
    sql = (
        "SELECT e.record, a.title, a.url, a.source AS outlet FROM events e "
        f"JOIN articles a ON a.doc_id = e.doc_id WHERE e.plover IS NOT NULL AND {where} {_ORDER}"
    )
    coder = f"dyad {_version()}"
    for row in store.stream(sql, params):
        yield _plover(decode_json(row["record"]), row, coder)


def _plover(event: dict[str, Any], article: dict[str, Any], coder: str) -> dict[str, Any]:
    location = event.get("location")
    return {
        "id": event["event_id"],
        "date": event["date"],
        "actor": [_plover_entity(event["source"])],
        "recipient": [_plover_entity(event["target"])] if event.get("target") else [],
        "event": [event["plover"]],
        "mode": [event["plover_mode"]] if event.get("plover_mode") else [],
        "context": list(event.get("plover_context") or []),
        "quad_code": event["quad_class"],
        "event_text": [event["explanation"]["trigger"]],
        "event_loc": {
            "extracted_place": location["name"], "geonameid": location.get("geonameid"),
            "lat": location.get("lat"), "lon": location.get("lon"),
            "province": location.get("admin1"), "country_code": location.get("country"),
            "feature_class": location.get("feature_class"),
        } if location else None,
        "cite_info": {"corpus": article["outlet"], "title": article["title"],
                      "url": article["url"], "coder": coder, "codebook": _CODEBOOK},
        "cameo": event["cameo"], "goldstein": event["goldstein"], "negated": event["negated"],
        "dyad_mode": event["mode"], "doc_id": event["doc_id"],
        "sentence_index": event["sentence_index"],
    }


def _plover_entity(actor: dict[str, Any]) -> dict[str, Any]:
    sectors = actor.get("sectors") or []
    return {"code": actor.get("country") or actor["code"][:3],
            "sector": sectors[0] if sectors else None,
            "sector_secondary": sectors[1:], "entity_text": actor.get("text"),
            "dyad_code": actor["code"]}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dyad")
    except PackageNotFoundError:
        return "unknown"


# -- GDELT 2.0 --------------------------------------------------------------------


def _geo(prefix: str) -> list[str]:
    return [f"{prefix}Geo_{f}" for f in
            ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]


def _actor_columns(n: int) -> list[str]:
    return [f"Actor{n}{f}" for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor_columns(1), *_actor_columns(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo("Actor1"), *_geo("Actor2"), *_geo("Action"),
    "DATEADDED", "SOURCEURL",
)
_GDELT_INTS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
               "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type",
               "ActionGeo_Type", "DATEADDED"}
_GDELT_FLOATS = {"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
                 "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"}
# GDELT's geographic resolution codes for Dyad's location precisions.
_GEO_TYPE = {"country": 1, "admin1": 5, "city": 4, "point": 4}

_GDELT_SQL = """
SELECT c.canonical_id, c.first_day, c.n_mentions, c.n_sources, c.n_articles, c.location_name,
       c.lat, c.lon, e.source_code, e.source_country, e.source_sectors, e.source_text,
       e.target_code, e.target_country, e.target_sectors, e.target_text, e.sentence_index,
       e.cameo, e.root, e.quad_class, e.goldstein, l.precision, a.url, a.coded_at
FROM canonical_events c
JOIN events e ON e.event_id = c.canonical_id
JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN locations l ON l.event_id = c.canonical_id
WHERE {where}
ORDER BY c.first_day NULLS LAST, c.canonical_id
"""


def gdelt_types(kind: str = "pandas") -> dict[str, str]:
    """Column types of the GDELT table, for pandas (``read_csv(dtype=)``) or
    DuckDB (``read_csv(columns=)``)."""
    names = {"pandas": ("Int64", "float64", "string"), "duckdb": ("BIGINT", "DOUBLE", "VARCHAR")}
    whole, real, text = names[kind]
    return {c: whole if c in _GDELT_INTS else real if c in _GDELT_FLOATS else text
            for c in GDELT_COLUMNS}


def gdelt_rows(store: Store, flt: EventFilter | None = None) -> Iterator[list[Any]]:
    """GDELT 2.0 event-table rows (61 values, None where Dyad has no value) of
    the canonical events whose first mention matches ``flt``."""
    where, params = (flt or EventFilter()).where()
    for row in store.stream(_GDELT_SQL.format(where=where), params):
        yield _gdelt_row(row)


def _gdelt_row(r: dict[str, Any]) -> list[Any]:
    day: Date | None = r["first_day"]
    values: dict[str, Any] = {
        # GDELT ids are integers: the first 60 bits of Dyad's hex event id.
        "GLOBALEVENTID": int(r["canonical_id"][:15], 16),
        "SQLDATE": int(day.strftime("%Y%m%d")) if day else None,
        "MonthYear": int(day.strftime("%Y%m")) if day else None,
        "Year": day.year if day else None,
        "FractionDate": round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
        **_gdelt_actor(1, r["source_code"], r["source_text"], r["source_country"], r["source_sectors"]),
        **_gdelt_actor(2, r["target_code"], r["target_text"], r["target_country"], r["target_sectors"]),
        "IsRootEvent": 1 if r["sentence_index"] == 0 else 0,  # lead sentence
        "EventCode": r["cameo"], "EventBaseCode": r["cameo"][:3], "EventRootCode": r["root"],
        "QuadClass": r["quad_class"], "GoldsteinScale": r["goldstein"],
        "NumMentions": r["n_mentions"], "NumSources": r["n_sources"], "NumArticles": r["n_articles"],
        "ActionGeo_Type": _GEO_TYPE.get(r["precision"]) if r["location_name"] else None,
        "ActionGeo_FullName": r["location_name"],
        "ActionGeo_Lat": r["lat"], "ActionGeo_Long": r["lon"],
        "DATEADDED": int(r["coded_at"].strftime("%Y%m%d%H%M%S")) if r["coded_at"] else None,
        "SOURCEURL": r["url"],
    }
    return [values.get(c) for c in GDELT_COLUMNS]


def _gdelt_actor(n: int, code: str | None, text: str | None, country: str | None,
                 sectors: list[str] | None) -> dict[str, Any]:
    if code is None:
        return {}
    types = list(sectors or [])[:3]
    out = {f"Actor{n}Code": code, f"Actor{n}Name": text and text.upper(),
           f"Actor{n}CountryCode": country}
    out.update({f"Actor{n}Type{i}Code": t for i, t in enumerate(types, 1)})
    return out


def _write_gdelt(rows: Iterator[list[Any]], fh: IO[str]) -> int:
    n = 0
    for n, row in enumerate(rows, 1):
        fh.write("\t".join("" if v is None else " ".join(str(v).split()) for v in row) + "\n")
    return n


def read_gdelt(path: str | Path) -> Any:
    """A GDELT event-table file (Dyad's or GDELT's own) as a typed pandas DataFrame."""
    import pandas as pd

    return pd.read_csv(path, sep="\t", header=None, names=list(GDELT_COLUMNS),
                       dtype=gdelt_types("pandas"), na_values=[""], keep_default_na=False,
                       quoting=3)  # csv.QUOTE_NONE: GDELT cells are never quoted


# -- networks ---------------------------------------------------------------------


def write_graphml(network: Any, fh: IO[bytes]) -> None:
    """Write a ``query.Network`` as GraphML (directed; weights and Goldstein on edges)."""
    import xml.etree.ElementTree as ET

    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    node_keys = (("events", "int"), ("as_source", "int"), ("as_target", "int"))
    edge_keys = (("weight", "int"), ("q1", "int"), ("q2", "int"), ("q3", "int"), ("q4", "int"),
                 ("goldstein_sum", "double"), ("goldstein_mean", "double"))
    for target, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": f"{target[0]}_{name}", "for": target,
                                        "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id=f"dyad-{network.level}", edgedefault="directed")
    for node in network.nodes:
        element = ET.SubElement(graph, "node", id=node["id"])
        _graphml_data(element, "n", node, node_keys)
    for edge in network.edges:
        element = ET.SubElement(graph, "edge", source=edge["source"], target=edge["target"])
        _graphml_data(element, "e", edge, edge_keys)
    ET.indent(root)
    ET.ElementTree(root).write(fh, encoding="utf-8", xml_declaration=True)


def _graphml_data(element: Any, prefix: str, values: dict[str, Any], keys: Any) -> None:
    import xml.etree.ElementTree as ET

    for name, _ in keys:
        if values.get(name) is not None:
            ET.SubElement(element, "data", key=f"{prefix}_{name}").text = str(values[name])
