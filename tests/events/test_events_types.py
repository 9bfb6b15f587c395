"""The PLOVER type registry: one table, one enum, checked against each other."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.events.lexicon import load_lexicon
from eventwire.events.types import TRAITS, Plover, having, is_verbal, material_conflict, registry


def test_the_table_holds_every_plover_type_once() -> None:
    table = registry()
    assert list(table) == [t.value for t in Plover]
    assert all(info.type == name for name, info in table.items())
    assert {info.quad_class for info in table.values()} == {1, 2, 3, 4}


def test_verbal_acts_are_the_verbal_quad_classes() -> None:
    # the PLOVER manual's quad classes: 1 and 3 are verbal, 2 and 4 material
    for name, info in registry().items():
        assert info.verbal == (info.quad_class in (1, 3)), name
        assert is_verbal(name) == info.verbal
    assert not is_verbal("-")


def test_traits_are_read_from_the_table() -> None:
    assert having("answer") == {Plover.REJECT}
    assert Plover.PROTEST in having("grievance")
    assert material_conflict() == {
        Plover.PROTEST,
        Plover.SANCTION,
        Plover.MOBILIZE,
        Plover.COERCE,
        Plover.ASSAULT,
    }
    every = {t for info in registry().values() for t in info.traits}
    assert every <= TRAITS
    with pytest.raises(ConfigError):
        having("flies")


def test_the_lexicon_uses_the_registry() -> None:
    lex = load_lexicon()
    assert lex.categories[Plover.ASSAULT] is registry()["ASSAULT"]
    assert lex.categories["ASSAULT"].goldstein == -10.0


def test_a_member_is_its_name_as_a_string() -> None:
    assert Plover.CONSULT == "CONSULT"
    assert f"{Plover.CONSULT}" == "CONSULT"
