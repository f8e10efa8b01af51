"""Precision and recall of the blocking content rules over the labelled corpus (tests/data/rules_corpus.jsonl).

Each corpus line is one message with the rule ids that must block it (``blocks``; empty = a clean message,
often a tricky negative with order ids, ASINs, tracking numbers, prices or dates). A blocking finding counts as a
true positive when its rule is labelled, as a false positive otherwise; a labelled rule without a blocking
finding is a false negative. Run: ``python -m benchmarks`` or ``python benchmarks/rules_accuracy.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marketmsg.rules import check

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "rules_corpus.jsonl"


@dataclass
class Score:
    """Counts for one rule."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The labelled messages."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(rows: list[dict[str, Any]]) -> tuple[dict[str, Score], Score, list[str]]:
    """Per-rule scores, the overall score, and one line per mistake."""
    scores: dict[str, Score] = {}
    total = Score()
    mistakes: list[str] = []
    for row in rows:
        report = check(row["text"], platform=row["platform"], locale=row.get("locale"), kind=row.get("kind"))
        found = {f.rule for f in report.findings if f.severity == "block"}
        expected = set(row["blocks"])
        for rule in found | expected:
            score = scores.setdefault(rule, Score())
            if rule in found and rule in expected:
                score.tp += 1
                total.tp += 1
            elif rule in found:
                score.fp += 1
                total.fp += 1
                mistakes.append(f"FP {rule:26} {row['id']}: {row['text']}")
            else:
                score.fn += 1
                total.fn += 1
                mistakes.append(f"FN {rule:26} {row['id']}: {row['text']}")
    return scores, total, mistakes


def main() -> None:
    """Print the per-rule table."""
    rows = load_corpus()
    scores, total, mistakes = evaluate(rows)
    langs = Counter(row["lang"] for row in rows)
    clean = sum(1 for row in rows if not row["blocks"])
    print(f"rules accuracy: {len(rows)} messages ({clean} clean), languages: {dict(sorted(langs.items()))}")
    print(f"{'rule':28} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}")
    for rule in sorted(scores):
        s = scores[rule]
        print(f"{rule:28} {s.tp:4} {s.fp:4} {s.fn:4} {s.precision:10.3f} {s.recall:8.3f}")
    print(
        f"{'ALL BLOCKS':28} {total.tp:4} {total.fp:4} {total.fn:4} {total.precision:10.3f} {total.recall:8.3f}"
    )
    for line in mistakes:
        print("  " + line)


if __name__ == "__main__":
    main()
