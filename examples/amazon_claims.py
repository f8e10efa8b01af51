"""Amazon A-to-z Guarantee claims and chargebacks as disputes, beside AliExpress disputes — offline.

Shows:
1. ``client.disputes.list()`` across an Amazon and an AliExpress account: open cases first, the nearest deadline
   first, each deadline with where it comes from (the notification's own window, or a cited rule);
2. a new claim notification arriving in the Amazon mailbox, and the decision that closes it (appeal window);
3. an Amazon account without notification mail: skipped with a notice, not an error;
4. why ``disputes.act()`` refuses Amazon claims (they are answered in Seller Central).

Assumes: nothing — the Amazon sandbox seeds its relay mailbox with signed claim notifications (their wording is
written from Seller Central's help pages; Amazon publishes no template), the AliExpress sandbox seeds disputes.
With a real account, point ``settings.relay`` at the mailbox that receives Amazon's notifications.
"""

from __future__ import annotations

from datetime import UTC, datetime

from marketmsg import Client, UnsupportedOperationError, VirtualClock
from marketmsg.adapter import AcceptSolution
from marketmsg.sandbox import Sandbox
from marketmsg_amazon.relay import RelaySandbox


def main() -> None:
    clock = VirtualClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # simulated time: deadlines read the same
    sandbox = Sandbox.create(["amazon", "aliexpress"], clock=clock)
    relay: RelaySandbox = sandbox.specs["amazon"].extras["relay"]
    with sandbox.client() as client:
        # 1. Both platforms, the most urgent first.
        now = clock.now()
        for dispute in client.disputes.list().to_list(8):
            due = dispute.timeline.seller_response_due or dispute.timeline.escalation_closes
            left = f"{(due.at - now).total_seconds() / 3600:7.1f} h ({due.source})" if due else "-"
            print(f"{dispute.platform:<10} {dispute.status.value:<16} {dispute.order_id}  {left}")

        # 2. A claim arrives by mail, then Amazon decides it for the buyer.
        order = "403-7654321-1234567"
        relay.deliver(
            relay.generator.claim_notice("a_to_z", "information_requested", order_id=order, amount="$42.00")
        )
        (claim,) = client.disputes.list(platform="amazon", order_id=order)
        due = claim.timeline.seller_response_due
        assert due is not None
        print(
            f"\nnew claim {claim.id}: {claim.amount}, respond by {due.at:%Y-%m-%d %H:%M} UTC ({due.source})"
        )
        clock.advance(3 * 3600)  # three hours later Amazon decides
        relay.deliver(
            relay.generator.claim_notice(
                "a_to_z", "granted", order_id=order, amount="$42.00", sent_at=clock.now()
            )
        )
        decided = client.disputes.get(claim.id)
        appeal = decided.timeline.escalation_closes
        assert decided.status.value == "resolved" and appeal is not None
        print(f"decided: {decided.status.value} ({decided.raw_status}); appeal until {appeal.at:%Y-%m-%d}")

        # 4. Answering happens in Seller Central.
        try:
            client.disputes.act(claim.id, AcceptSolution(solution_id="-"))
        except UnsupportedOperationError as exc:
            print(f"act(): {exc.message}")

    # 3. No mailbox, no claims: a notice instead of an error.
    seeded = sandbox.specs["amazon"].accounts[0]
    settings = {key: value for key, value in seeded.settings.items() if key != "relay"}
    no_mail = seeded.model_copy(update={"seller_id": "A1NOMAILBOX", "settings": settings})
    with Client([no_mail]) as bare:
        listing = bare.disputes.list()
        print(f"\nwithout mail: {listing.to_list()} — {listing.notices[0]}")


if __name__ == "__main__":
    main()
