"""IBANs in a message: a bank account handed over, or asked for, is payment outside the platform.

The phrase tables find "our IBAN is …" by its words; an IBAN with no word around it ("please send the 20 EUR to
DE89370400440532013000") slipped through, and the phone detector leaves the digits of an IBAN to the payment rule.
Shape and checksum per ISO 13616-1 (the SWIFT IBAN Registry; lengths as listed by Circle's "Validating IBAN"
reference, developers.circle.com/cpn/references/compliance/validating-iban): two letters of a country that issues
IBANs, two check digits, then the country's fixed number of letters and digits; the whole, read as a number with
A=10 … Z=35 after moving the first four characters to the end, leaves 1 modulo 97. Printed unbroken or in groups of
four. Only a checksum-valid IBAN of its country's exact length counts: a tracking number or a digit run that happens
to follow two letters passes the checksum one time in 97 *and* must have that length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["IBAN_LENGTHS", "find_ibans", "is_iban"]

#: Country code -> IBAN length (ISO 13616 registry).
IBAN_LENGTHS = {
    "ad": 24, "ae": 23, "al": 28, "at": 20, "az": 28, "ba": 20, "be": 16, "bg": 22, "bh": 22, "br": 29, "by": 28,
    "ch": 21, "cr": 22, "cy": 28, "cz": 24, "de": 22, "dk": 18, "do": 28, "ee": 20, "eg": 29, "es": 24, "fi": 18,
    "fo": 18, "fr": 27, "gb": 22, "ge": 22, "gi": 23, "gl": 18, "gr": 27, "gt": 28, "hr": 21, "hu": 28, "ie": 22,
    "il": 23, "iq": 23, "is": 26, "it": 27, "jo": 30, "kw": 30, "kz": 20, "lb": 28, "lc": 32, "li": 21, "lt": 20,
    "lu": 20, "lv": 21, "mc": 27, "md": 24, "me": 22, "mk": 19, "mr": 27, "mt": 31, "mu": 30, "nl": 18, "no": 15,
    "pk": 24, "pl": 28, "ps": 29, "pt": 25, "qa": 29, "ro": 24, "rs": 22, "sa": 24, "sc": 31, "se": 24, "si": 19,
    "sk": 24, "sm": 27, "st": 25, "sv": 28, "tl": 23, "tn": 24, "tr": 26, "ua": 29, "va": 22, "vg": 24, "xk": 20,
}  # fmt: skip

# The country code's second letter, then the check digits (the first letter read behind, starting a word), and what
# follows, in groups of four or unbroken. Searched from a letter before a digit: a pattern that starts with a class
# is scanned for in C (one starting with a lookbehind is tried at every position), and entered at each ASCII letter
# only until the digit after it fails, where one starting at the check digits entered at every digit and read the
# lookbehind there (number-heavy set: find_ibans 6.4 -> 3.3 µs a message; typical 2.8 -> 3.0, its ASCII messages
# entered at every letter). A megabyte of digits has no letter before any of them: one C-level scan.
_TAIL = re.compile(r"[a-z]\d(?<=(?<![a-z0-9])[a-z]{2}\d)\d(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def is_iban(compact: str) -> bool:
    """True for a lower-case IBAN without spaces of its country's length that passes the mod-97 check."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def find_ibans(low: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each valid IBAN in the folded text ``low``."""
    pos = 0
    while True:
        # ``_TAIL`` matches from the letter before the check digits: a search for check digits from ``pos`` on is
        # one for that letter from ``pos - 1`` on
        m = _TAIL.search(low, max(0, pos - 1))
        if m is None:
            return
        digits = m.start() + 1
        start = digits - 2
        length = IBAN_LENGTHS.get(low[start:digits])
        if length is not None:
            end = _end_after(low, start, length, m.end())
            if end is not None and is_iban(low[start:end].replace(" ", "")):
                yield start, end
                pos = end
                continue
        pos = digits + 1


def _end_after(low: str, start: int, length: int, limit: int) -> int | None:
    """Where the ``length``-th character that is not a space ends, if within ``limit`` and the IBAN stops there."""
    count = 0
    for i in range(start, limit):
        if low[i] != " ":
            count += 1
            if count == length:
                end = i + 1
                return end if end == len(low) or low[end] not in _ALNUM else None
    return None
