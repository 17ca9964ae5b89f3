"""Shared by the stamp tests: a batch of the conftest's product, with codes."""

import datetime

import pytest

from catalogue.models import Batch
from catalogue.stamps import generate_codes


def make_batch(product, batch_code="CM-2026-11-A", quantity=10, codes=0, **fields):
    batch = Batch.objects.create(
        product=product,
        batch_code=batch_code,
        production_date=fields.pop("production_date", datetime.date(2026, 11, 20)),
        expiry_date=fields.pop("expiry_date", datetime.date(2027, 5, 20)),
        quantity=quantity,
        **fields,
    )
    if codes:
        generate_codes(batch, codes)
    return batch


@pytest.fixture(name="batch")
def batch_fixture(product):
    """The product's batch of 10 packages, with 3 codes."""
    return make_batch(product, codes=3)
