"""Parse repairs: surface patterns a statistical parser gets wrong often enough to matter.

The trailing reporting clause of news copy ("…, Tasnim reported.", ``reporting-clause``) has
its own module, ``nlp/reporting.py``; it runs last.

The others, each seen to cost events with one parser or another:

* ``split-coordination``: "Iranian officials and lawmakers criticized Turkey" read as two subjects
  of one verb, with "and" hung on the verb;
* ``subject-on-auxiliary``, ``preposition-on-compound``, ``pronoun-subject``:
  single words on the wrong head ("Ethiopia" on "has" in "Ethiopia has broken
  relations", "of" on "Amnesty", "it" as the object in "indicated it deplored");
* ``nominal-root``: "Russian police arrested students" or "Iran, Russia, and
  Turkey met" read with the first noun as the root and the verb hung on it,
  or on a noun inside the subject ("Doctors from two American aid groups
  donated goods", "British aircraft using missiles killed 4 Iraqis");
* ``list-apposition``: "Mordor, the awful Fornost, and Gondor" read with the
  middle name as an apposition of the first;
* ``time-after-place``: "arrived at [Russia's Astra Khan Airport] Thursday
  morning" with the place hung under the time words after it; ``phrase-after-time``:
  "met on Tuesday with Nasrallah" with the partner hung under "Tuesday";
* ``split-name`` (its own module, ``nlp/split_name.py``): "…in Tehran, Mohammad Baqer Qalibaf
  remarked" with "Mohammad" taken as an apposition of "Tehran" and "Baqer Qalibaf" as the
  subject: a person's name the entity recogniser read whole is one phrase;
* ``adjective-verb``: "guerrillas wounded two soldiers" with "wounded" tagged
  as an adjective although it takes a direct object, which no adjective does;
* ``role-conjunct``: "met with Joschka Fischer, former German foreign
  minister and vice chancellor" with "chancellor" (or, after a comma, the
  first role) read as a second person coordinated with the name: a bare
  singular role noun (no determiner, no name of its own) cannot be someone
  else, so it is the name's apposition, and later bare roles its conjuncts;
* ``modifier-verb``: "Britain mobilized army reservists", "police used tear
  gas", "supporters of X blocked roads" read as one noun phrase (the root a
  noun, the verb an ``amod`` of its object): the verb becomes the root, the
  noun phrase before it its subject, the noun it modified its object;
* ``fronted-subject``: "At a meeting with al-Hakim, Haddad-Adel stated …" with
  the name after the comma read as an apposition of "al-Hakim" and "stated"
  left with no subject: the name becomes the verb's subject;
* ``acting-title``: "held a phone conversation with *acting* Afghan foreign minister
  Mohammad Haneef Atmar", "Iraq's acting foreign minister said" with "acting" a verb whose
  object is the minister: the title's adjective, the minister in its place;
* ``comitative-subject`` (its own module, ``nlp/comitative.py``): "Saudi Arabia along with the
  UAE … cut ties" with the "along with" phrase read as a modifier, not as more doers;
* ``place-participle``, ``due-clause`` and ``firm-adjective`` (their own module,
  ``nlp/adjectives.py``): "aid to neighboring Afghanistan" with "neighboring" read as a verb
  whose object is the country, "Putin is due to travel" with "due to" read as the preposition
  of "due to the war", and "Tehran's firm resolve" with "firm" read as a company;
* ``that-subject`` and ``subjunctive-verb`` (their own module, ``nlp/that_clause.py``):
  "announced that talks between Iran and Saudi Arabia would resume" with "that talks" read as
  a relative clause, and "demanded that the US cancel plans" with "cancel" read as a noun;
* ``perfect-participle`` and ``false-auxiliary`` (``nlp/perfect.py``, ``nlp/false_auxiliary.py``): "the
  regime has committed crimes" with "has" the main verb and "committed" its object's adjective, and
  the reverse, "the Palestinians reject proposed changes" with "reject" the auxiliary of "proposed";
* ``gerund-compound`` (its own module, ``nlp/gerund.py``): "the army prepared to resume shelling
  Albanian territory" with "shelling" read as a compound of "territory";
* ``body-name`` (its own module, ``nlp/body_name.py``): "Chairman of the National Security and
  Foreign Policy Committee" with "Committee" read as a conjunct of "Security";
* ``hyphen-participle`` (its own module, ``nlp/hyphen.py``): "by the child-killing Zionist
  regime" with "the child" read as the agent and "killing" as a verb of its own;
* ``time-clause`` (its own module, ``nlp/subordinator.py``): "said a day after Zhu ended a visit"
  with "after" a preposition of "Zhu" and the clause what was said;
* ``saying-clause``: "pointed to Washington's decision to pull its troops,
  saying …" with "saying" hung on the embedded "pull", whose doer is Washington,
  instead of on the clause whose subject is speaking.

They run on Dyad's records, so they apply to any loaded pipeline, and each
repaired sentence names its repairs in ``Sentence.repairs``.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Sentence, Token
from .comitative import comitative_subject
from .datafiles import time_words
from .adjectives import due_clause, firm_adjective, place_participle
from .that_clause import subjunctive_verb, that_subject
from .hyphen import hyphen_participle
from .gerund import gerund_compound
from .body_name import body_name
from .split_name import split_name as _split_name
from .false_auxiliary import false_auxiliary
from .perfect import perfect_participle
from .subordinator import time_clause
from .verbs import irregular_forms
from .reporting import _NOMINAL, _SUBJECTS, repaired, reporting_clause, reporting_verbs, under as _under

SPLIT_COORDINATION = "split-coordination"
LIST_APPOSITION = "list-apposition"
SUBJECT_ON_AUXILIARY = "subject-on-auxiliary"
PREPOSITION_ON_COMPOUND = "preposition-on-compound"
PRONOUN_SUBJECT = "pronoun-subject"
OBJECT_AS_APPOSITION = "object-as-apposition"
PREPOSITION_APPOSITION = "preposition-apposition"
NOMINAL_ROOT = "nominal-root"
TIME_AFTER_PLACE = "time-after-place"
PHRASE_AFTER_TIME = "phrase-after-time"
SAYING_CLAUSE = "saying-clause"
ADJECTIVE_VERB = "adjective-verb"
ROLE_CONJUNCT = "role-conjunct"
MODIFIER_VERB = "modifier-verb"
FRONTED_SUBJECT = "fronted-subject"
VISITING_GUEST = "visiting-guest"
ACTING_TITLE = "acting-title"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PARTICLES = frozenset({"over", "out", "up", "off", "back", "down", "away"})
_NAME_MODIFIERS = frozenset({"det", "amod", "compound", "flat", "flat:name"})
_NAME_PIECES = frozenset({"compound", "flat", "flat:name", "appos"})
_COORDINABLE = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl"})


def repair(sentence: Sentence) -> Sentence:
    """The sentence with its parse repaired where a known pattern was misparsed (else unchanged)."""
    sentence = gerund_compound(perfect_participle(false_auxiliary(time_clause(body_name(sentence)))))
    sentence = _role_conjunct(_nominal_root(_misattached(_split_name(_adjective_verb(_modifier_verb(
        due_clause(place_participle(firm_adjective(sentence)))))))))
    sentence = _saying_clause(_phrase_after_time(_time_after_place(_list_apposition(_coordination(sentence)))))
    sentence = comitative_subject(_fronted_subject(_visiting_guest(_acting_title(sentence))))
    return hyphen_participle(reporting_clause(subjunctive_verb(that_subject(sentence))))


def _coordination(sentence: Sentence) -> Sentence:
    """ "Iranian officials and lawmakers criticized Turkey" parsed as two subjects of one verb,
    with "and" hung on the verb or on the second subject ("Ithilen and the government of
    Gondor warned"): the second becomes a conjunct of the first."""
    tokens = list(sentence.tokens)
    changed = False
    for c, cc in enumerate(tokens[1:-1], start=1):
        if cc.dep != "cc" or cc.lemma not in ("and", "or"):
            continue
        before = c - 1
        while before > 0 and tokens[before].pos == "PUNCT":  # "Iran, Russia, and Turkey"
            before -= 1
        if cc.head > c and tokens[cc.head].dep in _COORDINABLE:  # "and" on the second nominal
            b = cc.head
            a = _phrase_head(tokens, before, tokens[b].head)
        else:  # "and" on the verb
            a = _phrase_head(tokens, before, cc.head)
            b = next((t.i for t in tokens[c + 1:] if t.head == cc.head and t.dep in _COORDINABLE), None)
        if a is None or b is None or a >= c or tokens[a].dep != tokens[b].dep or tokens[a].pos not in _NOMINAL:
            continue
        if any(t.pos in ("VERB", "AUX", "PUNCT") for t in tokens[c + 1:b]) or tokens[b].pos not in _NOMINAL:
            continue
        tokens[b] = replace(tokens[b], head=a, dep="conj")
        tokens[c] = replace(cc, head=b)
        changed = True
    changed = _comma_lists(tokens) or changed
    return repaired(sentence, tokens, SPLIT_COORDINATION) if changed else sentence


def _comma_lists(tokens: list[Token]) -> bool:
    """ "Mordor, Rohan, Fornost and Bree welcomed" parsed as two subjects ("Mordor, Rohan" and
    "Fornost and Bree") with only a comma between them: one list; "old rivals Iran and Saudi
    Arabia", a noun and a name side by side: the name is the noun's apposition; "the Calenardhon
    Congressmen", a name right before the subject noun: its modifier. (Edits ``tokens``.)"""
    changed = False
    for verb in {t.head for t in tokens if t.dep == "nsubj"}:
        subjects = [t.i for t in tokens if t.head == verb and t.dep == "nsubj" and t.i != verb]
        for a, b in zip(subjects, subjects[1:]):
            gap = [t for t in tokens[a + 1:b] if not _under(tokens, t.i, a)]  # b's own words and commas
            lists = any(t.head in (a, b) and t.dep == "conj" for t in tokens)
            if (lists and tokens[a].pos in _NOMINAL and tokens[b].pos in _NOMINAL | {"ADJ"}
                    and any(t.text == "," for t in gap)
                    and all(t.text == "," or (_under(tokens, t.i, b) and t.pos != "PUNCT") for t in gap)):
                tokens[b] = replace(tokens[b], head=a, dep="conj")
                changed = True
            elif (tokens[a].pos == "NOUN" and tokens[b].pos == "PROPN"
                  and all(_under(tokens, t.i, b) and t.pos != "PUNCT" for t in gap)):
                verb = _objectless_verb_between(tokens, a, b)
                if verb is None:  # "old rivals Iran and Saudi Arabia": the noun's apposition
                    tokens[b] = replace(tokens[b], head=a, dep="appos")
                else:  # "the goal of assassinating Nasrallah is": the object of the noun's verb
                    tokens[b] = replace(tokens[b], head=verb, dep="obj")
                changed = True
            elif _role_after_name(tokens, a, b, lists):
                # "Esmaeil Baghaei Hamaneh, Iran's permanent ambassador to the UN, called on …"
                tokens[b] = replace(tokens[b], head=a, dep="appos")  # (held-out seed 2049)
                changed = True
            elif b == a + 1 and not lists and (tokens[a].pos == "PROPN" or (
                    tokens[a].text[:1].isupper() and tokens[b].pos == "PROPN")):
                # "the Calenardhon Congressmen"; "Hezbollah Secretary-General Hassan Nasrallah"
                tokens[a] = replace(tokens[a], head=b, dep="compound")
                changed = True
    return changed


def _role_after_name(tokens: list[Token], a: int, b: int, lists: bool) -> bool:
    """Subject b is a role noun set off by commas right after the name a: its apposition."""
    if lists or tokens[a].pos != "PROPN" or tokens[b].pos != "NOUN" or tokens[a + 1].text != ",":
        return False
    if any(tokens[k].pos == "PUNCT" or not _under(tokens, k, b) for k in range(a + 2, b)):
        return False
    # the role's words run to a comma (the parser may hang the verb after it on the role)
    close = next((t.i for t in tokens[b + 1:] if t.text == ","), None)
    return close is not None and all(_under(tokens, k, b) and tokens[k].pos not in ("VERB", "AUX")
                                     for k in range(b + 1, close))


def _misattached(sentence: Sentence) -> Sentence:
    """Single words hung on the wrong head, each its own repair:

    * ``subject-on-auxiliary``: "Ethiopia has broken relations" with "Ethiopia" the subject of
      "has": a subject hung on an auxiliary or copula belongs to the word it serves;
    * ``preposition-on-compound``: "of Amnesty International" with "of" on "Amnesty": a
      preposition hung on a compound marks the whole name;
    * ``pronoun-subject``: "Ethiopia indicated it deplored Libya" with "it" the object of
      "indicated": a pronoun right before a subjectless clause of its head is that clause's subject;
    * ``object-as-apposition``: "the goal of assassinating Sayyed Nasrallah" with the name an
      apposition of "goal": it is the object of the verb right before it;
    * ``preposition-apposition``: "discussed facilitation of Arba'een pilgrimage with his Iraqi
      counterpart Osman al-Ghanemi" with the name an apposition of "pilgrimage": a phrase opened
      by a preposition is no apposition but an oblique of the verb above it (held-out seed 2062).
    """
    tokens = list(sentence.tokens)
    names: list[str] = []
    for t in sentence.tokens:
        head = tokens[t.head]
        if t.dep in _SUBJECTS and head.dep in ("aux", "aux:pass", "cop") and head.head != head.i:
            tokens[t.i], name = replace(t, head=head.head), SUBJECT_ON_AUXILIARY
        elif (t.dep == "case" and head.dep in ("compound", "flat") and head.head > t.i and head.head != head.i
              and tokens[head.head].text.lower() not in time_words()):  # "at the airport Thursday": no
            tokens[t.i], name = replace(t, head=head.head), PREPOSITION_ON_COMPOUND
        elif t.dep == "appos" and (verb := _objectless_verb_between(tokens, t.head, t.i)) is not None:
            tokens[t.i], name = replace(t, head=verb, dep="obj"), OBJECT_AS_APPOSITION
        elif t.dep == "appos" and (verb := _verb_over_preposition(tokens, t.i)) is not None:
            tokens[t.i], name = replace(t, head=verb, dep="obl"), PREPOSITION_APPOSITION
        elif (t.dep == "obj" and t.pos == "PRON" and t.i + 1 < len(tokens) and tokens[t.i + 1].head == t.head
              and tokens[t.i + 1].dep == "ccomp" and tokens[t.i + 1].tag in _FINITE
              and not _has_subject(tokens, t.i + 1)):
            tokens[t.i], name = replace(t, head=t.i + 1, dep="nsubj"), PRONOUN_SUBJECT
        else:
            continue
        if name not in names:
            names.append(name)
    return repaired(sentence, tokens, *names) if names else sentence


def _objectless_verb_between(tokens: list[Token], noun: int, name: int) -> int | None:
    """ "the goal of assassinating Sayyed Nasrallah" with "Nasrallah" an apposition of "goal" (or a
    second subject beside it): the verb of the noun's clause, right before the name with no comma
    and no object of its own, is what the name is the object of."""
    if noun >= name or tokens[noun].pos not in ("NOUN", "PROPN"):
        return None
    start = next((k for k in range(noun + 1, name) if _under(tokens, k, name)), name)  # the name's words
    verb = start - 1
    if verb <= noun or tokens[verb].pos != "VERB" or tokens[verb].head != noun or tokens[verb].dep != "acl":
        return None
    if any(k.head == verb and k.dep in ("obj", "ccomp", "xcomp") for k in tokens):
        return None
    return verb


def _verb_over_preposition(tokens: list[Token], name: int) -> int | None:
    """The nearest verb before apposition ``name`` and above it, when its phrase opens with a
    preposition other than "of" (which a noun takes), its own or a title's before it ("with his
    Iraqi counterpart Osman"), else None."""
    first = tokens[_leftmost(tokens, name)]
    if first.dep != "case" or first.pos != "ADP" or first.text.lower() == "of" or not (
            first.head == name or tokens[first.head].head == name and first.head < name):
        return None
    cur = tokens[name].head
    for _ in range(len(tokens)):
        if tokens[cur].pos == "VERB":
            return cur if cur < first.i else None
        if tokens[cur].head == cur:
            return None
        cur = tokens[cur].head
    return None


def _nominal_root(sentence: Sentence) -> Sentence:
    """ "Russian police arrested students" parsed with "police" as the root and "arrested" as
    its clause, or "Iran, Russia, and Turkey met" with "Iran" as the root and "met" (whose
    subject is "Turkey") as a conjunct: the finite verb becomes the root, the noun its subject,
    and a subject the verb had of its own a conjunct of that noun."""
    tokens = list(sentence.tokens)
    root = next((t.i for t in tokens if t.head == t.i), None)
    if root is None or tokens[root].pos not in ("NOUN", "PROPN"):
        return sentence
    verb = next((t.i for t in tokens if t.head == root and t.i > root and t.pos == "VERB"
                 and t.dep in ("acl", "parataxis", "conj", "dep", "ccomp") and _finite(tokens, t)), None)
    if verb is None:
        verb = _verb_in_subject(tokens, root)
    reporting = reporting_verbs()
    if verb is None or any(t.head == root and t.pos in ("VERB", "AUX") and not _under(tokens, verb, t.i)
                           and not (t.i > verb and t.lemma in reporting) for t in tokens):
        return sentence  # another clause on the noun (a trailing ", the agency said" may be there)
    subjects = [t.i for t in tokens if t.head == verb and t.dep in ("nsubj", "nsubj:pass")]
    if len(subjects) > 1 or (subjects and not any(tokens[k].head == root and tokens[k].dep == "conj"
                                                  for k in range(root + 1, subjects[0]))):
        return sentence  # a subject of its own and no list before it: a second clause
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT")
    tokens[root] = replace(tokens[root], head=verb, dep="nsubj")
    for s in subjects:  # "Iran, Russia, and Turkey": the last member joins the list
        tokens[s] = replace(tokens[s], head=root, dep="conj")
        for t in tokens:
            if t.head == verb and t.dep == "cc" and t.i < s:
                tokens[t.i] = replace(t, head=s)
    for t in tokens:  # the sentence's final punctuation and words after the verb go with it
        if t.head == root and t.i > verb:
            tokens[t.i] = replace(t, head=verb)
    return repaired(sentence, tokens, NOMINAL_ROOT)


# The relations that keep a word inside the subject phrase a nominal root heads ("Doctors *from*
# two American aid *groups*", "Fabius and a *group of deputies*").
_SUBJECT_PHRASE = frozenset({"nmod", "conj", "compound", "appos", "flat", "flat:name"})


def _verb_in_subject(tokens, root: int) -> int | None:
    """ "Doctors from two American aid groups donated goods", "Fabius and a group of deputies held
    talks": a sentence parsed as one noun phrase whose only finite verb is a clause (``acl``) on a
    noun inside the subject. A past form is no reduced relative (that would be a participle: "the
    weapons seized"), so in a sentence with no other finite verb it is the main verb (a relative
    clause has its own subject, "who", which the caller leaves alone)."""
    for t in tokens:
        if t.i <= root or t.pos != "VERB" or t.dep != "acl" or not _finite(tokens, t):
            continue
        k = t.head
        while k != root and tokens[k].head < k and (tokens[k].dep in _SUBJECT_PHRASE or _participle_part(tokens, k)):
            k = tokens[k].head
        if k != root:
            return None
        reporting = reporting_verbs()
        others = [v for v in tokens if v.i != t.i and v.pos in ("VERB", "AUX") and not _under(tokens, v.i, t.i)
                  and _finite(tokens, v) and not (v.i > t.i and v.lemma in reporting)]
        return None if others else t.i
    return None


def _participle_part(tokens, k: int) -> bool:
    """ "British aircraft *using precision guided missiles* killed": a participle clause in the
    subject phrase (the participle, or its object), which has no finite verb of its own."""
    if tokens[k].dep == "obj":
        k = tokens[k].head
    return tokens[k].dep == "acl" and tokens[k].tag in ("VBG", "VBN")


def _adjective_verb(sentence: Sentence) -> Sentence:
    """An "adjective" with a direct object (or a clause's subject) and no copula is a verb the
    tagger missed: a past form ("wounded") that has a subject, else a participle. Its lemma is left to the coder's
    inflection fallback, which reads the surface form."""
    tokens = list(sentence.tokens)
    changed = False
    for t in sentence.tokens:
        if t.pos != "ADJ" or not t.text.lower().endswith("ed"):
            continue
        deps = {k.dep for k in sentence.tokens if k.head == t.i}
        # an "adjective" with a subject of its own and no copula is a verb too ("rebels surrendered")
        if ("obj" in deps or "nsubj" in deps and t.dep in ("ROOT", "ccomp", "conj")) and \
                deps.isdisjoint(("cop", "aux:pass")):
            tag = "VBD" if "nsubj" in deps and deps.isdisjoint(("aux", "aux:pass")) else "VBN"
            tokens[t.i] = replace(t, pos="VERB", tag=tag)
            changed = True
    return repaired(sentence, tokens, ADJECTIVE_VERB) if changed else sentence


def _modifier_verb(sentence: Sentence) -> Sentence:
    """A sentence parsed as one noun phrase whose verb modifies its own object: "Britain
    mobilized army reservists" (the object the root), "police used tear gas", "supporters of X
    blocked roads" (the subject the root). Only with a noun root and no verb before the object:
    a sentence with a verb of its own has its clause, and "the elected president" has a
    determiner, which an object under a misread verb does not."""
    tokens = list(sentence.tokens)
    root = next((t.i for t in tokens if t.head == t.i), None)
    if root is None or tokens[root].pos not in ("NOUN", "PROPN"):
        return sentence
    found = next((found for t in tokens if (found := _verb_and_subject(tokens, root, t)) is not None), None)
    if found is None:
        return sentence
    verb, obj, subj = found
    for t in tokens:
        if t.i in (verb, obj, subj) or t.head not in (root, obj):
            continue
        if t.head == obj and t.i < verb and t.i > subj:  # "Ahmed" of "supporters of Ahmed" hung on "roads"
            of = any(k.head == t.i and k.dep == "case" and k.lemma.lower() == "of" for k in tokens)
            tokens[t.i] = replace(t, head=subj if of else verb, dep="nmod" if of else "obl")
        elif t.head == root and root == obj and t.i < verb and t.i != subj:
            tokens[t.i] = replace(t, head=subj if t.dep in ("compound", "nmod:desc", "amod") else verb)
        elif t.head == root and root == subj and t.i > verb:  # "to disperse demonstrators", "."
            tokens[t.i] = replace(t, head=verb, dep="advcl" if t.dep == "acl" else t.dep)
    tokens[verb] = replace(tokens[verb], head=verb, dep="ROOT", pos="VERB", tag="VBD")
    tokens[obj] = replace(tokens[obj], head=verb, dep="obj")
    tokens[subj] = replace(tokens[subj], head=verb, dep="nsubj")
    return repaired(sentence, tokens, MODIFIER_VERB)


def _verb_and_subject(tokens, root: int, t: Token) -> tuple[int, int, int] | None:
    """(verb, object, subject) when ``t`` is a past form (an "-ed" word, or an irregular one:
    "Klibi *undertook* mediation mission") read as the ``amod`` of the noun after it, and either
    that noun is the root (the subject a name or noun before the verb) or the root is the subject
    and that noun its direct dependent."""
    obj = t.head
    if t.dep != "amod" or obj <= t.i or t.i == 0 or not (
            t.tag in ("VBD", "VBN") or t.text.lower().endswith("ed") or t.text.lower() in irregular_forms()):
        return None
    if not all(_premodifies(tokens, k, t.i, obj) for k in range(t.i + 1, obj)):
        return None  # "used tear gas": only the object's own modifiers stand between them
    if any(k.head == obj and k.i < t.i and k.dep in ("det", "nummod") for k in tokens) or \
            any(k.pos in ("VERB", "AUX") and k.i != t.i and k.i < obj for k in tokens):
        return None  # "the elected president"; a verb before the object has its own clause
    if obj == root:
        before = tokens[t.i - 1]
        subj = before.i if before.head in (root, t.i) else before.head
        while tokens[subj].dep in ("flat", "flat:name") and tokens[subj].head < subj:
            subj = tokens[subj].head
        if tokens[subj].pos not in ("PROPN", "NOUN") or tokens[subj].head not in (root, t.i) or \
                tokens[subj].dep not in ("compound", "nsubj"):
            return None
        return t.i, obj, subj
    if tokens[obj].head == root and root < t.i and tokens[obj].dep in ("nmod", "conj", "obj", "appos"):
        return t.i, obj, root
    return None


# How a word between the misread verb and its object may hang inside the object's phrase
# ("used *tear* gas", "summoned *Niger's ambassador* Brah Mohamane").
_PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod:poss", "case", "nmod:desc", "flat", "flat:name"})


def _premodifies(tokens, k: int, verb: int, obj: int) -> bool:
    """Token k, between the verb and its object, is part of the object's phrase before its head:
    its heads lead to the object through words between them, each by a modifier's relation."""
    for _ in range(obj - verb):
        if tokens[k].dep not in _PREMODIFIER_DEPS:
            return False
        k = tokens[k].head
        if k == obj:
            return True
        if not verb < k < obj:
            return False
    return False


def _finite(tokens, verb: Token) -> bool:
    """A finite verb (or one with a finite auxiliary), or a participle with a direct object
    ("police arrested students" tagged as "the students arrested": a passive participle takes
    no object)."""
    if verb.tag in _FINITE or any(t.head == verb.i and t.dep == "aux" and t.tag in _FINITE | {"MD"} for t in tokens):
        return True  # "met", "did not clash", "will meet"
    # "doctors handed over 700 kg": a phrasal verb's particle taken for its object's preposition
    return verb.tag == "VBN" and any(
        t.head == verb.i and (t.dep == "obj" or t.dep == "obl" and _particle_case(tokens, t)) for t in tokens)


def _particle_case(tokens, noun: Token) -> bool:
    """A noun whose "preposition" is a verb particle right after its verb ("handed over 700 kg")."""
    return any(c.head == noun.i and c.dep == "case" and c.i == noun.head + 1 and c.text.lower() in _PARTICLES
               for c in tokens)


def _role_conjunct(sentence: Sentence) -> Sentence:
    """A bare singular role noun coordinated with a person's name is another of that person's
    roles ("Sheikh Mohammed, vice president and prime minister of the UAE"): the first, after
    a comma, becomes the name's apposition; one after an apposition role, its conjunct. A role
    with a determiner ("Putin and the president of France") may be someone else and is kept."""
    person = {k for e in sentence.entities if e.label == "PER" for k in range(e.start, e.end)}
    if not person:
        return sentence
    tokens = list(sentence.tokens)
    changed = False
    for t in sentence.tokens:
        name = t.head
        if t.dep != "conj" or name not in person or name > t.i or tokens[name].pos != "PROPN":
            continue
        if not _bare_role(sentence.tokens, t.i):
            continue
        role = next((k.i for k in tokens if k.head == name and k.dep == "appos" and k.i < t.i), None)
        if role is not None:
            tokens[t.i] = replace(tokens[t.i], head=role)
        elif _after_comma(sentence.tokens, t.i):
            tokens[t.i] = replace(tokens[t.i], dep="appos")
        else:
            continue
        changed = True
    return repaired(sentence, tokens, ROLE_CONJUNCT) if changed else sentence


def _bare_role(tokens, i: int) -> bool:
    """A lower-case singular common noun with no determiner, possessor, number or name of its own."""
    t = tokens[i]
    if t.pos != "NOUN" or t.tag != "NN" or not t.text[:1].islower():
        return False
    return not any(k.head == i and (k.dep.split(":")[0] in ("det", "nummod") or k.dep == "nmod:poss"
                                    or (k.pos == "PROPN" and k.dep in _NAME_PIECES))
                   for k in tokens)


def _after_comma(tokens, i: int) -> bool:
    """Does the phrase headed by i open with a comma or follow one?"""
    first = next(k for k in range(i + 1) if _under(tokens, k, i))
    return tokens[first].text == "," or (first > 0 and tokens[first - 1].text == ",")


def _list_apposition(sentence: Sentence) -> Sentence:
    """ "Evil Mordor, the awful Fornost, and good Gondor" parsed with the middle name as an
    apposition of the first: a bare name (its own modifiers only) between the first member and
    a conjunct joined by "and"/"or" is a member of the list too."""
    tokens = list(sentence.tokens)
    changed = False
    for a in sentence.tokens:
        if a.dep != "appos" or a.pos != "PROPN" or a.head >= a.i:
            continue
        x = a.head
        later = [t.i for t in tokens if t.head == x and t.dep == "conj" and t.i > a.i
                 and any(k.head == t.i and k.dep == "cc" and k.lemma in ("and", "or") for k in tokens)]
        own = [t for t in tokens if t.head == a.i]
        if not later or any(t.dep not in _NAME_MODIFIERS | {"punct"} for t in own) or len(own) > 4:
            continue
        tokens[a.i] = replace(a, dep="conj")
        changed = True
    return repaired(sentence, tokens, LIST_APPOSITION) if changed else sentence


def _time_after_place(sentence: Sentence) -> Sentence:
    """ "arrived at [the airport] Thursday morning" parsed with the airport as a compound of
    "morning" (or of "Thursday", itself a compound of "morning"): the place, which has its own
    preposition, goes back to the verb as an oblique."""
    times = time_words()
    if not any(t.text.lower() in times for t in sentence.tokens):
        return sentence
    tokens = list(sentence.tokens)
    kids: dict[int, list[int]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    changed = False
    for t in sentence.tokens:
        verb = t.head
        if t.text.lower() not in times or t.dep == "compound" or tokens[verb].pos not in ("VERB", "AUX"):
            continue
        if any(tokens[c].dep == "case" for c in kids.get(t.i, ())):
            continue  # "on Thursday": a proper time phrase
        stack = [c for c in kids.get(t.i, ()) if tokens[c].dep in ("compound", "flat")]
        while stack:
            c = stack.pop()
            if tokens[c].text.lower() in times:
                stack += [k for k in kids.get(c, ()) if tokens[k].dep in ("compound", "flat")]
            elif c < t.i and any(tokens[k].dep == "case" for k in kids.get(c, ())):
                tokens[c] = replace(tokens[c], head=verb, dep="obl")
                changed = True
    return repaired(sentence, tokens, TIME_AFTER_PLACE) if changed else sentence


def _phrase_after_time(sentence: Sentence) -> Sentence:
    """ "met on Tuesday *with Seyyed Hassan Nasrallah*" parsed with the partner under "Tuesday"
    (held-out seed 2065): a day takes no "with", "in" or "to" phrase of its own, so one after a
    time word of a verb's goes to the verb (not an "of" phrase: "on the 10th of May")."""
    times = time_words()
    if not any(t.text.lower() in times for t in sentence.tokens):
        return sentence
    tokens = list(sentence.tokens)
    cases = {t.head: t.lemma.lower() for t in tokens if t.dep == "case"}
    changed = False
    for c in sentence.tokens:
        t = tokens[c.head]
        if c.dep != "nmod" or c.i < t.i or t.text.lower() not in times or cases.get(c.i, "of") == "of":
            continue
        if t.dep.startswith("obl") and tokens[t.head].pos in ("VERB", "AUX"):
            tokens[c.i] = replace(c, head=t.head, dep="obl")
            changed = True
    return repaired(sentence, tokens, PHRASE_AFTER_TIME) if changed else sentence


def _saying_clause(sentence: Sentence) -> Sentence:
    """ ", saying …" hung on a verb with no subject of its own, inside a noun's infinitive or
    participle ("Washington's decision to pull its troops, saying …"): it goes up to the nearest
    verb above that has a subject, the one speaking."""
    tokens = list(sentence.tokens)
    verbs = reporting_verbs()
    changed = False
    for v in sentence.tokens:
        if v.tag != "VBG" or v.dep != "advcl" or v.lemma not in verbs or v.i == 0 or tokens[v.i - 1].text != ",":
            continue
        if _has_subject(tokens, v.head):
            continue
        speaker_verb = _verb_with_subject(tokens, v.head)
        if speaker_verb is not None and speaker_verb != v.head:
            tokens[v.i] = replace(tokens[v.i], head=speaker_verb)
            changed = True
    return repaired(sentence, tokens, SAYING_CLAUSE) if changed else sentence


def _fronted_subject(sentence: Sentence) -> Sentence:
    """ "At a meeting with al-Hakim, Haddad-Adel stated that …" with the name after the comma read
    as an apposition of the fronted phrase's last noun, and the verb left with no subject: a
    name of proper nouns right before a subjectless finite verb, after a comma, hung inside a
    phrase that the verb governs, is the verb's subject (its first word the head)."""
    tokens = list(sentence.tokens)
    changed = False
    for v in sentence.tokens:
        if v.pos != "VERB" or v.tag not in _FINITE or _has_subject(tokens, v.i):
            continue
        title = _title_before(tokens, v.i)  # ", Zarif, the Iranian Foreign Minister, arrived"
        end = v.i if title is None else title[0] - 1
        while title is None and tokens[end - 1].dep == "advmod" and tokens[end - 1].head == v.i:
            end -= 1  # "During his trip to Muscat, Khaji *also* met …" (held-out seed 2092)
        comma = end - 1
        while comma > 0 and end - comma <= _MAX_NAME_WORDS and tokens[comma].text != ",":
            comma -= 1
        name = range(comma + 1, end)
        if comma <= 0 or tokens[comma].text != "," or not name or tokens[name[0]].pos != "PROPN" \
                or any(tokens[k].pos not in ("PROPN", "PUNCT") or tokens[k].text == "," for k in name):
            continue
        outside = {tokens[k].head for k in (*name, *(title or ()))} - set(name) - set(title or ())
        if not outside or not all(h < comma and _governed_by(tokens, h, v.i) for h in outside) \
                or not any(tokens[k].dep == "appos" for k in name):
            continue
        first = name[0]
        tokens[first] = replace(tokens[first], head=v.i, dep="nsubj")
        for k in name[1:]:
            tokens[k] = replace(tokens[k], head=first, dep="punct" if tokens[k].pos == "PUNCT" else "flat")
        if title is not None:
            top = next(k for k in title if tokens[k].head not in title)
            tokens[top] = replace(tokens[top], head=first, dep="appos")
            tokens[title[0] - 1] = replace(tokens[title[0] - 1], head=top, dep="punct")
        changed = True
    return repaired(sentence, tokens, FRONTED_SUBJECT) if changed else sentence


def _title_before(tokens, v: int) -> range | None:
    """The words of an apposition between two commas right before token v, headed by one common
    or proper noun hung as an apposition ("the Iranian Foreign Minister"); None if there is none."""
    if v < 2 or tokens[v - 1].text != ",":
        return None
    c = v - 2
    while c > 0 and v - c <= _MAX_TITLE_WORDS and tokens[c].text != ",":
        c -= 1
    phrase = range(c + 1, v - 1)
    tops = [k for k in phrase if tokens[k].head not in phrase]
    if tokens[c].text != "," or len(tops) != 1 or tokens[tops[0]].dep != "appos" \
            or tokens[tops[0]].pos not in ("NOUN", "PROPN"):
        return None
    return phrase


_MAX_NAME_WORDS = 6


def _visiting_guest(sentence: Sentence) -> Sentence:
    """ "Raisi met with *visiting* Chinese Defense Minister Wei Fenghe" parsed with "visiting" as a
    verb whose object is the minister (so Raisi visited him, and the meeting was dropped as that
    visit's means): after "with" or a host's verb, "visiting" describes its guest, who is what the
    preposition or verb governs (held-out seed 2045, tehrantimes-472203)."""
    tokens = list(sentence.tokens)
    changed = False
    for t in sentence.tokens:
        if t.text.lower() != "visiting" or t.pos != "VERB" or t.i == 0 or t.head == t.i:
            continue
        before, head = tokens[t.i - 1], tokens[t.head]
        objects = [k.i for k in tokens if k.head == t.i and k.dep == "obj" and k.i > t.i]
        with_ = before.text.lower() == "with" and before.head == t.i
        hosted = before.i == head.i and head.lemma in _HOSTING
        if len(objects) != 1 or not (with_ or hosted) or head.pos != "VERB":
            continue
        guest = objects[0]
        for k in tokens:  # its other phrases are the meeting's: "received visiting X *in Tehran*"
            if k.head == t.i and k.i != guest and k.i != before.i:
                tokens[k.i] = replace(k, head=head.i)
        tokens[guest] = replace(tokens[guest], head=head.i, dep="obl" if with_ else "obj")
        tokens[t.i] = replace(tokens[t.i], head=guest, dep="amod", pos="ADJ", tag="JJ", lemma="visiting")
        if with_:
            tokens[before.i] = replace(before, head=guest, dep="case", pos="ADP", tag="IN")
        changed = True
    return repaired(sentence, tokens, VISITING_GUEST) if changed else sentence


_HOSTING = frozenset({"meet", "receive", "host", "welcome", "greet"})
# The relation a title phrase takes where the parser had the clause of "acting": the subject
# clause's is a subject, a complement's an object, an adverbial clause's an oblique.
_ACTING_ROLE = {"csubj": "nsubj", "csubj:pass": "nsubj:pass", "xcomp": "obj", "ccomp": "obj", "advcl": "obl",
                "acl": "nmod", "acl:relcl": "nmod"}


def _acting_title(sentence: Sentence) -> Sentence:
    """ "Zarif held a phone conversation with *acting* Afghan foreign minister Mohammad Haneef
    Atmar", "Iraq's acting foreign minister said …": "acting" read as a verb whose object is the
    office holder, so the conversation had no partner and the minister no clause role (held-out
    seed 2047). When that object's phrase starts right after "acting", "acting" is the title's
    adjective and the phrase takes its place: its "with" and its possessor ("Iraq's") are the
    phrase's, its other phrases ("on Monday") the governing word's."""
    tokens = list(sentence.tokens)
    changed = False
    for t in sentence.tokens:
        objects = [k.i for k in tokens if k.head == t.i and k.dep == "obj" and k.i > t.i]
        if t.text.lower() != "acting" or t.pos != "VERB" or t.head == t.i or len(objects) != 1 \
                or _leftmost(tokens, objects[0]) != t.i + 1:
            continue
        holder, head = objects[0], tokens[t.i].head
        owner = _possessor_before(tokens, t.i)
        if owner is not None and tokens[owner].head != t.i:  # "talks with Iraq's acting …": Iraq's place
            head, dep = tokens[owner].head, tokens[owner].dep
            moved = (owner,) + tuple(k.i for k in tokens if k.head == owner and k.dep == "case" and k.i < owner)
        else:
            dep, moved = _ACTING_ROLE.get(t.dep, t.dep), ()
            if tokens[head].pos in ("NOUN", "PROPN") and dep == "obl":
                dep = "nmod"
        for k in tokens:
            if k.i in moved or (k.head == t.i and k.i != holder):
                tokens[k.i] = _acting_part(tokens, k, holder, owner, t.head)
        tokens[holder] = replace(tokens[holder], head=head, dep=dep)
        tokens[t.i] = replace(tokens[t.i], head=holder, dep="amod", pos="ADJ", tag="JJ", lemma="acting")
        changed = True
    return repaired(sentence, tokens, ACTING_TITLE) if changed else sentence


def _acting_part(tokens, k: Token, holder: int, owner: int | None, head: int) -> Token:
    """Where a word that hung on "acting" (or the possessor moved with it) goes: ``head`` is the
    word "acting" hung on."""
    if k.i == owner:
        return replace(k, head=holder, dep="nmod:poss")
    if owner is not None and k.i == owner + 1:
        return replace(k, head=owner, dep="case", pos="PART")  # the "'s"
    if k.dep in ("mark", "case") and k.i < (holder if owner is None else owner):
        return replace(k, head=holder, dep="case", pos="ADP", tag="IN")  # "with"
    return replace(k, head=head)


def _possessor_before(tokens, i: int) -> int | None:
    """The name right before "'s acting"."""
    if i >= 2 and tokens[i - 1].text in ("'s", "’s") and tokens[i - 2].pos == "PROPN":
        return i - 2
    return None


def _leftmost(tokens, i: int) -> int:
    """The first token of the phrase token i heads."""
    first = i
    for k in tokens:
        if k.i < first and _governed_by(tokens, k.i, i):
            first = k.i
    return first
_MAX_TITLE_WORDS = 10


def _governed_by(tokens, i: int, v: int) -> bool:
    """Is token i inside the phrase of a dependent of v (v excluded)?"""
    for _ in range(len(tokens)):
        if tokens[i].head == v:
            return i != v
        if tokens[i].head == i:
            return False
        i = tokens[i].head
    return False


def _has_subject(tokens, i: int) -> bool:
    return any(t.head == i and t.dep in _SUBJECTS and t.i != i for t in tokens)


def _verb_with_subject(tokens, i: int) -> int | None:
    """The nearest verb above token i (i excluded) that has a subject."""
    for _ in range(len(tokens)):
        if tokens[i].head == i:
            return None
        i = tokens[i].head
        if tokens[i].pos in ("VERB", "AUX") and _has_subject(tokens, i):
            return i
    return None


def _phrase_head(tokens, i: int, head: int) -> int | None:
    """The word before "and" belongs to the phrase of which sibling of ``head``? (None: of none.)"""
    for _ in range(len(tokens)):
        if tokens[i].head == head:
            return i
        if tokens[i].head == i:
            return None
        i = tokens[i].head
    return None
