"""English irregular verb forms, ``nlp/data/irregular_verbs.tsv``: read by the parse repairs
(a past form the tagger took for an adjective) and by the coder's lemma mends (a past form the
lemmatiser left as written)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..places.sources import rows


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    """An irregular verb's past and participle forms -> its base ("fought" -> "fight",
    "overthrew" -> "overthrow")."""
    return read_irregular_verbs(str(Path(__file__).with_name("data") / "irregular_verbs.tsv"))


def read_irregular_verbs(path: str) -> dict[str, str]:
    """The forms -> base table of ``path``, checked: a form listed twice or equal to its base is an
    error naming file and line, since either would mend one verb into another."""
    source = Path(path)
    forms: dict[str, str] = {}
    for lineno, (base, listed) in rows(source, 2):
        for form in filter(None, (f.strip() for f in listed.split("|"))):
            if form == base or form in forms:
                why = "is its own base" if form == base else f"is already a form of {forms[form]!r}"
                raise DataError(f"{source}:{lineno}: {form!r} {why}")
            forms[form] = base
    return forms
