"""Sources, actors and fatalities, on sentences written for the test."""

from __future__ import annotations

import pytest

from geomap.events.attribution import actors, attributions
from geomap.events.fatalities import fatalities


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Shelling hit the port, UNIAN reported.", ["UNIAN"]),
        ("The battle is among the bloodiest, The Wall Street Journal reports.",
         ["The Wall Street Journal"]),
        ("Drones buzz overhead, according to one officer.", ["one officer"]),
        ("Two protesters died, according to human rights groups.", ["human rights groups"]),
        ("Two protesters died, aid workers said.", ["aid workers"]),
        ("Gunmen killed 12 people, according to the U.N. refugee agency.",
         ["the U.N. refugee agency"]),
        ("Gunmen killed 12 people, the U.N. said.", ["the U.N."]),
        # subjects joined by "and", and a noun that qualifies the role
        ("A bomber killed 14 people, local officials and a militia leader said.",
         ["local officials and a militia leader"]),
        ("Five people died, residents and a local official said.",
         ["residents and a local official"]),
        ("Two died, Kharkiv governor Oleh Syniehubov said.", ["Kharkiv governor Oleh Syniehubov"]),
        ("Police arrested him, said the Interior Ministry.", ["the Interior Ministry"]),
        ("Moscow claimed its troops had taken the town.", ["Moscow"]),
        ("An officer from the 68th Brigade said it was time to go.",
         ["An officer from the 68th Brigade"]),
        ("Fighting continued near the town.", []),
        # words of the verb's are no part of a source, and a passive has none
        ("It did not say how many militants died.", []),
        ("Military officials have said the BIFF has been greatly weakened.",
         ["Military officials"]),
        ("Police initially said he had taken his own life.", ["Police"]),
        ("Police patrolled the deserted streets and no incidents were reported.", []),
        ("The fighting lasted four hours, residents on both sides of the border said.",
         ["residents on both sides of the border"]),
        # who someone is, between commas, is not who speaks; but an office is
        ("Relatives of Brian Odhiambo, a 27-year-old teacher, said he was beaten.", []),
        ("John Smith, a spokesman for the army, said two soldiers died.",
         ["John Smith, a spokesman for the army"]),
        # an institution named with lower-case words, and no words of something else before it
        ("Three people died in the floods, the Makassar disaster mitigation agency said.",
         ["the Makassar disaster mitigation agency"]),
        ("Police dispersed the protest, the local bar association said.",
         ["the local bar association"]),
        ("Drones are constantly buzzing overhead the officer added.", ["the officer"]),
        ("A man was stabbed in Dundalk on Friday night, gardaí said.", ["gardaí"]),
        # a second verb of its clause: its source is the clause's subject, not "the blast but"
        ("The authorities confirmed the blast but said nobody had been injured.",
         ["The authorities"]),
        # a place's apposition before the verb is no source
        ("Residents in Debre Markos, the capital of East Gojjam zone, about 70 km (45 miles) to "
         "the northwest, said there had been fighting.", []),
    ],
)
def test_attributions(sentence: str, sources: list[str]) -> None:
    assert attributions(sentence) == sources


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian troops attacked Ukrainian positions.", ["Russian forces", "Ukrainian forces"]),
        ("A Russian missile hit the block.", ["Russian forces"]),
        ("The Ukrainian military said so.", ["Ukrainian military"]),
        ("Soldiers of the 68th Brigade held on.", ["68th Brigade"]),
        ("RSF fighters shot dead six civilians.", ["RSF"]),
        ("Protesters marched as police watched.", ["Protesters", "Police"]),
        # a count before "soldiers" names no army
        ("Two soldiers were killed when their vehicle hit a bomb.", ["Military forces"]),
        ("Several soldiers were wounded.", ["Military forces"]),
        ("Government forces shelled the town.", ["Government forces"]),
    ],
)
def test_actors(sentence: str, expected: list[str]) -> None:
    assert actors(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("A missile hit the block, killing two civilians.", 2),
        ("At least 14 people were killed in the strikes.", 14),
        ("Shelling killed a 71-year-old man in his garden.", 1),
        ("The death toll rose to 23.", 23),
        ("A fire started but killing no one.", 0),
        ("Nobody was hurt.", 0),
        ("Shelling damaged a school.", None),
    ],
)
def test_fatalities(sentence: str, count: int | None) -> None:
    assert fatalities(sentence) == count


def test_the_police_who_report_are_no_actor() -> None:
    assert actors("A mob lynched a man in Sialkot on Friday, dragging his body through the "
                  "streets, police said.") == []
    assert actors("Police shot dead two men in Lagos, police said.") == ["Police"]
