"""The built-in sandbox: every installed adapter's simulator, in-process or on loopback.

Simulators speak the platforms' real wire formats at the real hosts' paths; in-process they are mounted on the
client's httpx transport by URL, so the adapter code that runs against the sandbox is the code that runs in
production. ``marketmsg sandbox serve <platform> --port N`` serves one over HTTP on 127.0.0.1.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._serve import serve_handler
    from ._spec import Handler, Sandbox, SandboxSpec, build_spec

__all__ = ["Handler", "Sandbox", "SandboxSpec", "build_spec", "serve_handler"]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._serve": ("serve_handler",),
        "._spec": ("Handler", "Sandbox", "SandboxSpec", "build_spec"),
    },
)
