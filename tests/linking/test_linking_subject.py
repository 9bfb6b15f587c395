"""What a claim is about: content words, stems and the same-subject test."""

from __future__ import annotations

from eventwire.claims.threads import words as thread_words
from eventwire.linking.subject import same_subject, stems, stop_words, words


def test_subject_words() -> None:
    assert stems("the interference in the elections") == {"interf", "electi"}
    assert same_subject(stems("interference in elections"), stems("election interference campaign"))
    assert not same_subject(stems("interference in elections"), stems("selling weapons to armed groups"))


def test_one_word_list_for_links_and_threads() -> None:
    assert thread_words is words  # eventwire disputes and the store's claim links share it
    assert {"that", "against", "said"} <= stop_words()
    assert words("Ministers said that the Ártico talks failed") == {"ministers", "ártico", "talks", "failed"}
