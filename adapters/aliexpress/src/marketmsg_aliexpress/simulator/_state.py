"""The simulator's data: sellers, tokens, IM sessions, station letters and issues with their state machine.

Dispute transitions follow aliexpress.md §4.3: a buyer request waits for the seller (``WAIT_SOLUTION_TIMEOUT``
5 Pacific calendar days after the buyer opens or modifies it), a seller counter-proposal waits for the buyer,
the buyer refuses (and thereby modifies: the seller's 5 days restart), a solution is agreed (``reached``,
refund → ``refund_success``; return → ``wait_for_buyer_return``), or the dispute escalates to AliExpress.
Deadlines are computed here independently of the client's timeline module (the simulator must not share the
client's assumptions).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["SimIssue", "SimLetter", "SimState", "pacific", "plus_pacific_days"]

_LA = ZoneInfo("America/Los_Angeles")
SELLER_RESPONSE_DAYS = 5  # aliexpress.md §5
AUTO_ESCALATION_DAY = 16  # aliexpress.md §5: automatic escalation from day 16
NO_AUTO_ESCALATION = (  # already escalated, or in the return stage
    "wait_for_AE_feedback",
    "wait_ae_final_feedback",
    "wait_for_final_solution",
    "wait_for_buyer_return",
)


def pacific(value: datetime | None) -> str | None:
    """The platform's wire format for instants: Pacific wall time."""
    return value.astimezone(_LA).strftime("%Y-%m-%d %H:%M:%S") if value else None


def plus_pacific_days(start: datetime, days: int) -> datetime:
    local = start.astimezone(_LA).replace(tzinfo=None) + timedelta(days=days)
    return local.replace(tzinfo=_LA).astimezone(UTC)


@dataclass
class SimIssue:
    id: str
    seller: str
    order_id: str
    buyer_login_id: str
    reason: str
    opened_at: datetime
    modified_at: datetime
    amount: str
    currency: str
    product_name: str
    status: str = "processing"
    reverse: str = "wait_for_seller_response"
    timeout_type: str | None = "WAIT_SOLUTION_TIMEOUT"
    timeout_at: datetime | None = None
    buyer_solutions: list[dict[str, Any]] = field(default_factory=list)
    seller_solutions: list[dict[str, Any]] = field(default_factory=list)
    platform_solutions: list[dict[str, Any]] = field(default_factory=list)
    process: list[dict[str, Any]] = field(default_factory=list)

    def solutions(self) -> list[dict[str, Any]]:
        return self.buyer_solutions + self.seller_solutions + self.platform_solutions


@dataclass
class SimLetter:
    channel_id: str
    seller: str
    buyer_login_id: str
    buyer_name: str
    order_id: str | None
    messages: list[dict[str, Any]] = field(default_factory=list)
    unread: int = 0
    deal_stat: str = "0"
    rank: str = "0"


class SimState:
    """All seeded data; every mutation happens under the gateway's lock."""

    def __init__(self, now: datetime) -> None:
        self._ids = itertools.count(1001)
        self.now = now
        self.issues: dict[str, SimIssue] = {}
        # seller → buyer id → {"login": str, "messages": [...]}
        self.im: dict[str, dict[str, dict[str, Any]]] = {}
        self.letters: dict[str, SimLetter] = {}
        self.uploads: list[tuple[str, bytes]] = []
        # order id → (seller, buyer login, destination country, created)
        self.orders: dict[str, tuple[str, str, str, datetime]] = {}

    def add_order(self, order_id: str, seller: str, buyer: str, at: datetime) -> None:
        country = buyer[:2].upper() if buyer[:2].isalpha() else "US"  # seeded logins start with the country
        self.orders.setdefault(order_id, (seller, buyer, country, at - timedelta(days=12)))

    def next_id(self) -> str:
        return str(next(self._ids))

    # ------------------------------------------------------------------ IM

    def add_im(
        self,
        seller: str,
        buyer_id: str,
        login: str,
        from_buyer: bool,
        text: str,
        at: datetime,
        template: int = 1,
        content: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        session = self.im.setdefault(seller, {}).setdefault(
            buyer_id, {"login": login, "messages": [], "unread": 0}
        )
        message = {
            "message_id": f"m{self.next_id()}",
            "from_account_id": buyer_id if from_buyer else seller,
            "from_account_type": 11 if from_buyer else 12,
            "to_account_id": seller if from_buyer else buyer_id,
            "to_account_type": 12 if from_buyer else 11,
            "template_id": template,
            "type": 1,
            "content": json.dumps(content if content is not None else {"txt": text}, ensure_ascii=False),
            "send_time": int(at.timestamp() * 1000),
        }
        session["messages"].append(message)
        session["unread"] = session["unread"] + 1 if from_buyer else 0
        return message

    # ------------------------------------------------------------------ letters

    def add_letter(self, letter: SimLetter, from_buyer: bool, text: str, at: datetime) -> dict[str, Any]:
        self.letters.setdefault(letter.channel_id, letter)
        if letter.order_id:
            self.add_order(letter.order_id, letter.seller, letter.buyer_login_id, at)
        sender = letter.buyer_login_id if from_buyer else letter.seller
        message = {
            "id": self.next_id(),
            "content": text,
            "gmt_create": at,
            "message_type": "order" if letter.order_id else "member",
            "extern_id": letter.order_id or "",
            "sender_ali_id": f"ali-{sender}",
            "sender_name": letter.buyer_name if from_buyer else "Store",
            "summary": {"sender_login_id": sender, "order_url": None},
            "from_buyer": from_buyer,
        }
        letter.messages.append(message)
        letter.unread = letter.unread + 1 if from_buyer else letter.unread
        return message

    # ------------------------------------------------------------------ issues

    def _process(
        self,
        issue: SimIssue,
        who: str,
        action: str,
        content: str,
        at: datetime,
        attachments: list[dict[str, Any]] | None = None,
    ) -> None:
        issue.process.append(
            {
                "action_type": action,
                "content": content,
                "gmt_create": at,
                "submit_member_type": who,
                "receive_goods": False,
                "attachments": attachments or [],
            }
        )

    def open_issue(
        self,
        seller: str,
        order_id: str,
        buyer: str,
        amount: str,
        currency: str,
        reason: str,
        at: datetime,
        solution_type: str = "refund",
        product: str = "Wireless earbuds",
    ) -> SimIssue:
        issue = SimIssue(
            id=self.next_id(),
            seller=seller,
            order_id=order_id,
            buyer_login_id=buyer,
            reason=reason,
            opened_at=at,
            modified_at=at,
            amount=amount,
            currency=currency,
            product_name=product,
            timeout_at=plus_pacific_days(at, SELLER_RESPONSE_DAYS),
        )
        issue.buyer_solutions.append(
            self._solution(issue, "buyer", solution_type, amount, currency, reason, at, "wait_seller_accept")
        )
        self._process(issue, "buyer", "initiate", reason, at)
        self.issues[issue.id] = issue
        self.add_order(order_id, seller, buyer, at)
        return issue

    def _solution(
        self,
        issue: SimIssue,
        owner: str,
        kind: str,
        amount: str,
        currency: str,
        content: str,
        at: datetime,
        status: str,
    ) -> dict[str, Any]:
        return {
            "id": self.next_id(),
            "issue_id": issue.id,
            "order_id": issue.order_id,
            "solution_type": kind,
            "solution_owner": owner,
            "status": status,
            "is_default": owner == "buyer",
            "content": content,
            "refund_money": amount,
            "refund_money_currency": currency,
            "refund_money_post": amount,
            "refund_money_post_currency": "USD",
            "logistics_fee_amount": "0.00",
            "logistics_fee_amount_currency": currency,
            "logistics_fee_bear_role": "seller",
            "reached_type": None,
            "reached_time": None,
            "gmt_create": at,
            "gmt_modified": at,
            "version": 1,
        }

    def seller_propose(self, issue: SimIssue, dto: dict[str, Any], at: datetime) -> None:
        kind = str(dto.get("add_solution_type") or "refund")
        amount, currency = (
            str(dto.get("refund_amount")),
            str(dto.get("refund_amount_currency") or issue.currency),
        )
        if str(dto.get("add_seller_solution")).lower() == "true":
            solution = self._solution(
                issue,
                "seller",
                kind,
                amount,
                currency,
                str(dto.get("solution_context") or ""),
                at,
                "wait_buyer_accept",
            )
            issue.seller_solutions.append(solution)
            self._process(issue, "seller", "seller_create_solution", solution["content"], at)
        else:
            target = next(
                s for s in issue.seller_solutions if s["id"] == str(dto.get("modify_seller_solution_id"))
            )
            target.update(
                solution_type=kind,
                refund_money=amount,
                refund_money_currency=currency,
                content=str(dto.get("solution_context") or ""),
                gmt_modified=at,
                status="wait_buyer_accept",
                version=target["version"] + 1,
            )
            self._process(issue, "seller", "seller_modify_solution", target["content"], at)
        issue.reverse, issue.timeout_type, issue.timeout_at, issue.modified_at = (
            "wait_for_buyer_response",
            None,
            None,
            at,
        )

    def buyer_refuse(
        self, issue: SimIssue, at: datetime, message: str = "I do not accept this offer"
    ) -> None:
        """The buyer refuses the seller's proposals and modifies their own request: the seller's 5 days restart."""
        for solution in issue.seller_solutions:
            if solution["status"] == "wait_buyer_accept":
                solution["status"], solution["gmt_modified"] = "buyer_refused", at
        for solution in issue.buyer_solutions:
            if solution["status"] == "wait_seller_accept":
                solution["gmt_modified"] = at
        self._process(issue, "buyer", "buyer_refuse", message, at)
        issue.reverse, issue.timeout_type = "wait_for_seller_response", "WAIT_SOLUTION_TIMEOUT"
        issue.timeout_at, issue.modified_at = plus_pacific_days(at, SELLER_RESPONSE_DAYS), at

    def reach(self, issue: SimIssue, solution: dict[str, Any], who: str, at: datetime) -> None:
        solution.update(
            status="reached", reached_type="negotiation_consensus", reached_time=at, gmt_modified=at
        )
        solution[f"{who}_accept_time"] = at
        self._process(issue, who, f"{who}_accept", f"{who} accepted solution {solution['id']}", at)
        if solution["solution_type"] == "return_and_refund":
            issue.reverse, issue.timeout_type, issue.timeout_at = "wait_for_buyer_return", None, None
        else:
            issue.status, issue.reverse, issue.timeout_type, issue.timeout_at = (
                "finish",
                "refund_success",
                None,
                None,
            )
        issue.modified_at = at

    def tick(self, now: datetime) -> None:
        """Time-driven transitions (aliexpress.md §5): an unanswered buyer request executes when the seller's
        countdown runs out (``seller_reponse_timeout``, sic); a dispute still open on day 16 escalates."""
        for issue in self.issues.values():
            if issue.status != "processing":
                continue
            if (
                issue.reverse == "wait_for_seller_response"
                and issue.timeout_at is not None
                and issue.timeout_at <= now
            ):
                pending = [s for s in issue.buyer_solutions if s["status"] == "wait_seller_accept"]
                if pending:
                    self.reach(issue, pending[-1], "system", issue.timeout_at)
                    pending[-1]["reached_type"] = "seller_reponse_timeout"
                    continue
            escalation = plus_pacific_days(issue.opened_at, AUTO_ESCALATION_DAY - 1)
            if escalation <= now and issue.reverse not in NO_AUTO_ESCALATION:
                self._process(
                    issue, "system", "initiate", "No agreement: escalated to AliExpress", escalation
                )
                issue.reverse, issue.timeout_type, issue.timeout_at = "wait_for_AE_feedback", None, None
                issue.modified_at = escalation

    def escalate(self, issue: SimIssue, at: datetime) -> None:
        self._process(issue, "buyer", "initiate", "The buyer escalated the dispute to AliExpress", at)
        issue.reverse, issue.timeout_type, issue.timeout_at, issue.modified_at = (
            "wait_for_AE_feedback",
            None,
            None,
            at,
        )

    def add_evidence(self, issue: SimIssue, path: str, at: datetime) -> None:
        attachment = {"file_path": path, "owner": "seller", "gmt_create": at, "issue_process_id": None}
        self._process(
            issue, "seller", "seller_modify_solution", "The seller uploaded evidence", at, [attachment]
        )
        issue.modified_at = at


def seed(state: SimState, sellers: dict[str, str], now: datetime) -> None:
    """Conversations and open disputes for the sandbox accounts (``sellers``: seller id → messaging API)."""
    im_seller = next(s for s, api in sellers.items() if api == "im")
    letter_seller = next(s for s, api in sellers.items() if api == "station_letter")
    h = timedelta(hours=1)
    texts = [
        ("2000000001", "us1234001", "Hello, my order has not arrived yet. Can you check the tracking?"),
        ("2000000002", "de5550012", "Hallo, ist die Größe M noch verfügbar?"),
        ("2000000003", "br7770033", "Olá, o produto chegou com defeito. O que devo fazer?"),
        ("2000000004", "fr8880044", "Bonjour, pouvez-vous envoyer une facture ?"),
    ]
    for i, (buyer, login, text) in enumerate(texts):
        at = now - (i + 1) * h
        if i % 2:
            state.add_im(im_seller, buyer, login, True, "Hi, I just placed an order.", at - 30 * h)
            state.add_im(im_seller, buyer, login, False, "Thank you! We ship within 2 days.", at - 29 * h)
        state.add_im(im_seller, buyer, login, True, text, at)
    letters = [
        ("ch-3001", "es2220001", "Lucia", "8100000001", "Where is my package? It has been 20 days."),
        ("ch-3002", "pl3330002", "Piotr", "8100000002", "Czy mogę zmienić adres dostawy?"),
        ("ch-3003", "us4440003", "Mark", None, "Do you sell this in blue?"),
    ]
    for i, (channel, login, name, order, text) in enumerate(letters):
        letter = SimLetter(channel, letter_seller, login, name, order)
        state.add_letter(letter, True, text, now - (i + 1) * 90 * timedelta(minutes=1))
    state.add_letter(
        state.letters["ch-3003"],
        False,
        "Yes, blue is available in sizes S to XL.",
        now - 30 * timedelta(minutes=1),
    )
    for seller in (im_seller, letter_seller):
        fresh = state.open_issue(
            seller,
            f"30{seller[-4:]}001",
            "us9990001",
            "12.50",
            "USD",
            "Item not received",
            now - timedelta(days=2),
        )
        countered = state.open_issue(
            seller,
            f"30{seller[-4:]}002",
            "ru9990002",
            "40.00",
            "USD",
            "Item not as described",
            now - timedelta(days=6),
            solution_type="return_and_refund",
        )
        state.seller_propose(
            countered,
            {
                "add_seller_solution": "true",
                "add_solution_type": "refund",
                "refund_amount": "15.00",
                "refund_amount_currency": "USD",
                "solution_context": "Partial refund, keep the item",
            },
            now - timedelta(days=5),
        )
        done = state.open_issue(
            seller,
            f"30{seller[-4:]}003",
            "br9990003",
            "9.99",
            "USD",
            "Damaged item",
            now - timedelta(days=20),
        )
        state.reach(done, done.buyer_solutions[0], "seller", now - timedelta(days=19))
        del fresh
    # Past the seller's deadline, not yet executed: the detail answer carries no countdown for it (the timeout
    # fields are empty, as AliExpress leaves them in some states), so the client's rule table applies — the
    # seller's 5 days ended 4 days ago. Acting on it must be refused by the client, not by the gateway.
    late = state.open_issue(
        im_seller,
        f"30{im_seller[-4:]}004",
        "ca9990004",
        "25.00",
        "USD",
        "Item not received",
        now - timedelta(days=9),
    )
    late.timeout_type, late.timeout_at = None, None
