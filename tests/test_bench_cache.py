"""bench/coder.py caches parsed sentences; the cache must be remade when anything that shapes a
parse changes: the splitter and every parse repair with their word lists (a hand-kept list of
modules once left out subordinator.py, and the benchmark coded stale parses)."""

from __future__ import annotations

import importlib.util
import sys

from conftest import REPO


def _bench():
    # bench/coder.py imports bench/common.py (tests/test_datelines.py imports bench/places.py so too)
    if str(REPO / "bench") not in sys.path:
        sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("bench_coder", REPO / "bench" / "coder.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_module_and_list_that_shapes_a_parse_keys_the_cache():
    names = {p.relative_to(REPO / "src" / "dyad" / "nlp").as_posix() for p in _bench().parse_inputs()}
    assert {"sentences.py", "repair.py", "subordinator.py", "comitative.py", "perfect.py", "hyphen.py",
            "verbs.py", "data/glued_openers.txt", "data/irregular_verbs.tsv", "data/time_words.txt"} <= names
