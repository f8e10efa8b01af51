"""Coverage-guided fuzzing of the Amazon relay-mail parser with atheris (libFuzzer). Not part of CI.

    python3 dev.py run -m pip install atheris            # once, into the dev venv
    python3 dev.py run scripts/fuzz/relay_parse.py -max_total_time=1800

Each input is handed to ``parse`` (DKIM/DMARC check on, DNS answering nothing) and, when it parses, stored and
read back through ``SqliteRelayStore``. The documented outcome for non-mail is ``MalformedMailError``; anything
else raised is a finding (libFuzzer writes the input to ``crash-*``). Inputs slower than ``-timeout`` seconds
(default here 10) are findings too (``timeout-*``): the parser must stay linear. The working corpus starts from
the relay test corpus and lives in ``$TMPDIR/marketmsg-fuzz-relay`` unless directories are given.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["marketmsg_amazon", "email", "html", "dkim"]):
    from marketmsg_amazon.relay import MalformedMailError, SqliteRelayStore, parse

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "adapters/amazon/tests/relay/corpus"
WHEN = datetime(2026, 11, 14, tzinfo=UTC)
_state: dict[str, object] = {"store": SqliteRelayStore(":memory:"), "runs": 0}


def _no_dns(name: bytes | str, timeout: int = 5) -> bytes | None:
    return None


def test_one_input(data: bytes) -> None:
    try:
        message = parse(data, dnsfunc=_no_dns)
    except MalformedMailError:
        return
    runs = int(str(_state["runs"])) + 1
    _state["runs"] = runs
    if runs % 200 == 0:  # a fresh in-memory store now and then keeps memory flat over long runs
        _state["store"] = SqliteRelayStore(":memory:")
    store = _state["store"]
    assert isinstance(store, SqliteRelayStore)
    store.ingest("amazon:A1FUZZ", message, data, received_at=WHEN)
    store.messages("amazon:A1FUZZ", with_raw=False)[-1:]


def _corpus_dir() -> str:
    target = Path(tempfile.gettempdir()) / "marketmsg-fuzz-relay"
    if not target.exists():
        target.mkdir(parents=True)
        for eml in SEEDS.rglob("*.eml"):
            shutil.copy(eml, target / f"seed-{eml.parent.name}-{eml.name}")
    return str(target)


def main() -> None:
    argv = list(sys.argv)
    if not any(a.startswith("-timeout=") for a in argv):
        argv.append("-timeout=10")
    if not any(not a.startswith("-") for a in argv[1:]):
        argv.append(_corpus_dir())
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
