"""Input readers, one module per kind of input; ``dyad.ingest`` puts them together.

    common    Rejected records, column mappings, dates, encoding detection
    files     paths, directories, globs, formats by suffix, decompression
    jsonl     JSON Lines
    tables    CSV and TSV
    webpage   HTML pages (trafilatura)
    feeds     RSS and Atom feeds, and the seen-items state
"""

from .common import Columns, OnError, Rejected, log_rejected, parse_date, raise_rejected

__all__ = ["Columns", "OnError", "Rejected", "log_rejected", "parse_date", "raise_rejected"]
