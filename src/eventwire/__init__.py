"""eventwire: turn news articles into verifiable event data.

Library first: :class:`Pipeline` analyses :class:`Article` objects into
:class:`ArticleRecord` objects (the output contract); the CLI is a thin shell over it.
"""

from .errors import ConfigError, EventwireError, InputError, ModelError, StageError, StoreError
from .model import (
    SCHEMA_VERSION,
    ActorMention,
    Article,
    ArticleRecord,
    Claim,
    Count,
    Event,
    EventDate,
    Failure,
    Place,
    Provenance,
    Quote,
    Response,
    Span,
    Speaker,
    record_from_dict,
    to_dict,
)
from .pipeline import Pipeline, PipelineConfig

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ActorMention",
    "Article",
    "ArticleRecord",
    "Claim",
    "ConfigError",
    "Count",
    "Event",
    "EventDate",
    "EventwireError",
    "Failure",
    "InputError",
    "ModelError",
    "Pipeline",
    "PipelineConfig",
    "Place",
    "Provenance",
    "Quote",
    "Response",
    "Span",
    "Speaker",
    "StageError",
    "StoreError",
    "__version__",
    "record_from_dict",
    "to_dict",
]
