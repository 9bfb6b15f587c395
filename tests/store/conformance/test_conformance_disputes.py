"""Claims linked across stored articles: responses reported elsewhere, counter-accusations."""

from __future__ import annotations

from rich.console import Console

from eventwire.model import ActorMention, ArticleRecord, Claim, Response, Span
from eventwire.report import render

from .conftest import OpenBackend


def _mention(text: str, piece: str, code: str) -> ActorMention:
    start = text.index(piece)
    return ActorMention(start, start + len(piece), piece, name=piece, code=code, country=code)


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), piece)


def _article(
    article_id: str, published: str, text: str, claimant: str, accused: str, proposition: str,
    codes: tuple[str, str], denial: tuple[str, str] | None = None,
) -> ArticleRecord:
    claim = Claim(id=f"{article_id}#c1", claimant=_mention(text, claimant, codes[0]),
                  accused=[_mention(text, accused, codes[1])], proposition=_span(text, proposition),
                  status="asserted")
    if denial is not None:
        responder, words = denial
        claim.responses.append(Response(kind="denial", responder=_mention(text, responder, codes[1]),
                                        span=_span(text, words)))
        claim.status = "denied"
    return ArticleRecord(id=article_id, text=text, published=published, source=f"Outlet {article_id}",
                         claims=[claim])


A_TEXT = ("Colombia accused Russia of interference in its presidential elections, officials in Bogota "
          "said on Friday after a meeting of the national security council.")
B_TEXT = ("Moscow rejected on Saturday what it called baseless claims. Colombia had said Russia ran an "
          "interference campaign around the presidential elections. Russia denied any interference.")
C_TEXT = ("Russia on Sunday accused Colombia of interference in the elections of its neighbour "
          "Venezuela, in a statement from its foreign ministry.")
D_TEXT = ("Colombia also accused Russia of selling weapons to armed groups along the border, "
          "in a separate report published by the defence ministry on Monday.")


def test_claims_are_linked_across_stories(open_backend: OpenBackend) -> None:
    a = _article("A", "2021-03-26", A_TEXT, "Colombia", "Russia",
                 "interference in its presidential elections", ("COL", "RUS"))
    b = _article("B", "2021-03-27", B_TEXT, "Colombia", "Russia",
                 "interference campaign around the presidential elections", ("COL", "RUS"),
                 denial=("Russia", "Russia denied any interference."))
    c = _article("C", "2021-03-28", C_TEXT, "Russia", "Colombia",
                 "interference in the elections of its neighbour", ("RUS", "COL"))
    d = _article("D", "2021-03-29", D_TEXT, "Colombia", "Russia",
                 "selling weapons to armed groups along the border", ("COL", "RUS"))
    copy = ArticleRecord(id="A-copy", text=A_TEXT, published="2021-03-26", source="Copier",
                         claims=[Claim(id="A-copy#c1", claimant=a.claims[0].claimant,
                                       accused=list(a.claims[0].accused),
                                       proposition=a.claims[0].proposition, status="asserted")])
    with open_backend() as store:
        store.add([a, copy])
        store.add([b, c, d])  # later articles arrive in another batch
        by_id = {h.claim.id: h for h in store.claims()}

        first = by_id["A#c1"].elsewhere
        assert [(r.kind, r.article_id) for r in first] == [("denial", "B"), ("counter_accusation", "C")]
        assert first[0].span.text == "Russia denied any interference."
        assert first[1].responder is not None and first[1].responder.code == "RUS"
        assert first[1].date is not None and first[1].date.value == "2021-03-28"
        # the denial reported in B is in B's own record, not repeated as coming from elsewhere
        assert [r.article_id for r in by_id["B#c1"].elsewhere] == ["C"]
        assert by_id["C#c1"].elsewhere == []  # earlier claims do not answer a later one
        assert by_id["D#c1"].elsewhere == []  # another subject
        # the copy of A is the same report: its responses come from B and C, never from A
        assert {r.article_id for r in by_id["A-copy#c1"].elsewhere} == {"B", "C"}
        assert store.table_counts()["claim_links"] == 5  # A-B, A-C, B-C, and the copy's two

        thread = store.claims(between=("RUS", "COL"))
        assert [h.claim.id for h in thread] == ["A#c1", "A-copy#c1", "B#c1", "C#c1", "D#c1"]
        stored = store.get("A")
        assert stored is not None and stored.claims[0].responses == []  # records stay as analysed

    console = Console(record=True, width=400)
    console.print(render.article(stored, {"A#c1": first}))
    out = console.export_text()
    assert "denial (in B): Russia denied any interference." in out
    assert "counter_accusation (in C)" in out
