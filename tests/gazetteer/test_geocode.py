"""Address-like queries answered from the local store."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.geocode import geocode


@pytest.mark.parametrize(
    ("query", "name", "admin1", "country"),
    [
        ("Macon, Georgia", "Macon", "Georgia", "US"),
        ("Kiev, Ukraine", "Kyiv", None, "UA"),
        ("Lawton, OK, USA", "Lawton", "Oklahoma", "US"),
        ("Sudbury, ON", "Greater Sudbury", "Ontario", "CA"),
        ("Peoria, IL", "Peoria", "Illinois", "US"),
        ("Paris, Texas", "Paris", "Texas", "US"),
        ("London, Ontario", "London", "Ontario", "CA"),
        ("Pokrovsk, Donetsk Oblast, Ukraine", "Pokrovsk", None, "UA"),
        ("Lausanne, VD, CH", "Lausanne", "Vaud", "CH"),
        ("Paris", "Paris", None, "FR"),
        ("London", "London", None, "GB"),
        # a street address and a postcode are passed over; the commas may be missing
        ("123 Main St, Boise, ID 83702", "Boise", "Idaho", "US"),
        ("Candlewood Drive, Berea, KY", "Berea", "Kentucky", "US"),
        ("Boise ID 83702", "Boise", "Idaho", "US"),
        ("Sydney NSW", "Sydney", "New South Wales", "AU"),
        ("Hanover NH", "Hanover", "New Hampshire", "US"),
        ("Perth Scotland", "Perth", "Scotland", "GB"),
        ("Frankfurt am Main", "Frankfurt am Main", None, "DE"),
    ],
)
def test_place_division_country(gazetteer: Gazetteer, query: str, name: str,
                                admin1: str | None, country: str) -> None:
    found = geocode(gazetteer, query)[0].place
    assert (found.name, found.country_code) == (name, country)
    if admin1:
        assert found.admin1 == admin1


def test_a_settlement_before_its_same_name_division(gazetteer: Gazetteer) -> None:
    assert geocode(gazetteer, "Peoria")[0].place.feature_class == "P"


def test_nothing_for_nonsense(gazetteer: Gazetteer) -> None:
    assert geocode(gazetteer, "Qzxwvut") == []
    assert geocode(gazetteer, " , ") == []
    assert gazetteer.geocode("Qzxwvut") is None


# Address-like queries in the usual forms, with the country and first-order division each
# means (as an online geocoder answers them); written for geomap's tests.
QUERIES = [
    ('Macon, Georgia', 'US', 'Georgia'),
    ('Kiev, Ukraine', 'UA', None),
    ('Lawton, OK, USA', 'US', 'Oklahoma'),
    ('Sudbury, ON', 'CA', 'Ontario'),
    ('Peoria, IL', 'US', 'Illinois'),
    ('Paris, Texas', 'US', 'Texas'),
    ('London, Ontario', 'CA', 'Ontario'),
    ('Pokrovsk, Donetsk Oblast, Ukraine', 'UA', None),
    ('Lausanne, VD, CH', 'CH', 'Vaud'),
    ('Paris', 'FR', None),
    ('London', 'GB', None),
    ('Augusta, GA', 'US', 'Georgia'),
    ('Augusta, Maine', 'US', 'Maine'),
    ('Portland, OR', 'US', 'Oregon'),
    ('Portland, Maine', 'US', 'Maine'),
    ('Springfield, Illinois', 'US', 'Illinois'),
    ('Springfield, MA', 'US', 'Massachusetts'),
    ('Springfield, Missouri', 'US', 'Missouri'),
    ('Columbus, Ohio', 'US', 'Ohio'),
    ('Columbus, GA', 'US', 'Georgia'),
    ('Birmingham, AL', 'US', 'Alabama'),
    ('Birmingham, UK', 'GB', None),
    ('Perth, WA', 'AU', 'Western Australia'),
    ('Perth, Scotland', 'GB', None),
    ('Victoria, BC', 'CA', 'British Columbia'),
    ('Halifax, Nova Scotia', 'CA', 'Nova Scotia'),
    ('Kingston, Jamaica', 'JM', None),
    ('Kingston, Ontario', 'CA', 'Ontario'),
    ('Cambridge, MA', 'US', 'Massachusetts'),
    ('Cambridge, England', 'GB', None),
    ('Alexandria, Egypt', 'EG', None),
    ('Alexandria, VA', 'US', 'Virginia'),
    ('Tripoli, Libya', 'LY', None),
    ('Tripoli, Lebanon', 'LB', None),
    ('Valencia, Spain', 'ES', None),
    ('Valencia, Venezuela', 'VE', None),
    ('Cordoba, Argentina', 'AR', None),
    ('Córdoba, Spain', 'ES', None),
    ('Hyderabad, India', 'IN', None),
    ('Hyderabad, Pakistan', 'PK', None),
    ('San Jose, California', 'US', 'California'),
    ('San José, Costa Rica', 'CR', None),
    ('Kharkiv', 'UA', None),
    ('Kharkov, Ukraine', 'UA', None),
    ('Odessa, Ukraine', 'UA', None),
    ('Odessa, TX', 'US', 'Texas'),
    ('Moscow, Russia', 'RU', None),
    ('Moscow, Idaho', 'US', 'Idaho'),
    ('Athens, Greece', 'GR', None),
    ('Athens, GA', 'US', 'Georgia'),
    ('Berlin, Germany', 'DE', None),
    ('Berlin, NH', 'US', 'New Hampshire'),
    ('Toledo, Ohio', 'US', 'Ohio'),
    ('Toledo, Spain', 'ES', None),
    ('Dublin, Ireland', 'IE', None),
    ('Dublin, OH', 'US', 'Ohio'),
    ('Bakhmut', 'UA', None),
    ('Artemovsk, Ukraine', 'UA', None),
    ('Mariupol', 'UA', None),
    ('Gaza', 'PS', None),
    ('Khan Younis', 'PS', None),
    ('Aleppo, Syria', 'SY', None),
    ('Goma, DRC', 'CD', None),
    ('Goma, Democratic Republic of the Congo', 'CD', None),
    ('Timbuktu, Mali', 'ML', None),
    ('Bamako', 'ML', None),
    ('Tbilisi, Georgia', 'GE', None),
    ('Batumi', 'GE', None),
    ('Sittwe, Myanmar', 'MM', None),
    ('Quebec City', 'CA', 'Quebec'),
    ('Ottawa, Canada', 'CA', None),
    # the holders without commas
    ('Athens Georgia USA', 'US', 'Georgia'),
    ('London Ontario Canada', 'CA', 'Ontario'),
    ('Columbus Ohio', 'US', 'Ohio'),
    # postcodes before or after the town, in the forms of France, Germany, Britain and Canada
    ('75008 Paris, France', 'FR', None),
    ('80331 München, Germany', 'DE', None),
    ('EC1A 1BB London', 'GB', None),
    ('Ottawa ON K1A 0B1', 'CA', 'Ontario'),
    # another name of a city far more populous than every place of that preferred name
    ('Artemovsk', 'UA', None),
    ('Lugansk', 'UA', None),
]


@pytest.mark.parametrize(("query", "country", "admin1"), QUERIES)
def test_address_like_queries(gazetteer: Gazetteer, query: str, country: str,
                              admin1: str | None) -> None:
    found = geocode(gazetteer, query)[0].place
    assert found.country_code == country, (query, found)
    if admin1 is not None:
        assert found.admin1 == admin1, (query, found)
