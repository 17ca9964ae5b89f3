"""The stamp code format (catalogue/stamp_codes.py): unguessable, unambiguous, checked, and read
back from whatever a buyer types."""

import math
import string
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalogue import stamp_codes
from catalogue.stamp_codes import ALPHABET, CODE_LENGTH, MalformedCode, check_symbol, display, new_code, parse

payloads = st.text(alphabet=ALPHABET, min_size=stamp_codes.PAYLOAD_LENGTH, max_size=stamp_codes.PAYLOAD_LENGTH)


def test_a_code_has_at_least_80_random_bits_of_unambiguous_symbols():
    assert stamp_codes.RANDOM_BITS >= 80
    assert stamp_codes.PAYLOAD_LENGTH * math.log2(len(ALPHABET)) >= 80
    assert not set("ILOU") & set(ALPHABET)
    code = new_code()
    assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
    assert len(display(code)) == CODE_LENGTH + 2 and display(code).count("-") == 2


def test_codes_are_random_not_sequential():
    codes = [new_code() for _ in range(2000)]
    assert len(set(codes)) == len(codes)
    # Every symbol appears in every position over 2,000 codes (a counter would not do that).
    for position in (0, 8, 16):
        assert len(Counter(code[position] for code in codes)) == len(ALPHABET)


@given(payloads)
def test_the_check_symbol_makes_a_valid_code(payload):
    code = payload + check_symbol(payload)
    assert parse(code) == code
    assert parse(display(code)) == code


@given(payloads, st.integers(0, CODE_LENGTH - 1), st.sampled_from(ALPHABET))
def test_any_single_mistyped_symbol_is_caught(payload, position, symbol):
    code = payload + check_symbol(payload)
    typo = code[:position] + symbol + code[position + 1 :]
    if typo != code:
        with pytest.raises(MalformedCode) as caught:
            parse(typo)
        assert caught.value.reason == "check"


@given(payloads, st.integers(0, CODE_LENGTH - 2))
def test_most_swaps_of_neighbours_are_caught(payload, position):
    code = payload + check_symbol(payload)
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    # Luhn mod N misses only the swap of the two symbols whose doubled values wrap alike.
    if swapped != code and {code[position], code[position + 1]} != {ALPHABET[0], ALPHABET[-1]}:
        with pytest.raises(MalformedCode):
            parse(swapped)


@given(payloads, st.data())
def test_case_dashes_spaces_and_look_alike_letters_do_not_matter(payload, data):
    code = payload + check_symbol(payload)
    typed = "".join(
        data.draw(st.sampled_from([symbol, symbol.lower()]))
        + data.draw(st.sampled_from(["", "", "-", " ", " - ", "\u2013"]))
        for symbol in code
    )
    typed = typed.replace("0", data.draw(st.sampled_from(["0", "O", "o"]))).replace(
        "1", data.draw(st.sampled_from(["1", "I", "l", "L", "i"]))
    )
    assert parse(typed) == code


def test_a_pasted_verify_address_is_read_as_its_code():
    code = new_code()
    assert parse(f"https://ocop.example.vn/vi/verify/{display(code)}/") == code


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty"),
        ("  - ", "empty"),
        ("7KQ2M9-XD4HRT", "length"),
        ("7KQ2M9-XD4HRT-B3WPZ9-XXXX", "too_long"),
        ("x" * 500, "too_long"),
        ("7KQ2M9-XD4HRT-B3WPZ!", "characters"),
        ("7KQ2M9-XD4HRT-B3WPZU", "characters"),
        ("<7KQ2M9XD4HRTB3WP>", "characters"),
    ],
)
def test_what_is_not_a_code_says_why(text, reason):
    with pytest.raises(MalformedCode) as caught:
        parse(text)
    assert caught.value.reason == reason


@given(st.text(max_size=300))
def test_parse_never_fails_otherwise(text):
    try:
        code = parse(text)
    except MalformedCode:
        return
    assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)


def test_external_codes_are_letters_and_digits_whatever_the_separators():
    assert stamp_codes.external_key(" vn-tem 0012 3456 ") == "VNTEM00123456"
    assert stamp_codes.external_key("ab") is None
    assert stamp_codes.external_key("mã-123456") is None  # not a code: a Vietnamese letter
    assert stamp_codes.external_key(string.digits * 7) is None  # 70 characters
