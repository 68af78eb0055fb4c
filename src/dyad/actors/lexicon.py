"""Dyad's actor knowledge, loaded from the TSV files in ``dyad/data/actors``.

Every phrase is tokenised with the same tokenizer the pipeline uses, so a
lexicon entry matches exactly the tokens a sentence has ("Vice-Admiral" is
three tokens, "U.S." one). Matching is a greedy longest match per sentence.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import attrgetter, ge
from pathlib import Path
from typing import NamedTuple, Sequence

from ..errors import DataError
from ..types import NON_STATE, Sentence

COUNTRY_KINDS = ("country", "adjective", "people", "capital")
PERSON_KINDS = ("person", "surname")


def office_title(title: str) -> str:
    """An office's title as people.tsv spells it: "Defense Minister" -> "defence minister"."""
    return title.lower().replace("defense", "defence")


@dataclass(frozen=True)
class Role:
    """One term of a person in one role (people.tsv)."""

    code: str
    title: str
    start: date | None
    end: date | None  # None: still in office
    where: str = ""

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def describe(self) -> str:
        return f"{self.title} {self.start or '?'}..{self.end or 'now'}"


@dataclass(frozen=True)
class Entry:
    kind: str  # country / adjective / people / capital / seat / agent / org
    code: str  # full code for seats and orgs, ISO3 for country kinds, sector code for agents
    phrase: str
    agent_kind: str = ""  # agents: title / body / group
    case_sensitive: bool = False
    where: str = ""  # file:line it came from
    surface: tuple[str, ...] = ()  # the phrase's tokens, for case-sensitive matching
    roles: tuple[Role, ...] = ()  # people: their terms, oldest first
    # From a user dictionary (see dyad.dictionaries): actors carry their dated codes,
    # agents whether they go before the actor code ("NGO~") or after it ("~GOV").
    dictionary: bool = False
    dated: tuple = ()  # DatedCode records (kind "actor")
    prefix: bool = False  # agents: "CODE~"
    full_names: tuple[str, ...] = ()  # people's surname keys: the full names they stand for

    def role_on(self, day: date | None) -> tuple[Role | None, str]:
        """The role held on ``day``; without a date, the most recent one (and the reason says so)."""
        if not self.roles:
            return None, ""
        if day is not None:
            held = [r for r in self.roles if r.covers(day)]
            if held:
                return max(held, key=lambda r: r.start or date.min), f"held on {day}"
            ended = [r for r in self.roles if r.end is not None and r.end < day]
            if ended:  # CAMEO codes former office-holders as elites of their country
                last = max(ended, key=lambda r: r.end)
                former = Role(last.code[:3] + "ELI", f"former {last.title}", last.end, None, last.where)
                return former, f"no role held on {day}; left office {last.end}"
            first = min(self.roles, key=lambda r: r.start or date.max)
            if first.code[:3] not in NON_STATE:  # a person is of their country before office too
                # ("President Laurent Gbagbo" in a text dated before his term is Ivorian): the
                # country only; the sector is the one the text gives, if any
                later = Role(first.code[:3], f"later {first.title}", None, None, first.where)
                return later, f"no role held on {day}; took office {first.start}"
            return None, f"no role held on {day}"
        latest = max(self.roles, key=lambda r: r.start or date.min)
        return latest, "no date: most recent role"

    def code_on(self, day: date | None) -> tuple[str | None, str]:
        """A dictionary actor's code on ``day`` (date restrictions applied) and why."""
        from ..dictionaries import ActorEntry, code_on

        if not self.dated:
            return self.code, "undated"
        return code_on(ActorEntry((self.phrase,), self.dated, self.where), day)

    def describe(self) -> str:
        """How an explanation names a dictionary entry: file, line, phrase and code."""
        return f"{self.where} {self.phrase!r} [{self.code}{'~' if self.prefix else ''}]"

    # country, sectors and the lower-cased phrase are asked of the same few thousand entries
    # millions of times: each is worked out once per entry (an entry is immutable) and kept in
    # its __dict__.
    @cached_property
    def lowered(self) -> str:
        """``phrase.lower()``: how role and group tables (generic roles, anaphora) key a phrase."""
        return self.phrase.lower()

    @cached_property
    def country(self) -> str | None:
        if self.kind == "actor":
            return self.code[:3] if self.code[:3].isalpha() and not self.code.startswith("IGO") else None
        if self.kind in COUNTRY_KINDS:
            return self.code
        if self.kind in ("seat", "org", *PERSON_KINDS) and not self.code.startswith("IGO"):
            return self.code[:3]
        return None

    @cached_property
    def sectors(self) -> tuple[str, ...]:
        if self.kind == "agent":
            rest = self.code
        elif self.kind == "actor":
            rest = self.code if self.code.startswith("IGO") else self.code[3:]
        elif self.kind in ("seat", "org", *PERSON_KINDS):
            rest = self.code if self.code.startswith("IGO") else self.code[3:]
        elif self.kind == "capital":
            rest = "GOV"
        else:
            rest = ""
        return tuple(rest[k:k + 3] for k in range(0, len(rest), 3))


# A misspelt country name is read only for names this long: shorter ones are one letter from
# too many words and names ("Omani", "Chadi", "Irani"). A known person's surname, and the word
# written for it, need a letter more: seven-letter names are a letter apart from other people's
# and words ("Taraneh" is not Tarawneh, "Shabani" not Shaibani, "Moringa" not Morinaga).
MISSPELT_MIN = 7
MISSPELT_SURNAME_MIN = 8
_MISSPELT_KINDS = {"country": MISSPELT_MIN, "surname": MISSPELT_SURNAME_MIN}


class Hit(NamedTuple):
    """One lexicon match: tokens start..end of a sentence are ``entry``'s phrase.
    (A named tuple: a sentence has a few, made for every sentence, at a third of a
    frozen dataclass's cost.)"""

    start: int
    end: int
    entry: Entry


NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "van", "von", "der", "la", "le"})


def name_words(name: str) -> list[str]:
    """A name's words, lower-cased, split at spaces and hyphens ("Abdul-Aziz al-Hakim")."""
    return [w for w in re.split(r"[\s\-\u2010\u2011]+", name.lower()) if w]


@dataclass(frozen=True)
class Lexicon:
    index: dict  # first lowercased token -> tuple[(tokens, entry), ...] longest first
    generic_roles: frozenset[str]
    _tries: dict = field(default_factory=dict, init=False, compare=False, repr=False)  # see _trie

    def match(self, sentence: Sentence, lower: Sequence[str] | None = None) -> list[Hit]:
        """Greedy longest, non-overlapping matches over the sentence's tokens (``lower``: their
        words lower-cased, when the caller has them already)."""
        toks = sentence.tokens
        lower = lower if lower is not None else list(map(str.lower, map(_TEXT, toks)))
        hits, end, n = [], 0, len(lower)
        for i in compress(range(n), map(self.index.__contains__, lower)):  # few words start an entry
            if i < end:
                continue  # inside the previous match
            node = self._tries.get(lower[i]) or self._trie(lower[i])
            if not node[0] and (i + 1 == n or lower[i + 1] not in node[1]):
                continue  # "the", "of": no entry is the word alone, nor goes on with the next word
            best = self._longest(toks, lower, i, node)
            if best is not None:
                hits.append(best)
                end = best.end
        return self._misspelt_names(toks, lower, hits) if self.misspellings else hits

    def _misspelt_names(self, toks, lower: Sequence[str], hits: list[Hit]) -> list[Hit]:
        """ "Ethopia has agreed", "an offer from Afganistan", "the Phillippines military",
        "President Francois Mitterand", "President Abdelaziz Bouteflicka": a capitalised word no
        entry starts that is a long country name or known surname with one letter left out or
        one letter too many, inside the word: not a letter changed ("Bahrani", a surname, is not
        Bahrain), nor one at either end ("Georgi", "Romani", "Iberia" are words of their own)."""
        found, misspelt = [], self._misspelt
        # only the words long enough, picked out by C-level maps: most words are shorter
        for i in compress(range(len(lower)), map(ge, map(len, lower), repeat(MISSPELT_MIN - 1))):
            entry = misspelt[lower[i]]
            if entry is not None and toks[i].text[:1].isupper() and not any(h.start <= i < h.end for h in hits):
                found.append(Hit(i, i + 1, entry))
        return sorted(hits + found, key=lambda h: h.start) if found else hits

    @cached_property
    def _misspelt(self) -> "_Misspelt":
        """word -> the long name it misspells, or None; each word worked out once (``_Misspelt``)."""
        return _Misspelt(self)

    def misspelt_entry(self, word: str) -> Entry | None:
        """The long name a lower-cased word (of ``MISSPELT_MIN`` letters or more) misspells, if
        any: a letter left out (``misspellings``), or one too many; None for a word an entry starts."""
        if word in self.index:
            return None
        entry = self.misspellings.get(word)  # a letter left out
        if entry is None and (word[0], word[-1], len(word) - 1) in self._name_shapes:  # one too many
            entry = next((e for k in range(1, len(word) - 1)
                          if (e := self.long_names.get(word[:k] + word[k + 1:]))), None)
        return entry

    @cached_property
    def long_names(self) -> dict[str, Entry]:
        """Country names and known people's surnames of one long word (``_MISSPELT_KINDS``),
        lower case: the names a misspelling is read as. A country comes before a surname."""
        out: dict[str, Entry] = {}
        for kind, least in _MISSPELT_KINDS.items():
            for pairs in self.index.values():
                for key, entry in pairs:
                    if entry.kind == kind and len(key) == 1 and len(key[0]) >= least \
                            and key[0].isalpha() and not entry.dictionary:
                        out.setdefault(key[0], entry)
        return out

    @cached_property
    def _name_shapes(self) -> frozenset[tuple[str, str, int]]:
        """(first letter, last letter, length) of each long name: a word with one letter too many
        inside keeps both ends, so only a word of such a shape is tried letter by letter."""
        return frozenset((name[0], name[-1], len(name)) for name in self.long_names)

    @cached_property
    def misspellings(self) -> dict[str, Entry]:
        """Each long name with one letter left out ("ethopia", "mitterand"), unless that is a
        word of the lexicon itself or another long name."""
        out = {}
        for name, entry in self.long_names.items():
            if entry.kind == "surname" and len(name) - 1 < MISSPELT_SURNAME_MIN:
                continue  # the word written would be too short to read as the surname
            for k in range(1, len(name) - 1):
                typo = name[:k] + name[k + 1:]
                if typo not in self.index and typo not in self.long_names:
                    out.setdefault(typo, entry)
        return out

    def _longest(self, toks, lower: Sequence[str], i: int, node: tuple) -> Hit | None:
        """The longest entry that starts at word i (a case-sensitive one only if the case fits);
        ``node`` is the trie of word i (``_trie``)."""
        ends, n, k = [], len(lower), i + 1
        while True:  # walk the words after i as far as some entry goes: one dict lookup per word
            if node[0]:
                ends.append((k, node[0]))
            if k >= n:
                break
            node = node[1].get(lower[k])
            if node is None:
                break
            k += 1
        for k, entries in reversed(ends):  # longest first, then the index's order
            for entry in entries:
                if entry.case_sensitive and _surface(toks, i, k - i) != entry.surface:
                    continue
                return Hit(i, k, entry)
        return None

    def _trie(self, first: str) -> tuple[list[Entry], dict]:
        """The entries starting with ``first`` as a word trie: a node is (the entries whose words
        end there, in the index's order; next word -> node).

        Some first words start a hundred entries ("the", "republic"): the walk looks up
        only the words that follow, instead of one phrase per entry length. Built on first use.
        """
        root = self._tries.get(first)
        if root is None:
            root = ([], {})
            for words, entry in self.index[first]:
                node = root
                for word in words[1:]:
                    node = node[1].setdefault(word, ([], {}))
                node[0].append(entry)
            self._tries[first] = root
        return root

    @cached_property
    def dictionary(self) -> bool:
        """Whether some entry comes from a user dictionary: without one, no phrase is composed
        from dictionary codes (actors/compose.py). Worked out once; the index is not changed."""
        return any(entry.dictionary for pairs in self.index.values() for _, entry in pairs)

    @cached_property
    def office_holders(self) -> dict[tuple[str, str], frozenset[str]]:
        """(country, office title) -> the lower-cased surnames of everyone people.tsv has holding
        it: "Foreign Minister Mabri" in a Tehran-datelined story is none of Iran's foreign
        ministers, so the dateline does not make him Iranian (actors/defaults.py, ``_weak_default``)."""
        out: dict[tuple[str, str], set[str]] = {}
        for pairs in self.index.values():
            for _, e in pairs:
                if e.kind == "surname":
                    for role in e.roles:
                        out.setdefault((role.code[:3], office_title(role.title)), set()).add(e.phrase.lower())
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def given_names(self) -> frozenset[str]:
        """The words of known people's full names besides their surnames, lower-cased: the given
        names an article may write before a surname (actors/names.py, ``another_person``); not
        the words of titles and roles ("ayatollah", "sheikh") nor name particles ("al", "bin").
        Also the entity recogniser's list of frequent given names: "Stefan Scholz, the Austrian
        ambassador" is not Olaf Scholz (held-out seed 2063)."""
        from ..nlp.entities import first_names  # (the spaCy components' module: imported when asked)
        titles = {words[0] for pairs in self.index.values() for words, e in pairs
                  if len(words) == 1 and e.kind == "agent"} | set(self.generic_roles) | NAME_PARTICLES
        given = set()
        for pairs in self.index.values():
            for _, e in pairs:
                if e.kind == "surname":
                    surname = set(name_words(e.phrase))
                    given.update(w for n in e.full_names for w in name_words(n) if w not in surname)
        given.update(n.lower() for n in first_names())
        return frozenset(given - titles)

    def lookup(self, phrase: str) -> list[Entry]:
        """Entries whose phrase is exactly ``phrase`` (case-insensitive)."""
        key = phrase_tokens(phrase)  # remembered: the same datelines and capitals come back
        if not key:
            return []
        return [e for words, e in self.index.get(key[0], ()) if words == key]


_TEXT = attrgetter("text")
MISSPELT_LIMIT = 200_000  # words remembered by Lexicon._misspelt before it starts afresh


class _Misspelt(dict):
    """word -> ``Lexicon.misspelt_entry`` (None for nearly every word), remembered: the same words
    come back in every article (a Zipf vocabulary), and one dict lookup is cheaper than the tests."""

    def __init__(self, lexicon: "Lexicon"):
        super().__init__()
        self.lexicon = lexicon

    def __missing__(self, word: str) -> Entry | None:
        if len(self) >= MISSPELT_LIMIT:
            self.clear()
        entry = self[word] = self.lexicon.misspelt_entry(word)
        return entry


def _surface(toks, i: int, k: int) -> tuple[str, ...]:
    return tuple(t.text for t in toks[i:i + k])


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    from ..nlp.sentences import add_abbreviation_cases

    nlp = spacy.blank("en")
    add_abbreviation_cases(nlp.tokenizer)
    return nlp.tokenizer


def _tokens(phrase: str) -> tuple[str, ...]:
    # The tokenizer keeps "Lt." and "K.U." whole only when capitalised, as news writes them;
    # a lower-case entry ("lt. gen.", a PETRARCH "+K.U." lower-cased on load) is split as
    # text would be, or it could never match.
    if "." in phrase and phrase == phrase.lower():
        return tuple(t.text.lower() for t in _tokenizer()(phrase.title()) if not t.is_space)
    return tuple(t.text for t in _tokenizer()(phrase) if not t.is_space)


def _rows(path: Path, ncols: int):
    """(line number, columns) of a TSV knowledge file; errors name file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror})") from exc
    first = True
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if first and cols[0] in ("name", "names", "phrase", "code"):
            first = False
            continue  # a column header line
        first = False
        if len(cols) < ncols:
            raise DataError(f"{path}:{lineno}: expected {ncols} tab-separated columns, got {len(cols)}")
        yield lineno, [c.strip() for c in cols]


def _alternatives(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip()]


def _is_short_name(phrase: str) -> bool:
    """An organisation's name matched case-sensitively: an acronym, or a short capitalised word
    that is an ordinary word in lower case ("a Fed spokesman" but "fed up"; "Fiat", "Tass")."""
    return _is_acronym(phrase) or (phrase[:1].isupper() and phrase.isalpha() and len(phrase) <= 4)


def _is_acronym(phrase: str) -> bool:
    letters = phrase.replace(".", "").replace(" ", "")
    return letters.isupper() and len(letters) <= 6


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def data_dir() -> Path:
    return Path(str(resources.files("dyad").joinpath("data", "actors")))


def read_entries(directory: Path | None = None) -> list[Entry]:
    d = Path(directory or data_dir())
    entries: list[Entry] = []
    for lineno, cols in _rows(d / "countries.tsv", 5):
        code, where = cols[0], f"countries.tsv:{lineno}"
        _check_code(code, d / "countries.tsv", lineno)
        for kind, names in zip(COUNTRY_KINDS, (cols[1], cols[2], cols[3], cols[4])):
            for alt in _alternatives(names):
                entries.append(Entry(kind, code, alt, "", _is_acronym(alt), where))
    for lineno, cols in _rows(d / "seats.tsv", 2):
        _check_code(cols[1], d / "seats.tsv", lineno)
        entries += [Entry("seat", cols[1], alt, "", False, f"seats.tsv:{lineno}") for alt in _alternatives(cols[0])]
    from .words import actor_words  # (words.py finds its file through this module)

    as_written = actor_words()["as_written"]
    for name in ("organisations.tsv", "institutions.tsv"):
        for lineno, cols in _rows(d / name, 2):
            _check_code(cols[1], d / name, lineno)
            entries += [Entry("org", cols[1], alt, "", _is_short_name(alt) or alt.lower() in as_written,
                              f"{name}:{lineno}") for alt in _alternatives(cols[0])]
    entries += read_people(d / "people.tsv")
    return entries + read_agents(d)


def read_agents(d: Path) -> list[Entry]:
    """agents.tsv's phrases, each with its derived plural."""
    entries = []
    for lineno, cols in _rows(d / "agents.tsv", 3):
        alts = _alternatives(cols[0])
        # an abbreviation takes no derived plural: "corp" (listed with "corp.") is not "corps"
        dotted = {a.rstrip(".") for a in alts if a.endswith(".")}
        for alt in alts:
            forms = {alt} if alt.endswith(".") or alt in dotted else {alt, plural(alt)}
            # a form written capitalised is matched so: "Major" before a name, not "major buyers"
            entries += [Entry("agent", cols[1], f, cols[2], f[:1].isupper(), f"agents.tsv:{lineno}")
                        for f in sorted(forms)]
    return entries


def read_people(path: Path) -> list[Entry]:
    """Full names and surname keys of people.tsv, each with all the terms of that person."""
    roles: dict[tuple[str, str], list[Role]] = {}
    full: dict[str, list[str]] = {}  # surname key -> full names
    for lineno, cols in _rows(path, 6):
        _check_code(cols[3], path, lineno)
        where = f"{path.name}:{lineno}"
        role = Role(cols[3], cols[2], _date(cols[4], path, lineno, False), _date(cols[5], path, lineno, True), where)
        for alt in _alternatives(cols[0]):
            roles.setdefault(("person", alt), []).append(role)
        for alt in _alternatives(cols[1]):
            roles.setdefault(("surname", alt), []).append(role)
            full.setdefault(alt, []).extend(_alternatives(cols[0]))
    out = []
    for (kind, phrase), rs in roles.items():
        rs.sort(key=lambda r: r.start or date.min)
        names = tuple(dict.fromkeys(full[phrase])) if kind == "surname" else ()
        out.append(Entry(kind, rs[-1].code, phrase, "", True, rs[0].where, (), tuple(rs), full_names=names))
    return out


def _date(value: str, path: Path, lineno: int, end: bool) -> date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a partial end date means the end of that month or year."""
    if not value:
        return None
    try:
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            if not end:
                return date(parts[0], parts[1], 1)
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        if len(parts) == 1:
            return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    except ValueError:
        pass
    raise DataError(f"{path}:{lineno}: malformed date {value!r} (YYYY-MM-DD, YYYY-MM or YYYY)")


def _check_code(code: str, path: Path, lineno: int) -> None:
    if not code or not code.isalpha() or not code.isupper() or len(code) % 3:
        raise DataError(f"{path}:{lineno}: malformed actor code {code!r}")


@lru_cache(maxsize=2)
def load_lexicon(directory: str | None = None) -> Lexicon:
    entries = read_entries(Path(directory) if directory else None)
    return build_lexicon(entries, _generic_roles(Path(directory) if directory else data_dir()))


def build_lexicon(entries: list[Entry], generic: frozenset[str] = frozenset()) -> Lexicon:
    index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    seen: set[tuple] = set()
    for entry in entries:
        words = _tokens(entry.phrase)
        if not words:
            continue
        key = tuple(w.lower() for w in words)
        # first entry wins: files are read most specific first; spellings matched by case
        # ("TASS" and Reuters' "Tass") are distinct entries
        once = (key, entry.kind, words if entry.case_sensitive else ())
        if once in seen:
            continue
        seen.add(once)
        index.setdefault(key[0], []).append((key, replace(entry, surface=words)))
    frozen = {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in index.items()}
    return Lexicon(frozen, generic)


def _generic_roles(d: Path) -> frozenset[str]:
    """Roles that defer to a named body; "word<TAB>sibling" lines are returned as "word@sibling"."""
    path = d / "generic_roles.txt"
    if not path.exists():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, mark = line.partition("\t")
        out.add(word.strip().lower())
        if mark.strip() == "sibling":
            out.add(word.strip().lower() + "@sibling")
    return frozenset(out)


def with_dictionaries(base: Lexicon, actors=(), agents=()) -> Lexicon:
    """``base`` with user-dictionary actors and agents merged over it.

    ``actors`` are :class:`dyad.dictionaries.ActorEntry` and ``agents``
    :class:`dyad.dictionaries.AgentEntry` records. A dictionary phrase shadows
    every built-in entry with the same words, so the user's entry wins; among
    dictionary entries the first one read wins.
    """
    entries = [*dictionary_actor_entries(actors), *dictionary_agent_entries(agents)]
    index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    seen: set[tuple[tuple[str, ...], str]] = set()
    for entry in entries:
        words = _tokens(entry.phrase)
        key = tuple(w.lower() for w in words)
        if not key or (key, entry.kind) in seen:
            continue
        seen.add((key, entry.kind))
        index.setdefault(key[0], []).append((key, replace(entry, surface=words)))
    shadowed = {key for key, _ in seen}
    agents = {key for key, kind in seen if kind == "agent"}
    for first, pairs in base.index.items():
        for key, entry in pairs:
            # A built-in role that contains a dictionary agent ("deputy prime minister" and the
            # user's "prime minister") would hide it from the longest match: the user's wins.
            if key not in shadowed and not (entry.kind == "agent" and _contains_any(key, agents)):
                index.setdefault(first, []).append((key, entry))
    # sorted() is stable: for the same length, dictionary entries stay ahead of built-in ones.
    frozen = {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in index.items()}
    return Lexicon(frozen, base.generic_roles)


def _contains_any(key: tuple[str, ...], phrases: set[tuple[str, ...]]) -> bool:
    return any(key[i:i + len(p)] == p for p in phrases if len(p) < len(key) for i in range(len(key) - len(p) + 1))


def dictionary_actor_entries(actors) -> list[Entry]:
    out = []
    for a in actors:
        if not a.codes:
            continue  # the reader noted it; an actor without a code cannot code anything
        default = a.default or a.codes[0].code
        dated = a.codes if any(not c.is_default for c in a.codes) else ()
        out += [Entry("actor", default, phrase, "", False, a.where, dictionary=True, dated=dated)
                for phrase in a.phrases]
    return out


def dictionary_agent_entries(agents) -> list[Entry]:
    return [Entry("agent", a.code, phrase, "", False, a.where, dictionary=True, prefix=a.position == "prefix")
            for a in agents for phrase in (a.phrase, *a.plurals)]


@lru_cache(maxsize=65536)  # verb dictionaries repeat their synsets' phrases in every pattern
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's tokens in lower case, as the pipeline's tokenizer splits them ("won't" -> wo, n't)."""
    return tuple(w.lower() for w in _tokens(phrase))
