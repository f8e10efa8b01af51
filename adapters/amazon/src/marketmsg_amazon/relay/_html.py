"""HTML-only relay mail rendered to plain text, in one linear pass.

Relay mail needs only line structure: block elements and ``<br>`` become line breaks, scripts/styles vanish,
entities decode, links keep their text only (so footer URLs never leak into a buyer's message body). The usual
converter (``html2text``) is GPL-3.0, which an Apache-2.0 SDK cannot ship, and the standard library's
``html.parser`` is quadratic on unclosed comments, declarations and tags in Python 3.11 (``<!--`` repeated takes
seconds per 100 KB). So this is a small tokenizer whose every token pattern ends at the end of input when its
closing delimiter is missing: a scan never fails after consuming text, hence never rescans it.
"""

from __future__ import annotations

import html
import re

__all__ = ["html_to_text"]

_BLOCK = frozenset(
    {"p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "section", "article", "header", "footer", "hr", "center", "dd", "dt", "br"}
)  # fmt: skip
_CELL = frozenset({"td", "th"})
# Elements whose content is never text (raw text elements, and document metadata).
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "textarea", "xmp", "iframe"})

# A tag's attributes: quotes delimit a value only right after "="; an unclosed quoted value runs to the end of
# input, as in browsers. All repeats are possessive and start with distinct characters.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment
    r"|<[!?][^>]*+(?:>|\Z)"  # doctype, CDATA, processing instruction
    r"|<(/?)([A-Za-z][^\s/>]{0,63})"  # tag name
    r"(?:[^>=]|=\s*+(?:\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z))?)*+(?:>|\Z)",
    re.DOTALL,
)
_SPACE = re.compile(r"\s+")
# Character references with bounded digits: html.unescape() itself would call int() on any number of digits
# (ValueError past 4300 digits in Python 3.11).
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});?")


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def html_to_text(document: str) -> str:
    """Plain text of an HTML document: one line per block, blank runs collapsed, never raises."""
    parts: list[str] = []
    pre = 0
    pos, end = 0, len(document)
    while pos < end:
        match = _TOKEN.search(document, pos)
        text = document[pos : match.start() if match else end]
        if text:
            text = _unescape(text)
            parts.append(text if pre else _SPACE.sub(" ", text))
        if match is None:
            break
        pos = match.end()
        name = (match.group(2) or "").lower()
        if not name:
            continue  # comment, declaration
        closing = bool(match.group(1))
        if name in _BLOCK:
            parts.append("\n")
            if name == "pre":
                pre = max(0, pre - 1) if closing else pre + 1
        elif name in _CELL and not closing:
            parts.append(" ")
        elif name in _SKIP and not closing and not match.group().endswith("/>"):
            close = re.compile(rf"</{name}\b[^>]*+(?:>|\Z)", re.IGNORECASE).search(document, pos)
            pos = close.end() if close else end
    text = "".join(parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
