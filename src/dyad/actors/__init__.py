"""Actors: who is who in an article (countries, sectors, organisations, people)."""

from .lexicon import Lexicon, load_lexicon
from .resolve import ArticleActors

__all__ = ["ArticleActors", "Lexicon", "load_lexicon"]
