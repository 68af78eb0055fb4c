"""Reader for PETRARCH verb dictionaries (the CAMEO.2.0 format).

A verb file holds:

* synsets: a ``&NAME`` line followed by ``+WORD`` lines (``&NAME_`` or a
  trailing ``_`` on a word means that no plural is formed);
* verb blocks: a ``--- NAME [CODE] ---`` header, verb lines
  ``VERB {IRREGULAR FORMS} [code]`` (multi-word verbs such as ``+ASK_FOR``
  mark the verb word with ``+``), and pattern lines
  ``- pre-verb words * post-verb words [CODE] # comment``;
* transformations: ``~ a (a b ATTACK) SAY = a b 015``.

Pattern words are lower-cased and split into tokens. Parentheses and braces
(prepositional and noun phrases) become tokens of their own. So do the
markers ``$`` (source), ``+`` (target), ``%`` (compound actor) and ``^``
(skip a phrase). ``_`` between two words, or between a word and the ``*``,
becomes a ``_`` token ("these must be adjacent"). A ``_`` before white space
is TABARI's "whole word" mark and is dropped. A synset reference is written
``&NAME``, without any trailing ``_``, and matches :attr:`Synset.name`. The
pattern's code is kept as written, e.g. ``042:043`` or ``:173``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .petrarch import Note, _Reader, regular_plural

_HEADER = re.compile(r"^---\s*(?P<name>[^\[\]]*?)\s*(?P<codes>(?:\[[^\[\]]*\]\s*)*)[-\s]*$")
_VERB = re.compile(r"^(?P<verb>[^{}\[\]]+?)\s*(?:\{(?P<forms>[^{}]*)\})?\s*(?:\[(?P<code>[^\[\]]*)\])?$")
_PATTERN_CODE = re.compile(r"\[([^\[\]\s]*)\]\s*$")
_TOKEN = r"_+|[(){}]|&[^\s_(){}*]+|[^\s_(){}]+"
MARKERS = {"$": "source", "+": "target", "%": "compound"}


@dataclass(frozen=True)
class Slot:
    """Where a marker sits in a pattern: ``side`` is ``pre`` or ``post``."""

    side: str
    index: int


@dataclass(frozen=True)
class Synset:
    """A named word set. ``forms`` adds the generated plurals to ``words``."""

    name: str  # "&CURRENCY" (a trailing '_' on the label is dropped)
    words: tuple[str, ...]
    forms: tuple[str, ...]
    where: str


@dataclass(frozen=True)
class VerbForm:
    """A verb of a block.

    ``lemma`` is the whole verb ("ask for") and ``head`` the word that is
    inflected ("ask"). ``forms`` are the other surface forms, as listed in
    ``{...}`` or else generated regularly. ``code`` is the verb's own code, or
    else the block's.
    """

    lemma: str
    forms: tuple[str, ...]
    code: str
    head: str
    irregular: bool  # forms came from {...}
    where: str

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.lemma, *self.forms)


@dataclass(frozen=True)
class VerbPattern:
    """``- pre * post [code]``: the words around the verb, as tokens."""

    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    source_marker_pos: Slot | None
    target_marker_pos: Slot | None
    raw: str
    where: str
    compound_marker_pos: Slot | None = None
    synsets: tuple[str, ...] = ()  # the &NAMEs it refers to
    comment: str = ""  # usually the verb the pattern came from

    def tokens(self) -> tuple[str, ...]:
        return (*self.pre, "*", *self.post)


@dataclass(frozen=True)
class VerbBlock:
    name: str
    code: str  # the block's code; "---" = the bare verb codes no event
    verbs: tuple[VerbForm, ...]
    patterns: tuple[VerbPattern, ...]
    where: str


@dataclass(frozen=True)
class Transformation:
    """``~ pattern = result``: an event-on-event rewrite, kept as written."""

    raw: str
    where: str
    pattern: str = ""
    result: str = ""


@dataclass(frozen=True)
class VerbDictionary:
    source: str
    synsets: dict  # name -> Synset
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[Transformation, ...]
    notes: tuple[Note, ...] = ()

    @property
    def verbs(self) -> tuple[VerbForm, ...]:
        return tuple(v for b in self.blocks for v in b.verbs)

    @property
    def patterns(self) -> tuple[VerbPattern, ...]:
        return tuple(p for b in self.blocks for p in b.patterns)

    def synset_forms(self, name: str) -> tuple[str, ...]:
        """Every phrase a synset matches, with nested ``&NAME`` members expanded."""
        out: list[str] = []
        self._expand(name, out, set())
        return tuple(dict.fromkeys(out))

    def _expand(self, name: str, out: list[str], seen: set[str]) -> None:
        synset = self.synsets.get(name)
        if synset is None or name in seen:
            return
        seen.add(name)
        for form in synset.forms:
            if form.startswith("&"):
                self._expand(form, out, seen)
            else:
                out.append(form)


@dataclass
class _Block:
    name: str
    code: str
    lineno: int
    verbs: list = field(default_factory=list)
    patterns: list = field(default_factory=list)  # (lineno, text after '-'), split at the end


@dataclass
class _State:
    blocks: list = field(default_factory=list)
    synsets: dict = field(default_factory=dict)
    transformations: list = field(default_factory=list)
    block: _Block | None = None
    synset: list | None = None  # [name, lineno, plural?, words, word-plural flags]


def read_verbs(path: str | Path, *, strict: bool = True) -> VerbDictionary:
    """Read a PETRARCH verb dictionary (CAMEO.2.0.txt and the validation files)."""
    reader, state = _Reader(path, strict), _State()
    for lineno, line in reader.lines():
        line = line.strip()
        if line.startswith("+") and state.synset is not None:
            _synset_word(state, line)
            continue
        _close_synset(reader, state)
        _dispatch(reader, state, lineno, line)
    _close_synset(reader, state)
    _close_block(reader, state)
    # Patterns are split only now, because a synset may be defined after its use
    # and a name such as &FIGHT_OF_WORDS must not be read as &FIGHT + "of words".
    tokens = _token_pattern(state.synsets)
    blocks = tuple(VerbBlock(b.name, b.code, tuple(b.verbs), _patterns(reader, b, tokens, state.synsets),
                             reader.where(b.lineno)) for b in state.blocks)
    notes = tuple(sorted(reader.notes, key=lambda n: int(n.where.rsplit(":", 1)[1])))
    return VerbDictionary(str(path), state.synsets, blocks, tuple(state.transformations), notes)


def _token_pattern(synsets: dict) -> re.Pattern:
    names = sorted(synsets, key=len, reverse=True)
    known = "|".join(re.escape(n) for n in names)
    return re.compile((rf"(?:{known})(?=[_\s(){{}}*]|$)|" if names else "") + _TOKEN)


def _patterns(reader: _Reader, block: _Block, tokens: re.Pattern, synsets: dict) -> tuple[VerbPattern, ...]:
    out = []
    for lineno, body in block.patterns:
        pattern = _pattern(reader, lineno, body, tokens)
        if pattern is None:
            continue
        for ref in pattern.synsets:
            if ref not in synsets:
                reader.note(lineno, f"pattern refers to {ref}, which the file never defines")
        out.append(pattern)
    return tuple(out)


def _dispatch(reader: _Reader, state: _State, lineno: int, line: str) -> None:
    if line.startswith("---"):
        _close_block(reader, state)
        state.block = _header(reader, lineno, line)
    elif line.startswith("&"):
        _open_synset(reader, state, lineno, line)
    elif line.startswith("~"):
        state.transformations.append(_transformation(reader, lineno, line))
    elif line.startswith("-") or line.startswith("*"):
        if line.startswith("*"):
            reader.note(lineno, "pattern line without the leading '-'; read as a pattern")
        if _in_block(reader, state, lineno, "pattern"):
            state.block.patterns.append((lineno, line.lstrip("-")))
    elif _in_block(reader, state, lineno, "verb"):
        verb = _verb(reader, lineno, line, state.block.code)
        if verb is not None:
            state.block.verbs.append(verb)


def _in_block(reader: _Reader, state: _State, lineno: int, what: str) -> bool:
    if state.block is None:
        reader.problem(lineno, f"{what} line before any '--- NAME [CODE] ---' block header")
        return False
    return True


def _header(reader: _Reader, lineno: int, line: str) -> _Block | None:
    match = _HEADER.match(line)
    if not match or not match.group("name"):
        reader.problem(lineno, f"block header should read '--- NAME [CODE] ---', got {line!r}")
        return None
    codes = re.findall(r"\[([^\[\]]*)\]", match.group("codes"))
    if len(codes) > 1:
        reader.note(lineno, f"block header has several codes {codes}; the first is used")
    code = codes[0].strip() if codes else "---"
    return _Block(" ".join(match.group("name").split()), code or "---", lineno)


def _close_block(reader: _Reader, state: _State) -> None:
    b = state.block
    if b is None:
        return
    if not b.verbs:
        reader.note(b.lineno, f"block {b.name!r} has no verbs")
    state.blocks.append(b)
    state.block = None


# ---------------------------------------------------------------- synsets


def _open_synset(reader: _Reader, state: _State, lineno: int, line: str) -> None:
    label = line.split()[0]
    if len(line.split()) > 1 or len(label) < 2:
        reader.problem(lineno, f"synset label should be a single '&NAME', got {line!r}")
        return
    state.synset = [label.rstrip("_"), lineno, not label.endswith("_"), [], []]


def _synset_word(state: _State, line: str) -> None:
    text = line[1:].strip()
    words = text.replace("_", " ").split()
    if not words:
        return
    word = " ".join(words)
    state.synset[3].append(word if word.startswith("&") else word.lower())
    state.synset[4].append(not text.endswith("_") and not word.startswith("&"))


def _close_synset(reader: _Reader, state: _State) -> None:
    if state.synset is None:
        return
    name, lineno, plural, words, flags = state.synset
    state.synset = None
    if not words:
        reader.problem(lineno, f"synset {name} has no '+' members")
        return
    if name in state.synsets:
        reader.note(lineno, f"synset {name} defined again; the later definition is used")
    # A member ending in a single 's' is almost always plural already ("dollars").
    plurals = [regular_plural(w) for w, f in zip(words, flags)
               if plural and f and (not w.endswith("s") or w.endswith("ss"))]
    forms = tuple(dict.fromkeys([*words, *plurals]))
    state.synsets[name] = Synset(name, tuple(words), forms, reader.where(lineno))


# ---------------------------------------------------------------- verbs


def _verb(reader: _Reader, lineno: int, line: str, block_code: str) -> VerbForm | None:
    match = _VERB.match(line)
    if not match:
        reader.problem(lineno, f"verb line should read 'VERB {{FORMS}} [CODE]', got {line!r}")
        return None
    text, forms_text, code = match.group("verb"), match.group("forms"), match.group("code")
    words, head = _verb_words(reader, lineno, text)
    if not words:
        reader.problem(lineno, f"no verb in {line!r}")
        return None
    lemma = " ".join(words)
    if forms_text is None:
        forms = _regular_forms(words, head)
    else:
        forms = tuple(" ".join(_verb_words(None, lineno, f)[0]) for f in forms_text.split())
    code = code.strip() if code and code.strip() else block_code
    return VerbForm(lemma, forms, code, words[head], forms_text is not None, reader.where(lineno))


def _verb_words(reader: _Reader | None, lineno: int, text: str) -> tuple[list[str], int]:
    """The verb's words (lower case) and the index of the inflected one."""
    parts = [p for p in re.split(r"[\s_]+", text.strip()) if p]
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    words = [p.lstrip("+").lower() for p in parts]
    if len(parts) > 1 and not marked and reader is not None:
        reader.note(lineno, f"multi-word verb {text.strip()!r} has no '+' on its verb word; the first word is used")
    return [w for w in words if w], (marked[0] if marked else 0)


def _regular_forms(words: list[str], head: int) -> tuple[str, ...]:
    verb = words[head]
    forms = []
    for form in (_third_person(verb), _past(verb), _gerund(verb)):
        forms.append(" ".join(words[:head] + [form] + words[head + 1:]))
    return tuple(dict.fromkeys(forms))


def _third_person(verb: str) -> str:
    return regular_plural(verb)


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return verb[:-1] + "ied"
    return verb + "ed"


def _gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "oe", "ye")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


# ---------------------------------------------------------------- patterns


def _pattern(reader: _Reader, lineno: int, body: str, tokens: re.Pattern) -> VerbPattern | None:
    raw = body.strip()
    match = _PATTERN_CODE.search(raw)
    if not match:
        reader.problem(lineno, f"pattern has no [CODE] at its end: {raw!r}")
        return None
    text = raw[:match.start()]
    if text.count("*") != 1:
        reader.problem(lineno, f"pattern needs exactly one '*' for the verb, found {text.count('*')}: {raw!r}")
        return None
    before, _, after = text.partition("*")
    pre, post = _tokens(tokens, before, right_glued=True), _tokens(tokens, after, left_glued=True)
    _check_balance(reader, lineno, pre + post, raw)
    slots = {role: _slot(reader, lineno, marker, pre, post) for marker, role in MARKERS.items()}
    refs = tuple(dict.fromkeys(t for t in pre + post if t.startswith("&")))
    return VerbPattern(pre, post, match.group(1), slots["source"], slots["target"], "-" + body.rstrip(),
                       reader.where(lineno), slots["compound"], refs, reader.comment(lineno))


def _tokens(tokens: re.Pattern, text: str, *, left_glued: bool = False,
            right_glued: bool = False) -> tuple[str, ...]:
    """Split one side of a pattern; see the module docstring for the rules."""
    out: list[str] = []
    padded = (" " if not left_glued else "*") + text + ("*" if right_glued else " ")
    for m in tokens.finditer(text):
        tok = m.group()
        if tok.startswith("_"):
            before, after = padded[m.start()], padded[m.end() + 1]
            if not before.isspace() and not after.isspace():
                out.append("_")
            continue
        out.append(tok if tok.startswith("&") else tok.lower())
    return tuple(out)


def _check_balance(reader: _Reader, lineno: int, tokens: tuple[str, ...], raw: str) -> None:
    for open_, close in ("()", "{}"):
        depth = 0
        for tok in tokens:
            depth += (tok == open_) - (tok == close)
            if depth < 0 or depth > 1:
                break
        if depth != 0:
            reader.note(lineno, f"unbalanced '{open_}{close}' in pattern {raw!r}; tokens kept as written")


def _slot(reader: _Reader, lineno: int, marker: str, pre: tuple, post: tuple) -> Slot | None:
    found = [Slot("pre", i) for i, t in enumerate(pre) if t == marker]
    found += [Slot("post", i) for i, t in enumerate(post) if t == marker]
    if len(found) > 1:
        reader.note(lineno, f"{len(found)} '{marker}' markers in one pattern; the first is reported")
    return found[0] if found else None


def _transformation(reader: _Reader, lineno: int, line: str) -> Transformation:
    pattern, eq, result = line[1:].partition("=")
    if not eq:
        reader.note(lineno, f"transformation without '=': {line!r}; kept as written")
    return Transformation(line, reader.where(lineno), " ".join(pattern.split()), " ".join(result.split()))
