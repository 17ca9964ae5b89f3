"""Admin forms of the catalogue."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.forms import BaseImageForm

HEIF_EXTENSIONS = (".heic", ".heif")


def heif_to_jpeg(uploaded):
    """An iPhone photo (HEIC/HEIF) as a JPEG upload, turned upright, without its EXIF (GPS)."""
    import pillow_heif
    from PIL import Image, ImageOps

    pillow_heif.register_heif_opener()
    uploaded.seek(0)
    with Image.open(uploaded) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=90, optimize=True)
    name = os.path.splitext(os.path.basename(uploaded.name))[0] + ".jpg"
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


class CatalogueImageForm(BaseImageForm):
    """Wagtail's image form; HEIC/HEIF photos are accepted and stored as JPEG, which every
    browser shows (renditions alone would leave a HEIC original that few can open)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        uploaded = self.files.get("file") if self.files else None
        if uploaded is not None and uploaded.name.lower().endswith(".heif"):
            # Same container, same decoder: Wagtail's extension check knows it as "heic".
            uploaded.name = uploaded.name[:-5] + ".heic"

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded is not None and "file" in self.changed_data and uploaded.name.lower().endswith(HEIF_EXTENSIONS):
            return heif_to_jpeg(uploaded)
        return uploaded
