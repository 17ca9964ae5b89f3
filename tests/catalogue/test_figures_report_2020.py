"""`generate_catalogue --shape report-2020` builds the catalogue of the province's 2017–2020 report,
and the figures (service and JSON) then say exactly what the report says."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from wagtail.models import Locale, Site

from catalogue.figures import compute_figures
from catalogue.models import ProducerPage, ProductPage, Region
from home.models import FiguresPage

pytestmark = pytest.mark.django_db

REPORT_JSON = {
    "products": 449,
    "producers": 175,
    "by_group": {
        "thuc-pham": 307,
        "do-uong": 90,
        "thao-duoc": 41,
        "vai-may-mac": 0,
        "luu-niem-noi-that-trang-tri": 8,
        "dich-vu-du-lich-nong-thon": 3,
    },
    "by_stars": {"3": 162, "4": 67, "5": 7},
    "by_producer_type": {"enterprise": 46, "cooperative": 65, "cooperative_group": 0, "household": 64},
}


@pytest.fixture
def report_catalogue(db):
    out = io.StringIO()
    call_command("generate_catalogue", "--shape", "report-2020", "--seed", "7", stdout=out)
    assert "449 products" in out.getvalue()
    return out


def test_report_2020_catalogue_has_the_reports_figures(report_catalogue, client):
    figures = compute_figures()
    data = figures.as_json()
    for key, value in REPORT_JSON.items():
        assert data[key] == value, key
    assert len(data["by_locality"]) == 13
    assert all(n > 0 for n in data["by_locality"].values())  # every locality present
    assert sum(data["by_locality"].values()) == 449
    assert figures.rated == 236
    assert figures.sold_online == 128

    response = client.get("/api/v1/figures/?locale=en")
    assert response.status_code == 200
    assert response.json() == data
    assert set(response.json()) == {
        "products",
        "producers",
        "by_group",
        "by_stars",
        "by_producer_type",
        "by_locality",
        "expiring_6_months",
    }

    # The figures page shows the same numbers, with the report comparison on its own (the
    # catalogue was built in the report's shape), every live figure equal to the report's.
    home = Site.objects.get(is_default_site=True).root_page
    home.add_child(instance=FiguresPage(title="Số liệu", slug="so-lieu")).save_revision().publish()
    html = client.get("/vi/so-lieu/").content.decode()
    assert "<caption>Báo cáo 2017–2020 và danh mục hiện nay</caption>" in html
    for label, value in (
        ("Sản phẩm trong chương trình", 449),
        ("Thực phẩm", 307),
        ("Đồ uống", 90),
        ("Thảo dược", 41),
        ("Lưu niệm – nội thất – trang trí", 8),
        ("Dịch vụ du lịch nông thôn", 3),
        ("Vải và may mặc", 0),
        ("Sản phẩm có hạng sao còn hiệu lực", 236),
        ("5 sao", 7),
        ("4 sao", 67),
        ("3 sao", 162),
        ("Chủ thể OCOP", 175),
        ("Địa phương có sản phẩm", 13),
    ):
        assert f'<th scope="row">{label}</th><td>{value}</td><td>{value}</td>' in html, label
    assert "is-different" not in html
    assert '<th scope="row">Doanh nghiệp</th><td>46</td>' in html  # producers by type


class _Undo(Exception):
    pass


def _titles(seed):
    """The Vietnamese products a seed builds (built in a savepoint that is then rolled back)."""
    try:
        with transaction.atomic():
            call_command("generate_catalogue", "--shape", "report-2020", "--seed", str(seed), stdout=io.StringIO())
            titles = list(
                ProductPage.objects.filter(locale=Locale.get_default())
                .order_by("path")
                .values_list("title", "group__slug", "producer__producer_type")
            )
            raise _Undo
    except _Undo:
        return titles


def test_report_2020_catalogue_is_deterministic_with_the_seed(db):
    first = _titles(7)
    assert len(first) == 449
    assert _titles(7) == first


def test_report_2020_catalogue_is_bilingual_and_built_once(report_catalogue):
    vi, en = Locale.objects.get(language_code="vi"), Locale.objects.get(language_code="en")
    assert ProductPage.objects.filter(locale=en).count() == 449
    assert ProducerPage.objects.filter(locale=en).count() == 175
    assert Region.objects.filter(locale=vi, kind="locality").count() == 13
    english = ProductPage.objects.filter(locale=en).first()
    assert english.get_translation(vi).translation_key == english.translation_key

    with pytest.raises(CommandError, match="empty catalogue only"):
        call_command("generate_catalogue", "--shape", "report-2020", "--seed", "1", stdout=io.StringIO())
    assert ProductPage.objects.filter(locale=vi).count() == 449


def test_shape_and_products_are_exclusive():
    with pytest.raises(CommandError, match="leave out --products"):
        call_command("generate_catalogue", "--shape", "report-2020", "--products", "10", stdout=io.StringIO())
