"""Text fingerprints: the bottom-k shingle sketch (the content hash is provenance's)."""

from __future__ import annotations

import re

from eventwire.linking.fingerprint import jaccard, sketch

STORY = (
    "Troops from Venezuela were moved towards the border with Colombia on Tuesday, the defence "
    "ministry in Bogota said, adding that the deployment followed weeks of clashes between armed "
    "groups in the state of Apure. Officials said more than two thousand people had fled their homes "
    "since the fighting began, and aid groups warned that shelters in Arauca were already full. "
    "The foreign ministry in Caracas rejected the account and said its forces were only protecting "
    "civilians from criminal gangs operating along the river. Regional diplomats called for talks "
    "between the two governments before the end of the month."
)
OTHER = (
    "Farmers in the south of the country blocked three highways on Monday to protest against a rise "
    "in fuel prices, and police used tear gas to clear one of the roads near the capital, witnesses "
    "said. The agriculture minister promised to meet union leaders later in the week."
)


def test_sketch_similarity() -> None:
    edited = "CARACAS (Agency) — " + STORY.replace("Tuesday", "Tuesday night") + " Copyright 2021."
    assert jaccard(sketch(STORY), sketch(STORY)) == 1.0
    assert jaccard(sketch(STORY), sketch(edited)) >= 0.8
    assert jaccard(sketch(STORY), sketch(OTHER)) < 0.1


def test_the_store_key_is_the_record_fields_hash() -> None:
    """One content hash: the store's exact-copy key has the format the schema gives
    ``provenance.content_hash`` (hex SHA-1), whichever stages ran."""
    from eventwire import linking, provenance

    assert linking.content_hash is provenance.content_hash
    assert re.fullmatch(r"[0-9a-f]{40}", linking.content_hash(STORY))
    assert linking.content_hash("A  b\nC") == linking.content_hash("a b c")
