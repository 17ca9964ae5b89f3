"""An editor in a real browser, under the production Content-Security-Policy (issue 7).

Writes a producer's story (rich text with a heading, an uploaded photo, a quote) and a product
under it (group, region, gallery) with a variant and a certificate, using every chooser and date
picker on the way; publishes; translates both into English (a draft: /en/… answers 404 until
published); publishes in English; and finds both with the site's search in both languages.
Screenshots of each step go to .state/screenshots/editor-*.png.
"""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from catalogue.models import Certification, ProducerPage, ProductPage, ProductVariant
from tests.factories import ProductGroupFactory, RegionFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"
PASSWORD = "editor-password-123"

PRODUCER_TITLE = "Hợp tác xã Thủy sản Minh Châu Vân Đồn"
PRODUCER_SLUG = "hop-tac-xa-thuy-san-minh-chau-van-don"
PRODUCT_TITLE = "Sá sùng khô Vân Đồn"
PRODUCT_SLUG = "sa-sung-kho-van-don"


class Steps:
    """Numbered screenshots, and the clicks and screens counted for the report."""

    def __init__(self, page):
        self.page, self.n, self.clicks, self.screens = page, 0, 0, 0
        page.on("framenavigated", lambda frame: self._navigated(frame))

    def _navigated(self, frame):
        if frame == self.page.main_frame:
            self.screens += 1

    def shot(self, name):
        self.n += 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"editor-{self.n:02d}-{name}.png"), full_page=True)

    def click(self, locator):
        locator.click()
        self.clicks += 1


def jpeg_bytes(colour):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("bientap", "bientap@ocop.example", PASSWORD)
    # English admin labels keep the selectors stable while the admin's Vietnamese grows.
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def taxonomy(site_tree):
    from wagtail.models import Collection

    if not Collection.objects.exists():  # transactional tests flush the migration's root collection
        Collection.add_root(name="Root")
    province = RegionFactory(name="Quảng Ninh", slug="quang-ninh", kind="province")
    for i, name in enumerate(["Hạ Long", "Cẩm Phả", "Móng Cái", "Uông Bí", "Ba Chẽ", "Bình Liêu", "Cô Tô"]):
        RegionFactory(name=name, slug=f"locality-{i}", parent=province, sort_order=i)
    van_don = RegionFactory(name="Vân Đồn", slug="van-don", parent=province, sort_order=20)
    RegionFactory(name="Đặc khu Vân Đồn", slug="dac-khu-van-don", kind="ward", parent=van_don)
    food = ProductGroupFactory(name="Thực phẩm", slug="thuc-pham")
    ProductGroupFactory(name="Thủy sản chế biến", slug="thuy-san-che-bien", parent=food)
    ProductGroupFactory(name="Đồ uống", slug="do-uong")
    return site_tree


def chooser_button(page, field_id):
    return page.locator(f"#{field_id}").locator("xpath=..").locator("[data-chooser-action-choose]")


def choose_from_tree(steps, field_id, query, name, shot):
    """Open a region/group chooser, search without tone marks, pick ``name``."""
    page = steps.page
    steps.click(chooser_button(page, field_id))
    modal = page.locator(".modal-content")
    modal.locator("a[data-chooser-modal-choice]").first.wait_for()
    everything = modal.locator("a[data-chooser-modal-choice]").count()
    modal.locator("input[name=q]").fill(query)
    choices = modal.locator("a[data-chooser-modal-choice]")
    page.wait_for_function(  # the search answered: fewer rows than the whole tree
        "([n]) => document.querySelectorAll('.modal-content a[data-chooser-modal-choice]').length < n", arg=[everything]
    )
    choice = choices.filter(has_text=re.compile(rf"(↳|^)\s*{re.escape(name)}\s*$")).first
    steps.shot(shot)
    steps.click(choice)
    page.locator(".modal-content").wait_for(state="detached")
    assert name in page.locator(f"#{field_id}").locator("xpath=..").inner_text()


def upload_image_in_chooser(steps, field_id, title, colour, shot):
    upload_image_in_chooser_button(steps, chooser_button(steps.page, field_id), title, colour, shot)


def upload_image_in_chooser_button(steps, button, title, colour, shot):
    page = steps.page
    steps.click(button)
    modal = page.locator(".modal-content")
    steps.click(modal.get_by_role("tab", name=re.compile("Upload")))
    modal.locator("input[type=file]").set_input_files(
        {"name": f"{title}.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes(colour)}
    )
    modal.locator("input[name$=title]").fill(title)
    steps.shot(shot)
    steps.click(modal.locator("form button[type=submit]").first)
    page.locator(".modal-content").wait_for(state="detached")


def choose_existing_image(steps, chooser, title):
    page = steps.page
    steps.click(chooser)
    choice = page.locator(".modal-content a[data-chooser-modal-choice]", has_text=title).first
    choice.wait_for()
    steps.click(choice)
    page.locator(".modal-content").wait_for(state="detached")


def pick_a_date(steps, selector, shot):
    """Open the admin's date picker on ``selector`` and click a day of the shown month."""
    page = steps.page
    steps.click(page.locator(selector))
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.wait_for()
    steps.shot(shot)
    steps.click(picker.locator("td.xdsoft_date.xdsoft_today, td.xdsoft_date.xdsoft_current").first)
    assert re.match(r"\d{4}-\d{2}-\d{2}", page.locator(selector).input_value())


# Fields are found by their content path, never by panel ids: Wagtail names a panel's id after its
# tab heading ("#panel-child-content-body-…") in the language of the first request that built the
# process's cached edit handler, so after a Vietnamese editor the ids read "…-noi_dung-…" for everyone.


def add_block(steps, stream, label, index=-1):
    page = steps.page
    steps.click(page.locator(f".w-field[data-contentpath={stream}] .c-sf-add-button").nth(index))
    steps.click(page.get_by_role("option", name=label, exact=True))


def publish(steps):
    page = steps.page
    # As an editor waits for "Saved": Wagtail 8 autosaves a new page's form, and a publish sent
    # while that first autosave is creating the page posts the form to "add" again, which the slug
    # now taken refuses ("could not be created due to validation errors"; seen once in CI).
    page.wait_for_function(
        "() => document.querySelector('#w-autosave-indicator')?.dataset.wAutosaveStateValue !== 'saving'"
    )
    steps.click(page.locator("footer .w-dropdown__toggle.button"))
    steps.click(page.locator("button[name=action-publish]"))
    page.wait_for_load_state("load")


ENGLISH = {
    PRODUCER_TITLE: "Minh Chau Van Don Seafood Cooperative",
    PRODUCER_SLUG: "minh-chau-van-don-seafood-cooperative",
    "Hợp tác xã nuôi và chế biến sá sùng ở Vân Đồn.": "A cooperative farming and processing peanut worms in Van Don.",
    "Nghề sá sùng": "Peanut worm craft",
    "Sá sùng được đào ở bãi triều Minh Châu khi nước ròng.": "Peanut worms are dug on Minh Chau's tidal flats at low tide.",
    "Sá sùng là lộc của biển.": "Peanut worms are the sea's gift.",
    "Bãi sá sùng Minh Châu": "Minh Chau peanut worm flats",
    PRODUCT_TITLE: "Van Don dried peanut worms",
    PRODUCT_SLUG: "van-don-dried-peanut-worms",
    "Sá sùng phơi khô, nướng thơm, ngọt nước dùng.": "Sun-dried peanut worms: grilled as a snack, or to sweeten a broth.",
    "Sá sùng khô đóng gói": "Packed dried peanut worms",
}


def translate_every_segment(steps):
    """In wagtail-localize's editor: "Translate", type the English, "Save", for every string."""
    from anyascii import anyascii

    page = steps.page
    side_panel = page.locator("[data-form-side-close-button]:visible")
    if side_panel.count():  # the status panel, left open earlier, covers the "Translate" buttons
        steps.click(side_panel.first)
    pending = page.locator("li.incomplete:visible:has(button:text-is('Translate'))")
    for tab in ("Content", "Promote"):
        steps.click(page.get_by_role("tab", name=tab))
        while pending.count():
            item = pending.first.element_handle()  # a fixed element: the locator moves on once it is open
            source = item.query_selector("p").inner_text().strip()
            item.evaluate("el => el.scrollIntoView({block: 'center'})")  # clear of the sticky header
            item.query_selector("button:text-is('Translate')").click()
            steps.clicks += 1
            item.wait_for_selector("textarea").fill(ENGLISH.get(source, anyascii(source)))
            incomplete = page.locator("li.incomplete").count()
            item.query_selector("button:text-is('Save')").click()
            steps.clicks += 1
            page.wait_for_function("([n]) => document.querySelectorAll('li.incomplete').length < n", arg=[incomplete])


def login(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_editor_publishes_a_bilingual_producer_and_product(live_server, page, editor, taxonomy):
    steps = Steps(page)
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    login(page, live_server)
    # The production policies are in force (test settings inherit them unchanged), enforced.
    admin_policy = page.request.get(live_server.url + "/admin/").headers["content-security-policy"]
    public_policy = page.request.get(live_server.url + "/vi/").headers["content-security-policy"]
    assert settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "script-src 'self' 'unsafe-inline'" in admin_policy and "frame-ancestors 'self'" in admin_policy
    assert "script-src 'self';" in public_policy + ";" and "frame-ancestors 'self'" in public_policy
    steps.shot("dashboard")

    # --- The producer's story -------------------------------------------------------
    page.goto(live_server.url + f"/admin/pages/add/catalogue/producerpage/{taxonomy['producers'].pk}/")
    page.locator("#id_title").press_sequentially(PRODUCER_TITLE)
    page.locator("#id_intro").fill("Hợp tác xã nuôi và chế biến sá sùng ở Vân Đồn.")
    page.select_option("#id_producer_type", "cooperative")
    choose_from_tree(steps, "id_region", "van don", "Vân Đồn", "producer-region-chooser")
    upload_image_in_chooser(steps, "id_image", "Bãi sá sùng Minh Châu", (40, 90, 160), "producer-image-upload")

    add_block(steps, "body", "Text")
    editor_box = page.locator(".w-field[data-contentpath=body] .public-DraftEditor-content").first
    editor_box.click()
    page.keyboard.type("## Nghề sá sùng")
    page.keyboard.press("Enter")
    page.keyboard.type("Sá sùng được đào ở bãi triều Minh Châu khi nước ròng.")
    add_block(steps, "body", "Image")
    choose_existing_image(
        steps,
        page.locator(".w-field[data-contentpath=body] [data-chooser-action-choose]").last,
        "Bãi sá sùng Minh Châu",
    )
    add_block(steps, "body", "Quote")
    page.locator(".w-field[data-contentpath=body] textarea[name$=quote]").fill("Sá sùng là lộc của biển.")
    page.locator(".w-field[data-contentpath=body] input[name$=attribution]").fill("Bà Lê Thị Hoa")
    steps.shot("producer-story")

    steps.click(page.get_by_role("tab", name=re.compile("Promote")))
    assert page.locator("#id_slug").input_value() == PRODUCER_SLUG  # the slug shown while typing
    steps.shot("producer-slug")
    publish(steps)
    steps.shot("producer-published")
    producer = ProducerPage.objects.get(locale__language_code="vi", title=PRODUCER_TITLE)
    assert producer.live and producer.slug == PRODUCER_SLUG
    assert [b.block_type for b in producer.body] == ["paragraph", "image", "quote"]
    assert "<h2" in str(producer.body[0].value)

    # --- The product under it -----------------------------------------------------------
    page.goto(live_server.url + f"/admin/pages/add/catalogue/productpage/{taxonomy['catalogue'].pk}/")
    page.locator("#id_title").press_sequentially(PRODUCT_TITLE)
    page.locator("#id_intro").fill("Sá sùng phơi khô, nướng thơm, ngọt nước dùng.")
    steps.click(chooser_button(page, "id_producer"))
    modal = page.locator(".modal-content")
    modal.locator("#id_q").fill("Minh Châu")
    page.wait_for_load_state("networkidle")
    steps.click(modal.get_by_role("link", name=PRODUCER_TITLE).first)
    modal.wait_for(state="detached")
    choose_from_tree(steps, "id_group", "thuy san", "Thủy sản chế biến", "product-group-chooser")
    choose_from_tree(steps, "id_region", "van don", "Vân Đồn", "product-region-chooser")
    choose_existing_image(steps, chooser_button(page, "id_image"), "Bãi sá sùng Minh Châu")
    steps.click(page.locator(".w-field[data-contentpath=gallery] .c-sf-add-button").first)
    upload_image_in_chooser_button(
        steps,
        page.locator(".w-field[data-contentpath=gallery] [data-chooser-action-choose]").last,
        "Sá sùng khô đóng gói",
        (170, 120, 60),
        "product-gallery-upload",
    )
    steps.shot("product-form")
    steps.click(page.get_by_role("tab", name=re.compile("Promote")))
    assert page.locator("#id_slug").input_value() == PRODUCT_SLUG
    publish(steps)
    steps.shot("product-published")
    product = ProductPage.objects.get(locale__language_code="vi", title=PRODUCT_TITLE)
    assert product.live and product.slug == PRODUCT_SLUG and product.producer.title == PRODUCER_TITLE
    assert product.group.name == "Thủy sản chế biến" and product.region.name == "Vân Đồn" and len(product.gallery) == 1

    # Scheduled publishing: the date picker opens and selects (then the dialog is closed).
    page.goto(live_server.url + f"/admin/pages/{product.pk}/edit/")
    steps.click(page.locator('[data-side-panel-toggle="status"]'))
    steps.click(page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]'))
    pick_a_date(steps, "#id_go_live_at", "schedule-date-picker")
    steps.click(page.locator("#schedule-publishing-dialog [data-action='w-dialog#hide']").first)

    # --- A certificate: the product chooser offers Vietnamese products; date pickers --------
    page.goto(live_server.url + "/admin/snippets/catalogue/certification/add/")
    steps.click(chooser_button(page, "id_product"))
    modal = page.locator(".modal-content")
    modal.locator("#id_q").fill("Sá sùng")
    page.wait_for_load_state("networkidle")  # the search has answered
    steps.shot("certificate-product-chooser")
    steps.click(modal.get_by_role("link", name=PRODUCT_TITLE).first)
    modal.wait_for(state="detached")
    page.fill("#id_stars", "3")
    page.fill("#id_score", "62")
    page.fill("#id_certificate_number", "QN-OCOP-2025-0417")
    page.select_option("#id_level", "provincial")
    page.fill("#id_issuing_body", "UBND tỉnh Quảng Ninh")
    pick_a_date(steps, "#id_issued_on", "certificate-date-picker")
    steps.click(page.locator("button.action-save").first)
    page.wait_for_url(re.compile(r"/admin/snippets/catalogue/\w+/$"))
    steps.shot("certificate-saved")
    certificate = Certification.objects.get(certificate_number="QN-OCOP-2025-0417")
    assert certificate.product_id == product.pk and certificate.is_valid_on()

    # --- A variant (the product chooser as the admin has it today) -----------------------
    page.goto(live_server.url + "/admin/snippets/catalogue/productvariant/add/")
    steps.click(chooser_button(page, "id_product"))
    modal = page.locator(".modal-content")
    modal.locator("#id_q").fill("Sá sùng")
    page.wait_for_load_state("networkidle")  # the search has answered
    steps.click(modal.get_by_role("link", name=PRODUCT_TITLE).first)
    modal.wait_for(state="detached")
    page.fill("#id_sku", "SASUNG-100")
    page.fill("#id_size", "100 g")
    page.fill("#id_price_vnd", "850000")
    page.fill("#id_stock", "20")
    steps.click(page.locator("button.action-save").first)
    page.wait_for_url(re.compile(r"/admin/snippets/catalogue/\w+/$"))
    steps.shot("variant-saved")
    assert ProductVariant.objects.get(sku="SASUNG-100").product_id == product.pk

    # --- Translate both into English -------------------------------------------------------
    for vi_page in (producer, product):
        page.goto(live_server.url + f"/admin/pages/{vi_page.pk}/edit/")
        steps.click(page.locator("header [data-w-dropdown-target=toggle]").first)
        steps.click(page.get_by_role("link", name=re.compile("^Translate")))
        page.wait_for_url(re.compile(r"/admin/localize/submit/"))
        steps.click(page.get_by_label("English"))
        steps.shot(f"translate-{vi_page.slug[:20]}")
        steps.click(page.get_by_role("button", name="Submit"))
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
        steps.shot(f"translation-editor-{vi_page.slug[:20]}")
        english = type(vi_page).objects.get(translation_key=vi_page.translation_key, locale__language_code="en")
        assert not english.live  # a draft: nothing untranslated goes live
        assert page.request.get(live_server.url + english.url).status == 404

        translate_every_segment(steps)
        steps.shot(f"translated-{vi_page.slug[:20]}")
        steps.click(page.locator("button[name=action][value=publish]"))
        page.wait_for_load_state("load")
        english.refresh_from_db()
        assert english.live and english.title == ENGLISH[vi_page.title]
        assert page.request.get(live_server.url + english.url).status == 200

    # --- Both found by the site's search, in both languages ------------------------------
    for language, query, title in [
        ("vi", "sa sung van don", PRODUCT_TITLE),
        ("vi", "Minh Châu", PRODUCT_TITLE),
        ("en", "peanut worms", ENGLISH[PRODUCT_TITLE]),
        ("en", "Minh Chau seafood", ENGLISH[PRODUCT_TITLE]),
    ]:
        page.goto(live_server.url + f"/{language}/search/?q={query}")
        assert title in page.locator("main").inner_text(), (language, query)
    steps.shot("found-in-english")
    assert violations == [], violations  # nothing the editor used was blocked by the policy
    print(f"\nEDITOR STEPS: {steps.clicks} clicks, {steps.screens} screens (page loads)")
