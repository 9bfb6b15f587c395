"""Which language an article is in: only English is analysed.

The stages read English (the spaCy model, the trigger and actor tables), so an article in
another language would come out with no events and no word why. :func:`detect` names the
language with py3langid (a maintained fork of langid.py: a naive Bayes model over byte
n-grams for 97 languages, shipped inside the package as a compressed NumPy file, no
network, deterministic, about 5 MB; chosen over langdetect, which is random unless
seeded and slower, and over fastText-based detectors, whose models are downloaded or ten
times the size). The first ``SAMPLE_CHARS`` characters are enough, so the cost does not
grow with the article. Texts with fewer than ``MIN_LETTERS`` letters are not judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..resources import word_list

SAMPLE_CHARS = 3000
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.5  # below this, a non-English guess is not trusted
SUPPORTED = frozenset({"en"})
# English-based creoles the model knows are read as English: their texts are English news
# often enough (Nigerian Pidgin, Scots, Jamaican Patois, Tok Pisin, Bislama)
ENGLISH_LIKE = word_list("nlp/words.tsv", "english_like")


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639 code as py3langid gives it ("en", "es", "ar", "zh", ...)
    confidence: float

    @property
    def supported(self) -> bool:
        return self.code in SUPPORTED or self.confidence < MIN_CONFIDENCE


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> Language | None:
    """The language of ``text``, or None when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    code = "en" if code in ENGLISH_LIKE else str(code)
    return Language(code, round(float(confidence), 3))
