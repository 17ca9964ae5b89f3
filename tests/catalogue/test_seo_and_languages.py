"""What search engines, sharing previews and visitors switching language see."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db


def json_ld_blocks(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_product_json_ld_has_vnd_offers_availability_and_producer_brand(client, product):
    html = client.get(product.url).content.decode()
    # Two variants: a ProductGroup whose variants each carry their own SKU and Offer.
    data = next(block for block in json_ld_blocks(html) if block["@type"] == "ProductGroup")
    assert data["name"] == "Chả mực Hạ Long"
    assert data["brand"] == {"@type": "Brand", "name": "Cơ sở chả mực Hoa Phượng"}
    offers = {variant["sku"]: variant["offers"] for variant in data["hasVariant"]}
    assert offers["CHAMUC-500"]["price"] == "220000"
    assert offers["CHAMUC-500"]["priceCurrency"] == "VND"
    assert offers["CHAMUC-500"]["availability"] == "https://schema.org/InStock"
    assert offers["CHAMUC-1KG"]["availability"] == "https://schema.org/OutOfStock"


def test_producer_json_ld_is_an_organization(client, producer):
    html = client.get(producer.url).content.decode()
    data = next(block for block in json_ld_blocks(html) if block["@type"] == "Organization")
    assert data["name"] == "Cơ sở chả mực Hoa Phượng"
    assert data["url"].endswith(producer.url)


def test_page_head_has_title_description_open_graph_and_canonical(client, product):
    html = client.get(product.url).content.decode()
    assert "<title>Chả mực Hạ Long" in html
    assert '<meta name="description" content="Chả mực giã tay từ mực tươi.">' in html
    assert '<meta property="og:title"' in html
    assert f'<link rel="canonical" href="http://testserver{product.url}">' in html


def test_hreflang_lists_every_existing_translation(client, product, product_en):
    html = client.get(product.url).content.decode()
    assert f'<link rel="alternate" hreflang="vi" href="http://testserver{product.url}">' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{product_en.url}">' in html
    assert 'hreflang="x-default"' in html


def test_untranslated_page_has_no_english_alternate(client, product):
    html = client.get(product.url).content.decode()
    assert '<link rel="alternate" hreflang="en"' not in html


def test_language_switcher_lands_on_the_same_page_or_the_home_page(client, product, product_en, site_tree):
    html = client.get(product.url).content.decode()
    assert f'href="{product_en.url}"' in html  # the translation, not the English home page
    untranslated = client.get(site_tree["producers"].url + "co-so-hoa-phuong/")
    assert untranslated.status_code == 200


def test_language_switcher_falls_back_to_home_without_a_translation(client, product, site_tree):
    links = client.get(product.url).context["request"]  # the switcher is computed in the template
    from django.template import Context, Template

    rendered = Template(
        "{% load home_languages %}{% page_language_links as langs %}{% for l in langs %}{{ l.code }}={{ l.url }};{% endfor %}"
    )
    text = rendered.render(Context({"request": links, "page": product}))
    assert "en=/en/;" in text
    assert f"vi={product.url};" in text


def test_sitemap_lists_pages_with_language_alternates(client, product, product_en):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {url.find("s:loc", ns).text: url for url in root.findall("s:url", ns)}
    # Full URLs come from the Wagtail Site's configured host name, not from the request.
    vi_url, en_url = product.get_full_url(), product_en.get_full_url()
    assert vi_url in entries and en_url in entries
    alternates = {link.get("hreflang"): link.get("href") for link in entries[vi_url].findall("x:link", ns)}
    assert alternates == {"vi": vi_url, "en": en_url}


def test_robots_txt_points_at_the_sitemap_and_keeps_private_pages_out(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /*/checkout/" in text
    # search pages of one parameter are crawled (a query's first page may be indexed, the rest say
    # noindex); filtered, sorted and later pages are not
    assert "Disallow: /*/search/*&" in text and "Disallow: /*/search/\n" not in text


def test_root_redirects_to_a_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="vi")["Location"] == "/vi/"


def test_pages_declare_their_language(client, product, product_en):
    assert '<html lang="vi"' in client.get(product.url).content.decode()
    assert '<html lang="en"' in client.get(product_en.url).content.decode()


def test_english_interface_strings_are_english(client, product_en):
    html = client.get(product_en.url).content.decode()
    assert "₫220,000" in html
    assert "220.000" not in html
