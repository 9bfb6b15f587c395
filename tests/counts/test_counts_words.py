"""The counts stage's word lists (``data/counts/words.tsv``): every list documented, none empty."""

from __future__ import annotations

from eventwire.resources import data_path, read_tsv, word_list


def test_every_counts_word_list_has_a_comment_line_and_words() -> None:
    path = data_path("counts/words.tsv")
    documented = {
        line[2:].split(":", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ") and ":" in line
    }
    named = {row["list"] for row in read_tsv(path)}
    assert named
    assert named <= documented
    for name in named:
        words = word_list("counts/words.tsv", name)
        assert words and all(w == w.strip() for w in words), name
