"""The programme figures page in chromium: on a 390×844 phone nothing is wider than the screen
(each table scrolls inside its own box) and the server-drawn charts show; on a desktop too.
Screenshots: .state/screenshots/figures-*.png."""

from pathlib import Path

import pytest
from django.conf import settings

from home.models import FiguresPage
from tests.conftest import translate_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
SHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"

LAYOUT = """() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    boxes: [...document.querySelectorAll('.figures__scroll')].map(e => e.getBoundingClientRect().right <= innerWidth + 0.5),
    charts: [...document.querySelectorAll('svg[role=img]')].map(e => e.getBoundingClientRect().width),
})"""


@pytest.fixture
def figures_page(site_tree, product_en):
    page = site_tree["home"].add_child(
        instance=FiguresPage(
            title="Số liệu chương trình", slug="so-lieu", intro="Số liệu tính trực tiếp.", show_report_comparison=True
        )
    )
    page.save_revision().publish()
    translate_page(
        page,
        site_tree["en"],
        {"Số liệu chương trình": "Programme figures", "so-lieu": "figures", "Số liệu tính trực tiếp.": "Counted live."},
    )
    return page


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_figures_page_fits_the_screen(live_server, page, figures_page, viewport):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(viewport)
    for path, language in (("/vi/so-lieu/", "vi"), ("/en/figures/", "en")):
        page.goto(live_server.url + path)
        layout = page.evaluate(LAYOUT)
        assert layout["overflow"] <= 0, f"{path} is wider than a {viewport['width']} px screen"
        assert len(layout["boxes"]) == 7 and all(layout["boxes"])
        assert len(layout["charts"]) == 6 and min(layout["charts"]) > 200
        page.screenshot(path=str(SHOTS / f"figures-{language}-{viewport['width']}.png"), full_page=True)
    # A table wider than the phone scrolls inside its own box, not the page.
    page.goto(live_server.url + "/vi/so-lieu/")
    box = page.locator(".figures__scroll").first
    assert box.evaluate("e => getComputedStyle(e).overflowX") == "auto"
    # The longest bar is drawn most of the chart's width.
    chart = page.locator("#key-figures svg")
    chart.scroll_into_view_if_needed()
    bar = chart.locator("rect").first.bounding_box()
    assert bar["width"] > 0.6 * chart.bounding_box()["width"]
    chart.screenshot(path=str(SHOTS / f"figures-chart-{viewport['width']}.png"))
