"""Amazon adapter for marketmsg (skeleton: filled in by the Amazon issues)."""

from ._adapter import AmazonAdapter

__all__ = ["AmazonAdapter"]
