"""Every dispute action is checked before it reaches the gateway: through the public clients, on the simulator's
seeded disputes (resolved, past its deadline, a refund above the order amount), the action request never leaves.

Rows name the seeded dispute by its order (seed in ``simulator/_state.py``), the action, and the rule that must
refuse it. Each row runs twice: with the dispute's id (one read — ``issue.detail.get`` — and no action request)
and with the ``Dispute`` the client listed (no request at all).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import anyio
import httpx
import pytest

from marketmsg import (
    AcceptSolution,
    AsyncClient,
    Attachment,
    Dispute,
    DisputeActionRefused,
    DisputeStatus,
    MarketmsgError,
    Money,
    PlatformRuleError,
    ProposeSolution,
    SolutionKind,
    UploadEvidence,
    VirtualClock,
)
from marketmsg.adapter import DisputeAction
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_aliexpress.simulator import IM_SELLER, AliExpressSimulator

from .conftest import account

FRESH, COUNTERED, RESOLVED, LATE = (f"30{IM_SELLER[-4:]}00{n}" for n in (1, 2, 3, 4))
#: The gateway APIs that change a dispute.
ACTION_APIS = frozenset(
    {"aliexpress.issue.solution.agree", "aliexpress.issue.solution.save", "aliexpress.issue.image.upload"}
)
IMAGE = ("evidence.jpg", b"\xff\xd8\xff\xe0sandbox-jpeg", "image/jpeg")


def api_of(request: httpx.Request) -> str:
    path = request.url.path
    if "/rest/" in path and not path.endswith("/router/rest"):
        return path.split("/rest", 1)[1]
    return AliExpressSimulator.params_of(request).get("method", "")


def usd(amount: str, currency: str = "USD") -> Money:
    return Money(amount=Decimal(amount), currency=currency)


def propose(amount: Money) -> ProposeSolution:
    return ProposeSolution(kind=SolutionKind.REFUND, amount=amount, reason="Partial refund for the delay")


def accept_buyers(dispute: Dispute) -> AcceptSolution:
    return AcceptSolution(solution_id=dispute.buyer_solutions[0].id)


def evidence(dispute: Dispute) -> UploadEvidence:
    return UploadEvidence(attachments=(Attachment.from_bytes(*IMAGE),))


#: (case, seeded dispute's order, the action built from the dispute, the rule that refuses it)
REFUSED: list[tuple[str, str, Callable[[Dispute], DisputeAction], str]] = [
    ("accept a resolved dispute", RESOLVED, accept_buyers, "aliexpress.dispute_status"),
    ("propose on a resolved dispute", RESOLVED, lambda d: propose(usd("1")), "aliexpress.dispute_status"),
    ("evidence on a resolved dispute", RESOLVED, evidence, "aliexpress.dispute_status"),
    ("accept past the seller's deadline", LATE, accept_buyers, "aliexpress.dispute_window"),
    ("propose past the seller's deadline", LATE, lambda d: propose(usd("5")), "aliexpress.dispute_window"),
    ("refund above the order amount", FRESH, lambda d: propose(usd("100.00")), "aliexpress.dispute_amount"),
    (
        "refund a cent above the order amount",
        FRESH,
        lambda d: propose(usd("12.51")),
        "aliexpress.dispute_amount",
    ),
    ("refund in another currency", FRESH, lambda d: propose(usd("10", "EUR")), "aliexpress.dispute_amount"),
    (
        "accept a solution that is not waiting",
        COUNTERED,
        lambda d: AcceptSolution(solution_id=d.seller_solutions[0].id),
        "aliexpress.dispute_status",
    ),
]


def seeded(client: Any, order: str) -> Dispute:
    """The seeded dispute of ``order`` with its solutions (the listing carries none: read its detail)."""
    (found,) = [d for d in client.disputes.list(platform="aliexpress") if d.order_id == order]
    return client.disputes.get(found.id)  # type: ignore[no-any-return]


@pytest.mark.parametrize("by_object", [False, True], ids=["by id", "by Dispute"])
@pytest.mark.parametrize(("case", "order", "build", "rule"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_before_the_action_reaches_the_gateway(
    spec: SandboxSpec,
    sim: AliExpressSimulator,
    make_client: Any,
    case: str,
    order: str,
    build: Callable[[Dispute], DisputeAction],
    rule: str,
    by_object: bool,
) -> None:
    client = make_client(account(spec))
    dispute = seeded(client, order)
    before = len(sim.requests)
    issue = sim.state.issues[dispute.id.rsplit(":", 1)[1].split("/")[0]]
    solutions_before = len(issue.seller_solutions), len(issue.process)

    with pytest.raises(DisputeActionRefused) as caught:
        client.disputes.act(dispute if by_object else dispute.id, build(dispute))

    error = caught.value
    assert error.rule == rule, error
    assert isinstance(error, PlatformRuleError) and isinstance(error, MarketmsgError)
    assert error.dispute_id == dispute.id and error.platform == "aliexpress"
    assert rule in str(error) and all(f.severity == "block" for f in error.findings)
    made = [api_of(r) for r in sim.requests[before:]]
    assert not ACTION_APIS & set(made), f"{case}: an action reached the gateway: {made}"
    assert made == ([] if by_object else ["aliexpress.issue.detail.get"]), made
    assert (len(issue.seller_solutions), len(issue.process)) == solutions_before


@pytest.mark.parametrize(
    ("case", "build"),
    [
        ("refund within the order amount", lambda d: propose(usd("10.00"))),
        ("refund of the whole order amount", lambda d: propose(usd("12.50"))),
        ("refusal as a zero counter-proposal", lambda d: propose(usd("0"))),
        ("accept the buyer's solution in time", accept_buyers),
        ("evidence in time", evidence),
    ],
)
def test_allowed_actions_reach_the_gateway_once(
    spec: SandboxSpec,
    sim: AliExpressSimulator,
    make_client: Any,
    case: str,
    build: Callable[[Dispute], DisputeAction],
) -> None:
    client = make_client(account(spec))
    dispute = seeded(client, FRESH)
    before = len(sim.requests)
    after = client.disputes.act(dispute, build(dispute))
    made = [api_of(r) for r in sim.requests[before:]]
    assert len([m for m in made if m in ACTION_APIS]) == 1, made
    # One read for the rules, the action, one read of the result: the action reuses the rules' read.
    assert made.count("aliexpress.issue.detail.get") == 2, made
    assert after.id == dispute.id


def test_the_async_client_refuses_the_same_way(
    spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock, make_client: Any
) -> None:
    late = seeded(make_client(account(spec)), LATE)
    before = len(sim.requests)

    async def main() -> DisputeActionRefused:
        sandbox = Sandbox([spec], clock=clock)
        async with AsyncClient(
            [account(spec)], http_client=sandbox.async_http_client(), clock=clock
        ) as client:
            with pytest.raises(DisputeActionRefused) as caught:
                await client.disputes.act(late.id, propose(usd("5")))
            return caught.value

    error = anyio.run(main)
    assert error.rule == "aliexpress.dispute_window"
    # A new client looks the buyer up by order first (issuelist), then reads the detail: reads only.
    assert [api_of(r) for r in sim.requests[before:]] == [
        "aliexpress.issue.issuelist.get",
        "aliexpress.issue.detail.get",
    ]


def test_a_stale_dispute_is_checked_again_as_it_is_now(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    """A Dispute listed while open that closed since: the object passes, the fresh read refuses."""
    client = make_client(account(spec))
    listed = seeded(client, FRESH)
    assert listed.status is DisputeStatus.AWAITING_SELLER
    issue = sim.state.issues[listed.id.rsplit(":", 1)[1].split("/")[0]]
    sim.state.reach(issue, issue.buyer_solutions[0], "system", sim.clock.now())  # executed by the platform
    before = len(sim.requests)
    with pytest.raises(DisputeActionRefused) as caught:
        client.disputes.act(listed, propose(usd("5")))
    assert caught.value.rule == "aliexpress.dispute_status"
    assert [api_of(r) for r in sim.requests[before:]] == ["aliexpress.issue.detail.get"]
