"""Which language an article is written in, detected offline.

Dyad codes English today; an article in another language is skipped with
that reason (a ``Rejected`` of kind "language"), so that the skipped share is
visible and other languages can be switched on later with
``LanguagePolicy(accept=("en", "fr"))`` once there are models for them.

Detection uses py3langid, a maintained fork of langid.py whose model ships
inside the package (no download, no network). Its probabilities are
temperature-scaled by text length, and it confuses plain English news with
Nigerian Pidgin ("pcm") now and then, so the rule is asymmetric: an article
is skipped only when the accepted languages together are improbable (below
``reject_below``), not merely when another language ranks first. Skipping an
English story loses its events; coding a foreign one yields at worst a few
nonsense parses. For the same reason a text is only skipped when the other
language is itself probable (``sure``): tables of figures (Reuters' earnings
reports come out as "zxx", no linguistic content, or as Pidgin at p=0.15) are
kept. Texts with too few letters to judge keep the language their page
declared, or none.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from .sources.common import Rejected
from .types import Article, Record

__all__ = ["LanguageGuess", "LanguagePolicy", "check_language", "detect_language"]

_LETTER = re.compile(r"[^\W\d_]")
# py3langid's label for "no linguistic content" (tables of figures, lists of names).
NOT_LANGUAGES = frozenset({"zxx"})


@dataclass(frozen=True)
class LanguagePolicy:
    accept: tuple[str, ...] = ("en",)  # language codes as py3langid gives them (ISO 639-1 mostly)
    reject_below: float = 0.05  # skip when the accepted languages' probability is under this
    sure: float = 0.5  # ... and the other language's own probability at least this
    min_letters: int = 40  # fewer letters than this: too short to judge
    sample_chars: int = 1000  # the start of the text is enough, and keeps detection fast


@dataclass(frozen=True)
class LanguageGuess(Record):
    language: str  # the most probable language
    probability: float
    accepted: str | None  # the most probable accepted language, if any is plausible
    accepted_probability: float  # of all accepted languages together


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, policy: LanguagePolicy | None = None) -> LanguageGuess | None:
    """The language of ``text``, or None when it has too few letters to tell."""
    policy = policy or LanguagePolicy()
    sample = text[: policy.sample_chars]
    if len(_LETTER.findall(sample)) < policy.min_letters:
        return None
    ranked = _identifier().rank(sample)
    top, probability = ranked[0]
    accepted = [(lang, p) for lang, p in ranked if lang in policy.accept]
    total = sum(p for _, p in accepted)
    best = accepted[0][0] if accepted and total >= policy.reject_below else None
    return LanguageGuess(top, round(float(probability), 4), best, round(float(total), 4))


def check_language(article: Article, policy: LanguagePolicy | None = None) -> Article | Rejected:
    """The article with ``language`` set, or a Rejected saying which language it is in."""
    policy = policy or LanguagePolicy()
    guess = detect_language(article.text, policy)
    if guess is None:
        return article  # too short to judge: keep the declared language, if any
    if guess.accepted is not None:
        if article.language == guess.accepted:
            return article
        return dataclasses.replace(article, language=guess.accepted)
    if guess.language in NOT_LANGUAGES or guess.probability < policy.sure:
        return article  # tables, lists of figures, or no clear language: not evidence of another
    accepted = ", ".join(policy.accept)
    return Rejected(article.origin or article.doc_id,
                    f"language {guess.language!r} (p={guess.probability:.2f}); only {accepted} is coded",
                    "language")
