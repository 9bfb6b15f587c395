"""Actor tables and the actor network, aggregated from the store's public queries."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..store import ActorPair, EventHit
from .actors import actor_name

MAX_EVENTS = 20_000  # events read to draw one network (the first ones in date order)


def actor_table(pairs: list[ActorPair]) -> list[dict[str, Any]]:
    """Each actor code with its events as source and as target and its top five partners."""
    source: Counter[str] = Counter()
    target: Counter[str] = Counter()
    partners: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        source[p.source] += p.events
        target[p.target] += p.events
        if p.source != p.target:
            partners[p.source][p.target] += p.events
            partners[p.target][p.source] += p.events
    codes = sorted(set(source) | set(target), key=lambda c: (-(source[c] + target[c]), c))
    return [{"code": c, "name": actor_name(c), "events": source[c] + target[c], "as_source": source[c],
             "as_target": target[c],
             "top_partners": [{"code": o, "events": n} for o, n in partners[c].most_common(5)]}
            for c in codes]


def network(hits: list[EventHit], min_events: int = 1) -> dict[str, Any]:
    """Nodes (actor codes with event counts) and directed edges source→target with event
    count, cooperation/conflict counts and mean Goldstein."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for hit in hits:
        e = hit.event
        for s in {m.code for m in e.source if m.code}:
            for t in {m.code for m in e.target if m.code and m.code != s}:
                edge = edges.setdefault((s, t), {"source": s, "target": t, "events": 0, "goldstein": [],
                                                 "cooperation": 0, "conflict": 0})
                edge["events"] += 1
                if e.goldstein is not None:
                    edge["goldstein"].append(e.goldstein)
                if e.quad_class in (1, 2):
                    edge["cooperation"] += 1
                elif e.quad_class in (3, 4):
                    edge["conflict"] += 1
    kept = []
    weight: Counter[str] = Counter()
    for edge in edges.values():
        if edge["events"] < min_events:
            continue
        scores = edge.pop("goldstein")
        edge["mean_goldstein"] = round(sum(scores) / len(scores), 3) if scores else None
        kept.append(edge)
        weight[edge["source"]] += edge["events"]
        weight[edge["target"]] += edge["events"]
    kept.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
    nodes = [{"code": c, "name": actor_name(c), "events": n} for c, n in weight.most_common()]
    return {"nodes": nodes, "edges": kept, "events_read": len(hits), "truncated": len(hits) >= MAX_EVENTS}
