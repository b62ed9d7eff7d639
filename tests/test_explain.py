"""`geomap explain`: what geomap makes of a text, and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.cli import main
from geomap.explain import explain
from geomap.gazetteer import Gazetteer


def test_each_name_with_its_place_and_the_other_candidates(gazetteer: Gazetteer) -> None:
    lines = explain("Russian artillery shelled Pokrovsk in the Donetsk region on Monday, killing "
                    "two civilians.", gazetteer)
    chosen = next(line for line in lines if line.startswith("Pokrovsk [26:34] location:"))
    assert "Donetska oblast, UA (PPLA2" in chosen and "GeoNames 704422" in chosen
    at = lines.index(chosen)
    assert lines[at + 1].startswith("    why: Pokrovsk, Donetska oblast, UA: ")
    assert lines[at + 2].startswith("    features: ") and "population " in lines[at + 2]
    assert any(line.startswith("    other candidate: Pokrovsk, Saha") for line in lines)
    assert any(line.startswith("event: Explosions/Remote violence / Shelling") and
               "'artillery' (clause link)" in line and "fatalities 2" in line
               for line in lines)


def test_a_text_without_places(gazetteer: Gazetteer) -> None:
    assert explain("Nothing happened here.", gazetteer) == ["no place name found"]


def test_the_command(gazetteer_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "Fighting in Artemovsk continued.", "--gazetteer",
                 str(gazetteer_path)]) == 0
    assert "Bakhmut, Donetska oblast, UA" in capsys.readouterr().out
