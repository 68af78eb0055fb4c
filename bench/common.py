"""What the benchmarks share: one thread, the default corpus, their command line and their report.

Import it before anything that loads numpy or spaCy: it pins the thread pools
to one thread, the setting every figure in docs/benchmarks.md is measured with.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpora" / "tehran_times.jsonl.gz"


def arguments(doc: str, articles: int, *, seed: bool = True) -> argparse.ArgumentParser:
    """--corpus, --articles, [--seed] and --json; a benchmark adds its own after these."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=articles)
    if seed:
        ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    return ap


def machine() -> str:
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, 1 thread")


def report(figures: dict, path: Path | None) -> None:
    """Print the figures as JSON, and write them to ``path`` too when given."""
    text = json.dumps(figures, indent=2)
    print(text)
    if path:
        path.write_text(text + "\n", encoding="utf-8")
