"""Reference data every installation needs: the region tree and the OCOP product groups.

Regions: the province, its familiar localities (the former district-level units buyers still
search by) and, under each, the communes and wards of the official post-July-2025 list from
``vietnam-provinces`` (54 units in Quảng Ninh). The official list no longer records which
locality a ward belonged to, so that grouping is kept here, by official ward code.

Product groups: the six groups of the 2018–2020 OCOP criteria with a few sub-groups. Both are
ordinary editable rows once seeded; seeding again only adds what is missing.
"""

from django.db import transaction
from vietnam_provinces import Province, Ward
from wagtail.models import Locale

from .localization import translate_snippet
from .models import ProductGroup, Region, RegionKind

QUANG_NINH_CODE = 22  # the province's official code (vietnam-provinces); shipping zones use it too

# slug: (Vietnamese name, English name, official ward codes in this locality)
LOCALITIES = {
    "ha-long": ("Hạ Long", "Ha Long", [6652, 6658, 6661, 6673, 6676, 6685, 6688, 6706, 7030, 7054, 7060]),
    "mong-cai": ("Móng Cái", "Mong Cai", [6709, 6712, 6724, 6733, 6736, 6757]),
    "cam-pha": ("Cẩm Phả", "Cam Pha", [6760, 6778, 6781, 6793, 6799]),
    "uong-bi": ("Uông Bí", "Uong Bi", [6811, 6820, 6832]),
    "binh-lieu": ("Bình Liêu", "Binh Lieu", [6838, 6841, 6856]),
    "tien-yen": ("Tiên Yên", "Tien Yen", [6862, 6874, 6877, 6886]),
    "dam-ha": ("Đầm Hà", "Dam Ha", [6895, 6913]),
    "hai-ha": ("Hải Hà", "Hai Ha", [6922, 6931, 6946, 6967]),
    "ba-che": ("Ba Chẽ", "Ba Che", [6970, 6979, 6985]),
    "van-don": ("Vân Đồn", "Van Don", [6994]),
    "dong-trieu": ("Đông Triều", "Dong Trieu", [7069, 7081, 7090, 7093, 7114]),
    "quang-yen": ("Quảng Yên", "Quang Yen", [7132, 7135, 7147, 7168, 7180, 7183]),
    "co-to": ("Cô Tô", "Co To", [7192]),
}

WARD_KIND_EN = {"phường": "Ward", "xã": "Commune", "đặc khu": "Special Zone"}

# slug: (Vietnamese, English, [(sub-slug, Vietnamese, English), ...])
GROUPS = {
    "thuc-pham": (
        "Thực phẩm",
        "Food",
        [
            ("thuc-pham-tuoi-song", "Thực phẩm tươi sống", "Fresh produce"),
            ("thuc-pham-che-bien", "Thực phẩm chế biến", "Processed food"),
            ("gia-vi", "Gia vị và nước chấm", "Sauces and condiments"),
        ],
    ),
    "do-uong": (
        "Đồ uống",
        "Beverages",
        [
            ("do-uong-co-con", "Đồ uống có cồn", "Alcoholic drinks"),
            ("tra", "Trà và đồ uống thảo mộc", "Tea and infusions"),
            ("do-uong-khong-con", "Đồ uống không cồn", "Other drinks"),
        ],
    ),
    "thao-duoc": (
        "Thảo dược",
        "Herbal products",
        [
            ("duoc-lieu", "Dược liệu", "Medicinal herbs"),
            ("tinh-dau", "Tinh dầu", "Essential oils"),
            ("my-pham-thao-duoc", "Mỹ phẩm thảo dược", "Herbal cosmetics"),
        ],
    ),
    "vai-may-mac": ("Vải và may mặc", "Textiles and garments", []),
    "luu-niem-noi-that-trang-tri": (
        "Lưu niệm – nội thất – trang trí",
        "Souvenirs, furniture and decoration",
        [
            ("gom-su", "Gốm sứ", "Pottery"),
            ("my-nghe", "Thủ công mỹ nghệ", "Handicrafts and art"),
        ],
    ),
    "dich-vu-du-lich-nong-thon": ("Dịch vụ du lịch nông thôn", "Rural tourism services", []),
}


def ward_name_en(ward):
    """'Phường Bãi Cháy' → 'Bai Chay Ward' (the way English-language addresses write it)."""
    from anyascii import anyascii

    kind = ward.division_type.value
    bare = ward.name[len(kind) :].strip() if ward.name.lower().startswith(kind) else ward.name
    return f"{anyascii(bare)} {WARD_KIND_EN.get(kind, '')}".strip()


def _upsert(model, slug, defaults):
    obj, _ = model.objects.update_or_create(slug=slug, locale=Locale.get_default(), defaults=defaults)
    return obj


def _translate(obj, english_name, english_locale):
    if english_locale and not obj.has_translation(english_locale):
        translate_snippet(obj, english_locale, {obj.name: english_name})


@transaction.atomic
def seed_regions():
    """Create the region tree (idempotent); returns the number of regions in the source language."""
    english = Locale.objects.filter(language_code="en").first()
    province = Province.from_code(QUANG_NINH_CODE)
    root = _upsert(
        Region,
        "quang-ninh",
        {"name": province.name, "kind": RegionKind.PROVINCE, "official_code": str(int(province.code)), "parent": None},
    )
    _translate(root, "Quang Ninh", english)
    wards = {int(w.code): w for w in Ward.iter_all() if int(w.province_code) == QUANG_NINH_CODE}
    for order, (slug, (name_vi, name_en, ward_codes)) in enumerate(LOCALITIES.items()):
        locality = _upsert(
            Region, slug, {"name": name_vi, "kind": RegionKind.LOCALITY, "parent": root, "sort_order": order}
        )
        _translate(locality, name_en, english)
        for ward_order, code in enumerate(ward_codes):
            ward = wards.pop(code)
            node = _upsert(
                Region,
                ward.codename.replace("_", "-"),
                {
                    "name": ward.name,
                    "kind": RegionKind.WARD,
                    "parent": locality,
                    "official_code": f"{code:05d}",
                    "sort_order": ward_order,
                },
            )
            _translate(node, ward_name_en(ward), english)
    if wards:  # a newer official list added units: keep them visible under the province
        for code, ward in sorted(wards.items()):
            node = _upsert(
                Region,
                ward.codename.replace("_", "-"),
                {"name": ward.name, "kind": RegionKind.WARD, "parent": root, "official_code": f"{code:05d}"},
            )
            _translate(node, ward_name_en(ward), english)
    return Region.objects.filter(locale=Locale.get_default()).count()


@transaction.atomic
def seed_groups():
    """Create the OCOP product groups and sub-groups (idempotent)."""
    english = Locale.objects.filter(language_code="en").first()
    for order, (slug, (name_vi, name_en, children)) in enumerate(GROUPS.items()):
        group = _upsert(ProductGroup, slug, {"name": name_vi, "parent": None, "sort_order": order})
        _translate(group, name_en, english)
        for child_order, (child_slug, child_vi, child_en) in enumerate(children):
            child = _upsert(ProductGroup, child_slug, {"name": child_vi, "parent": group, "sort_order": child_order})
            _translate(child, child_en, english)
    return ProductGroup.objects.filter(locale=Locale.get_default()).count()
