"""FBA gift returns are reply-only (amazon.md §5.4), live end to end: ``OrderContext.is_return`` comes from the
relay thread's topic (every language the parser knows) and, for FBA gift orders, from the Reports API's FBA
customer returns report (``GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA``), read once per account and cached.
"""

from __future__ import annotations

import contextlib
import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest

from marketmsg import (
    AsyncClient,
    Attachment,
    Client,
    Conversation,
    PolicyViolation,
    ResponseValidationError,
    VirtualClock,
)
from marketmsg.models import OrderFact
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.testing import PlatformCalls
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim
from marketmsg_amazon._returns import REPORT_FIELDS, RETURNS_REPORT_TYPE, parse_returns
from marketmsg_amazon.relay import parse
from marketmsg_amazon.relay._generator import RelayMailGenerator
from marketmsg_amazon.relay._markers import BEGIN_MARKERS, RETURN_TOPIC_WORDS, TLD_LANGUAGE
from marketmsg_amazon.relay._template import is_return_topic

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
RULE = "amazon.fba_gift_return_reply_only"
PDF = Attachment.from_bytes("invoice.pdf", b"%PDF-1.4 invoice", "application/pdf")
MODELS = Path(__file__).resolve().parent.parent / "fixtures" / "models"

# ------------------------------------------------------------------------------------------- the relay topic

#: (language, topic, is it about a return). Every language the relay parser knows has rows both ways.
TOPICS = [
    ("en", "Return policy", True),
    ("en", "Returns", True),
    ("en", "Return authorization request for order 111-2222222-3333333", True),
    ("en", "Product details", False),
    ("en", "Resolution of your case", False),
    ("de", "Rücksendung", True),
    ("de", "Rückgabe", True),
    ("de", "Retoure anfragen", True),
    ("de", "Versand", False),
    ("fr", "Demande de retour", True),
    ("fr", "Livraison", False),
    ("es", "Devolución", True),
    ("es", "Solicitud de devoluciones", True),
    ("es", "Envío", False),
    ("it", "Reso", True),
    ("it", "Richiesta di restituzione", True),
    ("it", "Resistenza del prodotto", False),
    ("pt", "Devolução", True),
    ("pt", "Devolucao do pedido", True),
    ("pt", "Envio", False),
    ("ja", "返品について", True),
    ("ja", "配送について", False),
    ("nl", "Retourzending", True),
    ("nl", "Verzending", False),
    ("pl", "Zwrot towaru", True),
    ("pl", "Wysyłka", False),
    ("sv", "Retur", True),
    ("sv", "Leverans", False),
    ("tr", "İade talebi", True),
    ("tr", "Kargo", False),
    ("ar", "طلب إرجاع", True),
    ("ar", "الشحن", False),
]


def test_every_language_the_parser_knows_has_return_words_and_rows() -> None:
    languages = set(BEGIN_MARKERS) | set(TLD_LANGUAGE.values())
    assert set(RETURN_TOPIC_WORDS) == languages
    assert {lang for lang, _, yes in TOPICS if yes} == languages
    assert {lang for lang, _, yes in TOPICS if not yes} == languages


@pytest.mark.parametrize(("language", "topic", "expected"), TOPICS, ids=[f"{t[0]}:{t[1]}" for t in TOPICS])
def test_return_topics(language: str, topic: str, expected: bool) -> None:
    assert is_return_topic(topic) is expected
    assert is_return_topic(topic.upper()) is expected


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "ja", "nl", "pl", "sv"])
def test_the_parser_gives_the_topic_a_relay_mail_carries(language: str) -> None:
    """From a whole relay mail (the generator's template in each locale): the subject's topic is what is read."""
    word = next(t for lang, t, yes in TOPICS if lang == language and yes)
    generator = RelayMailGenerator(start=START)
    raw = generator.buyer_message(locale=language, topic=word, order_id="113-2048811-7305517")
    message = parse(raw, verify=False)
    assert message.kind == "buyer_message" and message.topic == word
    assert is_return_topic(message.topic)


# ----------------------------------------------------------------------------------------- the report's text

REPORT = "\t".join(REPORT_FIELDS)


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("", set()),
        (REPORT + "\n", set()),
        (REPORT + "\n2026-10-30T10:00:00+00:00\t113-1\t" + "\t".join(["x"] * 11) + "\n", {"113-1"}),
        ("\ufeff" + REPORT + "\r\n2026-10-30\t113-1\r\n2026-10-31\t113-2\r\n2026-11-01\t113-1\r\n", {"113-1", "113-2"}),
        # Columns found by name, not by position; names are matched case-insensitively.
        ("ORDER-ID\treturn-date\n113-9\t2026-10-30\n", {"113-9"}),
        # A comment column with a quote and a tab-free free text does not shift the columns.
        (REPORT + '\n2026-10-30\t113-7\ts\ta\tf\t"mug\t1\tPHX7\tSELLABLE\tUNWANTED\tok\tLPN\tsaid "no"\n', {"113-7"}),
    ],
)  # fmt: skip
def test_parse_returns(text: str, orders: set[str]) -> None:
    assert parse_returns(text) == orders


def test_a_report_without_an_order_id_field_is_unreadable() -> None:
    with pytest.raises(ValueError, match="order-id"):
        parse_returns("return-date\tsku\n2026-10-30\tX\n")


# ------------------------------------------------------------------------------------ end to end, the client


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(START)


@pytest.fixture
def spec(clock: VirtualClock) -> SandboxSpec:
    return AmazonAdapter.sandbox(clock)  # SP-API + relay mail (the gift recipients' messages are seeded)


@pytest.fixture
def simulator(spec: SandboxSpec) -> sim.AmazonSimulator:
    controller: sim.AmazonSimulator = spec.controller
    return controller


@pytest.fixture
def calls(spec: SandboxSpec) -> PlatformCalls:
    return PlatformCalls(spec)


@pytest.fixture
def client(spec: SandboxSpec, clock: VirtualClock, calls: PlatformCalls) -> Iterator[Client]:
    with Sandbox([spec], clock=clock).client() as c:
        yield c


def conversation_of(client: Client, order_id: str) -> Conversation:
    return next(c for c in client.conversations.list(platform="amazon") if c.order_id == order_id)


def report_calls(made: Any) -> dict[str, int]:
    names = {
        "POST /reports/2021-06-30/reports": "createReport",
        "GET /reports/2021-06-30/reports": "getReport",
        "GET /reports/2021-06-30/documents": "getReportDocument",
        "GET /sandbox-s3/report-documents": "download",
    }
    found: dict[str, int] = {}
    for request in made.requests:
        path = "/".join(request.url.path.split("/")[:-1]) if request.method == "GET" else request.url.path
        name = names.get(f"{request.method} {path}")
        if name:
            found[name] = found.get(name, 0) + 1
    return found


def invoice(client: Client, order_id: str, key: str) -> Any:
    return client.messages.send(order_id, "invoice", attachments=[PDF], idempotency_key=key)


#: (case, order, where the return is known from, proactive refused by the rule)
ORDERS = [
    ("returned: the FBA customer returns report", sim.FBA_GIFT_RETURNED, "report", True),
    ("return asked for by relay mail", sim.FBA_GIFT_RETURN_REQUESTED, "relay", True),
    ("FBA gift without a return", sim.FBA_GIFT_ORDER, None, False),
]


@pytest.mark.parametrize(("case", "order", "source", "refused"), ORDERS, ids=[o[0] for o in ORDERS])
def test_proactive_send_refused_and_reply_accepted(
    client: Client, simulator: sim.AmazonSimulator, case: str, order: str, source: str | None, refused: bool
) -> None:
    client.conversations.list(platform="amazon").to_list()  # the inbox is read: relay mail ingested
    context = client.orders.context(order)
    assert context.fulfilment.value == "platform" and context.is_gift
    assert context.knows(OrderFact.RETURN) and context.is_return is refused
    if refused:
        with pytest.raises(PolicyViolation) as caught:
            invoice(client, order, f"gift-{order}")
        assert caught.value.rule == RULE
        assert [f.rule for f in caught.value.findings if f.blocks] == [RULE]
        assert simulator.sent(order) == []
    else:
        sent = invoice(client, order, f"gift-{order}")
        assert sent.kind.value == "invoice" and len(simulator.sent(order)) == 1
    conversations = [c for c in client.conversations.list(platform="amazon") if c.order_id == order]
    if conversations:  # the buyer wrote: a reply always goes out
        reply = client.messages.reply(
            conversations[0].id,
            f"Thank you for your message about order {order}. The mug also comes in blue and green.",
        )
        assert reply.direction.value == "outbound"


def test_the_async_client_refuses_the_same_send(spec: SandboxSpec, clock: VirtualClock) -> None:
    async def main() -> PolicyViolation:
        async with Sandbox([spec], clock=clock).async_client() as client:
            with pytest.raises(PolicyViolation) as caught:
                await client.messages.send(sim.FBA_GIFT_RETURNED, "invoice", attachments=[PDF])
            return caught.value

    assert anyio.run(main).rule == RULE


def test_the_report_is_read_only_when_a_rule_needs_it_and_then_cached(
    client: Client, calls: PlatformCalls, clock: VirtualClock, simulator: sim.AmazonSimulator
) -> None:
    conv = conversation_of(client, sim.FBA_GIFT_RETURNED)
    # A reply needs no order facts: no SP-API call at all, no report.
    with calls.measure() as made:
        client.messages.reply(conv.id, f"Thank you for your message about order {sim.FBA_GIFT_RETURNED}.")
    assert report_calls(made) == {} and not [r for r in made.requests if "sellingpartnerapi" in r.url.host]
    # A proactive send on a merchant-fulfilled order: the report lists FBA orders only, so it is not read.
    with calls.measure() as made:
        client.messages.send(sim.MFN_ORDER, "invoice", attachments=[PDF], idempotency_key="mfn-1")
    assert report_calls(made) == {}
    # The first FBA gift order costs the report flow once ...
    with calls.measure() as made, pytest.raises(PolicyViolation):
        invoice(client, sim.FBA_GIFT_RETURNED, "g1")
    assert report_calls(made) == {"createReport": 1, "getReport": 1, "getReportDocument": 1, "download": 1}
    # ... the same order again costs nothing (the order fact is cached), another FBA gift order neither (one
    # report serves the account) ...
    for order, key in ((sim.FBA_GIFT_RETURNED, "g2"), (sim.FBA_GIFT_ORDER, "g3")):
        with calls.measure() as made, contextlib.suppress(PolicyViolation):
            invoice(client, order, key)
        assert report_calls(made) == {}, order
    # ... until the returns fact and the report age out (15 minutes): a return Amazon received since shows then.
    simulator.add_return(
        sim.FBA_GIFT_ORDER,
        {
            **simulator.orders[sim.FBA_GIFT_RETURNED].returns[0],
            "order-id": sim.FBA_GIFT_ORDER,
            "return-date": START.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        },
    )
    clock.advance(16 * 60)
    with calls.measure() as made, pytest.raises(PolicyViolation) as caught:
        invoice(client, sim.FBA_GIFT_ORDER, "g4")
    assert caught.value.rule == RULE
    assert report_calls(made)["createReport"] == 1


def test_a_report_still_processing_is_polled_not_requested_again(
    client: Client, calls: PlatformCalls, simulator: sim.AmazonSimulator, clock: VirtualClock
) -> None:
    simulator.report_processing = timedelta(minutes=10)  # longer than a send waits (20 s)
    with calls.measure() as made:
        context = client.orders.context(sim.FBA_GIFT_RETURNED)
    assert not context.knows(OrderFact.RETURN), "unknown for now: asked again on the next read"
    assert report_calls(made) == {"createReport": 1, "getReport": 5}
    clock.advance(10 * 60)
    with calls.measure() as made:
        context = client.orders.context(sim.FBA_GIFT_RETURNED)
    assert context.is_return and context.knows(OrderFact.RETURN)
    assert report_calls(made) == {"getReport": 1, "getReportDocument": 1, "download": 1}


def test_no_returns_in_range_is_a_cancelled_report(
    client: Client, calls: PlatformCalls, simulator: sim.AmazonSimulator
) -> None:
    simulator.orders[sim.FBA_GIFT_RETURNED].returns.clear()
    with calls.measure() as made:
        context = client.orders.context(sim.FBA_GIFT_RETURNED)
    assert context.knows(OrderFact.RETURN) and not context.is_return
    assert report_calls(made) == {"createReport": 1, "getReport": 1}  # CANCELLED: no document to fetch


def test_an_app_without_the_reports_role_falls_back_on_relay_mail(
    client: Client, calls: PlatformCalls, simulator: sim.AmazonSimulator
) -> None:
    simulator.reports_allowed = False
    client.conversations.list(platform="amazon").to_list()
    with calls.measure() as made:
        returned = client.orders.context(sim.FBA_GIFT_RETURNED)
        asked = client.orders.context(sim.FBA_GIFT_RETURN_REQUESTED)
    assert not returned.knows(OrderFact.RETURN) and not returned.is_return  # only the report knew
    assert asked.is_return  # the relay topic still tells
    assert report_calls(made) == {"createReport": 1}, "refused once, not asked again"


def test_the_report_can_be_switched_off(spec: SandboxSpec, clock: VirtualClock, calls: PlatformCalls) -> None:
    account = spec.accounts[0]
    off = account.model_copy(update={"settings": {**account.settings, "returns_report": False}})
    sandbox = Sandbox([spec], clock=clock)
    with Client([off], http_client=sandbox.http_client(), clock=clock) as client, calls.measure() as made:
        assert not client.orders.context(sim.FBA_GIFT_RETURNED).is_return
    assert report_calls(made) == {}


def test_a_document_url_off_the_allowed_hosts_is_not_fetched(
    client: Client, simulator: sim.AmazonSimulator, calls: PlatformCalls
) -> None:
    def elsewhere(request: httpx.Request) -> httpx.Response | None:
        if "/reports/2021-06-30/documents/" in request.url.path:
            body = {"reportDocumentId": "d1", "url": "http://169.254.169.254/latest/meta-data/"}
            return httpx.Response(200, json=body)
        return None

    simulator.hooks.append(elsewhere)
    with calls.measure() as made, pytest.raises(ResponseValidationError, match="not an https S3 host"):
        client.orders.context(sim.FBA_GIFT_RETURNED)
    assert "download" not in report_calls(made)


def test_the_download_is_gunzipped_only_when_the_document_says_so(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    text = (REPORT + f"\n2026-10-30\t{sim.FBA_GIFT_ORDER}\n").encode()

    def plain(request: httpx.Request) -> httpx.Response | None:
        if "/reports/2021-06-30/documents/" in request.url.path:
            url = f"https://{request.url.host}/sandbox-s3/plain-document"
            return httpx.Response(200, json={"reportDocumentId": "d1", "url": url})
        if request.url.path == "/sandbox-s3/plain-document":
            assert "x-amz-access-token" not in request.headers, "the token never leaves SP-API hosts"
            return httpx.Response(200, content=text, headers={"content-type": "text/plain; charset=utf-8"})
        return None

    simulator.hooks.append(plain)
    assert client.orders.context(sim.FBA_GIFT_ORDER).is_return
    assert gzip.decompress(gzip.compress(text)) == text  # (the simulator's own documents are gzip)


def test_the_create_report_body_follows_the_model(client: Client, calls: PlatformCalls) -> None:
    model = json.loads((MODELS / "reports_2021-06-30.json").read_text())
    schema = {**model["definitions"]["CreateReportSpecification"], "definitions": model["definitions"]}
    with calls.measure() as made:
        client.orders.context(sim.FBA_GIFT_RETURNED)
    (create,) = [r for r in made.requests if r.method == "POST" and r.url.path.endswith("/reports")]
    body = json.loads(create.content)
    jsonschema.Draft4Validator(schema).validate(body)
    assert body["reportType"] == RETURNS_REPORT_TYPE and body["marketplaceIds"] == [sim.MARKETPLACE_ID]
    assert datetime.fromisoformat(body["dataStartTime"].replace("Z", "+00:00")) == START - timedelta(days=60)


def test_async_and_sync_clients_read_the_same_context(spec: SandboxSpec, clock: VirtualClock) -> None:
    async def main() -> Any:
        async with AsyncClient(
            spec.accounts, http_client=Sandbox([spec], clock=clock).async_http_client(), clock=clock
        ) as client:
            return await client.orders.context(sim.FBA_GIFT_RETURNED)

    assert anyio.run(main).is_return
