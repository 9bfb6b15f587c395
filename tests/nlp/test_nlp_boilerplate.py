"""Boilerplate paragraphs are found, kept out of the analysed text, and recorded."""

from __future__ import annotations

from typing import Any

from eventwire.model import Article
from eventwire.nlp.boilerplate import find, mask
from eventwire.pipeline import Pipeline, PipelineConfig

BODY = (
    "Peru's army said on Tuesday that rebels attacked a patrol near Ayacucho.\n"
    "Sign up for our weekly Andes briefing, delivered to your inbox.\n"
    "The defence minister accused the rebels of breaking the truce.\n"
    "Share this article\n"
    "Facebook | Twitter | WhatsApp | Email\n"
    "Officials said two soldiers were wounded.\n"
)
TAIL = (
    "(Reporting by Ana Quispe; Editing by Tom Reyes)\n"
    "Source: Andina\n"
    "\n"
    "Marta Salas is an award-winning journalist who covers the Andean region for the agency.\n"
)


def test_each_kind_is_found_where_it_may_stand() -> None:
    text = BODY + TAIL
    found = {(p.text, p.kind) for p in find(text)}
    assert found == {
        ("Sign up for our weekly Andes briefing, delivered to your inbox.", "newsletter"),
        ("Share this article", "share"),
        ("Facebook | Twitter | WhatsApp | Email", "share"),
        ("(Reporting by Ana Quispe; Editing by Tom Reyes)", "credit"),
        ("Source: Andina", "credit"),
        ("Marta Salas is an award-winning journalist who covers the Andean region for the agency.", "bio"),
    }
    for p in find(text):
        assert text[p.start : p.end] == p.text


def test_a_bio_like_sentence_in_the_body_is_content() -> None:
    text = (
        "Maria Ramos is a journalist who was detained on Monday by police in Caracas.\n"
        "Her editor said the arrest was unlawful.\n"
    )
    assert find(text) == []


def test_mask_keeps_length_and_line_breaks() -> None:
    text = BODY + TAIL
    masked = mask(text, find(text))
    assert len(masked) == len(text)
    assert masked.count("\n") == text.count("\n")
    assert "Sign up" not in masked and "journalist" not in masked and "Andina" not in masked
    assert "rebels attacked a patrol" in masked


def test_the_stages_do_not_read_the_boilerplate(nlp: Any) -> None:
    pipeline = Pipeline(PipelineConfig(stages=("actors", "events", "provenance")), nlp=nlp)
    record = pipeline.analyse(Article(id="b1", text=BODY + TAIL))
    tail_start = len(BODY)
    assert record.events and all(e.trigger.start < tail_start for e in record.events)
    assert all(a.start < tail_start for a in record.actors)
    assert not any(a.text in ("Marta Salas", "Ana Quispe", "Tom Reyes") for a in record.actors)
    kinds = [p.kind for p in record.provenance.boilerplate]
    assert kinds == ["newsletter", "share", "share", "credit", "credit", "bio"]
    assert record.provenance.original_source == "Andina"  # the credit is still read
    assert record.text == BODY + TAIL  # stored as given


def test_the_seed_articles_closing_bio_is_not_analysed(seed_text: str, nlp: Any) -> None:
    pipeline = Pipeline(PipelineConfig(), nlp=nlp)
    record = pipeline.analyse(Article(id="seed", text=seed_text))
    (bio,) = [p for p in record.provenance.boilerplate if p.kind == "bio"]
    assert bio.end == len(seed_text.rstrip())
    inside = [
        r.text
        for r in (*record.actors, *record.places, *record.counts)
        if bio.start <= r.start < bio.end
    ]
    assert inside == []
    assert all(not bio.start <= e.trigger.start < bio.end for e in record.events)
    assert all(not bio.start <= q.content.start < bio.end for q in record.quotes)
    assert record.provenance.original_source == "Gestion"
