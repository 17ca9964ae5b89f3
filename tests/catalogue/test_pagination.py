"""The pagination bar: the first and last pages, two on each side of the current one, "…" for gaps;
the same bar for a listing of 3 pages or 4,000 (100,000 products)."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


def bar(count, number, per_page=24):
    page = Paginator(range(count), per_page).page(number)
    request = RequestFactory().get("/vi/san-pham/", {"page": number, "region": "ha-long"})
    html = render_to_string("catalogue/includes/pagination.html", {"items": page}, request=request)
    items = re.findall(r"<li>(.*?)</li>", html, re.S)
    shown = []
    for item in items[1:-1]:  # between "Previous" and "Next"
        text = re.sub(r"<[^>]+>", "", item).replace("Page", "").replace("Trang", "").strip()
        shown.append(text + ("*" if 'aria-current="page"' in item else ""))
    return shown, html


def test_a_national_catalogue_shows_a_short_bar_around_the_current_page():
    shown, html = bar(100_000, 2000)
    assert shown == ["1", "…", "1998", "1999", "2000*", "2001", "2002", "…", "4167"]
    assert 'href="?page=2001&amp;region=ha-long"' in html  # the filters stay in every link


def test_a_short_listing_shows_every_page():
    shown, _ = bar(24 * 5, 3)
    assert shown == ["1", "2", "3*", "4", "5"]


def test_the_first_page_of_a_long_listing():
    shown, html = bar(24 * 100, 1)
    assert shown == ["1*", "2", "3", "…", "100"]
    assert 'rel="prev"' not in html and 'rel="next"' in html
