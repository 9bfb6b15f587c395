"""The actor tables, the dictionary matcher and user tables given with the ``extra`` option."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventwire.actors import is_metonym
from eventwire.actors.lexicon import NameLexicon, tokenize
from eventwire.actors.stage import ActorStage
from eventwire.actors.tables import build_lexicon
from eventwire.errors import ConfigError
from eventwire.model import Article
from eventwire.nlp import ParsedDoc
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.resources import data_path, read_tsv


def test_countries_cover_un_members_and_special_cases() -> None:
    rows = list(read_tsv(data_path("actors/countries.tsv")))
    codes = {r["code"] for r in rows}
    assert len(codes) >= 197  # 193 UN members + Palestine, Kosovo, Taiwan, Holy See
    for code in ("COL", "RUS", "VEN", "USA", "PSE", "XKX", "TWN", "SSD", "CIV", "PRK"):
        assert code in codes
    col = next(r for r in rows if r["code"] == "COL")
    assert "Colombian" in col["demonyms"] and "Bogotá" in col["seats"] and col["wikidata"] == "Q739"


def test_lexicon_case_rules_and_longest_match() -> None:
    lex: NameLexicon[str] = NameLexicon()
    lex.add("US", "usa")
    lex.add("Turkey", "tur")
    lex.add("defense minister", "dm")
    lex.add("minister", "m")
    toks = tokenize("Tell us about turkey. The US Defense Minister met Turkey.")
    found = [(m.form, m.values[0]) for m in lex.scan(toks)]
    assert found == [("US", "usa"), ("defense minister", "dm"), ("Turkey", "tur")]


def test_lexicon_scan_is_linear_on_long_text() -> None:
    lex = build_lexicon()
    toks = tokenize("The Colombian government and the Russian Embassy met. " * 2000)
    assert len(lex.scan(toks)) == 8000  # Colombian, government, Russian, Embassy


@pytest.fixture
def user_tables(tmp_path: Path) -> list[Path]:
    orgs = tmp_path / "orgs.tsv"
    orgs.write_text(
        "name\taliases\tcode\tcountry\tsector\tkind\twikidata\n"
        "Northern Valley Front\tNVF\tXYZ\tXYZ\tREB\tgroup\t\n"
        "Hamas\t\tGAZ\tPSE\tGOV\torganisation\t\n",
        encoding="utf-8",
    )
    leaders = tmp_path / "leaders.tsv"
    leaders.write_text(
        "name\taliases\tcountry\trole\tsector\tstart\tend\twikidata\n"
        "Amara Tello\tTello\tPER\tInterior Minister\tGOV\t2020-01-01\t\t\n",
        encoding="utf-8",
    )
    return [orgs, leaders]


def test_extra_tables_add_and_replace_rows(
    parse: Callable[[str], ParsedDoc], user_tables: list[Path]
) -> None:
    doc = parse("The NVF attacked a convoy. Hamas condemned it. Amara Tello visited Lima.")
    actors = {m.text: m for m in ActorStage(extra=user_tables).find(doc, "2021-05-01")}
    nvf = actors["NVF"]
    assert (nvf.code, nvf.sector, nvf.name) == ("XYZ", "REB", "Northern Valley Front")
    assert (actors["Hamas"].code, actors["Hamas"].sector) == ("GAZ", "GOV")  # the user's row wins
    assert (actors["Amara Tello"].code, actors["Amara Tello"].role) == ("PER", "Interior Minister")
    shipped = {m.text: m for m in ActorStage().find(doc, "2021-05-01")}
    assert shipped["NVF"].code is None and shipped["NVF"].reason  # unknown without the user table
    assert shipped["Hamas"].code == "PSE"


def test_extra_option_through_the_pipeline(nlp: Any, user_tables: list[Path]) -> None:
    config = PipelineConfig(stages=("actors",), options={"actors": {"extra": str(user_tables[0])}})
    record = Pipeline(config, nlp=nlp).analyse(Article(id="x", text="Fighters of the NVF withdrew."))
    assert [(m.text, m.code) for m in record.actors if m.text == "NVF"] == [("NVF", "XYZ")]


def test_bad_user_table_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("word\tmeaning\nfoo\tbar\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        build_lexicon([bad])


def test_leader_in_office_at_publication_date(parse: Callable[[str], ParsedDoc]) -> None:
    doc = parse("The Colombian president met Putin. The U.S. president called him.")
    early = {m.text: m for m in ActorStage().find(doc, "2019-06-01")}
    late = {m.text: m for m in ActorStage().find(doc, "2023-06-01")}
    assert early["Colombian president"].name == "Iván Duque"
    assert late["Colombian president"].name == "Gustavo Petro"
    assert early["U.S. president"].name == "Donald Trump"
    assert late["U.S. president"].name == "Joe Biden"


def test_metonyms_and_places_told_apart(parse: Callable[[str], ParsedDoc]) -> None:
    doc = parse("Moscow said the drills were routine. The talks were held in Moscow.")
    first, second = [m for m in ActorStage().find(doc) if m.text == "Moscow"]
    assert is_metonym(first) and (first.code, first.sector) == ("RUS", "GOV")
    assert not is_metonym(second) and second.kind == "location"


def test_empty_and_odd_input(parse: Callable[[str], ParsedDoc]) -> None:
    stage = ActorStage()
    assert stage.find(ParsedDoc(text="")) == []
    assert stage.find(parse("... !!! ???")) == []
    assert stage.find(parse("he said it")) == []  # pronouns without antecedents are dropped


def test_office_spellings_find_the_same_holder(parse: Callable[[str], ParsedDoc]) -> None:
    doc = parse("The British defence secretary visited Kyiv. The US secretary of state called.")
    found = {m.text: m.name for m in ActorStage().find(doc, "2024-03-01")}
    assert found["British defence secretary"] == "Grant Shapps"
    assert found["US secretary of state"] == "Antony Blinken"
