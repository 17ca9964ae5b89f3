"""The producers' own corner: invitation, moderation, and that a producer never crosses to another.

Producer A's staff member works in the admin; producer B's story, product, variant and
certificate must stay out of reach by every road: listings, choosers, direct URLs, bulk actions,
exports, the admin search and the admin's JSON API.
"""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from catalogue.models import ProducerMembership
from catalogue.producer_access import page_ids_for, variants_for
from catalogue.producer_accounts import InvitationRefused, invite_producer_staff
from tests.factories import CertificationFactory, ProducerPageFactory, ProductPageFactory, ProductVariantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_producers(site_tree, region, group, django_capture_on_commit_callbacks):
    def make(letter):
        producer = ProducerPageFactory(parent=site_tree["producers"], title=f"Hợp tác xã {letter}", region=region)
        product = ProductPageFactory(
            parent=site_tree["catalogue"],
            title=f"Sản phẩm của {letter}",
            producer=producer,
            region=region,
            group=group,
        )
        product.save_revision().publish()
        variant = ProductVariantFactory(product=product, sku=f"SKU-{letter}", price_vnd=100000, stock=5)
        certificate = CertificationFactory(product=product, certificate_number=f"CERT-{letter}")
        return {"producer": producer, "product": product, "variant": variant, "certificate": certificate}

    return {"a": make("A"), "b": make("B"), "tree": site_tree}


@pytest.fixture
def producer_user(two_producers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user = invite_producer_staff(two_producers["a"]["producer"], email="Lan@Example.com", name="Trần Thị Lan")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def producer_client(client, producer_user):
    client.force_login(producer_user)
    return client


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_an_editor_invites_producer_staff_who_set_their_password(
    client, two_producers, editor, django_capture_on_commit_callbacks
):
    producer = two_producers["a"]["producer"]
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[producer.pk]))
    staff_url = reverse("catalogue_producer_staff:staff", args=[producer.pk])
    assert staff_url in edit.content.decode()  # the button on the producer's page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(staff_url, {"name": "Trần Thị Lan", "email": "lan@example.com"})
    assert response.status_code == 302
    assert "Trần Thị Lan" in client.get(staff_url).content.decode()

    (message,) = mail.outbox
    assert message.to == ["lan@example.com"]
    assert "Hợp tác xã A" in message.subject
    link = re.search(r"https?://\S+/password_reset/confirm/\S+", message.body).group(0)
    assert link.startswith(settings.SITE_URL)

    user = get_user_model().objects.get(email="lan@example.com")
    assert not user.has_usable_password()
    visitor = client.__class__()
    form = visitor.get(link.removeprefix(settings.SITE_URL), follow=True)
    assert form.status_code == 200
    done = visitor.post(
        form.redirect_chain[-1][0], {"new_password1": "Mật-khẩu-mới-2026", "new_password2": "Mật-khẩu-mới-2026"}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Mật-khẩu-mới-2026")
    # The link worked once.
    assert "new_password1" not in visitor.get(link.removeprefix(settings.SITE_URL), follow=True).content.decode()


def test_a_programme_account_cannot_be_made_producer_staff(two_producers, editor):
    with pytest.raises(InvitationRefused):
        invite_producer_staff(two_producers["a"]["producer"], email="editor@example.com", name="Editor")
    assert not ProducerMembership.objects.exists()


def test_producer_staff_cannot_invite(producer_client, two_producers):
    url = reverse("catalogue_producer_staff:staff", args=[two_producers["a"]["producer"].pk])
    assert producer_client.get(url).status_code == 403
    assert producer_client.post(url, {"name": "X", "email": "x@example.com"}).status_code == 403


def test_the_corner_lists_only_their_own_pages(producer_client, two_producers, producer_user):
    home = producer_client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 302 and home.url == reverse("producer_corner:index")
    corner = producer_client.get(home.url).content.decode()
    assert "Hợp tác xã A" in corner and "Sản phẩm của A" in corner
    assert "Hợp tác xã B" not in corner and "Sản phẩm của B" not in corner
    # The menu: the corner's items only (no pages explorer, snippets, orders, reports, settings).
    assert "Orders" not in corner and "Snippets" not in corner and "Reports" not in corner
    # The sidebar's search box searches their corner, not Wagtail's page search.
    assert reverse("wagtailadmin_pages:search") not in corner
    found = producer_client.get(reverse("producer_corner:index"), {"q": "san pham"}).content.decode()
    assert "Sản phẩm của A" in found and "Hợp tác xã A" not in found and "Sản phẩm của B" not in found
    a = two_producers["a"]
    assert page_ids_for(producer_user) == {a["producer"].pk, a["product"].pk}
    assert list(variants_for(producer_user)) == [a["variant"]]


def _refused(response):
    return response.status_code in (403, 404)


def test_every_road_to_another_producer_is_refused(producer_client, two_producers):
    b = two_producers["b"]
    tree = two_producers["tree"]
    other_pages = [b["producer"].pk, b["product"].pk]
    urls = [
        # direct URLs of the other producer's pages
        *[reverse("wagtailadmin_pages:edit", args=[pk]) for pk in other_pages],
        *[reverse("wagtailadmin_pages:history", args=[pk]) for pk in other_pages],
        *[reverse("wagtailadmin_pages:revisions_index", args=[pk]) for pk in other_pages],
        reverse("wagtailadmin_pages:preview_on_edit", args=[b["product"].pk]),
        reverse("wagtailadmin_pages:unpublish", args=[b["product"].pk]),
        reverse("wagtailadmin_pages:delete", args=[b["product"].pk]),
        # listings: the explorer (every child of the catalogue is listed there) and its JSON API
        f"/admin/api/main/pages/?child_of={tree['catalogue'].pk}",
        f"/admin/api/main/pages/{b['product'].pk}/",
        # the admin search and the page chooser (and its search)
        reverse("wagtailadmin_pages:search") + "?q=B",
        reverse("wagtailadmin_choose_page") + "?page_type=catalogue.producerpage",
        reverse("wagtailadmin_choose_page_search") + "?q=B",
        reverse("wagtailadmin_choose_page_child", args=[tree["catalogue"].pk]),
        # bulk actions
        f"/admin/bulk/wagtailcore/page/delete/?id={b['product'].pk}",
        f"/admin/bulk/wagtailcore/page/unpublish/?id={b['product'].pk}",
        # snippets: certificates, variants (prices and stock), their exports and choosers
        "/admin/snippets/catalogue/certification/",
        f"/admin/snippets/catalogue/certification/edit/{b['certificate'].pk}/",
        "/admin/snippets/catalogue/certification/?export=csv",
        "/admin/snippets/catalogue/productvariant/",
        "/admin/snippets/catalogue/productvariant/?export=xlsx",
        f"/admin/snippets/catalogue/productvariant/edit/{b['variant'].pk}/",
        "/admin/snippets/choose/catalogue/certification/",
        "/admin/snippets/storefront/stockmovement/",
        "/admin/shop/stock/bulk/",
        # orders, their exports
        "/admin/orders/",
        "/admin/orders/?export=csv",
        "/admin/orders/?export=xlsx",
        # users and settings
        "/admin/users/",
        "/admin/groups/",
        "/admin/localize/",
        "/admin/reports/site-history/",
        "/admin/workflows/list/",
    ]
    for url in urls:
        response = producer_client.get(url)
        assert _refused(response), (url, response.status_code)
    # The explorer (Wagtail's landing after a save) lists every child: they land in their corner.
    for url in [
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[tree["catalogue"].pk]),
        reverse("wagtailadmin_explore", args=[tree["producers"].pk]),
    ]:
        response = producer_client.get(url)
        assert response.status_code == 302 and response.url == reverse("producer_corner:index"), url
    for url in [
        reverse("wagtailadmin_pages:edit", args=[b["product"].pk]),
        f"/admin/bulk/wagtailcore/page/delete/?id={b['product'].pk}",
        f"/admin/snippets/catalogue/productvariant/edit/{b['variant'].pk}/",
    ]:
        assert _refused(producer_client.post(url, {"title": "Hacked"})), url
    b["product"].refresh_from_db()
    assert b["product"].title == "Sản phẩm của B" and Page.objects.filter(pk=b["product"].pk).exists()


def _product_form(product, **changes):
    data = {
        "title": product.title,
        "slug": product.slug,
        "intro": product.intro,
        "producer": product.producer_id,
        "group": product.group_id,
        "region": product.region_id,
        "body": streamfield([("paragraph", rich_text("<p>Làm thủ công.</p>"))]),
        "gallery": streamfield([]),
        "marketplace_links": streamfield([]),
    }
    data.update(changes)
    return nested_form_data(data)


def test_a_producer_cannot_move_a_product_to_another_producer(producer_client, two_producers):
    a, b = two_producers["a"], two_producers["b"]
    url = reverse("wagtailadmin_pages:edit", args=[a["product"].pk])
    response = producer_client.post(url, _product_form(a["product"], producer=b["producer"].pk))
    assert response.status_code == 200
    assert "Choose one of your own producers." in response.content.decode()
    assert a["product"].get_latest_revision().as_object().producer_id == a["producer"].pk


def test_a_producer_edit_is_public_only_after_an_editor_approves(
    producer_client, two_producers, editor, client, django_capture_on_commit_callbacks
):
    product = two_producers["a"]["product"]
    url = reverse("wagtailadmin_pages:edit", args=[product.pk])
    page = producer_client.get(url).content.decode()
    assert "action-submit" in page and 'name="action-publish"' not in page  # submit, never publish
    # Their prices and stock are in their corner; the programme's screens are not linked.
    assert reverse("producer_corner_shop:variants") in page and "CERT-A" in page
    assert (
        "/admin/snippets/catalogue/certification/" not in page
        and "/admin/snippets/catalogue/productvariant/" not in page
    )
    response = producer_client.post(url, {**_product_form(product, title="Sản phẩm A mới"), "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    product.refresh_from_db()
    assert product.title == "Sản phẩm của A" and product.has_unpublished_changes
    assert product.workflow_in_progress
    # Publishing directly is refused too.
    producer_client.post(url, {**_product_form(product, title="Tự xuất bản"), "action-publish": "1"})
    product.refresh_from_db()
    assert product.live_revision.as_object().title == "Sản phẩm của A"
    public = client.get(product.url)
    assert "Sản phẩm A mới" not in public.content.decode()

    # The programme editor approves, with a comment.
    client.force_login(editor)
    state = product.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[product.pk, "approve", state.pk])
    response = client.post(approve, {"comment": "Đã kiểm tra."})
    assert response.status_code in (200, 302)
    product.refresh_from_db()
    assert product.title == "Sản phẩm A mới" and not product.workflow_in_progress
    client.logout()
    assert "Sản phẩm A mới" in client.get(product.url).content.decode()


def test_moderation_is_set_up_even_without_the_default_workflow(two_producers, client):
    Workflow.objects.all().delete()
    user = invite_producer_staff(two_producers["a"]["producer"], email="hoa@example.com", name="Hoa")
    product = two_producers["a"]["product"]
    assert product.get_workflow() is not None
    assert two_producers["a"]["producer"].get_workflow() is not None
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[product.pk])
    response = client.post(url, {**_product_form(product, title="Sản phẩm A mới"), "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    product.refresh_from_db()
    assert product.workflow_in_progress and product.title == "Sản phẩm của A"


def test_a_new_product_of_theirs_becomes_editable_and_a_moved_one_does_not(producer_user, two_producers):
    a, b = two_producers["a"], two_producers["b"]
    new = ProductPageFactory(
        parent=two_producers["tree"]["catalogue"],
        title="Mới",
        producer=a["producer"],
        region=a["product"].region,
        group=a["product"].group,
    )
    fresh = get_user_model().objects.get(pk=producer_user.pk)
    assert new.permissions_for_user(fresh).can_edit()
    new.producer = b["producer"]
    new.save()
    fresh = get_user_model().objects.get(pk=producer_user.pk)
    assert not new.permissions_for_user(fresh).can_edit()
    assert not b["product"].permissions_for_user(fresh).can_edit()
    assert a["product"].permissions_for_user(fresh).can_edit()
    assert not a["product"].permissions_for_user(fresh).can_publish()


def test_the_image_chooser_lists_their_own_collection_only(producer_client, producer_user, two_producers):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection

    Image = get_image_model()
    Image.objects.create(title="Ảnh của chương trình", file=get_test_image_file())
    chooser = producer_client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    assert "Ảnh của chương trình" not in chooser.json()["html"]
    upload = producer_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Xưởng của A",
            "image-chooser-upload-file": SimpleUploadedFile("a.png", get_test_image_file().file.getvalue()),
            "image-chooser-upload-tags": "",
        },
    )
    assert upload.status_code == 200
    mine = Image.objects.get(title="Xưởng của A")
    assert mine.collection == Collection.objects.get(name=f"Producer {two_producers['a']['producer'].pk}")
    listed = producer_client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert "Xưởng của A" in listed and "Ảnh của chương trình" not in listed


def test_the_corner_speaks_vietnamese_by_default(client, producer_user):
    profile = UserProfile.get_for_user(producer_user)
    profile.preferred_language = ""
    profile.save()
    client.force_login(producer_user)
    page = client.get(reverse("producer_corner:index")).content.decode()
    assert "Góc chủ thể của tôi" in page and "đang chờ duyệt" not in page
    assert "Giá và tồn kho" in page and "Dòng đơn hàng của tôi" in page
    lines = client.get(reverse("producer_corner_shop:lines")).content.decode()
    assert "Không có dòng đơn hàng nào cần gửi." in lines


def test_an_editor_removes_access_at_once(client, editor, producer_user, two_producers):
    a = two_producers["a"]
    client.force_login(editor)
    staff_url = reverse("catalogue_producer_staff:staff", args=[a["producer"].pk])
    assert client.post(staff_url, {"remove": "x'"}).status_code == 302  # nonsense: nothing happens
    membership = ProducerMembership.objects.get(user=producer_user)
    response = client.post(staff_url, {"remove": str(membership.pk)})
    assert response.status_code == 302
    assert not ProducerMembership.objects.filter(user=producer_user).exists()
    user = get_user_model().objects.get(pk=producer_user.pk)
    assert not user.is_active and not a["product"].permissions_for_user(user).can_edit()
    assert not user.groups.exists()


def test_their_editor_choosers_work_but_never_create_or_approve(producer_client, two_producers, region):
    # Regions and product groups are public reference data: chosen, never created.
    chooser = producer_client.get("/admin/snippets/choose/catalogue/region/")
    assert chooser.status_code == 200 and "Hạ Long" in chooser.json()["html"]
    assert producer_client.get("/admin/snippets/choose/catalogue/productgroup/").status_code == 200
    created = producer_client.post("/admin/snippets/choose/catalogue/region/create/", {"name": "Giả"})
    assert created.status_code == 403
    # Submitted, then "approved" by the producer themselves: refused, the page stays unpublished.
    product = two_producers["a"]["product"]
    url = reverse("wagtailadmin_pages:edit", args=[product.pk])
    producer_client.post(url, {**_product_form(product, title="Tự duyệt"), "action-submit": "1"})
    product.refresh_from_db()
    state = product.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[product.pk, "approve", state.pk])
    response = producer_client.post(approve, {"comment": "OK"})
    assert response.status_code in (302, 403)
    product.refresh_from_db()
    assert product.title == "Sản phẩm của A" and product.workflow_in_progress


def test_batches_and_stamps_of_another_producer_stay_out_of_reach(producer_client, producer_user, two_producers):
    """Traceability batches: the one rule (Batch.objects.visible_to) narrows them to the producer's
    own products; their own stamp screens work, another producer's are refused by every road."""
    from catalogue.models import Batch, StampCode
    from tests.catalogue.stamps_support import make_batch

    own = make_batch(two_producers["a"]["product"], batch_code="A-1", codes=2)
    other = make_batch(two_producers["b"]["product"], batch_code="B-1", codes=2)
    other_code = other.codes.first()
    assert list(Batch.objects.visible_to(producer_user)) == [own]
    assert set(StampCode.objects.visible_to(producer_user)) == set(own.codes.all())

    # Direct URLs of the other producer's batch, its stamps page, sheets and codes.
    for url in [
        reverse("catalogue_stamps:batch", args=[other.pk]),
        reverse("catalogue_stamps:sheet_pdf", args=[other.pk]),
        reverse("catalogue_stamps:sheet_svg", args=[other.pk]),
        reverse("wagtailsnippets_catalogue_batch:edit", args=[other.pk]),
        reverse("wagtailsnippets_catalogue_batch:inspect", args=[other.pk]),
        reverse("wagtailsnippets_catalogue_batch:delete", args=[other.pk]),
        reverse("wagtailsnippets_catalogue_batch:history", args=[other.pk]),
        reverse("wagtailsnippets_catalogue_stampcode:inspect", args=[other_code.pk]),
        "/admin/snippets/choose/catalogue/batch/",
        f"/admin/bulk/catalogue/batch/delete/?id={other.pk}",
    ]:
        # (A 404 under /admin/ is redirected once by the language middleware, then answers 404.)
        response = producer_client.get(url, follow=True)
        assert _refused(response), (url, response.status_code)
    # POSTs: no codes made or registered on it, no edit, no delete.
    stamps_url = reverse("catalogue_stamps:batch", args=[other.pk])
    for data in [
        {"action": "generate", "count": "3"},
        {"action": "register", "provider": "X", "codes": "ABC123456"},
    ]:
        assert _refused(producer_client.post(stamps_url, data, follow=True))
    edit_other = reverse("wagtailsnippets_catalogue_batch:edit", args=[other.pk])
    assert _refused(producer_client.post(edit_other, _batch_form(two_producers["a"]["product"], "HACK"), follow=True))
    delete_other = reverse("wagtailsnippets_catalogue_batch:delete", args=[other.pk])
    assert _refused(producer_client.post(delete_other, follow=True))
    other.refresh_from_db()
    assert other.batch_code == "B-1" and other.codes.count() == 2 and other.product == two_producers["b"]["product"]

    # Listings, search, the batch filter's choices and exports: their own only.
    batches = reverse("wagtailsnippets_catalogue_batch:list")
    codes = reverse("wagtailsnippets_catalogue_stampcode:list")
    for url in [batches, batches + "?q=B-1", batches + "?q=Sản+phẩm", batches + "?suspicious=false"]:
        page = producer_client.get(url)
        assert page.status_code == 200, url
        html = page.content.decode()
        assert edit_other not in html and "Sản phẩm của B" not in html, url
    assert (
        reverse("wagtailsnippets_catalogue_batch:edit", args=[own.pk]) in producer_client.get(batches).content.decode()
    )
    listing = producer_client.get(codes).content.decode()
    assert own.codes.first().display_code in listing and other_code.display_code not in listing
    choices = re.search(r'<select name="batch"[^>]*>(.*?)</select>', listing, re.S).group(1)  # the batch filter
    assert f'value="{own.pk}"' in choices and f'value="{other.pk}"' not in choices and "B-1" not in choices
    assert other_code.display_code not in producer_client.get(codes + f"?batch={other.pk}").content.decode()
    searched = producer_client.get(codes + "?q=" + other_code.code).content.decode()
    assert other_code.display_code not in searched
    mine = own.codes.first()
    assert mine.display_code in producer_client.get(codes + "?q=" + mine.display_code.lower()).content.decode()
    for url in [batches + "?export=csv", batches + "?export=xlsx", codes + "?export=csv", codes + "?export=xlsx"]:
        response = producer_client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if url.endswith("csv"):
            text = body.decode("utf-8-sig")
            assert "B-1" not in text and other_code.code not in text, url
            assert ("A-1" in text) if url.startswith(batches) else (mine.code in text), url
        else:
            from io import BytesIO

            from openpyxl import load_workbook

            cells = {str(c.value) for row in load_workbook(BytesIO(body)).active.iter_rows() for c in row}
            assert not any("B-1" in c or other_code.code in c for c in cells), url


def _batch_form(product, batch_code, quantity=10):
    return {
        "product": str(product.pk),
        "batch_code": batch_code,
        "quantity": str(quantity),
        "production_date": "2026-11-20",
        "expiry_date": "2027-05-20",
    }


def test_a_producer_keeps_their_own_batches_and_stamps(producer_client, producer_user, two_producers):
    """Their menu shows the stamps; they create a batch of their own product only, edit and inspect
    it, make and register codes, download the sheets; they never delete a batch."""
    from catalogue.models import Batch
    from tests.catalogue.stamps_support import make_batch

    a, b = two_producers["a"], two_producers["b"]
    corner = producer_client.get(reverse("producer_corner:index")).content.decode()
    assert reverse("wagtailsnippets_catalogue_batch:list") in corner  # the menu item

    add = reverse("wagtailsnippets_catalogue_batch:add")
    form = producer_client.get(add)
    assert form.status_code == 200
    html = form.content.decode()
    assert "Sản phẩm của A" in html and "Sản phẩm của B" not in html
    refused = producer_client.post(add, _batch_form(b["product"], "B-SNEAK"))
    assert refused.status_code == 200 and "Choose one of your own products." in refused.content.decode()
    assert not Batch.objects.filter(batch_code="B-SNEAK").exists()
    created = producer_client.post(add, _batch_form(a["product"], "A-NEW"))
    assert created.status_code == 302
    batch = Batch.objects.get(batch_code="A-NEW")
    assert batch.product == a["product"]

    edit = reverse("wagtailsnippets_catalogue_batch:edit", args=[batch.pk])
    assert producer_client.get(edit).status_code == 200
    moved = producer_client.post(edit, _batch_form(b["product"], "A-NEW"))
    assert moved.status_code == 200 and "Choose one of your own products." in moved.content.decode()
    assert producer_client.post(edit, _batch_form(a["product"], "A-NEW", quantity=12)).status_code == 302
    batch.refresh_from_db()
    assert batch.quantity == 12 and batch.product == a["product"]
    assert producer_client.get(reverse("wagtailsnippets_catalogue_batch:inspect", args=[batch.pk])).status_code == 200

    stamps_url = reverse("catalogue_stamps:batch", args=[batch.pk])
    assert producer_client.get(stamps_url).status_code == 200
    assert producer_client.post(stamps_url, {"action": "generate", "count": "3"}).status_code == 302
    registered = producer_client.post(stamps_url, {"action": "register", "provider": "Tem Việt", "codes": "TV0001AB"})
    assert registered.status_code == 302
    assert batch.codes.count() == 4 and batch.codes.filter(external_provider="Tem Việt").count() == 1
    pdf = producer_client.get(reverse("catalogue_stamps:sheet_pdf", args=[batch.pk]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    svg = producer_client.get(reverse("catalogue_stamps:sheet_svg", args=[batch.pk]))
    assert svg.status_code == 200 and b"<svg" in svg.content
    code = batch.codes.first()
    inspect = producer_client.get(reverse("wagtailsnippets_catalogue_stampcode:inspect", args=[code.pk]))
    assert inspect.status_code == 200

    # No delete for producers (only the programme's editors): not offered, refused.
    old = make_batch(a["product"], batch_code="A-OLD", codes=1)
    assert (
        reverse("wagtailsnippets_catalogue_batch:delete", args=[old.pk])
        not in producer_client.get(reverse("wagtailsnippets_catalogue_batch:edit", args=[old.pk])).content.decode()
    )
    delete = reverse("wagtailsnippets_catalogue_batch:delete", args=[old.pk])
    assert producer_client.get(delete).status_code == 403
    assert producer_client.post(delete).status_code == 403
    assert Batch.objects.filter(pk=old.pk).exists()


def test_the_producers_group_holds_batch_permissions(django_user_model):
    """As migrated (0010_producers_batches) and as a fresh setup makes it (producers_group())."""
    from django.contrib.auth.models import Group

    from catalogue.producer_access import producers_group

    wanted = {"access_admin", "add_batch", "change_batch", "view_batch", "view_stampcode"}
    migrated = Group.objects.get(name="Producers")
    assert wanted <= set(migrated.permissions.values_list("codename", flat=True))
    migrated.delete()
    fresh = producers_group()
    codenames = set(fresh.permissions.values_list("codename", flat=True))
    assert wanted <= codenames and "delete_batch" not in codenames
    user = django_user_model.objects.create_user("lan", "lan@example.com", "pw")
    user.groups.add(fresh)
    assert user.has_perm("catalogue.add_batch") and not user.has_perm("catalogue.delete_batch")
