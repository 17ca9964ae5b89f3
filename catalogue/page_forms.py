"""Admin forms of the catalogue's page types (imported by the models: nothing here loads models)."""

from wagtail.admin.forms import WagtailAdminPageForm


class ProductPageForm(WagtailAdminPageForm):
    """The product editor. A form posted without the kind fields (an older page, a script, a
    form without those panels) saves a product of the default kind instead of failing."""

    DEFAULTED = ("kind", "booking_notice_days", "booking_window_days")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.DEFAULTED:
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        data = super().clean()
        for name in self.DEFAULTED:
            if name in self.fields and data.get(name) in (None, ""):
                data[name] = self._meta.model._meta.get_field(name).get_default()
        return data
