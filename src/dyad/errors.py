"""Dyad's exception tree.

    DyadError
    ├── DataError        a data file (input, dictionary, pattern, gold set) is malformed
    │   └── InputError   an input article cannot be read; names the file (and line)
    ├── ModelError       the NLP pipeline cannot be loaded
    └── StoreError       the database cannot be opened or written
"""


class DyadError(Exception):
    """Base class of every error Dyad raises on purpose."""


class DataError(DyadError):
    """A data file is malformed or missing; the message names the file and line."""


class InputError(DataError):
    """An input article cannot be read."""


class ModelError(DyadError):
    """The NLP pipeline cannot be loaded."""


class StoreError(DyadError):
    """The event store cannot be opened or written."""
