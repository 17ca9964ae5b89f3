"""The site-wide rate limiter: who the client is, the search API's JSON 429, password reset."""

import pytest
from django.test import Client, RequestFactory

from site_config.ratelimit import client_ip, client_key

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, message", [("vi", "Quá nhiều yêu cầu. Vui lòng chờ"), ("en", "Too many requests. Please wait")]
)
def test_a_burst_on_the_search_api_and_suggest_gets_a_json_429(locales, settings, language, message):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "search": (3, 60)}
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    codes = [
        client.get("/api/v1/search/", {"q": "trà", "locale": language}).status_code,
        client.get("/api/v1/search/suggest/", {"q": "tr", "locale": language}).status_code,
        client.get("/api/v1/search/", {"q": "mực", "locale": language}).status_code,
    ]
    assert codes == [200, 200, 200]
    for url in ("/api/v1/search/", "/api/v1/search/suggest/"):
        response = client.get(url, {"q": "trà"})
        assert response.status_code == 429
        assert response["Content-Type"] == "application/json"
        retry_after = int(response["Retry-After"])
        assert 1 <= retry_after <= 60
        assert response.json()["retry_after"] == retry_after
        assert message in response.json()["error"]
    # The HTML search page shares the allowance and answers with a page.
    page = client.get(f"/{language}/search/", {"q": "trà"})
    assert page.status_code == 429 and "<html" in page.content.decode() and message in page.content.decode()


def test_the_default_search_allowance_is_120_a_minute(locales):
    client = Client()
    codes = [client.get("/api/v1/search/suggest/", {"q": ""}).status_code for _ in range(121)]
    assert codes[:120] == [200] * 120 and codes[120] == 429


def test_password_reset_requests_are_throttled(locales, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "password_reset": (2, 3600)}
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(2):
        assert client.post("/admin/password_reset/", {"email": "someone@example.com"}).status_code == 302
    response = client.post("/admin/password_reset/", {"email": "someone@example.com"})
    assert response.status_code == 429 and 1 <= int(response["Retry-After"]) <= 3600


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_the_client_is_the_tcp_peer_unless_a_proxy_is_trusted(settings):
    settings.OCOP_TRUSTED_PROXY_HEADER = ""
    # Without a trusted proxy, a forwarded header is the client's own claim: ignored.
    assert client_ip(request_from("203.0.113.5", "1.2.3.4")) == "203.0.113.5"
    settings.OCOP_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    settings.OCOP_TRUSTED_PROXY_COUNT = 1
    # Our proxy appends the address it saw; anything the client wrote to the left is not trusted.
    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 198.51.100.20")) == "198.51.100.20"
    assert client_ip(request_from("10.0.0.2", "9.9.9.9, 198.51.100.20")) == "198.51.100.20"
    settings.OCOP_TRUSTED_PROXY_COUNT = 2  # a CDN in front of the load balancer
    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 198.51.100.20, 172.16.0.9")) == "198.51.100.20"
    # Too few entries, or garbage: the TCP peer.
    assert client_ip(request_from("10.0.0.2", "198.51.100.20")) == "10.0.0.2"
    settings.OCOP_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from("10.0.0.2", "not-an-ip")) == "10.0.0.2"


def test_ipv6_clients_are_counted_per_64_network():
    assert client_key(request_from("2001:db8:1:2:aaaa::1")) == client_key(request_from("2001:db8:1:2:bbbb::9"))
    assert client_key(request_from("2001:db8:1:3::1")) != client_key(request_from("2001:db8:1:2::1"))
    assert client_key(request_from("::ffff:203.0.113.9")) == "203.0.113.9"
