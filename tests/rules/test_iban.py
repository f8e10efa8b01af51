"""An IBAN in a message is off-platform payment even with no word around it; ids, tracking numbers and digit runs
that merely look alike are not (ISO 13616 lengths and mod-97 check, ``marketmsg.rules._iban``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketmsg.rules import check
from marketmsg.rules._iban import IBAN_LENGTHS, find_ibans, is_iban

# The registry's example IBANs (as printed in payment providers' IBAN format tables), one per country.
REGISTRY_EXAMPLES = [
    "AD1200012030200359100100", "AE070331234567890123456", "AL47212110090000000235698741", "AT611904300234573201",
    "AZ21NABZ00000000137010001944", "BA391290079401028494", "BE68539007547034", "BG80BNBG96611020345678",
    "BH67BMAG00001299123456", "BR1800360305000010009795493C1", "BY13NBRB3600900000002Z00AB00",
    "CH9300762011623852957", "CR05015202001026284066", "CY17002001280000001200527600", "CZ6508000000192000145399",
    "DE89370400440532013000", "DK5000400440116243", "DO28BAGR00000001212453611324", "EE382200221020145685",
    "ES9121000418450200051332", "FI2112345600000785", "FO6264600001631634", "FR1420041010050500013M02606",
    "GB29NWBK60161331926819", "GE29NB0000000101904917", "GI75NWBK000000007099453", "GL8964710001000206",
    "GR1601101250000000012300695", "HR1210010051863000160", "HU42117730161111101800000000",
]  # fmt: skip


@pytest.mark.parametrize("iban", REGISTRY_EXAMPLES)
def test_every_registry_example_is_an_iban_unbroken_and_in_groups_of_four(iban: str) -> None:
    low = iban.lower()
    assert is_iban(low)
    grouped = " ".join(low[i : i + 4] for i in range(0, len(low), 4))
    for printed in (low, grouped):
        text = f"bitte überweisen sie den betrag auf {printed}. danke"
        assert [text[s:e] for s, e in find_ibans(text)] == [printed]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("de89370400440532013001", "one digit off: the checksum fails"),
        ("de8937040044053201300", "one character short for Germany"),
        ("de893704004405320130001", "glued to a digit after it"),
        ("xde89370400440532013000", "glued to a letter before it"),
        ("zz89370400440532013000", "no country issues zz"),
        ("order 113-6674102-2019385", "an Amazon order id"),
        ("order 8123456789012345", "an AliExpress order id"),
        ("ups 1z999aa10123456784", "a UPS tracking number"),
        ("tracking lx123456789de", "a UPU S10 tracking number"),
        ("dhl jjd0000390007123456789", "a DHL parcel number"),
        ("fedex 1234 5678 9012", "a FedEx 4-4-4 number"),
        ("waybill 7712345678, call 0800 123 4567", "a waybill and a hotline"),
    ],
)
def test_lookalikes_are_no_iban(text: str, why: str) -> None:
    assert list(find_ibans(text)) == [], why


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-GB", "Order 113-6674102-2019385: please send the 20 EUR to DE89370400440532013000."),
        ("de-DE", "Bestellung 302-5518724-0093146: Überweisen Sie bitte auf DE89 3704 0044 0532 0130 00."),
        ("fr-FR", "Commande 402-6619037-2284105 : FR14 2004 1010 0505 0001 3M02 606, merci."),
        ("nl-NL", "Bestelling 302-5518724-0093146, rekening NL91ABNA0417164300"),
    ],
)
def test_an_iban_in_a_message_blocks_as_off_platform_payment(platform: str, locale: str, text: str) -> None:
    report = check(text, platform=platform, locale=locale)
    payments = [f for f in report.findings if f.rule == "offplatform.payment"]
    assert payments and all(f.blocks for f in payments)
    assert any(
        text[f.start : f.end].replace(" ", "").upper().endswith(("000", "606", "300")) for f in payments
    )
    # the account number is reported by its span, never repeated in the message a log might keep
    assert all("3704" not in f.message and "abna" not in f.message.lower() for f in report.findings)


def test_the_phrase_and_the_number_are_one_finding() -> None:
    text = "Order 113-6674102-2019385: our IBAN is GB29 NWBK 6016 1331 9268 19."
    payments = [f for f in check(text, platform="amazon").findings if f.rule == "offplatform.payment"]
    assert len(payments) == 1
    assert text[payments[0].start : payments[0].end] == "our IBAN is GB29 NWBK 6016 1331 9268 19"


def test_every_length_is_a_plausible_iban_length() -> None:
    assert all(len(code) == 2 and 15 <= n <= 34 for code, n in IBAN_LENGTHS.items())


@pytest.mark.parametrize("hostile", ["1" * 1_000_000, "ab12 " * 200_000, "a1" * 500_000])
def test_a_megabyte_is_one_pass(hostile: str, guard: None) -> None:
    # ``guard`` stops a quadratic pass (minutes on a megabyte); a linear one takes milliseconds
    assert list(find_ibans(hostile)) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["de89", "3704", "0044", "0532", "0130", "00", " ", "gb29", "nwbk", "x", "1"])
        | st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 .", max_size=12),
        max_size=30,
    )
)
def test_every_span_found_is_a_valid_iban(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start, end in find_ibans(text):
        assert is_iban(text[start:end].replace(" ", ""))
