"""The content check shared by every platform: a :class:`ContentPolicy` (data) drives :class:`ContentRules`.

A platform pack declares which rules apply, how severe each is, and the source that says so; the detectors and
the multilingual phrase lists live here, once. Rule ids are stable strings (documented in docs/rules.md) so
users can allow-list, count and test them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ._contact import (
    find_emails,
    find_messengers,
    find_obfuscated_emails,
    find_phones,
    find_urls,
    host_allowed,
)
from ._contact import link_host as _link_host
from ._lexicon import FAMILIES, Scan
from ._types import Finding, RuleContext, Severity

__all__ = ["RULE_TEXT", "ContentPolicy", "ContentRules", "RuleSetting", "region_for_locale"]


@dataclass(frozen=True)
class RuleSetting:
    """How a platform applies one rule: its severity and the source that says so."""

    severity: Severity
    source: str


#: rule id -> (what is wrong, how to fix it). Platform packs add the severity and the source.
RULE_TEXT: Mapping[str, tuple[str, str]] = {
    "contact.email": (
        "E-mail address in the message: off-platform contact details are not allowed.",
        "Remove the address; keep the conversation in the platform's messaging.",
    ),
    "contact.email_obfuscated": (
        "Disguised e-mail address (e.g. 'name at gmail dot com'): still an off-platform contact.",
        "Remove it; platforms treat disguised addresses like plain ones.",
    ),
    "contact.phone": (
        "Phone number in the message: off-platform contact details are not allowed.",
        "Remove the number. Only warranty, carrier or manufacturer numbers may be given where the platform allows.",
    ),
    "contact.phone_exception": (
        "Phone number presented as a warranty, carrier or manufacturer number: allowed only as such.",
        "Make sure it is the manufacturer's, carrier's or warranty line, not your own.",
    ),
    "contact.url": (
        "Link that is neither a platform link nor a secure link needed to complete the order.",
        "Remove the link, or use the platform's own link / an https carrier tracking link.",
    ),
    "contact.messenger": (
        "Messenger app or handle (WhatsApp, WeChat, Telegram, LINE, QQ, ...): an invitation off the platform.",
        "Remove it; answer here. For oversized media or safety issues use marketmsg.offplatform.",
    ),
    "review.request": (
        "Asks for a review or feedback: allowed once per order, in neutral words, through the platform's tool.",
        "Prefer the platform's review request (Amazon Solicitations / review_solicitation kind); ask only once.",
    ),
    "review.positive_only": (
        "Asks for a positive / 5-star review, or only if the buyer is happy: review manipulation.",
        "Ask neutrally for honest feedback, or not at all.",
    ),
    "review.incentive": (
        "Offers something (refund, discount, gift, money) in exchange for a review.",
        "Remove the incentive; reviews may never be rewarded.",
    ),
    "review.change": (
        "Asks the buyer to change or remove a review or feedback.",
        "Solve the problem and leave the review to the buyer.",
    ),
    "marketing.promotion": (
        "Marketing or promotion (coupon codes, other products, follow us, newsletter).",
        "Remove promotional content; messages may only serve the order.",
    ),
    "offplatform.payment": (
        "Invites the buyer to pay or buy outside the platform (PayPal, transfer, 'buy directly from us').",
        "Remove it; payments and orders must stay on the platform.",
    ),
    "format.html": ("HTML markup in the message: the platform sends plain text only.", "Remove the tags."),
    "format.emoji": ("Emoji in the message.", "Remove the emoji."),
    "order.missing_id": (
        "The message does not mention the order id.",
        "Include the order id so the buyer (and the platform) can tie it to the order.",
    ),
    "length.max": ("The message is longer than this message kind allows.", "Shorten it."),
    "length.empty": ("The message is empty.", "Write the message text."),
}

_HTML = re.compile(
    r"<\s*/?\s*(?:a|b|i|u|p|br|hr|div|span|img|strong|em|table|tr|td|th|ul|ol|li|h[1-6]|font|html|body|head|"
    r"script|style|iframe|center|small|big|blockquote|pre|code)\b[^<>]*>|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6});",
    re.IGNORECASE,
)
# Emoji blocks (Unicode 15): pictographs, emoticons, transport, supplemental symbols, plus the BMP emoji people
# actually type (☺ ☹ ❤ ✅ ❌ ⭐ ✨ ☀ ⚡ ✔ ☑) and any character followed by the emoji variation selector.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600\u2614\u2615\u263a\u2639\u2764\u2705\u274c\u2b50\u2728\u26a1\u2714\u2611"
    "\u2b55\u23f0\u231a\u231b\u26bd\u26c4\u2744\u2763\u270c\u270b\u270a]+\ufe0f?|.\ufe0f"
)

# BCP-47 language -> default phonenumbers region when the locale names no region.
_LANGUAGE_REGION = {
    "en": "US",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "BR",
    "ja": "JP",
    "zh": "CN",
    "nl": "NL",
    "pl": "PL",
    "sv": "SE",
    "tr": "TR",
    "ar": "AE",
    "ko": "KR",
    "ru": "RU",
}
# Tried after the locale's region: the marketplaces' home regions, so a German number in an English message
# to a UK buyer is still caught.
_FALLBACK_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "JP", "CN", "BR")


def region_for_locale(locale: str | None, default: str) -> str:
    """The phone region for a BCP-47 locale (``de-AT`` -> ``AT``, ``ja`` -> ``JP``), else ``default``."""
    if not locale:
        return default
    parts = locale.replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return _LANGUAGE_REGION.get(parts[0].lower(), default)


@lru_cache(maxsize=256)
def _phone_regions(locale: str | None, default: str) -> tuple[str, ...]:
    """The locale's phone region, then the marketplaces' home regions (cached: a handful of locales recur)."""
    region = region_for_locale(locale, default)
    return (region, *(r for r in _FALLBACK_REGIONS if r != region))


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters (e.g. 'İ') lower-case to two; keep them as they are so spans stay exact.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class ContentPolicy:
    """A platform's content rules as data.

    ``rules`` maps rule id -> :class:`RuleSetting` (absent = the rule does not apply on this platform).
    ``allowed_link_hosts`` are always allowed; ``secure_link_hosts`` only over ``https`` (e.g. carriers).
    ``order_id`` finds the platform's order ids (for ``order.missing_id``); ``length_limits`` maps a message
    kind (or ``"*"``) to its maximum characters; ``default_region`` is the phone region when no locale is given.
    """

    platform: str
    rules: Mapping[str, RuleSetting]
    allowed_link_hosts: tuple[str, ...] = ()
    secure_link_hosts: tuple[str, ...] = ()
    order_id: re.Pattern[str] | None = None
    length_limits: Mapping[str, int] = field(default_factory=dict)
    default_region: str = "US"

    def applies(self, rule: str) -> bool:
        return rule in self.rules


class ContentRules:
    """Runs a :class:`ContentPolicy` over a text. Pure and thread-safe; build once, call many times."""

    def __init__(self, policy: ContentPolicy) -> None:
        self.policy = policy
        self._families = tuple(f for f in FAMILIES if policy.applies(f.rule))

    def _finding(self, rule: str, start: int, end: int, detail: str | None = None) -> Finding:
        setting = self.policy.rules[rule]
        message, suggestion = RULE_TEXT[rule]
        if detail:
            message = f"{message} Found: {detail!r}."
        return Finding(
            rule=rule,
            severity=setting.severity,
            message=message,
            start=start,
            end=end,
            suggestion=suggestion,
            source=setting.source,
        )

    def check(self, text: str, context: RuleContext) -> list[Finding]:
        """Every finding on ``text`` (unsorted; the engine orders them)."""
        if not text or text.isspace():  # same as "nothing but whitespace", without copying the text
            return (
                [self._finding("length.empty", 0, len(text))] if self.policy.applies("length.empty") else []
            )
        low = _lower_same_length(text)
        scan = Scan(low)
        findings: list[Finding] = []
        if not context.external_contact_allowed:
            findings.extend(self._contact(text, scan, context))
        present = scan.present
        for family in self._families:
            if present.isdisjoint(family.anchor_set):
                continue  # the common case: none of the family's words occur
            findings.extend(
                self._finding(family.rule, start, end) for start, end in _merge(family.finditer(scan))
            )
        findings.extend(self._format(text, low, context))
        return findings

    # ---------------------------------------------------------------- contact details

    def _contact(self, text: str, scan: Scan, context: RuleContext) -> list[Finding]:
        policy = self.policy
        rules = policy.rules
        low = scan.low
        out: list[Finding] = []
        taken: list[tuple[int, int]] = []
        if "contact.email" in rules:
            for start, end, _ in find_emails(text, low):
                out.append(self._finding("contact.email", start, end))
                taken.append((start, end))
        if "contact.email_obfuscated" in rules:
            for start, end, _ in find_obfuscated_emails(text, scan):
                if not _overlaps(start, end, taken):
                    out.append(self._finding("contact.email_obfuscated", start, end))
                    taken.append((start, end))
        if "contact.url" in rules:
            for start, end, link in find_urls(text, low):
                if _overlaps(start, end, taken) or self._link_allowed(link):
                    continue
                out.append(self._finding("contact.url", start, end, link))
                taken.append((start, end))
        if "contact.phone" in rules:
            regions = _phone_regions(context.locale, policy.default_region)
            for start, end, _, exception in find_phones(text, low, regions):
                if _overlaps(start, end, taken):
                    continue
                rule = (
                    "contact.phone_exception"
                    if exception and "contact.phone_exception" in rules
                    else ("contact.phone")
                )
                out.append(self._finding(rule, start, end))
        if "contact.messenger" in rules:
            for start, end, _ in find_messengers(text, scan):
                if not _overlaps(start, end, taken):
                    out.append(self._finding("contact.messenger", start, end))
        return out

    def _names_order(self, text: str, context: RuleContext) -> bool:
        # The order's own id when the context knows it; otherwise anything shaped like the platform's ids.
        order_id = context.order_id or (context.order.order_id if context.order is not None else None)
        if order_id is not None:
            return order_id in text
        return self.policy.order_id is None or self.policy.order_id.search(text) is not None

    def _link_allowed(self, link: str) -> bool:
        host = _link_host(link)
        if host_allowed(host, self.policy.allowed_link_hosts):
            return True
        return link.lower().startswith("https://") and host_allowed(host, self.policy.secure_link_hosts)

    # ---------------------------------------------------------------- format, ids, length

    def _format(self, text: str, low: str, context: RuleContext) -> list[Finding]:
        policy = self.policy
        rules = policy.rules
        out: list[Finding] = []
        if "format.html" in rules and ("<" in text or "&" in text):
            out.extend(self._finding("format.html", m.start(), m.end()) for m in _HTML.finditer(text))
        if "format.emoji" in rules and _may_have_emoji(text):
            out.extend(self._finding("format.emoji", m.start(), m.end()) for m in _EMOJI.finditer(text))
        if "order.missing_id" in rules and not self._names_order(text, context):
            out.append(self._finding("order.missing_id", 0, 0))
        if "length.max" in rules:
            limit = policy.length_limits.get(context.kind or "reply", policy.length_limits.get("*"))
            if limit is not None and len(text) > limit:
                finding = self._finding("length.max", limit, len(text))
                out.append(
                    Finding(
                        rule=finding.rule,
                        severity=finding.severity,
                        message=f"{finding.message} {len(text)} characters, the limit for "
                        f"{context.kind or 'reply'} is {limit}.",
                        start=limit,
                        end=len(text),
                        suggestion=f"Shorten it by {len(text) - limit} characters.",
                        source=finding.source,
                    )
                )
        return out


# Every character ``_EMOJI`` can start with: astral characters, the BMP emoji above and the variation selector
# (which ``.\ufe0f`` needs). One C-level scan instead of building a set of the message's characters.
_MAY_BE_EMOJI = re.compile(
    "[\U00010000-\U0010ffff\u2600\u2614\u2615\u263a\u2639\u2764\u2705\u274c\u2b50\u2728\u26a1\u2714\u2611"
    "\u2b55\u23f0\u231a\u231b\u26bd\u26c4\u2744\u2763\u270c\u270b\u270a\ufe0f]"
)


def _may_have_emoji(text: str) -> bool:
    # ASCII text has none (a C-level flag test); otherwise one scan for a character an emoji match needs.
    if text.isascii():
        return False
    return _MAY_BE_EMOJI.search(text) is not None


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping matches of one rule (two phrasings of the same request) as one finding."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)
