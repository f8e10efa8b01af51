"""``Answer`` (built for every gateway answer) has a hand-written ``__init__``: the dataclass's own signature and
fields, and it stays frozen."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from marketmsg_aliexpress._response import Answer


def test_answer_init_is_the_dataclass_init() -> None:
    names = [p.name for p in inspect.signature(Answer.__init__).parameters.values()][1:]
    assert names == [f.name for f in dataclasses.fields(Answer)]
    assert all(
        p.default is inspect.Parameter.empty for p in inspect.signature(Answer.__init__).parameters.values()
    )
    answer = Answer("api", 200, {"a": 1}, {"b": 2}, "rid", None, None, (b"{}", {}, True))
    assert dataclasses.asdict(answer) == {
        "api": "api",
        "status_code": 200,
        "body": {"a": 1},
        "payload": {"b": 2},
        "request_id": "rid",
        "error": None,
        "problem": None,
        "source": (b"{}", {}, True),
    }
    assert answer == Answer("api", 200, {"a": 1}, {"b": 2}, "rid", None, None, (b"x", None, False))
    assert "source" not in repr(answer)
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.api = "other"  # type: ignore[misc]
