"""Sorting names the way their readers expect: ICU's collation for the active language.

Code-point order puts "Đà Nẵng", "Đắk Lắk" and "Ấn Độ" after "Z"; Vietnamese readers look for
them after "D" and "A" (with Ă and Â as letters of their own). ICU (bundled with its library by
the icukit-pyicu package) knows the Vietnamese alphabet and every other language's.
"""

import functools

import icu


@functools.cache
def _collator(language: str):
    return icu.Collator.createInstance(icu.Locale(language or "vi"))


def sort_key(language: str):
    """A key function for ``sorted`` that orders strings as a reader of ``language`` expects."""
    return _collator((language or "vi").split("-")[0]).getSortKey


def sorted_names(items, *, key=lambda item: item, language: str = "vi") -> list:
    collate = sort_key(language)
    return sorted(items, key=lambda item: collate(str(key(item))))
