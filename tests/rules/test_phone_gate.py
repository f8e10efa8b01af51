"""The phone gate (a regex per region from phonenumbers' metadata) only skips parses that must fail.

``_gate(region, keyword)`` lets the phone detector skip ``phonenumbers.parse`` for a region where the digits
cannot be a valid (``keyword``: possible) number. That is a speed shortcut, never a verdict: these tests compare
it with phonenumbers itself on every region it knows, on its example numbers, mutations of them and random runs.
"""

from __future__ import annotations

import random

import phonenumbers as pn
import pytest

from marketmsg.rules._phones import (
    _SEPARATORS,
    _gate,
    _international,
    _is_phone,
    _is_valid,
    _number_types,
    _shared_types,
)


def _accepted(text: str, region: str, keyword: bool) -> bool:
    try:
        number = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return bool(pn.is_valid_number(number) or (keyword and pn.is_possible_number(number)))


def _samples(region: str, rng: random.Random) -> list[str]:
    out: list[str] = []
    for kind in (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.TOLL_FREE):
        example = pn.example_number_for_type(region, kind)
        if example is None:
            continue
        national = pn.format_number(example, pn.PhoneNumberFormat.NATIONAL)
        digits = "".join(c for c in national if c.isdigit())
        out += [national, digits, f"{example.country_code}{digits.lstrip('0')}"]
        for _ in range(6):
            changed = list(digits)
            changed[rng.randrange(len(changed))] = rng.choice("0123456789")
            out += ["".join(changed), digits[:-1], digits + rng.choice("0123456789")]
    for _ in range(12):
        out.append(
            rng.choice(("", "0", "00", "1", "8"))
            + "".join(rng.choice("0123456789") for _ in range(rng.randrange(7, 16)))
        )
    return out


@pytest.mark.parametrize("keyword", [False, True])
def test_gate_never_rejects_what_phonenumbers_accepts(keyword: bool) -> None:
    rng = random.Random(14)
    rejected = 0
    for region in sorted(pn.SUPPORTED_REGIONS):
        gate = _gate(region, keyword)
        if gate is None:
            continue
        for text in _samples(region, rng):
            if gate.fullmatch(text.translate(_SEPARATORS)) is None:
                rejected += 1
                assert not _accepted(text, region, keyword), (region, keyword, text)
    assert rejected > 1000  # the gate does skip work (a gate accepting everything would pass the loop above)


@pytest.mark.parametrize(
    ("region", "digits", "passes"),
    [
        ("US", "2015550123", True),  # a valid US number
        ("US", "7848398785", False),  # area code 784 is not in use: parse + validate would fail
        ("GB", "02079460958", True),  # national prefix 0
        ("GB", "442079460958", True),  # country code written without +
        ("US", "011442079460958", True),  # international prefix: any country may follow
        ("DE", "123", False),  # too short for any German number
    ],
)
def test_gate_cases(region: str, digits: str, passes: bool) -> None:
    gate = _gate(region, False)
    assert gate is not None
    assert (gate.fullmatch(digits) is not None) is passes


def test_regions_that_rewrite_numbers_have_no_gate() -> None:
    assert _gate("BR", False) is None  # national_prefix_transform_rule (carrier codes)
    assert _gate("JP", False) is None


@pytest.mark.parametrize(
    ("candidate", "regions", "keyword", "expected"),
    [
        ("784-839-8785", ("US", "GB", "DE"), False, True),  # not US, valid in Germany's open numbering plan
        ("201-555-0123", ("DE", "US"), False, True),
        ("+49 30 1234567", ("US",), False, True),
        ("0049 30 1234567", ("US",), False, True),
        ("123 4567", ("US", "GB"), False, False),
    ],
)
def test_verdicts_match_phonenumbers(
    candidate: str, regions: tuple[str, ...], keyword: bool, expected: bool
) -> None:
    assert _is_phone(candidate, regions, keyword) is expected
    plain = "+" + candidate[2:] if candidate.startswith("00") else candidate
    use = ("ZZ",) if plain.startswith("+") else regions
    assert any(_accepted(plain, r, keyword) for r in use) is expected


def test_is_valid_agrees_with_phonenumbers_on_every_region() -> None:
    # The fast validity test (for country codes of one region) must answer what phonenumbers answers.
    rng = random.Random(12)
    compared = 0
    for region in sorted(pn.SUPPORTED_REGIONS):
        for text in _samples(region, rng):
            for candidate in (text, "+" + text.lstrip("+0")):
                try:
                    number = pn.parse(candidate, region)
                except pn.NumberParseException:
                    continue
                assert _is_valid(number) == pn.is_valid_number(number), (region, candidate)
                compared += 1
    assert compared > 5000
    assert _number_types(49) is not None  # Germany: one region, the fast path
    assert _number_types(1) is None  # NANPA: shared by many regions, phonenumbers decides


def test_is_valid_agrees_with_phonenumbers_on_every_country_code() -> None:
    # Shared codes (+1, +44, +39 …) pick their region by leading digits or by type, as phonenumbers does: random
    # and mutated example numbers of every code, the same answer.
    rng = random.Random(5)
    compared = 0
    for code in sorted(pn.COUNTRY_CODE_TO_REGION_CODE):
        examples = [
            pn.national_significant_number(e)
            for region in pn.COUNTRY_CODE_TO_REGION_CODE[code]
            if region != pn.REGION_CODE_FOR_NON_GEO_ENTITY
            for kind in (
                pn.PhoneNumberType.FIXED_LINE,
                pn.PhoneNumberType.MOBILE,
                pn.PhoneNumberType.TOLL_FREE,
            )
            if (e := pn.example_number_for_type(region, kind)) is not None
        ]
        for _ in range(60):
            if examples and rng.random() < 0.6:
                digits = list(rng.choice(examples))
                digits[rng.randrange(len(digits))] = rng.choice("0123456789")
                nsn = "".join(digits)
            else:
                nsn = rng.choice(("", "0")) + "".join(
                    rng.choice("0123456789") for _ in range(rng.randrange(3, 16))
                )
            number = pn.PhoneNumber(country_code=code)
            pn.phonenumberutil._set_italian_leading_zeros_for_phone_number(nsn, number)
            number.national_number = int(nsn)
            assert _is_valid(number) == pn.is_valid_number(number), (code, nsn)
            compared += 1
    assert compared > 10_000
    assert _shared_types(1) is not None  # NANPA: the regions' own patterns, without phonenumbers' helpers


def test_international_numbers_parse_as_phonenumbers_parses_them() -> None:
    # The shortcut for "+…" candidates must give parse's number (or fail where parse raises) on every form the
    # candidate pattern lets through: doubled "+", "(", separators, any country code or none, too short or long.
    rng = random.Random(9)
    codes = sorted(pn.COUNTRY_CODE_TO_REGION_CODE)
    shortcut = 0
    for _ in range(20_000):
        if rng.random() < 0.7:
            digits = str(rng.choice(codes)) + rng.choice(("", "0", "00", "1"))
            digits += "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 15)))
        else:
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 25)))
        text = ""
        for char in digits:
            if text and rng.random() < 0.3:
                text += "".join(rng.choice(" -./()") for _ in range(rng.randrange(1, 4)))
            text += char
        plain = "+" + rng.choice(("", "", "+", "(")) + text
        got = _international(plain)
        if got is None:
            continue
        shortcut += 1
        try:
            expected = pn.parse(plain, "ZZ")
        except pn.NumberParseException:
            assert got is False, plain
            continue
        assert got == expected, plain
        assert (got.italian_leading_zero, got.number_of_leading_zeros) == (
            expected.italian_leading_zero,
            expected.number_of_leading_zeros,
        ), plain
    assert shortcut > 15_000
