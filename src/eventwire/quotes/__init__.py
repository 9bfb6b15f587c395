"""Quotes and attribution: direct quotes and reported speech with their speakers.

The stage is :class:`eventwire.quotes.stage.QuoteStage` (registered as ``"quotes"``).
"""
