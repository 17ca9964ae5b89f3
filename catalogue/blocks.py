"""StreamField blocks for producer stories and product descriptions.

One template per block under templates/catalogue/blocks/; each block has a preview value so
editors see it in the block picker.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["h2", "h3", "bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "catalogue/blocks/paragraph.html"
        preview_value = "<p>Chả mực Hạ Long được giã tay từ mực tươi đánh bắt trong ngày.</p>"
        description = _("Rich text: paragraphs, sub-headings, lists and links.")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "catalogue/blocks/image.html"
        description = _("One image with an optional caption.")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=255)
    images = blocks.ListBlock(ImageBlock(label=_("image")), min_num=2, label=_("images"))

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "catalogue/blocks/gallery.html"
        description = _("A grid of two or more images.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "catalogue/blocks/quote.html"
        preview_value = {"quote": "Mỗi mẻ chả là công sức của cả gia đình.", "attribution": "Người làm chả"}
        description = _("Words of the producer, with who said them.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "catalogue/blocks/video.html"
        description = _("An embedded video, loaded only when played.")


class StoryBlock(blocks.StreamBlock):
    """The body of a producer story or a product description."""

    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()

    class Meta:
        template = "catalogue/blocks/story.html"


class MarketplaceLinkBlock(blocks.StructBlock):
    """Where else a product is sold online: the marketplace's name and the listing's address.

    Kept in the product's own row (a StreamField, synchronised across translations: a brand name
    and an address read the same in every language), so showing the links costs no query.
    Rendered with ``rel="nofollow noopener"``: we point buyers there, we do not vouch for it.
    """

    name = blocks.CharBlock(label=_("marketplace"), max_length=80, help_text=_("e.g. Shopee, Tiki, Lazada, Postmart."))
    url = blocks.URLBlock(label=_("address of the listing"), max_length=500)

    class Meta:
        icon = "link"
        label = _("marketplace link")
