"""The vocabulary that crosses stage boundaries: plain data classes, no spaCy objects.

Every extracted field keeps its character span (``start``/``end`` are Python string
indices into the article text, end-exclusive, and ``text == article_text[start:end]``)
and the raw text beside the resolved value. When a value cannot be resolved, the field
is ``None`` and ``reason`` says why.

Mention-like records (actors, places, speakers, counts) carry ``start, end, text``
directly, so that their JSON form is flat: ``{"start": 0, "end": 8, "text": "Colombia",
"name": "Colombia", "code": "COL", ...}``. Serialise with :func:`to_dict`; read back
with :func:`record_from_dict`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")

SCHEMA_VERSION = "1.1.0"
PLOVER_VERSION = "0.8"


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of the article text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Article:
    """An input article, as ingested. ``text`` is analysed exactly as given."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as found
    url: str | None = None
    source: str | None = None  # publisher / site name
    author: str | None = None
    origin: str | None = None  # file path (and line) it was read from
    notes: list[Note] = field(default_factory=list)  # what ingest changed or noticed


@dataclass(slots=True)
class ActorMention:
    """One mention of an actor: a country, organisation, group, or person."""

    start: int
    end: int
    text: str
    name: str  # canonical name ("Colombia", "Iván Duque", "National Liberation Army")
    code: str | None = None  # 3-letter country code or IGO/NGO/... code
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, REB, OPP, JUD, LEG, COP, MED, JRN, BUS, CVL, EDU, NGO, IGO, ...
    wikidata: str | None = None
    kind: str = "unknown"  # country | government | organisation | group | person | pronoun | description
    # | metonym (a capital or seat acting: "Moscow said") | location (a place named as a party)
    role: str | None = None  # for people: "Defense Minister", "professor of Political Science"
    affiliation: str | None = None  # "National University of Colombia"
    entity: str | None = None  # in-document coreference id: mentions of one entity share it
    reason: str | None = None  # why code/country could not be resolved

    @property
    def actor_code(self) -> str | None:
        """CAMEO-style combined code such as ``COLGOV``."""
        if self.code is None:
            return None
        return self.code + (self.sector or "")


@dataclass(slots=True)
class EventDate:
    raw: str | None  # the words in the text ("this Friday"); None when taken from publication
    value: str | None  # ISO 8601 at its granularity: "2021-03-26", "2019-04", "2019"
    granularity: str | None  # day | month | year | range | unknown
    start: int | None = None
    end: int | None = None
    basis: str = "text"  # text | published | none
    reason: str | None = None


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166 alpha-3
    admin1: str | None = None
    geonames_id: int | None = None
    feature_code: str | None = None
    population: int | None = None
    kind: str = "toponym"  # toponym | border | side | landmark | demonym ("Russian": the country) |
    # metonym ("Moscow said": the town); demonyms and metonyms refer to a place but are no scene
    confidence: float = 0.0
    reason: str | None = None


@dataclass(slots=True)
class Count:
    """A reported figure: "more than 20 people dead" → category dead, low 21, best 21."""

    start: int
    end: int
    text: str
    category: str  # dead | injured | displaced | arrested | missing | troops | aircraft | ...
    low: int | None = None
    best: int | None = None
    high: int | None = None
    qualifier: str | None = None  # "more than", "at least", "almost", ...
    event_id: str | None = None
    place: Place | None = None
    reporter: ActorMention | None = None
    reason: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER 0.8 category
    trigger: Span
    sentence: Span
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    reported: bool = False  # the act is reported inside someone's speech
    reported_by: str | None = None  # id of the verbal event that reports it
    date: EventDate | None = None
    place: Place | None = None
    counts: list[Count] = field(default_factory=list)
    confidence: float = 0.0
    rule: str | None = None  # which rule or model produced it: the explanation


@dataclass(slots=True)
class Speaker:
    start: int | None  # None when the quote has no speaker mention in the text
    end: int | None
    text: str | None
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    type: str | None = None  # official | spokesperson | expert | witness | anonymous | media | organisation
    actor_code: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class Quote:
    id: str
    kind: str  # direct | indirect
    content: Span
    cue: Span | None = None
    speaker: Speaker | None = None
    parts: list[Span] = field(default_factory=list)  # pieces of a quote split around its attribution
    event_id: str | None = None
    confidence: float = 0.0


@dataclass(slots=True)
class Claim:
    id: str
    claimant: ActorMention | None
    accused: list[ActorMention]
    proposition: Span
    status: str  # asserted | evidence_not_shown | evidence_cited | disputed | denied | confirmed
    hedges: list[Span] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    date: EventDate | None = None
    responses: list[Response] = field(default_factory=list)


@dataclass(slots=True)
class Response:
    """A denial, rejection or counter-accusation answering a claim."""

    kind: str  # denial | rejection | counter_accusation | confirmation
    responder: ActorMention | None
    span: Span
    event_id: str | None = None
    article_id: str | None = None  # set when the response is in another stored article
    date: EventDate | None = None


@dataclass(slots=True)
class Provenance:
    source: str | None = None  # publisher of this copy
    original_source: str | None = None  # "Source: Gestion", "(AP) —"
    original_span: Span | None = None
    credited_agencies: list[str] = field(default_factory=list)
    content_hash: str | None = None
    republished_from: str | None = None  # id of an earlier stored copy
    independent_sources: int | None = None
    # set when the article was fetched from the web (eventwire.fetch)
    final_url: str | None = None  # the URL the page came from, after redirects
    http_status: int | None = None
    fetched_at: str | None = None  # ISO 8601 UTC time of the fetch
    body_hash: str | None = None  # SHA-256 (hex) of the response body as received
    boilerplate: list[Boilerplate] = field(default_factory=list)  # kept out of the analysis


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A part of the text that is not the article's content (an author bio, a newsletter
    blurb, a share prompt, a wire-credit footer): stored, but not analysed."""

    start: int
    end: int
    text: str
    kind: str  # bio | newsletter | share | credit


@dataclass(slots=True)
class Note:
    """Something eventwire changed in or noticed about an input, short of a failure: control
    characters removed, an over-long token cut, the language, markup in a title."""

    stage: str  # "ingest", "parse", "language", ...
    kind: str  # control_chars | long_token | unsupported_language | markup | published | ...
    message: str
    start: int | None = None  # span of the text concerned, when there is one
    end: int | None = None


@dataclass(slots=True)
class Failure:
    stage: str
    reason: str
    input: str | None = None  # file / line / article id


@dataclass(slots=True)
class ArticleRecord:
    """One analysed article: the output contract (see ``schema/article.schema.json``)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    failures: list[Failure] = field(default_factory=list)
    language: str | None = None  # ISO 639-1 code of the detected language
    notes: list[Note] = field(default_factory=list)
    # plug-in stages' own output, one entry per stage name (``ext.NAME`` in requires/assigns)
    ext: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION
    plover_version: str = PLOVER_VERSION


_SCALARS = (str, int, float, bool, type(None))
_SCALAR_TYPES: frozenset[type[Any]] = frozenset(_SCALARS)
# type -> its data class field names, or None for a type that is no data class
_FIELD_NAMES: dict[type[Any], tuple[str, ...] | None] = {}


def _field_names(obj: Any) -> tuple[str, ...] | None:
    kind = type(obj)
    try:
        return _FIELD_NAMES[kind]
    except KeyError:
        pass
    names = None
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = tuple(f.name for f in dataclasses.fields(obj))
    _FIELD_NAMES[kind] = names
    return names


def to_dict(obj: Any) -> Any:
    """Serialise a record (or any of the data classes above) into JSON-ready values."""
    if type(obj) in _SCALAR_TYPES or isinstance(obj, _SCALARS):
        return obj
    names = _field_names(obj)
    if names is not None:
        out = {}
        for name in names:
            value = getattr(obj, name)
            out[name] = value if type(value) in _SCALAR_TYPES else to_dict(value)
        return out
    if isinstance(obj, list | tuple):
        return [v if type(v) in _SCALAR_TYPES else to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


Convert = Callable[[Any], Any]
_PLANS: dict[type[Any], tuple[tuple[str, Convert | None], ...]] = {}
_CONVERTERS: dict[Any, Convert | None] = {}


def _plan(cls: type[Any]) -> tuple[tuple[str, Convert | None], ...]:
    """(name, converter of a non-None value or None to keep it as is) of each field of ``cls``,
    worked out once per class from its resolved type hints."""
    found = _PLANS.get(cls)
    if found is None:
        import typing

        hints = typing.get_type_hints(cls)
        found = _PLANS[cls] = tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))
    return found


def build(cls: type[T], data: dict[str, Any]) -> T:
    """``cls`` (any data class of this module) rebuilt from :func:`to_dict` output, following
    its type hints; unknown keys are ignored."""
    kwargs = {}
    for name, convert in _plan(cls):
        if name in data:
            value = data[name]
            kwargs[name] = value if convert is None or value is None else convert(value)
    return cls(**kwargs)


def _converter(hint: Any) -> Convert | None:
    """How to rebuild a non-None value of type ``hint``: a data class from its dict, each item
    of a list, the first non-None member of a union; None: the value is kept as it is."""
    if hint in _CONVERTERS:
        return _CONVERTERS[hint]
    import types
    import typing

    convert: Convert | None = None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        convert = _converter(members[0]) if members else None
    elif origin is list:
        (arg,) = typing.get_args(hint)
        item = _converter(arg)
        convert = list if item is None else partial(_convert_items, item)
    elif dataclasses.is_dataclass(hint) and isinstance(hint, type):
        convert = partial(build, hint)
    _CONVERTERS[hint] = convert
    return convert


def _convert_items(item: Convert, values: list[Any]) -> list[Any]:
    return [None if v is None else item(v) for v in values]


def record_from_dict(data: dict[str, Any]) -> ArticleRecord:
    """Inverse of ``to_dict(record)``."""
    return build(ArticleRecord, data)
