"""Summaries of a store and their Rich rendering (the CLI only prints them)."""

from .summary import ClaimLine, NotableQuote, Summary, summarise, trim

__all__ = ["ClaimLine", "NotableQuote", "Summary", "summarise", "trim"]
