"""What a rule check returns, and what a platform's rule pack provides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from ..models import ALL_ORDER_FACTS, Account, Attachment, Capability, Dispute, OrderContext, OrderFact

if TYPE_CHECKING:
    from ..adapter import DisputeAction

__all__ = [
    "NEED_EVERYTHING",
    "DisputeActionRules",
    "FactNeed",
    "Finding",
    "Report",
    "RuleContext",
    "RulePack",
    "Severity",
]

Severity = Literal["block", "warn"]


@dataclass(frozen=True)
class Finding:
    """One rule hit: which rule, how bad, where in the text (``start``/``end``), why, and how to fix it."""

    rule: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    suggestion: str | None = None
    source: str | None = None

    @property
    def blocks(self) -> bool:
        """True for a blocking finding."""
        return self.severity == "block"


@dataclass(frozen=True)
class Report:
    """The result of a check. ``blocked`` is true when any finding blocks."""

    text: str
    findings: tuple[Finding, ...] = ()

    @property
    def blocked(self) -> bool:
        return any(f.severity == "block" for f in self.findings)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warn")

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "block")


@dataclass(frozen=True)
class RuleContext:
    """What a content or capability rule may look at besides the text.

    ``now`` is the instant the send happens (the client passes its clock's time, so tests control it);
    ``None`` means the system clock. ``external_contact_allowed`` is set only for the off-platform protocol's
    notice (see :mod:`marketmsg.offplatform`); it lifts the contact-detail rules and nothing else.
    ``attachments`` are the files sent with the message (their count, size and type are checked against the
    kind's published limits).
    ``account`` gives packs the account's non-secret settings (e.g. when a messaging channel closes).
    ``order_id`` is the order the message is about (known even when no order facts were read for it).
    """

    platform: str
    locale: str | None = None
    kind: str | None = None
    order: OrderContext | None = None
    capability: Capability | None = None
    critical: bool = False
    external_contact_allowed: bool = False
    now: datetime | None = None
    account: Account | None = None
    order_id: str | None = None
    attachments: tuple[Attachment, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FactNeed:
    """What one rule needs to judge a send: order fact classes, and whether it reads the platform's capability.

    The client reads exactly the union of what the rules of a send need (from its cache when fresh), so a rule
    that declares nothing costs no platform call. ``rule`` names the rule in errors ("rule X needs the order's
    fulfilment, and the platform could not be reached").
    """

    rule: str
    facts: frozenset[OrderFact] = frozenset()
    capability: bool = False


#: What the client assumes for a rule pack that does not say (one written for contract version 1).
NEED_EVERYTHING = (FactNeed("rule pack without facts_needed", ALL_ORDER_FACTS, capability=True),)


@runtime_checkable
class RulePack(Protocol):
    """A platform's rules. Adapters expose one as ``Adapter.rule_pack``; the core never names a platform.

    Every check is pure (no I/O): what a rule needs from the platform it declares in :meth:`facts_needed`, and the
    client reads it before the checks run. A send's order: ``facts_needed`` → ``check_content`` (blocking
    findings only, before any I/O) → the reads declared → ``check_content`` and ``check_send`` with the facts →
    the adapter's send hook. Each finding cites its source (``Finding.source``).
    """

    platform: str

    def check_content(self, text: str, context: RuleContext) -> Sequence[Finding]:
        """Findings on the text of a message about to be sent (``context.kind``: ``"reply"``, a proactive kind,
        or None for a bare check).

        Called twice per send: first before any I/O with no order facts (only its blocking findings count there,
        so a message that can never be sent costs no request), then with the facts :meth:`facts_needed` asked
        for — unless the pack has the optional ``content_inputs(context)`` method, returning everything of the
        context this method reads (comparable with ``==``; for the core's ``ContentRules``, its ``inputs``), and
        it returns equal values for both contexts: then the first findings are reused. Also behind
        ``marketmsg check`` and :func:`marketmsg.rules.check` (no facts at all). Must not assume facts it did not
        declare. Cost: none (pure).
        """
        ...

    def check_send(self, context: RuleContext) -> Sequence[Finding]:
        """Findings on sending this kind of message for this order now (capability rules).

        Called once per send, after the declared order facts and capability were read (``context.order``,
        ``context.capability``; None when not declared or not offered by the adapter). Cost: none (pure).
        """
        ...

    def facts_needed(self, text: str | None, context: RuleContext) -> Sequence[FactNeed]:
        """What the rules that apply to sending ``text`` as ``context.kind`` need to read first.

        Called before any I/O with a context that has no order facts yet (``order_id`` and ``kind`` are set).
        Return nothing when no rule of this send looks at order facts or the capability: the send then costs
        no read at all. Every fact a rule reads in ``check_content``/``check_send`` must be declared here —
        an undeclared fact is simply absent (its field keeps the default).
        """
        ...


@runtime_checkable
class DisputeActionRules(Protocol):
    """What a rule pack of a platform with dispute actions adds (optional: the client looks for the method).

    ``client.disputes.act()`` calls it with the dispute as it is now, before any action request: a blocking
    finding refuses the action with :class:`marketmsg.DisputeActionRefused`. Rules look at the dispute's state,
    its deadlines (``context.now``) and the action (a refund within the order amount, in the order's currency).
    """

    def check_dispute_action(
        self, dispute: Dispute, action: DisputeAction, context: RuleContext
    ) -> Sequence[Finding]:
        """Findings on taking ``action`` on ``dispute`` at ``context.now``.

        The client has read the dispute (the adapter's own ``get_dispute`` answer); a blocking finding refuses the
        action before its request. Cost: none (pure).
        """
        ...
