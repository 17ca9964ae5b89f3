"""The admin speaks Vietnamese to the programme office: Wagtail's and wagtail-localize's own
screens included (site_config/admin_locale), whatever language the browser asks for."""

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

OVERRIDES = Path(settings.BASE_DIR) / "site_config" / "admin_locale" / "vi" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@pytest.fixture
def staff(django_user_model, client, locales):
    """An editor whose account says nothing about language, in a browser that asks for English
    (and the site tree the dashboard needs: transactional tests elsewhere flush it)."""
    user = django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "pw")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en-US,en;q=0.9"
    client.force_login(user)
    return user


def page_text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


class _ScreenText(HTMLParser):
    """Text and the labels read out (aria-label, title, placeholder); not scripts, styles, templates
    for later, nor the JSON data Wagtail hands its JavaScript."""

    SKIP = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif not self.skipping:
            self.parts += [value for name, value in attrs if name in {"aria-label", "title", "placeholder"} and value]

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(response):
    parser = _ScreenText()
    parser.feed(page_text(response))
    return " ".join(" ".join(parser.parts).split())


@pytest.mark.django_db
def test_login_screen_is_vietnamese_for_an_english_browser(client):
    screen = visible_text(client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9"))
    assert "Đăng nhập" in screen and "Mật khẩu" in screen and "Quên mật khẩu?" in screen
    for english in ("Sign in", "Password", "Forgotten", "Remember me", "Enter your"):
        assert english not in screen, english


@pytest.mark.django_db
def test_dashboard_ignores_the_browser_language_but_follows_the_users_choice(client, staff):
    assert 'lang="vi"' in page_text(client.get(reverse("wagtailadmin_home")))
    screen = visible_text(client.get(reverse("wagtailadmin_home")))
    assert "Bảng điều khiển" in screen and "Dashboard" not in screen and "Your most recent edits" not in screen

    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "en"
    profile.save()
    assert "Dashboard" in visible_text(client.get(reverse("wagtailadmin_home")))


@pytest.mark.django_db
def test_page_editor_buttons_tabs_and_choosers_are_vietnamese(client, staff, product):
    screen = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[product.pk])))
    for vietnamese in (
        "Lưu bản nháp",
        "Xuất bản",
        "Ngừng xuất bản",
        "Thao tác khác",
        "Nội dung",
        "Quảng bá",
        "Xem trước",
        "Lịch sử",
        "Chọn khu vực khác",
        "Chọn ảnh",
        "Bình luận",
    ):
        assert vietnamese in screen, vietnamese
    for english in (
        "Save draft",
        "Publish",
        "More actions",
        "Choose",
        "Promote",
        "region",
        "Actions",
        "Comments",
        "History",
        "Preview",
    ):
        assert english not in screen, screen[max(0, screen.find(english) - 80) : screen.find(english) + 80]


@pytest.mark.django_db
def test_translation_actions_are_vietnamese(client, staff, product, product_en):
    source = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[product.pk])))
    assert "Đồng bộ các trang đã dịch" in source and "Sync translated pages" not in source
    translation = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[product_en.pk])))
    assert "Bản dịch" in translation and "Translations" not in translation
    submit = visible_text(client.get(reverse("wagtail_localize:submit_page_translation", args=[product.pk])))
    assert "Dịch trang" in submit and "Translate page" not in submit
    source_id = product_en.get_translation_source_id() if hasattr(product_en, "get_translation_source_id") else None
    from wagtail_localize.models import TranslationSource

    source_id = source_id or TranslationSource.objects.get(object_id=product.translation_key).pk
    sync = visible_text(client.get(reverse("wagtail_localize:update_translations", args=[source_id])))
    assert "Cập nhật các bản dịch hiện có" in sync and "Update existing translations" not in sync


@pytest.mark.django_db
def test_catalogue_lists_read_yes_and_no_and_speak_one_language(client, staff, product):
    variants = client.get(reverse("wagtailsnippets_catalogue_productvariant:list"), {"is_active": "true"})
    active_filter = re.search(r'class="w-active-filters.*?</(?:div|ul)>', page_text(variants), re.S)
    assert active_filter, "no active filter shown"
    pill = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", active_filter.group(0))).split())
    assert "Đang bán: Có" in pill and "True" not in pill
    regions = visible_text(client.get(reverse("wagtailsnippets_catalogue_region:list")))
    assert "Thêm khu vực" in regions
    for english in ("Add ", "region", "Choose", "Filter", "Sort"):
        assert english not in regions, regions[max(0, regions.find(english) - 80) : regions.find(english) + 80]


@pytest.mark.django_db
def test_javascript_catalogue_is_vietnamese(client, staff):
    script = page_text(client.get(reverse("wagtailadmin_javascript_catalog")))
    assert "\\u1ea8n/hi\\u1ec7n thanh b\\u00ean" in script or "Ẩn/hiện thanh bên" in script  # "Toggle sidebar"
    localize = page_text(client.get(reverse("wagtail_localize:javascript_catalog")))
    assert "Xu\\u1ea5t b\\u1ea3n b\\u1eb1ng" in localize or "Xuất bản bằng" in localize  # "Publish in "


@pytest.mark.django_db
def test_ensure_admin_makes_a_usable_vietnamese_account(client, tmp_path, settings, monkeypatch, capsys):
    settings.STATE_DIR = tmp_path
    monkeypatch.setenv("ADMIN_PASSWORD", "mat-khau-thu")
    call_command("ensure_admin")
    assert "Admin login: admin / mat-khau-thu" in capsys.readouterr().out

    client.login(username="admin", password="mat-khau-thu")
    account = page_text(client.get(reverse("wagtailadmin_account"), HTTP_ACCEPT_LANGUAGE="en-US"))
    assert "Tài khoản" in account
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Lan",
            "name_email-last_name": "Nguyễn",
            "name_email-email": "lan@example.vn",
            "locale-preferred_language": "vi",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, re.findall(r'class="error-message".*?</', response.content.decode(), re.S)
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    assert (admin.first_name, admin.last_name) == ("Lan", "Nguyễn")
    assert UserProfile.get_for_user(admin).preferred_language == "vi"


def test_override_catalogues_keep_every_placeholder():
    """A translation that drops or invents a placeholder breaks a screen at run time, not at compile."""
    for name in ("django.po", "djangojs.po"):
        with open(OVERRIDES / name, "rb") as f:
            catalog = read_po(f)
        assert catalog.plural_forms == "nplurals=1; plural=0;"
        for message in catalog:
            if not message.id:
                continue
            ids = [message.id] if isinstance(message.id, str) else list(message.id)
            string = message.string if isinstance(message.string, str) else message.string[0]
            assert string, f"untranslated: {ids[0]!r}"
            allowed = set(PLACEHOLDER.findall(" ".join(ids)))
            used = set(PLACEHOLDER.findall(string))
            assert used <= allowed, f"{ids[0]!r}: {used - allowed}"
            if isinstance(message.id, str) and not all(p.startswith("%(") for p in allowed):
                assert used == allowed, f"{ids[0]!r}: positional placeholders differ"


@pytest.mark.django_db
def test_default_moderation_workflow_has_a_vietnamese_name(client, staff, product):
    """Wagtail's initial data calls it "Moderators approval"; editors read it on the publish menu."""
    import importlib

    from django.apps import apps
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    Workflow.objects.all().delete()
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=product.get_parent())

    migration = importlib.import_module("site_config.migrations.0003_vietnamese_default_workflow_names")
    migration.rename(apps, migration.ENGLISH, migration.VIETNAMESE)

    screen = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[product.pk])))
    assert "Gửi duyệt (Nhóm kiểm duyệt)" in screen and "Moderators" not in screen


@pytest.mark.django_db
def test_chooser_modal_labels_its_language_filter(locales):
    # Wagtail's generic chooser modals (snippets of a translatable model) add a language filter
    # without a label: Django would print the field name, "Locale". Regions and groups now have
    # tree choosers of their own, so the filter form itself is what is checked here.
    from django import forms
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    class FilterForm(LocaleFilterMixin, forms.Form):
        pass

    with translation.override("vi"):
        assert str(FilterForm().fields["locale"].label) == "Ngôn ngữ"
