"""The public figures page: tables, server-drawn charts, CSV files, both languages; the JSON API."""

import re

import pytest

from home.models import FiguresPage, HomePage, StandardPage
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db

STRINGS = {
    "Số liệu chương trình": "Programme figures",
    "so-lieu": "figures",
    "Số liệu tính trực tiếp.": "Counted live.",
}


@pytest.fixture
def figures_page(site_tree, product_en):
    page = site_tree["home"].add_child(
        instance=FiguresPage(title="Số liệu chương trình", slug="so-lieu", intro="Số liệu tính trực tiếp.")
    )
    page.save_revision().publish()
    return page


def test_figures_page_sits_under_home_and_content_pages():
    assert "home.FiguresPage" in HomePage.subpage_types
    assert "home.FiguresPage" in StandardPage.subpage_types
    assert FiguresPage.max_count_per_parent == 1


def test_page_shows_each_figure_as_a_table_and_an_accessible_chart(client, figures_page):
    html = client.get("/vi/so-lieu/").content.decode()
    assert "<caption>Sản phẩm theo nhóm sản phẩm</caption>" in html
    assert '<th scope="col">Nhóm sản phẩm</th>' in html
    assert '<th scope="row">Thực phẩm</th><td>1</td>' in html
    assert '<th scope="row">Hạ Long</th><td>1</td>' in html
    assert html.count("<table") == 6
    assert html.count('<svg role="img"') == 6
    assert '<title id="chart-by-group-title">Sản phẩm theo nhóm sản phẩm</title>' in html
    assert '<desc id="chart-by-group-desc">Thực phẩm: 1</desc>' in html
    assert "<script" not in html.split('<div class="container section figures">')[1].split("</main>")[0]
    assert "so-lieu/csv/by-group/" in html
    # SVG numbers are never written the Vietnamese way ("312,0" would draw no bar).
    for number in re.findall(r'<rect x="0" y="([^"]+)" width="([^"]+)"', html):
        assert all(float(n) >= 0 for n in number)
    assert "Báo cáo 2017–2020" not in html  # the comparison is off by default


def test_english_page_is_labelled_in_english(client, figures_page, site_tree):
    translate_page(figures_page, site_tree["en"], STRINGS)
    html = client.get("/en/figures/").content.decode()
    assert "<caption>Products by product group</caption>" in html
    assert '<th scope="col">Locality</th>' in html
    assert '<th scope="row">Household producer</th><td>1</td>' in html
    assert '<th scope="row">4 stars</th><td>1</td>' in html


def test_csv_download_has_a_bom_and_labels_in_the_pages_language(client, figures_page, site_tree):
    response = client.get("/vi/so-lieu/csv/by-locality/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="ocop-by-locality-vi.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffĐịa phương,Sản phẩm\r\n")
    assert "Hạ Long,1\r\n" in text

    translate_page(figures_page, site_tree["en"], STRINGS)
    english = client.get("/en/figures/csv/by-stars/").content.decode("utf-8")
    assert english.startswith("\ufeffRating,Products\r\n5 stars,0\r\n4 stars,1\r\n")

    assert client.get("/vi/so-lieu/csv/nothing/").status_code == 404
    assert client.get("/vi/so-lieu/csv/report-2020/").status_code == 404  # comparison off


def test_editor_can_show_the_report_comparison(client, figures_page):
    figures_page.show_report_comparison = True
    figures_page.save_revision().publish()
    html = client.get("/vi/so-lieu/").content.decode()
    assert "<caption>Báo cáo 2017–2020 và danh mục hiện nay</caption>" in html
    assert '<th scope="row">Sản phẩm trong chương trình</th><td>449</td><td>1</td>' in html
    csv_text = client.get("/vi/so-lieu/csv/report-2020/").content.decode("utf-8")
    assert csv_text.startswith("\ufeffSố liệu,Báo cáo 2017–2020,Danh mục hiện tại\r\n")


def test_figures_api(client, product_en):
    response = client.get("/api/v1/figures/?locale=vi")
    assert response.status_code == 200
    data = response.json()
    assert data["products"] == 1  # one product, two languages
    assert data["by_stars"] == {"3": 0, "4": 1, "5": 0}
    assert data["by_producer_type"]["household"] == 1
    assert client.get("/api/v1/figures/?locale=en").json() == data

    bad = client.get("/api/v1/figures/?locale=xx")
    assert bad.status_code == 400
    assert bad.json()["error"]["parameter"] == "locale"
