"""Structured reply templates in the buyer's language (Babel + a sandboxed Jinja2).

A good reply, per the sellers' playbook: thanks, acknowledgement of the problem, the solution, what the buyer
should do next, closing — short paragraphs, order id included, in the buyer's language (Amazon
``GetAttributes`` locale, AliExpress buyer country). The rendered text passes the content check; user-edited
templates should be checked with :meth:`RenderedReply.check` before sending.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._catalog import INTENTS, SUPPORTED_LANGUAGES
    from ._render import RenderedReply, ReplyTemplate, choose_language, compose_reply, render_reply

__all__ = [
    "INTENTS",
    "SUPPORTED_LANGUAGES",
    "RenderedReply",
    "ReplyTemplate",
    "choose_language",
    "compose_reply",
    "render_reply",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._catalog": ("INTENTS", "SUPPORTED_LANGUAGES"),
        "._render": ("RenderedReply", "ReplyTemplate", "choose_language", "compose_reply", "render_reply"),
    },
)
