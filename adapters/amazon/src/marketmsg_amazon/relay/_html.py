"""HTML-only relay mail rendered to plain text.

Written on the standard library's ``html.parser`` rather than a dependency: the well-known converter
(``html2text``) is GPL-3.0, which an Apache-2.0 SDK cannot ship, and relay mail needs only line structure — block
elements and ``<br>`` become line breaks, scripts/styles vanish, entities decode. Links keep their text only, so
footer URLs never leak into a buyer's message body.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_BLOCK = frozenset(
    {"p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "section", "article", "header", "footer", "hr", "center", "dd", "dt"}
)  # fmt: skip
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self._pre += 1
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        # Outside <pre>, HTML collapses whitespace; newlines in the source are not line breaks.
        self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Plain text of an HTML document: one line per block, blank runs collapsed, never raises."""
    renderer = _Renderer()
    try:
        renderer.feed(html)
        renderer.close()
    except Exception:  # a pathological document must not stop ingestion
        return re.sub(r"<[^>]*>", " ", html)
    text = "".join(renderer.parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
