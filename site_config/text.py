"""Text normalisation and tone-insensitive folding: one definition for search, catalogue and shop.

Vietnamese buyers type with or without tone marks, so every piece of text is indexed twice:
as written (NFC, so that an exact-tone match can rank first) and folded to ASCII with anyascii
("Chả mực" → "cha muc", "đ" → "d"). Queries are folded the same way, on the application side,
so tone-insensitive matching works on any engine (Elasticsearch with or without the
analysis-common filters, and the database backend).
"""

import re
import unicodedata

from anyascii import anyascii

_SPACES = re.compile(r"\s+")


def normalize(text):
    """NFC with collapsed whitespace: browsers and phone keyboards send both NFC and NFD."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text or ""))).strip()


class _Transliteration(dict):
    """str.translate table filled on first use: anyascii per non-ASCII character, cached.

    anyascii on a whole document costs ~0.1 ms per call; the province's text uses a few
    hundred distinct characters, so a cached per-character table makes folding a plain
    ``str.translate``.
    """

    def __missing__(self, codepoint):
        value = anyascii(chr(codepoint))
        self[codepoint] = value
        return value


_TABLE = _Transliteration()


def fold(text):
    """Lower-case ASCII transliteration: tone marks dropped, "đ" → "d"."""
    text = normalize(text)
    if not text.isascii():
        text = text.translate(_TABLE)
    return text.lower()


def has_marks(text):
    """Whether folding changes the text (the buyer typed tone marks or "đ")."""
    text = normalize(text).lower()
    return fold(text) != text


_WORD = re.compile(r"\w+")


def query_words(text):
    """The words of a query, for the engines: quotes, operators and other syntax dropped.

    Neither engine gets a buyer's punctuation: the database backend on SQLite would read a ``"``
    as FTS5 syntax (modelsearch escapes only ``'`` and ``\\``), and ``-``, ``*`` or ``(`` mean
    something to every query language. Letters with tone marks are word characters (NFC).
    """
    return " ".join(_WORD.findall(normalize(text)))
