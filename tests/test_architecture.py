"""Architecture promises: the core knows no platform, the public surface is pinned, imports are warning-free."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import marketmsg
from marketmsg import _client

SRC = Path(marketmsg.__file__).parent
FORBIDDEN = ("marketmsg_amazon", "marketmsg_aliexpress", "marketmsg_fakemarket", "sp_api")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_imports_nothing_from_any_adapter() -> None:
    offenders = {
        str(path.relative_to(SRC)): sorted(n for n in _imports(path) if n.split(".")[0] in FORBIDDEN)
        for path in SRC.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


PLATFORM_WORDS = ("amazon", "aliexpress", "amzn")
#: Core string literals allowed to name a platform, each with the reason.
PLATFORM_WORDS_ALLOWED = {
    # The buyer-data retention default cites the policy it comes from (issue 12.5); a per-adapter retention
    # hook would move it out of the core.
    ("retention.py", "DPP_SOURCE"),
}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (module, class, function, and attribute docstrings)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for stmt in body:
            if (
                isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, str)
            ):
                found.add(id(stmt.value))
    return found


def _assigned_to(tree: ast.AST) -> dict[int, str]:
    names: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            label = ",".join(t.id for t in targets if isinstance(t, ast.Name))
            for sub in ast.walk(node):
                names[id(sub)] = label
    return names


def test_no_core_string_literal_names_a_platform() -> None:
    """Behaviour never keys on a platform's name in the core: names, formats, headers and windows come from the
    adapters and their rule packs (docstrings may cite platforms as examples)."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs, owners = _docstrings(tree), _assigned_to(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docs:
                continue
            if any(word in node.value.lower() for word in PLATFORM_WORDS):
                if (path.name, owners.get(id(node), "")) in PLATFORM_WORDS_ALLOWED:
                    continue
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.value[:70]!r}")
    assert offenders == []


def test_importing_the_core_loads_no_adapter() -> None:
    code = (
        "import sys, marketmsg, marketmsg.testing, marketmsg.sandbox, marketmsg.cli\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('marketmsg_amazon', 'marketmsg_aliexpress', 'marketmsg_fakemarket', 'sp_api')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_imports_are_warning_free() -> None:
    code = "import marketmsg, marketmsg_amazon, marketmsg_aliexpress, marketmsg.testing, marketmsg.cli"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


EXPECTED_ALL = sorted(marketmsg.__all__)


def test_public_all_is_pinned() -> None:
    assert marketmsg.__all__ == [
        "ADAPTER_API_VERSION",
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "AcceptSolution",
        "Account",
        "Adapter",
        "AdapterLoadError",
        "AsyncClient",
        "AsyncPaginator",
        "Attachment",
        "AuthenticationError",
        "Authenticity",
        "BadRequestError",
        "CallRecord",
        "Capability",
        "CapabilityError",
        "Channel",
        "Client",
        "Clock",
        "ConfigurationError",
        "ConflictError",
        "Conversation",
        "ConversationStatus",
        "Deadline",
        "DeliveryUnknown",
        "Direction",
        "Dispute",
        "DisputeActionRefused",
        "DisputeStatus",
        "DisputeTimeline",
        "EmptyMessageError",
        "EventHooks",
        "Feature",
        "Fulfilment",
        "IdempotencyConflict",
        "InMemoryOutbox",
        "InternalServerError",
        "InvalidIdError",
        "InvalidRequestError",
        "MarketmsgError",
        "Message",
        "MessageKind",
        "Money",
        "NotFoundError",
        "OrderContext",
        "Outbox",
        "OutboxEntry",
        "OutboxPart",
        "OutboxState",
        "PartialDelivery",
        "Party",
        "PartyRole",
        "PermissionDeniedError",
        "PlatformRuleError",
        "PolicyViolation",
        "ProposeSolution",
        "RateLimit",
        "RateLimitError",
        "ReachedType",
        "RefusedKind",
        "ResponseTooLargeError",
        "ResponseValidationError",
        "RetryPolicy",
        "Solution",
        "SolutionKind",
        "SolutionStatus",
        "SyncPaginator",
        "SystemClock",
        "UnexpectedRedirectError",
        "UnknownAdapterError",
        "UnknownMessageKindError",
        "UnsupportedOperationError",
        "UploadEvidence",
        "VirtualClock",
        "__version__",
        "available_adapters",
        "get_adapter",
        "load_accounts",
        "redact",
        "register_adapter",
        "register_secret",
        "unregister_adapter",
    ]
    assert marketmsg.__all__ == EXPECTED_ALL, "keep __all__ sorted"
    public = {n for n in dir(marketmsg) if not n.startswith("_")} - {
        "adapter",
        "auth",
        "models",
        "rules",
        "sandbox",
        "testing",
        "transport",
        "cli",
        "templates",
        "store",
        "inbox",
        "lazy",
        "offplatform",
        "retention",
        "events",
        "worker",
    }
    assert public <= set(marketmsg.__all__) | {"__version__"}, public - set(marketmsg.__all__)


def test_exported_classes_present_as_marketmsg() -> None:
    assert marketmsg.Client.__module__ == "marketmsg"
    assert marketmsg.PolicyViolation.__module__ == "marketmsg"


def _public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        n: inspect.signature(getattr(cls, n))
        for n in dir(cls)
        if not n.startswith("_") and callable(getattr(cls, n))
    }


def test_sync_and_async_resources_have_identical_signatures() -> None:
    pairs = [
        (_client.Conversations, _client.AsyncConversations),
        (_client.Messages, _client.AsyncMessages),
        (_client.Orders, _client.AsyncOrders),
        (_client.Disputes, _client.AsyncDisputes),
    ]
    for sync_cls, async_cls in pairs:
        sync_methods, async_methods = _public_methods(sync_cls), _public_methods(async_cls)
        assert sync_methods.keys() == async_methods.keys(), (sync_cls, async_cls)
        for name in sync_methods:
            s, a = sync_methods[name], async_methods[name]
            assert list(s.parameters) == list(a.parameters), (sync_cls.__name__, name)
            for pname in s.parameters:
                assert s.parameters[pname].default == a.parameters[pname].default, (name, pname)
                assert s.parameters[pname].kind == a.parameters[pname].kind, (name, pname)
            is_async = inspect.iscoroutinefunction(getattr(async_cls, name))
            returns_paginator = "Paginator" in str(a.return_annotation)
            assert is_async or returns_paginator, f"{async_cls.__name__}.{name} must be awaitable or paginate"


def test_clients_expose_the_same_resources() -> None:
    import re

    def resources(cls: type) -> dict[str, str]:
        source = inspect.getsource(cls.__init__)
        return {m[0]: m[1].removeprefix("Async") for m in re.findall(r"self\.(\w+) = (\w+)\(self\)", source)}

    sync = resources(marketmsg.Client)
    assert sync == resources(marketmsg.AsyncClient)
    assert set(sync) == {"conversations", "messages", "orders", "disputes"}
