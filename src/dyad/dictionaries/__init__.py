"""User-supplied dictionaries: PETRARCH/TABARI files and Dyad's own CSV/YAML format.

Readers turn dictionary files into frozen records. They do not code events:
the coder decides how to use the records.

    load_dictionaries(path)     a directory or a list of files; each file is sorted
                                by its name (or content) into actors, agents,
                                discards or verbs
    read_actors / read_agents / read_discards / read_verbs    one PETRARCH file
    read_user_dictionary        Dyad's CSV or YAML actor format
    code_on(entry, day)         an actor's code on a day, and why

Errors: a malformed line raises ``dyad.errors.DataError("file:line: problem")``.
With ``strict=False`` the line is skipped and a ``Note`` records the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import DataError
from .petrarch import (ActorDictionary, ActorEntry, AgentDictionary, AgentEntry, DatedCode, DiscardEntry,
                       DiscardList, Note, code_on, parse_date, read_actors, read_agents, read_discards)
from .petrarch_verbs import (Slot, Synset, Transformation, VerbBlock, VerbDictionary, VerbForm, VerbPattern,
                             read_verbs)
from .userdict import read_user_dictionary

__all__ = [
    "ActorDictionary", "ActorEntry", "AgentDictionary", "AgentEntry", "DatedCode", "DiscardEntry",
    "DiscardList", "Dictionaries", "Note", "Slot", "Synset", "Transformation", "VerbBlock",
    "VerbDictionary", "VerbForm", "VerbPattern", "classify", "code_on", "load_dictionaries",
    "parse_date", "read_actors", "read_agents", "read_discards", "read_user_dictionary", "read_verbs",
]

KINDS = ("actors", "agents", "discards", "verbs", "ontology", "user")


@dataclass(frozen=True)
class Dictionaries:
    """Every dictionary read by :func:`load_dictionaries`, in the order given."""

    actors: tuple[ActorDictionary, ...] = ()
    agents: tuple[AgentDictionary, ...] = ()
    discards: tuple[DiscardList, ...] = ()
    verbs: tuple[VerbDictionary, ...] = ()
    skipped: tuple[Note, ...] = ()  # files not read, with the reason

    @property
    def notes(self) -> tuple[Note, ...]:
        files = (*self.actors, *self.agents, *self.discards, *self.verbs)
        return (*self.skipped, *(n for f in files for n in f.notes))

    def actor_entries(self) -> tuple[ActorEntry, ...]:
        return tuple(e for d in self.actors for e in d.entries)

    def agent_entries(self) -> tuple[AgentEntry, ...]:
        return tuple(e for d in self.agents for e in d.entries)

    def discard_entries(self) -> tuple[DiscardEntry, ...]:
        return tuple(e for d in self.discards for e in d.entries)


def load_dictionaries(paths: str | Path | Iterable[str | Path], *, strict: bool = True) -> Dictionaries:
    """Read every dictionary in a directory (not recursive) or in a list of files.

    A directory's non-dictionary files, such as README or ORIGIN notes, are
    skipped with a note. So are PETRARCH's internal coding ontology files,
    because Dyad has its own code tables. A file named explicitly that cannot
    be classified is an error.
    """
    found: dict[str, list] = {k: [] for k in KINDS}
    skipped: list[Note] = []
    for path, explicit in _files(paths):
        kind, why = classify(path)
        if kind is None:
            if explicit:
                raise DataError(f"{path}: not a dictionary Dyad can read ({why})")
            skipped.append(Note(str(path), f"skipped: {why}"))
        elif kind == "ontology":
            skipped.append(Note(str(path), "skipped: PETRARCH internal coding ontology (Dyad uses its own code tables)"))
        else:
            found[kind].append(_READERS[kind](path, strict=strict))
    return Dictionaries(tuple(found["actors"] + found["user"]), tuple(found["agents"]),
                        tuple(found["discards"]), tuple(found["verbs"]), tuple(skipped))


_READERS = {"actors": read_actors, "agents": read_agents, "discards": read_discards,
            "verbs": read_verbs, "user": read_user_dictionary}


def _files(paths) -> list[tuple[Path, bool]]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[tuple[Path, bool]] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += [(f, False) for f in sorted(p.iterdir()) if f.is_file() and not f.name.startswith(".")]
        elif p.exists():
            out.append((p, True))
        else:
            raise DataError(f"{p}: no such dictionary file or directory")
    return out


_PETRARCH_SUFFIXES = ("", ".txt", ".actors", ".agents", ".verbs", ".discards")
_NAME_RULES = (
    ("ontology", re.compile(r"ontology", re.I)),
    ("verbs", re.compile(r"verb|cameo\.\d", re.I)),
    ("agents", re.compile(r"agent", re.I)),
    ("discards", re.compile(r"discard", re.I)),
    ("actors", re.compile(r"actor", re.I)),
)


def classify(path: str | Path) -> tuple[str | None, str]:
    """(kind, reason): the dictionary kind from the file name, else the content."""
    path = Path(path)
    if path.suffix.lower() in (".csv", ".yaml", ".yml"):
        return "user", "Dyad user dictionary (by extension)"
    if path.suffix.lower() not in _PETRARCH_SUFFIXES:
        return None, f"not a dictionary file type ({path.suffix})"
    for kind, rule in _NAME_RULES:
        if rule.search(path.name):
            return kind, f"{kind} (by file name)"
    return _sniff(path)


def _sniff(path: Path) -> tuple[str | None, str]:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError as exc:
        return None, f"cannot read ({exc.strerror})"
    lines = [ln for ln in head.splitlines() if ln.strip() and not ln.lstrip().startswith(("#", "<!"))]
    if any(re.match(r"^---\s*\S.*\[", ln) for ln in lines):
        return "verbs", "verbs (a '--- NAME [CODE] ---' block header)"
    if any(re.search(r"\[\s*~|~\s*\]", ln) for ln in lines):
        return "agents", "agents (a [~CODE] agent code)"
    if any(re.search(r"\[[A-Z]{3}[A-Z0-9]*(\s+[<>]?\d{6,8}.*)?\]", ln) for ln in lines):
        return "actors", "actors (a [CODE] actor code)"
    if "PICO" in head or "Internal Coding Ontology" in head:
        return "ontology", "PETRARCH internal coding ontology"
    return None, "no dictionary name (actors, agents, discards, verbs) and no recognisable content"
