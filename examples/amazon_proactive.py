"""Amazon proactive messages over SP-API: order context, capabilities, typed kinds, attachments, review request.

Shows:
1. what the rules know about an order (fulfilment, delivery window, gift flag, buyer locale) and what Amazon
   allows to send for it now — with a one-sentence reason for every refused kind;
2. a typed message (``ConfirmDeliveryDetails``) sent through the client: capabilities and rules run first;
3. a message with a PDF: upload destination → S3 PUT → send, all checked before the first request;
4. a kind the order does not allow: a ``CapabilityError`` that names the kinds allowed now, before any send;
5. the review request (Solicitations API): once per order, 5–30 days after delivery;
6. onboarding a seller with the website authorisation workflow (consent URL, state check, code exchange).
Assumes: nothing — runs offline against the built-in Amazon sandbox. With a real seller, build the account with
``marketmsg_amazon.account_from_sp_api(seller_id, marketplace_id)`` (python-amazon-sp-api's env vars / config).
"""

from __future__ import annotations

from marketmsg import Attachment, CapabilityError
from marketmsg.sandbox import Sandbox
from marketmsg_amazon import WebsiteAuthorization
from marketmsg_amazon import simulator as sim
from marketmsg_amazon.messaging import ConfirmDeliveryDetails, LegalDisclosure, ReviewSolicitation


def main() -> None:
    sandbox = Sandbox.create(["amazon"])
    simulator: sim.AmazonSimulator = sandbox.controller("amazon")
    with sandbox.client() as client:
        # 1. Order context and capabilities.
        for order_id in (sim.MFN_ORDER, sim.FBA_ORDER, sim.DELIVERED_LONG_AGO):
            context = client.orders.context(order_id)
            capability = client.orders.capabilities(order_id)
            print(f"{order_id} {context.fulfilment.value:<8} {context.status} locale={context.buyer_locale}")
            print(f"  allowed: {', '.join(capability.allowed_kinds) or 'nothing'}")
            for refused in capability.refused[:2]:
                print(f"  not {refused.kind}: {refused.reason}")

        # 2. A typed kind, in the buyer's language (GetAttributes said en-US).
        message = ConfirmDeliveryDetails(
            text=f"Order {sim.MFN_ORDER}: the carrier can deliver on Tuesday or Wednesday. Which day suits you?"
        ).send(client, sim.MFN_ORDER)
        print(f"sent {message.kind.value} (request id {message.platform_message_id})")

        # 3. An attachment: three requests, in order.
        terms = Attachment.from_bytes(
            "terms-and-conditions.pdf", b"%PDF-1.4 example terms", "application/pdf"
        )
        before = len(simulator.calls)
        LegalDisclosure(attachments=(terms,)).send(client, sim.MFN_ORDER)
        writes = [f"{c.method} {c.operation}" for c in simulator.calls[before:] if c.method != "GET"]
        print("attachment send:", " → ".join(writes))

        # 4. A kind this FBA order does not allow: refused before anything is sent.
        try:
            client.messages.send(
                sim.FBA_ORDER, "unexpected_problem", body=f"Order {sim.FBA_ORDER} is delayed."
            )
        except CapabilityError as exc:
            print(f"refused: {exc.message[:90]}… allowed now: {', '.join(exc.allowed)}")

        # 5. The review request: once per order.
        ReviewSolicitation().send(client, sim.MFN_ORDER)
        try:
            ReviewSolicitation().send(client, sim.MFN_ORDER)
        except CapabilityError:
            print("a second review request for the same order is refused")

    # 6. Onboarding a seller (website authorisation workflow).
    workflow = WebsiteAuthorization(
        application_id="amzn1.sp.solution.example", client_id=sim.CLIENT_ID, client_secret=sim.CLIENT_SECRET,
        redirect_uri="https://erp.example/amazon/callback",
    )  # fmt: skip
    consent_url, state = workflow.consent_url("https://sellercentral.amazon.com", session="browser-session-1")
    print(f"send the seller to: {consent_url[:70]}…")
    code = simulator.issue_oauth_code("A3NEWSELLER")  # what Amazon appends to the redirect after consent
    grant = workflow.parse_redirect(
        f"https://erp.example/amazon/callback?state={state}&selling_partner_id=A3NEWSELLER&spapi_oauth_code={code}",
        session="browser-session-1",
    )
    with sandbox.http_client() as http:
        result = workflow.exchange(grant, http=http)
    print(f"authorised {result.selling_partner_id}; store its refresh token as the account's credential")


if __name__ == "__main__":
    main()
