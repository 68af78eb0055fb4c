"""The coder stage's shortcuts change nothing: real articles code the same events and drops
with each shortcut switched off.

The shortcuts (coder/patterns.py, pipeline.py) skip work whose answer is known in advance:
``PatternSet.candidates`` passes over tokens no pattern can be triggered by,
``Triggered.possible`` over patterns that lack a word they need in the sentence,
``_ReadLazily`` reads sentences for the people they introduce only when an actor is next
resolved, and ``complements.refine`` keeps a pattern's code without gathering the trigger's modifiers
when the sentence has none of the lemmas it refines on, and ``ArticleActors`` adds the
countries each sentence names to its counts (for ``_topic`` and ``_home``) only when asked.
Each is replaced here by the slow way it stands for.
"""

from __future__ import annotations

from itertools import islice

import pytest

from conftest import shared_path
from dyad import pipeline
from dyad.actors.resolve import ArticleActors
from dyad.coder.patterns import Pattern, PatternSet, Triggered
from dyad.ingest import prepare_articles, read_articles
from dyad.nlp.pipeline import parse_articles
from dyad.pipeline import code_parsed, prepare_text

ARTICLES = 40


def _count_now(self, hits) -> None:
    """``ArticleActors._count_countries`` the slow way: each sentence's countries counted at once."""
    self._uncounted.append(hits)
    self._named_so_far()


@pytest.fixture(scope="module")
def sample(resources):
    corpus = shared_path("corpora", "tehran_times.jsonl.gz")
    articles = islice((prepare_text(a) for a in prepare_articles(read_articles([corpus]))), ARTICLES)
    return list(parse_articles(resources.nlp, articles))


def _coded(sample, res) -> list[tuple]:
    out = []
    for article, sentences in sample:
        c = code_parsed(article, sentences, res)
        out.append((article.doc_id, [e.to_json() for e in c.events], [(d.text, d.reason) for d in c.dropped]))
    return out


class _Eager:
    """The actor memory read right after each sentence, as before ``_ReadLazily``."""

    def __init__(self, actors):
        self.actors = actors

    def observe(self, g) -> None:
        self.actors.observe(g)

    def resolve(self, g, i, *, as_place=False):
        return self.actors.resolve(g, i, as_place=as_place)

    def names_actor(self, g, i) -> bool:
        return self.actors.names_actor(g, i)


class _AnyLemma:
    """``Pattern.refine_words`` that may meet any sentence: every refinement is looked for."""

    def isdisjoint(self, lemmas) -> bool:
        return False


def test_each_shortcut_leaves_the_events_and_drops_unchanged(sample, resources, monkeypatch):
    fast = _coded(sample, resources)
    assert sum(len(events) for _, events, _ in fast) > 20  # the sample has events to compare
    monkeypatch.setattr(PatternSet, "candidates", lambda self, lemmas, words: range(len(lemmas)))
    monkeypatch.setattr(Triggered, "possible", lambda self, lemmas: self.patterns)
    monkeypatch.setattr(pipeline, "_ReadLazily", _Eager)
    monkeypatch.setattr(Pattern, "refine_words", property(lambda self: _AnyLemma()))
    monkeypatch.setattr(ArticleActors, "_count_countries", _count_now)
    assert _coded(sample, resources) == fast


def test_the_refine_shortcut_sees_a_hyphenated_word_split_by_the_tokenizer(knowledge):
    # "a proposal for a cease-fire" tokenized "cease", "-", "fire": the refine list's "cease-fire"
    # is no lemma of the sentence, yet it refines the rejection (CAMEO manual, 1246)
    from conftest import parse
    from dyad.actors import ArticleActors
    from dyad.coder.core import code_sentence

    lexicon, patterns, ontology = knowledge
    spec = ("Iraq/PROPN/nsubj>1 rejected|reject/VERB/ROOT>1 Iran/PROPN/nmod:poss>4 's/PART/case>2 "
            "proposal/NOUN/obj>1 for/ADP/case>9 a/DET/det>9 cease/NOUN/compound>9 -/PUNCT/punct>9 fire/NOUN/nmod>4")
    events = code_sentence(parse(spec), patterns, ontology, ArticleActors(lexicon), date="2019-01-01")
    assert [(e.source.code, e.cameo, e.target.code) for e in events] == [("IRQ", "1246", "IRN")]
