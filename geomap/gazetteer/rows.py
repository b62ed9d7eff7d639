"""The rows a gazetteer build collects, shared by the build and the curated supplements."""

from __future__ import annotations

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
            if usable_key(key, name):
                self.names[kind].append((key, gid))


def usable_key(key: str, name: str) -> bool:
    """Drop codes and noise that GeoNames keeps among alternate names."""
    if len(key) < 2 or key.isdigit() or "http" in key:
        return False
    return not (name.isupper() and name.isascii() and len(name) <= 4 and " " not in name)
