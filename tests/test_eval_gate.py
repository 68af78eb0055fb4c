"""The evaluation gate: Dyad on the gold development sets scores at least the floors.

``floors.json`` holds one floor per (gold set, metric) and the SHA-256 of each gold
file the floors were measured on. Floors only move up: every floor must equal the
highest floor recorded for its metric in ``floors_history.jsonl`` (append-only,
one ``{"date", "metric", "floor"}`` per line), so lowering one, or raising one
without recording it, fails here. See docs/evaluation.md.

After an improvement, raise the floors to the new scores minus the margin (this
rewrites floors.json and appends to the history; it never lowers a floor):

    PYTHONPATH=src:tests python tests/test_eval_gate.py --raise
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import SHARED

FLOORS = Path(__file__).with_name("floors.json")
HISTORY = Path(__file__).with_name("floors_history.jsonl")
MARGIN = 0.01  # floors sit this far below the measured score

SCHEME_METRICS = {
    "cameo": ("event_f1", "dyad_root_f1", "code_f1", "root_f1", "sentence_accuracy"),
    "cameo-codes": ("code_f1", "root_f1", "right_code", "right_root", "sentence_accuracy"),
    "plover": ("event_f1", "code_f1", "country_pair_accuracy", "sentence_accuracy"),
}
GOLD_SETS = ("petr2_unittest_lotr", "udpetr_validate_lotr", "cameo_manual_examples", "plover_gsr_cameo_manual")


def gold_file(name: str) -> Path:
    return SHARED / "gold" / f"{name}.jsonl"


def load_floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def load_history() -> list[dict]:
    lines = HISTORY.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def highest(history: list[dict]) -> dict[str, float]:
    out: dict[str, float] = {}
    for h in history:
        out[h["metric"]] = max(out.get(h["metric"], 0.0), h["floor"])
    return out


def history_problems(history: list[dict]) -> list[str]:
    """What is wrong with the history: malformed lines, time going back, a floor recorded lower."""
    problems, seen, last_date = [], {}, ""
    for n, h in enumerate(history, 1):
        where = f"{HISTORY.name}:{n}"
        if set(h) != {"date", "metric", "floor"}:
            problems.append(f"{where}: want exactly date, metric, floor")
            continue
        try:
            date.fromisoformat(h["date"])
        except (TypeError, ValueError):
            problems.append(f"{where}: date {h['date']!r} is not YYYY-MM-DD")
            continue
        if h["date"] < last_date:
            problems.append(f"{where}: dates go back in time (the history is append-only)")
        if not isinstance(h["floor"], (int, float)) or not 0 <= h["floor"] <= 1:
            problems.append(f"{where}: floor {h['floor']!r} is not a number in [0, 1]")
            continue
        if h["floor"] < seen.get(h["metric"], 0.0):
            problems.append(f"{where}: {h['metric']} recorded lower than before ({h['floor']} < {seen[h['metric']]})")
        seen[h["metric"]] = max(h["floor"], seen.get(h["metric"], 0.0))
        last_date = max(last_date, h["date"])
    return problems


def floor_problems(floors: dict[str, float], history: list[dict]) -> list[str]:
    """Floors must equal the highest recorded floor of their metric, and none may disappear."""
    best, problems = highest(history), []
    for metric, floor in floors.items():
        if metric not in best:
            problems.append(f"{metric}: floor {floor} is not recorded in {HISTORY.name}")
        elif floor < best[metric]:
            problems.append(f"{metric}: floor {floor} is below the recorded {best[metric]} (floors only move up)")
        elif floor > best[metric]:
            problems.append(f"{metric}: raised to {floor} without a line in {HISTORY.name}")
    problems += [f"{m}: floor removed from {FLOORS.name} (that lowers it to nothing)" for m in sorted(set(best) - set(floors))]
    return problems


# -- floors only move up ----------------------------------------------------------------------


def test_history_is_well_formed_and_never_lowers():
    history = load_history()
    assert history, f"{HISTORY} records no floor"
    assert not history_problems(history), "\n".join(history_problems(history))


def test_floors_only_move_up():
    problems = floor_problems(load_floors()["floors"], load_history())
    assert not problems, "\n".join(problems)


def test_the_checks_catch_a_lowered_floor():
    history = [{"date": "2025-01-01", "metric": "s/code_f1", "floor": 0.2},
               {"date": "2025-02-01", "metric": "s/code_f1", "floor": 0.3}]
    assert floor_problems({"s/code_f1": 0.3}, history) == []
    assert "below the recorded 0.3" in floor_problems({"s/code_f1": 0.25}, history)[0]
    assert "without a line" in floor_problems({"s/code_f1": 0.4}, history)[0]
    assert "floor removed" in floor_problems({}, history)[0]
    assert "not recorded" in floor_problems({"s/code_f1": 0.3, "s/root_f1": 0.1}, history)[0]
    lowered = history + [{"date": "2025-03-01", "metric": "s/code_f1", "floor": 0.1}]
    assert "recorded lower than before" in history_problems(lowered)[0]
    back_in_time = history + [{"date": "2024-12-31", "metric": "s/root_f1", "floor": 0.1}]
    assert "go back in time" in history_problems(back_in_time)[0]
    assert "want exactly" in history_problems([{"metric": "s/code_f1", "floor": 0.1}])[0]


def test_every_gold_set_metric_has_a_floor():
    floors = load_floors()["floors"]
    for name in GOLD_SETS:
        assert any(m.startswith(name + "/") for m in floors), f"{name} has no floor"


@pytest.mark.parametrize("name", GOLD_SETS)
def test_gold_set_is_the_one_floors_were_measured_on(name):
    path = gold_file(name)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared beside the checkout)")
    pinned = load_floors()["corpus"][path.name]
    assert sha256(path) == pinned, (f"{path.name} changed since its floors were measured: the floors no longer "
                                    f"mean anything; re-measure under new metric names (docs/evaluation.md)")


# -- the gate ---------------------------------------------------------------------------------


_MEASURED: dict[str, dict] = {}


def dictionaries_of(name: str) -> Path | None:
    """A gold set's own dictionaries (the PETRARCH suites' ``*_dicts/``): it is coded with them."""
    path = SHARED / "gold" / f"{name}_dicts"
    return path if path.is_dir() else None


def measured(name: str, resources) -> dict:
    """Dyad's scores on one gold set (computed once per process), with the set's own dictionaries."""
    from dyad.evaluation import evaluate_file
    from dyad.pipeline import load_resources

    if name not in _MEASURED:
        if dictionaries_of(name) is not None:
            resources = load_resources(dictionaries=dictionaries_of(name))
        result = evaluate_file(gold_file(name), resources=resources)
        crashes = [f"{r.id}: {r.crash}" for r in result.crashes]
        _MEASURED[name] = {"_scheme": result.scheme, "_crashes": crashes, **result.metrics()}
    return _MEASURED[name]


@pytest.mark.parametrize("name", GOLD_SETS)
def test_scores_at_least_floors(name, resources):
    if not gold_file(name).exists():
        pytest.skip(f"{gold_file(name)} not available (../shared beside the checkout)")
    scores = measured(name, resources)
    assert not scores["_crashes"], f"the coder crashed on {name}: {scores['_crashes']}"
    floors = {m.split("/", 1)[1]: f for m, f in load_floors()["floors"].items() if m.startswith(name + "/")}
    missing = sorted(set(floors) - set(scores))
    assert not missing, f"{name}: floors for metrics the evaluation no longer gives: {missing}"
    below = [f"{m}: {scores[m]:.4f} < floor {f}" for m, f in floors.items() if scores[m] < f]
    assert not below, f"{name} fell below its floors:\n  " + "\n  ".join(below)


# -- raising floors (run as a script) ----------------------------------------------------------


def proposed_floors(resources) -> dict[str, float]:
    out = {}
    for name in GOLD_SETS:
        scores = measured(name, resources)
        for metric in SCHEME_METRICS[scores["_scheme"]]:
            out[f"{name}/{metric}"] = max(0.0, math.floor((scores[metric] - MARGIN) * 1000) / 1000)
    return out


def raise_floors(resources, today: str | None = None) -> list[str]:
    """Raise every floor the current scores allow; record each raise. Returns what changed."""
    data = load_floors() if FLOORS.exists() else {"floors": {}, "corpus": {}}
    data.setdefault("about", "Minimum scores of the evaluation gate; see tests/test_eval_gate.py. "
                             "Floors only move up: raise them with `python tests/test_eval_gate.py --raise`.")
    corpus = {gold_file(n).name: sha256(gold_file(n)) for n in GOLD_SETS}
    moved = [n for n, digest in data["corpus"].items() if corpus.get(n, digest) != digest]
    if moved:
        raise SystemExit(f"gold files changed since the floors were measured: {moved}; "
                         "floors cannot be raised on other data (docs/evaluation.md)")
    today = today or date.today().isoformat()
    changed, lines = [], []
    for metric, floor in proposed_floors(resources).items():
        old = data["floors"].get(metric)
        if old is None or floor > old:
            data["floors"][metric] = floor
            lines.append(json.dumps({"date": today, "metric": metric, "floor": floor}))
            changed.append(f"{metric}: {old} -> {floor}")
    data["corpus"] = corpus
    data["floors"] = dict(sorted(data["floors"].items()))
    FLOORS.write_text(json.dumps({k: data[k] for k in ("about", "corpus", "floors")}, indent=2) + "\n",
                      encoding="utf-8")
    if lines:
        with HISTORY.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return changed


if __name__ == "__main__":
    if sys.argv[1:] != ["--raise"]:
        sys.exit(__doc__)
    from dyad.pipeline import load_resources

    for line in raise_floors(load_resources()) or ["no floor can move up"]:
        print(line)
