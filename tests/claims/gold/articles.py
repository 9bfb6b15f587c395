"""Gold articles for claims, responses and counts, written for this project.

Each article: id, published, text, claims and counts. A claim is
``(claimant, [accused...], status, proposition_text, [(responder, kind, response_text), ...])``;
a count is ``(text, category, low, best, high)``. Texts are given by their words (and an
occurrence number where they repeat); ``build_gold.py`` turns them into offsets.
Conventions are in ``build_gold.py``.
"""

from __future__ import annotations

from typing import Any

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "g01",
        "published": "2024-03-04",
        "text": (
            "Ukraine accused Russia on Monday of shelling a grain terminal in the port of Izmail, "
            "without providing evidence of who fired the missiles. The Russian Defence Ministry "
            "rejected the accusation as a provocation. Regional officials said at least four people "
            "were killed and 11 injured."
        ),
        "claims": [
            ("Ukraine", ["Russia"], "evidence_not_shown",
             "shelling a grain terminal in the port of Izmail",
             [("The Russian Defence Ministry", "rejection", "rejected the accusation as a provocation")]),
        ],
        "counts": [
            ("at least four people were killed", "dead", 4, 4, None),
            ("11 injured", "injured", 11, 11, 11),
        ],
    },
    {
        "id": "g02",
        "published": "2024-05-12",
        "text": (
            "Serbian President Aleksandar Vucic said on Sunday that Kosovo police had detained 14 "
            "ethnic Serbs near the Jarinje crossing. The Kosovo Interior Ministry confirmed the "
            "arrests and said the men had been carrying weapons."
        ),
        "claims": [
            ("Aleksandar Vucic", ["Kosovo police"], "confirmed",
             "Kosovo police had detained 14 ethnic Serbs near the Jarinje crossing",
             [("The Kosovo Interior Ministry", "confirmation", "confirmed the arrests")]),
        ],
        "counts": [("detained 14 ethnic Serbs", "arrested", 14, 14, 14)],
    },
    {
        "id": "g03",
        "published": "2024-01-20",
        "text": (
            "The Israeli military said Hezbollah fighters wounded three soldiers in a drone attack "
            "near Metula, citing radar data. Hezbollah did not comment on the report."
        ),
        "claims": [
            ("The Israeli military", ["Hezbollah"], "evidence_cited",
             "Hezbollah fighters wounded three soldiers in a drone attack near Metula", []),
        ],
        "counts": [("wounded three soldiers", "injured", 3, 3, 3)],
    },
    {
        "id": "g04",
        "published": "2024-07-02",
        "text": (
            "China's foreign ministry accused the Philippines of deliberately ramming a Chinese coast "
            "guard vessel near Second Thomas Shoal. Manila categorically denied the allegation and "
            "said Chinese ships had blocked a routine resupply mission."
        ),
        "claims": [
            ("China's foreign ministry", ["the Philippines"], "denied",
             "deliberately ramming a Chinese coast guard vessel near Second Thomas Shoal",
             [("Manila", "denial", "categorically denied the allegation"),
              ("Manila", "counter_accusation", "Chinese ships had blocked a routine resupply mission")]),
            ("Manila", ["China"], "asserted", "Chinese ships had blocked a routine resupply mission", []),
        ],
        "counts": [],
    },
    {
        "id": "g05",
        "published": "2024-02-15",
        "text": (
            "The Sudanese army accused the Rapid Support Forces of killing more than 200 civilians in "
            "El Geneina. The paramilitary group called the accusations baseless and blamed army "
            "airstrikes for the deaths. The UN said nearly 5,000 people had fled across the border "
            "into Chad."
        ),
        "claims": [
            ("The Sudanese army", ["the Rapid Support Forces"], "denied",
             "killing more than 200 civilians in El Geneina",
             [("The paramilitary group", "denial", "called the accusations baseless"),
              ("The paramilitary group", "counter_accusation", "blamed army airstrikes for the deaths")]),
            ("The paramilitary group", ["The Sudanese army"], "asserted",
             "army airstrikes for the deaths", []),
        ],
        "counts": [
            ("killing more than 200 civilians", "dead", 201, 201, None),
            ("nearly 5,000 people had fled", "displaced", 4500, 4999, 4999),
        ],
    },
    {
        "id": "g06",
        "published": "2024-09-09",
        "text": (
            "Azerbaijan warned that Armenia was moving artillery towards the border, without showing "
            "evidence. Armenia's Defence Ministry dismissed the claim as disinformation."
        ),
        "claims": [
            ("Azerbaijan", ["Armenia"], "evidence_not_shown",
             "Armenia was moving artillery towards the border",
             [("Armenia's Defence Ministry", "rejection", "dismissed the claim as disinformation")]),
        ],
        "counts": [],
    },
    {
        "id": "g07",
        "published": "2024-04-18",
        "text": (
            "Police in Nairobi arrested 37 protesters on Thursday as thousands of demonstrators "
            "marched against new taxes, the Kenya National Commission on Human Rights said. The "
            "commission accused officers of using live ammunition. The police spokesperson denied "
            "that live rounds were fired."
        ),
        "claims": [
            ("The commission", ["officers"], "denied", "using live ammunition",
             [("The police spokesperson", "denial", "denied that live rounds were fired")]),
        ],
        "counts": [
            ("arrested 37 protesters", "arrested", 37, 37, 37),
            ("thousands of demonstrators", "protesters", 2000, 2000, 9999),
        ],
    },
    {
        "id": "g08",
        "published": "2024-10-01",
        "text": (
            "Iran accused Israel of assassinating a senior commander in Damascus and vowed a response. "
            "Israel did not comment on the strike, which killed seven people according to Syrian "
            "state media."
        ),
        "claims": [
            ("Iran", ["Israel"], "asserted", "assassinating a senior commander in Damascus", []),
        ],
        "counts": [("killed seven people", "dead", 7, 7, 7)],
    },
    {
        "id": "g09",
        "published": "2024-06-21",
        "text": (
            "Venezuela's defence minister alleged that Colombian paramilitaries had crossed into Zulia "
            "state to attack military posts. Bogotá said the allegation was unfounded and invited "
            "Caracas to share any proof."
        ),
        "claims": [
            ("Venezuela's defence minister", ["Colombian paramilitaries"], "denied",
             "Colombian paramilitaries had crossed into Zulia state to attack military posts",
             [("Bogotá", "denial", "said the allegation was unfounded")]),
        ],
        "counts": [],
    },
    {
        "id": "g10",
        "published": "2024-08-14",
        "text": (
            "North Korea launched two ballistic missiles into the sea, South Korea's Joint Chiefs of "
            "Staff said. Seoul also accused Pyongyang of sending some 500 balloons carrying rubbish "
            "across the border."
        ),
        "claims": [
            ("Seoul", ["Pyongyang"], "asserted",
             "sending some 500 balloons carrying rubbish across the border", []),
        ],
        "counts": [],
    },
    {
        "id": "g11",
        "published": "2024-11-05",
        "text": (
            "The Democratic Republic of Congo accused Rwanda of backing the M23 rebels, citing a "
            "report by UN experts. Rwanda rejected the accusation and said Kinshasa was working with "
            "militias hostile to Kigali. Fighting near Goma has displaced at least 135,000 people "
            "this month."
        ),
        "claims": [
            ("The Democratic Republic of Congo", ["Rwanda"], "evidence_cited", "backing the M23 rebels",
             [("Rwanda", "rejection", "rejected the accusation"),
              ("Rwanda", "counter_accusation", "Kinshasa was working with militias hostile to Kigali")]),
            ("Rwanda", ["Kinshasa"], "asserted", "Kinshasa was working with militias hostile to Kigali", []),
        ],
        "counts": [("displaced at least 135,000 people", "displaced", 135000, 135000, None)],
    },
    {
        "id": "g12",
        "published": "2024-02-27",
        "text": (
            "Moldova's government said Russia was plotting to destabilise the country ahead of the "
            "elections, according to documents seen by Moldovan intelligence. The Kremlin said the "
            "accusations were absurd."
        ),
        "claims": [
            ("Moldova's government", ["Russia"], "evidence_cited",
             "Russia was plotting to destabilise the country ahead of the elections",
             [("The Kremlin", "denial", "said the accusations were absurd")]),
        ],
        "counts": [],
    },
    {
        "id": "g13",
        "published": "2024-03-30",
        "text": (
            "Gunmen abducted 87 students from a school in Kaduna state, local officials said. The "
            "state governor blamed bandits operating from forests in the region. Almost a hundred "
            "soldiers were sent to search the area."
        ),
        "claims": [
            ("The state governor", ["bandits"], "asserted",
             "bandits operating from forests in the region", []),
        ],
        "counts": [
            ("abducted 87 students", "abducted", 87, 87, 87),
            ("Almost a hundred soldiers", "troops", 90, 99, 99),
        ],
    },
    {
        "id": "g14",
        "published": "2024-05-25",
        "text": (
            "Pakistan accused India of sponsoring militants who attacked a checkpoint in Balochistan, "
            "but did not provide any proof. India's foreign ministry rejected the charge as baseless "
            "propaganda. The attack left 12 soldiers dead."
        ),
        "claims": [
            ("Pakistan", ["India"], "evidence_not_shown",
             "sponsoring militants who attacked a checkpoint in Balochistan",
             [("India's foreign ministry", "rejection", "rejected the charge as baseless propaganda")]),
        ],
        "counts": [("12 soldiers dead", "dead", 12, 12, 12)],
    },
    {
        "id": "g15",
        "published": "2024-12-03",
        "text": (
            "Lithuania said Belarus had deliberately pushed migrants across the border, reportedly "
            "using soldiers to escort them. Minsk denied the accusation. Lithuanian border guards "
            "turned back more than 300 migrants last week."
        ),
        "claims": [
            ("Lithuania", ["Belarus"], "denied", "Belarus had deliberately pushed migrants across the border",
             [("Minsk", "denial", "denied the accusation")]),
        ],
        "counts": [],
    },
    {
        "id": "g16",
        "published": "2024-04-09",
        "text": (
            "Ethiopia's government accused Egypt of arming rebels in the Amhara region. Egypt has "
            "not responded. Clashes in the region have killed dozens of civilians, residents said."
        ),
        "claims": [
            ("Ethiopia's government", ["Egypt"], "asserted", "arming rebels in the Amhara region", []),
        ],
        "counts": [("killed dozens of civilians", "dead", 24, 24, 99)],
    },
    {
        "id": "g17",
        "published": "2024-06-06",
        "text": (
            "Greece accused Turkey of violating its airspace 40 times in a single day with fighter "
            "jets and drones. Ankara said the flights took place in international airspace and "
            "accused Athens of militarising islands in the Aegean."
        ),
        "claims": [
            ("Greece", ["Turkey"], "denied",
             "violating its airspace 40 times in a single day with fighter jets and drones",
             [("Ankara", "rejection", "said the flights took place in international airspace"),
              ("Ankara", "counter_accusation", "accused Athens of militarising islands in the Aegean")]),
            ("Ankara", ["Athens"], "asserted", "militarising islands in the Aegean", []),
        ],
        "counts": [],
    },
    {
        "id": "g18",
        "published": "2024-10-22",
        "text": (
            "The United States said Chinese hackers had broken into the networks of several "
            "telecommunications companies, citing an FBI investigation. Beijing rejected the "
            "allegations as groundless smears."
        ),
        "claims": [
            ("The United States", ["Chinese hackers"], "evidence_cited",
             "Chinese hackers had broken into the networks of several telecommunications companies",
             [("Beijing", "rejection", "rejected the allegations as groundless smears")]),
        ],
        "counts": [],
    },
    {
        "id": "g19",
        "published": "2024-07-19",
        "text": (
            "Bangladesh police detained more than 500 students after protests over job quotas, and at "
            "least 32 people were killed in clashes, hospital officials said."
        ),
        "claims": [],
        "counts": [
            ("detained more than 500 students", "arrested", 501, 501, None),
            ("at least 32 people were killed", "dead", 32, 32, None),
        ],
    },
    {
        "id": "g20",
        "published": "2024-01-11",
        "text": (
            "Yemen's Houthi movement claimed that US and British warships had shelled fishing boats "
            "off Hodeidah. The Pentagon denied that its ships had fired on civilian vessels. Up to "
            "ten fishermen are missing, local officials said."
        ),
        "claims": [
            ("Yemen's Houthi movement", ["US and British warships"], "denied",
             "US and British warships had shelled fishing boats off Hodeidah",
             [("The Pentagon", "denial", "denied that its ships had fired on civilian vessels")]),
        ],
        "counts": [("Up to ten fishermen are missing", "missing", None, 10, 10)],
    },
    {
        "id": "g21",
        "published": "2024-09-30",
        "text": (
            "Poland's foreign minister warned that Russia was recruiting saboteurs to set fire to "
            "shopping centres in Warsaw. He said prosecutors had charged 16 people with spying. "
            "Moscow did not respond."
        ),
        "claims": [
            ("Poland's foreign minister", ["Russia"], "asserted",
             "Russia was recruiting saboteurs to set fire to shopping centres in Warsaw", []),
        ],
        "counts": [],
    },
    {
        "id": "g22",
        "published": "2024-03-14",
        "text": (
            "Haitian police said gangs killed at least 15 people and set fire to dozens of homes in "
            "Port-au-Prince. The International Organization for Migration said some 17,000 people "
            "had been displaced in a week."
        ),
        "claims": [
            ("Haitian police", ["gangs"], "asserted",
             "gangs killed at least 15 people and set fire to dozens of homes in Port-au-Prince", []),
        ],
        "counts": [
            ("killed at least 15 people", "dead", 15, 15, None),
            ("some 17,000 people had been displaced", "displaced", 15300, 17000, 18700),
        ],
    },
    {
        "id": "g23",
        "published": "2024-08-03",
        "text": (
            "Mali's transitional government accused Ukraine of supporting rebels who ambushed its "
            "troops near Tinzaouaten, after a Ukrainian intelligence official appeared to claim a "
            "role. Kyiv denied any involvement and called the decision to cut ties hasty."
        ),
        "claims": [
            ("Mali's transitional government", ["Ukraine"], "denied",
             "supporting rebels who ambushed its troops near Tinzaouaten",
             [("Kyiv", "denial", "denied any involvement")]),
        ],
        "counts": [],
    },
    {
        "id": "g24",
        "published": "2024-11-18",
        "text": (
            "Russia moved about 50,000 troops to the Kursk region, Ukraine's commander-in-chief said. "
            "He also said North Korean soldiers were fighting alongside Russian units, citing "
            "intelligence reports. The Kremlin called the claims fake news."
        ),
        "claims": [
            ("Ukraine's commander-in-chief", ["North Korean soldiers"], "evidence_cited",
             "North Korean soldiers were fighting alongside Russian units",
             [("The Kremlin", "denial", "called the claims fake news")]),
        ],
        "counts": [("about 50,000 troops", "troops", 45000, 50000, 55000)],
    },
    {
        "id": "g25",
        "published": "2024-02-08",
        "text": (
            "The opposition in Georgia accused the ruling party of rigging the vote with pressure on "
            "public employees. The Central Election Commission rejected the accusations. Riot police "
            "detained 20 to 30 demonstrators outside parliament."
        ),
        "claims": [
            ("The opposition in Georgia", ["the ruling party"], "disputed",
             "rigging the vote with pressure on public employees",
             [("The Central Election Commission", "rejection", "rejected the accusations")]),
        ],
        "counts": [("detained 20 to 30 demonstrators", "arrested", 20, 25, 30)],
    },
    {
        "id": "g26",
        "published": "2024-06-28",
        "text": (
            "Thailand's army said Myanmar troops had fired shells that landed in Tak province, "
            "injuring two villagers. Myanmar's military government admitted that stray rounds had "
            "crossed the border and apologised."
        ),
        "claims": [
            ("Thailand's army", ["Myanmar troops"], "confirmed",
             "Myanmar troops had fired shells that landed in Tak province",
             [("Myanmar's military government", "confirmation",
               "admitted that stray rounds had crossed the border")]),
        ],
        "counts": [("injuring two villagers", "injured", 2, 2, 2)],
    },
    {
        "id": "g27",
        "published": "2024-10-15",
        "text": (
            "India accused Canada of harbouring separatists and expelled six Canadian diplomats. "
            "Ottawa has accused Indian agents of involvement in a killing in British Columbia, an "
            "allegation New Delhi dismissed as absurd."
        ),
        "claims": [
            ("India", ["Canada"], "asserted", "harbouring separatists", []),
            ("Ottawa", ["Indian agents"], "denied", "involvement in a killing in British Columbia",
             [("New Delhi", "rejection", "dismissed as absurd")]),
        ],
        "counts": [],
    },
    {
        "id": "g28",
        "published": "2024-05-03",
        "text": (
            "Taiwan's defence ministry said 45 Chinese military aircraft and 14 ships operated "
            "around the island in the past 24 hours. Beijing said the drills were a warning to "
            "separatist forces."
        ),
        "claims": [],
        "counts": [
            ("45 Chinese military aircraft", "aircraft", 45, 45, 45),
            ("14 ships", "ships", 14, 14, 14),
        ],
    },
    {
        "id": "g29",
        "published": "2024-04-26",
        "text": (
            "Somalia accused Ethiopia of sending troops into the Hiiraan region without permission. "
            "Addis Ababa did not confirm the movement but said its forces were there to fight "
            "al-Shabaab. Residents said about a dozen armoured vehicles crossed the border."
        ),
        "claims": [
            ("Somalia", ["Ethiopia"], "asserted", "sending troops into the Hiiraan region without permission",
             []),
        ],
        "counts": [("about a dozen armoured vehicles", "vehicles", 10, 12, 14)],
    },
    {
        "id": "g30",
        "published": "2024-09-17",
        "text": (
            "Hezbollah blamed Israel for exploding pagers that killed 12 people and wounded nearly "
            "3,000 across Lebanon. Israel's military declined to comment."
        ),
        "claims": [
            ("Hezbollah", ["Israel"], "asserted", "exploding pagers that killed 12 people", []),
        ],
        "counts": [
            ("killed 12 people", "dead", 12, 12, 12),
            ("wounded nearly 3,000", "injured", 2700, 2999, 2999),
        ],
    },
    {
        "id": "g31",
        "published": "2024-07-23",
        "text": (
            "Guyana's president accused Venezuela of stationing troops near the disputed Essequibo "
            "region. Caracas rejected the accusation and accused Guyana of allowing US military "
            "bases on its territory, without offering proof."
        ),
        "claims": [
            ("Guyana's president", ["Venezuela"], "denied",
             "stationing troops near the disputed Essequibo region",
             [("Caracas", "rejection", "rejected the accusation"),
              ("Caracas", "counter_accusation",
               "accused Guyana of allowing US military bases on its territory")]),
            ("Caracas", ["Guyana"], "evidence_not_shown", "allowing US military bases on its territory", []),
        ],
        "counts": [],
    },
    {
        "id": "g32",
        "published": "2024-03-07",
        "text": (
            "An earthquake-damaged dam burst in eastern Libya, and the Red Crescent said as many as "
            "400 people are missing. Rescue teams recovered 70 bodies on Wednesday."
        ),
        "claims": [],
        "counts": [
            ("as many as 400 people are missing", "missing", None, 400, 400),
            ("70 bodies", "dead", 70, 70, 70),
        ],
    },
    {
        "id": "g33",
        "published": "2024-12-12",
        "text": (
            "France accused Algeria of detaining a French-Algerian writer on false charges. The "
            "Algerian foreign ministry said the case was an internal judicial matter and accused "
            "Paris of interference."
        ),
        "claims": [
            ("France", ["Algeria"], "disputed", "detaining a French-Algerian writer on false charges",
             [("The Algerian foreign ministry", "counter_accusation", "accused Paris of interference")]),
            ("The Algerian foreign ministry", ["Paris"], "asserted", "interference", []),
        ],
        "counts": [],
    },
    {
        "id": "g34",
        "published": "2024-08-29",
        "text": (
            "The Philippine coast guard said Chinese vessels fired water cannon at two of its boats, "
            "citing video footage released by the crew. China's coast guard said the Philippine "
            "boats had intruded into Chinese waters."
        ),
        "claims": [
            ("The Philippine coast guard", ["Chinese vessels"], "evidence_cited",
             "Chinese vessels fired water cannon at two of its boats",
             [("China's coast guard", "counter_accusation",
               "the Philippine boats had intruded into Chinese waters")]),
            ("China's coast guard", ["the Philippine boats"], "asserted",
             "the Philippine boats had intruded into Chinese waters", []),
        ],
        "counts": [],
    },
    {
        "id": "g35",
        "published": "2024-02-02",
        "text": (
            "Burkina Faso's junta said it had foiled a coup attempt backed by foreign powers, without "
            "naming any country or presenting evidence. Troops arrested four officers in "
            "Ouagadougou."
        ),
        "claims": [
            ("Burkina Faso's junta", ["foreign powers"], "evidence_not_shown",
             "it had foiled a coup attempt backed by foreign powers", []),
        ],
        "counts": [("arrested four officers", "arrested", 4, 4, 4)],
    },
    {
        "id": "g36",
        "published": "2024-05-30",
        "text": (
            "Estonia accused Russia of jamming GPS signals used by commercial flights over the Baltic "
            "Sea, saying the interference was deliberate. Moscow has denied similar accusations in "
            "the past."
        ),
        "claims": [
            ("Estonia", ["Russia"], "asserted",
             "jamming GPS signals used by commercial flights over the Baltic Sea", []),
        ],
        "counts": [],
    },
    {
        "id": "g37",
        "published": "2024-04-02",
        "text": (
            "Syrian state media said Israeli jets struck a building next to the Iranian embassy in "
            "Damascus, killing 16 people. Israel did not comment. Iran accused Israel of violating "
            "international law and warned it would be punished."
        ),
        "claims": [
            ("Syrian state media", ["Israeli jets"], "asserted",
             "Israeli jets struck a building next to the Iranian embassy in Damascus", []),
            ("Iran", ["Israel"], "asserted", "violating international law", []),
        ],
        "counts": [("killing 16 people", "dead", 16, 16, 16)],
    },
    {
        "id": "g38",
        "published": "2024-10-08",
        "text": (
            "Hungary's prime minister claimed that the European Commission was blackmailing Budapest "
            "by freezing funds. A Commission spokesperson rejected the claim and said the rules "
            "applied to all member states."
        ),
        "claims": [
            ("Hungary's prime minister", ["the European Commission"], "denied",
             "the European Commission was blackmailing Budapest by freezing funds",
             [("A Commission spokesperson", "rejection", "rejected the claim")]),
        ],
        "counts": [],
    },
    {
        "id": "g39",
        "published": "2024-11-26",
        "text": (
            "Tens of thousands of protesters rallied in Tbilisi for a fourth night, and police "
            "detained at least 48 people, the interior ministry said. Opposition leaders accused the "
            "government of ordering beatings of journalists, allegedly by masked men."
        ),
        "claims": [
            ("Opposition leaders", ["the government"], "asserted", "ordering beatings of journalists", []),
        ],
        "counts": [
            ("Tens of thousands of protesters", "protesters", 20000, 20000, 99000),
            ("detained at least 48 people", "arrested", 48, 48, None),
        ],
    },
    {
        "id": "g40",
        "published": "2024-06-14",
        "text": (
            "Armenia's prime minister said Azerbaijani forces had opened fire on villages in the "
            "Syunik region, but independent monitors could not verify the claim. Baku denied firing "
            "at civilian areas."
        ),
        "claims": [
            ("Armenia's prime minister", ["Azerbaijani forces"], "denied",
             "Azerbaijani forces had opened fire on villages in the Syunik region",
             [("Baku", "denial", "denied firing at civilian areas")]),
        ],
        "counts": [],
    },
    {
        "id": "g41",
        "published": "2024-01-29",
        "text": (
            "Jordan said a drone attack killed three US soldiers and wounded more than 30 at a base "
            "near the Syrian border. Washington blamed Iran-backed militias for the attack. Tehran "
            "denied any role."
        ),
        "claims": [
            ("Washington", ["Iran-backed militias"], "denied", "Iran-backed militias for the attack",
             [("Tehran", "denial", "denied any role")]),
        ],
        "counts": [
            ("killed three US soldiers", "dead", 3, 3, 3),
            ("wounded more than 30", "injured", 31, 31, None),
        ],
    },
    {
        "id": "g42",
        "published": "2024-09-03",
        "text": (
            "Colombia's defence minister accused the ELN of recruiting children in Arauca and said "
            "the guerrillas had kidnapped 11 people this year. The ELN said the accusations were "
            "lies spread by the military."
        ),
        "claims": [
            ("Colombia's defence minister", ["the ELN"], "denied", "recruiting children in Arauca",
             [("The ELN", "denial", "said the accusations were lies spread by the military")]),
            ("Colombia's defence minister", ["the guerrillas"], "denied",
             "the guerrillas had kidnapped 11 people this year",
             [("The ELN", "denial", "said the accusations were lies spread by the military")]),
        ],
        "counts": [("kidnapped 11 people", "abducted", 11, 11, 11)],
    },
]
