"""The content check shared by every platform: a :class:`ContentPolicy` (data) drives :class:`ContentRules`.

A platform pack declares which rules apply, how severe each is, and the source that says so; the detectors and
the multilingual phrase lists live here, once. Everything platform-specific — the platform's names (for
"pay outside of <platform>" and look-alike domains), its order-id shapes, its link hosts, its length and
attachment limits — comes from the pack's policy: the core names no platform. Rule ids are stable strings
(documented in docs/rules.md) so users can allow-list, count and test them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import _review_model
from ._contact import (
    find_disguised_links,
    find_emails,
    find_lookalikes,
    find_obfuscated_emails,
    find_spaced_out,
    find_urls,
    host_allowed,
    lookalike_pattern,
    mailbox_before_link,
)
from ._contact import link_host as _link_host
from ._disguised_phones import find_disguised_phones
from ._feedback_notice import is_feedback_notice
from ._hosts import MARKETPLACE_HOSTS
from ._iban import find_ibans
from ._invisible import visible
from ._lexicon import Family, Phrase, Plan, Scan, sentence_view
from ._messenger import find_messengers
from ._phones import find_link_phones, find_phones
from ._phrases_intl import (
    AND_YOU,
    BUY_AT_LINK,
    CHANGE_CONDITION,
    CHANGE_CONDITION_AFTER,
    CONSEQUENTLY,
    GRANTED_AFTER_CONDITION,
    IN_EXCHANGE,
    MORE_CHANGE_CONDITIONS,
    PROMISE,
    PROMISE_AFTER,
    RECIPROCITY,
    REFUNDED_ALREADY,
    REVIEW_EDIT_VERB,
    TIED_CONDITION,
    TO_TOP,
)
from ._prefilter import grouped, with_first_chars
from ._spelled import find_spelled_phones
from ._tables import platform_families, tables
from ._types import Finding, RuleContext, Severity
from ._vetoes import FIRM_VETOES, buyer_intent_reported, impersonation_warning, never_asked, review_disowned

__all__ = [
    "RULE_TEXT",
    "AttachmentLimits",
    "ContentPolicy",
    "ContentRules",
    "RuleSetting",
    "fold",
    "region_for_locale",
]


@dataclass(frozen=True)
class RuleSetting:
    """How a platform applies one rule: its severity and the source that says so, and the platform's own fix where
    it knows a better one than the rule's general advice (``RULE_TEXT``)."""

    severity: Severity
    source: str
    suggestion: str | None = None


@dataclass(frozen=True)
class AttachmentLimits:
    """What a platform accepts as attachments for one message kind (``None`` = nothing published).

    ``extensions`` are lower-case file extensions with the dot (``".pdf"``). Each limit is reported under its
    own rule (``attachment.count``, ``attachment.size``, ``attachment.type``) with the severity the policy
    gives it: block where the platform publishes the limit, warn where marketmsg only advises.
    """

    max_count: int | None = None
    max_total_bytes: int | None = None
    extensions: frozenset[str] | None = None


#: rule id -> (what is wrong, how to fix it). Platform packs add the severity and the source.
RULE_TEXT: Mapping[str, tuple[str, str]] = {
    "contact.email": (
        "E-mail address in the message: off-platform contact details are not allowed.",
        "Remove the address; keep the conversation in the platform's messaging.",
    ),
    "contact.email_obfuscated": (
        "Disguised e-mail address (e.g. 'name at gmail dot com', spaced letters): still an off-platform contact.",
        "Remove it; platforms treat disguised addresses like plain ones.",
    ),
    "contact.phone": (
        "Phone number in the message (also spelled out or in full-width digits): off-platform contact details "
        "are not allowed.",
        "Remove the number. Only warranty, carrier or manufacturer numbers may be given where the platform allows.",
    ),
    "contact.phone_exception": (
        "Phone number presented as a warranty, carrier or manufacturer number: allowed only as such.",
        "Make sure it is the manufacturer's, carrier's or warranty line, not your own.",
    ),
    "contact.url": (
        "Link that is neither a platform link nor a secure link needed to complete the order (also spelled out, "
        "spaced out, or a look-alike of the platform's domain).",
        "Remove the link, or use the platform's own link / an https carrier tracking link.",
    ),
    "contact.messenger": (
        "Messenger app or handle (WhatsApp, WeChat, Telegram, LINE, KakaoTalk, QQ, ...): an invitation off the "
        "platform.",
        "Remove it; answer here. For oversized media or safety issues use marketmsg.offplatform.",
    ),
    "review.request": (
        "Asks for a review or feedback: allowed once per order, in neutral words, through the platform's tool.",
        "Prefer the platform's own review request (the review_solicitation kind where there is one); ask once.",
    ),
    "review.positive_only": (
        "Asks for a positive / 5-star review, or only if the buyer is happy: review manipulation.",
        "Ask neutrally for honest feedback, or not at all.",
    ),
    "review.incentive": (
        "Offers something (refund, discount, gift, money) in exchange for a review, or ties a refund to one.",
        "Remove the incentive; reviews may never be rewarded.",
    ),
    "review.change": (
        "Asks the buyer to change or remove a review or feedback.",
        "Solve the problem and leave the review to the buyer.",
    ),
    "review.feedback_notice": (
        "Tells the buyer they may update or remove the seller feedback they left. Allowed as a notice once their "
        "concern is resolved; asking for it, pressing or rewarding it is not.",
        "Send it only after the problem is solved, once, leaving the choice to the buyer; never about a product "
        "review.",
    ),
    "review.pressure": (
        "Repeats a review request or pressures the buyer for a review.",
        "Ask at most once, in neutral words, and never insist.",
    ),
    "order.confirm_receipt_early": (
        "Asks the buyer to confirm receipt early (before the goods arrive, right now, or for a reward).",
        "Let the buyer confirm receipt when the goods have arrived and been checked.",
    ),
    "marketing.promotion": (
        "Marketing or promotion (coupon codes, other products, follow us, newsletter).",
        "Remove promotional content; messages may only serve the order.",
    ),
    "offplatform.payment": (
        "Invites the buyer to pay or buy outside the platform (PayPal, transfer, 'order on our site for less').",
        "Remove it; payments and orders must stay on the platform.",
    ),
    "format.html": ("HTML markup in the message: the platform sends plain text only.", "Remove the tags."),
    "format.emoji": ("Emoji in the message.", "Remove the emoji."),
    "order.missing_id": (
        "The message does not mention the order id.",
        "Include the order id so the buyer (and the platform) can tie it to the order.",
    ),
    "length.max": ("The message is longer than this message kind allows.", "Shorten it."),
    "length.long": (
        "The message is longer than marketmsg advises for this channel (the platform publishes no limit).",
        "Shorten it, or check that the platform still delivers messages this long.",
    ),
    "length.empty": ("The message is empty.", "Write the message text."),
    "attachment.count": ("More attachments than this message kind takes.", "Send fewer files."),
    "attachment.size": (
        "The attachments are larger in total than this message kind takes.",
        "Send smaller files.",
    ),
    "attachment.type": (
        "An attachment type this message kind does not take.",
        "Convert it to a listed type.",
    ),
}

#: A change request the platform allows as a notice about seller feedback (``_feedback_notice``), and the review
#: findings that rule a notice out: a notice is neither rewarded, pressed nor steered to the top mark.
_NOTICE = "review.feedback_notice"
_NOTICE_SPOILERS = frozenset({"review.incentive", "review.pressure", "review.positive_only"})

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
    "he": "IL",
    "uk": "UA",
    "vi": "VN",
}
# Tried after the locale's region: the marketplaces' home regions, so a German number in an English message
# to a UK buyer is still caught.
_FALLBACK_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "JP", "CN", "BR", "NL", "PL", "TR", "KR", "RU")


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


# Full-width ASCII forms, the ideographic space and Arabic-Indic digits, mapped one-to-one onto ASCII so every
# detector sees "ｂｏｂ＠ｇｍａｉｌ．ｃｏｍ" and "０９０－１２３４－５６７８" as what they are, with unchanged spans.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD.update({0x660 + d: 0x30 + d for d in range(10)})
_FOLD.update({0x6F0 + d: 0x30 + d for d in range(10)})
_FOLD[0x66A] = 0x25  # the Arabic percent sign
# Devanagari, Bengali and Thai digits: a number written in the buyer's script is still a number.
for _zero in (0x966, 0x9E6, 0xE50):
    _FOLD.update({_zero + d: 0x30 + d for d in range(10)})
# Digits dressed up to pass a digit filter (batch J): circled (⓪①…⑨, ⓵…, ❶…, ➀…, ➊…), superscript and subscript,
# and the mathematical bold, double-struck, sans-serif and monospace digits (𝟎…𝟿: one code point each, so spans stay).
_FOLD[0x24EA] = _FOLD[0x24FF] = 0x30
for _one in (0x2460, 0x24F5, 0x2776, 0x2780, 0x278A):
    _FOLD.update({_one + d: 0x31 + d for d in range(9)})
_FOLD.update({0x2070: 0x30, 0xB9: 0x31, 0xB2: 0x32, 0xB3: 0x33})
_FOLD.update({0x2074 + d: 0x34 + d for d in range(6)})
_FOLD.update({0x2080 + d: 0x30 + d for d in range(10)})
_FOLD.update({0x1D7CE + d: 0x30 + d % 10 for d in range(50)})
# A keycap digit is the digit, VS16 and the combining keycap (0️⃣): the two marks read as spaces, so "0️⃣7️⃣1️⃣" is a
# digit run with separators. Zero-width spaces and joiners hidden inside a number or a domain read as a hyphen.
_FOLD[0xFE0F] = _FOLD[0x20E3] = 0x20
_FOLD[0x200B] = _FOLD[0x2060] = _FOLD[0xFEFF] = 0x2D
# A dot between digits is no sentence end ("We can refund the full $64.00 once the rating is removed", batch X).
_SENTENCE_MARK = re.compile(r"[!?。！？\n]|\.(?!\d)")
_NEEDS_FOLD = re.compile(
    "[\uff01-\uff5e\u3000\u0660-\u066a\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59"
    "\u2460-\u2468\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u2070-\u2079\u2080-\u2089"
    "\u00b2\u00b3\u00b9\U0001d7ce-\U0001d7ff\ufe0f\u20e3\u200b\u2060\ufeff]"
)


def fold(text: str) -> str:
    """``text`` lower-cased and folded (full-width forms, Arabic-Indic and dressed-up digits -> ASCII), same
    length."""
    low = text.lower()
    if len(low) != len(text):
        # 'İ' (Turkish capital dotted I, the one character that lower-cases to two) reads as 'i', so "İADE", "İletişim"
        # and "İnstagram" are the words the tables know, and the spans stay exact.
        low = text.replace("İ", "i").lower()
    if low.isascii() or _NEEDS_FOLD.search(low) is None:
        return low  # the common case: one C-level scan instead of a per-character table lookup
    return low.translate(_FOLD)


@dataclass(frozen=True)
class ContentPolicy:
    """A platform's content rules as data, all of it from the platform's adapter (the core names no platform).

    ``rules`` maps rule id -> :class:`RuleSetting` (absent = the rule does not apply on this platform).
    ``allowed_link_hosts`` are always allowed; ``secure_link_hosts`` only over ``https`` (e.g. carriers).
    ``platform_names`` are the names the platform goes by ("pay outside of <name>", look-alike domains).
    ``order_id`` finds the platform's order ids (for ``order.missing_id``); ``id_shapes`` are number shapes that
    are ids, never phone numbers (matched in full against a digit run). ``length_limits`` maps a message kind
    (or ``"*"``) to its published maximum characters (``length.max``); ``length_advisories`` to a length above
    which marketmsg warns where nothing is published (``length.long``); ``attachment_limits`` maps a kind to
    its :class:`AttachmentLimits`. A check without a kind is checked as the kind ``"reply"``: the default
    channel's limits apply. ``default_region`` is the phone region when no locale is given.
    """

    platform: str
    rules: Mapping[str, RuleSetting]
    allowed_link_hosts: tuple[str, ...] = ()
    secure_link_hosts: tuple[str, ...] = ()
    platform_names: tuple[str, ...] = ()
    order_id: re.Pattern[str] | None = None
    id_shapes: tuple[re.Pattern[str], ...] = ()
    length_limits: Mapping[str, int] = field(default_factory=dict)
    length_advisories: Mapping[str, int] = field(default_factory=dict)
    attachment_limits: Mapping[str, AttachmentLimits] = field(default_factory=dict)
    default_region: str = "US"
    #: The statistical second reading of the review rules (``_review_model``): it adds a review rule the phrase
    #: tables missed, for the whole message. ``False`` keeps the phrase tables alone.
    review_model: bool = True

    def applies(self, rule: str) -> bool:
        return rule in self.rules


class ContentRules:
    """Runs a :class:`ContentPolicy` over a text. Pure and thread-safe; build once, call many times.

    Building is cheap: the lexicon is compiled on the first :meth:`check` (shared by every policy).
    """

    def __init__(self, policy: ContentPolicy) -> None:
        self.policy = policy
        self._phrases: _PhraseIndex | None = None
        self._model_rules = (
            frozenset(r for r in policy.rules if r.startswith("review."))
            if policy.review_model
            else frozenset()
        )
        self._notices = policy.applies(_NOTICE)
        self._payments = policy.applies("offplatform.payment")
        self._lookalike = lookalike_pattern(policy.platform_names)
        # "<platform> puede retirar reseñas", "<platform> retire parfois les avis": the platform acting, not a request
        # — unless the word between opens a condition on the buyer ("… a través de AliExpress si cambias la
        # valoración", batch T)
        self._platform_acts = (
            re.compile(
                "(?:"
                + "|".join(re.escape(n.lower()) for n in policy.platform_names)
                + r")\s+(?:(?!(?:si|if|when|once|wenn|falls|sobald|se|als|zodra|om|när|jeśli|eğer|если|когда|إذا|אם)\s)\w+\s+)?$"
                # "<platform> informed us that it removed a review", "<platform> сообщил нам, что удалил" (batch Y)
                + "|(?:"
                + "|".join(re.escape(n.lower()) for n in policy.platform_names)
                + r")\s+(?:\w+,?\s+){1,3}(?:that\s+(?:it|they)|что)\s+$"
            )
            if policy.platform_names
            else None
        )

        #: The platform's system named as who removed it, after the verb or inside the match: "Ваш отзыв удалила сама
        #: система AliExpress", "تقييمك حذفه نظام علي إكسبريس", "您的评价是速卖通系统…自动删除", "was removed by the Amazon
        #: system" (tuning batch DY, stop 44).
        self._platform_agent = (
            re.compile(
                r"(?:\b(?:by|par|por|von|door|przez|av|tarafından)\s+(?:the\s+|la\s+|le\s+|el\s+|het\s+|de\s+)?"
                r"|(?:system\w*|systèm\w*|sistem\w*|systeem|систем\w*|نظام|מערכת)\s+(?:de\s+|da\s+|do\s+|van\s+)?)(?:"
                + "|".join(re.escape(n.lower()) for n in policy.platform_names)
                + r")|(?:"
                + "|".join(re.escape(n.lower()) for n in policy.platform_names)
                + r")\s*(?:'s\s+)?(?:system\w*|sistem\w*|システム|系统|系統|시스템)"
            )
            if policy.platform_names
            else None
        )

        #: "Amazonで直接ご注文ください", "아마존에서 직접 주문해 주세요", "order directly on Amazon": the direct act done on the
        #: platform itself, named by the adapter (stop 41 probes; the core knows no platform name).
        self._direct_on_platform = (
            _direct_on_platform(policy.platform_names) if policy.platform_names else None
        )

    def _ready(self) -> _PhraseIndex:
        index = self._phrases
        if index is None:
            policy = self.policy
            built = (*tables().families, *platform_families(tuple(policy.platform_names)))
            index = self._phrases = _PhraseIndex(tuple(f for f in built if policy.applies(f.rule)))
        return index

    def _finding(self, rule: str, start: int, end: int, detail: str | None = None) -> Finding:
        setting = self.policy.rules[rule]
        message, suggestion = RULE_TEXT[rule]
        suggestion = setting.suggestion or suggestion
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

    def inputs(self, context: RuleContext) -> tuple[object, ...]:
        """Everything of ``context`` that :meth:`check` reads: equal inputs, equal findings on the same text.

        A send compares its early context (no order facts) with its full one and checks the text once when they
        are equal: the buyer's locale counts only through the phone regions it selects, the order only through
        its id. Keep in step with :meth:`check` (tests/rules/test_content_inputs.py)."""
        phones = self.policy.applies("contact.phone")
        return (
            context.kind or "reply",
            context.external_contact_allowed,
            _phone_regions(context.locale, self.policy.default_region) if phones else None,
            context.order_id or (context.order.order_id if context.order is not None else None),
            context.attachments,
        )

    def check(self, text: str, context: RuleContext) -> list[Finding]:
        """Every finding on ``text`` (unsorted; the engine orders them)."""
        phrases = self._ready()
        # Characters nobody sees (a soft hyphen, a zero-width space) split no word, number or address: the text is
        # read without them and every span mapped back (``_invisible``); formatting and length read it as sent.
        bare = visible(text)
        seen, where = bare if bare is not None else (text, None)
        if not seen or seen.isspace():  # "nothing but whitespace" (or invisible characters), without a copy
            empty = (
                [self._finding("length.empty", 0, len(text))] if self.policy.applies("length.empty") else []
            )
            return empty + self._attachments(context)
        low = fold(seen)
        scan = Scan(low)
        found: list[Finding] = []
        if not context.external_contact_allowed:
            found.extend(self._contact(seen, low, scan, context))
        # The phrases read the sentences as a reader does ("zum 3. Mal" is one sentence); the contact detectors
        # read every dot as written ("030 12. 34" is no number).
        said = sentence_view(low)
        cleared: set[str] = set()
        by_rule = self._phrase_spans(phrases, said, scan if said is low else Scan(said), cleared)
        if self._payments:
            ibans = list(find_ibans(low))  # an account number with no word around it (``_iban``)
            if ibans:
                by_rule.setdefault("offplatform.payment", []).extend(ibans)
        for rule, spans in by_rule.items():
            found.extend(self._finding(rule, start, end) for start, end in _merge(spans))
        if self._model_rules:
            found.extend(self._read_by_model(low, scan, by_rule.keys(), cleared))
        # most messages have no finding, so no notice to read: the call and its two generators cost 0.25-0.4 µs
        if self._notices and found:
            found = self._feedback_notices(found, low)
        if "order.missing_id" in self.policy.rules and not self._names_order(seen, low, context):
            found.append(self._finding("order.missing_id", 0, 0))
        findings = found if where is None else [_mapped(f, where, len(text)) for f in found]
        findings.extend(self._format(text, context))
        findings.extend(self._attachments(context))
        return findings

    def _phrase_spans(
        self, phrases: _PhraseIndex, low: str, scan: Scan, cleared: set[str]
    ) -> dict[str, list[tuple[int, int]]]:
        """The phrase rules' spans in ``low`` by rule, after the vetoes, the platform's own acts and the review
        bargains (a change request with a benefit tied to it is also an incentive). Adds to ``cleared`` each rule
        whose every match a veto cleared, one of them by a firm veto (``_vetoes.FIRM_VETOES``)."""
        by_rule = phrases.spans(scan)
        if by_rule:
            for rule, veto in tables().vetoes.items():
                matched = by_rule.get(rule)
                if matched:
                    kept = [(start, end) for start, end in matched if not veto(low, start, end)]
                    if kept:
                        by_rule[rule] = kept
                    else:
                        del by_rule[rule]
                        firm = FIRM_VETOES.get(rule)
                        if firm is not None and any(firm(low, start, end) for start, end in matched):
                            cleared.add(rule)
        # the platform's own acts, named by the adapter: "<platform>で直接ご注文ください", "<platform> removed the review"
        pays = by_rule.get("offplatform.payment")
        if pays and self._direct_on_platform is not None:
            direct = self._direct_on_platform
            _keep(by_rule, "offplatform.payment", [s for s in pays if not _done_on_platform(direct, low, *s)])
        if self.policy.applies("review.change"):
            # an incentive whose own words change the review: "we refund 15 € if you update the rating"
            for start, end in by_rule.get("review.incentive", ()):
                if _REVIEW_EDIT_VERB.search(low, start, end) is not None:
                    by_rule.setdefault("review.change", []).append((start, end))
        changes = by_rule.get("review.change")
        if changes and self._platform_acts is not None:
            acts = self._platform_acts
            agent = self._platform_agent
            changes = [
                (s, e)
                for s, e in changes
                if acts.search(low[max(0, s - 30) : s]) is None
                and (agent is None or agent.search(low, s, min(len(low), e + _AGENT_REACH)) is None)
            ]
            _keep(by_rule, "review.change", changes)
        if changes and self.policy.applies("review.incentive"):
            for start, end in changes:
                bargain = _bargain(low, scan, start, end)
                if bargain is not None:
                    by_rule.setdefault("review.incentive", []).append(bargain)
        if changes and self.policy.applies("review.positive_only"):
            for start, end in changes:  # a change toward the top mark asks for a positive review too
                top = _TO_TOP.search(low, _sentence_start(low, start, _TOP_REACH), scan.sentence_end(end))
                if top is not None:
                    by_rule.setdefault("review.positive_only", []).append(
                        (min(start, top.start()), max(end, top.end()))
                    )
        return by_rule

    def _feedback_notices(self, found: list[Finding], low: str) -> list[Finding]:
        """``found`` with its change requests reported as ``review.feedback_notice`` when the message is the notice
        about seller feedback the platform allows (``_feedback_notice``) and holds no other review violation."""
        if not any(f.rule == "review.change" for f in found) or any(
            f.rule in _NOTICE_SPOILERS for f in found
        ):
            return found
        if not is_feedback_notice(low):
            return found
        return [self._finding(_NOTICE, f.start, f.end) if f.rule == "review.change" else f for f in found]

    def _read_by_model(self, low: str, scan: Scan, found: Set[str], cleared: Set[str]) -> list[Finding]:
        """The review rules the phrase tables did not find (``found``) that the statistical model finds in the whole
        message (``_review_model``), but not those a firm veto ``cleared``: it read what the n-grams cannot ("we
        would never ask you to change your review", stop 40), so the model does not put back what it took away; and
        none in a message that says the review has nothing to do with what it offers (``review_disowned``)."""
        wanted = self._model_rules.difference(found, cleared)
        if not wanted or not _review_model.may_read(low, scan.present):
            return []
        model = _review_model.review_model()
        read = model.read(low, wanted, found) if model is not None else None
        if not read or review_disowned(low):
            return []
        read = {
            rule: score
            for rule, score in read.items()
            if not _firmly_vetoed(rule, low, scan)
            and not (rule == "review.incentive" and _refund_given_only(low))
            and not (rule == "review.change" and (_bad_review_threatened(scan) or buyer_intent_reported(low)))
        }
        start, end = len(low) - len(low.lstrip()), len(low.rstrip())
        out = []
        for rule, (score, threshold) in sorted(read.items()):
            finding = self._finding(rule, start, end)
            note = (
                f" Read in the message as a whole by the {_review_model.NOTE} (score {score:.2f}, threshold "
                f"{threshold:.2f}); no single phrase matched."
            )
            out.append(replace(finding, message=finding.message + note))
        return out

    # ---------------------------------------------------------------- contact details

    def _contact(self, text: str, low: str, scan: Scan, context: RuleContext) -> list[Finding]:
        rules = self.policy.rules
        out: list[Finding] = []
        taken = _Taken()

        def add(rule: str, start: int, end: int, detail: str | None = None) -> None:
            if not taken.overlaps(start, end):
                out.append(self._finding(rule, start, end, detail))
                taken.add(start, end)

        def add_link(start: int, end: int, link: str) -> None:
            # the domain of an address written around an at-sign is the address, not a link
            mailbox = mailbox_before_link(low, start) if "contact.email_obfuscated" in rules else None
            if mailbox is not None:
                add("contact.email_obfuscated", mailbox, end)
            else:
                add("contact.url", start, end, link)

        if "contact.email" in rules:
            for start, end, _ in find_emails(text, low):
                add("contact.email", start, end)
        if "contact.email_obfuscated" in rules or "contact.url" in rules:
            for start, end, detail, is_email in find_spaced_out(text, low):
                if is_email and "contact.email_obfuscated" in rules:
                    add("contact.email_obfuscated", start, end)
                elif (
                    not is_email
                    and "contact.url" in rules
                    and not self._link_allowed(detail.replace(" ", ""))
                ):
                    add_link(start, end, detail)
        if "contact.email_obfuscated" in rules:
            for start, end, _ in find_obfuscated_emails(text, scan):
                add("contact.email_obfuscated", start, end)
        if "contact.url" in rules:
            for start, end, link in find_urls(text, low):
                if not self._link_allowed(link):
                    add_link(start, end, link)
            for start, end, link in find_disguised_links(text, low, scan.present):
                if not self._link_allowed(_undisguise(link)):
                    add_link(start, end, link)
            for start, end, link in find_lookalikes(text, low, self._lookalike):
                if not self._link_allowed(link):
                    add("contact.url", start, end, link)
            if "offplatform.payment" in rules:
                out.extend(self._sales_at_links(low, scan, out))
        if "contact.phone" in rules:
            regions = _phone_regions(context.locale, self.policy.default_region)
            exceptions = "contact.phone_exception" in rules
            for start, end, exception in find_phones(
                _dashes_as_hyphens(low), regions, self.policy.id_shapes, scan.present
            ):
                add("contact.phone_exception" if exception and exceptions else "contact.phone", start, end)
            for start, end, _ in find_spelled_phones(text, scan, regions):
                add("contact.phone", start, end)
            # (a warranty, carrier or maker line broken over lines is the exception it is on one line: stop 52 probes)
            broken_exceptions: list[tuple[int, int]] = []
            for start, end in find_disguised_phones(
                low, regions, self.policy.id_shapes, scan.present, broken_exceptions
            ):
                add("contact.phone", start, end)
            for start, end in broken_exceptions:
                add("contact.phone_exception" if exceptions else "contact.phone", start, end)
            # inside a link the link rule reports: a finding of its own, as a messenger's app is
            out.extend(self._finding("contact.phone", start, end) for start, end in find_link_phones(low))
        if "contact.messenger" in rules:
            # An app and its number are two findings ("WhatsApp: +44 …" is a messenger invitation *and* a phone
            # number): messenger spans are not suppressed by the phone spans they contain.
            emails = _Taken()
            for f in out:
                if f.rule.startswith("contact.email"):
                    emails.add(f.start, f.end)
            for start, end, _ in find_messengers(text, scan, tables().messenger):
                # an app named as the impostors' channel in a warning is no invitation ("Betrüger … per WhatsApp")
                if (
                    not emails.overlaps(start, end)
                    and not impersonation_warning(low, start, end)
                    and not never_asked(low, start, end)  # "we never ask you to pay via WeChat"
                ):
                    out.append(self._finding("contact.messenger", start, end))
        return out

    def _sales_at_links(self, low: str, scan: Scan, found: list[Finding]) -> list[Finding]:
        """The blocked links a sale moved to, one finding each: the seller's store on another marketplace, or a link
        with a purchase or a better price in its sentence (the seller's own site)."""
        sales = []
        for f in found:
            if f.rule != "contact.url":
                continue
            lo, hi = _sentence_start(low, f.start, _LINK_SENTENCE), scan.sentence_end(f.end)
            if (
                host_allowed(_link_host(low[f.start : f.end]), MARKETPLACE_HOSTS)
                or _BUY_AT_LINK.search(low, lo, hi) is not None
            ):
                sales.append(self._finding("offplatform.payment", f.start, f.end))
        return sales

    def _names_order(self, text: str, low: str, context: RuleContext) -> bool:
        # The order's own id when the context knows it; otherwise anything shaped like the platform's ids.
        order_id = context.order_id or (context.order.order_id if context.order is not None else None)
        if order_id is not None:
            return order_id in text or order_id.lower() in low
        return self.policy.order_id is None or self.policy.order_id.search(low) is not None

    def _link_allowed(self, link: str) -> bool:
        host = _link_host(link)
        if host_allowed(host, self.policy.allowed_link_hosts):
            return True
        return link.lower().startswith("https://") and host_allowed(host, self.policy.secure_link_hosts)

    # ---------------------------------------------------------------- format, ids, length, attachments

    def _format(self, text: str, context: RuleContext) -> list[Finding]:
        policy = self.policy
        rules = policy.rules
        out: list[Finding] = []
        if "format.html" in rules and ("<" in text or "&" in text):
            out.extend(self._finding("format.html", m.start(), m.end()) for m in _HTML.finditer(text))
        if "format.emoji" in rules and _may_have_emoji(text):
            out.extend(self._finding("format.emoji", m.start(), m.end()) for m in _EMOJI.finditer(text))
        kind = context.kind or "reply"
        limit = policy.length_limits.get(kind, policy.length_limits.get("*"))
        if "length.max" in rules and limit is not None and len(text) > limit:
            out.append(self._too_long("length.max", text, kind, limit, "the limit"))
        else:
            advisory = policy.length_advisories.get(kind, policy.length_advisories.get("*"))
            if "length.long" in rules and advisory is not None and len(text) > advisory:
                out.append(self._too_long("length.long", text, kind, advisory, "the advised maximum"))
        return out

    def _too_long(self, rule: str, text: str, kind: str, limit: int, what: str) -> Finding:
        finding = self._finding(rule, limit, len(text))
        return Finding(
            rule=rule,
            severity=finding.severity,
            message=f"{finding.message} {len(text)} characters, {what} for {kind} is {limit}.",
            start=limit,
            end=len(text),
            suggestion=f"Shorten it by {len(text) - limit} characters.",
            source=finding.source,
        )

    def _attachments(self, context: RuleContext) -> list[Finding]:
        attachments = context.attachments
        if not attachments:
            return []
        limits = self.policy.attachment_limits.get(context.kind or "reply")
        if limits is None:
            return []
        rules = self.policy.rules
        out: list[Finding] = []
        kind = context.kind or "reply"
        if (
            "attachment.count" in rules
            and limits.max_count is not None
            and len(attachments) > limits.max_count
        ):
            out.append(
                self._about("attachment.count", f"{len(attachments)} files; {kind} takes {limits.max_count}")
            )
        total = sum(a.size for a in attachments)
        if (
            "attachment.size" in rules
            and limits.max_total_bytes is not None
            and total > limits.max_total_bytes
        ):
            out.append(
                self._about(
                    "attachment.size", f"{total:,} bytes; {kind} takes {limits.max_total_bytes:,} in total"
                )
            )
        if "attachment.type" in rules and limits.extensions is not None:
            for a in attachments:
                ext = "." + a.filename.rsplit(".", 1)[-1].lower() if "." in a.filename else "(none)"
                if ext not in limits.extensions:
                    listed = ", ".join(sorted(limits.extensions))
                    out.append(self._about("attachment.type", f"{a.filename}: {ext}; {kind} takes {listed}"))
        return out

    def _about(self, rule: str, detail: str) -> Finding:
        finding = self._finding(rule, 0, 0)
        return Finding(
            rule=rule,
            severity=finding.severity,
            message=f"{finding.message} ({detail}).",
            suggestion=finding.suggestion,
            source=finding.source,
        )


_DOTS = re.compile(
    r"\s{0,2}[\(\[\{<]?\s{0,2}(?:dot|punkt|point|punto|ponto|punt|kropka|nokta|точка|tochka|ドット|どっと|点|點|닷|점|נקודה|[.。·•․,])\s{0,2}[\)\]\}>]?\s{0,2}"
)


# Dashes people type between digit groups: the katakana long-vowel mark in "０９０ー１２３４ー５６７８", en dashes,
# minus signs. Read as "-" by the phone detector only (the mark is part of Japanese words everywhere else).
_DASH_BETWEEN_DIGITS = re.compile("(?<=[0-9])[\u2010-\u2015\u2212\u30fc\uff70](?=[0-9])")
# The dashes alone: one C-level scan skips the substitution (whose lookbehind is tried at every position, 2–4 µs a
# message) in the many non-ASCII messages that hold none.
_DASHES = re.compile("[\u2010-\u2015\u2212\u30fc\uff70]")


def _dashes_as_hyphens(low: str) -> str:
    """``low`` with the dashes between two digits made hyphens (same length, so spans stay exact)."""
    if low.isascii() or _DASHES.search(low) is None:
        return low
    return _DASH_BETWEEN_DIGITS.sub("-", low)


def _undisguise(link: str) -> str:
    """ "market (dot) de" -> "market.de", "www mystore com" -> "www.mystore.com" (to test the host)."""
    cleaned = _DOTS.sub(".", link.lower())
    return ".".join(part for part in re.split(r"[.\s]+", cleaned) if part)


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


# A benefit already given is no offer ("ya le enviamos el tornillo", "we already sent", "已经给您寄了").
_ALREADY = re.compile(
    r"\b(?:already|ya|schon|bereits|déjà|già|já|al|już|redan|zaten)\s+(?:\w+\s+)?$|уже\s+$|已经?$|すでに$|이미\s*$"
)


# A change request said to be given "in exchange" (words in :mod:`._phrases_intl`): an incentive by itself.
_IN_EXCHANGE = grouped(IN_EXCHANGE)
_RECIPROCITY = grouped(RECIPROCITY)
#: How far before a change request its "in exchange" is read (its own sentence only; or inside the request: "wir
#: hoffen, dass Sie im Gegenzug …"). 80: "Im Gegenzug würden wir uns sehr freuen, wenn Sie die … Rezension" (batch V).
_EXCHANGE_BEFORE = 80
# A promise bound to a change request by a condition (words in :mod:`._phrases_intl`): the condition stands right
# before the request ("as long as you change …"), the promise earlier in the same sentence.
# Each behind a lookahead for the characters its match can start with (implied by the pattern, so the same matches):
# the engine otherwise tries every branch at every position of the window (violation-dense windows: the promise
# words 36 -> 9 µs a search, the conditions and "in exchange" 4-14 -> 2). The promise words and "in exchange" have
# their alternation grouped by first character too (``dispatched``: the same matches; a search of the promise after
# the request 17.8 -> 9.0 µs); the conditions, which it made slower (2.0 -> 3.5 µs), do not.
# Over the tuning corpus (stop 35): the top mark 539 -> 232 ms behind its lookahead, the edit verbs 554 -> 277, the
# purchase words around a link 1,046 -> 183 grouped too (grouping made the other two slower).
_TIED_CONDITION = re.compile(with_first_chars(TIED_CONDITION))
_TO_TOP = re.compile(with_first_chars(TO_TOP))
_BUY_AT_LINK = grouped(BUY_AT_LINK)
#: How far before a link its sentence is read for a purchase.
_LINK_SENTENCE = 160
_REVIEW_EDIT_VERB = re.compile(with_first_chars(REVIEW_EDIT_VERB))
#: How far before a change request its sentence is read for the top mark it asks for.
_TOP_REACH = 120
_CHANGE_CONDITION = re.compile(with_first_chars(CHANGE_CONDITION))
_CHANGE_CONDITION_AFTER = re.compile(with_first_chars(CHANGE_CONDITION_AFTER))
_PROMISE_AFTER = grouped(PROMISE_AFTER)
_GRANTED_AFTER_CONDITION = re.compile(with_first_chars(GRANTED_AFTER_CONDITION))
_MORE_CHANGE_CONDITIONS = re.compile(MORE_CHANGE_CONDITIONS)
_PROMISE = grouped(PROMISE)
#: A clause break between a promise and a plain "if" unties them ("we'll send a new one; if you like, you could …").
_CLAUSE_MARK = re.compile(r"[,;:、，；：—–]")
#: "… and you …" joining the seller's part of a trade to the buyer's (see :func:`_bargain`), in any language.
_AND_YOU = grouped("|".join(AND_YOU.values()))
_TIED_BEFORE = 30
_TIED_WITHIN = 15  # the condition may open the request's own span ("as soon as you have edited your review")
_PROMISE_BEFORE = 90
#: How close after a change request a promise of a benefit binds to it with no condition word.
_JUXTAPOSED = 25
#: … and a benefit noun, which opens a longer sentence ("le remboursement partiel de 15,90 € pour la housse manquante
#: (commande …) sera effectué dès que …").
_BENEFIT_BEFORE = 200


# Conditions that grammar sets off with a comma (Russian, German, Polish, Swedish, Dutch): "Мы готовы вернуть вам 20 €,
# если вы удалите отзыв" is one promise bound to its condition (blind batch DE), unlike an English "…, if you like, …".
_COMMA_IF = re.compile(
    r"(?:если|когда|как\s+только|wenn|falls|sobald|jeśli|jeżeli|gdy|kiedy|om|när|så\s+snart|als|zodra)\b"
)


def _before_comma(low: str, lo: int, pos: int) -> int:
    """``pos``, or the comma right before it when the condition at ``pos`` is one grammar sets off with a comma."""
    if _COMMA_IF.match(low, pos) is None:
        return pos
    j = pos
    while j > lo and low[j - 1] == " ":
        j -= 1
    return j - 1 if j > lo and low[j - 1] == "," else pos


def _sentence_start(low: str, pos: int, back: int) -> int:
    """Where the sentence holding ``pos`` starts, looking at most ``back`` characters back."""
    lo = max(0, pos - back)
    for mark in _SENTENCE_MARK.finditer(low, lo, pos):
        lo = mark.end()
    return lo


def _bargain(low: str, scan: Scan, start: int, end: int) -> tuple[int, int] | None:
    """The span that makes the review change request at ``start:end`` an incentive too, if any.

    Within one sentence the incentive patterns decide ("… now that the refund is done" is no offer); across
    sentences, and for a promise bound to the request by a condition, this does.
    """
    x = _IN_EXCHANGE.search(low, max(0, start - _EXCHANGE_BEFORE), end)
    if x is not None and _SENTENCE_MARK.search(low, min(x.end(), start), max(x.start(), start)) is None:
        return min(x.start(), start), end
    # a favour returned, in the request's sentence, the one before or the one after (words in :mod:`._phrases_intl`)
    hi = scan.sentence_end(end)
    if hi < len(low):
        hi = scan.sentence_end(hi + 1)
    if _RECIPROCITY.search(low, scan.previous_sentence_start(start), hi) is not None:
        return start, end
    # "we refund you 100 % and you update your review", "le reembolsamos el 100% y usted actualiza su reseña": the
    # seller's part and the buyer's joined by "and you" in one sentence, the trade said as a pair (16 probes, 11 read as
    # a plain change request: tuning batch DN, stop 43)
    s0 = _sentence_start(low, start, _PROMISE_BEFORE)
    joined = None
    for joined in _AND_YOU.finditer(low, s0, start):  # noqa: B007 - the last "and you" before the request
        pass
    if joined is not None and _SENTENCE_MARK.search(low, joined.end(), start) is None:
        b = tables().benefit.search(low, s0, joined.start()) or _PROMISE.search(low, s0, joined.start())
        if b is not None and _ALREADY.search(low, max(0, b.start() - 12), b.start()) is None:
            return b.start(), end
    # "we'll send you a new kettle as soon as you have edited your review": a promise in the same sentence, bound
    # to the change by a condition right before it (a plain "if" or "once it arrives" binds nothing)
    around = max(0, start - _TIED_BEFORE), min(end, start + _TIED_WITHIN)
    any_condition = _CHANGE_CONDITION.search(low, *around)
    c = _TIED_CONDITION.search(low, *around)
    # … or by a plain "if" with nothing between the promise and it: "נשמח להחזיר לך 3 דולר אם תשנה אותה" (batch W)
    plain = c is None
    if plain:
        c = any_condition
    if c is not None:
        p = _PROMISE.search(low, _sentence_start(low, c.start(), _PROMISE_BEFORE), c.start())
        if p is None and not plain:
            # … or the benefit named as a noun, given "as soon as" the review changes: "die Teilerstattung … veranlassen
            # wir, sobald Sie Ihre Rezension angepasst haben", "le remboursement … sera effectué dès que vous aurez
            # retiré votre avis" (batch Z)
            p = tables().benefit.search(low, _sentence_start(low, c.start(), _BENEFIT_BEFORE), c.start())
        if (
            p is not None
            and _SENTENCE_MARK.search(low, c.end(), start) is None
            and _ALREADY.search(low, max(0, p.start() - 12), p.start()) is None
            and not (
                plain
                and _CLAUSE_MARK.search(low, p.end(), _before_comma(low, p.end(), c.start())) is not None
            )
        ):
            return p.start(), end
    # "if you change your review, we will send you a new kettle", "レビューを修正していただき次第、…お送りします":
    # the promise after the request in its sentence, bound by any condition
    a = _PROMISE_AFTER.search(low, end, min(len(low), end + _PROMISE_BEFORE))
    if (
        a is not None
        and _SENTENCE_MARK.search(low, end, a.start()) is None
        and (
            any_condition is not None
            or _CHANGE_CONDITION_AFTER.search(low, max(start, end - 12), min(a.start(), end + _TIED_WITHIN))
            is not None
            # … or a benefit promised right after the request, a clause away ("Prosze usunac opinie, zwrocimy 50%
            # pieniedzy", "Snälla ändra till 5, vi skickar 30% återbetalning": the trade said by juxtaposition)
            or (
                a.start() - end <= _JUXTAPOSED
                and tables().benefit.search(low, a.start(), scan.sentence_end(a.end())) is not None
            )
        )
    ):
        return start, a.end()
    # "Qualora volesse rivedere la valutazione, saremmo lieti di estenderle la garanzia", "Değerlendirmenizi güncellemeniz
    # halinde garantinizi 2 yıl uzatmaktan memnuniyet duyarız": a conditional request and what it earns after it, in its
    # sentence (stop 48 probes)
    if (
        any_condition is not None
        or _MORE_CHANGE_CONDITIONS.search(low, around[0], min(len(low), end + _TIED_WITHIN)) is not None
    ):
        hi = min(scan.sentence_end(end), end + _PROMISE_BEFORE)
        g = tables().benefit.search(low, end, hi) or _GRANTED_AFTER_CONDITION.search(low, end, hi)
        if g is not None and _ALREADY.search(low, max(0, g.start() - 12), g.start()) is None:
            return start, g.end()
    # "Could you delete the review? We will refund the shipping." — a benefit in the next sentence
    m = tables().benefit.search(low, end, min(len(low), end + 90))
    if m is not None and _SENTENCE_MARK.search(low, end, m.start()) is not None:
        return start, m.end()
    # … or an offer made in the sentences before: "We are willing to refund in full. We hope you can consider deleting
    # the comments." (an offer, not a benefit already given — "ya le enviamos": round 7)
    # (two sentences back: "Wir schicken Ihnen kostenlos das Modell in L zu. Die Jacke geht morgen raus. Über ein
    # kleines Update Ihrer Rezension würden wir uns freuen.")
    lo = scan.previous_sentence_start(start)
    if lo > 0:
        lo = scan.previous_sentence_start(lo - 1)
    o = tables().offer.search(low, lo, start)
    if (
        o is not None
        and _SENTENCE_MARK.search(low, o.end(), start) is not None
        and _ALREADY.search(low, max(0, o.start() - 12), o.start()) is None
    ):
        return o.start(), end
    return None


def _firmly_vetoed(rule: str, low: str, scan: Scan) -> bool:
    """Whether the firm veto of ``rule`` (``_vetoes.FIRM_VETOES``) clears every place the message names a review: what
    the phrase tables would have cleared had one matched there ("Vimos que actualizaste tu valoración, ¡muchas
    gracias!" thanks the buyer for a change of their own), so the model does not report it in their stead."""
    firm = FIRM_VETOES.get(rule)
    if firm is None:
        return False
    words = _review_model.gate_words().intersection(scan.present)
    spans: list[tuple[int, int]] = []
    for word in words:
        i = low.find(word)
        while i != -1 and len(spans) <= _MAX_REVIEW_WORDS:
            spans.append((i, i + len(word)))
            i = low.find(word, i + 1)
    return 0 < len(spans) <= _MAX_REVIEW_WORDS and all(firm(low, start, end) for start, end in spans)


def _bad_review_threatened(scan: Scan) -> bool:
    """Whether the message threatens a consequence for a bad review yet to come ("si un commentaire négatif est publié,
    on ne pourra pas traiter votre remboursement"): it asks no change of a review given, whatever the model reads in
    its review and refund words (tuning dm-en-010, dm-fr-013, stop 45)."""
    from ._review_concepts import BAD_REVIEW_THREAT  # built with the phrase tables, on the first check

    return bool(BAD_REVIEW_THREAT.finditer(scan))


def _refund_given_only(low: str) -> bool:
    """Whether the message's refund is one already made and nothing is promised besides ("Wir haben Ihnen den vollen
    Betrag erstattet. Könnten Sie Ihre Bewertung entfernen?"): the model reads refund and removal side by side as a
    trade, the corpora and the policy's "in exchange for" call it a change request only (blind batch EG, stop 44)."""
    return (
        _REFUNDED_ALREADY.search(low) is not None
        and _PROMISE_AFTER.search(low) is None
        # (unless the change is asked in return: "le abbiamo rimborsato 10 € … di conseguenza, volesse rimuovere")
        and _IN_EXCHANGE.search(low) is None
        and _CONSEQUENTLY.search(low) is None
    )


_REFUNDED_ALREADY = grouped(REFUNDED_ALREADY)
_CONSEQUENTLY = grouped(CONSEQUENTLY)
#: More review words than this in one message: too many places to clear one by one, the model's reading stands.
_MAX_REVIEW_WORDS = 8


class _PhraseIndex:
    """A policy's phrase families, looked up from the anchors a message holds.

    Each anchor maps to the phrases (numbered in family order) it belongs to, so a message costs one dict
    lookup per anchor found instead of a set test per family and per phrase; the phrases then run in family
    order, so the rules come out in the order the families give them.
    """

    __slots__ = ("by_anchor", "chosen", "needs", "phrases", "relevant")

    def __init__(self, families: tuple[Family, ...]) -> None:
        self.phrases = tuple((f.rule, p) for f in families for p in f.phrases)
        by_anchor: dict[str, list[int]] = {}
        for i, (_rule, phrase) in enumerate(self.phrases):
            for anchor in phrase.anchor_set:
                by_anchor.setdefault(anchor, []).append(i)
        self.by_anchor = {anchor: tuple(ixs) for anchor, ixs in by_anchor.items()}
        # A phrase with :attr:`Phrase.needs` can match only when the text holds one of those literals: tested in the
        # loop, before the call (on the typical set, five of the ten phrases a message's anchors open stop there):
        # one ``isdisjoint`` a phrase opened, where looking the phrases up by the literals the message holds cost an
        # intersection and a union per literal (the phrases' spans 20.6 -> 20.1 µs a typical message).
        self.needs = tuple(phrase.needs for _rule, phrase in self.phrases)
        #: What of :attr:`Scan.present` decides which phrases run and with which plan: the anchors with phrases and
        #: the phrases' word literals.
        self.relevant = frozenset(self.by_anchor).union(
            *(phrase.word_literals for _rule, phrase in self.phrases)
        )
        #: Those of :attr:`relevant` a text holds -> the phrases to run, each with its plan (see :meth:`_choose`).
        #: Vocabulary recurs, like the plans of each phrase (bounded: cleared when full).
        self.chosen: dict[frozenset[str], tuple[tuple[str, Phrase, Plan], ...]] = {}

    def spans(self, scan: Scan) -> dict[str, list[tuple[int, int]]]:
        """rule -> the spans its phrases match in the scanned text (each once)."""
        # The phrases opened, their ``needs`` and their plans depend only on the relevant part of the message's
        # anchors and word literals: worked out once per such part (typical set: 9.5 phrases opened a message,
        # 3.1 of them with a plan), the rest of the message's work (``in`` tests, windows, searches) per message.
        key = self.relevant.intersection(scan.present)
        picked = self.chosen.get(key)
        if picked is None:
            picked = self._choose(key)
        if not picked:
            return {}
        by_rule: dict[str, set[tuple[int, int]]] = {}
        for rule, phrase, plan in picked:
            found = phrase.matched(scan, plan)
            if found:
                by_rule.setdefault(rule, set()).update(found)
        return {rule: sorted(found) for rule, found in by_rule.items()}

    def _choose(self, present: frozenset[str]) -> tuple[tuple[str, Phrase, Plan], ...]:
        """The phrases a text holding ``present`` (of :attr:`relevant`) opens, in family order, each with its plan,
        those left without a pattern to run dropped."""
        by_anchor = self.by_anchor
        picked = []
        common = by_anchor.keys() & present
        if common:
            needs = self.needs
            for i in sorted(set().union(*map(by_anchor.__getitem__, common))):
                need = needs[i]
                if need is not None and need.isdisjoint(present):
                    continue
                rule, phrase = self.phrases[i]
                plan = phrase.plan(present)
                if plan:
                    picked.append((rule, phrase, plan))
        chosen = self.chosen
        if len(chosen) >= _MAX_CHOSEN:
            chosen.clear()  # a pathological stream of vocabularies: start over rather than grow without bound
        found = chosen[present] = tuple(picked)
        return found


#: How many anchor choices :class:`_PhraseIndex` remembers the phrases of.
_MAX_CHOSEN = 4096


def _keep(by_rule: dict[str, list[tuple[int, int]]], rule: str, spans: list[tuple[int, int]]) -> None:
    """``rule``'s spans narrowed to ``spans``; the rule dropped when none is left."""
    if spans:
        by_rule[rule] = spans
    else:
        by_rule.pop(rule, None)


#: How far after a review-change match the platform's system is looked for as who acted ("отзыв удалила сама система
#: AliExpress").
_AGENT_REACH = 30
#: How far around a payment match "<platform>で直接" is looked for.
_DIRECT_REACH = 24


def _direct_on_platform(names: Sequence[str]) -> re.Pattern[str]:
    """The platform named as where the direct act happens, right before or after the direct word: "<platform>で直接",
    "<platform>에서 직접", "在<platform>直接", "直接在<platform>", "directly on <platform>", "direkt über <platform>" — or
    "directly here", in the platform's own chat."""
    named = "(?:" + "|".join(re.escape(n.lower()) for n in names) + ")"
    return re.compile(
        rf"{named}\s*(?:で|から|にて|에서|上|平台上?)\s*(?:直接|じかに|직접)|(?:直接|직접)\s*(?:在|于|於)\s*{named}|"
        rf"\b(?:direct(?:ly)?\s+(?:on|at|through|via|from)|direkt\s+(?:bei|über|auf|von|på|via)|directement\s+(?:sur|via|par)|"
        rf"directamente\s+(?:en|por|a\s+trav[eé]s\s+de)|direttamente\s+(?:su|tramite|da)|diretamente\s+(?:n[ao]|pel[ao])|"
        rf"rechtstreeks\s+(?:op|via|bij)|bezpośrednio\s+(?:na|przez|w\s+aplikacji)|напрямую\s+(?:на|через))\s+{named}|"
        rf"{named}\s*(?:üzerinden|'?(?:dan|den|tan|ten))\s+doğrudan|"
        # "directly here", the platform's own chat or listing ("אפשר להזמין ישירות כאן": blind batch EF, stop 44)
        r"\bdirect(?:ly)?\s+here\b|\bdirekt\s+hier\b|\bdirectement\s+ici\b|\bdirectamente\s+aqu[ií]\b|\bdirettamente\s+qui\b|"
        r"\bdiretamente\s+aqui\b|\brechtstreeks\s+hier\b|\bbezpośrednio\s+tutaj\b|\bdirekt\s+här\b|doğrudan\s+buradan|"
        r"прямо\s+здесь|مباشرة\s+هنا|ישירות\s+כאן"
    )


def _done_on_platform(direct: re.Pattern[str], low: str, start: int, end: int) -> bool:
    """Whether the payment match's direct word is one done on the platform: the platform-named construction overlaps
    the match at its start ("[直接ご注文]" after "<platform>で") or its end ("… 아마존에서 [직접 주문]"), not somewhere
    inside a longer diversion ("<platform>で直接買わずに、当店サイトで …")."""
    for m in direct.finditer(low, max(0, start - _DIRECT_REACH), min(len(low), end + _DIRECT_REACH)):
        if (
            m.start() < end
            and m.end() > start
            and (m.end() <= start + 4 or m.end() >= end - 8 or m.start() >= start)
        ):
            return True
    return False


def _mapped(finding: Finding, where: Sequence[int], size: int) -> Finding:
    """``finding`` on the text read without its invisible characters, with its span on the text as sent."""
    if finding.start == finding.end:
        at = where[finding.start] if finding.start < len(where) else size
        return replace(finding, start=at, end=at) if finding.start else finding
    return replace(finding, start=where[finding.start], end=where[finding.end - 1] + 1)


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping matches of one rule (two phrasings of the same request) as one finding."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class _Taken:
    """Disjoint spans already reported, sorted: an overlap test is a binary search (a megabyte of findings
    must not make the check quadratic)."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before ``end``; the last of them ends latest
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
