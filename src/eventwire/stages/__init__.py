"""Stage protocol, registry and the built-in stages (registered like any plug-in)."""

from .base import Analysis, Stage, check_order, create, register, registered

# Built-in stages, registered by import path so that nothing loads before it is used.
BUILTIN_STAGES: dict[str, str] = {
    "actors": "eventwire.actors.stage:ActorStage",
    "events": "eventwire.events.stage:EventStage",
    "places": "eventwire.places.stage:PlaceStage",
    "quotes": "eventwire.quotes.stage:QuoteStage",
    "counts": "eventwire.counts.stage:CountStage",
    "claims": "eventwire.claims.stage:ClaimStage",
    "provenance": "eventwire.provenance.stage:ProvenanceStage",
}
for _name, _path in BUILTIN_STAGES.items():
    register(_name, _path)

DEFAULT_STAGES: tuple[str, ...] = tuple(BUILTIN_STAGES)

__all__ = [
    "BUILTIN_STAGES",
    "DEFAULT_STAGES",
    "Analysis",
    "Stage",
    "check_order",
    "create",
    "register",
    "registered",
]
