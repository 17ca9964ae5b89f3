"""The demo's fairs: an index under the home page, one fair running when the demo is loaded
(from yesterday to three days on, so the "at the fair" badge shows at once) and one past fair,
in Vietnamese and English. Idempotent: existing fairs are kept as they are (with their dates)."""

import datetime

from django.utils import timezone
from django.utils.html import escape

from ..models import FairBooth, FairIndexPage, FairPage, ProductPage
from .loader import Strings, ensure_page, seo_strings, translate_page

FAIR_INDEX = {
    "title": ("Hội chợ và sự kiện", "Fairs and events"),
    "slug": ("hoi-cho", "fairs"),
    "intro": (
        "Gặp các chủ thể OCOP Quảng Ninh tại hội chợ, tuần hàng và sự kiện xúc tiến thương mại.",
        "Meet Quảng Ninh's OCOP producers at fairs, trade weeks and promotion events.",
    ),
}

FAIRS = [
    {
        "slug": ("hoi-cho-ocop-quang-ninh", "quang-ninh-ocop-fair"),
        "title": ("Hội chợ OCOP Quảng Ninh", "Quảng Ninh OCOP Fair"),
        "days": (-1, 3),  # from yesterday 08:00 to 21:00 three days on: running when the demo loads
        "venue": (
            "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh",
            "Quảng Ninh Planning, Fair and Exhibition Centre",
        ),
        "address": "Phường Hồng Hà, tỉnh Quảng Ninh",
        "organiser": ("Sở Công Thương tỉnh Quảng Ninh", "Quảng Ninh Department of Industry and Trade"),
        "organiser_url": "",
        "intro": (
            "Năm ngày giới thiệu và bán sản phẩm OCOP của 13 địa phương, với gian hàng của các chủ thể.",
            "Five days of OCOP products from 13 localities, sold at the producers' own booths.",
        ),
        "body": [
            (
                "Hơn một trăm gian hàng giới thiệu đặc sản, đồ uống, dược liệu và hàng thủ công mỹ nghệ.",
                "Over a hundred booths show specialities, drinks, herbal products and handicrafts.",
            ),
            (
                "Khách tham quan được nếm thử sản phẩm và gặp trực tiếp người làm ra chúng.",
                "Visitors taste the products and meet the people who make them.",
            ),
        ],
        "booths": [("hoa-phuong", "cha-muc-ha-long", "A01"), ("than-ngoc", None, "B04"), ("loc-yen-tu", None, "C02")],
    },
    {
        "slug": ("tuan-hang-ocop-quang-ninh-tai-ha-noi", "quang-ninh-ocop-week-in-hanoi"),
        "title": ("Tuần hàng OCOP Quảng Ninh tại Hà Nội", "Quảng Ninh OCOP Week in Hanoi"),
        "days": (-120, -116),
        "venue": (
            "Trung tâm Triển lãm Văn hoá Nghệ thuật Việt Nam",
            "Vietnam Exhibition Centre for Culture and Arts",
        ),
        "address": "2 Hoa Lư, phường Hai Bà Trưng, Hà Nội",
        "organiser": ("Sở Công Thương tỉnh Quảng Ninh", "Quảng Ninh Department of Industry and Trade"),
        "organiser_url": "",
        "intro": (
            "Sản phẩm OCOP Quảng Ninh đến với người tiêu dùng Thủ đô.",
            "Quảng Ninh's OCOP products meet the capital's shoppers.",
        ),
        "body": [
            (
                "Các chủ thể OCOP của tỉnh giới thiệu hải sản, trà và hàng thủ công.",
                "The province's OCOP producers showed seafood, tea and handicrafts.",
            ),
        ],
        "booths": [("quang-hanh", None, "12"), ("hoa-phuong", None, "14")],
    },
]


def _at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def build_fairs(home, english, producers, today=None):
    """The fairs index and the demo's fairs; ``producers`` maps the demo's keys to producer pages."""
    from . import content

    today = today or timezone.localdate()
    strings = Strings()
    seo_strings(strings, FAIR_INDEX["title"], FAIR_INDEX["slug"])
    strings.add(FAIR_INDEX["intro"])
    index, _ = ensure_page(
        home,
        FairIndexPage,
        FAIR_INDEX["slug"][0],
        lambda: FairIndexPage(title=FAIR_INDEX["title"][0], intro=FAIR_INDEX["intro"][0]),
    )
    translate_page(index, english, strings)

    product_slugs = {spec["key"]: spec["slug_vi"] for spec in content.PRODUCTS}
    for spec in FAIRS:
        strings = Strings()
        seo_strings(strings, spec["title"], spec["slug"])
        for field in ("venue", "organiser", "intro"):
            strings.add(spec[field])
        for pair in spec["body"]:
            strings.add(pair)

        def build(spec=spec):
            first, last = spec["days"]
            fair = FairPage(
                title=spec["title"][0],
                start=_at(today + datetime.timedelta(days=first), 8),
                end=_at(today + datetime.timedelta(days=last), 21),
                venue=spec["venue"][0],
                address=spec["address"],
                organiser=spec["organiser"][0],
                organiser_url=spec["organiser_url"],
                intro=spec["intro"][0],
                body="".join(f"<p>{escape(vi)}</p>" for vi, _en in spec["body"]),
            )
            for producer_key, product_key, number in spec["booths"]:
                product = None
                if product_key:
                    product = ProductPage.objects.filter(
                        slug=product_slugs[product_key], locale_id=producers[producer_key].locale_id
                    ).first()
                fair.booths.add(FairBooth(producer=producers[producer_key], product=product, booth_number=number))
            return fair

        fair, _ = ensure_page(index, FairPage, spec["slug"][0], build)
        translate_page(fair, english, strings)
    return index
