"""Actor recognition and coding: countries, governments, armed groups, organisations,
people with roles, and their pronouns and descriptions.

The stage is :class:`eventwire.actors.stage.ActorStage` (registered as ``"actors"``);
its tables are documented in ``eventwire/data/actors/README.md``.
"""

from __future__ import annotations

from ..model import ActorMention


def is_metonym(mention: ActorMention) -> bool:
    """Whether ``mention`` is a capital or seat of power standing for its government
    ("Moscow said", "the White House warned") rather than a place."""
    return mention.kind == "metonym"


__all__ = ["is_metonym"]
