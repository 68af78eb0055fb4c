"""Input files: which paths a name stands for, what format each is, and how to open it.

A name may be a file, a directory (searched recursively, sorted) or a glob
("news/**/*.jsonl.gz"). A file's format comes from its suffix, under an
optional compression suffix: ``report.html.gz``, ``dump.csv.bz2``,
``corpus.jsonl.zst``.
"""

from __future__ import annotations

import bz2
import glob
import gzip
import io
import lzma
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from .common import OnError, Rejected

__all__ = ["COMPRESSIONS", "FORMATS", "expand", "input_format", "open_binary", "stem"]

# suffix -> format. "feed" is a saved RSS/Atom document.
FORMATS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def _open_zstd(path: Path) -> BinaryIO:
    try:
        import zstandard
    except ImportError as e:
        raise InputError(f"{path}: reading .zst files needs the 'zstandard' package "
                         "(pip install zstandard)") from e
    raw = open(path, "rb")
    # read_across_frames: files written by the zstd CLI in several frames read whole.
    reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
    return io.BufferedReader(reader)


COMPRESSIONS: dict[str, Callable[[Path], BinaryIO]] = {
    ".gz": lambda p: gzip.open(p, "rb"),
    ".bz2": lambda p: bz2.open(p, "rb"),
    ".xz": lambda p: lzma.open(p, "rb"),
    ".zst": _open_zstd,
}


def split_suffixes(name: str) -> tuple[str, str | None, str | None]:
    """(stem, format suffix, compression suffix) of a file name: 'a.csv.gz' -> ('a', '.csv', '.gz')."""
    base, compression = name, None
    for suffix in COMPRESSIONS:
        if name.lower().endswith(suffix):
            base, compression = name[: -len(suffix)], suffix
            break
    dot = base.rfind(".")
    if dot > 0 and base[dot:].lower() in FORMATS:
        return base[:dot], base[dot:].lower(), compression
    return base, None, compression


def input_format(path: Path) -> str | None:
    """'text', 'jsonl', 'csv', 'tsv', 'html' or 'feed'; None for a file Dyad does not read."""
    _, suffix, _ = split_suffixes(path.name)
    return FORMATS.get(suffix) if suffix else None


def stem(path: Path) -> str:
    """File name without its format and compression suffixes: 'a.jsonl.gz' -> 'a'."""
    return split_suffixes(path.name)[0]


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed by its suffix."""
    _, _, compression = split_suffixes(path.name)
    if compression is None:
        return open(path, "rb")
    return COMPRESSIONS[compression](path)


# Errors a decompressor raises on a corrupt or truncated file, besides OSError.
def decompression_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, EOFError, lzma.LZMAError]
    try:
        import zstandard

        errors.append(zstandard.ZstdError)
    except ImportError:
        pass
    return tuple(errors)


def expand(name: str, report: OnError) -> list[Path]:
    """The input files a name stands for, sorted; InputError if a plain path is missing.

    Files of other types found in a directory or by a glob are reported and
    skipped; hidden files and directories (".git", ".dyad-feeds.json") are
    skipped silently, as tools' own state.
    """
    path = Path(name)
    if not path.exists() and glob.has_magic(name):
        matches = sorted(Path(p) for p in glob.glob(name, recursive=True))
        if not matches:
            report(Rejected(name, "no files match the pattern", "empty"))
        return [f for m in matches for f in _expand_existing(m, report, explicit=False)]
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    return _expand_existing(path, report, explicit=True)


def _expand_existing(path: Path, report: OnError, *, explicit: bool) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        files = [p for p in found if _accept(p, report)]
        if not files:
            report(Rejected(str(path), f"no readable files in directory ({_supported()})", "empty"))
        return files
    if input_format(path) is None:
        if explicit:
            raise InputError(f"{path}: unsupported input type (expected {_supported()} or a directory)")
        report(Rejected(str(path), f"unsupported input type (expected {_supported()})", "unsupported"))
        return []
    return [path]


def _accept(path: Path, report: OnError) -> bool:
    if input_format(path) is not None:
        return True
    report(Rejected(str(path), f"unsupported input type (expected {_supported()})", "unsupported"))
    return False


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _supported() -> str:
    compressed = "/".join(COMPRESSIONS)
    return f"{', '.join(FORMATS)}, optionally compressed {compressed}"
