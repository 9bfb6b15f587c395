"""Ingest: real temp files of every supported kind, and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from eventwire.ingest import DEFAULT_MAX_BYTES, article_id, read_inputs
from eventwire.model import Article, Failure

BODY = "Officials met in Geneva on Tuesday.\nThey agreed to meet again."


def _articles(items: list[Article | Failure]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _failures(items: list[Article | Failure]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def test_txt_with_header(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Title: Talks in Geneva\nPublished: 2025-03-04\nSource: Daily Ledger\n"
        "URL: https://example.org/a\nAuthor: Jane Roe\n\n" + BODY + "\n",
        encoding="utf-8",
    )
    (art,) = read_inputs([f])
    assert isinstance(art, Article)
    assert art.text == BODY
    assert (art.title, art.published, art.source, art.url, art.author) == (
        "Talks in Geneva",
        "2025-03-04",
        "Daily Ledger",
        "https://example.org/a",
        "Jane Roe",
    )
    assert art.id == article_id(BODY) and art.id.startswith("sha1:") and len(art.id) == 21
    assert art.origin == str(f)


def test_txt_first_line_title_and_plain(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Talks in Geneva\n\n" + BODY, encoding="utf-8")
    (tmp_path / "p.txt").write_text(BODY + "\n", encoding="utf-8")
    t, p = read_inputs([tmp_path / "t.txt", tmp_path / "p.txt"])
    assert isinstance(t, Article) and isinstance(p, Article)
    assert (t.title, t.text) == ("Talks in Geneva", BODY)
    # a first line that is a sentence stays in the body
    assert (p.title, p.text) == (None, BODY)


def test_txt_crlf_and_bom(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_bytes("\ufeff".encode() + BODY.replace("\n", "\r\n").encode("utf-8"))
    (art,) = read_inputs([f])
    assert isinstance(art, Article) and art.text == BODY


def test_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY + "\n\n", encoding="utf-8")
    a, b = read_inputs([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert isinstance(a, Article) and isinstance(b, Article) and a.id == b.id


def test_jsonl_keeps_id_and_exact_text(tmp_path: Path) -> None:
    text = "  Leading space, “curly” quotes, tab\tand\r\nCRLF kept, trailing newline\n"
    rows = [
        {"id": "x-1", "text": text, "title": "T", "url": "u", "published": "2025-01-02", "source": "S"},
        {"text": "No id here."},
        {"id": 7, "text": "Integer id."},
    ]
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    a, b, c = read_inputs([f])
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert a.text == text and a.id == "x-1"
    assert (a.title, a.url, a.published, a.source) == ("T", "u", "2025-01-02", "S")
    assert a.origin == f"{f}:1"
    assert b.id == article_id("No id here.")
    assert c.id == "7"


def test_jsonl_bad_lines_continue(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_bytes(
        b'{"id": "ok1", "text": "Fine."}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "notext", "title": "x"}\n'
        b'["a", "list"]\n'
        b'{"id": "bytes", "text": "caf\xe9"}\n'
        b'{"id": "empty", "text": "   "}\n'
        b'{"id": "ok2", "text": "Also fine."}\n'
    )
    items = list(read_inputs([f]))
    assert [a.id for a in _articles(items)] == ["ok1", "ok2"]
    fails = _failures(items)
    assert [x.input for x in fails] == [f"{f}:{n}" for n in (2, 3, 4, 5, 6)]
    reasons = [x.reason for x in fails]
    assert "malformed JSON" in reasons[0]
    assert 'no "text" field' in reasons[1]
    assert "expected a JSON object" in reasons[2]
    assert "undecodable bytes" in reasons[3]
    assert '"text" is empty' in reasons[4]
    assert all(x.stage == "ingest" for x in fails)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        """<html><head><title>Troops gather | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Troops gather near the border</h1>
<p>Soldiers gathered on Tuesday near the border, officials said, in a move that alarmed
neighbouring governments across the region and prompted calls for restraint.</p>
<p>“We are ready,” said General Ana Ruiz, commander of the Eighth Division. The ministry
said more than 300 people were displaced by the fighting in the area.</p></article>
<footer>Copyright 2025 Daily Ledger. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>""",
        encoding="utf-8",
    )
    (art,) = read_inputs([f])
    assert isinstance(art, Article)
    assert art.title == "Troops gather near the border"
    assert art.source == "Daily Ledger" and art.author == "Jane Roe"
    assert art.published == "2025-03-04"
    assert art.text.startswith("Soldiers gathered on Tuesday")
    assert "General Ana Ruiz" in art.text
    assert "Copyright" not in art.text and "Sport" not in art.text


def test_html_without_text_fails(tmp_path: Path) -> None:
    f = tmp_path / "empty.htm"
    f.write_text(
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
        encoding="utf-8",
    )
    (fail,) = read_inputs([f])
    assert isinstance(fail, Failure) and "no article text" in fail.reason and fail.input == str(f)


def test_bad_files_fail_and_batch_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"First line is fine.\nSecond: caf" + b"\xe9 cr\xe8me.\n")
    unknown = tmp_path / "notes.pdf"
    unknown.write_text("x", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = list(read_inputs([binary, empty, blank, latin, unknown, missing, good]))
    assert [a.text for a in _articles(items)] == [BODY]
    fails = {Path(f.input.split(":")[0]).name if f.input else "": f for f in _failures(items)}
    assert "binary file" in fails["bin.txt"].reason
    assert "empty file" in fails["empty.txt"].reason
    assert "empty file" in fails["blank.jsonl"].reason
    assert "undecodable bytes" in fails["latin.txt"].reason
    assert fails["latin.txt"].input == f"{latin}:2"
    assert "unsupported file type '.pdf'" in fails["notes.pdf"].reason
    assert "no such file" in fails["missing.txt"].reason
    for f in fails.values():
        assert f.stage == "ingest" and f.input and not f.reason.startswith(f.input)


def test_size_limit_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.jsonl"
    with big.open("wb") as fh:  # a sparse 200 MB file: instant to make, never read
        fh.truncate(200 * 1024 * 1024)
    assert os.path.getsize(big) > DEFAULT_MAX_BYTES
    (fail,) = read_inputs([big])
    assert isinstance(fail, Failure) and "over the" in fail.reason and "limit" in fail.reason
    small = tmp_path / "small.txt"
    small.write_text(BODY, encoding="utf-8")
    (fail2,) = read_inputs([small], max_bytes=10)
    assert isinstance(fail2, Failure) and "10-byte limit" in fail2.reason


def test_directory_recursive_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay story.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "Cee story."}\n', encoding="utf-8")
    (tmp_path / "README.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("Hidden.", encoding="utf-8")
    texts = [a.text for a in _articles(list(read_inputs([tmp_path])))]
    assert texts == ["Ay story.", "Zed story.", "Cee story."]
    assert not _failures(list(read_inputs([tmp_path])))


def test_stdin_jsonl_and_text() -> None:
    rows = '{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\nnot json\n'
    items = list(read_inputs(["-"], stdin=io.StringIO(rows)))
    assert [a.id for a in _articles(items)] == ["s1", "s2"]
    (fail,) = _failures(items)
    assert fail.input == "<stdin>:3"
    (art,) = read_inputs(["-"], stdin=io.StringIO("Headline here\n\n" + BODY))
    assert isinstance(art, Article) and art.title == "Headline here" and art.text == BODY
    (empty,) = read_inputs(["-"], stdin=io.StringIO(""))
    assert isinstance(empty, Failure) and "empty" in empty.reason


def test_directory_without_articles_fails(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing to read", encoding="utf-8")
    (fail,) = read_inputs([tmp_path])
    assert isinstance(fail, Failure) and fail.input == str(tmp_path) and "no .txt" in fail.reason


def test_stdin_bytes_are_checked_like_files() -> None:
    binary = io.TextIOWrapper(io.BytesIO(b"\x00\x01\xff binary"), encoding="utf-8")
    (fail,) = read_inputs(["-"], stdin=binary)
    assert isinstance(fail, Failure) and "binary file" in fail.reason
    latin = io.TextIOWrapper(io.BytesIO(b"First line.\nCaf\xe9 ol\xe9\n"), encoding="utf-8")
    (fail,) = read_inputs(["-"], stdin=latin)
    assert isinstance(fail, Failure) and "undecodable" in fail.reason and fail.input == "<stdin>:2"
    big = io.TextIOWrapper(io.BytesIO(b"x" * 100), encoding="utf-8")
    (fail,) = read_inputs(["-"], stdin=big, max_bytes=50)
    assert isinstance(fail, Failure) and "50-byte limit" in fail.reason
    bom = io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbf{"id": "b", "text": "With BOM."}\n'), encoding="utf-8")
    (art,) = read_inputs(["-"], stdin=bom)
    assert isinstance(art, Article) and art.id == "b" and art.text == "With BOM."


def test_jsonl_lone_surrogate_is_a_failure(tmp_path: Path) -> None:
    f = tmp_path / "s.jsonl"
    f.write_text(
        '{"id": "a", "text": "bad \\ud800 here"}\n{"id": "b", "text": "ok \\ud83d\\ude00"}\n',
        encoding="utf-8",
    )
    fail, art = read_inputs([f])
    assert isinstance(fail, Failure) and "unpaired surrogate" in fail.reason and fail.input == f"{f}:1"
    assert isinstance(art, Article) and art.text == "ok \U0001f600"
