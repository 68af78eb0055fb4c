"""Time the analysis queries on an event store (the issue asks < 200 ms for a dyad query).

    PYTHONPATH=src python bench/query.py events.duckdb                # IRN-RUS by month
    PYTHONPATH=src python bench/query.py postgresql://host/dyad --a USA --b IRN --by week
    PYTHONPATH=src python bench/query.py events.duckdb --json         # one JSON record

Reports the store's size, the time to open it, and for each query the first
(cold) run and the median and 95th percentile of --repeat warm runs, in ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from dyad.events_dedup import canonical_events, is_current
from dyad.query import EventFilter, actors, dyad_series, events, network
from dyad.store import open_store


def timed(fn: Callable[[], Any], repeat: int) -> tuple[dict[str, float], Any]:
    """Cold time, then median and p95 of ``repeat`` warm runs (ms), and the last result."""
    start = time.perf_counter()
    result = fn()
    cold = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    p95 = runs[min(len(runs) - 1, int(0.95 * len(runs)))]
    return {"cold_ms": round(cold, 2), "median_ms": round(statistics.median(runs), 2),
            "p95_ms": round(p95, 2)}, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="DuckDB file or postgresql:// URL")
    parser.add_argument("--a", default="IRN")
    parser.add_argument("--b", default="RUS")
    parser.add_argument("--by", default="month", choices=("day", "week", "month", "year"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print one JSON record")
    args = parser.parse_args()

    start = time.perf_counter()
    store = open_store(args.db, read_only=not args.db.startswith("postgres"))
    open_ms = round((time.perf_counter() - start) * 1000, 2)
    with store:
        report: dict[str, Any] = {"db": store.name, "open_ms": open_ms, **store.counts()}
        queries = {
            "dyad": lambda: dyad_series(store, args.a, args.b, by=args.by),
            "events_actor_100": lambda: events(store, EventFilter(actor=args.a), limit=100),
            "partners": lambda: actors(store, partner_of=args.a, level="country"),
            "network_country": lambda: network(store, level="country", top=50),
        }
        if is_current(store):
            queries["canonical_top"] = lambda: canonical_events(store, min_sources=2, limit=50)
        for name, query in queries.items():
            report[name], result = timed(query, args.repeat)
            if name == "dyad":
                report["dyad_placed"], report["dyad_undated"] = result.total, result.undated
    if args.json:
        print(json.dumps(report))
        return
    for key, value in report.items():
        print(f"{key:>18}: {value}")


if __name__ == "__main__":
    main()
