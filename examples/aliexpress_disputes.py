"""AliExpress disputes, offline against the built-in simulator.

Shows:
1. listing a seller's disputes and reading one in full (solutions, amounts, the deadline timeline with where
   each deadline comes from — the platform's own countdown or the cited rule table);
2. comparing refund with reship before answering (DOMAIN.md's arithmetic);
3. counter-proposing a partial refund (on AliExpress this is also how a seller refuses the buyer's request),
   the buyer refusing, and the seller finally accepting the buyer's solution;
4. acting at most once: each action carries an idempotency key, so running the same step again (a retried job)
   returns the dispute as it is and sends nothing.

Assumptions: no network, no credentials — ``AliExpressAdapter.sandbox()`` seeds two seller accounts on a
simulated IOP gateway that checks signatures, timestamps and tokens like the real one.
"""

from __future__ import annotations

from marketmsg import AcceptSolution, Money, ProposeSolution, SolutionKind
from marketmsg.sandbox import Sandbox
from marketmsg_aliexpress import compare_refund_reship
from marketmsg_aliexpress.simulator import IM_SELLER, AliExpressSimulator


def main() -> None:
    sandbox = Sandbox.create(["aliexpress"])
    simulator = sandbox.controller("aliexpress")
    assert isinstance(simulator, AliExpressSimulator)
    with sandbox.client() as client:
        open_disputes = [
            d
            for d in client.disputes.list(account=f"aliexpress:{IM_SELLER}")
            if d.status.value == "awaiting_seller"
        ]
        for dispute in open_disputes:
            due = dispute.timeline.seller_response_due
            print(f"{dispute.order_id}: {dispute.reason} — respond by {due.at if due else '?'}")

        # The listing puts the nearest deadline first; this walk-through takes the newest dispute.
        newest = max(open_disputes, key=lambda d: (d.opened_at is not None, d.opened_at))
        dispute = client.disputes.get(newest.id)
        request = dispute.buyer_solutions[0]
        print(f"\nBuyer asks for {request.amount} ({request.kind.value}); status {dispute.status.value}")
        for name, deadline in dispute.timeline:
            if deadline is not None:
                print(f"  {name:<20} {deadline.at:%Y-%m-%d %H:%M} UTC  ({deadline.source})")

        assert request.amount is not None
        usd = request.amount.currency
        choice = compare_refund_reship(
            profit=Money(amount="6.00", currency=usd),
            refund=request.amount,
            goods_cost=Money(amount="4.20", currency=usd),
            shipping_cost=Money(amount="3.10", currency=usd),
        )
        print(
            f"\nRefund outcome {choice.refund_outcome} {usd}, reship outcome {choice.reship_outcome} {usd} "
            f"→ {choice.recommended}"
        )

        offer = ProposeSolution(
            kind=SolutionKind.REFUND,
            amount=Money(amount="5.00", currency=usd),
            reason="Tracking shows the parcel in your city; we refund 5 USD for the delay.",
        )
        # One key per decision (here: the dispute and the step), so a re-run of this job cannot offer twice.
        offer_key = f"{dispute.id}:counter-offer-1"
        countered = client.disputes.act(dispute.id, offer, idempotency_key=offer_key)
        print(f"Counter-offer sent; dispute is now {countered.status.value}")
        again = client.disputes.act(dispute.id, offer, idempotency_key=offer_key)  # e.g. the job ran again
        assert len(again.seller_solutions) == len(countered.seller_solutions)
        print("Same step again under its key: nothing sent, the dispute as it is returned")

        issue_id = dispute.id.rsplit(":", 1)[1].split("/")[0]
        simulator.buyer_refuse(issue_id)  # the buyer refuses in the simulator
        refused = client.disputes.get(dispute.id)
        due = refused.timeline.seller_response_due
        print(f"Buyer refused; seller must answer by {due.at if due else '?'} ({due.source if due else '-'})")

        accepted = client.disputes.act(
            dispute.id,
            AcceptSolution(solution_id=request.id),
            idempotency_key=f"{dispute.id}:accept-{request.id}",
        )
        print(f"Accepted the buyer's request: {accepted.status.value} ({accepted.raw_status})")
        assert accepted.status.value == "resolved"


if __name__ == "__main__":
    main()
