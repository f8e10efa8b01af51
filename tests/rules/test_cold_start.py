"""A process's first check is quick: the prefilter's derivations come from a table worked out ahead, and the phrase
patterns are compiled when a message first opens them (a CLI ``check`` took 5.3 s, most of it parsing and compiling
~3,700 patterns it never ran)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

from marketmsg.rules import _prefilter
from marketmsg.rules._lexicon import Linked
from marketmsg.rules._prefilter import Deferred, _first_chars, _required_literals, required_literals
from marketmsg.rules._tables import tables


def _phrase_patterns() -> list[Deferred]:
    phrases = [*(p for family in tables().families for p in family.phrases), *tables().messenger]
    return [pattern for phrase in phrases for pattern in phrase.patterns]


def test_every_phrase_pattern_and_context_compiles() -> None:
    # compiled lazily, a broken pattern would otherwise surface only in the message that first opens it
    patterns = _phrase_patterns()
    assert len(patterns) > 1000
    contexts = [
        getattr(phrase, name)
        for family in tables().families
        for phrase in family.phrases
        if isinstance(phrase, Linked)
        for name in ("context", "unless", "also")
        if getattr(phrase, name) is not None
    ]
    assert len(contexts) > 100
    for pattern in (*patterns, *contexts):
        assert isinstance(pattern.compiled(), re.Pattern), pattern


def test_the_table_holds_what_parsing_derives() -> None:
    # scripts/gen_prefilter_table.py --check (CI) keeps the table current; this says its entries are right
    table = json.loads(_prefilter.TABLE_FILE.read_text(encoding="utf-8"))
    sample = random.Random(7).sample(_phrase_patterns(), 300)
    for pattern in sample:
        key = _prefilter.table_key("literals", pattern.pattern, pattern.flags)
        assert key in table, pattern
        assert tuple(frozenset(s) for s in table[key]) == _required_literals(pattern)


def test_a_pattern_the_table_misses_is_derived_as_before() -> None:
    # a rule edited since the table was made, or a user's own: slower, never wrong
    source = r"\b(?:zqxjv|wkpbq)\s+(?:a\s+)?zzyzx"
    assert _prefilter.table_key("first", source, 0) not in json.loads(
        _prefilter.TABLE_FILE.read_text("utf-8")
    )
    assert _prefilter.with_first_chars(source) == f"(?=[{_first_chars(source, 0)}])(?:{source})"
    assert _first_chars(source, 0) == "wz"
    assert [set(s) for s in required_literals(re.compile(source))] == [{"zzyzx"}, {"wkpbq", "zqxjv"}]


def test_a_first_check_compiles_only_the_patterns_it_opens() -> None:
    script = (
        "from marketmsg.rules import check\n"
        "from marketmsg.rules._tables import tables\n"
        "r = check('Your order 123-1234567-1234567 shipped today; tracking 1Z999AA10123456784.',"
        " platform='amazon', locale='en-US')\n"
        "ps = [q for f in tables().families for p in f.phrases for q in p.patterns]\n"
        "print(sum(q._compiled is not None for q in ps), len(ps), len(r.findings))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    compiled, total, findings = map(int, out.split())
    assert findings == 0
    assert compiled < total // 20, (compiled, total)
