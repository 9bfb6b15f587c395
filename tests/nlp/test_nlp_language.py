"""Articles not in English are recorded with their language and a note, not analysed."""

from __future__ import annotations

from typing import Any

from eventwire.model import Article
from eventwire.nlp.language import detect
from eventwire.pipeline import Pipeline, PipelineConfig

SPANISH = (
    "El gobierno de Colombia acusó el viernes a Rusia de interferir en la frontera con Venezuela "
    "y pidió explicaciones al embajador."
)
ARABIC = "اتهمت الحكومة الكولومبية يوم الجمعة روسيا بالتدخل في شؤونها على الحدود مع فنزويلا."
ENGLISH = "Colombia accused Russia on Friday of interference near the border with Venezuela."


def test_languages_are_named() -> None:
    for text, code in ((SPANISH, "es"), (ARABIC, "ar"), (ENGLISH, "en")):
        found = detect(text)
        assert found is not None and found.code == code
    assert detect("Troops moved.") is None  # too short to tell


def test_unsupported_languages_are_noted_not_silently_empty(nlp: Any) -> None:
    pipeline = Pipeline(PipelineConfig(stages=("actors", "events", "provenance")), nlp=nlp)
    es, ar, en = pipeline.run([Article(id="es", text=SPANISH), Article(id="ar", text=ARABIC),
                               Article(id="en", text=ENGLISH)])
    for record, code in ((es, "es"), (ar, "ar")):
        assert record.language == code and not record.events and not record.failures
        (note,) = [n for n in record.notes if n.kind == "unsupported_language"]
        assert "unsupported language" in note.message and repr(code) in note.message
        assert record.provenance.content_hash  # stored and deduplicated like any article
    assert en.language == "en" and en.events and not en.notes
