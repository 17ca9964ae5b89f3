#!/usr/bin/env python
"""How much of the admin an editor or shop manager sees is in Vietnamese: a crawl in Chromium.

    .venv/bin/python bench/admin_i18n/coverage.py                 # dev settings, SQLite + demo data
    .venv/bin/python bench/admin_i18n/coverage.py --base-url http://127.0.0.1:8000   # a running server
    .venv/bin/python bench/admin_i18n/coverage.py --place-sample-order   # and one order to look at

Signs in as a staff user whose account has no language preference, with a browser that asks for
English (``Accept-Language: en-US``), so the figure also proves that the admin ignores the
browser: first an editor (a superuser, to reach every screen), then, when the "Shop manager"
group exists, a member of that group only, on the screens a shop manager opens. Visits the screens listed in ``screens()`` (found by URL name and the first matching
object in the database; a screen whose object is missing is reported as skipped), opens the
choosers from an empty product form, and for each screen collects the UI strings a person can
see or hear:

* visible text nodes (Chromium's ``checkVisibility``), screen-reader-only text included;
* ``aria-label``, ``title``, ``placeholder`` and tooltip attributes, button values, image alt text;

leaving out what is not interface: form field values, rich-text editors, ``<select>`` options,
preview iframes, and user content, i.e. any string held in the database (page titles, region and
group names, SKUs, image titles, user and customer names...), which is cut out of each string
before it is classified.

Each remaining string is split into words (letters only; numbers and punctuation do not count):

* a word with a Vietnamese letter is Vietnamese;
* a word that occurs in the project's Vietnamese catalogues (its own and the overrides) and in
  no English message id is Vietnamese ("trang", "con"); one found in both is ambiguous ("in",
  "do"): it passes beside a Vietnamese word and counts as English alone;
* technical names and brands (``NEUTRAL_WORDS``: CSV, URL, SKU, Wagtail, OCOP, language
  names...) are neutral;
* any other ASCII word is English.

A string counts as translated when it has a Vietnamese word and no English word, so a mixed
label ("Chọn region") counts as untranslated; a string of neutral words only is not counted.
The share is unique strings per screen, and overall the sum over screens. Untranslated strings
are listed per screen.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
import unicodedata
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")

CHROMIUM = "/usr/bin/chromium"
USERNAME = "vi-coverage"
SHOP_USERNAME = "vi-coverage-shop"
SHOP_GROUP = "Shop manager"
# What the shop manager's group may open (storefront's data migration gives it orders only).
SHOP_SCREENS = {
    "Bảng điều khiển",
    "Đơn hàng",
    "Chi tiết đơn hàng",
    "Giá và tồn kho (lọc: đang bán)",
    "Sửa giá và tồn kho",
    "Tài khoản",
}
GOAL = 0.95

NEUTRAL_WORDS = {
    "wagtail",
    "ocop",
    "csv",
    "xlsx",
    "url",
    "urls",
    "sku",
    "api",
    "json",
    "html",
    "po",
    "id",
    "email",
    "e",
    "mail",
    "javascript",
    "english",
    "vnd",
    "qr",
    "vietqr",
    "stripe",
    "ok",
    "utc",
    "gmt",
    "ict",
    "www",
    "http",
    "https",
    "px",
    "kg",
    "g",
    "ml",
    "cm",
    "mm",
    "x",
    "a",
    "z",
    "seo",
    "meta",
    "pdf",
    "docx",
    "odt",
    "heic",
    "heif",
    "webp",
    "avif",
    "jpeg",
    "jpg",
    "png",
    "gif",
    "svg",
    "tiktok",
    "facebook",
    "zalo",
    "youtube",
    "instagram",
    "vimeo",
    "google",
    "ii",
    "iii",
    "iv",
    "v",
    "asia",
    "ho",
    "chi",
    "minh",
    "slug",
    "kb",
    "mb",
    "gb",
    "tb",
    "bytes",
}
VIETNAMESE_LETTER = re.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")
LINE_BREAK = re.compile(r"<br\s*/?>")  # wagtail-localize shows line breaks in content as <br/>
MARKUP = re.compile(r"%\(\w+\)[-+ #0-9.]*[a-z]|\{\w*\}|<[^>]*>|&\w+;")

# Collected in the page: visible text and the attributes a person sees or hears.
EXTRACT_JS = """
(rootSelector) => {
  const root = rootSelector ? document.querySelector(rootSelector) : document.body;
  if (!root) return [];
  const skip = "script,style,noscript,template,textarea,select,iframe,[contenteditable='true'],"
    + ".Draftail-Editor,.DraftEditor-root,[data-coverage-ignore]";
  const visible = (el) => el.checkVisibility
    ? el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
    : !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || parent.closest(skip)) continue;
    const text = node.textContent.replace(/\\s+/g, " ").trim();
    if (!text || !visible(parent)) continue;
    out.push(text);
  }
  const attrs = ["aria-label", "title", "placeholder", "data-w-tooltip-content-value", "alt"];
  for (const el of root.querySelectorAll("*")) {
    if (el.closest(skip) && !el.matches("select,textarea")) continue;
    if (!visible(el)) continue;
    for (const name of attrs) {
      const value = el.getAttribute(name);
      if (value && value.trim()) out.push(value.replace(/\\s+/g, " ").trim());
    }
    if (el.matches("input[type=submit],input[type=button]") && el.value) out.push(el.value.trim());
  }
  return out;
}
"""


def setup_django():
    from bench.common import setup_django

    setup_django()


def catalogue_words():
    """(Vietnamese words, English words) from the message catalogues the admin uses."""
    import django as django_pkg
    from babel.messages.pofile import read_po
    from django.conf import settings

    # Vietnamese words come from the project's catalogues only: Django's own Vietnamese keeps many
    # English words ("Image", "file", "model"); its message ids still count as English.
    vi_files = [p for d in settings.LOCALE_PATHS for p in Path(d).glob("vi/LC_MESSAGES/*.po")]
    vi_files += list(ROOT.glob("*/locale/vi/LC_MESSAGES/*.po"))
    django_files = list(Path(django_pkg.__file__).parent.glob("**/locale/vi/LC_MESSAGES/*.po"))
    site_packages = Path(django_pkg.__file__).parent.parent
    en_files = list(site_packages.glob("wagtail*/**/locale/en/LC_MESSAGES/*.po"))
    vietnamese, english = set(), set()

    def words(text):
        # Placeholders ("%(user)s") and markup ("<a href=...>") are not words of either language.
        text = MARKUP.sub(" ", text)
        return {w.lower() for w in WORD.findall(text)}

    for path in vi_files:
        with open(path, "rb") as f:
            catalog = read_po(f)
        for message in catalog:
            if not message.id:
                continue
            ids = [message.id] if isinstance(message.id, str) else list(message.id)
            strings = [message.string] if isinstance(message.string, str) else list(message.string)
            for msgid in ids:
                english |= words(msgid)
            for string in strings:
                vietnamese |= words(string or "")
    for path in django_files:
        with open(path, "rb") as f:
            for message in read_po(f):
                if message.id:
                    for msgid in [message.id] if isinstance(message.id, str) else message.id:
                        english |= words(msgid)
    for path in en_files:
        with open(path, "rb") as f:
            for message in read_po(f):
                if message.id:
                    for msgid in [message.id] if isinstance(message.id, str) else message.id:
                        english |= words(msgid)
    return vietnamese, english


def content_strings():
    """Every short text value in the database: user content, left out of the measure."""
    from django.apps import apps
    from django.db import models

    skip_apps = {"sessions", "contenttypes", "admin", "django_tasks_db", "wagtailsearch", "modelsearch"}
    skip_models = {
        "revision",
        "logentry",
        "pagelogentry",
        "modellogentry",
        "referenceindex",
        "translationsource",
        "segmentoverride",
        "stringsegment",
        "templatesegment",
        "relatedobjectsegment",
        "overridablesegment",
        "translationlog",
        "permission",
        "stripeevent",
        "indexentry",
        "backlogentry",
    }
    values = set()
    for model in apps.get_models():
        meta = model._meta
        if meta.app_label in skip_apps or meta.model_name in skip_models or meta.proxy:
            continue
        # Text, slugs and file names; not fields with choices, whose labels are interface.
        fields = [
            f.name
            for f in meta.concrete_fields
            if isinstance(f, (models.CharField, models.TextField, models.FileField)) and not f.choices
        ]
        if not fields:
            continue
        try:
            for row in model._default_manager.values_list(*fields)[:5000]:
                for value in row:
                    value = str(value or "").strip()
                    if "/" in value and "." in value.rsplit("/", 1)[-1]:
                        value = value.rsplit("/", 1)[-1]  # a stored file: its name is shown
                    if 2 <= len(value) <= 2000:
                        values.add(unicodedata.normalize("NFC", value))
        except Exception:  # noqa: BLE001 - a table another branch has not migrated yet
            continue
    from django.contrib.auth import get_user_model

    for user in get_user_model().objects.all():
        values.add(user.get_full_name())
    values.discard("")
    return values


class Classifier:
    def __init__(self, vietnamese_words, english_words, content):
        self.vietnamese = vietnamese_words - english_words
        self.ambiguous = vietnamese_words & english_words
        content = {" ".join(LINE_BREAK.sub(" ", c).split()) for c in content}
        self.content_exact = content
        # Longest first, so that "Chả mực Hạ Long" goes before "Hạ Long".
        self.content_parts = sorted((c for c in content if len(c) >= 3), key=len, reverse=True)

    def strip_content(self, text):
        for part in self.content_parts:
            if part in text:  # cheap test first; then only whole words ("tra" stays in "trang")
                text = re.sub(r"(?<!\w)" + re.escape(part) + r"(?!\w)", " ", text)
        return text

    def classify(self, text):
        """'vi', 'en' or None (not counted: content, numbers, neutral words only)."""
        text = unicodedata.normalize("NFC", " ".join(LINE_BREAK.sub(" ", text).split()))
        if text in self.content_exact:
            return None
        shortened = text.rstrip(".… ")
        if text != shortened and len(shortened) >= 12 and any(c.startswith(shortened) for c in self.content_parts):
            return None  # user content cut short by the admin ("Mực tươi được lột da…")
        text = self.strip_content(text)
        has_vietnamese = has_english = has_ambiguous = False
        for word in WORD.findall(text):
            lower = word.lower()
            if VIETNAMESE_LETTER.search(word) or lower in self.vietnamese:
                has_vietnamese = True
            elif lower in NEUTRAL_WORDS or len(word) == 1:
                continue
            elif lower in self.ambiguous:
                has_ambiguous = True
            else:
                has_english = True
        if has_english or (has_ambiguous and not has_vietnamese):
            return "en"  # "Title" alone is English; "In đậm" is Vietnamese
        return "vi" if has_vietnamese else None


def first(queryset):
    return queryset.order_by("pk").first()


def screens():
    """(name, path) of the screens editors and shop managers use; path None when there is no object."""
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse
    from wagtail.images import get_image_model
    from wagtail.models import Locale

    def url(name, *args, query=""):
        try:
            return reverse(name, args=args) + query
        except NoReverseMatch:
            return None

    vi = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    en = Locale.objects.exclude(pk=getattr(vi, "pk", None)).first()
    from catalogue.models import (
        CatalogueIndexPage,
        Certification,
        ProducerPage,
        ProductGroup,
        ProductPage,
        ProductVariant,
        Region,
    )

    product = first(ProductPage.objects.filter(locale=vi))
    producer = first(ProducerPage.objects.filter(locale=vi))
    catalogue = first(CatalogueIndexPage.objects.filter(locale=vi))
    home = catalogue.get_parent() if catalogue else None
    product_en = (
        ProductPage.objects.filter(locale=en, translation_key=product.translation_key).first() if product else None
    )
    image = first(get_image_model().objects.all())
    source = None
    if product:
        from wagtail_localize.models import TranslationSource

        source = TranslationSource.objects.filter(object_id=product.translation_key).first()
    from storefront.models import Order

    order = Order.objects.order_by("-created_at").first()

    def obj_url(name, obj, *extra, query=""):
        return url(name, obj.pk, *extra, query=query) if obj is not None else None

    snippet = "wagtailsnippets_catalogue_{}:{}".format
    return [
        ("Bảng điều khiển", url("wagtailadmin_home")),
        ("Cây trang: gốc", url("wagtailadmin_explore_root")),
        ("Cây trang: trang chủ", obj_url("wagtailadmin_explore", home)),
        ("Cây trang: sản phẩm", obj_url("wagtailadmin_explore", catalogue)),
        ("Tìm trang", url("wagtailadmin_pages:search", query="?q=ch%E1%BA%A3")),
        ("Chọn loại trang mới", obj_url("wagtailadmin_pages:add_subpage", catalogue)),
        (
            "Tạo sản phẩm",
            url("wagtailadmin_pages:add", "catalogue", "productpage", catalogue.pk) if catalogue else None,
        ),
        ("Sửa sản phẩm", obj_url("wagtailadmin_pages:edit", product)),
        ("Sửa chủ thể", obj_url("wagtailadmin_pages:edit", producer)),
        ("Lịch sử trang", obj_url("wagtailadmin_pages:history", product)),
        ("Ngừng xuất bản (xác nhận)", obj_url("wagtailadmin_pages:unpublish", product)),
        ("Dịch trang (gửi dịch)", obj_url("wagtail_localize:submit_page_translation", product)),
        ("Đồng bộ bản dịch", obj_url("wagtail_localize:update_translations", source)),
        ("Sửa bản dịch tiếng Anh", obj_url("wagtailadmin_pages:edit", product_en)),
        ("Báo cáo bản dịch", url("wagtail_localize:translations_report")),
        ("Khu vực", url(snippet("region", "list"))),
        ("Sửa khu vực", obj_url(snippet("region", "edit"), first(Region.objects.filter(locale=vi)))),
        ("Nhóm sản phẩm", url(snippet("productgroup", "list"))),
        ("Sửa nhóm sản phẩm", obj_url(snippet("productgroup", "edit"), first(ProductGroup.objects.filter(locale=vi)))),
        ("Giá và tồn kho (lọc: đang bán)", url(snippet("productvariant", "list"), query="?is_active=true")),
        ("Sửa giá và tồn kho", obj_url(snippet("productvariant", "edit"), first(ProductVariant.objects.all()))),
        ("Chứng nhận OCOP", url(snippet("certification", "list"))),
        ("Sửa chứng nhận OCOP", obj_url(snippet("certification", "edit"), first(Certification.objects.all()))),
        ("Ảnh", url("wagtailimages:index")),
        ("Sửa ảnh", obj_url("wagtailimages:edit", image)),
        ("Tải ảnh lên", url("wagtailimages:add_multiple")),
        ("Tài liệu", url("wagtaildocs:index")),
        ("Đơn hàng", url("orders:index")),
        ("Chi tiết đơn hàng", obj_url("orders:inspect", order)),
        ("Cài đặt trang web", url("wagtailsettings:edit", "site_config", "sitesettings")),
        ("Cài đặt cửa hàng", url("wagtailsettings:edit", "site_config", "shopsettings")),
        ("Báo cáo: trang bị khóa", url("wagtailadmin_reports:locked_pages")),
        ("Báo cáo: trang lâu chưa cập nhật", url("wagtailadmin_reports:aging_pages")),
        ("Báo cáo: lịch sử trang web", url("wagtailadmin_reports:site_history")),
        ("Báo cáo: quy trình duyệt", url("wagtailadmin_reports:workflow")),
        ("Tài khoản", url("wagtailadmin_account")),
    ]


# Choosers opened from an empty product form: the button's field and what the modal is.
CHOOSERS = [
    ("Hộp chọn chủ thể (trang)", "producer"),
    ("Hộp chọn nhóm sản phẩm", "group"),
    ("Hộp chọn khu vực", "region"),
    ("Hộp chọn ảnh", "image"),
]


def ensure_user(username=USERNAME, group=None):
    """A staff user with no language preference (the default) and a fresh password: a superuser,
    or a member of ``group`` only (None when that group does not exist)."""
    import secrets

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    groups = list(Group.objects.filter(name=group)) if group else []
    if group and not groups:
        return None
    password = secrets.token_urlsafe(16)
    user, _ = get_user_model().objects.get_or_create(username=username, defaults={"email": f"{username}@example.vn"})
    user.first_name, user.last_name = "Kiểm tra", "Tiếng Việt"
    user.is_staff = user.is_active = True
    user.is_superuser = group is None
    user.set_password(password)
    user.save()
    user.groups.set(groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = ""
    profile.save()
    return password


def place_sample_order():
    """One cash-on-delivery order through the checkout's own service (same key every run, so at
    most one), for the shop manager's order screens when the database has none."""
    from catalogue.models import ProductVariant
    from storefront.models import Order, PaymentMethod
    from storefront.services.cart import CartLine
    from storefront.services.orders import CustomerDetails, place_order
    from storefront.services.presentation import shop_settings

    if Order.objects.exists():
        return
    variant = ProductVariant.objects.filter(stock__gt=0, is_active=True).order_by("pk").first()
    if variant is None:
        return
    customer = CustomerDetails(
        name="Khách thử nghiệm",
        email="khach@example.vn",
        phone="+84912345678",
        country="VN",
        street_address="12 Trần Hưng Đạo",
        province_name="Quảng Ninh",
    )
    from django.test.utils import override_settings

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):  # no mail to anyone
        place_order(
            cart_items={variant.pk: 1},
            lines=[CartLine(variant, 1)],
            customer=customer,
            payment_method=PaymentMethod.COD,
            shop=shop_settings(),
            language="vi",
            checkout_key="admin-i18n-coverage-sample",
        )


def start_server(port, settings_module):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE=settings_module)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return process, base
        except Exception:  # noqa: BLE001 - not up yet
            if process.poll() is not None:
                raise SystemExit("runserver exited; is the port free and the database migrated?") from None
            time.sleep(0.5)
    os.killpg(process.pid, signal.SIGTERM)
    raise SystemExit("runserver did not answer within 60 s")


def measure(texts, classifier):
    seen, translated, untranslated = set(), [], []
    for text in texts:
        if text in seen:
            continue
        seen.add(text)
        kind = classifier.classify(text)
        if kind == "vi":
            translated.append(text)
        elif kind == "en":
            untranslated.append(text)
    return translated, untranslated


def crawl(base, accounts, classifier, screenshots, home="/admin/", browser_language="en-US"):
    """``accounts``: (label, username, password, screens, open choosers?) crawled one after another."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        for label, username, password, screen_list, with_choosers in accounts:
            # A browser that asks for English: the admin must answer in Vietnamese all the same.
            context = browser.new_context(
                viewport={"width": 1366, "height": 900},
                locale=browser_language,
                extra_http_headers={"Accept-Language": browser_language},
            )
            page = context.new_page()
            page.set_default_timeout(20_000)

            def record(name, root=None, page=page, label=label):
                page.wait_for_timeout(300)
                texts = page.evaluate(EXTRACT_JS, root)
                translated, untranslated = measure(texts, classifier)
                results.append(
                    {
                        "screen": f"{label}: {name}",
                        "url": page.url.replace(base, ""),
                        "translated": len(translated),
                        "untranslated": untranslated,
                    }
                )
                if screenshots:
                    screenshots.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(screenshots / f"{len(results):02d}.png"))

            page.goto(base + "/admin/login/")
            record("Đăng nhập")
            page.fill("input[name=username]", username)
            page.fill("input[name=password]", password)
            page.click("button[type=submit]")
            page.wait_for_url(lambda url: "/login/" not in url)

            for name, path in screen_list:
                if path is None:
                    results.append({"screen": f"{label}: {name}", "skipped": "no object in the database"})
                    continue
                response = page.goto(base + path, wait_until="networkidle")
                if response is None or response.status >= 400:
                    results.append(
                        {
                            "screen": f"{label}: {name}",
                            "url": path,
                            "skipped": f"HTTP {getattr(response, 'status', '?')}",
                        }
                    )
                    continue
                if page.url.split("?")[0] == base + home and path != home:  # Wagtail's "no permission" redirect
                    results.append({"screen": f"{label}: {name}", "url": path, "skipped": "no access"})
                    continue
                record(name)

            create = next((p for n, p in screen_list if n == "Tạo sản phẩm"), None)
            for name, field in CHOOSERS if create and with_choosers else []:
                page.goto(base + create, wait_until="networkidle")
                button = page.locator(f"#id_{field}-chooser .unchosen button[data-chooser-action-choose]").first
                try:
                    button.click(timeout=5_000)
                    page.locator(".modal.in .modal-content").wait_for(timeout=10_000)  # Wagtail's chooser modal
                    page.wait_for_load_state("networkidle")
                    record(name, ".modal.in .modal-content")
                except Exception as error:  # noqa: BLE001 - reported, the crawl goes on
                    results.append(
                        {"screen": f"{label}: {name}", "skipped": f"chooser did not open ({type(error).__name__})"}
                    )
            context.close()
        browser.close()
    return results


def report(results):
    lines = ["| screen | strings | in Vietnamese | share |", "| --- | ---: | ---: | ---: |"]
    total_vi = total = 0
    for row in results:
        if "skipped" in row:
            lines.append(f"| {row['screen']} | – | – | skipped: {row['skipped']} |")
            continue
        count = row["translated"] + len(row["untranslated"])
        total_vi += row["translated"]
        total += count
        share = row["translated"] / count if count else 1.0
        lines.append(f"| {row['screen']} | {count} | {row['translated']} | {share:.1%} |")
    overall = total_vi / total if total else 1.0
    lines.append(f"| **all screens** | **{total}** | **{total_vi}** | **{overall:.1%}** |")
    details = []
    for row in results:
        if row.get("untranslated"):
            details.append(f"- {row['screen']}: " + "; ".join(f"“{t}”" for t in row["untranslated"]))
    return overall, "\n".join(lines), "\n".join(details)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="a running server (default: start runserver on --port)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8103")))
    parser.add_argument("--json", type=Path, default=ROOT / ".state" / "admin_i18n_coverage.json")
    parser.add_argument("--screenshots", type=Path, default=ROOT / ".state" / "screenshots" / "admin_i18n")
    parser.add_argument(
        "--browser-language",
        default="en-US",
        help="the browser's Accept-Language (default en-US: the admin must not follow it)",
    )
    parser.add_argument(
        "--place-sample-order",
        action="store_true",
        help="when there is no order, place one cash-on-delivery order to measure the order screens",
    )
    args = parser.parse_args()

    setup_django()
    if args.place_sample_order:
        place_sample_order()
    screen_list = screens()  # before Playwright's event loop starts: the ORM is synchronous
    accounts = [("Biên tập", USERNAME, ensure_user(), screen_list, True)]
    shop_password = ensure_user(SHOP_USERNAME, SHOP_GROUP)
    if shop_password:
        shop_screens = [(n, p) for n, p in screen_list if n in SHOP_SCREENS]
        accounts.append(("Quản lý cửa hàng", SHOP_USERNAME, shop_password, shop_screens, False))
    classifier = Classifier(*catalogue_words(), content_strings())
    process = None
    base = args.base_url
    if not base:
        process, base = start_server(args.port, os.environ["DJANGO_SETTINGS_MODULE"])
    started = time.monotonic()
    try:
        results = crawl(
            base.rstrip("/"), accounts, classifier, args.screenshots, browser_language=args.browser_language
        )
    finally:
        if process is not None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
    overall, table, details = report(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"overall": overall, "screens": results}, ensure_ascii=False, indent=1))
    print(table)
    if details:
        print("\nUntranslated strings:\n" + details)
    print(
        f"\nOverall {overall:.1%} (goal {GOAL:.0%}); crawl {time.monotonic() - started:.0f} s; details in {args.json}"
    )
    return 0 if overall >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
