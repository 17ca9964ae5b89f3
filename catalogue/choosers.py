"""Admin choosers for the region and product-group trees.

Editors pick a region or a group from the tree as it is (province › locality › ward,
group › sub-group), in the source language where pages link to, and find one by typing its
name with or without tone marks ("van don" finds "Vân Đồn"). The trees are small (under a
hundred rows), so the search folds names in Python instead of asking the search engine,
whose index of snippets has no folded copy.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Locale
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet

from site_config.text import fold


def tree_order(nodes):
    """``nodes`` depth-first (each parent followed by its children), with their depth."""
    by_parent = {}
    for node in nodes:
        by_parent.setdefault(node.parent_id, []).append(node)
    for children in by_parent.values():
        children.sort(key=lambda n: (n.sort_order, fold(n.name)))
    ids = {node.pk for node in nodes}
    ordered = []

    def walk(parent_id, depth):
        for node in by_parent.get(parent_id, []):
            node.tree_depth = depth
            ordered.append(node)
            walk(node.pk, depth + 1)

    # Roots, and orphans whose parent is not in the list, start a branch each.
    for parent_id in [None, *sorted({n.parent_id for n in nodes if n.parent_id and n.parent_id not in ids})]:
        walk(parent_id, 0)
    return ordered


def tree_path(node):
    """ "Quảng Ninh › Hạ Long" for a ward: where the node sits in the tree."""
    return " › ".join(ancestor.name for ancestor in node.ancestors())


class TreeSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name, with or without tone marks")}),
    )

    def filter(self, nodes):
        query = fold(self.cleaned_data.get("q"))
        if not query:
            return nodes
        self.is_searching, self.search_query = True, self.cleaned_data["q"]
        words = query.split()
        matched = [n for n in nodes if all(w in fold(f"{n.name} {n.slug}") for w in words)]
        return matched


class TreeChooseMixin:
    filter_form_class = TreeSearchForm
    per_page = 200

    def get_object_list(self):
        model = self.model_class
        return list(model.objects.filter(locale=Locale.get_default()).select_related("parent__parent"))

    def apply_object_list_ordering(self, nodes):
        return tree_order(nodes)

    def filter_object_list(self, nodes):
        if self.filter_form.is_valid():
            return self.filter_form.filter(nodes)
        return nodes

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Name"),
                accessor=lambda n: (
                    "\u2003" * 2 * getattr(n, "tree_depth", 0) + ("↳ " if getattr(n, "tree_depth", 0) else "") + n.name
                ),
                get_url=lambda n: self.append_preserved_url_parameters(self._chosen_url(n)),
                link_attrs={"data-chooser-modal-choice": True},
            ),
            Column("path", label=_("In"), accessor=tree_path),
            *self.extra_columns(),
        ]

    def _chosen_url(self, node):
        from django.contrib.admin.utils import quote
        from django.urls import reverse

        return reverse(self.chosen_url_name, args=(quote(node.pk),))

    def extra_columns(self):
        if hasattr(self.model_class, "kind"):
            return [Column("kind", label=_("Kind"), accessor="get_kind_display")]
        return []


class TreeChooseView(TreeChooseMixin, ChooseView):
    pass


class TreeChooseResultsView(TreeChooseMixin, ChooseResultsView):
    pass


class TreeChooserViewSet(SnippetChooserViewSet):
    choose_view_class = TreeChooseView
    choose_results_view_class = TreeChooseResultsView
