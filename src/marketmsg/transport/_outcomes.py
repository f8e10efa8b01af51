"""What an HTTP status proves about a send: the outcome table (status × platform × send kind → outcome), as data.

A send (a buyer-visible message, a dispute action) is non-idempotent: sending it twice reaches the buyer twice.
So an answer is read for what it *proves*, not what it suggests:

* ``RETRY``   — the platform provably did not process it and says it will later (a throttle): retried, and if
  the retries run out, the error is raised and the outbox entry is FAILED (nothing was sent);
* ``FAILED``  — the platform provably refused it (a 4xx that means "not applied"): raised, outbox FAILED, safe to
  send again once fixed;
* ``UNKNOWN`` — anything that does not prove "not processed" (408, 409, every 5xx the platform does not document
  as pre-processing, 1xx, most 3xx, unassigned codes): :class:`~marketmsg.DeliveryUnknown`, outbox UNKNOWN until
  reconciled — never FAILED, which would allow a resend;
* ``SENT``    — 2xx: processed (the adapter's response boundary still checks the body confirms it).

Each adapter declares its platform's :class:`SendOutcomes` (``Adapter.send_outcomes``) with the source of every
rule beside it; :data:`GENERIC_SEND_RULES` is the RFC-based default. Reads keep their retry semantics (a read
may be repeated): this table is consulted for non-idempotent calls only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "GENERIC_SEND_OUTCOMES",
    "GENERIC_SEND_RULES",
    "Outcome",
    "OutcomeRule",
    "SendOutcomes",
    "platform_rules",
    "rule",
]


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class OutcomeRule:
    """``statuses`` answered to a send mean ``outcome``; ``source`` says who says so."""

    statuses: frozenset[int]
    outcome: Outcome
    source: str


def rule(statuses: Iterable[int], outcome: Outcome, source: str) -> OutcomeRule:
    return OutcomeRule(frozenset(statuses), outcome, source)


# RFC 9110 §15.5 client errors whose definition says the request was not applied (refused, not understood, not
# allowed, precondition false — "MUST NOT perform the method", §13.1), plus RFC 4918's 423/424. Left out on
# purpose, so they stay UNKNOWN: 402 (reserved), 406 (the action may have run, only no acceptable
# representation exists), 408 (a proxy may have forwarded it), 409 (often "already done"), 416/418 (meaningless
# for a POST), and every unassigned or vendor code (nginx 499: the upstream may have processed it).
_REFUSED = frozenset(
    {400, 401, 403, 404, 405, 407, 410, 411, 412, 413, 414, 415, 417, 421, 422, 423, 424, 426, 428, 431, 451}
)

#: The RFC-based default for a platform that documents nothing more. 503 is *not* in it: proxies answer 503
#: when the upstream reset after the request was forwarded (Envoy's "upstream connect error or disconnect/reset
#: before headers"), so only a platform that documents its 503 as pre-processing may list it as RETRY.
GENERIC_SEND_RULES: tuple[OutcomeRule, ...] = (
    rule(range(200, 300), Outcome.SENT, "RFC 9110 §15.3: received, understood and accepted"),
    rule(
        (307, 308),
        Outcome.FAILED,
        "RFC 9110 §15.4.8/§15.4.9: the target resource resides under another URI, so the request was not "
        "applied here; the driver never follows a redirect",
    ),
    rule(
        (425,),
        Outcome.RETRY,
        "RFC 8470 §5.2: the server is unwilling to risk processing the request; the client is expected to retry",
    ),
    rule(
        (429,),
        Outcome.RETRY,
        "RFC 6585 §4: too many requests — a throttle answers before the request is processed",
    ),
    rule(_REFUSED, Outcome.FAILED, "RFC 9110 §15.5 / RFC 4918 §11: refused, the request was not applied"),
)


@dataclass(frozen=True)
class SendOutcomes:
    """A platform's outcome table for sends: first matching rule wins, per-kind rules before the platform's.

    ``kinds`` maps each send operation to its kind (``"message"``, ``"dispute_action"``, …); a kind may
    override statuses in ``by_kind`` (with its own source). A status no rule lists is ``UNKNOWN``.
    """

    platform: str
    rules: tuple[OutcomeRule, ...] = GENERIC_SEND_RULES
    kinds: Mapping[str, str] = field(default_factory=dict)
    by_kind: Mapping[str, tuple[OutcomeRule, ...]] = field(default_factory=dict)

    def kind_of(self, operation: str | None) -> str:
        return self.kinds.get(operation or "", "message")

    def rule_for(self, status: int, operation: str | None = None) -> OutcomeRule | None:
        for candidate in (*self.by_kind.get(self.kind_of(operation), ()), *self.rules):
            if status in candidate.statuses:
                return candidate
        return None

    def outcome(self, status: int, operation: str | None = None) -> Outcome:
        """What ``status`` answered to the send ``operation`` proves."""
        found = self.rule_for(status, operation)
        return Outcome.UNKNOWN if found is None else found.outcome

    def send_kinds(self) -> tuple[str, ...]:
        """Every kind this table knows (``"message"`` at least), for docs and table-driven tests."""
        return tuple(sorted({"message", *self.kinds.values(), *self.by_kind}))


def platform_rules(*extra: OutcomeRule) -> tuple[OutcomeRule, ...]:
    """A platform's rules: its own (checked first, with their sources), then the generic ones."""
    return (*extra, *GENERIC_SEND_RULES)


GENERIC_SEND_OUTCOMES = SendOutcomes(platform="generic")
