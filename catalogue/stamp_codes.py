"""The format of traceability stamp codes ("mã tem"): made, checked and read back from what a buyer types.

A code is 17 random symbols (85 bits from ``secrets``: too many to guess or enumerate) and one
check symbol, 18 in all, printed in three groups of six: ``7KQ2M9-XD4HRT-B3WPZ9``.

* Alphabet: Crockford's base 32 (digits and letters without I, L, O and U), so a code read
  off a package cannot be mistaken for another: what a buyer types for I or L is read as 1,
  for O as 0 (Crockford's own rule); case, spaces and dashes do not matter.
* Check symbol: Luhn mod 32 over the alphabet, so it is itself one of the 32 symbols (Crockford's
  mod-37 symbols ``* ~ $ = U`` are awkward to type and to put in an address). It catches every
  single mistyped symbol and almost every swap of two neighbours: a typo is told apart from
  an unknown (counterfeit) code.

Codes registered from an external stamp provider keep the provider's own format; they are
read with :func:`external_key` (letters and digits, case and separators ignored).

This module is plain Python: no Django, no database.
"""

import re
import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BASE = len(ALPHABET)  # 32: 5 bits a symbol
PAYLOAD_LENGTH = 17  # 85 random bits
CODE_LENGTH = PAYLOAD_LENGTH + 1
GROUP = 6
RANDOM_BITS = PAYLOAD_LENGTH * 5

_VALUE = {symbol: value for value, symbol in enumerate(ALPHABET)}
# Crockford's reading of the symbols left out of the alphabet.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
# What a buyer may type between the symbols: spaces and any kind of dash.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_.·]+")
EXTERNAL_MIN, EXTERNAL_MAX = 4, 64
_EXTERNAL = re.compile(r"[A-Z0-9]+")
MAX_INPUT = 200  # anything longer is not a code, whatever it contains


class MalformedCode(ValueError):
    """Text that cannot be a stamp code. ``reason``: 'empty', 'too_long', 'characters', 'check'."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _luhn_sum(symbols, double_first):
    total, double = 0, double_first
    for symbol in reversed(symbols):
        value = _VALUE[symbol] * (2 if double else 1)
        total += value // BASE + value % BASE
        double = not double
    return total


def check_symbol(payload: str) -> str:
    """The Luhn mod 32 check symbol of ``payload`` (symbols of ALPHABET)."""
    return ALPHABET[(BASE - _luhn_sum(payload, double_first=True) % BASE) % BASE]


def has_valid_check(code: str) -> bool:
    """True when the last symbol of ``code`` (canonical: no dashes, upper case) is its check symbol."""
    return len(code) >= 2 and all(s in _VALUE for s in code) and _luhn_sum(code, double_first=False) % BASE == 0


def new_code() -> str:
    """A fresh canonical code: 17 random symbols from ``secrets`` and the check symbol."""
    payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_LENGTH))
    return payload + check_symbol(payload)


def display(code: str) -> str:
    """A canonical code as printed: groups of six joined by dashes."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def _compact(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).strip()
    if "/" in text:  # a whole verify address pasted: its last part is the code
        text = [part for part in text.split("?")[0].split("/") if part.strip()][-1:] or [""]
        text = text[0]
    return _SEPARATORS.sub("", text).upper()


def external_key(text: str) -> str | None:
    """How an external provider's code is stored and looked up: letters and digits in upper case,
    separators dropped; None when ``text`` cannot be such a code."""
    compact = _compact(text)
    if not (EXTERNAL_MIN <= len(compact) <= EXTERNAL_MAX) or not _EXTERNAL.fullmatch(compact):
        return None
    return compact


def parse(text: str) -> str:
    """The canonical form (18 symbols, no dashes) of a code as typed or scanned; MalformedCode if
    ``text`` is not one of our codes. Case, spaces and dashes are ignored; O reads 0, I and L read 1."""
    if len(str(text or "")) > MAX_INPUT:
        raise MalformedCode("too_long")
    compact = _compact(text)
    if not compact:
        raise MalformedCode("empty")
    code = compact.translate(_READ_AS)
    if len(code) != CODE_LENGTH:
        raise MalformedCode("too_long" if len(code) > CODE_LENGTH else "length")
    if any(symbol not in _VALUE for symbol in code):
        raise MalformedCode("characters")
    if not has_valid_check(code):
        raise MalformedCode("check")
    return code
