"""Where else a product is sold online: marketplace links an editor adds to a product page.

The rows are synchronised across translations (a marketplace's name is a brand and its address
is the same for every reader). Rendered with ``rel="nofollow noopener"``: we point buyers there,
we do not vouch for the listing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class MarketplaceLink(Orderable):
    product = ParentalKey("catalogue.ProductPage", on_delete=models.CASCADE, related_name="marketplace_links")
    name = models.CharField(_("marketplace"), max_length=80, help_text=_("e.g. Shopee, Tiki, Lazada, Postmart."))
    url = models.URLField(_("address of the listing"), max_length=500)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("marketplace link")
        verbose_name_plural = _("marketplace links")

    def __str__(self):
        return self.name
