"""The rows a gazetteer build collects, shared by the build and the curated supplements."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from geomap.text import name_key


@dataclass
class StoreRows:
    """The places, names and division codes a build collects before it writes the store."""

    places: dict[int, tuple[object, ...]] = field(default_factory=dict)
    names: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: defaultdict(list))
    admin1_codes: dict[str, tuple[str, int]] = field(default_factory=dict)
    suppressed: set[tuple[str, int]] = field(default_factory=set)

    def add_place(self, gid: int, name: str, lat: float, lon: float, fclass: str, fcode: str,
                  cc: str | None, a1code: str | None, a1: str | None, pop: int,
                  source: str) -> None:
        self.places[gid] = (gid, name, round(lat, 5), round(lon, 5), fclass, fcode, cc, a1code,
                            a1, int(pop or 0), source)

    def add_names(self, gid: int, names: Iterable[str], kind: str) -> None:
        for name in names:
            key = name_key(name)
            if usable_key(key, name) or (kind == "code" and key):
                self.names[kind].append((key, gid))


def usable_key(key: str, name: str) -> bool:
    """Drop codes and noise that GeoNames keeps among alternate names."""
    if len(key) < 2 or key.isdigit() or "http" in key:
        return False
    return not (name.isupper() and name.isascii() and len(name) <= 4 and " " not in name)


ARABIC_COUNTRIES = frozenset(("AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB",
                              "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN",
                              "YE"))
"""Countries whose place names carry the Arabic article, ISO 3166-1 codes."""
_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|Adh|Az|An|At|Ath|El|Es|Ed|En|Et)[- ](?=[A-Z])")


def without_article(names: Iterable[str]) -> list[str]:
    """The names without the Arabic article they open with ("Al Qāmishlī" -> "Qāmishlī", "Ar
    Raqqah" -> "Raqqah"), which news mostly drops ("Qamishli", "Raqqa"); names of five letters
    or more only."""
    out = []
    for name in names:
        found = _ARTICLE.match(name)
        if found and len(name) - found.end() >= 5:
            out.append(name[found.end():])
    return out
