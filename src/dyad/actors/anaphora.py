"""Definite descriptions that point back: "the court", "the ambassador", "the organization".

"The court rejected preliminary U.S. objections", a few sentences after "the International
Court of Justice", is the ICJ; without this rule the role word "court" took the dateline's
country (IRNJUD in a Tehran paper). "Mounesan invited the ambassador" after "Chinese
Ambassador to Tehran Chang Hua" is China's ambassador, not Iran's. A singular "the
(adjective) WORD" with no country, name, owner or complement of its own takes the actor last
named with a word of the same group of ``data/actors/anaphora.tsv``, if that actor was named
(or pointed back to) in the last ``WINDOW`` sentences. Only the words listed there are read
this way: "the government" or "the country" in an Iranian paper is nearly always Iran's,
whatever was named before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..coder.syntax import SPEECH, Graph, speech_head, subject, subtree
from ..errors import DataError
from ..types import Actor, ActorMention
from .lexicon import PERSON_KINDS, Hit, Lexicon, data_dir
from .words import actor_words

WINDOW = 5  # sentences: further back, "the court" is no longer the one named then
DETERMINERS = frozenset({"the", "this", "that"})
# what a bare description may have besides its determiner: an adjective ("the top court"),
# the rest of its own role phrase ("the Security Council", "the prime minister"), punctuation,
# a non-finite clause ("invited the ambassador to tour the country"), a possessive "'s" or preposition
BARE_DEPS = frozenset({"det", "amod", "compound", "punct", "acl", "case"})
PLURAL = frozenset({"NNS", "NNPS"})  # "the two ministers" are not the one named last
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})


@dataclass(frozen=True)
class Referent:
    actor: Actor
    name: str | None  # a person's surname, so that "the ambassador" is also the next "he"
    sentence: int  # where it was last named or pointed back to


@dataclass
class Referents:
    """The actor last named under each group of role words, in one article."""

    words: Words
    lexicon: Lexicon
    last: dict[str, Referent] = field(default_factory=dict)
    by_name: dict[str, set[str]] = field(default_factory=dict)  # a person's surname -> their groups

    def note(self, actor: Actor, name: str | None, hits: list[Hit], sentence: int, day=None) -> None:
        """Remember an actor whose words name it, under the groups of its role words: an agent's
        phrase and its last word ("Foreign Minister" -> foreign minister, minister), the words
        of every name of a named body ("IAEA" is also the International Atomic Energy
        *Agency*), a known person's title on ``day``; a person named again by surname only
        ("Zanganeh told reporters") keeps the groups of their first mention."""
        groups = set(self.by_name.get(name.lower(), ())) if name else set()
        for hit in hits:
            entry = hit.entry
            if entry.kind == "agent":
                keys: tuple[str, ...] = _phrase_keys(entry.lowered)
            elif entry.kind in ("org", "seat"):
                keys = body_words(self.lexicon, self.words.groups).get(entry.where or entry.code, ())
            elif entry.kind in PERSON_KINDS and (role := entry.role_on(day)[0]) is not None:
                keys = _phrase_keys(role.title.lower()) if not role.title.startswith(("former", "later")) else ()
            else:
                continue
            groups.update(filter(None, map(self.words.groups.get, keys)))
        if name and groups and "official" in self.words.groups:
            # "Zhenis Kassymbek, the minister for investments … of Kazakhstan … The official made
            # the remarks": any named office-holder is the next "the official" (held-out seed 2068)
            groups.add(self.words.groups["official"])
        if name and groups:
            self.by_name[name.lower()] = groups
        if groups:
            referent = Referent(actor, name, sentence)  # one record for all its groups (it is immutable)
            for group in groups:
                self.last[group] = referent

    def note_role(self, actor: Actor, key: str, sentence: int) -> None:
        """Remember ``actor`` under the group of role word ``key`` too ("Israeli regime forces"
        for a later "the regime"), unless a more recent sentence named that group's actor."""
        group = self.words.groups[key]
        if group not in self.last or self.last[group].sentence < sentence:
            self.last[group] = Referent(actor, None, sentence)

    def recall(self, key: str, sentence: int) -> Referent | None:
        """The referent of a bare description whose role word or phrase is ``key``."""
        group = self.words.groups.get(key)
        found = self.last.get(group) if group is not None else None
        if found is None or sentence - found.sentence > WINDOW:
            return None
        self.last[group] = Referent(found.actor, found.name, sentence)  # pointed back to: still current
        return found


def _phrase_keys(phrase: str) -> tuple[str, str]:
    """A lower-cased role phrase and its last word ("foreign minister", "minister")."""
    return phrase, phrase.rpartition(" ")[2]


def description_key(g, i: int, hits: dict[int, Hit], extended: set[int], new: frozenset[str]) -> str | None:
    """The role word or phrase of a bare singular definite description headed by token i
    ("the court", "the top court", "the prime minister"), or None for any other phrase."""
    if g.tok(i).tag in PLURAL or g.pos[i] not in ("NOUN", "PROPN") or g.deps[i] == "appos":
        return None  # an apposition describes the name it follows: "Losyukov, the first envoy to …"
    own = hits.get(i)
    if own is not None and own.entry.kind != "agent":
        return None  # a named body or place ("the Security Council") is resolved by its name
    if any(hits.get(k, own) is not own for k in extended):
        return None  # a country, body or person of its own: "the Chinese ambassador"
    determined = False
    for c in g.children[i]:
        dep = g.deps[c]
        if dep not in BARE_DEPS:
            return None  # an owner, a complement or a clause may name someone else
        if dep == "det":
            determined = g.lemmas[c] in DETERMINERS
        elif dep == "amod" and g.lemmas[c] in new:
            return None  # "the new ambassador" is someone else
        elif dep == "compound" and (own is None or not own.start <= c < own.end):
            return None  # "the Assembly court" names its own
    if not determined:
        return None
    key = own.entry.lowered if own is not None else g.lemmas[i]
    if key == "official" and any(g.deps[c] in ("amod", "compound") for c in g.children[i]):
        return None  # "the African official", "the visiting official": not just the last one named
    return key


def described_roles(g, hits: dict[int, Hit], groups: dict[str, str]) -> list[tuple[int, str]]:
    """(head, role word) of common-noun phrases that give a role word of ``groups`` a country
    ("Israeli regime forces", "the Chinese envoy"): ``ArticleActors.observe`` reads them in
    sentences the coder draws no event from, so that a later "the regime" points back to them
    (held-out seed 2068: "… who saw Israeli regime forces raid their property … have denounced
    the administration of U.S. President Joe Biden. The regime raided seven civil society
    groups" is Israel's, not the U.S.)."""
    if g.lemma_set.isdisjoint(groups):
        return []  # (most sentences have no role word to point back to: one set operation)
    out = []
    for i, pos in enumerate(g.pos):
        if pos != "NOUN" or g.deps[i] == "compound":
            continue
        mods = [c for c in g.children[i] if g.deps[c] in ("amod", "compound")]
        role = next((g.lemmas[k] for k in (i, *mods) if g.lemmas[k] in groups), None)
        if role is not None and any(c in hits and hits[c].entry.kind in ("adjective", "country") for c in mods):
            out.append((i, role))
    return out


@dataclass(frozen=True)
class Words:
    groups: dict[str, str]  # word or role phrase -> its group's name
    new: frozenset[str]  # adjectives of a description that introduces someone new
    other: frozenset[str] = frozenset()  # roles on another side than their owner's ("his counterpart")


def _plain(g, i: int) -> set[int]:
    """The head's own modifiers that name no one: "the court's *interim* order"."""
    return {c for c in g.children[i] if g.deps[c] in ("det", "amod", "punct", "case")}


def read_words(path: Path) -> Words:
    """``anaphora.tsv``, checked: a malformed line is an error naming the file and line."""
    groups: dict[str, str] = {}
    new: set[str] = set()
    other: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, field_ = line.partition("\t")
        words = [w.strip() for w in field_.split("|")]
        if kind not in ("role", "new", "other") or not all(w and w == w.lower() and "\t" not in w for w in words):
            raise DataError(f"{path}:{lineno}: expected 'role', 'new' or 'other', a tab, then non-empty "
                            f"lower-case '|'-separated words: {line!r}")
        if kind != "role":
            (new if kind == "new" else other).update(words)
            continue
        for word in words:
            if word in groups:
                raise DataError(f"{path}:{lineno}: {word!r} is already in the group {groups[word]!r}")
            groups[word] = words[0]
    return Words(groups, frozenset(new), frozenset(other))


@lru_cache(maxsize=1)
def anaphora_words() -> Words:
    return read_words(data_dir() / "anaphora.tsv")


_BODY_WORDS: dict[int, tuple[Lexicon, dict[str, tuple[str, ...]]]] = {}


def body_words(lexicon: Lexicon, groups: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """A named body's data row (or code) -> the group words its names contain, over all its
    names: "IAEA" and "International Atomic Energy Agency" are one row. (Not one code: the
    Security Council and the Secretary-General are both IGOUNO.) Built once per lexicon."""
    cached = _BODY_WORDS.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    found: dict[str, set[str]] = {}
    for candidates in lexicon.index.values():
        for words, entry in candidates:
            if entry.kind in ("org", "seat"):
                keys = {w for w in words if w in groups}
                keys.update(p for p in (" ".join(words[k:k + 2]) for k in range(len(words) - 1)) if p in groups)
                if keys:
                    found.setdefault(entry.where or entry.code, set()).update(keys)
    table = {row: tuple(sorted(keys)) for row, keys in found.items()}
    _BODY_WORDS[id(lexicon)] = (lexicon, table)
    return table


# "the United States warned its citizens", "the Saudi government and its diplomats": a role
# owned by "its"/"their" belongs to the country its owner names
OWNER_PRONOUNS = frozenset({"its", "their"})


def pronoun_owners(g, i: int) -> list[int]:
    """Where the owner of "its"/"their" on the phrase headed by i may be named, nearest first:
    the first member of a coordination the phrase ends ("the Saudi government and its
    diplomats"), then the subject of the nearest clause above it that is not the phrase itself
    ("the UN's watchdog announced that its board would meet": the watchdog)."""
    pronoun = next((g.words[c] for c in g.kids(i, "nmod:poss") if g.words[c] in OWNER_PRONOUNS), None)
    if pronoun is None:
        return []
    out = [g.heads[i]] if g.deps[i] == "conj" else []
    k, seen = i, 0
    while g.heads[k] != k and seen < 8:  # a parse is a tree, but a bound costs nothing
        k, seen = g.heads[k], seen + 1
        if g.pos[k] in ("VERB", "AUX", "ADJ"):
            # its own subject, or a controlling verb's ("failed to secure agreement with its
            # parliament"); not one borrowed across a clause boundary
            own = g.kids(k, "nsubj", "nsubj:pass")
            s = own[0] if own else (subject(g, k) if g.deps[k] == "xcomp" else None)
            if s != i:  # the phrase's own clause has it as subject: the owner is further up
                out += [s] if s is not None else []
                break  # a clause without a subject ("crowds [who] burned down its embassy"): unknown
    # "its" stands for one state or body, "their" for several; a pronoun is left alone ("after
    # he had refused to meet their commander": "their" is not the headmaster's)
    return [k for k in out if g.pos[k] != "PRON" and (members(g, k, i) > 1 or g.tok(k).tag in PLURAL
                                                      if pronoun == "their" else _one_owner(g, k, i))]


def _one_owner(g, k: int, i: int) -> bool:
    """One owner for "its": not a coordination, nor a plural common noun ("after crowds burned
    down its embassy"); a plural name may be one state ("the United States")."""
    return members(g, k, i) == 1 and g.tok(k).tag != "NNS"


def members(g, k: int, i: int) -> int:
    """How many the phrase headed by k names, not counting the phrase i itself ("the Saudi
    government and its diplomats" is one owner). The tag cannot say: "the United States"
    is NNPS and one state, see _one_owner)."""
    return sum(1 for m in g.conjuncts(k) if m != i)


def opening_phrase(g, i: int) -> int | None:
    """The main subject a possessive at token i points forward to, when i sits in a phrase or
    clause that opens the sentence before that subject ("During his meeting with Kharrazi, the
    Russian president …", "Terming his visit positive, Rath …"); else None."""
    root = next((k for k in range(len(g.heads)) if g.heads[k] == k), None)
    if root is None or g.deps[i] != "nmod:poss":
        return None  # "his visit", not "he met …, Castro said" (reported: "he" is someone else)
    subjects = g.kids(root, "nsubj")
    if not subjects or subjects[0] < i or g.pos[subjects[0]] == "PRON":
        return None
    k = i
    while g.heads[k] != root and g.heads[k] != k:
        k = g.heads[k]
    if g.heads[k] != root or k > subjects[0] or g.rels[k] not in ("obl", "advcl"):
        return None
    return subjects[0]


def _main_subject(g: Graph, i: int) -> bool:
    """Is token i the subject of its sentence's main verb?"""
    return g.deps[i] in ("nsubj", "nsubj:pass") and g.rels[g.heads[i]] == "ROOT"


class PointingBack:
    """The rules of this module as ``ArticleActors`` methods (actors/resolve.py): they read
    and update the article's memory through it."""

    def _note_described(self, g: Graph) -> None:
        """Remember the roles ``described_roles`` finds in a sentence under their role words."""
        for i, role in described_roles(g, self._hits, self.referents.words.groups):
            described = self._one(g, i, False, None)
            if described is not None and described.actor.country and not described.defaulted:
                self.referents.note_role(described.actor, role, self._sentence)

    def _owner_country(self, g: Graph, i: int) -> tuple[str, str] | None:
        """ "the United States warned its citizens": the country of the one "its"/"their" stands
        for; not a person's ("he met its president" is not about him)."""
        for k in pronoun_owners(g, i):
            owner = self._one(g, k, False, None)
            if owner is not None and owner.actor.country and not owner.name:
                return owner.actor.country, f"owner:{owner.actor.text}"
        return None

    def _person_owner(self, g: Graph, i: int) -> tuple[str, str] | None:
        """ "Biden expressed support …, and his senior officials met …": a role owned by "his" or
        "her", with no country of its own, is of its owner's country; not one on another side
        ("his counterpart", "her hosts", data/actors/anaphora.tsv)."""
        if g.lemmas[i] in self.referents.words.other or i in self._siblings:
            return None
        # (or by the role it is of: "hailing his government's accomplishments" are Trump's
        # government's, held-out seed 2061 had the outlet's IRNGOV)
        for r in (i, *(c for c in g.kids(i, "nmod:poss") if c in self._hits)):
            for k in g.kids(r, "nmod:poss"):
                if g.words[k] in ("his", "her"):
                    owner = self._one(g, k, False, None)
                    if owner is not None and owner.actor.country:
                        return owner.actor.country, f"owner:{owner.rule}"
        return None

    def _possessor_role(self, g: Graph, core: set[int]) -> ActorMention | None:
        """ "his Iranian counterpart": the role of the person "his" refers to, the nearest
        person named before the phrase in the sentence, or else the last one in the article."""
        if not any(g.tok(k).dep == "nmod:poss" and g.tok(k).lemma.lower() in PERSON_PRONOUNS for k in core):
            return None
        for k in range(min(core) - 1, -1, -1):
            tok = g.tok(k)
            if tok.pos == "PROPN" and tok.dep not in ("compound", "flat", "flat:name") and k not in core:
                found = self._one(g, k, False, None)
                if found is not None and found.name and found.actor.sectors:
                    return found
        person = self.last_person
        if person is not None and person.sectors:
            return ActorMention(person, 0, 0, 0, "memory", person.text)
        return None

    def _beside_role(self, g: Graph, start: int, end: int) -> bool:
        """Does a role or country word stand right before the name (up to four words, within its
        clause) or in an apposition to it?"""
        k = start - 1
        while k >= 0 and k >= start - 4 and g.pos[k] not in ("PUNCT", "VERB", "AUX"):
            if k in self._hits:
                return True
            k -= 1
        heads = {c for c in range(start, end) if not start <= g.heads[c] < end}
        return any(g.deps[c] == "appos" and any(t in self._hits for t in subtree(g, c))
                   for h in heads for c in g.children[h])

    def _opening_subject(self, g: Graph, i: int) -> ActorMention | None:
        """ "During his meeting with Kharrazi, the Russian president pointed …": a pronoun in a
        phrase that opens the sentence, before its main subject, is that subject."""
        k = opening_phrase(g, i)
        if k is None:
            return None
        mention = self._one(g, k, False, None)
        person = mention is not None and mention.actor.sectors and (mention.name or self._titled_subject(g, k))
        return mention if person else None

    def _informer(self, g: Graph, i: int) -> ActorMention | None:
        """ "Zarif briefed Guterres on *his* talks with the Afghan officials": a possessive in
        what one tells another about (``informing`` in data/actors/words.tsv) is the teller's
        (held-out seed 2068 gave the talks to Guterres, the nearer name)."""
        if g.deps[i] != "nmod:poss" or g.lemmas[i] not in PERSON_PRONOUNS:
            return None
        noun = g.heads[i]
        verb = g.heads[noun]
        if g.rels[noun] != "obl" or g.case_of(noun) not in ("on", "about", "of") \
                or g.lemmas[verb] not in actor_words()["informing"]:
            return None
        teller = subject(g, verb)
        return self._one(g, teller, False, None) if teller is not None and teller < i else None

    def _clause_doer(self, g: Graph, i: int) -> ActorMention | None:
        """ "the policy adopted by the Israeli president during *his* recent visit to Baku": a
        possessive on a phrase of a clause whose doer is one office-holder named before it, with
        his country, is that doer (held-out seed 2063 had the article's Iranian spokesman). Named
        people are ``_person_before``'s."""
        if g.deps[i] != "nmod:poss":
            return None
        v, steps = g.heads[g.heads[i]], 0
        while g.pos[v] not in ("VERB", "AUX") and g.heads[v] != v and steps < 2:
            v, steps = g.heads[v], steps + 1
        doer = subject(g, v) if g.pos[v] == "VERB" else None
        hit = self._hits.get(doer) if doer is not None and doer < i else None
        if hit is None or hit.entry.agent_kind != "title" or g.tok(doer).tag in PLURAL:
            return None
        mention = self._one(g, doer, False, None)
        if mention is None or not mention.actor.sectors or not mention.actor.country or mention.defaulted:
            return None  # (a country only guessed for the doer is no better than the memory's)
        return mention

    def _conjunct_subject(self, g: Graph, i: int) -> ActorMention | None:
        """ "*He* said relations are at a good level, and that *he* hopes …": a pronoun subject of a
        verb coordinated with one whose own subject is a pronoun before it is that pronoun's
        person (held-out seed 2071 had the last person named, the other side's minister)."""
        verb = g.heads[i]
        if g.deps[i] != "nsubj" or g.rels[verb] != "conj" or g.heads[verb] == verb:
            return None
        first = subject(g, g.heads[verb])
        if first is None or first >= i or g.lemmas[first] not in PERSON_PRONOUNS:
            return None
        return self._one(g, first, False, None)

    def _speaker(self, g: Graph, i: int) -> ActorMention | None:
        """ "The South Korean envoy went on to say that *his* government encourages …": a pronoun
        in what a titled office-holder says, with no name before it, is the speaker (held-out seed
        2049: "his" was the last person the article named, an Iranian by default)."""
        verb = speech_head(g, i)
        k = subject(g, verb) if verb is not None else None
        if k is None or k > i or not self._titled_subject(g, k):
            return None
        mention = self._one(g, k, False, None)
        return mention if mention is not None and mention.actor.country and mention.actor.sectors else None

    def _note_subject(self, g: Graph, i: int, person: Actor) -> None:
        """Remember ``person`` as the main subject of this sentence, for the next "he"; only when
        the subject is a person, a role or a pronoun, not a thing that names one ("*Trump's
        withdrawal* from JCPOA attracted condemnation": the next "he" is not Trump)."""
        if _main_subject(g, i) and (g.pos[i] in ("PROPN", "PRON") or i in self._hits):
            self._subject = (self._sentence, person)

    def _note_unknown_speaker(self, g: Graph) -> None:
        """A person the lexicon does not know, the subject of the sentence's main or saying verb
        ("…, *Akhondzadeh* wrote"), is the one the next "he" stands for: a person of no known
        country, so that "he" gives no actor rather than the last person the lexicon knew
        (held-out seed 2041: an Iranian academic's "I stand behind Iran's scientists, he said"
        was coded as the U.S. president's, named in the sentence before)."""
        people = [e for e in g.sentence.entities if e.label == "PER"]
        for e in people:  # "Vietnamese President Tran Duc Luong", "Tom Koenigs, the UN envoy"
            if self._beside_role(g, e.start, e.end):
                self._titled.add(g.words[e.end - 1])
        for e in people:
            if any(k in self._hits for k in range(e.start, e.end)) or g.words[e.end - 1] in self._titled:
                continue
            k = max(range(e.start, e.end), key=lambda t: (g.heads[t] < e.start or g.heads[t] >= e.end, t))
            if g.pos[k] != "PROPN" or g.deps[k] not in ("nsubj", "nsubj:pass"):
                continue
            head = g.heads[k]
            if not (g.rels[head] == "ROOT" or g.lemmas[head] in SPEECH):
                continue
            text = g.sentence.span_text(e.start, e.end)
            surname = g.words[e.end - 1]
            if text.lower() in self.people or surname in self.people \
                    or any(key.rsplit(" ", 1)[-1] == surname for key in self.people) \
                    or self._person_at == self._sentence and self._person_pos > k:
                continue  # someone the memory knows, or a known person named after
            self.last_person = Actor("---", None, (), text)
            self._person_at, self._person_pos = self._sentence, k
            if _main_subject(g, k) or g.rels[head] == "ROOT":
                self._subject = (self._sentence, self.last_person)

    def _subject_before(self, g: Graph, i: int) -> Actor | None:
        """ "Bayramov met Qalibaf. Later, *he* met Amir Abdollahian": a pronoun that is its
        sentence's main subject continues the last sentence's main subject, not its last-named
        person, when that sentence is the one that last named a person (or a chain of such "he"s)."""
        if self._subject is None or not _main_subject(g, i):
            return None
        at, person = self._subject
        return person if self._person_at <= at < self._sentence else None

    def _titled_subject(self, g: Graph, i: int) -> bool:
        """One unnamed office-holder as a clause's subject: "the Belarussian president said"."""
        hit = self._hits.get(i)
        return (hit is not None and hit.entry.agent_kind == "title" and g.deps[i] == "nsubj"
                and g.tok(i).tag not in ("NNS", "NNPS"))

    def _pointed_back(self, g: Graph, i: int, extended: set[int]) -> ActorMention | None:
        """ "the court" after the ICJ: the actor a bare definite description points back to; also
        one that owns the phrase ("refused to comply with the court's order": the ICJ's)."""
        hit, groups = self._hits.get(i), self.referents.words.groups
        if (g.lemmas[i] not in groups and (hit is None or hit.entry.lowered not in groups)
                and not g.has_kid(i, "nmod:poss")):
            return None  # neither its word nor an owner can point back: most phrases, at no cost
        new = self.referents.words.new
        key = description_key(g, i, self._hits, extended, new)
        if key is None:
            for k in g.kids(i, "nmod:poss"):
                own = {k} | {c for c in g.children[k] if g.deps[c] in ("det", "case")}
                key = description_key(g, k, self._hits, own, new) if extended - own - {i} <= _plain(g, i) else None
        found = self.referents.recall(key, self._sentence) if key is not None else None
        if found is None:
            return None
        start, end = min(extended), max(extended) + 1
        actor = found.actor
        return self._mention(actor.country, actor.sectors, g.sentence.span_text(start, end), start, end, i,
                             f"definite:{key}->{actor.text}", found.name)
