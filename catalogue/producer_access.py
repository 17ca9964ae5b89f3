"""What a producer's staff may see and change in the admin: the one place that says it.

A producer's staff member (a user in the "Producers" group, see ``is_producer_staff``) works for
one or more producers (``ProducerMembership``). Everything they may reach is derived here:

* ``producers_for``/``producer_ids_for``: the producer stories (source-language ``ProducerPage``);
* ``products_for``: those producers' products (source language: variants, certificates and order
  lines hang off the Vietnamese page; the programme translates);
* ``page_ids_for``/``can_edit_page``: the pages they may open in Wagtail's page editor;
* ``variants_for``: the variants whose price and stock they keep (storefront's corner uses it);
* ``allowed_admin_view``: the admin screens they may open at all (their batches and stamps
  among them: ``STAMP_VIEWS``, every such view starts from ``Batch.objects.visible_to``) (``ProducerCornerMiddleware``
  ``ProducerCornerMiddleware`` refuses every other admin URL: listings, search, choosers, bulk
  actions, exports, JSON APIs).

Page permissions: products live under the catalogue index, not under their producer's page, so
one permission on a subtree cannot cover "a producer's pages". Each producer with staff gets a
group of its own (``ProducerTeam``) holding Wagtail's "change" page permission on its story and
on each of its products (never "publish": a change is submitted to the moderation workflow and
a programme editor approves it). ``sync_team`` keeps that set right when staff are invited and
when a product is saved (a new product, or one moved to another producer).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import ProducerIndexPage, ProducerMembership, ProducerPage, ProducerTeam, ProductPage, ProductVariant
from .models.pages import CatalogueIndexPage

PRODUCERS_GROUP = "Producers"
# Wagtail's page permissions a producer team holds on its pages: edit and submit, never publish.
TEAM_PAGE_PERMISSIONS = ("change",)
# Image permissions a team holds on its own collection (see ``_team_collection``).
TEAM_IMAGE_PERMISSIONS = ("add", "choose", "change")
# The URL namespaces of the screens built for producers (their views scope every query themselves).
CORNER_NAMESPACES = ("producer_corner",)
# Traceability stamps (catalogue/stamp_admin.py): their own batches and codes. Every view there
# starts from ``Batch.objects.visible_to`` / ``StampCode.objects.visible_to`` (narrowed to the
# producer's products); the listings' exports are the "list" URL with ``?export=``. Never delete:
# a batch's codes are on packages in the market, only the programme's editors remove one.
STAMP_NAMESPACES = ("catalogue_stamps",)
STAMP_VIEWS = {
    "wagtailsnippets_catalogue_batch": {"list", "list_results", "add", "edit", "inspect"},
    "wagtailsnippets_catalogue_stampcode": {"list", "list_results", "inspect"},
}
# Model permissions of the Producers group (beyond admin access): their batches and codes.
GROUP_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("catalogue", "add_batch"),
    ("catalogue", "change_batch"),
    ("catalogue", "view_batch"),
    ("catalogue", "view_stampcode"),
)
# Wagtail's page views a producer may open for one of their own pages (the URL's page_id).
OWN_PAGE_VIEWS = {
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:revisions_index",
    "wagtailadmin_pages:revisions_view",
    "wagtailadmin_pages:revisions_compare",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_pages:confirm_workflow_cancellation",
    "wagtailadmin_pages:workflow_status",
    "wagtailadmin_pages:lock",
    "wagtailadmin_pages:unlock",
}
# Screens any signed-in admin user needs (their own account, signing out, the admin's assets).
GENERAL_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_logout",
    "wagtailadmin_login",
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_icons",
    "wagtailadmin_tag_autocomplete",
}
# Choosers of public reference data the producer's editor needs (regions, product groups: choose
# only, never create) and of the team's own images (collection permissions limit what they list).
CHOOSER_VIEWS = {
    "wagtailsnippetchoosers_catalogue_region": {"choose", "choose_results", "chosen"},
    "wagtailsnippetchoosers_catalogue_productgroup": {"choose", "choose_results", "chosen"},
    "wagtailimages_chooser": {"choose", "choose_results", "chosen", "create", "select_format"},
    "wagtailembeds": {"chooser", "chooser_upload"},
}


def is_producer_staff(user) -> bool:
    """A signed-in, non-superuser member of the Producers group: the corner's rules apply to them."""
    if not getattr(user, "is_authenticated", False) or user.is_superuser:
        return False
    if not hasattr(user, "_producer_staff"):
        user._producer_staff = user.groups.filter(name=PRODUCERS_GROUP).exists()
    return user._producer_staff


def producer_ids_for(user) -> frozenset[int]:
    """Ids of the producer stories ``user`` works for (empty for anyone else); read once per user object."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    if not hasattr(user, "_producer_ids"):
        user._producer_ids = frozenset(
            ProducerMembership.objects.filter(user=user).values_list("producer_id", flat=True)
        )
    return user._producer_ids


def producers_for(user):
    return ProducerPage.objects.filter(pk__in=producer_ids_for(user)).order_by("title")


def products_for(user):
    """The producers' products, source language (variants, stock and certificates hang off them)."""
    return ProductPage.objects.filter(producer_id__in=producer_ids_for(user), locale=Locale.get_default()).order_by(
        "title"
    )


def page_ids_for(user) -> frozenset[int]:
    """The pages ``user`` may open in the page editor: their producer stories and products."""
    if not hasattr(user, "_producer_page_ids"):
        user._producer_page_ids = producer_ids_for(user) | frozenset(products_for(user).values_list("pk", flat=True))
    return user._producer_page_ids


def can_edit_page(user, page_id) -> bool:
    try:
        return int(page_id) in page_ids_for(user)
    except (TypeError, ValueError):
        return False


def variants_for(user):
    """The variants whose price and stock ``user`` keeps (their producers' products)."""
    return ProductVariant.objects.filter(
        product__producer_id__in=producer_ids_for(user), product__locale=Locale.get_default()
    ).select_related("product")


def allowed_admin_view(user, resolver_match) -> bool:
    """Whether a producer's staff member may open this admin URL at all (default: no)."""
    name = resolver_match.view_name
    namespace = resolver_match.namespace
    if name in GENERAL_VIEWS or namespace.startswith(CORNER_NAMESPACES) or namespace in STAMP_NAMESPACES:
        return True
    if resolver_match.url_name in CHOOSER_VIEWS.get(namespace, ()):
        return True
    if resolver_match.url_name in STAMP_VIEWS.get(namespace, ()):
        return True
    if (
        name in OWN_PAGE_VIEWS
        or name == "wagtailadmin_pages:workflow_action"
        or name.startswith("wagtailadmin_pages:workflow_")
    ):
        return can_edit_page(user, resolver_match.kwargs.get("page_id"))
    return False


# --- Teams: the page permissions ---------------------------------------------------------------


def producers_group() -> Group:
    """The Producers group: admin access and their batches and stamps (``GROUP_PERMISSIONS``);
    their pages come from their team."""
    group, _created = Group.objects.get_or_create(name=PRODUCERS_GROUP)
    have = set(group.permissions.values_list("content_type__app_label", "codename"))
    for app_label, codename in GROUP_PERMISSIONS:
        if (app_label, codename) not in have:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    # Never collection-wide choosers (Wagtail hands "choose" on the root to admin groups): a
    # producer's images are their team's collection.
    GroupCollectionPermission.objects.filter(group=group).delete()
    return group


def team_for(producer: ProducerPage) -> Group:
    team = ProducerTeam.objects.filter(producer=producer).select_related("group").first()
    if team:
        return team.group
    name = f"Producer {producer.pk}: {producer.title}"[:150]
    group, _created = Group.objects.get_or_create(name=name)
    ProducerTeam.objects.create(producer=producer, group=group)
    return group


def _team_pages(producer: ProducerPage) -> list[Page]:
    products = ProductPage.objects.filter(producer=producer, locale=Locale.get_default())
    return [producer, *products]


@transaction.atomic
def sync_team(producer: ProducerPage) -> Group:
    """The producer's team group holds exactly "change" on its story and its products, and has
    exactly the producer's staff as members."""
    group = team_for(producer)
    wanted = {(page.pk, perm) for page in _team_pages(producer) for perm in TEAM_PAGE_PERMISSIONS}
    have = {}
    for gpp in GroupPagePermission.objects.filter(group=group).select_related("permission"):
        have[(gpp.page_id, gpp.permission.codename.rsplit("_", 1)[0])] = gpp
    for key, gpp in have.items():
        if key not in wanted:
            gpp.delete()
    for page_id, perm in wanted - set(have):
        GroupPagePermission.objects.create(group=group, page_id=page_id, permission_type=perm)
    group.user_set.set(
        ProducerMembership.objects.filter(producer=producer).values_list("user_id", flat=True).distinct()
    )
    _team_collection(producer, group)
    return group


def _team_collection(producer: ProducerPage, group: Group) -> None:
    """The team's own image collection: the image chooser of their editor lists these images only,
    and their uploads go there."""
    name = f"Producer {producer.pk}"
    collection = Collection.objects.filter(name=name).first()
    if collection is None:
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = root.add_child(instance=Collection(name=name))
    # Wagtail checks image permissions against its own Image model (the policy's auth model),
    # whatever the project's image model.
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailimages",
        codename__in=[f"{action}_image" for action in TEAM_IMAGE_PERMISSIONS],
    )
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def product_saved(product: ProductPage) -> None:
    """A product was saved (new, or perhaps moved to another producer): only its producer's team
    may edit it."""
    if product.locale_id != Locale.get_default().pk:
        return
    stale = GroupPagePermission.objects.filter(page_id=product.pk, group__producer_team__isnull=False).exclude(
        group__producer_team__producer_id=product.producer_id
    )
    stale.delete()
    if ProducerTeam.objects.filter(producer_id=product.producer_id).exists():
        sync_team(product.producer)


def on_product_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        product_saved(instance)


# --- Moderation ---------------------------------------------------------------------------------

MODERATORS_GROUP = "Moderators"
WORKFLOW_NAME = "Producer stories approval"


def ensure_moderation(producer: ProducerPage) -> None:
    """A producer's story and products go through a moderation workflow: if none applies (the
    default one was removed), one with a Moderators approval task is set on the producer index
    and the catalogue index."""
    pages = [producer, *ProductPage.objects.filter(producer=producer, locale=Locale.get_default())[:1]]
    if all(page.get_workflow() for page in pages):
        return
    moderators, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
        task.groups.set([moderators])
        # Not workflow.workflow_tasks.create(): a cluster's related manager keeps it in memory only.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for index in [*ProducerIndexPage.objects.all(), *CatalogueIndexPage.objects.all()]:
        if index.get_workflow() is None:
            WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
