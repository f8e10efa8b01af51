"""Payload URLs are fetched only over https from the platform's hosts, never from private addresses."""

from __future__ import annotations

import pytest

from marketmsg.transport import UnsafeURLError, check_url

S3 = (".amazonaws.com",)


@pytest.mark.parametrize(
    ("url", "allowed", "ok"),
    [
        ("https://tortuga-prod-na.s3-external-1.amazonaws.com/upload?X-Amz-Signature=1", S3, True),
        ("https://amazonaws.com/x", S3, True),
        ("http://tortuga-prod-na.s3-external-1.amazonaws.com/upload", S3, False),  # not https
        ("https://evil.example.com/x", S3, False),  # not allow-listed
        ("https://amazonaws.com.evil.example/x", S3, False),  # suffix trick
        ("https://169.254.169.254/latest/meta-data/", ("169.254.169.254",), False),  # link-local metadata
        ("https://127.0.0.1/x", ("127.0.0.1",), False),  # loopback
        ("https://10.0.0.5/x", ("10.0.0.5",), False),  # private
        ("https://[::1]/x", ("::1",), False),
        ("file:///etc/passwd", S3, False),
        ("https://ae01.alicdn.com/kf/img.jpg", (".alicdn.com",), True),
    ],
)
def test_check_url(url: str, allowed: tuple[str, ...], ok: bool) -> None:
    if ok:
        assert check_url(url, allowed).host
    else:
        with pytest.raises(UnsafeURLError):
            check_url(url, allowed)


def test_sandbox_loopback_is_explicit() -> None:
    assert check_url("http://127.0.0.1:8080/upload/1", S3, allow_http_hosts=("127.0.0.1",)).port == 8080


def test_payload_downloads_are_size_limited(fakemarket: None) -> None:
    import anyio
    import httpx

    from marketmsg import Account, AsyncClient, Client, ResponseValidationError
    from marketmsg.adapter import HttpCall
    from marketmsg_fakemarket import API_KEY

    def image(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000, headers={"content-type": "image/jpeg"})

    account = Account(platform="fakemarket", seller_id="S1", credentials={"api_key": API_KEY})

    def fetch(limit: int) -> object:
        request = httpx.Request("GET", "https://img.fakemarket.test/a.jpg")
        response = yield HttpCall(request=request, operation="fetchImage", max_bytes=limit, auth=False)
        return response.content

    http = httpx.Client(mounts={"https://img.fakemarket.test": httpx.MockTransport(image)})
    with Client([account], http_client=http) as client:
        adapter = client._state.adapters["fakemarket:S1"]
        assert client._run(adapter, fetch(10_000)) == b"x" * 5000
        with pytest.raises(ResponseValidationError, match="larger than 1000 bytes"):
            client._run(adapter, fetch(1000))

    async def main() -> None:
        ahttp = httpx.AsyncClient(mounts={"https://img.fakemarket.test": httpx.MockTransport(image)})
        async with AsyncClient([account], http_client=ahttp) as aclient:
            adapter = aclient._state.adapters["fakemarket:S1"]
            with pytest.raises(ResponseValidationError):
                await aclient._run(adapter, fetch(1000))
        await ahttp.aclose()

    anyio.run(main)
