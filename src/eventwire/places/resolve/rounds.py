"""The rounds of choices: each place name's candidate chosen against the article, the first
round against the article-wide priors alone, later rounds revising the names one after
another (clearest first), each against the latest choices of the others."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..gazetteer.index import PlaceCandidate
from ..gazetteer.name_keys import name_key
from ..mention import Mention
from .article_context import ArticleContext, score

ROUNDS = 3  # resolution passes over the names, each revising every name in the latest context
# references say who acts, not where: "Russian troops shelled Donetsk" is no vote for Russia
# (they only make the countries bordering theirs likelier, see article_context.NEIGHBOUR_BONUS)
NO_VOTE = frozenset({"demonym", "metonym"})


def choose(mentions: Sequence[Mention], cands: Sequence[Sequence[PlaceCandidate]],
            base: ArticleContext) -> list[tuple[PlaceCandidate, float] | None]:
    """The candidate chosen for each mention, with a confidence (the logistic of its score's
    margin over the runner-up). A repeated name (same key, hint and candidates) is scored once
    per round. The first round reads each name against ``base`` alone and orders the names by
    how clear that reading is; each later round revises the names in that order, one after
    another, each against the latest choices of all the others."""
    groups: dict[tuple[str, str | None, tuple[int, ...]], list[int]] = {}
    for n, (m, cs) in enumerate(zip(mentions, cands, strict=True)):
        if cs:
            groups.setdefault((name_key(m.text), m.hint, tuple(c.pid for c in cs)), []).append(n)
    chosen: list[tuple[PlaceCandidate, float] | None] = [None] * len(mentions)
    ctx = base.copy()
    margins: dict[tuple[str, str | None, tuple[int, ...]], float] = {}
    for same, ns in groups.items():
        margins[same], pick = _best(mentions[ns[0]], cands[ns[0]], base, same[0])
        for n in ns:
            chosen[n] = pick
    for n, first in enumerate(chosen):
        if first is not None:
            ctx.add(name_key(mentions[n].text), first[0], first[1], vote=mentions[n].kind not in NO_VOTE)
    order = sorted(groups, key=lambda g: -margins[g])
    for _round in range(1, ROUNDS):
        for same in order:
            ns = groups[same]
            _margin, pick = _best(mentions[ns[0]], cands[ns[0]], ctx, same[0])
            for n in ns:
                old = chosen[n]
                vote = mentions[n].kind not in NO_VOTE
                if old is not None:
                    ctx.add(same[0], old[0], old[1], -1, vote=vote)
                ctx.add(same[0], pick[0], pick[1], vote=vote)
                chosen[n] = pick
    return chosen


def _best(m: Mention, cs: Sequence[PlaceCandidate], ctx: ArticleContext,
          key: str) -> tuple[float, tuple[PlaceCandidate, float]]:
    scored = sorted(((score(c, m, ctx, key), c) for c in cs), key=lambda x: -x[0])
    margin = scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
    return margin, (scored[0][1], 1.0 / (1.0 + math.exp(-margin)))
