"""Coverage-guided fuzzing of the Aliexpress adapter's response handling with atheris (libFuzzer). Not part of CI.

    .venv/bin/pip install atheris                                    # once, into the dev venv
    python3 dev.py run scripts/fuzz/aliexpress_responses.py -max_total_time=300

Every Client operation the CI fuzz runs (tests/fuzz/_world.py) runs against the simulator with one answer replaced
by the fuzzer's bytes (see scripts/fuzz/_responses.py for the input format). Anything but a documented
MarketmsgError escaping, or an outbox entry left PENDING, is a finding (libFuzzer writes it to ``crash-*``).
The working corpus lives in ``$TMPDIR/marketmsg-fuzz-aliexpress-responses``, seeded with the simulator's own answers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _responses import main

if __name__ == "__main__":
    main("aliexpress")
