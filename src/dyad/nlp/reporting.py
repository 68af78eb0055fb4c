"""The trailing reporting clause of news copy (``reporting-clause``, one of the parse repairs of
``nlp/repair.py``):

    "… met with Deputy Minister Qassemi Taqizadeh, Tasnim reported."
    "… ties with Iran, Foreign Minister Sergei Lavrov said."
    "… ties with Iran, said Lavrov."

Small parsers often take the name before the comma as the subject of "reported", or the
speaker as a conjunct of the last noun; the coder then loses the event or takes the speaker for
a target. The repair rewrites such a sentence to the shape the coder's reported-speech rules
read: the reporting verb is the root, the speaker its ``nsubj``, the main clause its ``ccomp``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..errors import DataError
from ..types import Sentence, Token
from .datafiles import data_fields, data_text

REPORTING_CLAUSE = "reporting-clause"
# Subjects. A repair never takes one from a clause that has it (the main clause keeps these).
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_SPEAKER_POS = _NOMINAL | {"DET", "ADJ", "NUM", "PUNCT", "CCONJ"}
_MAX_SPEAKER = 8
_MAX_TAIL = 5
_DASHES = frozenset({"–", "—", "-", "--", ":"})
_QUOTES = frozenset({'"', "'", "\u201d", "\u2019", "''"})


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, bool]:
    """Reporting verbs (lemmas) -> whether the speaker may follow them (", said Lavrov.")."""
    return read_reporting_verbs(data_text("reporting_verbs.txt"), "reporting_verbs.txt")


def read_reporting_verbs(text: str, where: str) -> dict[str, bool]:
    """``LEMMA [speaker-after]`` lines; a bad line is an error naming ``where`` and the line."""
    verbs = {}
    for n, fields, line in data_fields(text):
        if fields[1:] not in ([], ["speaker-after"]):
            raise DataError(f"{where}:{n}: expected 'LEMMA [speaker-after]', got {line!r}")
        verbs[fields[0]] = len(fields) == 2
    return verbs


def reporting_clause(sentence: Sentence) -> Sentence:
    """The sentence with a trailing reporting clause made the root (else unchanged)."""
    clause = _reporting_clause(sentence.tokens)
    if clause is None:
        return sentence
    tokens = sentence.tokens
    comma, verb, speaker, _ = clause
    root, speaker_root = _main_root(tokens, range(0, comma)), _speaker_root(tokens, speaker)
    if _already_right(tokens, comma, verb, root, speaker_root):
        return sentence
    heads, deps = _rewrite(tokens, *clause, root, speaker_root)
    if all(t.head == h and t.dep == d for t, h, d in zip(tokens, heads, deps)):
        return sentence
    new = tuple(t if (t.head, t.dep) == (h, d) else replace(t, head=h, dep=d)
                for t, h, d in zip(tokens, heads, deps))
    return repaired(sentence, new, REPORTING_CLAUSE)


def _reporting_clause(tokens: tuple[Token, ...]) -> tuple[int, int, range, range] | None:
    """(comma, verb, speaker tokens, tail tokens) of ", SPEAKER VERB [tail]." or ", VERB SPEAKER."."""
    end = len(tokens)
    while end and tokens[end - 1].pos == "PUNCT" and tokens[end - 1].text != ",":
        end -= 1
    if end == len(tokens) or end < 5:
        return None
    verbs = reporting_verbs()
    for v in range(end - 1, max(end - 2 - _MAX_TAIL, 1), -1):
        if tokens[v].lemma in verbs and tokens[v].tag in ("VBD", "VBZ"):
            break
    else:
        return None
    tail = range(v + 1, end)
    if any(t.pos in ("VERB", "AUX") or t.text == "," for t in tokens[v + 1:end]):
        return None
    if not any(t.pos in ("VERB", "AUX") for t in tokens[:v - 1]):
        return None
    if tokens[v - 1].text == "," and verbs[tokens[v].lemma]:  # ", said Lavrov."
        speaker = range(v + 1, end)
        tail = range(end, end)
        return (v - 1, v, speaker, tail) if _is_speaker(tokens, speaker) else None
    comma = next((i for i in range(v - 1, max(v - 3 - _MAX_SPEAKER, 0), -1) if tokens[i].text == ","), None)
    if comma is None or comma < 3:
        return None
    start = comma + 1
    while start < v and tokens[start].text in _QUOTES:  # '"…ties," Lavrov said.'
        start += 1
    speaker = range(start, v)
    return (comma, v, speaker, tail) if _is_speaker(tokens, speaker) else None


def _is_speaker(tokens: tuple[Token, ...], span: range) -> bool:
    """A short noun phrase: no verbs, no conjunctions, at least one nominal."""
    if not 0 < len(span) <= _MAX_SPEAKER:
        return False
    words = [tokens[i] for i in span]
    if words[0].pos in ("CCONJ", "SCONJ", "ADP", "PUNCT") or any(t.text in (",", ";", ":") for t in words):
        return False
    if words[-1].pos == "CCONJ" or sum(t.pos == "CCONJ" for t in words) > 1:
        return False  # "officials and witnesses said" is a speaker; "and" ending it or two lists are not
    return all(t.pos in _SPEAKER_POS for t in words) and any(t.pos in _NOMINAL for t in words)


def _rewrite(tokens, comma: int, verb: int, speaker: range, tail: range, root: int, speaker_root: int
             ) -> tuple[list[int], list[str]]:
    heads, deps = [t.head for t in tokens], [t.dep for t in tokens]
    main = range(0, comma)
    heads[verb], deps[verb] = verb, "ROOT"
    heads[root], deps[root] = verb, "ccomp"
    heads[speaker_root], deps[speaker_root] = verb, "nsubj"
    heads[comma], deps[comma] = verb, "punct"
    for i in range(comma + 1, min(speaker.start, verb)):  # a closing quote belongs to the quotation
        heads[i], deps[i] = root, "punct"
    for i in main:
        if i != root and (heads[i] not in main or heads[i] == i):
            governor = _governor(tokens, i, root)
            heads[i], deps[i] = governor, _stray_dep(tokens, i, governor)
    for i in speaker:
        if i != speaker_root and heads[i] not in speaker:
            heads[i], deps[i] = speaker_root, "compound" if deps[i] in _SUBJECTS | {"conj", "appos"} else deps[i]
            if i > speaker_root:  # the second of two coordinated speakers
                deps[i] = "conj"
    tail_root = _span_root(tokens, tail) if tail else None
    for i in tail:
        if heads[i] not in tail or i == tail_root:
            heads[i] = verb
            if deps[i] in _SUBJECTS | {"ROOT", "conj", "appos", "ccomp", "punct"} and tokens[i].pos != "PUNCT":
                deps[i] = "obl"
    for i in range(max(tail.stop, speaker.stop), len(tokens)):
        heads[i], deps[i] = verb, "punct"
    return heads, deps


def _already_right(tokens, comma: int, verb: int, root: int, spk: int) -> bool:
    """The parser's own reading is one the coder understands: leave it alone."""
    main = range(0, comma)
    if tokens[spk].head != verb or tokens[spk].dep != "nsubj":
        return False
    if any(i != root and tokens[i].head not in main and tokens[i].pos != "PUNCT" for i in main):
        return False
    return (tokens[root].head == verb and tokens[verb].head == verb) or tokens[verb].head == root


def _main_root(tokens, span: range) -> int:
    """The main clause's root: of the words it hangs from, a verb first, then the first.

    A dateline ("TEHRAN –") the parser made the root does not count: the
    words hung on it are looked at instead. Punctuation and copulas never count.
    """
    tops = [i for i in span if tokens[i].head not in span or tokens[i].head == i]
    datelines = {i for i in tops if _is_dateline(tokens, i)}
    pool = [i for i in tops if i not in datelines]
    pool += [t.i for t in tokens if t.head in datelines and t.i in span and t.i not in datelines]
    pool = [i for i in pool if tokens[i].pos != "PUNCT"] or tops or [span.start]
    verbs = [i for i in pool if tokens[i].pos == "VERB" or (tokens[i].pos == "AUX" and tokens[i].dep not in
                                                             ("cop", "aux", "aux:pass"))]
    return min(verbs or pool)


def _is_dateline(tokens, i: int) -> bool:
    return i < 3 and tokens[i].pos == "PROPN" and any(t.text in _DASHES for t in tokens[i + 1:i + 3])


def _speaker_root(tokens, speaker: range) -> int:
    """The speaker's head; of two coordinated speakers ("Palestinian officials and US
    witnesses"), the first's (``_is_speaker`` allows one "and", never first or last)."""
    conj = next((i for i in speaker if tokens[i].pos == "CCONJ"), None)
    return _span_root(tokens, range(speaker.start, conj) if conj is not None else speaker)


def _span_root(tokens, span: range) -> int:
    """The span's head: the last nominal headed outside it (or the last nominal)."""
    outside = [i for i in span if tokens[i].head not in span or tokens[i].head == i]
    nominal = [i for i in outside if tokens[i].pos in _NOMINAL] or [i for i in span if tokens[i].pos in _NOMINAL]
    return (nominal or list(span))[-1]


def _governor(tokens, i: int, root: int) -> int:
    """Where a stray main-clause word hangs: the nearest verb before it, else the main root."""
    if tokens[i].pos == "PUNCT" or tokens[i].head == i:
        return root
    return next((j for j in range(i - 1, -1, -1) if tokens[j].pos == "VERB" and not under(tokens, j, i)), root)


def repaired(sentence: Sentence, tokens: Sequence[Token], *names: str) -> Sentence:
    """``sentence`` with the rewritten ``tokens``, naming the repairs made (every repair module's
    result; kept here, with ``under``, because they all import this module)."""
    return replace(sentence, tokens=tuple(tokens), repairs=sentence.repairs + names)


def each_repaired(sentence: Sentence, name: str, misread, rewrite) -> Sentence:
    """``sentence`` with ``rewrite(tokens, token, *found)`` done wherever ``misread(tokens, token)``
    finds the misreading (else unchanged): the shape of the one-pattern repairs, such as
    ``perfect-participle``, ``false-auxiliary`` and ``gerund-compound``."""
    tokens = list(sentence.tokens)
    changed = False
    for token in sentence.tokens:
        found = misread(tokens, token)
        if found is not None:
            rewrite(tokens, tokens[token.i], *found)
            changed = True
    return repaired(sentence, tokens, name) if changed else sentence


def under(tokens, j: int, i: int) -> bool:
    """Is token j in token i's subtree (so hanging i on j would make a cycle)?"""
    for _ in range(len(tokens)):
        if j == i:
            return True
        if tokens[j].head == j:
            return False
        j = tokens[j].head
    return True


def _stray_dep(tokens, i: int, root: int) -> str:
    """A main-clause word the parser had hung on the reporting clause: re-hung on the main verb."""
    dep = tokens[i].dep
    if tokens[i].pos == "PUNCT":
        return "punct"
    if tokens[i].head == i:  # a second root, such as a dateline's "TEHRAN –"
        return "dep"
    if dep not in _SUBJECTS | {"ROOT", "appos", "conj", "ccomp", "parataxis", "dep"}:
        return dep
    if dep in ("nsubj", "nsubj:pass") and i < root and not any(t.head == root and t.dep in _SUBJECTS
                                                              for t in tokens):
        return dep  # "Israeli bulldozers demolished homes, officials and witnesses said": the main subject
    if any(t.head == i and t.dep == "case" for t in tokens):
        return "obl"
    has_obj = any(t.head == root and t.dep == "obj" and t.i != i for t in tokens)
    return "obl" if has_obj else "obj"
