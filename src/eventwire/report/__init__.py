"""Summaries of a store and their Rich rendering (the CLI only prints them)."""

from .summary import ClaimLine, FailureKind, NotableQuote, Summary, summarise, trim, unquote

__all__ = ["ClaimLine", "FailureKind", "NotableQuote", "Summary", "summarise", "trim", "unquote"]
