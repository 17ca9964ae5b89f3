"""The figures page type: where editors may create it, and that it renders, edits and previews."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import FiguresPage, HomePage, StandardPage
from home.setup import ensure_site


@pytest.mark.django_db
class FiguresPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = ensure_site()
        cls.figures = cls.home.add_child(instance=FiguresPage(title="Số liệu", slug="so-lieu", intro="Số liệu OCOP."))

    def setUp(self):
        self.login()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(FiguresPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(FiguresPage, set())
        self.assertFalse(FiguresPage.can_create_at(self.home))  # one per parent
        self.assertCanCreateAt(StandardPage, FiguresPage)

    def test_renders_edits_and_previews_on_an_empty_catalogue(self):
        self.assertPageIsRenderable(self.figures)
        self.assertPageIsRenderable(self.figures, route_path="/csv/by-group/")
        data = {"title": "Số liệu", "slug": "so-lieu", "intro": "Số liệu OCOP.", "show_report_comparison": "on"}
        self.assertPageIsEditable(self.figures, post_data=data)
        self.assertPageIsPreviewable(self.figures, post_data=data)
