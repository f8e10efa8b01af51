"""Write src/marketmsg/rules/_prefilter_table.json: what the prefilter derives from every rule pattern, worked out once.

Run: ``python scripts/gen_prefilter_table.py`` after changing a rule pattern (``--check`` exits 1 when the committed
table is stale; CI runs it). Without a current table the rules stay correct: a pattern the table misses is parsed at
the first check, as before, which makes that check slower (see ``marketmsg.rules._prefilter``).
"""

from __future__ import annotations

import json
import sys

from _generated import write_or_check

from marketmsg.rules import _prefilter

# Every derivation computed and kept, before any rule module is imported (most build their patterns at import).
_prefilter.recording = {}

from marketmsg._registry import load_all  # noqa: E402 - after recording is on
from marketmsg.rules import check  # noqa: E402

# Texts that reach every detector and every lazily built table of the rule packs.
_TEXTS = (
    "Hello, your order 123-1234567-1234567 has shipped.",
    "Please leave a 5-star review and we refund you; call +1 415 555 0100 or WhatsApp bob at gmail dot com.",
)


def render() -> str:
    recording = _prefilter.recording
    assert recording is not None
    for name in load_all():
        for text in _TEXTS:
            check(text, platform=name, locale="en-US")
    return json.dumps(dict(sorted(recording.items())), ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(_prefilter.TABLE_FILE, render(), argv, "python scripts/gen_prefilter_table.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
