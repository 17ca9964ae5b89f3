"""Wagtail's image tags (``image``, ``srcset_image``, ``picture``, ``image_url``), cheaper per call.

Public templates load this library instead of ``wagtailimages_tags``; the syntax and the HTML are
Wagtail's own (the tags are parsed by Wagtail's parser and rendered by its nodes). Two things are
changed, both measured on the product and listing pages (bench/pages/README.md, issue 11):

* **Filters are built once per tag, not once per call.** Wagtail's nodes build new ``Filter``
  objects on every render, and each one parses its spec again (``inspect.getcallargs`` per
  operation, the image-operation hooks read again): a card's ``<picture>`` is four filters, a
  product page renders about sixty. A template node lives as long as the cached template, and a
  ``Filter`` holds nothing about the image it is applied to, so the node keeps its filters.
* **``{% image %}`` does not rewrite the renditions cache on every call.** Wagtail's
  ``get_rendition`` stores the rendition in the renditions cache each time, even when it came
  from the renditions the page prefetched (catalogue.queries.prefetch_renditions): a pickle of the
  rendition and its image per tag, and a round trip per tag when the cache is Redis. The tag asks
  ``get_renditions`` instead, which stores only what it had to look up.
"""

from functools import cached_property

from django import template
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()
register.tags.update(wagtail_tags.register.tags)
register.filters.update(wagtail_tags.register.filters)


class ImageNode(wagtail_tags.ImageNode):
    @cached_property
    def filter(self):
        return super().get_filter()

    def get_filter(self):
        return self.filter

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        # One filter in, one rendition out (keyed by the spec Wagtail cleaned, e.g. for an SVG).
        (rendition,) = get_renditions_or_not_found(image, [self.filter]).values()
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag({key: value.resolve(context) for key, value in self.attrs.items()})


class FiltersBuiltOnce:
    """For the multi-rendition nodes: the expanded filters of the tag, kept with the node."""

    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


class SrcsetImageNode(FiltersBuiltOnce, wagtail_tags.SrcsetImageNode):
    pass


class PictureNode(FiltersBuiltOnce, wagtail_tags.PictureNode):
    pass


NODES = {
    wagtail_tags.ImageNode: ImageNode,
    wagtail_tags.SrcsetImageNode: SrcsetImageNode,
    wagtail_tags.PictureNode: PictureNode,
}


@register.tag("image")
@register.tag("srcset_image")
@register.tag("picture")
def image(parser, token):
    node = wagtail_tags.image(parser, token)  # Wagtail's parsing and its error messages
    node.__class__ = NODES[type(node)]
    return node


__all__ = ["Picture", "ResponsiveImage", "register"]
