"""What a store holds, in a few lines: the data behind ``eventwire run`` and ``eventwire summary``."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store.base import ActorPair, ArticleStats, QuoteFilter, QuoteHit, Store

QUOTE_CHARS = 160  # a notable quote is trimmed to about this many characters
QUOTE_POOL = 500  # quotes (and claims) examined to pick the notable ones


@dataclass(frozen=True, slots=True)
class NotableQuote:
    article_id: str
    quote_id: str
    kind: str
    speaker: str | None
    role: str | None
    affiliation: str | None
    actor_code: str | None
    text: str  # trimmed content


@dataclass(frozen=True, slots=True)
class ClaimLine:
    article_id: str
    claim_id: str
    claimant: str | None  # code, else name
    accused: list[str]
    proposition: str
    status: str
    responses: int


@dataclass(frozen=True, slots=True)
class FailureKind:
    stage: str
    reason: str
    inputs: int  # how many inputs failed this way
    example: str  # one of them


@dataclass(slots=True)
class Summary:
    articles: ArticleStats
    events: int  # events of original articles (republished copies left out)
    event_types: list[tuple[str, int]]
    actor_pairs: list[ActorPair]
    quotes: int
    notable_quotes: list[NotableQuote]
    claims: int
    claim_statuses: list[tuple[str, int]]
    top_claims: list[ClaimLine]
    failures: int
    failure_kinds: list[FailureKind]
    tables: dict[str, int] = field(default_factory=dict)


def unquote(text: str) -> str:
    """Quote content without its own outer quotation marks and trailing comma."""
    return text.strip().strip("\"“”„«»‘’'").strip().rstrip(",").strip()


def trim(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` on one line, cut at a word boundary to about ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _named(name: str | None) -> bool:
    """A proper name ("Diego Molano"), not a description ("spokesman", "officials")."""
    return bool(name) and any(w[:1].isupper() for w in (name or "").split()[1:])


def _score(hit: QuoteHit) -> float:
    q, s = hit.quote, hit.quote.speaker
    score = q.confidence + (1.0 if q.kind == "direct" else 0.0)
    if s is not None:
        score += (2.0 if _named(s.name) else 0.5 if s.name else 0.0)
        score += (1.0 if s.role else 0.0) + (0.5 if s.actor_code else 0.0)
    words = len(q.content.text.split())
    score += 1.0 if 8 <= words <= 60 else 0.0
    return score


def notable_quotes(store: Store, limit: int) -> list[NotableQuote]:
    """The best-attributed quotes, one per speaker (a named speaker with a role first)."""
    hits = sorted(store.quotes(QuoteFilter(originals=True, limit=QUOTE_POOL)), key=_score, reverse=True)
    chosen: list[NotableQuote] = []
    seen: set[str] = set()
    for hit in hits:
        q, s = hit.quote, hit.quote.speaker
        who = (s.name or s.text) if s else None
        key = (who or "").lower() or f"?{hit.article.id}"
        if key in seen:
            continue
        seen.add(key)
        chosen.append(NotableQuote(
            article_id=hit.article.id, quote_id=q.id, kind=q.kind, speaker=who,
            role=s.role if s else None, affiliation=s.affiliation if s else None,
            actor_code=s.actor_code if s else None, text=trim(unquote(q.content.text)),
        ))
        if len(chosen) >= limit:
            break
    return chosen


def summarise(store: Store, *, pairs: int = 10, quotes: int = 8, claims: int = 10) -> Summary:
    """Summarise everything in ``store``."""
    tables = store.table_counts()
    top_claims = [
        ClaimLine(
            article_id=h.article.id, claim_id=h.claim.id,
            claimant=(h.claim.claimant.code or h.claim.claimant.name) if h.claim.claimant else None,
            accused=[a.code or a.name for a in h.claim.accused],
            proposition=trim(h.claim.proposition.text, 120), status=h.claim.status,
            responses=len(h.claim.responses) + len(h.elsewhere),
        )
        for h in store.claims(limit=QUOTE_POOL, originals=True)
    ]
    # disputed, denied or unsupported claims, and those with responses, are the notable ones
    top_claims.sort(key=lambda c: (c.status == "asserted", -c.responses))
    # republished copies would count one report several times: aggregates leave them out
    event_types = store.event_types(originals=True)
    return Summary(
        articles=store.article_stats(),
        events=sum(n for _, n in event_types),
        event_types=event_types,
        actor_pairs=store.actor_pairs(pairs, originals=True),
        quotes=tables.get("quotes", 0),
        notable_quotes=notable_quotes(store, quotes),
        claims=tables.get("claims", 0),
        claim_statuses=store.claim_statuses(),
        top_claims=top_claims[:claims],
        failures=tables.get("failures", 0),
        failure_kinds=[FailureKind(stage=st, reason=r, inputs=n, example=ex)
                       for st, r, n, ex in store.failure_kinds(8)],
        tables=tables,
    )
