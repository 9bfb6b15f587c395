"""What a store is: the :class:`Store` protocol and the plain values its queries return.

A backend (SQLite, PostgreSQL, the in-memory store) implements :class:`Store` and
registers with :func:`eventwire.store.register_backend`; every backend passes the same
conformance suite (``tests/store/conformance``).
Query results carry the rebuilt record objects (:class:`~eventwire.model.Event`,
:class:`~eventwire.model.Quote`, :class:`~eventwire.model.Claim`) plus the article fields
a reader needs to cite them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Protocol, runtime_checkable

from ..model import ArticleRecord, Claim, Event, Failure, Quote, Response

# the failure recorded when an id is stored again with other text (every backend)
CONFLICT_REASON = (
    "an article with this id is already stored with different text; kept the stored one"
    " (use --replace to replace it)"
)


@dataclass(slots=True)
class AddResult:
    """What one :meth:`Store.add` call did."""

    added: list[str] = field(default_factory=list)  # ids of newly stored articles
    skipped: list[str] = field(default_factory=list)  # already stored with the same text
    replaced: list[str] = field(default_factory=list)  # stored again with replace=True
    conflicts: list[str] = field(default_factory=list)  # same id, other text: kept the first
    failures: int = 0  # failure rows newly recorded (a repeated failure is recorded once)
    # new id -> the stored article with the same (or nearly the same) text
    copies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    id: str
    title: str | None
    published: str | None
    source: str | None


@dataclass(slots=True)
class EventHit:
    article: ArticleRef
    event: Event
    distance_km: float | None = None  # set for --near queries


@dataclass(slots=True)
class QuoteHit:
    article: ArticleRef
    quote: Quote


@dataclass(slots=True)
class ClaimHit:
    article: ArticleRef
    claim: Claim
    # responses to this claim in other stored articles (each with its ``article_id``):
    # those reported with the same claim elsewhere, and later counter-accusations
    elsewhere: list[Response] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArticleStats:
    count: int
    first_published: str | None
    last_published: str | None
    publishers: list[tuple[str, int]]  # (source, articles), most articles first
    copies: int = 0  # articles that republish an earlier stored one
    originals: int = 0  # distinct texts: an article and its republished copies count once


@dataclass(frozen=True, slots=True)
class ActorPair:
    """Events from actors coded ``source`` to actors coded ``target``."""

    source: str
    target: str
    events: int
    cooperation: int  # quad classes 1 and 2 (verbal and material cooperation)
    conflict: int  # quad classes 3 and 4 (verbal and material conflict)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of :meth:`Store.events`; every given filter must hold.

    ``actor`` matches a source or target actor, ``source``/``target`` one side; a code
    matches the 3-letter ``code`` ("COL") or the combined code with sector ("COLGOV").
    ``since``/``until`` compare ISO dates with the event date (the article's publication
    date when the event has none), inclusive. ``near`` = (lat, lon) with ``km`` radius,
    great-circle distance to the event's place. ``quad_class``, ``negated`` and
    ``hypothetical`` match the event's own values. ``offset`` matching events are skipped
    (in the stable order) before the ``limit`` are returned.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    near: tuple[float, float] | None = None
    km: float = 50.0
    article: str | None = None
    originals: bool = False  # leave out republished copies of stored articles
    limit: int | None = None
    quad_class: int | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Filters of :meth:`Store.quotes`. ``speaker`` is a case-insensitive part of the
    speaker's name (or mention text); ``actor`` a code as in :class:`EventFilter`."""

    speaker: str | None = None
    actor: str | None = None
    kind: str | None = None
    article: str | None = None
    originals: bool = False
    limit: int | None = None


@runtime_checkable
class Store(Protocol):
    """An article store. Open one with :func:`eventwire.store.open_store`."""

    path: str

    def add(
        self, records: Iterable[ArticleRecord], failures: Iterable[Failure] = (), *, replace: bool = False
    ) -> AddResult: ...

    def has(self, article_id: str, text: str | None = None, *, complete: bool = False) -> bool: ...

    def get(self, article_id: str) -> ArticleRecord | None: ...

    def iter_records(self) -> Iterator[ArticleRecord]: ...

    def events(self, where: EventFilter | None = None) -> list[EventHit]: ...

    def quotes(self, where: QuoteFilter | None = None) -> list[QuoteHit]: ...

    def claims(
        self,
        *,
        actor: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        between: tuple[str, str] | None = None,
        article: str | None = None,
        originals: bool = False,
    ) -> list[ClaimHit]: ...

    def failures(self, limit: int | None = None) -> list[Failure]: ...

    def failure_kinds(self, limit: int = 10) -> list[tuple[str, str, int, str]]: ...

    def article_stats(self) -> ArticleStats: ...

    def event_types(self, *, originals: bool = False) -> list[tuple[str, int]]: ...

    def actor_pairs(self, limit: int = 10, *, originals: bool = False) -> list[ActorPair]: ...

    def claim_statuses(self) -> list[tuple[str, int]]: ...

    def table_counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
