"""The catalogue pages a buyer reads, in chromium, on a 390×844 phone and a 1366×900 desktop, under the
site's own Content-Security-Policy (issue 8, items 2, 9, 10 and 11):

* the product's price and "Add to cart", the first search and catalogue results, within the first screen;
* no page kind wider than a 320, 360, 390 or 414 px phone, in either language;
* no layout shift when the menu folds (site.js arrives late on purpose: CLS < 0.1);
* English pages without Vietnamese interface text (only proper names);
* the language switcher keeps the catalogue's and the search's filters;
* filters behind a button on phones that works without JavaScript, beside the results on a desktop.

Screenshots: .state/screenshots/pages-*.png.
"""

import re
import time
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from wagtail.models import Collection, Locale

from catalogue.demo.images import demo_image
from catalogue.models import ProductGroup, Region
from home.models import StandardPage
from site_config.models import SiteSettings
from tests.conftest import PRODUCT_STRINGS, translate_page
from tests.factories import CertificationFactory, ProductPageFactory, ProductVariantFactory
from tests.search_index import SearchIndex, translate_node

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
SHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"

# Words of the Vietnamese interface and of Vietnamese-only data that must not reach an English page.
# Added to every Vietnamese translation of the site's own interface strings (read from the .po file).
VIETNAMESE_WORDS = [
    "Chợ ",
    "UBND tỉnh",
    "Ủy ban",
    "Bộ Nông nghiệp",
    "Chương trình",
    "chủ cơ sở",
    "giám đốc",
    "Bà ",
    "Ông ",
    "Sản phẩm",
    "sản phẩm",
    "Tìm kiếm",
    "Giỏ hàng",
    "Trang chủ",
    "Cửa hàng",
    "Thực phẩm",
    "tháng",
    "Hộ sản xuất",
    "Hợp tác xã",
    "Đặc sản",
]

CLS_OBSERVER = """
window.__cls = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) window.__cls += e.value; } })
    .observe({type: "layout-shift", buffered: true});
"""

POSITIONS = """() => {
    const box = selector => { const el = document.querySelector(selector); if (!el) return null;
        const r = el.getBoundingClientRect(); return {top: r.top + scrollY, bottom: r.bottom + scrollY}; };
    return {price: box(".product__price .price"), add: box("form.add-to-cart button[type=submit]"),
            result: box(".grid .product-card")};
}"""

VISIBLE_TEXT = """() => {
    const out = [];
    // Proper names marked up as Vietnamese inside an English page (addresses, the language's own name).
    const inVietnamese = el => { const marked = el.closest("[lang]");
        return marked !== null && marked !== document.documentElement && marked.getAttribute("lang") === "vi"; };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode, el = node.parentElement;
        if (!el || inVietnamese(el) || el.closest("script, style, template")) continue;
        if (node.textContent.trim()) out.push(node.textContent.trim());
    }
    for (const el of document.querySelectorAll("[alt], [title], [aria-label], [placeholder]")) {
        if (inVietnamese(el)) continue;
        for (const name of ["alt", "title", "aria-label", "placeholder"]) { const v = el.getAttribute(name); if (v) out.push(v); }
    }
    return out;
}"""


def _vietnamese_interface_strings():
    """Fragments of the site's Vietnamese interface translations (between placeholders, 8+ characters)."""
    path = Path(settings.BASE_DIR) / "site_config" / "locale" / "vi" / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        catalog = read_po(handle)
    fragments = set()
    for message in catalog:
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        source = " ".join([message.id] if isinstance(message.id, str) else message.id)
        for text in strings:
            if not text or text == source:
                continue
            for fragment in re.split(r"%\(\w+\)[sd]|\{\w+\}|[.,:;()“”\"!?…–—]", text):
                fragment = fragment.strip()
                # Vietnamese names quoted in the English text too ("trà hoa vàng" in a search example) are names.
                if (
                    len(fragment) >= 8
                    and " " in fragment
                    and not fragment.isascii()
                    and "Quảng Ninh" not in fragment
                    and fragment not in source
                ):
                    fragments.add(fragment)
    return fragments


@pytest.fixture
def shelf(site_tree, product, producer, region, group):
    """A small catalogue in both languages, as the demo has it: a product with a photo, several sizes,
    a provincial certificate and shops to buy it from; a producer story with a quote; more products
    to fill the grids; a content page; the demo-data banner on. Indexed on the real node."""
    if Collection.get_first_root_node() is None:  # transactional tests flush the migrations' rows
        Collection.add_root(name="Root")
    en = site_tree["en"]
    province = region.parent
    translate_node(province, en, "Quảng Ninh")
    translate_node(region, en, "Ha Long")
    translate_node(group, en, "Food")
    settings_row = SiteSettings.for_site(site_tree["home"].get_site())
    settings_row.is_demo = True
    settings_row.address = "Phường Hồng Gai, tỉnh Quảng Ninh"
    settings_row.save()

    strings = dict(PRODUCT_STRINGS)
    strings.update(
        {
            "Chợ Hạ Long I": "Ha Long I market",
            "Khay hút chân không": "Vacuum-sealed tray",
            "Mỗi mẻ chả là công sức của cả gia đình.": "Every batch is the whole family's work.",
            "Bà Nguyễn Thị Hoa, chủ cơ sở": "Nguyễn Thị Hoa, owner of the workshop",
            "Đặc sản của tỉnh Quảng Ninh.": "A speciality of Quang Ninh province.",
        }
    )
    producer.image = demo_image("Cơ sở Hoa Phượng", "Hạ Long", "producer", alt="Xưởng chả mực Hoa Phượng")
    producer.body = [
        ("quote", {"quote": "Mỗi mẻ chả là công sức của cả gia đình.", "attribution": "Bà Nguyễn Thị Hoa, chủ cơ sở"})
    ]
    producer.save_revision().publish()
    translate_page(producer, en, strings)

    product.image = demo_image("Chả mực Hạ Long", "Hạ Long", "thuc-pham", alt="Chả mực Hạ Long trên đĩa")
    product.where_to_buy = "Chợ Hạ Long I"
    product.packaging = "Khay hút chân không"
    product.save_revision().publish()
    ProductVariantFactory(product=product, sku="CHAMUC-2KG", size="2 kg", price_vnd=800000, stock=4, sort_order=2)
    translate_page(product, en, strings)

    for n in range(1, 6):
        title = f"Đặc sản Hạ Long số {n}"
        other = ProductPageFactory(
            parent=site_tree["catalogue"],
            title=title,
            slug=f"dac-san-{n}",
            producer=producer,
            region=region,
            group=group,
            image=product.image,
        )
        other.save_revision().publish()
        ProductVariantFactory(product=other, sku=f"DS-{n}", price_vnd=100000 + n * 10000, stock=n)
        CertificationFactory(
            product=other,
            stars=3 + n % 3,
            score={3: 60, 4: 80, 5: 95}[3 + n % 3],
            level="national" if n % 3 == 2 else "provincial",
        )
        strings.update({title: f"Ha Long speciality no. {n}", f"dac-san-{n}": f"speciality-{n}"})
        translate_page(other, en, strings)

    about = site_tree["home"].add_child(
        instance=StandardPage(
            title="Giới thiệu",
            slug="gioi-thieu",
            intro="Chương trình OCOP của tỉnh.",
            body=[("paragraph", "<p>Mỗi xã một sản phẩm.</p>")],
        )
    )
    about.save_revision().publish()
    translate_page(
        about,
        en,
        {
            "Giới thiệu": "About",
            "gioi-thieu": "about",
            "Chương trình OCOP của tỉnh.": "The province's OCOP programme.",
            "Mỗi xã một sản phẩm.": "One commune, one product.",
        },
    )
    SearchIndex().reset().index_all()
    return {
        "en": {
            "home": "/en/",
            "catalogue": "/en/products/",
            "region": "/en/products/region/ha-long/",
            "group": "/en/products/group/thuc-pham/",
            "product": "/en/products/ha-long-squid-cakes/",
            "producer": "/en/producers/hoa-phuong-workshop/",
            "producers": "/en/producers/",
            "search": "/en/search/?q=squid",
            "content": "/en/about/",
        },
        "vi": {
            "home": "/vi/",
            "catalogue": "/vi/san-pham/",
            "region": "/vi/san-pham/region/ha-long/",
            "group": "/vi/san-pham/group/thuc-pham/",
            "product": "/vi/san-pham/cha-muc-ha-long/",
            "producer": "/vi/chu-the/co-so-hoa-phuong/",
            "producers": "/vi/chu-the/",
            "search": "/vi/search/?q=cha+muc",
            "content": "/vi/gioi-thieu/",
        },
    }


def _context(browser, viewport, language="en", **options):
    phone = viewport["width"] < 900
    context = browser.new_context(
        viewport=viewport, is_mobile=phone, has_touch=phone, locale="en-GB" if language == "en" else "vi-VN", **options
    )
    context.errors = []
    return context


def _page(context):
    page = context.new_page()
    page.on("pageerror", lambda error: context.errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and context.errors.append(message.text))
    return page


def _late_site_js(context):
    """Deliver site.js late, as on a slow phone network: the page paints before the menu folds."""

    def delay(route):
        time.sleep(0.5)
        route.continue_()

    context.route("**/js/site.js", delay)


def test_phone_first_screen_holds_price_add_to_cart_and_results_without_layout_shift(live_server, browser, shelf):
    measured = {}
    for language in ("en", "vi"):
        context = _context(browser, PHONE, language)
        context.add_init_script(CLS_OBSERVER)
        _late_site_js(context)
        page = _page(context)
        for kind in ("product", "catalogue", "region", "group", "search", "home", "producer"):
            response = page.goto(live_server.url + shelf[language][kind], wait_until="load")
            assert response.status == 200, (kind, response.status)
            page.wait_for_function("document.documentElement.classList.contains('js')")
            page.wait_for_timeout(100)
            positions = page.evaluate(POSITIONS)
            cls = page.evaluate("window.__cls")
            measured[(language, kind)] = positions
            page.screenshot(path=str(SHOTS / f"pages-phone-{language}-{kind}.png"))
            assert cls < 0.1, f"{language} {kind}: layout shift {cls:.3f}"
            if kind == "product":
                assert positions["price"]["bottom"] <= PHONE["height"], positions
                assert positions["add"]["bottom"] <= PHONE["height"], positions
            elif kind in ("catalogue", "region", "group", "search"):
                assert positions["result"]["top"] < PHONE["height"] - 100, (kind, positions)
        assert not context.errors, context.errors
        context.close()
    print("phone positions (px from the top):", measured)


def test_add_to_cart_stays_reachable_when_a_product_has_many_sizes(live_server, browser, shelf, product):
    for n in range(3, 7):
        ProductVariantFactory(
            product=product, sku=f"CHAMUC-X{n}", size=f"{n} kg", price_vnd=400000 * n, stock=9, sort_order=n
        )
    context = _context(browser, PHONE)
    page = _page(context)
    page.goto(live_server.url + shelf["en"]["product"])
    button = page.locator("form.add-to-cart button[type=submit]")
    box = button.bounding_box()  # relative to the viewport: sticky at the bottom of the first screen
    assert box["y"] + box["height"] <= PHONE["height"], box
    page.screenshot(path=str(SHOTS / "pages-phone-en-product-many-sizes.png"))
    context.close()


def test_no_catalogue_page_is_wider_than_a_phone(live_server, browser, shelf):
    too_wide = []
    for width in (320, 360, 390, 414):
        context = _context(browser, {"width": width, "height": 800})
        page = _page(context)
        for language in ("en", "vi"):
            for kind, path in shelf[language].items():
                page.goto(live_server.url + path)
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 0:
                    too_wide.append((width, language, kind, overflow))
        context.close()
    assert not too_wide, too_wide


def test_english_pages_have_no_vietnamese_interface_text(live_server, browser, shelf):
    words = set(VIETNAMESE_WORDS) | _vietnamese_interface_strings()
    context = _context(browser, DESKTOP)
    page = _page(context)
    found = {}
    for kind, path in shelf["en"].items():
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "en"
        texts = page.evaluate(VISIBLE_TEXT)
        hits = sorted({text for text in texts for word in words if word in text})
        if hits:
            found[kind] = hits
        if kind in ("product", "producer"):
            page.screenshot(path=str(SHOTS / f"pages-desktop-en-{kind}.png"), full_page=True)
    # The check itself must be able to fail: the Vietnamese product page is full of those words.
    page.goto(live_server.url + shelf["vi"]["product"])
    assert any(word in text for text in page.evaluate(VISIBLE_TEXT) for word in words)
    context.close()
    assert not found, found


def test_english_product_page_reads_in_english(live_server, browser, shelf):
    context = _context(browser, DESKTOP)
    page = _page(context)
    page.goto(live_server.url + shelf["en"]["product"])
    text = page.locator("main").inner_text()
    assert "People's Committee of Quảng Ninh Province" in text
    assert "Ha Long I market" in text
    assert re.search(
        r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) "
        r"\d{4}",
        text,
    )
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", text)
    assert page.locator(".gallery__main img").get_attribute("alt") == "Ha Long squid cakes"
    page.goto(live_server.url + shelf["en"]["producer"])
    assert "— Nguyễn Thị Hoa, owner of the workshop" in page.locator("main").inner_text()
    context.close()


def test_language_switcher_keeps_catalogue_and_search_filters(live_server, browser, shelf):
    context = _context(browser, DESKTOP, "vi")
    page = _page(context)
    page.goto(live_server.url + shelf["vi"]["region"] + "?stars=4&sort=price_asc")
    page.locator('.lang-switch a[hreflang="en"]').click()
    page.wait_for_url(re.compile(r"/en/products/region/ha-long/\?stars=4&sort=price_asc$"))
    assert page.locator("#filter-stars").input_value() == "4"
    assert page.locator("#filter-sort").input_value() == "price_asc"

    # The search page updates its results and address in place; the switcher follows the address.
    page.goto(live_server.url + shelf["en"]["search"])
    with page.expect_response(lambda response: "fragment=results" in response.url):
        page.locator('input[type=checkbox][name="in_stock"]').check()
    page.wait_for_url(re.compile(r"in_stock=1"))
    page.locator('.lang-switch a[hreflang="vi"]').click()
    page.wait_for_url(re.compile(r"/vi/search/\?(?=.*q=squid)(?=.*in_stock=1)"))
    assert page.locator('input[type=checkbox][name="in_stock"]').is_checked()
    assert page.locator("#search-q").input_value() == "squid"
    assert not context.errors, context.errors
    context.close()


def test_phone_filters_fold_behind_a_button_that_works_without_javascript(live_server, browser, shelf):
    context = _context(browser, PHONE, java_script_enabled=False)
    page = _page(context)
    page.goto(live_server.url + shelf["en"]["catalogue"])
    assert page.locator(".lang-switch").is_visible()  # without JavaScript the menu stays open
    assert not page.locator("#filter-stars").is_visible()
    page.locator(".filter-panel__toggle").click()
    page.locator("#filter-stars").select_option("4")
    page.locator(".filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"stars=4"))
    assert "1 active" in page.locator(".filter-panel__toggle").inner_text()
    page.screenshot(path=str(SHOTS / "pages-phone-nojs-catalogue.png"))
    context.close()


def test_desktop_shows_filters_beside_the_results(live_server, browser, shelf):
    context = _context(browser, DESKTOP)
    page = _page(context)
    for kind in ("catalogue", "search"):
        page.goto(live_server.url + shelf["en"][kind])
        assert not page.locator(".filter-panel__toggle").is_visible()
        filters = page.locator(".filters").bounding_box()
        first = page.locator(".grid .product-card").first.bounding_box()
        assert filters["x"] + filters["width"] <= first["x"], (kind, filters, first)
        assert first["y"] < DESKTOP["height"]
    page.screenshot(path=str(SHOTS / "pages-desktop-en-search.png"))
    assert not context.errors, context.errors
    context.close()


def test_english_locality_translation_exists(shelf):
    # The fixture's taxonomy really is bilingual (the English-text test depends on it).
    en = Locale.objects.get(language_code="en")
    assert Region.objects.filter(locale=en, name="Ha Long").exists()
    assert ProductGroup.objects.filter(locale=en, name="Food").exists()
