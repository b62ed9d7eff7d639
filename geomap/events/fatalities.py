"""How many people an event killed, read from a sentence: number grammar, exact rules.

- counts before or after a verb of killing: "killing two civilians" -> 2, "at least 14 people
  were killed" -> 14, "Thirteen soldiers died" -> 13, "police fatally shot three men" -> 3;
- lists of counts add up: "24 civilians, 24 Kurdish fighters and 25 militiamen have been killed"
  -> 73, "four soldiers and about a dozen rebels were killed" -> 16, "shot to death a farmer and
  his wife" -> 2;
- tolls: "the death toll rose to 23", "left 130 people dead", "ended in 18 fatalities";
- one victim: "was fatally stabbed", "was killed", "is dead after being stabbed", "the stabbing
  death of a software CEO", "a body was found", "Dziekanski died after he was shocked";
- none: "killing no one", "nobody was hurt", "causing no injuries", "no casualties" -> 0.

``None`` when the sentence says nothing of deaths. The number words are the data file
``lang/en/number_words.tsv``, the nouns of people ``lang/en/casualty_nouns.re``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap import lang

_WORDS = {row["word"]: int(row["value"]) for row in lang.table("number_words")}
_NUMBER = r"(?:\d[\d,]*|" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len,
                                                                  reverse=True)) + ")"
_ABOUT = r"(?:(?:at least|nearly|about|more than|some|as many as|up to|around|roughly|almost|" \
         r"over|another|a further) )?"
_WHO = r"(?:[\w-]+ ){0,3}?" + lang.pattern("casualty_nouns")
_COUNT = rf"{_ABOUT}{_NUMBER} {_WHO}"
_ONE = r"(?:a|an|his|her|their) (?:[\w-]+ ){0,2}?[\w-]+"
_ITEM = rf"(?:{_COUNT}|{_ONE})"
_LIST = rf"(?P<list>{_ITEM}(?:(?:,| and|, and) {_ITEM}){{0,5}})"
_KILL_VERB = r"(?:kill(?:ing|ed|s)?|(?:fatally|shot and) (?:shot|stabbed|wounded|killed)|shot " \
             r"dead|gunned down|(?:shot|stabbed|beaten|hacked|burned) to death|massacred|slew|" \
             r"executed|murdered)"
_DIED = r"(?:(?:were|was|have been|had been|are|is|being) (?:\w+ly )?(?:killed|dead|shot dead|" \
        r"slain|murdered|executed|(?:shot|stabbed|beaten) to death|gunned down|fatally \w+)|died|" \
        r"(?:have|had) died|lost their lives|perished)"
_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b{_KILL_VERB} {_LIST}",
    rf"\b{_LIST} (?:\w+ ){{0,3}}?{_DIED}\b",
    rf"\bdeath toll (?:\w+ ){{0,2}}?(?:rose|climbed|rises|reached|stood|stands|is|was|of) "
    rf"(?:to |at )?{_ABOUT}(?P<n>{_NUMBER})",
    rf"\bleft {_ABOUT}(?P<n>{_NUMBER}) (?:\w+ )?dead",
    rf"\b(?:ended|resulted) in {_ABOUT}(?P<n>{_NUMBER}) (?:fatalities|deaths|dead)",
    rf"\b{_ABOUT}(?P<n>{_NUMBER}) (?:fatalities|deaths|dead)\b",
    rf"\b{_KILL_VERB} {_ABOUT}(?P<n>{_NUMBER})\b(?![-.]\w)"
    rf"(?! (?:of|years?|days?|hours?|weeks?|months?|km|kilometres|miles|percent|per cent)\b)",
))
_NONE = re.compile(r"\b(?:no one|nobody) was (?:killed|hurt|injured)|\bkilling no one|\bno "
                   r"(?:reported )?(?:casualties|deaths|fatalities|injuries)|\bcausing no "
                   r"(?:injuries|casualties)", re.IGNORECASE)
# capitalised words before "died" that name no one person ("Many died", "Three died")
_NOT_ONE = "(?:" + "|".join(sorted({w.capitalize() for w in _WORDS if w.isalpha()} | {
    "Many", "Several", "Some", "Others", "Dozens", "Hundreds", "Thousands", "Scores", "Both",
    "All", "Most", "Few", "They", "Who", "Civilians", "Soldiers", "People"})) + ")"
_SINGLE = re.compile(
    rf"\b(?:was|is|been) (?:\w+ly )?(?:killed|slain|murdered|(?:fatally|shot and) \w+|"
    rf"(?:shot|stabbed|beaten) to death|found dead|dead after|gunned down)|"
    rf"\b(?:stabbing|shooting|beating) death of\b|"
    rf"(?-i:\b(?!{_NOT_ONE}\b)[A-Z][a-z]{{2,}}) (?:later )?died\b|"
    rf"\b(?:he|she|man|woman|boy|girl|teenager|victim) (?:later )?died\b|"
    rf"\bfatal (?:\w+ )?(?:shooting|stabbing|beating) of\b|"
    rf"\b(?:a|the) body (?:of [\w ]{{1,40}} )?(?:was|has been) found|"
    rf"\bfound (?:the body|shot to death|dead)|"
    rf"\b{_KILL_VERB} (?:his|her|their|\d+-year-old) ", re.IGNORECASE)
_MAX_DIGITS = 7  # no event has killed ten million people
_HINT = re.compile(r"kill|dead|died|death|casualt|fatal|injur|no one|nobody|slain|murder|body|"
                   r"perish|lives|executed|massacre|gunned", re.IGNORECASE)


@lru_cache(maxsize=8192)
def fatalities(sentence: str) -> int | None:
    """The number killed that the sentence reports, or ``None``.

    Parameters
    ----------
    sentence
        One sentence.
    """
    if not _HINT.search(sentence):  # a word every rule holds
        return None
    best: int | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            groups = match.groupdict()
            count = _list_count(groups["list"]) if groups.get("list") else _value(groups["n"])
            if count is not None and (best is None or count > best):
                best = count
    if best is not None:
        return best
    if _NONE.search(sentence):
        return 0
    if _SINGLE.search(sentence):
        return 1
    return None


def beyond_any(sentence: str) -> list[str]:
    """The numbers the sentence gives as a toll that are beyond what any event has had (more
    than seven digits): :func:`fatalities` leaves them out, and the run says so."""
    if not _HINT.search(sentence):
        return []
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            groups = match.groupdict()
            numbers = re.findall(r"\d[\d,]*", groups.get("list") or groups.get("n") or "")
            found += [n for n in numbers if len(n.replace(",", "")) > _MAX_DIGITS]
    return list(dict.fromkeys(found))


def _list_count(text: str) -> int | None:
    total = 0
    for item in re.split(r",? and |, ", text):
        number = re.match(rf"{_ABOUT}({_NUMBER})\b", item, re.IGNORECASE)
        if number:
            value = _value(number.group(1))
            if value is None:
                return None
            total += value
        elif re.match(r"(?:a|an|his|her|their) ", item, re.IGNORECASE):
            total += 1
    return total or None


def _value(text: str) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text) if len(text) <= _MAX_DIGITS else None  # see beyond_any
    return _WORDS.get(text)
