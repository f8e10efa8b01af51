"""Every content finding on the labelled corpus (and variants of it) stays exactly what it was.

The snapshot (tests/rules/data/findings_snapshot.json) was generated from the engine *before* its speed work
(issue 6), so any optimisation that changes a rule id, severity, span, message, suggestion or source — on any
message — fails here. Variants widen the net beyond the corpus as written: the other platform without a locale,
upper-cased text, three corpus messages run together (crossing languages and sentences), random 500-character
slices of the whole corpus, the off-platform notice context, and length-limited kinds.

Regenerate only when a rule's behaviour is meant to change (and say so in the commit):
``.venv/bin/python tests/rules/test_findings_snapshot.py --write``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from marketmsg.rules import RuleContext, check, rule_pack_for

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "data" / "rules_corpus.jsonl"
SNAPSHOT = HERE / "data" / "findings_snapshot.json"

#: (case id, text, platform, locale, kind, external contact allowed)
Case = tuple[str, str, str, str | None, str | None, bool]


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def cases() -> list[Case]:
    """Every input the snapshot covers, built deterministically from the corpus."""
    rows = _rows()
    n = len(rows)
    other = {"amazon": "aliexpress", "aliexpress": "amazon"}
    out: list[Case] = []
    for i, row in enumerate(rows):
        rid, text, platform, locale = row["id"], row["text"], row["platform"], row.get("locale")
        out.append((f"{rid}", text, platform, locale, row.get("kind"), False))
        out.append((f"{rid}/other", text, other[platform], None, None, False))
        out.append((f"{rid}/upper", text.upper(), platform, locale, None, False))
        out.append((f"{rid}/notice", text, platform, locale, None, True))
        joined = " ".join((text, rows[(i * 7 + 3) % n]["text"], rows[(i * 13 + 5) % n]["text"]))
        out.append((f"{rid}/joined", joined, platform, locale, None, False))
        out.append((f"{rid}/joined-nl", joined.replace(". ", ".\n"), other[platform], "de-AT", None, False))
    whole = " ".join(row["text"] for row in rows)
    rng = random.Random(6)
    locales = (None, "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "ja-JP", "zh-CN", "ja")
    for k in range(300):
        start = rng.randrange(0, len(whole) - 500)
        out.append(
            (
                f"slice-{k}",
                whole[start : start + 500],
                rng.choice(("amazon", "aliexpress")),
                rng.choice(locales),
                None,
                False,
            )
        )
    long_text = " ".join(row["text"] for row in rows[:12])
    for kind in ("digital_access_key", "confirm_customization_details", "unexpected_problem", "reply", None):
        out.append((f"long/{kind}", long_text, "amazon", "en-US", kind, False))
    edge = (
        "",
        "   ",
        "\n\t",
        "İstanbul order 303-1234567-1234567 İİİ call +49 30 1234567",
        "ﬀ ẞ ǅ 1234567890",
    )
    for j, text in enumerate(edge):
        for platform in ("amazon", "aliexpress"):
            out.append((f"edge-{j}/{platform}", text, platform, None, None, False))
    return out


def findings(case: Case) -> list[list[Any]]:
    """The findings of one case as plain JSON values."""
    _, text, platform, locale, kind, notice = case
    if notice:
        pack = rule_pack_for(platform)
        assert pack is not None
        context = RuleContext(platform=platform, locale=locale, kind=kind, external_contact_allowed=True)
        found = sorted(
            pack.check_content(text, context), key=lambda f: (f.start, f.severity != "block", f.rule)
        )
    else:
        found = list(check(text, platform=platform, locale=locale, kind=kind).findings)
    return [[f.rule, f.severity, f.start, f.end, f.message, f.suggestion, f.source] for f in found]


def current() -> dict[str, list[list[Any]]]:
    """Case id -> findings, from the engine as it is now."""
    return {case[0]: findings(case) for case in cases()}


def _load() -> dict[str, list[list[Any]]]:
    # Messages, suggestions and sources repeat across thousands of findings: the file keeps them once, in a table.
    data = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    table = data["strings"]
    return {
        cid: [[*f[:4], *(None if k is None else table[k] for k in f[4:])] for f in found]
        for cid, found in data["cases"].items()
    }


def _dump(snapshot: dict[str, list[list[Any]]]) -> str:
    table: dict[str, int] = {}
    cases = {
        cid: [
            [*f[:4], *(None if s is None else table.setdefault(s, len(table)) for s in f[4:])] for f in found
        ]
        for cid, found in snapshot.items()
    }
    data = {"strings": list(table), "cases": cases}
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).replace('],"', '],\n"')
        + "\n"
    )


def test_findings_match_the_snapshot_taken_before_optimising() -> None:
    expected = _load()
    actual = current()
    assert actual.keys() == expected.keys()
    changed = [cid for cid in expected if actual[cid] != expected[cid]]
    assert not changed, (
        f"{len(changed)} cases changed, first: {changed[0]}: {actual[changed[0]]} != {expected[changed[0]]}"
    )


def test_the_snapshot_covers_every_rule() -> None:
    expected = _load()
    rules = {f[0] for found in expected.values() for f in found}
    assert {
        "contact.email",
        "contact.email_obfuscated",
        "contact.phone",
        "contact.phone_exception",
        "contact.url",
        "contact.messenger",
        "review.request",
        "review.positive_only",
        "review.incentive",
        "review.change",
        "marketing.promotion",
        "offplatform.payment",
        "format.html",
        "format.emoji",
        "order.missing_id",
        "length.max",
        "length.empty",
    } <= rules


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: test_findings_snapshot.py --write")
    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_text(_dump(current()), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
