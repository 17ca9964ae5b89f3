"""``site_images``: Wagtail's image tags with filters built once per tag and no cache write per call.

A buyer sees the same ``<img>`` and ``<picture>`` as Wagtail's own tags would give; the page costs
less: no query for a prefetched image, and no write to the renditions cache (a Redis round trip
in production) for renditions the page already had.
"""

import io

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.template import engines
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.models import Collection

from catalogue.models import CatalogueImage
from catalogue.queries import prefetch_renditions

TAGS = [
    '{% picture img format-{avif,webp,jpeg} fill-{400x300,800x600} sizes="50vw" loading="lazy" alt="" %}',
    '{% srcset_image img fill-{200x150,400x300} sizes="50vw" alt="x" %}',
    '{% image img fill-168x126 format-webp alt="" %}',
    "{% image img max-1400x1400 format-webp as full %}{{ full.url }} {{ full.width }}",
    "{% image img fill-1200x630 as og %}{{ og.url }}",
]


@pytest.fixture
def photo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 1200), "#0b5e5a").save(buffer, "JPEG")
    return CatalogueImage.objects.create(title="Chả mực", file=ImageFile(buffer, name="cha-muc.jpg"))


def render(library, tag, image):
    return engines["django"].from_string("{% load " + library + " %}" + tag).render({"img": image})


@pytest.mark.parametrize("tag", TAGS)
def test_same_html_as_wagtails_own_tags(photo, tag):
    ours = render("site_images", tag, photo)
    assert ours == render("wagtailimages_tags", tag, photo)
    assert ".webp" in ours or ".avif" in ours or ".jpg" in ours


def test_a_template_renders_again_and_again_with_the_filters_it_built_once(photo):
    """The node keeps its filters between renders (a cached template lives as long as the process)."""
    template = engines["django"].from_string("{% load site_images %}" + TAGS[0])
    first = template.render({"img": photo})
    node = next(n for n in template.template.nodelist if hasattr(n, "filter_specs"))
    filters = node.get_filters()
    again = template.render({"img": CatalogueImage.objects.get(pk=photo.pk)})
    assert again == first
    assert node.get_filters() is filters


def test_prefetched_renditions_cost_no_query_and_no_cache_write(photo):
    for tag in TAGS:
        render("site_images", tag, photo)  # the renditions exist now
    image = CatalogueImage.objects.get(pk=photo.pk)
    prefetch_renditions([image])
    renditions = list(image.renditions.all())
    cache = image.get_rendition_model().cache_backend
    cache.delete_many([r.get_cache_key() for r in renditions])
    with CaptureQueriesContext(connection) as queries:
        html = "".join(render("site_images", tag, image) for tag in TAGS)
    assert len(queries) == 0
    assert "<picture>" in html and len(renditions) == 11  # 6 + 2 + 1 + 1 + 1, one per filter
    # Wagtail's {% image %} stores every rendition it returns; ours leaves the cache as it was.
    assert cache.get_many([r.get_cache_key() for r in renditions]) == {}
    render("wagtailimages_tags", TAGS[2], image)
    assert len(cache.get_many([r.get_cache_key() for r in renditions])) == 1  # the control: Wagtail's tag writes
