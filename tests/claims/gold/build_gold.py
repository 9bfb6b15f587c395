"""Build ``claims-gold.jsonl`` from the annotated articles in ``articles.py``.

Annotations name their spans by the text they cover (with an occurrence number where a text
repeats); this script turns them into character offsets, so that the JSONL file's spans
always match its texts. Run: ``python tests/claims/gold/build_gold.py``.

Annotation conventions (the claims scorer and the gold agree on these):

- a claim is an accusation, allegation or warning by one actor about another; its
  ``proposition`` is what is alleged (the clause after the cue, without hedges);
- ``status``: ``evidence_not_shown`` / ``evidence_cited`` when the claim's own sentence says so;
  otherwise ``denied`` when the accused denies or rejects it, ``disputed`` when a third party
  rejects it or the accused only answers with a counter-accusation or it is called
  unverified, ``confirmed`` when the accused or an authority confirms it (this beats all),
  else ``asserted`` ("allegedly", "reportedly" keep it asserted, as hedges);
- a response's ``span`` covers the answering words (cue and its object);
- a count's span covers the qualifier, the number and the words giving its category.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import ARTICLES as FIRST  # noqa: E402
from articles_more import ARTICLES_MORE  # noqa: E402
from articles_third import ARTICLES_THIRD  # noqa: E402

# The first batch (g01-g42) was written before the stage was tuned. The second (h01-h12) and
# the third (k01-k12) were written later and each scored once, untuned, before joining the
# set: h: claim F1 0.82, status 0.89, link F1 0.84, count F1 0.95; k: claim F1 1.00, status
# 0.92, link F1 0.92, count F1 1.00 (exact low/best/high 0.90).
ARTICLES = FIRST + ARTICLES_MORE + ARTICLES_THIRD


def span(text: str, sub: str | tuple[str, int]) -> dict[str, Any]:
    occurrence = 0
    if isinstance(sub, tuple):
        sub, occurrence = sub
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(sub, start + 1)
    return {"start": start, "end": start + len(sub), "text": sub}


def build(article: dict[str, Any]) -> dict[str, Any]:
    text = article["text"]
    claims = []
    for c in article.get("claims", []):
        claimant, accused, status, prop, *rest = c
        responses = rest[0] if rest else []
        claims.append(
            {
                "claimant": claimant,
                "accused": list(accused),
                "status": status,
                "proposition": span(text, prop),
                "responses": [
                    {"responder": who, "kind": kind, "span": span(text, where)}
                    for who, kind, where in responses
                ],
            }
        )
    counts = []
    for sub, category, low, best, high in article.get("counts", []):
        counts.append({**span(text, sub), "category": category, "low": low, "best": best, "high": high})
    return {
        "id": article["id"],
        "text": text,
        "published": article["published"],
        "claims": claims,
        "counts": counts,
    }


def main() -> None:
    out = HERE / "claims-gold.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for article in ARTICLES:
            fh.write(json.dumps(build(article), ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
