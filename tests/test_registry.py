"""Adapter discovery: entry points, explicit registration, did-you-mean, isolation of broken adapters."""

from __future__ import annotations

import warnings
from importlib.metadata import EntryPoint

import pytest

import marketmsg
from marketmsg import AdapterLoadError, UnknownAdapterError, _registry, available_adapters, get_adapter
from marketmsg.adapter import Adapter, Feature


def test_installed_adapters_are_found_by_entry_point() -> None:
    assert {"amazon", "aliexpress"} <= set(available_adapters())
    assert get_adapter("amazon").name == "amazon"
    assert get_adapter("aliexpress").__module__.startswith("marketmsg_aliexpress")


@pytest.mark.parametrize(
    ("typo", "suggestion"), [("amazn", "amazon"), ("aliexpres", "aliexpress"), ("Amazon", "amazon")]
)
def test_unknown_adapter_suggests_the_closest(typo: str, suggestion: str) -> None:
    with pytest.raises(UnknownAdapterError) as info:
        get_adapter(typo)
    assert info.value.suggestion == suggestion
    assert f"Unknown adapter '{typo}'. Did you mean '{suggestion}'?" in str(info.value)


def test_unknown_adapter_without_a_close_match() -> None:
    with pytest.raises(UnknownAdapterError) as info:
        get_adapter("ebay")
    assert info.value.suggestion is None
    assert "pip install" in str(info.value)


def test_unknown_platform_in_an_account_is_a_config_error() -> None:
    with pytest.raises(UnknownAdapterError, match="Did you mean 'amazon'"):
        marketmsg.Client([marketmsg.Account(platform="amazn", seller_id="A1")])


class _OldAdapter(Adapter):
    name = "old"
    display_name = "Old"
    adapter_api_version = 0
    features = frozenset({Feature.LIST_CONVERSATIONS})


def test_adapter_for_another_contract_version_is_refused() -> None:
    marketmsg.register_adapter("old", _OldAdapter)
    try:
        with pytest.raises(AdapterLoadError, match="adapter API version 0"):
            get_adapter("old")
    finally:
        marketmsg.unregister_adapter("old")


def test_broken_adapter_is_isolated() -> None:
    marketmsg.register_adapter("broken", "marketmsg_does_not_exist.adapter:Broken")
    try:
        with pytest.raises(AdapterLoadError, match="failed to load"):
            get_adapter("broken")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            loaded = _registry.load_all()
        assert "amazon" in loaded and "broken" not in loaded
        assert any("broken" in str(w.message) for w in caught)
    finally:
        marketmsg.unregister_adapter("broken")


def test_non_adapter_target_is_refused() -> None:
    marketmsg.register_adapter("notone", "marketmsg.models:Money")
    try:
        with pytest.raises(AdapterLoadError, match="not a subclass"):
            get_adapter("notone")
    finally:
        marketmsg.unregister_adapter("notone")


def test_two_distributions_claiming_one_name(monkeypatch: pytest.MonkeyPatch) -> None:
    duplicated = {
        "dup": [
            EntryPoint(name="dup", value="pkg_a:Adapter", group=_registry.ENTRY_POINT_GROUP),
            EntryPoint(name="dup", value="pkg_b:Adapter", group=_registry.ENTRY_POINT_GROUP),
        ]
    }
    monkeypatch.setattr(_registry, "_entry_points", lambda: duplicated)
    with pytest.raises(AdapterLoadError, match="two installed packages"):
        get_adapter("dup")


def test_disable_env_hides_installed_adapter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARKETMSG_DISABLE_ADAPTERS", "aliexpress")
    _registry._loaded.pop("aliexpress", None)
    assert "aliexpress" not in available_adapters()
    with pytest.raises(UnknownAdapterError):
        get_adapter("aliexpress")


def test_explicit_registration_wins_and_loads_lazily() -> None:
    marketmsg.register_adapter("fakemarket", "marketmsg_fakemarket:FakemarketAdapter")
    try:
        assert get_adapter("fakemarket").display_name == "Fakemarket"
    finally:
        marketmsg.unregister_adapter("fakemarket")
