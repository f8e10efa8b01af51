"""Amazon A-to-z claims and chargebacks from notification mails → Disputes with deadlines (issues 12.3, 13.3).

Amazon has no API for either (models#5247); Seller Central e-mails the seller. The relay mailbox already holds
Amazon's mail, so the adapter reads the notifications there: ``client.disputes.list()`` shows them beside
AliExpress disputes, open first and nearest deadline first; an Amazon account without mail is skipped with a
notice. Windows come from the mail when it states one, else from ``settings.relay.claims`` (cited defaults).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from marketmsg import (
    Account,
    Client,
    DisputeStatus,
    InvalidIdError,
    NotFoundError,
    UnsupportedOperationError,
    VirtualClock,
    register_adapter,
    unregister_adapter,
)
from marketmsg.adapter import AcceptSolution
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_amazon.relay import RelaySandbox, parse
from marketmsg_amazon.relay._claims import claim_notice
from marketmsg_amazon.relay._disputes import RULES

from .conftest import RelayOnlyAdapter

CORPUS = Path(__file__).parent / "corpus"


# ------------------------------------------------------------------------------------------- recognition


@pytest.mark.parametrize(
    ("subject", "body", "tld", "expected"),
    [
        # An information request repeats what *will* happen; it is not a decision.
        ("A-to-z Guarantee claim", "Order 111-1111111-1111111. We need additional information. If you do not "
         "respond within 48 hours, the claim will be granted in favor of the buyer and your account will be "
         "debited.", "com", ("a_to_z", "information_requested", timedelta(hours=48))),
        ("A-to-z Guarantee claim for order 111-1111111-1111111 has been granted", "Appeal within 30 calendar days.",
         "com", ("a_to_z", "granted", timedelta(days=30))),
        ("Claim update", "The A to Z Guarantee claim was denied.", "com", ("a_to_z", "denied", None)),
        ("Claim update", "The buyer has withdrawn the A-to-z Guarantee claim.", "co.uk", ("a_to_z", "withdrawn", None)),
        ("Chargeback", "Please represent your case within 7 calendar days.", "com",
         ("chargeback", "information_requested", timedelta(days=7))),
        ("Charge-back decision", "The chargeback has been resolved in your favour.", "co.uk", ("chargeback", "denied", None)),
        ("A-bis-z-Garantieantrag", "Dem Antrag wurde zugunsten des Kunden stattgegeben.", "de", ("a_to_z", "granted", None)),
        ("A-bis-z-Garantieantrag", "Bitte innerhalb von 3 Kalendertagen antworten; weitere Informationen nötig.", "de",
         ("a_to_z", "information_requested", timedelta(days=3))),
        ("Garantie A à Z", "La réclamation a été refusée.", "fr", ("a_to_z", "denied", None)),
        ("Garantía de la A a la Z", "La reclamación ha sido retirada por el cliente.", "es", ("a_to_z", "withdrawn", None)),
        ("Rétrofacturation", "dans un délai de 72 heures", "fr", ("chargeback", "opened", timedelta(hours=72))),
        ("マーケットプレイス保証申請", "48時間以内にご回答ください。追加情報", "co.jp",
         ("a_to_z", "information_requested", timedelta(hours=48))),
        # A mail naming both programmes is about the one it names first.
        ("Chargeback for order 1", "This is not an A-to-z Guarantee claim.", "com", ("chargeback", "opened", None)),
        ("Sold, ship now", "Congratulations, you sold an item.", "com", None),
    ],
)  # fmt: skip
def test_notification_wording(subject: str, body: str, tld: str, expected: tuple[Any, ...] | None) -> None:
    notice = claim_notice(subject, body, tld=tld)
    assert (notice.kind, notice.event, notice.stated_window) == expected if notice else expected is None


@pytest.mark.parametrize(
    ("body", "tld", "amount"),
    [
        ("Claim amount: $25.99", "com", ("25.99", "USD")),
        ("Claim amount: $25.99", "ca", ("25.99", "CAD")),  # "$" is the marketplace's dollar
        ("Claim amount: USD 1,234.50", "de", ("1234.50", "USD")),
        ("Betrag: 1.234,56 €", "de", ("1234.56", "EUR")),
        ("Montant : 25,99 €", "fr", ("25.99", "EUR")),
        ("金額: ￥2,599", "co.jp", ("2599", "JPY")),
        ("Amount: 19.99 for order 111", "co.uk", ("19.99", "GBP")),  # "for" is not a currency code
        ("Amount: 19.99 XYZ", "com", None),  # an unknown code: no amount rather than a wrong one
    ],
)
def test_claim_amounts(body: str, tld: str, amount: tuple[str, str] | None) -> None:
    notice = claim_notice("A-to-z Guarantee claim", body, tld=tld)
    assert notice is not None
    got = (str(notice.amount.amount), notice.amount.currency) if notice.amount else None
    assert got == amount


def test_only_amazons_own_authenticated_mail_is_a_claim(corpus_dns: Any) -> None:
    # The same words from a buyer, or unsigned "from Amazon", never become a dispute.
    spoof = parse((CORPUS / "hand/a2z_claim_spoof_unsigned.eml").read_bytes(), dnsfunc=corpus_dns)
    assert spoof.kind == "phishing_suspect" and spoof.claim is None
    buyer = (
        (CORPUS / "generated/en_buyer.eml")
        .read_bytes()
        .replace(b"Hello, does this come in red?", b"I will open an A-to-z Guarantee claim!")
    )
    assert parse(buyer, verify=False).claim is None


# ------------------------------------------------------------------------------------- through the client


@pytest.fixture
def spec(clock: VirtualClock) -> Iterator[SandboxSpec]:
    register_adapter("amazon", RelayOnlyAdapter)
    try:
        yield RelayOnlyAdapter.sandbox(clock)
    finally:
        unregister_adapter("amazon")


def _client(spec: SandboxSpec, clock: VirtualClock, **claims: float) -> Client:
    if claims:
        account = spec.accounts[0]
        relay = {**account.settings["relay"], "claims": claims}
        spec.accounts = [account.model_copy(update={"settings": {**account.settings, "relay": relay}})]
    return Sandbox([spec], clock=clock).client()


def _controller(spec: SandboxSpec) -> RelaySandbox:
    assert isinstance(spec.controller, RelaySandbox)
    return spec.controller


def test_seeded_claims_list_open_first_nearest_deadline_first(spec: SandboxSpec, clock: VirtualClock) -> None:
    with _client(spec, clock) as client:
        disputes = list(client.disputes.list())
        assert [d.raw_status for d in disputes] == [
            "a_to_z:information_requested",  # de, 3 calendar days from 60 h ago: 12 h left
            "a_to_z:information_requested",  # en, 48 h from 20 h ago: 28 h left
            "chargeback:information_requested",  # 7 days from 2 days ago
            "a_to_z:granted",  # closed: last, whatever its appeal window
        ]
        now = clock.now()
        due = [d.timeline.seller_response_due for d in disputes[:3]]
        assert [round((d.at - now).total_seconds() / 3600) for d in due if d] == [12, 28, 120]
        assert all(d is not None and d.source == "platform" for d in due)  # the mails state their windows
        granted = disputes[3]
        assert granted.status is DisputeStatus.RESOLVED and granted.timeline.escalation_closes is not None
        for dispute in disputes:
            assert dispute.id.startswith("amazon:A1RELAYSANDBOX:dispute:") and "@" not in dispute.id
            assert dispute.amount is not None and dispute.conversation_id is not None
            assert client.disputes.get(dispute.id) == dispute
        assert disputes[1].reason == "Item not received" and str(disputes[2].amount) == "58.40 USD"


def test_a_claim_through_its_life(spec: SandboxSpec, clock: VirtualClock) -> None:
    controller = _controller(spec)
    order = "405-1111111-2222222"
    with _client(spec, clock) as client:
        controller.deliver(
            controller.generator.claim_notice(
                "a_to_z", "information_requested", order_id=order, sent_at=clock.now() - timedelta(hours=1)
            )
        )
        (opened,) = client.disputes.list(order_id=order)
        assert opened.status is DisputeStatus.AWAITING_SELLER and opened.timeline.seller_response_due
        controller.deliver(
            controller.generator.claim_notice("a_to_z", "granted", order_id=order, sent_at=clock.now())
        )
        dispute = client.disputes.get(opened.id)
        assert dispute.id == opened.id and dispute.status is DisputeStatus.RESOLVED
        assert [n["event"] for n in dispute.raw["notifications"]] == ["information_requested", "granted"]
        appeal = dispute.timeline.escalation_closes
        assert appeal is not None and appeal.at == clock.now().replace(microsecond=0) + timedelta(days=30)
        assert dispute.timeline.seller_response_due is None
        assert client.disputes.list(order_id=order, status=DisputeStatus.RESOLVED).to_list() == [dispute]
        with pytest.raises(UnsupportedOperationError, match="Seller Central"):
            client.disputes.act(dispute.id, AcceptSolution(solution_id="x"))


def test_windows_not_stated_in_the_mail_come_from_the_settings(
    spec: SandboxSpec, clock: VirtualClock
) -> None:
    raw = (CORPUS / "hand/chargeback_plain_sc_chargebacks.eml").read_bytes()
    controller = _controller(spec)
    with _client(spec, clock, chargeback_response_days=5) as client:
        controller.deliver(controller.generator.sign(raw, "amazon.com"))
        (dispute,) = client.disputes.list(order_id="112-7711223-3344556")
        due = dispute.timeline.seller_response_due
        assert due is not None and due.source == RULES["chargeback_response"]
        assert due.at - dispute.opened_at == timedelta(days=5)  # type: ignore[operator]


def test_unknown_and_malformed_dispute_ids(spec: SandboxSpec, clock: VirtualClock) -> None:
    with _client(spec, clock) as client:
        with pytest.raises(NotFoundError):
            client.disputes.get("amazon:A1RELAYSANDBOX:dispute:a-to-z/999-9999999-9999999")
        with pytest.raises(InvalidIdError):
            client.disputes.get("amazon:A1RELAYSANDBOX:dispute:refund/999-9999999-9999999")


def test_an_amazon_account_without_mail_is_skipped_with_a_notice(
    clock: VirtualClock, caplog: pytest.LogCaptureFixture
) -> None:
    register_adapter("amazon", RelayOnlyAdapter)
    try:
        with Client([Account(platform="amazon", seller_id="A1NOMAIL")], clock=clock) as client:
            with caplog.at_level(logging.INFO, logger="marketmsg"):
                listing = client.disputes.list(platform="amazon")
                assert listing.to_list() == []
            (notice,) = listing.notices
            assert notice.startswith("amazon:A1NOMAIL:") and "notification e-mails" in notice
            assert "notification e-mails" in caplog.text
    finally:
        unregister_adapter("amazon")


def test_both_platforms_sorted_by_nearest_deadline(clock: VirtualClock) -> None:
    with Sandbox.create(["amazon", "aliexpress"], clock=clock).client() as client:
        disputes = list(client.disputes.list())
    platforms = {d.platform for d in disputes}
    assert platforms == {"amazon", "aliexpress"}
    closed = {DisputeStatus.RESOLVED, DisputeStatus.REJECTED, DisputeStatus.CANCELLED}
    open_ = [d for d in disputes if d.status not in closed]
    assert disputes[: len(open_)] == open_, "open disputes come first"

    def nearest(d: Any) -> Any:
        t = d.timeline
        dues = [x.at for x in (t.seller_response_due, t.evidence_due, t.return_ship_due, t.auto_escalation_at,
                               t.escalation_closes) if x is not None]  # fmt: skip
        return min(dues) if dues else None

    deadlines = [nearest(d) for d in open_]
    dated = [d for d in deadlines if d is not None]
    assert dated == sorted(dated) and deadlines[: len(dated)] == dated
    assert {d.platform for d in open_ if nearest(d) is not None} == {"amazon", "aliexpress"}
