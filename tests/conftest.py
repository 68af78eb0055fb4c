"""Shared fixtures: the ../shared data beside the checkout, the trained model,
and hand-built parses for rule tests that must not depend on the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.types import Sentence, Token

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
SEEDS = SHARED / "seeds"


def shared_path(*parts: str) -> Path:
    """A file under ../shared/data, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared beside the checkout)")
    return path


def seed(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.exists() else []
    if not matches:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return matches[0]


def parse(spec: str, doc_id: str = "t", index: int = 0) -> Sentence:
    """A Sentence from a compact hand-written parse.

    Tokens are separated by spaces, each ``word/POS/dep>head`` or
    ``word|lemma/POS/dep>head`` (head = token index; a root points to itself).
    Entity labels may follow as ``#LABEL``.
    """
    tokens, text, offsets = [], "", []
    for n, item in enumerate(spec.split()):
        item, _, ent = item.partition("#")
        word_lemma, pos, rest = item.rsplit("/", 2)
        dep, head = rest.split(">")
        word, _, lemma = word_lemma.partition("|")
        if text:
            text += " "
        offsets.append(len(text))
        text += word
        tokens.append(Token(n, word, lemma or word.lower(), pos, "", dep, int(head), ent, offsets[-1]))
    return Sentence(doc_id, index, text, tuple(tokens))


def coded(knowledge, spec, *, date: str | None = "2019-01-16", **kw):
    """The events ``code_sentence`` gives a hand-built parse (a ``parse`` spec or a Sentence) with
    Dyad's lexicon, patterns and ontology (the ``knowledge`` fixture), no model involved."""
    from dyad.actors import ArticleActors
    from dyad.coder.core import code_sentence

    lexicon, patterns, ontology = knowledge
    sentence = parse(spec) if isinstance(spec, str) else spec
    return code_sentence(sentence, patterns, ontology, ArticleActors(lexicon), date=date, **kw)


def dyads(knowledge, spec, *, date: str | None = "2019-01-16", **kw) -> list[tuple[str, str | None, str]]:
    """(source, target, code) of the events ``coded`` gives a hand-built parse, sorted (no target
    before any)."""
    return sorted(((e.source.code, e.target.code if e.target else None, e.cameo)
                   for e in coded(knowledge, spec, date=date, **kw)), key=lambda d: (d[0], d[1] or "", d[2]))


@pytest.fixture(scope="session")
def resources():
    """Dyad's trained pipeline and knowledge, loaded once for the session."""
    from dyad.nlp.pipeline import default_model_path
    from dyad.pipeline import load_resources

    if not (default_model_path() / "meta.json").exists():
        pytest.fail(f"the shipped model is missing at {default_model_path()}")
    return load_resources()


@pytest.fixture(scope="session")
def gazetteer():
    """The built-in GeoNames gazetteer (for rule tests that place events)."""
    from dyad.places import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def lexicon():
    from dyad.actors import load_lexicon

    return load_lexicon()


@pytest.fixture(scope="session")
def knowledge():
    """Lexicon, patterns and ontology without the NLP model (for rule tests)."""
    from dyad.actors import load_lexicon
    from dyad.coder.patterns import load_patterns
    from dyad.ontology import load_ontology

    return load_lexicon(), load_patterns(), load_ontology()


def resolve_last(lexicon, specs: list[str], head: int, *, dateline: str | None = "IRN"):
    """The first mention the actor reader gives for token ``head`` of the last hand-built sentence,
    the sentences before it read first with every subject resolved, as the coder does; or None."""
    from dyad.actors import ArticleActors
    from dyad.coder.syntax import Graph

    actors = ArticleActors(lexicon, default_country=dateline)
    sentences = [parse(spec, index=k) for k, spec in enumerate(specs)]
    for s in sentences[:-1]:
        actors.observe(Graph.of(s))
        for k, tok in enumerate(s.tokens):
            if tok.dep == "nsubj":
                actors.resolve(Graph.of(s), k)
    mentions = actors.resolve(Graph.of(sentences[-1]), head)
    return mentions[0] if mentions else None


def coded_sample(resources, seed: int, docs: set[str]) -> dict:
    """doc id -> CodedArticle for the articles ``docs`` of the 40-article Tehran Times review sample
    drawn with ``seed`` (the held-out reviews' own articles, coded with the shipped pipeline)."""
    from dyad.ingest import sample_articles
    from dyad.pipeline import code_articles

    articles = [a for a in sample_articles(shared_path("corpora", "tehran_times.jsonl.gz"), 40, seed)
                if a.doc_id in docs]
    assert {a.doc_id for a in articles} == docs
    return {c.article.doc_id: c for c in code_articles(articles, resources)}


def sample_fixture(seed: int, docs: set[str]):
    """A module fixture named ``coded``: the articles ``docs`` of the review sample drawn with
    ``seed``, coded once for the module (``coded_sample``); a seed's test file assigns it to
    ``coded`` and its tests take ``coded``."""
    @pytest.fixture(scope="module", name="coded")
    def _coded(resources):
        return coded_sample(resources, seed, docs)
    return _coded


def sentence_events(coded: dict, doc: str, sentence: int) -> list[tuple]:
    """(source, code, target, mode) of the events of one sentence of a ``coded_sample`` article."""
    return sorted((e.source.code, e.cameo, e.target.code if e.target else None, e.mode)
                  for e in coded[f"tehrantimes-{doc}"].events if e.sentence_index == sentence)


def text_events(resources, text: str) -> list[tuple]:
    """(source, code, target, mode) of the events Dyad codes in one undated text."""
    from dyad.pipeline import code_articles
    from dyad.types import Article

    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.mode)
            for c in code_articles([Article(doc_id="t", text=text)], resources) for e in c.events]
