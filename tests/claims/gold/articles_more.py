"""A second batch of gold articles, written after the stage was tuned on the first batch and
scored once, untuned, before being added to the gold set (claim F1 0.82, status accuracy
0.89, link F1 0.84, count F1 0.95 at that point). Same conventions as ``articles.py``."""

from __future__ import annotations

from typing import Any

ARTICLES_MORE: list[dict[str, Any]] = [
    {
        "id": "h01",
        "published": "2025-02-11",
        "text": (
            "Niger's military rulers accused France of training jihadists on the border with Benin, "
            "without offering any proof. Paris dismissed the accusation as absurd. An attack on an "
            "army post near Tillaberi killed 10 soldiers last week."
        ),
        "claims": [
            ("Niger's military rulers", ["France"], "evidence_not_shown",
             "training jihadists on the border with Benin",
             [("Paris", "rejection", "dismissed the accusation as absurd")]),
        ],
        "counts": [("killed 10 soldiers", "dead", 10, 10, 10)],
    },
    {
        "id": "h02",
        "published": "2025-03-19",
        "text": (
            "South Africa's foreign minister said Rwanda had deployed troops inside eastern Congo, "
            "citing a confidential UN report. Kigali denied that its soldiers were in Congo. More "
            "than 700 people have been killed in Goma since January, according to the UN."
        ),
        "claims": [
            ("South Africa's foreign minister", ["Rwanda"], "evidence_cited",
             "Rwanda had deployed troops inside eastern Congo",
             [("Kigali", "denial", "denied that its soldiers were in Congo")]),
        ],
        "counts": [("More than 700 people have been killed", "dead", 701, 701, None)],
    },
    {
        "id": "h03",
        "published": "2025-01-07",
        "text": (
            "Finland's police said a tanker linked to Russia had damaged an undersea power cable by "
            "dragging its anchor. The Kremlin rejected any suggestion of Russian involvement."
        ),
        "claims": [
            ("Finland's police", ["a tanker linked to Russia"], "denied",
             "a tanker linked to Russia had damaged an undersea power cable by dragging its anchor",
             [("The Kremlin", "rejection", "rejected any suggestion of Russian involvement")]),
        ],
        "counts": [],
    },
    {
        "id": "h04",
        "published": "2025-04-02",
        "text": (
            "Kyrgyzstan accused Tajikistan of massing soldiers and armoured vehicles near the disputed "
            "border. Dushanbe said its forces were on routine exercises and accused Bishkek of "
            "provoking the tension."
        ),
        "claims": [
            ("Kyrgyzstan", ["Tajikistan"], "denied",
             "massing soldiers and armoured vehicles near the disputed border",
             [("Dushanbe", "rejection", "said its forces were on routine exercises"),
              ("Dushanbe", "counter_accusation", "accused Bishkek of provoking the tension")]),
            ("Dushanbe", ["Bishkek"], "asserted", "provoking the tension", []),
        ],
        "counts": [],
    },
    {
        "id": "h05",
        "published": "2025-05-14",
        "text": (
            "Security forces in Mozambique detained about 300 people after protests over the election "
            "results, a rights group said. At least 30 protesters were shot dead, the group added."
        ),
        "claims": [],
        "counts": [
            ("detained about 300 people", "arrested", 270, 300, 330),
            ("At least 30 protesters were shot dead", "dead", 30, 30, None),
        ],
    },
    {
        "id": "h06",
        "published": "2025-06-03",
        "text": (
            "Eritrea accused Ethiopia of planning an invasion to seize the port of Assab. Ethiopia's "
            "prime minister denied having any such plans. Thousands of Ethiopian troops were "
            "reported moving north."
        ),
        "claims": [
            ("Eritrea", ["Ethiopia"], "denied", "planning an invasion to seize the port of Assab",
             [("Ethiopia's prime minister", "denial", "denied having any such plans")]),
        ],
        "counts": [("Thousands of Ethiopian troops", "troops", 2000, 2000, 9999)],
    },
    {
        "id": "h07",
        "published": "2025-02-25",
        "text": (
            "Latvia's president claimed that Russian ships were mapping cables in the Baltic Sea. "
            "Moscow has not commented."
        ),
        "claims": [
            ("Latvia's president", ["Russian ships"], "asserted",
             "Russian ships were mapping cables in the Baltic Sea", []),
        ],
        "counts": [],
    },
    {
        "id": "h08",
        "published": "2025-07-08",
        "text": (
            "Cambodia accused Thailand of firing artillery into Oddar Meanchey province, killing one "
            "soldier. Bangkok confirmed that its troops had returned fire after being attacked."
        ),
        "claims": [
            ("Cambodia", ["Thailand"], "confirmed", "firing artillery into Oddar Meanchey province",
             [("Bangkok", "confirmation", "confirmed that its troops had returned fire")]),
        ],
        "counts": [("killing one soldier", "dead", 1, 1, 1)],
    },
    {
        "id": "h09",
        "published": "2025-03-03",
        "text": (
            "The Congolese army said M23 rebels had abducted 40 patients from hospitals in Goma. The "
            "rebels called the report a lie."
        ),
        "claims": [
            ("The Congolese army", ["M23 rebels"], "denied",
             "M23 rebels had abducted 40 patients from hospitals in Goma",
             [("The rebels", "denial", "called the report a lie")]),
        ],
        "counts": [("abducted 40 patients", "abducted", 40, 40, 40)],
    },
    {
        "id": "h10",
        "published": "2025-08-19",
        "text": (
            "Venezuela's interior minister accused the United States of plotting to assassinate "
            "President Maduro, reportedly with help from Colombian mercenaries. Washington called "
            "the allegation ridiculous."
        ),
        "claims": [
            ("Venezuela's interior minister", ["the United States"], "denied",
             "plotting to assassinate President Maduro",
             [("Washington", "denial", "called the allegation ridiculous")]),
        ],
        "counts": [],
    },
    {
        "id": "h11",
        "published": "2025-09-22",
        "text": (
            "Floods in northern Nigeria have displaced up to 40,000 people, and 65 are missing, the "
            "emergency agency said."
        ),
        "claims": [],
        "counts": [
            ("displaced up to 40,000 people", "displaced", None, 40000, 40000),
            ("65 are missing", "missing", 65, 65, 65),
        ],
    },
    {
        "id": "h12",
        "published": "2025-10-30",
        "text": (
            "Pakistan blamed the Afghan Taliban for sheltering fighters who killed 11 soldiers in "
            "Khyber. The Taliban government denied the charge and accused Islamabad of bombing "
            "civilians in Paktika."
        ),
        "claims": [
            ("Pakistan", ["the Afghan Taliban"], "denied",
             "the Afghan Taliban for sheltering fighters who killed 11 soldiers in Khyber",
             [("The Taliban government", "denial", "denied the charge"),
              ("The Taliban government", "counter_accusation",
               "accused Islamabad of bombing civilians in Paktika")]),
            ("The Taliban government", ["Islamabad"], "asserted", "bombing civilians in Paktika", []),
        ],
        "counts": [("killed 11 soldiers", "dead", 11, 11, 11)],
    },
]
