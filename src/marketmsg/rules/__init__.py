"""Platform rules: content checks, capability rules, deadlines. Pure functions over the unified model.

Each platform's rules are data in its adapter's rule pack, every number and pattern citing its source.

>>> from marketmsg.rules import check
>>> check("Write me at bob@example.com", platform="amazon").blocked  # doctest: +SKIP
True
"""

import typing as _typing

from .._lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._allowance import allow_external_contact, external_contact_allowed_for
    from ._content import RULE_TEXT, ContentPolicy, ContentRules, RuleSetting, region_for_locale
    from ._deadlines import (
        AMAZON_ATOZ_RESPONSE,
        AMAZON_RESPONSE_SLA,
        DeadlineRule,
        atoz_response_due,
        parse_platform_local,
        response_due,
        time_left,
    )
    from ._engine import check, evaluate, rule_pack_for
    from ._hosts import CARRIER_TRACKING_HOSTS
    from ._types import NEED_EVERYTHING, FactNeed, Finding, Report, RuleContext, RulePack, Severity

__all__ = [
    "AMAZON_ATOZ_RESPONSE",
    "AMAZON_RESPONSE_SLA",
    "CARRIER_TRACKING_HOSTS",
    "NEED_EVERYTHING",
    "RULE_TEXT",
    "ContentPolicy",
    "ContentRules",
    "DeadlineRule",
    "FactNeed",
    "Finding",
    "Report",
    "RuleContext",
    "RulePack",
    "RuleSetting",
    "Severity",
    "allow_external_contact",
    "atoz_response_due",
    "check",
    "evaluate",
    "external_contact_allowed_for",
    "parse_platform_local",
    "region_for_locale",
    "response_due",
    "rule_pack_for",
    "time_left",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._allowance": ("allow_external_contact", "external_contact_allowed_for"),
        "._content": ("RULE_TEXT", "ContentPolicy", "ContentRules", "RuleSetting", "region_for_locale"),
        "._deadlines": (
            "AMAZON_ATOZ_RESPONSE",
            "AMAZON_RESPONSE_SLA",
            "DeadlineRule",
            "atoz_response_due",
            "parse_platform_local",
            "response_due",
            "time_left",
        ),
        "._engine": ("check", "evaluate", "rule_pack_for"),
        "._hosts": ("CARRIER_TRACKING_HOSTS",),
        "._types": (
            "NEED_EVERYTHING",
            "FactNeed",
            "Finding",
            "Report",
            "RuleContext",
            "RulePack",
            "Severity",
        ),
    },
)
