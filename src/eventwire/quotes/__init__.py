"""Quotes and attribution: direct quotes and reported speech with their speakers.

The stage is :class:`eventwire.quotes.stage.QuoteStage` (registered as ``"quotes"``; it
reads the parse, ``record.actors`` and ``record.events`` and fills ``record.quotes``).

How it works, module by module:

- :mod:`.marks` pairs quotation marks in one linear scan (curly, straight, guillemets,
  doubled apostrophes, single quotes; nested and unbalanced marks; quotes running over
  paragraphs);
- :mod:`.direct` decides which runs are whole utterances (direct quotes) and finds their
  attribution ("“…,” said X", "X said: “…”", "“…,” X said, “…”" as one quote in two
  parts, "“…” ― X"), or infers the speaker of an unattributed quote;
- :mod:`.reported` finds reported speech, beliefs and stances on the dependency parse
  ("X warned that …", "according to X, …", "X, who said …", "X denied …");
- :mod:`.speaker` turns a speaker mention into name, role, affiliation, type and actor
  code, through the actor stage's mentions and coreference, with its own fallback;
- :mod:`.link` links a quote to the verbal event it voices.

Conventions of the output (they follow the PolNeAR annotation the stage is scored on):
direct content includes its quotation marks; a quotation that is only part of a sentence
("called the accusations “unfounded”", "said that “…”") is not a direct quote but lies
inside the content of the reported-speech quote around it; an indirect quote's content is
the reported clause, "that" included. A reported content that opens with the speaker's
own quoted words ("she said “harbour tolls” and a fuel levy would pay for the
bridge") is given as ``kind="direct"``: its content starts inside quotation marks.

The cue lexicon (``data/quotes/cues.tsv``) and speaker-type words
(``data/quotes/speakers.tsv``) are documented data files; the stage options ``cues`` and
``speakers`` add user files of the same format.
"""
