from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Every live, public page of every language, each listing its translations as alternates."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .exclude(content_type__model="page")
            .defer_streamfields()
            .specific()
            .order_by("path")
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        by_key = {}
        for page_obj in self.items():
            by_key.setdefault(page_obj.translation_key, []).append(page_obj)
        location_alternates = {}
        for translations in by_key.values():
            alternates = [
                {"location": p.get_full_url(self.request), "lang_code": p.locale.language_code} for p in translations
            ]
            for p in translations:
                location_alternates[p.get_full_url(self.request)] = alternates
        for url in urls:
            if "subpath" in url:  # a routable sub-page (a locality's page): the same path in each translation
                url["alternates"] = [
                    {**alternate, "location": alternate["location"] + url["subpath"]}
                    for alternate in location_alternates.get(url["page_location"], [])
                ]
            else:
                url["alternates"] = location_alternates.get(url["location"], [])
        return urls
