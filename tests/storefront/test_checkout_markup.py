"""The checkout's inputs, rendered in Python (storefront.forms.PlainInputRenderer), are the markup
Django's own widget templates make: for what a buyer types, hostile or Vietnamese, with the
errors' aria attributes, for the radio buttons and the terms' checkbox. A difference here is a
field that posts something else, loses its label or its error, or lets markup through."""

import pytest
from django.forms.renderers import DjangoTemplates
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storefront.forms import CheckoutForm

pytestmark = pytest.mark.django_db

DJANGO_TEMPLATES = DjangoTemplates()
typed = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from(
    ['"><script>alert(1)</script>', "Nguyễn Văn Ân & Cô", "0912 345 678", "' onfocus='x", ""]
)


def fields_html(form):
    """Every field as the checkout template prints it: each input whole, each radio by its tag."""
    html = {name: str(form[name]) for name in form.fields}
    html.update(
        {f"payment_method[{n}]": radio.tag() for n, radio in enumerate(form["payment_method"])},
        wrapped=form["payment_method"].subwidgets[0].tag(wrap_label=True),
    )
    return html


def both_ways(shop, data):
    plain = CheckoutForm(data, shop=shop)
    django = CheckoutForm(data, shop=shop, renderer=DJANGO_TEMPLATES)
    plain.is_valid(), django.is_valid()  # errors set aria-invalid and aria-describedby on the widgets
    assert plain.renderer is not django.renderer
    return fields_html(plain), fields_html(django)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=typed, email=typed, phone=typed, street=typed, notes=typed, key=typed, terms=st.booleans())
def test_typed_values_render_as_djangos_templates_render_them(shop, name, email, phone, street, notes, key, terms):
    data = {
        "checkout_key": key,
        "name": name,
        "email": email,
        "phone": phone,
        "country": "VN",
        "street_address": street,
        "delivery_notes": notes,
        "payment_method": "cod",
    }
    if terms:
        data["accept_terms"] = "on"
    plain, django = both_ways(shop, data)
    assert plain == django
    assert "<script>" not in "".join(plain.values())


def test_a_blank_checkout_renders_as_djangos_templates_render_it(shop):
    plain, django = CheckoutForm(shop=shop), CheckoutForm(shop=shop, renderer=DJANGO_TEMPLATES)
    assert fields_html(plain) == fields_html(django)
    assert 'name="name"' in str(plain["name"]) and "required" in str(plain["name"])
