"""The event an appeal, demand, promise, refusal or threat is about.

"urged Iran to release the sailors", "demanded that the US cancel the sale",
"refused to lift the curfew", "threatened to impose sanctions": the governing
verb's code depends on the event its complement names. A pattern with a
``topic`` reads that event's intent code (03x for cooperation, 13x for
conflict) and turns it into its own family's code through ``topics.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..errors import DataError
from ..ontology import load_ontology

TABLE = "topics.tsv"


@lru_cache(maxsize=1)
def topic_table() -> dict[str, dict[str, str]]:
    """topic -> {intent code -> code}, checked against the ontology."""
    resource = resources.files("dyad.coder").joinpath("data", TABLE)
    lines = [(n, line) for n, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    header = lines[0][1].split("\t")
    ontology = load_ontology()
    table: dict[str, dict[str, str]] = {name: {} for name in header[1:]}
    for n, line in lines[1:]:
        fields = line.split("\t")
        if len(fields) != len(header) or not all(ontology.is_code(f) for f in fields):
            raise DataError(f"{resource}:{n}: expected {len(header)} CAMEO codes, got {line!r}")
        for name, code in zip(header[1:], fields[1:]):
            table[name][fields[0]] = code
    return table


def topic_code(topic: str, intent: str | None) -> str | None:
    """The ``topic`` family's code for a complement whose intent code is ``intent``.

    Intent and threat keep the complement's own 03x / 13x code; appeal, demand
    and reject map a 03x code (or its nearest listed ancestor) through the table.
    """
    if intent is None:
        return None
    if topic == "intent":
        return intent if intent[:2] in ("03", "13") else None
    if topic == "threaten":
        return intent if intent[:2] == "13" else None
    column = topic_table().get(topic, {})
    for length in range(len(intent), 2, -1):
        if intent[:length] in column:
            return column[intent[:length]]
    return None
