"""The stamp rules (catalogue/stamps.py): codes in bulk, one per package, never twice."""

import itertools

import pytest

from catalogue import stamp_codes, stamps
from catalogue.models import StampCode
from catalogue.stamps import StampError, generate_codes, register_external_codes
from tests.catalogue.stamps_support import make_batch

pytestmark = pytest.mark.django_db


def test_codes_are_made_in_bulk_one_query_per_chunk(product, django_assert_max_num_queries):
    batch = make_batch(product, quantity=2500)
    with django_assert_max_num_queries(20):
        made = generate_codes(batch, 2500)
    assert len(made) == 2500 == batch.codes.count()
    assert len({s.code for s in made}) == 2500
    assert all(stamp_codes.parse(s.code) == s.code for s in made)


def test_a_code_already_taken_is_drawn_again(product, monkeypatch):
    batch = make_batch(product, quantity=10, codes=1)
    taken = batch.codes.get().code
    fresh = [stamp_codes.new_code() for _ in range(3)]
    draws = itertools.chain([taken, taken], fresh)
    monkeypatch.setattr(stamp_codes, "new_code", lambda: next(draws))
    made = generate_codes(batch, 2)
    assert {s.code for s in made} == set(fresh[:2])
    assert batch.codes.count() == 3


def test_never_more_codes_than_packages(product):
    batch = make_batch(product, quantity=3, codes=2)
    with pytest.raises(StampError):
        generate_codes(batch, 2)
    result = register_external_codes(batch, "Tem Việt", "VNT-0001\nVNT-0002")
    assert result.errors and not result.created
    assert batch.codes.count() == 2
    for bad in (0, -1, stamps.MAX_CODES_AT_ONCE + 1):
        with pytest.raises(StampError):
            generate_codes(batch, bad)


def test_a_providers_code_is_registered_once(product):
    first = make_batch(product, quantity=3)
    second = make_batch(product, batch_code="CM-2", quantity=3)
    assert register_external_codes(first, "Tem Việt", "VNT-0001").created
    result = register_external_codes(second, "Tem Việt", "vnt 0001")
    assert [e.message for e in result.errors] == ["Đã được đăng ký (lô CM-2026-11-A)."]  # Vietnamese by default
    assert StampCode.objects.filter(external_code="VNT0001").count() == 1
    assert register_external_codes(second, "", "VNT-0003").errors  # the provider is named
    assert register_external_codes(second, "Tem Việt", "\n  \n").errors  # something to register


def test_lookup_of_what_a_buyer_typed(product):
    batch = make_batch(product, quantity=3, codes=1)
    register_external_codes(batch, "Tem Việt", "VNT-0001")
    stamp = batch.codes.exclude(external_code="VNT0001").get()
    assert stamps.find_stamp(stamp.display_code.lower()).stamp == stamp
    assert stamps.find_stamp("vnt 0001").stamp.external_code == "VNT0001"
    assert stamps.find_stamp("VNT-0002").status == stamps.UNKNOWN
    assert stamps.find_stamp("").status == stamps.MALFORMED
    assert stamps.find_stamp(stamp.code[:-1] + ("0" if stamp.code[-1] != "0" else "1")).reason == "check"
