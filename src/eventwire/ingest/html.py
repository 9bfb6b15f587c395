"""HTML pages (``.html``/``.htm``): main text and metadata with trafilatura.

trafilatura drops navigation, footers and other boilerplate and returns the article's
main text with its title, author, date and site name. The analysed text is that main
text, minus a first line that only repeats the title (pages usually print the headline
above the body). Paragraphs are separated by ``\\n``.
"""

from __future__ import annotations

from typing import Any

from ..model import Article
from .checks import BadInput
from .ids import article_id
from .metadata import finish


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def parse_html(data: bytes, *, origin: str) -> Article:
    """Build an :class:`Article` from the bytes of an HTML page."""
    import trafilatura  # imported on first use: it is slow to import

    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken pages
        raise BadInput(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if doc is None:
        raise BadInput("no article text found in the HTML page (boilerplate only?)")
    text = (getattr(doc, "text", None) or "").replace("\r\n", "\n").strip()
    title = _clean(getattr(doc, "title", None))
    if title:
        first, sep, rest = text.partition("\n")
        if sep and " ".join(first.split()) == title:
            text = rest.strip()
    if not text:
        raise BadInput("no article text found in the HTML page (boilerplate only?)")
    article = Article(
        id=article_id(text),
        text=text,
        title=title,
        published=_clean(getattr(doc, "date", None)),
        url=_clean(getattr(doc, "url", None)),
        source=_clean(getattr(doc, "sitename", None)),
        author=_clean(getattr(doc, "author", None)),
        origin=origin,
    )
    return finish(article, strict_published=False)  # a page's own date markup may be anything
