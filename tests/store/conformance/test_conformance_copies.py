"""Cross-article provenance: copies of one story from several outlets are linked at store time."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord
from eventwire.report import summarise
from eventwire.store import EventFilter, QuoteFilter

from .conftest import OpenBackend

STORY = (
    "Troops from Venezuela were moved towards the border with Colombia on Tuesday, the defence "
    "ministry in Bogota said, adding that the deployment followed weeks of clashes between armed "
    "groups in the state of Apure. Officials said more than two thousand people had fled their homes "
    "since the fighting began, and aid groups warned that shelters in Arauca were already full. "
    "The foreign ministry in Caracas rejected the account and said its forces were only protecting "
    "civilians from criminal gangs operating along the river. Regional diplomats called for talks "
    "between the two governments before the end of the month."
)
OTHER = (
    "Farmers in the south of the country blocked three highways on Monday to protest against a rise "
    "in fuel prices, and police used tear gas to clear one of the roads near the capital, witnesses "
    "said. The agriculture minister promised to meet union leaders later in the week."
)


def _record(article_id: str, text: str, source: str | None) -> ArticleRecord:
    return ArticleRecord(id=article_id, text=text, source=source, published="2021-03-23")


def test_two_outlets_republishing_one_story(open_backend: OpenBackend) -> None:
    first = _record("wire-1", STORY, "Andes Wire")
    copy = _record("daily-7", "BOGOTA (Andes Wire) — " + STORY.replace("Tuesday", "Tuesday night"),
                   "Caribbean Daily")
    with open_backend() as store:
        store.add([first])
        result = store.add([copy])
        assert result.copies == {"daily-7": "wire-1"}
        got = store.get("daily-7")
        assert got is not None
        assert got.provenance.republished_from == "wire-1"
        assert got.provenance.independent_sources == 2
        original = store.get("wire-1")
        assert original is not None
        assert original.provenance.republished_from is None
        assert original.provenance.independent_sources == 2  # updated when the copy arrived

        # a second copy by a publisher already counted adds no source; an unrelated story is alone
        again = _record("daily-8", STORY + " Updated at noon.", "caribbean daily")
        other = _record("farm-1", OTHER, "Andes Wire")
        result = store.add([again, other])
        assert result.copies == {"daily-8": "wire-1"}
        assert store.get("daily-8").provenance.independent_sources == 2  # type: ignore[union-attr]
        alone = store.get("farm-1")
        assert alone is not None
        assert alone.provenance.republished_from is None and alone.provenance.independent_sources == 1
        stats = store.article_stats()
        assert (stats.count, stats.originals, stats.copies) == (4, 2, 2)


def test_copies_inside_one_batch_and_exact_copies(open_backend: OpenBackend) -> None:
    with open_backend() as store:
        result = store.add([
            _record("x1", STORY, "One"),
            _record("x2", STORY.replace(" ", "  "), "Two"),  # same text, other spacing
            _record("x3", STORY, None),  # unknown publisher counts as its own
        ])
        assert result.copies == {"x2": "x1", "x3": "x1"}
        assert store.get("x3").provenance.independent_sources == 3  # type: ignore[union-attr]


def test_pipeline_provenance_records_are_linked(
    analyse: Callable[..., ArticleRecord], open_backend: OpenBackend
) -> None:
    """Records from the real provenance stage: its credit-insensitive hash links the copies."""
    a = analyse(STORY + "\n\nSource: Andes Wire", stages=("provenance",), article_id="p1")
    b = analyse(STORY + "\n\nSource: Reuters", stages=("provenance",), article_id="p2")
    a.source, b.source = "Andes Wire", "Gulf Times"
    b.provenance.source = "Gulf Times"
    a.provenance.source = "Andes Wire"
    with open_backend() as store:
        assert store.add([a, b]).copies == {"p2": "p1"}
        got = store.get("p2")
        assert got is not None and got.provenance.independent_sources == 2
        assert got.provenance.content_hash == a.provenance.content_hash


def test_aggregates_can_leave_copies_out(
    open_backend: OpenBackend, make_record: Callable[..., ArticleRecord]
) -> None:
    with open_backend() as store:
        store.add([make_record("a1"), make_record("copy", source="Other Outlet")])
        assert {h.article.id for h in store.events()} == {"a1", "copy"}
        assert {h.article.id for h in store.events(EventFilter(originals=True))} == {"a1"}
        assert {h.article.id for h in store.quotes(QuoteFilter(originals=True))} == {"a1"}
        assert dict(store.event_types())["ACCUSE"] == 2
        assert dict(store.event_types(originals=True))["ACCUSE"] == 1
        pairs = {(p.source, p.target): p.events for p in store.actor_pairs(originals=True)}
        assert pairs[("COL", "RUS")] == 1
        assert {h.article.id for h in store.claims()} == {"a1", "copy"}
        assert {h.article.id for h in store.claims(originals=True)} == {"a1"}
        assert {c.article_id for c in summarise(store).top_claims} == {"a1"}


def test_the_earliest_published_copy_is_the_original_whatever_the_order(open_backend: OpenBackend) -> None:
    late = ArticleRecord(id="late", text=STORY + " Reporting by staff.", source="Daily",
                         published="2021-03-25")
    early = ArticleRecord(id="early", text=STORY, source="Wire", published="2021-03-23")
    with open_backend() as store:
        store.add([late])
        result = store.add([early])
        assert result.copies == {"early": "late"}  # found through the copy stored first
        assert early.provenance.republished_from is None
        got_late, got_early = store.get("late"), store.get("early")
        assert got_late is not None and got_early is not None
        assert got_late.provenance.republished_from == "early"
        assert got_early.provenance.republished_from is None
        assert got_late.provenance.independent_sources == got_early.provenance.independent_sources == 2
        stats = store.article_stats()
        assert (stats.originals, stats.copies) == (1, 1)
