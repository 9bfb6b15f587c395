"""A third batch of gold articles, written late and scored once, untuned, before joining the
set (the figures are in ``build_gold.py``). Same conventions as ``articles.py``."""

from __future__ import annotations

from typing import Any

ARTICLES_THIRD: list[dict[str, Any]] = [
    {
        "id": "k01",
        "published": "2025-11-03",
        "text": (
            "Sudan's government blamed the United Arab Emirates for supplying weapons to the Rapid "
            "Support Forces, according to intelligence officials. The UAE foreign ministry refuted "
            "the allegation."
        ),
        "claims": [
            ("Sudan's government", ["the United Arab Emirates"], "evidence_cited",
             "the United Arab Emirates for supplying weapons to the Rapid Support Forces",
             [("The UAE foreign ministry", "rejection", "refuted the allegation")]),
        ],
        "counts": [],
    },
    {
        "id": "k02",
        "published": "2025-10-21",
        "text": (
            "Georgian police detained a dozen activists outside the parliament in Tbilisi on Sunday. "
            "The ruling party accused opposition groups of plotting to overthrow the government. "
            "Opposition leaders dismissed the charge as a fabrication."
        ),
        "claims": [
            ("The ruling party", ["opposition groups"], "denied", "plotting to overthrow the government",
             [("Opposition leaders", "rejection", "dismissed the charge as a fabrication")]),
        ],
        "counts": [("detained a dozen activists", "arrested", 12, 12, 12)],
    },
    {
        "id": "k03",
        "published": "2025-09-14",
        "text": (
            "Russia's defence ministry said Ukrainian drones had attacked an oil refinery in Ryazan, "
            "injuring roughly 600 workers, a figure that could not be independently verified."
        ),
        "claims": [
            ("Russia's defence ministry", ["Ukrainian drones"], "disputed",
             "Ukrainian drones had attacked an oil refinery in Ryazan", []),
        ],
        "counts": [("injuring roughly 600 workers", "injured", 540, 600, 660)],
    },
    {
        "id": "k04",
        "published": "2025-08-06",
        "text": (
            "Ecuador's president alleged that Colombian armed groups were recruiting minors along "
            "the border. Bogotá acknowledged that recruitment was a problem in the region."
        ),
        "claims": [
            ("Ecuador's president", ["Colombian armed groups"], "confirmed",
             "Colombian armed groups were recruiting minors along the border",
             [("Bogotá", "confirmation", "acknowledged that recruitment was a problem in the region")]),
        ],
        "counts": [],
    },
    {
        "id": "k05",
        "published": "2025-07-30",
        "text": (
            "Scores of people were wounded when police fired tear gas at demonstrators in Nairobi, "
            "Amnesty International said. It accused the police of using excessive force."
        ),
        "claims": [
            ("Amnesty International", ["the police"], "asserted", "using excessive force", []),
        ],
        "counts": [("Scores of people were wounded", "injured", 40, 40, 99)],
    },
    {
        "id": "k06",
        "published": "2025-06-18",
        "text": (
            "Israel accused Iran of firing more than 150 ballistic missiles at its cities overnight. "
            "Tehran said the strikes were a response to Israeli attacks on its nuclear sites. At least "
            "24 people were killed in Israel, the emergency services said."
        ),
        "claims": [
            ("Israel", ["Iran"], "asserted",
             "firing more than 150 ballistic missiles at its cities overnight", []),
        ],
        "counts": [("At least 24 people were killed", "dead", 24, 24, None)],
    },
    {
        "id": "k07",
        "published": "2025-05-09",
        "text": (
            "India's army said Pakistani troops had violated the ceasefire along the Line of Control "
            "for a third night. Islamabad rejected the accusation and said Indian forces had fired "
            "first, killing two civilians."
        ),
        "claims": [
            ("India's army", ["Pakistani troops"], "denied",
             "Pakistani troops had violated the ceasefire along the Line of Control for a third night",
             [("Islamabad", "rejection", "rejected the accusation"),
              ("Islamabad", "counter_accusation", "said Indian forces had fired first")]),
            ("Islamabad", ["Indian forces"], "asserted", "Indian forces had fired first", []),
        ],
        "counts": [("killing two civilians", "dead", 2, 2, 2)],
    },
    {
        "id": "k08",
        "published": "2025-04-25",
        "text": (
            "Half a million people have fled their homes in Sudan's North Darfur since April, the UN "
            "refugee agency said. Nearly 40 aid workers are missing."
        ),
        "claims": [],
        "counts": [
            ("Half a million people have fled", "displaced", 500000, 500000, 500000),
            ("Nearly 40 aid workers are missing", "missing", 36, 39, 39),
        ],
    },
    {
        "id": "k09",
        "published": "2025-03-12",
        "text": (
            "Beijing charged that the Philippine navy had deliberately provoked a collision near "
            "Scarborough Shoal, without releasing any footage. Manila said the Chinese account was "
            "false."
        ),
        "claims": [
            ("Beijing", ["the Philippine navy"], "evidence_not_shown",
             "the Philippine navy had deliberately provoked a collision near Scarborough Shoal",
             [("Manila", "denial", "said the Chinese account was false")]),
        ],
        "counts": [],
    },
    {
        "id": "k10",
        "published": "2025-02-05",
        "text": (
            "The Malian army said it had killed at least two dozen militants in an air strike near "
            "Kidal. Tuareg separatists said the strike had hit a market and accused the army of "
            "killing civilians."
        ),
        "claims": [
            ("Tuareg separatists", ["the army"], "asserted", "killing civilians", []),
        ],
        "counts": [("killed at least two dozen militants", "dead", 24, 24, None)],
    },
    {
        "id": "k11",
        "published": "2025-01-16",
        "text": (
            "Moldova accused Russia of cutting gas supplies to Transnistria to create a humanitarian "
            "crisis. Gazprom denied the accusation and blamed unpaid debts."
        ),
        "claims": [
            ("Moldova", ["Russia"], "denied",
             "cutting gas supplies to Transnistria to create a humanitarian crisis",
             [("Gazprom", "denial", "denied the accusation")]),
        ],
        "counts": [],
    },
    {
        "id": "k12",
        "published": "2025-12-01",
        "text": (
            "Nigeria's military said gunmen had kidnapped 25 schoolgirls in Kebbi state and "
            "reportedly killed a teacher. About 300 soldiers were deployed to search the forest."
        ),
        "claims": [
            ("Nigeria's military", ["gunmen"], "asserted",
             "gunmen had kidnapped 25 schoolgirls in Kebbi state and reportedly killed a teacher", []),
        ],
        "counts": [
            ("kidnapped 25 schoolgirls", "abducted", 25, 25, 25),
            ("About 300 soldiers were deployed", "troops", 270, 300, 330),
        ],
    },
]
