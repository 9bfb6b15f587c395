"""Where coreference starts: pronouns, relative pronouns and "that country"/"the two
countries" in the token stream, and the gender a person is referred to with."""

from __future__ import annotations

from ..resources import word_list
from .draft import ActorDraft
from .lexicon import Tok, span_text

_ADVERBS = word_list("actors/words.tsv", "adverbs")

PERSON_PRONOUNS = word_list("actors/words.tsv", "person_pronouns")
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = word_list("actors/words.tsv", "plural_pronouns")
THING_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVES = frozenset({"who", "which"})
_EXPLETIVE_NEXT = word_list("actors/words.tsv", "expletive_next")
COUNTRY_NOUNS = frozenset({"country", "nation"})  # not "state": in US news that is a US state
PAIR_NOUNS = word_list("actors/words.tsv", "pair_nouns")
SIDE_NOUNS = frozenset({"sides", "parties"})  # "both sides": any two actors, not only countries
# "it is keen to ...", "it was ready ...": predicates whose subject acts, so "it" is a
# country or organisation, not the expletive of "it is clear that ...".
_AGENTIVE = word_list("actors/words.tsv", "agentive")
_DEMONSTRATIVES = frozenset({"that", "this", "the"})
_GROUP_DETS = frozenset({"the", "these", "those", "both"})  # "these groups": a collection named before
_OPEN_QUOTES = frozenset({"“", "«"})
_CLOSE_QUOTES = frozenset({"”", "»"})
_FEMALE_ROLES = word_list("actors/words.tsv", "female_roles")
_MALE_ROLES = word_list("actors/words.tsv", "male_roles")


def gender_of(d: ActorDraft, names: dict[str, str]) -> str | None:
    """"f", "m" or None: from the first word of the name, else from a gendered role."""
    first = d.name.split()[0] if d.name else ""
    g = names.get(first)
    if g is not None:
        return g
    role = (d.role or "").lower()
    if any(w in role for w in _FEMALE_ROLES):
        return "f"
    if any(w in role for w in _MALE_ROLES):
        return "m"
    return None


def _agentive(toks: list[Tok], j: int) -> bool:
    """Whether an agentive predicate ("willing", "ready", "not prepared") starts at token ``j``,
    after "it is/was"."""
    while j < len(toks) and toks[j].lower in _ADVERBS:
        j += 1
    return j < len(toks) and toks[j].lower in _AGENTIVE


def find_references(text: str, toks: list[Tok], taken: list[bool], sent_of: list[int]) -> list[ActorDraft]:
    """Drafts for pronouns and "that country"/"both countries" not inside another mention."""
    out: list[ActorDraft] = []
    n = len(toks)
    quoted = False  # inside quotation marks, "they" and "it" are the speaker's, often unnamed
    for i, t in enumerate(toks):
        if i > 0 and "\n" in text[toks[i - 1].end : t.start]:
            quoted = False  # a quote that runs on re-opens in the next paragraph
        if t.text in _OPEN_QUOTES:
            quoted = True
        elif t.text in _CLOSE_QUOTES:
            quoted = False
        elif t.text == '"':
            quoted = not quoted
        if taken[i]:
            continue
        w = t.lower
        if quoted and (w in PLURAL_PRONOUNS or w in THING_PRONOUNS):
            continue
        if w in PERSON_PRONOUNS or w in PLURAL_PRONOUNS or w in THING_PRONOUNS:
            expletive = w == "it" and i + 1 < n and toks[i + 1].lower in _EXPLETIVE_NEXT
            if expletive and not _agentive(toks, i + 2):
                continue
            if i > 0 and toks[i - 1].text == "'":
                continue
            out.append(ActorDraft(i, i + 1, "pronoun", t.text, head=w, sent=sent_of[i],
                             plural=w in PLURAL_PRONOUNS, person=w in PERSON_PRONOUNS))
        elif w in RELATIVES and i > 0 and toks[i - 1].text == ",":
            out.append(ActorDraft(i, i + 1, "pronoun", t.text, head=w, sent=sent_of[i]))
        elif w in COUNTRY_NOUNS and i > 0 and toks[i - 1].lower in _DEMONSTRATIVES and not taken[i - 1]:
            out.append(ActorDraft(i - 1, i + 1, "description", "country", head="country", sent=sent_of[i],
                             definite=True))
        elif w == "groups" and i > 0 and toks[i - 1].lower in _GROUP_DETS and not taken[i - 1]:
            out.append(ActorDraft(i - 1, i + 1, "description", span_text(toks, i - 1, i + 1), head="groups",
                             sent=sent_of[i], plural=True, definite=True))
        elif (w in PAIR_NOUNS or w in SIDE_NOUNS) and i > 1 and not taken[i - 1]:
            a, b = toks[i - 2].lower, toks[i - 1].lower
            if (a, b) == ("the", "two") or b == "both":
                first = i - 2 if a == "the" else i - 1
                out.append(ActorDraft(first, i + 1, "description", span_text(toks, first, i + 1),
                                 head="pair" if w in PAIR_NOUNS else "sides",
                                 sent=sent_of[i], plural=True, definite=True))
    return out
