"""AliExpress adapter for marketmsg (skeleton: filled in by the AliExpress issue)."""

from ._adapter import AliExpressAdapter

__all__ = ["AliExpressAdapter"]
