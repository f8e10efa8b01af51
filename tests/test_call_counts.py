"""What an operation costs on the platform, pinned: the numbers ``benchmarks/call_counts.py`` prints.

Contract v2 reads once: the client hands what it read (conversation, order facts) to the adapter's send hook,
reads order facts only when a rule of the send declares it needs them, and caches them per order.
"""

from __future__ import annotations

import json

import pytest
from benchmarks import call_counts as bench

from marketmsg import APIConnectionError
from marketmsg_amazon.relay import RelaySandbox


@pytest.fixture(scope="module")
def rows() -> dict[tuple[str, str, str], bench.Row]:
    return {(r.adapter, r.operation, r.cache): r for r in bench.all_rows()}


def _spapi(row: bench.Row) -> int:
    return row.count("spapi ")


def test_amazon_relay_reply_makes_no_spapi_call(rows: dict[tuple[str, str, str], bench.Row]) -> None:
    # A buyer who wrote may always be answered (amazon.md §5.4): no capability, no order facts.
    assert _spapi(rows["amazon", "relay reply", "cold"]) == 0
    assert _spapi(rows["amazon", "relay reply", "warm"]) == 0


def test_amazon_relay_reply_needing_fulfilment_reads_it_once(
    rows: dict[tuple[str, str, str], bench.Row],
) -> None:
    # Refund wording triggers the FBA routing rule, which needs the fulfilment channel: one getOrder, cached.
    cold = rows["amazon", "relay reply (refund wording)", "cold"]
    assert _spapi(cold) <= 1
    assert cold.calls == {"lwa token": 1, "spapi GET /orders/v0/orders/{id}": 1}
    assert _spapi(rows["amazon", "relay reply (refund wording)", "warm"]) == 0


def test_amazon_proactive_send_reads_static_facts_once(rows: dict[tuple[str, str, str], bench.Row]) -> None:
    cold = rows["amazon", "proactive unexpected_problem", "cold"]
    warm = rows["amazon", "proactive unexpected_problem", "warm"]
    assert cold.calls["spapi GET /orders/v0/orders/{id}"] == 1  # was 2 (order context + capability window)
    # Warm: the capability is asked again (it changes with every send), the order facts are not.
    assert warm.calls == {
        "spapi GET /messaging/v1/orders/{id}": 1,
        "spapi GET /solicitations/v1/orders/{id}": 1,
        "spapi POST /messaging/v1/orders/{id}/messages/unexpectedProblem": 1,
    }


def test_amazon_fba_gift_return_reads_the_returns_report_once(
    rows: dict[tuple[str, str, str], bench.Row],
) -> None:
    # The gift-return rule needs is_return: the FBA customer returns report, read once and cached (12.1).
    cold = rows["amazon", "proactive invoice (FBA gift return)", "cold"]
    warm = rows["amazon", "proactive invoice (FBA gift return)", "warm"]
    assert cold.calls["spapi POST /reports/2021-06-30/reports"] == 1
    assert cold.calls["spapi GET /reports/2021-06-30/reports/{id}"] == 1
    assert cold.calls["report download"] == 1
    assert warm.calls == {
        "spapi GET /messaging/v1/orders/{id}": 1,
        "spapi GET /solicitations/v1/orders/{id}": 1,
    }, "warm: the capability only; the refused send sends nothing"
    # The report is never read for a send on a merchant-fulfilled order.
    mfn = rows["amazon", "proactive unexpected_problem", "cold"]
    assert not [name for name in mfn.calls if "/reports/" in name or name == "report download"]


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_aliexpress_im_reply_is_one_read_and_one_send(
    rows: dict[tuple[str, str, str], bench.Row], cache: str
) -> None:
    assert rows["aliexpress", "im reply", cache].calls == {
        "iop aliexpress/message/list": 1,
        "iop aliexpress/message/send": 1,
    }


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_aliexpress_im_reply_costs_the_same_through_the_async_client(
    rows: dict[tuple[str, str, str], bench.Row], cache: str
) -> None:
    row = rows["aliexpress", "im reply (AsyncClient)", cache]
    assert row.calls == {"iop aliexpress/message/list": 1, "iop aliexpress/message/send": 1}
    assert row.most_parses == 1


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_aliexpress_station_letter_reply_reads_the_relation_list_once(
    rows: dict[tuple[str, str, str], bench.Row], cache: str
) -> None:
    assert rows["aliexpress", "station_letter reply", cache].calls == {
        "iop aliexpress.message.redefining.versiontwo.querymsgrelationlist": 1,
        "iop aliexpress.message.redefining.versiontwo.addmsg": 1,
    }


@pytest.mark.parametrize("cache", ["cold", "warm"])
def test_fakemarket_reply_is_its_conversation_read_and_the_send(
    rows: dict[tuple[str, str, str], bench.Row], cache: str
) -> None:
    row = rows["fakemarket", "reply", cache]
    assert row.calls == {"api GET /v1/conversations/{id}": 1, "api POST /v1/conversations/{id}/messages": 1}
    assert row.most_parses == row.fewest_parses == 1  # pydantic's model_validate_json is counted too


def test_every_answer_is_parsed_once(rows: dict[tuple[str, str, str], bench.Row]) -> None:
    """At most once (no answer decoded twice) and at least once (so the count sees the adapters' parser)."""
    for key, row in rows.items():
        assert row.most_parses <= 1, (key, row)
        assert row.fewest_parses in (None, 1), (key, row)
    assert any(row.fewest_parses == 1 for row in rows.values()), (
        "no answer was seen parsed: the count is blind"
    )


def test_the_parse_count_sees_a_second_parse() -> None:
    """The counter behind the pin can fail: an answer decoded twice (v1's send path did it thrice) shows as 2."""
    with bench.aliexpress_client() as (client, calls):
        conv = bench._aliexpress_conversation(client, "im")
        with calls.measure() as made:
            client.conversations.get(conv.id)
            for body in made.bodies:
                json.loads(body)  # what a second read of the same answer would do
    assert made.most_parses == 2 and made.fewest_parses == 2


def test_relay_reply_reaches_smtp_with_spapi_stopped() -> None:
    with bench.amazon_client(spapi_down=True) as (client, _):
        conv = bench._relay_conversation(client)
        sent = client.messages.reply(conv.id, bench.PLAIN_REPLY.format(order=conv.order_id))
        relay = client._sandbox.specs["amazon"].extras["relay"]
        assert isinstance(relay, RelaySandbox)
        assert [str(m["Message-ID"]).strip() for m in relay.sent()] == [f"<{sent.platform_message_id}>"]


def test_relay_reply_whose_rule_needs_spapi_names_the_host_and_the_rule() -> None:
    with bench.amazon_client(spapi_down=True) as (client, _):
        conv = bench._relay_conversation(client)
        with pytest.raises(APIConnectionError) as info:
            client.messages.reply(conv.id, bench.REFUND_REPLY.format(order=conv.order_id))
        relay = client._sandbox.specs["amazon"].extras["relay"]
        assert relay.sent() == []
    message = str(info.value)
    assert "sellingpartnerapi" in message and "amazon.fba_customer_service" in message
    assert "nothing was sent" in message and info.value.request_sent is False
