"""The VietQR payload is the EMVCo string a Vietnamese banking app expects."""

import pytest

from storefront.vietqr import crc16_ccitt, parse_tlv, qr_svg, vietqr_payload


def test_crc_is_ccitt_false():
    assert crc16_ccitt(b"123456789") == 0x29B1


def test_payload_matches_a_known_good_vietqr():
    # Same string as vietnam-qr-pay 1.0.0's QRPay.init_viet_qr(...).build() for these inputs.
    payload = vietqr_payload(
        bank_bin="970436", account_number="0011004012345", amount_vnd=120000, purpose="QN261128-123456"
    )
    assert payload == (
        "00020101021238570010A00000072701270006970436011300110040123450208QRIBFTTA"
        "530370454061200005802VN62190815QN261128-1234566304EE44"
    )


def test_payload_carries_amount_currency_and_order_number():
    payload = vietqr_payload(
        bank_bin="970436", account_number="123456789", amount_vnd=1_250_000, purpose="QN260101-000042"
    )
    fields = parse_tlv(payload)
    assert fields["54"] == "1250000"
    assert fields["53"] == "704"
    assert fields["58"] == "VN"
    assert parse_tlv(fields["62"])["08"] == "QN260101-000042"
    assert parse_tlv(parse_tlv(fields["38"])["01"]) == {"00": "970436", "01": "123456789"}
    assert fields["63"] == f"{crc16_ccitt(payload[:-4].encode()):04X}"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"bank_bin": "97043", "account_number": "1", "amount_vnd": 1},
        {"bank_bin": "970436", "account_number": "", "amount_vnd": 1},
        {"bank_bin": "970436", "account_number": "1", "amount_vnd": 0},
        {"bank_bin": "970436", "account_number": "1", "amount_vnd": 1.5},
    ],
)
def test_bad_bank_details_are_refused(kwargs):
    with pytest.raises(ValueError):
        vietqr_payload(purpose="x", **kwargs)


def test_qr_renders_as_inline_svg():
    svg = qr_svg(vietqr_payload(bank_bin="970436", account_number="1", amount_vnd=1000, purpose="A"))
    assert svg.startswith("<svg") and "</svg>" in svg
