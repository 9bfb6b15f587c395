"""A faster stand-in for spaCy's ``attribute_ruler`` with exactly the same output.

spaCy's AttributeRuler runs a token :class:`~spacy.matcher.Matcher` with ~180 patterns
over every token, which costs about as much as the dependency parser itself. Its
patterns only look at a token's TAG, LOWER, DEP and IS_SPACE (and, for a handful of
two-token patterns, at the next token), so the attributes a token receives are a pure
function of those four values. :class:`FastAttributeRuler` evaluates the ruler's own
patterns once per distinct key, caches the merged attributes and sets them in one call
per token. The rules are applied in the ruler's order (later rules win), like the
original.
"""

from __future__ import annotations

import re
from typing import Any

# The Matcher keys the ruler's patterns use, and the spaCy attribute ids they read.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")

_Key = tuple[int, int, int, int]


class _Pred:
    """One token pattern (a dict of attribute constraints) as a predicate on attribute
    hashes; each constraint memoises its answer per hash."""

    def __init__(self, spec: dict[str, Any], strings: Any) -> None:
        unknown = set(spec) - set(_KEYS)
        if unknown:
            raise ValueError(f"unsupported attribute ruler pattern keys: {sorted(unknown)}")
        self.spec = spec
        self.checks: list[tuple[int, Any, dict[int, bool]]] = []
        for name, value in spec.items():
            self.checks.append((_KEYS.index(name), _constraint(value), {}))
        self.strings = strings

    def __call__(self, key: _Key) -> bool:
        for k, check, memo in self.checks:
            h = key[k]
            hit = memo.get(h)
            if hit is None:
                hit = memo[h] = bool(check(bool(h) if k == 3 else self.strings[h]))
            if not hit:
                return False
        return True


def _constraint(value: Any) -> Any:
    if isinstance(value, (bool, str)):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda v: bool(rx.search(v))
    raise ValueError(f"unsupported attribute ruler constraint: {value!r}")


def _plain_lowers(spec: dict[str, Any]) -> frozenset[str] | None:
    """The LOWER values a one-token pattern accepts, when it lists them (None: any or
    a constraint that is not a plain list)."""
    value = spec.get("LOWER")
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


class FastAttributeRuler:
    """Applies the patterns of a spaCy ``AttributeRuler`` without the Matcher."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = ruler.vocab.strings
        self.attr_ids = [TAG, LOWER, DEP, IS_SPACE]
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.multi: list[tuple[int, list[_Pred], int]] = []  # (rule, predicates, target)
        lowers: set[int] = set()
        self._by_tag: dict[int, list[tuple[int, _Pred]]] = {}  # rules asking one TAG
        generic: list[tuple[int, _Pred]] = []  # the other one-token rules
        self._generic = generic
        exact_lower = True  # every one-token LOWER constraint lists its words
        for rule, spec in enumerate(ruler.patterns):
            index = int(ruler.indices[rule])
            for pattern in spec["patterns"]:
                if any("OP" in tok for tok in pattern):
                    raise ValueError("attribute ruler patterns with operators are not supported")
                preds = [_Pred(tok, strings) for tok in pattern]
                if len(preds) == 1:
                    if index not in (0, -1):
                        raise ValueError("a one-token pattern must target its token")
                    tag = pattern[0].get("TAG")
                    bucket = generic
                    if isinstance(tag, str):
                        bucket = self._by_tag.setdefault(strings.add(tag), [])
                    bucket.append((rule, preds[0]))
                    if "LOWER" in pattern[0]:
                        words = _plain_lowers(pattern[0])
                        if words is None:
                            exact_lower = False
                        else:
                            lowers.update(strings.add(w) for w in words)
                else:
                    self.multi.append((rule, preds, index % len(preds)))
        # A word no one-token rule names behaves like any other such word: one cache key.
        self._lowers: frozenset[int] | None = frozenset(lowers) if exact_lower else None
        self._other = strings.add("\x00eventwire-other-word")
        self._cache: dict[_Key, dict[int, Any]] = {}  # reduced key -> merged attrs
        self._may_start: dict[_Key, tuple[tuple[int, list[_Pred], int], ...]] = {}  # key -> multi rules

    def _rules_for(self, key: _Key) -> list[int]:
        candidates = self._by_tag.get(key[0], []) + self._generic
        return [rule for rule, pred in candidates if pred(key)]

    def _merged(self, rules: list[int]) -> dict[int, Any]:
        merged: dict[int, Any] = {}
        for rule in sorted(set(rules)):  # the ruler's order: later rules win
            merged.update(self.attrs[rule])
        return merged

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        keys: list[_Key] = [tuple(r) for r in doc.to_array(self.attr_ids).tolist()]
        n = len(keys)
        extra: dict[int, list[int]] = {}  # token -> multi-token rules that target it
        if self.multi:
            may_start = self._may_start
            for i, key in enumerate(keys):
                starts = may_start.get(key)
                if starts is None:
                    starts = may_start[key] = tuple(m for m in self.multi if m[1][0](key))
                for rule, preds, target in starts:
                    if i + len(preds) <= n and all(p(keys[i + j]) for j, p in enumerate(preds)):
                        extra.setdefault(i + target, []).append(rule)
        lowers, other, cache = self._lowers, self._other, self._cache
        for i, key in enumerate(keys):
            if i in extra:
                merged = self._merged(self._rules_for(key) + extra[i])
            else:
                rkey = key if lowers is None or key[1] in lowers else (key[0], other, key[2], key[3])
                cached = cache.get(rkey)
                if cached is None:
                    cached = cache[rkey] = self._merged(self._rules_for(rkey))
                merged = cached
            if merged:
                set_token_attrs(doc[i], merged)
        return doc
