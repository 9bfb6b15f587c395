"""The NLP layer. spaCy objects never leave this package."""

from .document import Entity, ParsedDoc, Sentence, Token
from .parse import Parser, load_nlp

__all__ = ["Entity", "ParsedDoc", "Parser", "Sentence", "Token", "load_nlp"]
