"""The contract kit fails for broken adapters, not only passes for good ones.

Deliberately broken variants of real adapters (a declared feature left unimplemented, a misspelt operation, a
reply sent twice, a mark-read that does nothing, a dispute action that changes nothing, a declared feature the
kit is not told how to exercise) each run the kit in a separate pytest process; each must fail exactly where it
is broken, and the unbroken adapter beside them must pass.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET

import pytest

BROKEN = textwrap.dedent(
    """
    from marketmsg.adapter import Adapter, Feature, ReplyContext
    from marketmsg.testing import AdapterContract
    from marketmsg_aliexpress import AliExpressAdapter
    from marketmsg_aliexpress.simulator import IM_SELLER
    from marketmsg_fakemarket import FakemarketAdapter


    class TestGood(AdapterContract):
        adapter_class = FakemarketAdapter


    class DeclaresDisputes(FakemarketAdapter):
        features = FakemarketAdapter.features | {Feature.DISPUTES}


    class TestDeclaresUnimplemented(AdapterContract):
        adapter_class = DeclaresDisputes


    class MisspeltSend(FakemarketAdapter):
        send_reply = Adapter.send_reply  # as if never written: the override below is misspelt

        def send_replyy(self, conversation_native_id, draft, context=ReplyContext()):
            return FakemarketAdapter.send_reply(self, conversation_native_id, draft, context)


    class TestMisspelt(AdapterContract):
        adapter_class = MisspeltSend


    class MisspeltUndeclared(FakemarketAdapter):
        features = FakemarketAdapter.features - {Feature.MARK_READ}
        mark_read = Adapter.mark_read

        def mark_raed(self, conversation_native_id):
            return FakemarketAdapter.mark_read(self, conversation_native_id)


    class TestMisspeltUndeclared(AdapterContract):
        adapter_class = MisspeltUndeclared


    class SendsTwice(FakemarketAdapter):
        def send_reply(self, conversation_native_id, draft, context=ReplyContext()):
            yield from FakemarketAdapter.send_reply(self, conversation_native_id, draft, context)
            return (yield from FakemarketAdapter.send_reply(self, conversation_native_id, draft, context))


    class TestSendsTwice(AdapterContract):
        adapter_class = SendsTwice


    class MarkReadDoesNothing(FakemarketAdapter):
        def mark_read(self, conversation_native_id):
            return None
            yield  # a flow without effects


    class TestMarkReadDoesNothing(AdapterContract):
        adapter_class = MarkReadDoesNothing


    class TestAliExpressUnconfigured(AdapterContract):
        adapter_class = AliExpressAdapter  # declares order features and proactive sends; no order_id given


    class InertDisputeActions(AliExpressAdapter):
        def act_on_dispute(self, native_id, action, context=None):
            return (yield from self.get_dispute(native_id))


    class TestInertDisputeActions(AdapterContract):
        adapter_class = InertDisputeActions
        order_id = f"30{IM_SELLER[-4:]}001"
        order_account = IM_SELLER
    """
)

# Class → the kit's tests that must fail for it (test names without their sync/async parameter).
MUST_FAIL = {
    "TestGood": set(),
    "TestDeclaresUnimplemented": {"test_declared_features_are_implemented", "test_lists_and_gets_disputes"},
    "TestMisspelt": {
        "test_declared_features_are_implemented",
        "test_no_misspelt_contract_names",
        "test_reply_is_sent_once_per_idempotency_key",
    },
    "TestMisspeltUndeclared": {"test_no_misspelt_contract_names"},
    "TestSendsTwice": {"test_reply_is_sent_once_per_idempotency_key"},
    "TestMarkReadDoesNothing": {"test_mark_read_is_idempotent_and_clears_unread"},
    "TestAliExpressUnconfigured": {
        "test_capabilities_for_an_order",
        "test_order_context_has_the_facts_it_names",
        "test_proactive_send_is_sent_once_per_idempotency_key",
        "test_attachment_reaches_the_platform",  # the kit's default PDF: AliExpress takes images by URL only
    },
    "TestInertDisputeActions": {"test_dispute_action_changes_the_dispute"},
}
# The AliExpress variants run only the tests they are about (the whole kit there is the slow part).
SELECT = (
    "(not AliExpress and not Inert) or declares_metadata or (Inert and dispute_action) "
    "or (AliExpress and (capabilities or order_context or proactive or attachment))"
)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, set[str]]]:
    """Class → {"failed": test names, "passed": test names}, from one pytest run over the broken adapters."""
    folder = tmp_path_factory.mktemp("contract-kit")
    (folder / "test_broken_adapters.py").write_text(BROKEN, encoding="utf-8")
    report = folder / "report.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "-k", SELECT, f"--junitxml={report}", "test_broken_adapters.py"],
        cwd=folder, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert report.exists(), run.stdout[-3000:] + run.stderr[-3000:]
    found: dict[str, dict[str, set[str]]] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        cls = case.get("classname", "").rsplit(".", 1)[-1]
        name = case.get("name", "").split("[", 1)[0]
        if case.find("skipped") is not None:
            continue
        failed = case.find("failure") is not None or case.find("error") is not None
        found.setdefault(cls, {"failed": set(), "passed": set()})["failed" if failed else "passed"].add(name)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("cls", sorted(MUST_FAIL))
def test_the_kit_fails_where_the_adapter_is_broken(
    cls: str, outcomes: dict[str, dict[str, set[str]]]
) -> None:
    assert cls in outcomes, f"the kit did not run {cls}"
    assert outcomes[cls]["failed"] == MUST_FAIL[cls]
    assert outcomes[cls]["passed"], f"{cls}: nothing passed, so the variant is broken beyond its one fault"
