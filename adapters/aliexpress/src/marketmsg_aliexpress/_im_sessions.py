"""IM sessions: ``aliexpress/message/session/get`` and ``aliexpress/message/session/open`` (aliexpress.md §3.5).

Parameters, from the official Java IOP SDK (emsaniey20/java ``AliexpressMessageSessionGetRequest`` /
``AliexpressMessageSessionOpenRequest``; both POST, one JSON DTO each):

* ``session/get``: ``im_query_session_dto`` = ``{buyer_id}`` (Long). The SDK types the answer's ``result`` as an
  untyped ``HashMap<String, Object>``, so no field of it is known: it is returned as received.
* ``session/open``: ``im_session_open_dto`` = ``{buyer_id (Long), buyer_login_id}``; answer ``result`` =
  ``{success, error_code, error_message, data: {open_result (SUCCESS | FAIL), current_buyer_id}}``
  (``AliexpressMessageSessionOpenResult``, ``…AeImSessionOpenResultDTO``).

Like every IM API, whether an ordinary seller app may call them is unconfirmed (§3.1); both are refused before
any request unless the account's ``messaging_api`` is ``"im"``. An inner ``success: false`` is raised as a
``BadRequestError`` by the adapter's response classifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field

from marketmsg import InvalidIdError
from marketmsg.adapter import Flow
from marketmsg.models import MarketmsgModel

from ._conversations import im_data, result_of
from ._limits import API
from ._wire import wire_text

if TYPE_CHECKING:
    from ._adapter import AliExpressAdapter

__all__ = ["ImSession", "ImSessionOpened", "get_session", "open_session"]


class ImSession(MarketmsgModel):
    """The answer of ``session/get``: untyped in the official SDK, so ``raw`` is the ``result`` map as received."""

    buyer_id: str
    raw: Any = Field(default=None, repr=False)


class ImSessionOpened(MarketmsgModel):
    """The answer of ``session/open``: ``opened`` is True when ``open_result`` is ``SUCCESS``."""

    buyer_id: str
    opened: bool
    open_result: str | None = None
    current_buyer_id: str | None = None
    raw: Any = Field(default=None, repr=False)


def _buyer_id(value: str, operation: str) -> str:
    text = str(value).strip()
    if text.startswith("im/"):  # an IM conversation's native id names the buyer
        text = text[3:]
    if not text.isdigit():
        raise InvalidIdError(
            f"{operation}: buyer_id must be the buyer's numeric IM id (the Long `buyer_id` of the IM DTOs, e.g. "
            f"the <buyer id> of an im/<buyer id> conversation), not {value!r}"
        )
    return text


def get_session(adapter: AliExpressAdapter, buyer_id: str) -> Flow[ImSession]:
    """``session/get`` for one buyer; a read (retried on transient errors)."""
    buyer = _buyer_id(buyer_id, "get_session")
    adapter.require_messaging("im", "get_session")
    raw = yield from adapter.gateway_call(
        API.IM_SESSION_GET, {"im_query_session_dto": {"buyer_id": int(buyer)}}, result_of
    )
    return ImSession(buyer_id=buyer, raw=raw)


def open_session(
    adapter: AliExpressAdapter, buyer_id: str, buyer_login_id: str | None
) -> Flow[ImSessionOpened]:
    """``session/open``; opening an open session again changes nothing, so it is retried like a read."""
    buyer = _buyer_id(buyer_id, "open_session")
    adapter.require_messaging("im", "open_session")
    # buyer_id is a Long in the SDK DTO, so it travels as a JSON number; an absent login id is dropped.
    dto = {"buyer_id": int(buyer), "buyer_login_id": buyer_login_id}

    def parse(payload: dict[str, Any]) -> ImSessionOpened:
        # AliexpressMessageSessionOpenResult.data = AeImSessionOpenResultDTO{open_result, current_buyer_id (Long)}
        data = im_data(payload)
        outcome = wire_text(data.get("open_result"))
        return ImSessionOpened(
            buyer_id=buyer,
            opened=(outcome or "").upper() == "SUCCESS",
            open_result=outcome,
            current_buyer_id=wire_text(data.get("current_buyer_id")),
            raw=result_of(payload),
        )

    return (yield from adapter.gateway_call(API.IM_SESSION_OPEN, {"im_session_open_dto": dto}, parse))
