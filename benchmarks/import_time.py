"""Import cost: what a fresh process pays to import marketmsg, against importing marketmsg's own dependencies.

Every measurement is a whole fresh interpreter (``python -c``), so nothing is cached in ``sys.modules``; the
cases run in interleaved rounds (each round runs every case once, in a rotating order) so a busy machine slows
them alike, and each figure is the median over rounds. Two figures per case:

- **CPU**: the child's user + system CPU time (from ``os.wait4``) — the steadier figure on a shared machine;
- **import**: wall time of the import statements alone, measured inside the child (interpreter start excluded).

Interpreter start-up (``pass``) is measured too and subtracted from the CPU figure, so the ratios compare the
imports themselves. Ratios are against the baseline measured in the same run: ``import httpx, pydantic,
authlib`` (what the client path and the adapters depend on; goal: marketmsg's Client and both adapters ≤ 1.10×
that; the README's import adds ``Account``, a pydantic model). For scale: building a Client with an account of
each platform (the imports a first call needs, loaded when the client is built) next to what a raw-httpx user
pays for the deps and one ``httpx.Client()``, and python-amazon-sp-api's ``import sp_api.api``. Nothing is asserted; ``tests/test_lazy_imports.py`` pins *what*
is imported, this script only measures *how long* it takes.

Every case reads compiled bytecode, as it would from an installed wheel: the children write and read it under
a temporary ``PYTHONPYCACHEPREFIX`` (filled by a first, unmeasured run of each case), so an environment with
``PYTHONDONTWRITEBYTECODE`` or a read-only source tree does not make marketmsg recompile its sources in every
sample while the dependencies load theirs from ``__pycache__``.

``python3 dev.py bench import_time`` (``MARKETMSG_BENCH_ROUNDS`` changes the number of rounds, default 15).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass

ROUNDS = int(os.environ.get("MARKETMSG_BENCH_ROUNDS", "15"))

#: name -> import statements. The first is the baseline the ratios are against.
CASES: dict[str, str] = {
    "deps: httpx, pydantic, authlib": "import httpx, pydantic, authlib",
    "import marketmsg": "import marketmsg",
    "marketmsg Client + both adapters": (
        "import marketmsg\nfrom marketmsg import AsyncClient, Client\nimport marketmsg_amazon, marketmsg_aliexpress"
    ),
    # The README's first line: Account is a pydantic model, so this one loads pydantic's model machinery.
    "... + Account (the README's import)": (
        "import marketmsg\nfrom marketmsg import Account, AsyncClient, Client\nimport marketmsg_amazon, marketmsg_aliexpress"
    ),
    "... + a Client with one account of each": (
        "import marketmsg\nfrom marketmsg import Account, Client\nimport marketmsg_amazon, marketmsg_aliexpress\n"
        "Client([Account(platform='amazon', seller_id='A1BENCH', marketplaces=('ATVPDKIKX0DER',),"
        " credentials={'refresh_token': 'Atzr|bench', 'lwa_app_id': 'amzn1.application-oa2-client.bench',"
        " 'lwa_client_secret': 'bench-secret'}),"
        " Account(platform='aliexpress', seller_id='cnbench', credentials={'app_key': '12345678',"
        " 'app_secret': 'bench-secret', 'access_token': 'bench-token'})]).close()"
    ),
    "deps + an httpx.Client (raw httpx, for scale)": "import httpx, pydantic, authlib\nhttpx.Client().close()",
    # What ``marketmsg check`` and a worker's first send pay before the first verdict: the rule tables built, the
    # patterns that message opens compiled (stop 35: 5.3 s before the prefilter table and lazy compiling).
    "the first content check (amazon)": (
        "from marketmsg.rules import check\n"
        "check('Your order 123-1234567-1234567 shipped today.', platform='amazon', locale='en-US')"
    ),
    "python-amazon-sp-api: import sp_api.api": "import sp_api.api",
}
_START = "pass"

_CHILD = """
import time
_t0 = time.perf_counter()
{code}
_t1 = time.perf_counter()
import sys
sys.stdout.write(repr(_t1 - _t0))
"""


@dataclass
class Sample:
    cpu: float
    wall_import: float


#: The children's environment: bytecode written and read under a private prefix (see the module docstring).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(code: str) -> Sample:
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(code=code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{code!r} failed:\n{err.decode(errors='replace')}")
    return Sample(cpu=usage.ru_utime + usage.ru_stime, wall_import=float(out))


def available(code: str) -> bool:
    try:
        run_once(code)
    except RuntimeError:
        return False
    return True


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="marketmsg-import-bench-") as prefix:
        _ENV["PYTHONPYCACHEPREFIX"] = prefix
        measure()


def measure() -> None:
    cases = {name: code for name, code in CASES.items() if available(code)}  # also compiles their bytecode
    available(_START)
    skipped = sorted(set(CASES) - set(cases))
    names = [*cases, _START]
    codes = {**cases, _START: _START}
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for round_ in range(ROUNDS):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(run_once(codes[name]))
    start_cpu = statistics.median(s.cpu for s in samples[_START])
    cpu = {n: max(statistics.median(s.cpu for s in samples[n]) - start_cpu, 1e-6) for n in cases}
    wall = {n: statistics.median(s.wall_import for s in samples[n]) for n in cases}
    base = next(iter(cases))
    print(f"fresh-process imports, median of {ROUNDS} interleaved rounds")
    print(f"(interpreter start, subtracted from CPU: {start_cpu * 1e3:.0f} ms)")
    print(f"  {'case':46} {'CPU ms':>8} {'× deps':>7} {'import ms':>10} {'× deps':>7}")
    for name in cases:
        print(
            f"  {name:46} {cpu[name] * 1e3:8.0f} {cpu[name] / cpu[base]:7.2f} "
            f"{wall[name] * 1e3:10.0f} {wall[name] / wall[base]:7.2f}"
        )
    for name in skipped:
        print(f"  {name:46} (not installed: skipped)")


if __name__ == "__main__":
    main()
