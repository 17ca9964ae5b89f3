"""scripts/stripe-mock.sh: loopback only, HTTP and HTTPS on ports of its own, a status that knows stripe-mock."""

import http.server
import os
import socket
import subprocess
import threading
from pathlib import Path

import pytest

from storefront.payments.stripe_gateway import MOCK_SECRET_KEY
from storefront.services.payments import start_card_payment

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "stripe-mock.sh"


def free_port_pair():
    for port in range(12160, 12260, 2):
        taken = False
        for p in (port, port + 1):
            with socket.socket() as s:
                taken = taken or s.connect_ex(("127.0.0.1", p)) == 0
        if not taken:
            return port
    raise RuntimeError("no free ports")


def run(command, port):
    env = {**os.environ, "STRIPE_MOCK_PORT": str(port)}
    return subprocess.run(["bash", str(SCRIPT), command], env=env, capture_output=True, text=True, timeout=120)


def test_start_binds_http_and_https_to_loopback_and_stop_ends_it():
    port = free_port_pair()
    try:
        started = run("start", port)
        assert started.returncode == 0, started.stderr
        assert f"STRIPE_API_BASE=http://127.0.0.1:{port}" in started.stdout
        listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout
        assert f"127.0.0.1:{port} " in listening and f"127.0.0.1:{port + 1} " in listening
        assert f"*:{port + 1} " not in listening and f"0.0.0.0:{port + 1} " not in listening
        assert run("status", port).returncode == 0
    finally:
        run("stop", port)
    assert run("status", port).returncode == 3


def test_status_does_not_take_another_server_for_stripe_mock():
    port = free_port_pair()
    server = http.server.HTTPServer(("127.0.0.1", port), http.server.BaseHTTPRequestHandler)  # answers 501
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert run("status", port).returncode == 3
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.django_db
def test_the_development_key_is_one_stripe_mock_accepts(card_order, settings):
    settings.STRIPE_SECRET_KEY = ""  # what `make run` does without keys: the built-in test key
    assert MOCK_SECRET_KEY.startswith("sk_test_") and MOCK_SECRET_KEY.count("_") == 2
    payment = start_card_payment(card_order, success_url="http://testserver/a", cancel_url="http://testserver/b")
    assert payment.session_id.startswith("cs_")
