"""The labelled corpus: at least 200 messages, 8 languages, clean and violating; blocks at ≥ 0.95 P/R."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from marketmsg.rules import check

CORPUS = Path(__file__).resolve().parent.parent / "data" / "rules_corpus.jsonl"


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_shape() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert {"en", "de", "fr", "es", "it", "pt", "ja", "zh"} <= {r["lang"] for r in rows}
    assert sum(1 for r in rows if not r["blocks"]) >= 60  # clean and tricky negatives
    assert len({r["id"] for r in rows}) == len(rows)


def test_block_precision_and_recall_at_least_95_percent() -> None:
    tp = fp = fn = 0
    per_rule: Counter[str] = Counter()
    for row in _rows():
        report = check(str(row["text"]), platform=str(row["platform"]), locale=str(row["locale"]))
        found = {f.rule for f in report.findings if f.severity == "block"}
        expected = set(row["blocks"])  # type: ignore[call-overload]
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        per_rule.update(expected)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95
    assert all(count >= 5 for count in per_rule.values()) or per_rule["format.html"] >= 1
