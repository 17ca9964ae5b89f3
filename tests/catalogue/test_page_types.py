"""Every page type: where editors may create it, and that it renders, edits and previews."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from catalogue.models import CatalogueIndexPage, FairIndexPage, ProducerIndexPage, ProducerPage, ProductPage
from home.models import FiguresPage, HomePage, StandardPage
from home.setup import ensure_site
from tests.factories import (
    CertificationFactory,
    ProducerPageFactory,
    ProductGroupFactory,
    ProductPageFactory,
    ProductVariantFactory,
    RegionFactory,
)


@pytest.mark.django_db
class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = ensure_site()
        cls.catalogue = cls.home.add_child(instance=CatalogueIndexPage(title="Sản phẩm", slug="san-pham"))
        cls.producers = cls.home.add_child(instance=ProducerIndexPage(title="Chủ thể", slug="chu-the"))
        cls.about = cls.home.add_child(
            instance=StandardPage(
                title="Giới thiệu",
                slug="gioi-thieu",
                body=[
                    ("paragraph", "<p>Chương trình OCOP.</p>"),
                    ("quote", {"quote": "Mỗi xã một sản phẩm.", "attribution": "Ban điều hành"}),
                ],
            )
        )
        cls.region = RegionFactory(name="Ba Chẽ", slug="ba-che")
        cls.group = ProductGroupFactory(name="Đồ uống", slug="do-uong")
        cls.producer = ProducerPageFactory(
            parent=cls.producers,
            title="HTX Trà hoa vàng",
            region=cls.region,
            body=[("paragraph", "<p>Câu chuyện của hợp tác xã.</p>")],
        )
        cls.product = ProductPageFactory(
            parent=cls.catalogue, title="Trà hoa vàng", producer=cls.producer, region=cls.region, group=cls.group
        )
        ProductVariantFactory(product=cls.product)
        CertificationFactory(product=cls.product, stars=5, score=92, level="national")

    def setUp(self):
        self.user = self.login()

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {CatalogueIndexPage, ProducerIndexPage, FairIndexPage, StandardPage, FiguresPage}
        )
        self.assertAllowedSubpageTypes(CatalogueIndexPage, {ProductPage})
        self.assertAllowedSubpageTypes(ProducerIndexPage, {ProducerPage})
        self.assertAllowedSubpageTypes(ProductPage, set())
        self.assertAllowedSubpageTypes(ProducerPage, set())
        self.assertCanNotCreateAt(HomePage, ProductPage)
        self.assertCanNotCreateAt(ProducerIndexPage, ProductPage)
        self.assertCanNotCreateAt(CatalogueIndexPage, ProducerPage)
        self.assertCanNotCreateAt(StandardPage, ProductPage)

    def test_one_catalogue_and_one_producer_index_per_home(self):
        # max_count_per_parent: a second catalogue under the same home is refused.
        self.assertFalse(CatalogueIndexPage.can_create_at(self.home))
        self.assertFalse(ProducerIndexPage.can_create_at(self.home))
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_every_page_renders(self):
        for page in (self.home, self.catalogue, self.producers, self.about, self.producer, self.product):
            self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(self.catalogue, route_path="/region/ba-che/")
        self.assertPageIsRenderable(self.catalogue, route_path="/group/do-uong/")

    def test_unknown_region_or_group_route_is_404(self):
        self.assertPageIsRenderable(self.catalogue, route_path="/region/khong-co/", accept_404=True)
        response = self.client.get(self.catalogue.url + "region/khong-co/")
        self.assertEqual(response.status_code, 404)

    def test_every_page_is_editable_and_previewable(self):
        for page in (self.home, self.catalogue, self.producers):
            self.assertPageIsEditable(page)
            self.assertPageIsPreviewable(page)
        # Pages whose StreamField holds content: post it as the admin's editor would.
        about_data = nested_form_data(
            {
                "title": "Giới thiệu",
                "slug": "gioi-thieu",
                "intro": "",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Chương trình OCOP.</p>")),
                        ("quote", {"quote": "Mỗi xã một sản phẩm.", "attribution": "Ban điều hành"}),
                    ]
                ),
            }
        )
        self.assertPageIsEditable(self.about, post_data=about_data)
        self.assertPageIsPreviewable(self.about, post_data=about_data)
        producer_data = nested_form_data(
            {
                "title": self.producer.title,
                "slug": self.producer.slug,
                "intro": "",
                "producer_type": "cooperative",
                "region": self.region.pk,
                "body": streamfield([("paragraph", rich_text("<p>Câu chuyện của hợp tác xã.</p>"))]),
                "accepts_wholesale": "on",
            }
        )
        self.assertPageIsEditable(self.producer, post_data=producer_data)
        self.assertPageIsPreviewable(self.producer, post_data=producer_data)
        product_data = nested_form_data(
            {
                "title": self.product.title,
                "slug": self.product.slug,
                "intro": "",
                "producer": self.producer.pk,
                "group": self.group.pk,
                "region": self.region.pk,
                "body": streamfield([]),
                "gallery": streamfield([]),
                "marketplace_links": streamfield([]),
            }
        )
        self.assertPageIsEditable(self.product, post_data=product_data)
        self.assertPageIsPreviewable(self.product, post_data=product_data)

    def test_editor_can_create_a_product_in_the_admin(self):
        self.assertCanCreate(
            self.catalogue,
            ProductPage,
            nested_form_data(
                {
                    "title": "Miến dong Bình Liêu",
                    "slug": "mien-dong-binh-lieu",
                    "producer": self.producer.pk,
                    "group": self.group.pk,
                    "region": self.region.pk,
                    "intro": "Miến dong làm từ củ dong riềng.",
                    "body": streamfield([("paragraph", rich_text("<p>Sợi miến dai, trong.</p>"))]),
                    "gallery": streamfield([]),
                    "marketplace_links": streamfield([]),
                }
            ),
        )
        created = ProductPage.objects.get(slug="mien-dong-binh-lieu")
        self.assertTrue(created.live)
        self.assertEqual(created.producer_id, self.producer.pk)
