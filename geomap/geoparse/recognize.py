"""Find the spans of a document that may name places.

A gazetteer-driven matcher: the text is cut into word tokens; from every capitalised token the
longest run of tokens whose folded form is a gazetteer name is taken ("Donetsk region",
"United States", "U.S."). Runs may carry lowercase connectors ("Bosnia and Herzegovina",
"Rostov-on-Don") and end in a lowercase region word ("Donetsk region"). Matches are then filtered:

- a common English word ("Street", "Main", "Columbus") is kept when it names a major place (a
  country, continent or first-order division), or a settlement of 100,000 people or more by its
  preferred name when it is not the first word of a sentence; otherwise it is dropped;
- a match inside a longer proper name is dropped: "The Wall Street Journal", "Washington Post",
  "President Volodymyr Zelensky", "Georgia Tech";
- boilerplate lines ("Link to main version") never hold matches;
- a rare word that only a transliteration variant of a name knows ("Gulyaipole" for
  Huliaipole) counts when it stands alone (not beside another capitalised word) and the article's
  other places lie in countries that romanise Cyrillic names.

The matcher reads only the gazetteer's name index; choosing among candidates is
:mod:`geomap.geoparse.resolve`'s work.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from geomap import lang
from geomap.gazetteer import CYRILLIC_COUNTRIES, MAJOR_CODES, Gazetteer
from geomap.geoparse import persons, words
from geomap.models import Document, Mention
from geomap.text import name_key, sentence_initial, strip_possessive

log = logging.getLogger(__name__)

# A word: letters and digits, with inner apostrophes before two letters ("Donets'k") and inner
# full stops before a letter ("W.Va"); or dotted initials ("U.S."). A hyphen separates words,
# which a match may join again ("Rostov-on-Don", "Ivano-Frankivsk"), so that "Kyiv-based" and
# "Amsterdam-London" hold place names.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:['’][^\W\d_]{2}\w*|[.][^\W\d_]\w*)*")
_CONNECTORS = lang.word_set("name_connectors")
PLURAL_DIVISIONS = frozenset(
    word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else
    word + ("es" if word.endswith(("s", "sh", "ch")) else "s")
    for word in lang.words("division_words") if " " not in word)
"""The plural heads of a list of divisions ("the Sumy and Kharkiv Oblasts"), lower case."""
_REGION_WORDS = lang.word_set("region_words")
_ORG_WORDS = lang.word_set("organisation_heads")
_ORG_OPENERS = lang.word_set("organisation_openers")
_DIRECTIONS = lang.word_set("place_modifiers")
_BIG_PLACE = 100_000  # a common word mid-sentence names a settlement this large
_BIG_ALT_PLACE = 1_000_000  # ... or this large, when the word is another name of it ("Hamas")
_NAME_ZIPF = 3.0  # how common a word that is only a name counts (below words.COMMON_ZIPF)
_ALT_ZIPF = 2.5  # a word this common that is only another name of small places names none
_RARE_ZIPF = 1.5  # below this a capitalised word may be a transliterated place name
_SURNAME_ZIPF = 3.0  # a capitalised word this rare after a one-word place makes a person's name
_VERY_COMMON = 5.0  # "We": only a preferred name, never an alternate name, lets these through
_CUE_ZIPF = 5.2  # "Man of the Year": a word this common names a big place only after a cue
_VERY_COMMON_NAME = 4.5  # "Mary" (a Turkmen province): too common a word for a division to vouch


def find_mentions(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Find the spans of ``doc`` that may name places.

    Parameters
    ----------
    doc
        The article.
    gazetteer
        The open gazetteer, whose name index decides what a place name is.

    Returns
    -------
    list of Mention
        In text order, not overlapping.
    """
    text = doc.text
    tokens = _tokenize(text)
    caps = [word[0].isupper() for _, _, word in tokens]
    capitalised = [k for k, cap in enumerate(caps) if cap]  # only these can start a name
    mentions: list[Mention] = []
    variants: list[Mention] = []  # found by transliteration skeleton only
    doubtful: list[Mention] = []  # common words that may name a place
    free = 0  # the first token not inside a match already taken
    for i in capitalised:
        if i < free:
            continue
        start, _, word = tokens[i]
        j = _longest_match(text, tokens, caps, i, gazetteer)
        if j is None:
            if _transliterated(text, tokens, i, gazetteer):
                surface = strip_possessive(word)
                variants.append(Mention(start, start + len(surface), surface))
            continue
        end = tokens[j][1]
        surface = strip_possessive(text[start:end])
        end = start + len(surface)
        if mentions and is_code(text, mentions[-1].end, Mention(start, end, surface)) and any(
                c.kind == "code" for c in gazetteer.candidates(surface, codes=True)):
            mentions.append(Mention(start, end, surface))  # "Sudbury, ON"
            free = j + 1
            continue
        verdict = _keep(text, tokens, caps, i, j, surface, gazetteer)
        if verdict is True:
            mentions.append(Mention(start, end, surface))
        elif verdict is None:
            doubtful.append(Mention(start, end, surface))
        free = j + 1
    # one sense per article: a common word ("Fargo raised its goal") names the place that
    # the article names elsewhere with evidence ("in Fargo")
    sure = {name_key(m.text) for m in mentions}
    mentions = sorted(mentions + [m for m in doubtful if name_key(m.text) in sure],
                      key=lambda m: m.start)
    if variants and _cyrillic_context(mentions, gazetteer):
        mentions = sorted(mentions + variants, key=lambda m: m.start)
    titled, surnames = persons.titled_names(text, tokens, caps, gazetteer)
    surnames |= persons.surnames(text, tokens, caps, capitalised, gazetteer)
    mentions = [m for m in mentions if m.start not in titled
                and not _before_surname(text, m, surnames)]
    return [m for m in mentions if m.text not in surnames
            or _PLACE_CUE.search(text[max(0, m.start - 12):m.start])]


def is_code(text: str, previous_end: int, mention: Mention) -> bool:
    """Whether ``mention`` stands where a division or country code does: one to three capital
    letters after a comma that follows the place named before ("Sudbury, ON", "Lausanne, VD,
    CH")."""
    return 2 <= len(mention.text) <= 3 and mention.text.isalpha() and mention.text.isupper() \
        and text[previous_end:mention.start] in (", ", ",")


def _before_surname(text: str, mention: Mention, surnames: set[str]) -> bool:
    """"Vladimir Putin" where the article names "President Putin": a one-word place name before
    a surname of the article is a given name."""
    found = _NEXT_WORD.match(text, mention.end)
    return found is not None and " " not in mention.text and found.group(1) in surnames


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def _tokenize(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of every :data:`_TOKEN` match.

    The same as reading ``finditer``'s match objects, without making one per word: any letter
    starts a token, so no letter lies between two tokens and the first occurrence of a word after
    the previous token is where it matched.
    """
    tokens: list[tuple[int, int, str]] = []
    find = text.find
    end = 0
    for word in _TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        tokens.append((start, end, word))
    return tokens


def _transliterated(text: str, tokens: list[tuple[int, int, str]], i: int,
                    gazetteer: Gazetteer) -> bool:
    """A rare single word, not part of a longer name, that a transliteration variant knows."""
    word = tokens[i][2]
    if words.zipf()(word.casefold()) >= _RARE_ZIPF or _inside_longer_name(text, tokens, i, i):
        return False
    for k in (i - 1, i + 1):  # "Oleh Syniehubov": a neighbouring capitalised word
        if 0 <= k < len(tokens) and _capitalised(tokens[k][2]) and \
                text[min(tokens[k][1], tokens[i][1]):max(tokens[k][0], tokens[i][0])] == " ":
            return False
    key = name_key(strip_possessive(word))
    return len(key) >= 5 and gazetteer.has_translit(key)


def _cyrillic_context(mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether the article's other places lie in countries that romanise Cyrillic names."""
    for mention in mentions:
        found = gazetteer.candidates(mention.text)
        if found and found[0].place.country_code in CYRILLIC_COUNTRIES:
            return True
    return False


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _longest_match(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int,
                   gazetteer: Gazetteer) -> int | None:
    best = None
    limit = min(len(tokens), i + gazetteer.max_tokens)
    for j in range(i, limit):
        word = tokens[j][2]
        if j > i:
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            if not _joinable(gap) and not (gap == ". " and tokens[j - 1][2] in _SHORT_TITLES):
                break
            lower = word.casefold()
            if not caps[j] and lower not in _CONNECTORS and lower not in _REGION_WORDS \
                    and not _ELIDED.match(word):
                break  # but "Côte d'Ivoire", "Val d'Oise" go on
        if caps[j] or word.casefold() in _REGION_WORDS or _ELIDED.match(word):
            key = _surface_key(text[tokens[i][0]:tokens[j][1]])
            if key and gazetteer.has_name(key):
                best = j
    return best


_ELIDED = re.compile(r"[dl]['’][A-Z]")  # "d'Ivoire", "l'Aquila"
_SHORT_TITLES = frozenset({"St", "Ste", "Ft", "Mt", "Pt"})  # "St. Louis", "Ft. Worth"


def _joinable(gap: str) -> bool:
    return gap in (" ", "-", " - ", "\u00a0") or (gap.strip() == "" and "\n" not in gap
                                                    and len(gap) <= 2)


@lru_cache(maxsize=262144)
def _surface_key(surface: str) -> str:
    """The gazetteer key of a span as written, its possessive ending dropped."""
    return name_key(strip_possessive(surface))


def _keep(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int, j: int,
          surface: str, gazetteer: Gazetteer) -> bool | None:
    """Whether a match names a place: ``True``, ``False``, or ``None`` for a common word
    without evidence here, which names a place if the article names it elsewhere."""
    if _PARTY.search(text, max(0, tokens[i][0] - 4), tokens[i][0]):
        return True  # "Rep. Jane Doe, D-Hardy": a legislator's home town
    if not gazetteer.candidates(surface):
        return False  # only a code, which names a place only after another ("Sudbury, ON")
    if _inside_longer_name(text, tokens, i, j, gazetteer) or _DISEASE.match(text, tokens[j][1]):
        return False  # "Washington Post", "Marburg virus"
    if j > i and tokens[j][2] in ("Co", "CO") \
            and _NAME_BEFORE.search(text, max(0, tokens[i][0] - 30), tokens[i][0]):
        return False  # "Hudson's Bay Co." is a company, "Plymouth Co." a county
    if _WAR.match(text, tokens[j][1]) and not any(
            c.place.feature_code.startswith("PCL") for c in gazetteer.candidates(surface)):
        return False  # "the Gulf War" is an event; "the Vietnam War" keeps its country
    if _SAINT_BEFORE.search(text, max(0, tokens[i][0] - 7), tokens[i][0]):
        return False  # "St Patrick's Day": a saint the gazetteer knows no place of
    if text[tokens[j][1]:tokens[j][1] + 1] == "$":
        return False  # "US$100", "HK$5": a currency
    if surface.isupper() and len(surface) <= 4 and not any(
            c.kind == "abbr" for c in gazetteer.candidates(surface)):
        return False  # "EU" is not the French town of Eu
    if i == j and surface.casefold() in _DIRECTIONS:
        return False
    # a word in capitals is a dateline ("MANSFIELD --", "COLUMBUS, Ohio (AP)"), else a word
    single = i == j and not (surface.isupper() and len(surface) > 4
                             and _DATELINE.match(text, tokens[j][1]))
    zipf = words.zipf()(surface.casefold()) if single else 0.0
    if zipf >= words.COMMON_ZIPF and sentence_initial(text, tokens[i][0]) \
            and words.name_only(surface) and surface.casefold() not in words.last_names():
        zipf = _NAME_ZIPF  # "Lyon is France's third city": frequent, but only as a name
    if i == j and not _abbreviation_ok(text, tokens[j][1], surface, gazetteer):
        return False
    if i == j and i > 0 and tokens[i - 1][2].casefold() == "the" and surface.endswith("s") \
            and all(c.kind == "alt" and c.place.population < _BIG_ALT_PLACE
                    and c.place.feature_code not in MAJOR_CODES
                    for c in gazetteer.candidates(surface)):
        return False  # "the Boons": a family, not another name of a small town
    if _qualified(text, tokens, caps, j, surface, gazetteer):
        return True  # "Alvin, Texas", "Price, Utah": a place in the region named after it
    cue = bool(_PLACE_CUE.search(text[max(0, tokens[i][0] - 12):tokens[i][0]])) \
        and not _modifier(text, tokens, j)
    if i == j and not cue and surface.casefold() in words.first_names() and not any(
            c.place.feature_code in ("PCLI", "CONT")
            or (c.kind == "name" and c.place.feature_code in (*MAJOR_CODES, "PPLC"))
            or (c.kind == "name" and c.place.population >= _BIG_PLACE)
            for c in gazetteer.candidates(surface)):
        return False  # "Michael", "Patrick": a given name, unless a major place bears it
    if zipf >= words.COMMON_ZIPF:
        candidates = gazetteer.candidates(surface)
        end = tokens[j][1]
        abbreviated = surface.isupper() or "." in surface or text[end:end + 1] == "."
        if any(c.kind in ("demonym", "metonym") or (c.kind == "abbr" and abbreviated)
               or (c.kind == "alt" and c.place.feature_code in ("PCLI", "CONT")) or (
                c.kind == "name" and c.place.feature_code in (*MAJOR_CODES, "PPLC")
                and (zipf < _VERY_COMMON_NAME or c.place.feature_code in ("PCLI", "CONT", "PPLC")))
               for c in candidates):
            return True
        big = any(c.place.population >= (_BIG_PLACE if c.kind == "name" else _BIG_ALT_PLACE)
                  and (c.kind == "name" or zipf < _VERY_COMMON) for c in candidates)
        if big and (zipf < _CUE_ZIPF or cue) and not sentence_initial(text, tokens[i][0]) \
                and not _title_case(text, tokens, caps, i):
            return True
        if zipf < _VERY_COMMON and cue and any(
                c.kind == "name" and c.place.feature_class in ("P", "A") for c in candidates) \
                and not _title_case(text, tokens, caps, i):
            return True  # "hiding in Hurricane"
        return None if any(c.kind == "name" for c in candidates) else False
    # "Passover": a word this common that is only another name of small towns names none
    return zipf < _ALT_ZIPF or any(
        c.kind != "alt" or c.place.population >= _BIG_ALT_PLACE
        or c.place.feature_code in (*MAJOR_CODES, "PPLC")
        or _short_form(surface, c.place.name)
        for c in gazetteer.candidates(surface))


def _short_form(surface: str, name: str) -> bool:
    """Whether ``surface`` is the name before its particle ("Acapulco" of "Acapulco de Juárez",
    "Frankfurt" of "Frankfurt am Main"), as news writes it."""
    return name.startswith(surface + " ") and name[len(surface) + 1:][:1].islower()


def _qualified(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], j: int,
               surface: str, gazetteer: Gazetteer) -> bool:
    """Whether the match ending at token ``j`` is followed by ", " and the name of a country or
    first-order division that holds one of its candidates ("Hugo, Oklahoma", "Ada, Okla.")."""
    k = j + 1
    if k >= len(tokens) or not caps[k] or text[tokens[j][1]:tokens[k][0]] != ", ":
        return False
    end = _longest_match(text, tokens, caps, k, gazetteer)
    if end is None:
        return False
    outer = [c.place for c in gazetteer.candidates(_surface_key(text[tokens[k][0]:tokens[end][1]]))
             if c.place.feature_code in MAJOR_CODES]
    return bool(outer) and any(o.holds(c.place) for c in gazetteer.candidates(surface)
                               for o in outer)


# a virus, fever or strain named after the place where it was found ("Marburg virus", "West
# Nile virus", "Lassa fever", "Simian haemorrhagic fever")
_DISEASE = re.compile(r"(?:[- ](?:haemorrhagic|hemorrhagic|immunodeficiency|Reston))?[- ]"
                      r"(?:virus|viruses|fever|strain)\b", re.IGNORECASE)
_GENERIC_HEADS = lang.word_set("generic_heads")
_WAR = re.compile(r"[ -][Ww]ars?\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Ste\.?) $")
_PARTY = re.compile(r"(?:,|\()\s?[DRI]-$")
_DATELINE = re.compile(r"\s*(?:,|--|—|–|-|\(|:|$)", re.MULTILINE)
_PLACE_CUE = re.compile(r"\b(?:in|near|outside|through|(?:city|town|village) of)\s+$")
_TITLE_MINOR = lang.word_set("headline_minor_words")


def _title_case(text: str, tokens: list[tuple[int, int, str]], caps: list[bool], i: int) -> bool:
    """Whether token ``i`` stands in a headline written in title case ("Grand Jury Indicts Man
    In December Slaying"), where a capital says nothing about a common word: a sentence or line
    of four words or more, without commas (not a list of names), whose words, short function
    words aside, are all capitalised."""
    def joined(k: int) -> bool:  # tokens k - 1 and k in one segment
        return not any(c in _BREAKS for c in text[tokens[k - 1][1]:tokens[k][0]])

    first, last = i, i
    while first > 0 and joined(first):
        first -= 1
    while last + 1 < len(tokens) and joined(last + 1):
        last += 1
    if "," in text[tokens[first][0]:tokens[last][1]]:
        return False
    words = [k for k in range(first, last + 1) if tokens[k][2].casefold() not in _TITLE_MINOR]
    return len(words) >= 4 and all(caps[k] for k in words)


_BREAKS = frozenset("\n.!?:")


def _modifier(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the word at ``j`` modifies the lowercase noun after it ("in Olympic record time"),
    so that "in" governs the noun, not the word."""
    if j + 1 >= len(tokens) or text[tokens[j][1]:tokens[j + 1][0]] != " ":
        return False
    following = tokens[j + 1][2]
    return following[0].islower() and following not in _FUNCTION_WORDS


_FUNCTION_WORDS = lang.word_set("function_words")


def _abbreviation_ok(text: str, end: int, surface: str, gazetteer: Gazetteer) -> bool:
    """A word found only as an abbreviation must look like one: "ACT", "U.S.", "Calif." with its
    full stop; not "the Act", "I'll" (Ill.) or "Miss Smith" (Miss.)."""
    candidates = gazetteer.candidates(surface)
    if not candidates or any(c.kind != "abbr" for c in candidates):
        return True
    return surface.isupper() or "." in surface or text[end:end + 1] == "."


def _inside_longer_name(text: str, tokens: list[tuple[int, int, str]], i: int, j: int,
                        gazetteer: Gazetteer | None = None) -> bool:
    if j + 1 < len(tokens):
        nxt = tokens[j + 1]
        gap = text[tokens[j][1]:nxt[0]]
        if gap == " " and _capitalised(nxt[2]):
            if nxt[2].casefold() in _ORG_WORDS:
                return True
            if nxt[2].casefold() in PLURAL_DIVISIONS:
                return False  # "the Sumy and Kharkiv Oblasts": a list of divisions
            # "Oleh Syniehubov", "Jordan Peterson": a rare capitalised word that names no place
            if gazetteer is not None and i == j \
                    and words.zipf()(nxt[2].casefold()) < _SURNAME_ZIPF \
                    and not gazetteer.has_name(name_key(nxt[2])) \
                    and (tokens[i][2].casefold() in words.first_names()
                         or not persons.major(tokens[i][2], gazetteer)):
                return True  # but "Manitoba Underdogs Rescue" keeps Manitoba
            # "Mary Z. Connaughton": a name before a middle initial and a surname
            if i == j and len(nxt[2]) == 1 and _INITIAL_SURNAME.match(text, nxt[1]) and (
                    gazetteer is None or tokens[i][2].casefold() in words.first_names()
                    or not persons.major(tokens[i][2], gazetteer)):
                return True
            # "Mary Wheeler", "George Bush": a given name before a surname
            if i == j and tokens[i][2].casefold() in words.first_names() \
                    and strip_possessive(nxt[2]).casefold() in words.last_names():
                return True
        # "McPherson & Jacobsen": a firm
        if i == j and _FIRM.match(text, tokens[j][1]) and (
                gazetteer is None or not persons.major(tokens[i][2], gazetteer)):
            return True
    if gazetteer is not None:
        # "Diaz-Balart", "Smith-Jones": a double surname, unless both halves are well-known
        # places ("Amsterdam-London"); a hyphenated place name matched as a whole already
        for k, other in ((j, j + 1), (i - 1, i)):
            if k >= 0 and other < len(tokens) and text[tokens[k][1]:tokens[other][0]] == "-" \
                    and _capitalised(tokens[k][2]) and _capitalised(tokens[other][2]) \
                    and _double_surname(tokens, k, gazetteer):
                return True
    if i > 0:
        prev = tokens[i - 1]
        gap = text[prev[1]:tokens[i][0]]
        if gap == ". " and prev[2] in _SHORT_TITLES:
            return True  # "St. Patrick's Day", "St. Clair": a saint's name, not the place
        if gap == " " and _capitalised(prev[2]) and tokens[i][2].casefold() in _GENERIC_HEADS:
            return True  # "Red River Valley", "Canadian Coast Guard": the name began earlier
        if gap == " " and _capitalised(prev[2]):
            lower = prev[2].casefold().rstrip(".")
            if lower in persons.TITLES or lower in _ORG_OPENERS:
                return True  # "President Biden", "United Russia" (a party), "Real Madrid"
    return False


_INITIAL_SURNAME = re.compile(r"\. [A-Z][a-z]")
_FIRM = re.compile(r" & [A-Z]")


def _double_surname(tokens: list[tuple[int, int, str]], k: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens ``k`` and ``k + 1``, joined by a hyphen, are a personal name ("Mario
    Diaz-Balart") rather than two places ("Amsterdam-London", "Fargo-Moorhead"): a half that
    names no place, or a given name before the pair."""
    first, second = tokens[k][2], tokens[k + 1][2]
    if not (gazetteer.has_name(name_key(first)) and gazetteer.has_name(name_key(second))):
        return True
    return k > 0 and tokens[k - 1][2].casefold() in words.first_names() \
        and not (_well_known(first, gazetteer) and _well_known(second, gazetteer))


def _well_known(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is the name of a major place or of a settlement of 100,000 or more."""
    return any(c.kind in ("name", "alt", "abbr") and (
        c.place.feature_code in (*MAJOR_CODES, "PPLC") or c.place.population >= _BIG_PLACE)
        for c in gazetteer.candidates(word))
