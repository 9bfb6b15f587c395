"""Select the articles for claims-train-2.jsonl (run from the worktree root).

Rule: corpus-polnear-train minus the dev articles (full text or first 200 characters occurring in a
`text` of the two real-news dev sets; only the `text` fields are read), minus the 74 articles already
in claims-train.jsonl; 1,500 to 5,000 characters; at least 2 matches of the wrongdoing regex
below; ordered by sha1(id). Prints one id per line, in annotation order.
"""

import hashlib
import json
import re
import sys
from pathlib import Path

EVAL = Path("../shared/eval")
WRONGDOING = re.compile(
    r"\b(accus|blam|alleg|deni|deny|charg|lie|lied|liar|fraud|corrupt|rigged|illegal"
    r"|crime|hack|leak|threat|warn|attack)",
    re.IGNORECASE,
)


def dev_blob() -> str:
    texts = []
    for name in ("real-news-events-dev.jsonl", "real-news-claims-dev.jsonl"):
        with open(EVAL / name, encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return "\n\x00\n".join(texts)


def selected() -> list[dict[str, str]]:
    blob = dev_blob()
    with open("training/annotations/claims-train.jsonl", encoding="utf-8") as f:
        done = {json.loads(line)["id"] for line in f if line.strip()}
    keep = []
    with open(EVAL / "corpus-polnear-train.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec["text"]
            if text in blob or text[:200] in blob or rec["id"] in done:
                continue
            if not 1500 <= len(text) <= 5000:
                continue
            if len(WRONGDOING.findall(text)) >= 2:
                keep.append(rec)
    return sorted(keep, key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())


if __name__ == "__main__":
    recs = selected()
    print(len(recs), "selected", file=sys.stderr)
    for rec in recs:
        print(rec["id"])
