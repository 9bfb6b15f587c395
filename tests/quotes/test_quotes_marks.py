"""Quotation-mark pairing: one linear scan, robust to unbalanced and mixed marks."""

from __future__ import annotations

from eventwire.quotes.marks import find_quotes


def _texts(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in run.pieces] for run in find_quotes(text)]


def test_curly_quotes_pair_and_keep_their_marks() -> None:
    text = "“We will not back down,” said the minister. He added: “Never.”"
    assert _texts(text) == [["“We will not back down,”"], ["“Never.”"]]


def test_straight_quotes_pair_by_flanking() -> None:
    text = 'The mayor said, "This is over," and then "we move on."'
    assert _texts(text) == [['"This is over,"'], ['"we move on."']]


def test_nested_quotes_of_another_family_stay_inside() -> None:
    text = 'She said: "They called it “a farce” on air." Then she left.'
    assert _texts(text) == [['"They called it “a farce” on air."']]


def test_nested_single_quotes_and_apostrophes_are_ignored() -> None:
    text = "“I don’t accept what they call ‘reform’,” he said."
    assert _texts(text) == [["“I don’t accept what they call ‘reform’,”"]]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "He said “we are leaving now.\nThe next paragraph has “a quote” in it."
    runs = find_quotes(text)
    assert [text[r.start : r.end] for r in runs] == ["“we are leaving now.", "“a quote”"]
    assert runs[0].closed is False and runs[1].closed is True


def test_quote_continues_into_a_paragraph_that_opens_with_a_mark() -> None:
    text = "“The first part goes on.\n\n“The second part ends here,” he said.\n\nNo quote."
    runs = find_quotes(text)
    assert len(runs) == 1
    pieces = [text[s:e] for s, e in runs[0].pieces]
    assert pieces == ["“The first part goes on.", "“The second part ends here,”"]


def test_mismatched_closing_mark_closes_the_quote() -> None:
    text = 'There was “no evidence" yet.\n\n"We see no link," the mayor said.'
    assert _texts(text) == [['“no evidence"'], ['"We see no link,"']]


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''It is over,'' the senator said. ''Done.''"
    assert _texts(text) == [["''It is over,''"], ["''Done.''"]]


def test_single_quoted_headline() -> None:
    text = "Leader Says Rivals Are ‘Out of Touch’\n\nThe leader’s aides disagreed."
    assert _texts(text) == [["‘Out of Touch’"]]


def test_many_marks_are_paired_in_one_pass() -> None:
    text = "“a,” b. " * 20000 + "“unbalanced"
    runs = find_quotes(text)
    assert len(runs) == 20001
    assert runs[-1].closed is False


def test_single_mark_closed_by_a_doubled_one() -> None:
    text = "'Mexico has been a good partner,'' the envoy said. It's Bob's car."
    assert _texts(text) == [["'Mexico has been a good partner,''"]]
