"""Find date expressions in a sentence and resolve them against the publication date.

Every expression keeps its raw words and character span. Values are ISO 8601 at their
granularity: ``day`` ("2021-03-26"), ``month`` ("2019-04"), ``year`` ("2019") or
``range`` ("2021-03-24/2021-03-26"). What cannot be resolved (no publication date, a date
relative to an undated event such as "since Hugo Chávez came to power") keeps ``value``
None with a ``reason``. All patterns are regular expressions run once per sentence.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from ..model import EventDate
from ..resources import word_sequence

MONTHS = {m: i for i, m in enumerate(word_sequence("events/words.tsv", "months"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
DAYS = {d: i for i, d in enumerate(word_sequence("events/words.tsv", "weekdays"))}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "several": 5,
    "couple": 2,
}

_M = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_D = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_N = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple(?: of)?)"
_U = r"(?P<unit>day|week|month|year)s?"
_PREP = r"(?:(?:in|on|during|by|since|from|until|through)\s+)?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b")),
    (
        "dmy",
        re.compile(
            _PREP + r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(?P<y>\d{4}))?\b", re.I
        ),
    ),
    (
        "mdy",
        re.compile(_PREP + r"\b" + _M + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?", re.I),
    ),
    ("my", re.compile(_PREP + r"\b" + _M + r"\s+(?:of\s+)?(?P<y>\d{4})\b", re.I)),
    (
        "last_n",
        re.compile(
            r"\b(?:(?:in|over|during|for)\s+)?the\s+(?:last|past|previous)\s+" + _N + r"\s+" + _U + r"\b",
            re.I,
        ),
    ),
    ("ago", re.compile(r"\b" + _N + r"\s+" + _U + r"\s+ago\b", re.I)),
    (
        "rel_day",
        re.compile(
            r"\b(?:the\s+(?:day|night)\s+(?P<dir>before|after|earlier|later)|(?:the|a)\s+(?P<dir2>previous|next|following)\s+day|a\s+day\s+(?P<dir3>earlier|later))\b",
            re.I,
        ),
    ),
    (
        "simple",
        re.compile(
            r"\b(?P<w>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
            re.I,
        ),
    ),
    ("weekday", re.compile(r"\b(?:(?P<q>this|last|next|on|early|late)\s+)?" + _D + r"\b", re.I)),
    ("period", re.compile(r"\b(?P<q>last|this|next|past)\s+(?P<p>week|weekend|month|year)\b", re.I)),
    (
        "month_in",
        re.compile(r"\b(?P<prep>in|since|last|next|this|early|late|mid-?)\s*" + _M + r"\b(?!\s+\d)", re.I),
    ),
    ("year", re.compile(r"\b(?P<prep>in|since|during|by)\s+(?P<y>(?:19|20)\d{2})\b", re.I)),
    (
        "since",
        re.compile(
            r"\bsince\s+(?P<rest>[^,.;:\"“”()]{3,80}?)(?=\s*(?:[,.;:\"“”()]|\bwhile\b|\band\b|$))", re.I
        ),
    ),
]


_SINCEABLE = frozenset({"iso", "dmy", "mdy", "my", "month_in", "year"})


def parse_published(published: str | None) -> date | None:
    """The publication date as a :class:`date`, or None."""
    if not published:
        return None
    text = published.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def published_date(pub: date | None) -> EventDate:
    """The date an event gets when its sentence names none."""
    if pub is None:
        return EventDate(
            raw=None,
            value=None,
            granularity=None,
            basis="none",
            reason="no date in the sentence and no publication date",
        )
    return EventDate(raw=None, value=pub.isoformat(), granularity="day", basis="published")


def _number(text: str) -> int:
    t = text.lower().replace(" of", "")
    return int(t) if t.isdigit() else NUMBERS.get(t, 1)


def _shift(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d - timedelta(days=n)
    if unit == "week":
        return d - timedelta(weeks=n)
    if unit == "month":
        y, m = divmod(d.month - 1 - n, 12)
        return date(d.year + y, m + 1, min(d.day, 28))
    return date(d.year - n, d.month, min(d.day, 28))


def _weekday(pub: date, wd: int, q: str, future: bool) -> date:
    back = (pub.weekday() - wd) % 7
    if q == "last":
        return pub - timedelta(days=back or 7)
    if q == "next" or (future and q != "last"):
        ahead = (wd - pub.weekday()) % 7
        return pub + timedelta(days=ahead or 7) if q == "next" else pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def _year_for(pub: date, month: int) -> int:
    return pub.year if month <= pub.month else pub.year - 1


def _resolve(
    kind: str, m: re.Match[str], pub: date | None, previous: date | None, future: bool
) -> tuple[str | None, str | None, str | None]:
    """(value, granularity, reason) of one match."""
    g = m.groupdict()
    if kind == "iso":
        return f"{g['y']}-{g['mo']}-{g['d']}", "day", None
    if kind == "since":
        return None, "unknown", "relative to an event whose date the text does not give"
    if kind in ("dmy", "mdy", "my", "month_in", "year"):
        return _calendar(kind, g, pub)
    base = previous if kind == "rel_day" and previous is not None else pub
    if base is None:
        return None, "unknown", "relative date and no publication date"
    return _relative(kind, g, base, future)


def _calendar(kind: str, g: dict[str, Any], pub: date | None) -> tuple[str | None, str | None, str | None]:
    """A calendar date, month or year; a day and month without a year take the publication's."""
    if kind in ("dmy", "mdy", "my", "year") and g.get("y"):
        year = int(g["y"])
    elif kind == "my" or kind == "year":
        year = 0
    else:
        year = -1  # needs the publication date
    if kind == "year":
        return g["y"], "year", None
    month = MONTHS[g["month"].lower().rstrip(".")[:3]]
    if year < 0:
        if pub is None:
            return (
                None,
                "month" if kind == "month_in" else "day",
                "year not given and no publication date",
            )
        year = _year_for(pub, month)
    if kind in ("my", "month_in"):
        return f"{year:04d}-{month:02d}", "month", None
    try:
        return date(year, month, int(g["d"])).isoformat(), "day", None
    except ValueError:
        return None, "day", "not a calendar date"


def _relative(kind: str, g: dict[str, Any], base: date, future: bool) -> tuple[str, str, None]:
    """A date relative to ``base`` (the publication date, or the previous date for "the day
    before"): a day, a range of the last days, a time ago, a weekday or a named period."""
    if kind == "rel_day":
        d = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower()
        step = -1 if d in ("before", "earlier", "previous") else 1
        return (base + timedelta(days=step)).isoformat(), "day", None
    if kind == "last_n":
        n, unit = _number(g["n"]), g["unit"].lower()
        return f"{_shift(base, n, unit).isoformat()}/{base.isoformat()}", "range", None
    if kind == "ago":
        n, unit = _number(g["n"]), g["unit"].lower()
        ago = _shift(base, n, unit)
        gran = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        value = ago.isoformat() if gran == "day" else ago.isoformat()[: 7 if gran == "month" else 4]
        return value, gran, None
    if kind == "simple":
        w = " ".join(g["w"].lower().split())
        delta = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
        return (base + timedelta(days=delta)).isoformat(), "day", None
    if kind == "weekday":
        q = (g.get("q") or "").lower()
        return _weekday(base, DAYS[g["wd"].lower()], q, future).isoformat(), "day", None
    return _period(g, base)


def _period(g: dict[str, Any], base: date) -> tuple[str, str, None]:
    """"last week", "this weekend", "next month", "past year": a range, a month or a year."""
    q, p = g["q"].lower(), g["p"].lower()
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[q]
    if p in ("week", "weekend"):
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        start = monday + timedelta(days=5) if p == "weekend" else monday
        return f"{start.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "range", None
    if p == "month":
        y, mo = divmod(base.month - 1 + step, 12)
        return f"{base.year + y:04d}-{mo + 1:02d}", "month", None
    return f"{base.year + step:04d}", "year", None


def find_dates(
    text: str, start: int, end: int, pub: date | None, previous: date | None = None, future: bool = False
) -> list[EventDate]:
    """Date expressions in ``text[start:end]`` (a sentence), in text order, without overlaps."""
    chunk = text[start:end]
    taken: list[tuple[int, int]] = []
    out: list[EventDate] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(chunk):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "month_in" and m.group("month").lower() == "may" and not m.group("month")[0].isupper():
                continue
            if kind == "weekday" and not m.group("wd")[0].isupper():
                continue
            value, gran, reason = _resolve(kind, m, pub, previous, future)
            if value and pub and kind in _SINCEABLE and m.group(0).lower().startswith("since"):
                value, gran = f"{value}/{pub.isoformat()}", "range"  # "since March 2020": until now
            taken.append((s, e))
            out.append(
                EventDate(
                    raw=m.group(0),
                    value=value,
                    granularity=gran,
                    start=start + s,
                    end=start + e,
                    basis="text",
                    reason=reason,
                )
            )
    out.sort(key=lambda d: d.start or 0)
    return out


def as_date(value: str | None) -> date | None:
    """The last day-precise date of a resolved value (ranges: their end), or None."""
    if not value:
        return None
    last = value.split("/")[-1]
    try:
        return date.fromisoformat(last) if len(last) == 10 else None
    except ValueError:
        return None
