"""Admin forms of the catalogue's page types (imported by the models: nothing here loads models)."""

from django.utils.translation import gettext_lazy as _
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
        self._check_producer(data)
        for name in self.DEFAULTED:
            if name in self.fields and data.get(name) in (None, ""):
                data[name] = self._meta.model._meta.get_field(name).get_default()
        return data

    def _check_producer(self, data):
        """A producer's staff keep their products with their own producer (never move one to another)."""
        from .producer_access import is_producer_staff, producer_ids_for

        producer = data.get("producer")
        user = getattr(self, "for_user", None)
        if (
            producer is not None
            and user is not None
            and is_producer_staff(user)
            and producer.pk not in producer_ids_for(user)
        ):
            self.add_error("producer", _("Choose one of your own producers."))
