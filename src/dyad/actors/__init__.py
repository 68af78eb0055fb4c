"""Actors: who is who in an article (countries, sectors, organisations, people)."""

from .explain import ActorReport, describe
from .lexicon import Lexicon, load_lexicon
from .resolve import ArticleActors

__all__ = ["ActorReport", "ArticleActors", "Lexicon", "describe", "load_lexicon"]
