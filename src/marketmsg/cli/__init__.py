"""The ``marketmsg`` command line: demo, inbox, show, reply, check, disputes, export, sandbox serve.

Exit codes scripts can rely on: 0 success, 1 rule findings / violations, 2 usage or configuration error,
3 platform or network error.
"""

from ._app import app, main

__all__ = ["app", "main"]
