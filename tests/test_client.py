"""The client: routing by account and id, merged listings, options, sync/async parity on one fake adapter."""

from __future__ import annotations

from datetime import UTC, datetime

import anyio
import httpx
import pytest

from marketmsg import (
    Account,
    AsyncClient,
    Client,
    ConfigurationError,
    ConversationStatus,
    InvalidIdError,
    UnsupportedOperationError,
    VirtualClock,
)
from marketmsg_fakemarket import API_KEY, FakemarketSimulator

EU = "https://eu.fakemarket.test"
US = "https://us.fakemarket.test"


@pytest.fixture
def two_accounts(fakemarket: None) -> list[Account]:
    return [
        Account(
            platform="fakemarket",
            seller_id="EU1",
            credentials={"api_key": API_KEY},
            settings={"base_url": EU},
        ),
        Account(
            platform="fakemarket",
            seller_id="US1",
            credentials={"api_key": API_KEY},
            settings={"base_url": US},
        ),
    ]


@pytest.fixture
def mounts(clock: VirtualClock) -> dict[str, FakemarketSimulator]:
    return {EU: FakemarketSimulator(clock, conversations=3), US: FakemarketSimulator(clock, conversations=4)}


def sync_client(
    accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> Client:
    http = httpx.Client(mounts={url: httpx.MockTransport(sim.handle) for url, sim in mounts.items()})
    return Client(accounts, http_client=http, clock=clock)


def async_client(
    accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> AsyncClient:
    http = httpx.AsyncClient(mounts={url: httpx.MockTransport(sim.handle) for url, sim in mounts.items()})
    return AsyncClient(accounts, http_client=http, clock=clock)


def test_listing_merges_accounts_newest_first(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        conversations = list(client.conversations.list())
    assert len(conversations) == 7
    assert {c.account for c in conversations} == {"fakemarket:EU1", "fakemarket:US1"}
    times = [c.last_message_at for c in conversations]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]


def test_listing_filters_by_account(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        assert len(list(client.conversations.list(account="US1"))) == 4
        assert len(list(client.conversations.list(account="fakemarket:EU1"))) == 3
        assert len(client.conversations.list(platform="fakemarket").to_list(limit=5)) == 5
        with pytest.raises(ConfigurationError, match="no configured account"):
            client.conversations.list(account="nobody")


def test_pages_are_fetched_lazily(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        first = next(iter(client.conversations.list(account="US1")))
    assert first.order_id == "FM-1003"
    assert len(mounts[US].requests) == 1, "one page is enough for the first item"


def test_sync_and_async_return_identical_results(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        sync_convs = list(client.conversations.list())
        sync_msgs = list(client.messages.list(sync_convs[0].id))

    async def main() -> tuple[list[object], list[object]]:
        async with async_client(two_accounts, mounts, clock) as client:
            convs = await client.conversations.list().to_list()
            msgs = await client.messages.list(convs[0].id).to_list()
            return convs, msgs  # type: ignore[return-value]

    async_convs, async_msgs = anyio.run(main)
    assert async_convs == sync_convs
    assert async_msgs == sync_msgs


def test_ids_route_back_to_their_account(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        conv = next(iter(client.conversations.list(account="EU1")))
        # A new client (another process, say) resolves the same id string.
    with sync_client(two_accounts, mounts, clock) as other:
        assert other.conversations.get(conv.id) == conv
        with pytest.raises(InvalidIdError, match="not configured"):
            other.conversations.get(conv.id.replace("EU1", "JP9"))


def test_status_filter_and_reply_changes_status(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        waiting = list(client.conversations.list(account="EU1", status=ConversationStatus.AWAITING_SELLER))
        assert len(waiting) == 3
        client.messages.reply(waiting[0].id, "Thank you, your parcel ships today.")
        assert client.conversations.get(waiting[0].id).status is ConversationStatus.AWAITING_BUYER
        assert (
            len(list(client.conversations.list(account="EU1", status=ConversationStatus.AWAITING_SELLER)))
            == 2
        )


def test_since_filter(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        since = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
        recent = list(client.conversations.list(since=since))
    assert recent and all(c.last_message_at is not None and c.last_message_at >= since for c in recent)


def test_unsupported_operation_fails_before_io(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        # A platform without disputes is skipped with a notice, never an error (issue 13.3).
        listing = client.disputes.list()
        assert list(listing) == []
        assert len(listing.notices) == 2 and all("has no disputes API" in n for n in listing.notices)
        with pytest.raises(UnsupportedOperationError):
            client.orders.capabilities("FM-1000", account="EU1")
    assert all(not sim.requests for sim in mounts.values())


def test_ambiguous_account_is_refused(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with (
        sync_client(two_accounts, mounts, clock) as client,
        pytest.raises(ConfigurationError, match="several accounts"),
    ):
        client.orders.context("FM-1000")


def test_same_account_twice_is_refused(two_accounts: list[Account]) -> None:
    with pytest.raises(ConfigurationError, match="configured twice"):
        Client([two_accounts[0], two_accounts[0]])


def test_with_options_shares_state(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        patient = client.with_options(max_retries=5, timeout=2.5)
        assert patient.outbox is client.outbox
        assert patient._driver.options.retry.max_retries == 5
        assert patient._driver.options.timeout == httpx.Timeout(2.5)
        assert client._driver.options.retry.max_retries == 2
        assert patient._state.limiter is client._state.limiter, "rate limits are shared, not doubled"


def test_timeout_is_sent_with_each_request(
    two_accounts: list[Account], mounts: dict[str, FakemarketSimulator], clock: VirtualClock
) -> None:
    with sync_client(two_accounts, mounts, clock) as client:
        list(client.with_options(timeout=4.0).conversations.list(account="EU1"))
    assert mounts[EU].requests[-1].extensions["timeout"]["read"] == 4.0


def test_blocked_text_costs_no_request(
    two_accounts: list[Account],
    mounts: dict[str, FakemarketSimulator],
    clock: VirtualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Content rules refuse a reply before the send path makes any request (conversation and order reads too)."""
    from marketmsg import PolicyViolation
    from marketmsg.rules import Finding, RuleContext
    from marketmsg_fakemarket import FakemarketAdapter

    class Strict:
        platform = "fakemarket"

        def check_content(self, text: str, context: RuleContext) -> list[Finding]:
            at = text.find("@")
            return (
                [Finding(rule="contact.email", severity="block", message="e-mail", start=at, end=at + 1)]
                if at >= 0
                else []
            )

        def check_send(self, context: RuleContext) -> list[Finding]:
            return []

    monkeypatch.setattr(FakemarketAdapter, "rule_pack", Strict())
    with sync_client(two_accounts, mounts, clock) as client:
        with pytest.raises(PolicyViolation) as info:
            client.messages.reply("fakemarket:EU1:conv:c1", "write to me at a@b.example")
        assert info.value.findings[0].rule == "contact.email"
    assert mounts[EU].requests == [], "nothing was requested for a message that can never be sent"
