"""Texts of the demo site's own pages, as (Vietnamese, English) pairs."""

HOME_TITLE = ("Trang chủ", "Home")
HERO_HEADING = (
    "Sản phẩm OCOP Quảng Ninh – tinh hoa từ đất và biển",
    "Quảng Ninh OCOP products – the best of its land and sea",
)
HERO_TEXT = (
    "Đặc sản được chứng nhận 3 đến 5 sao từ khắp các địa phương của tỉnh, "
    "kể cùng câu chuyện của những người làm ra chúng.",
    "Certified three- to five-star specialities from every corner of the province, "
    "told with the stories of the people who make them.",
)
HOME_INTRO = (
    "Quảng Ninh là tỉnh đi đầu cả nước trong Chương trình Mỗi xã, phường một sản phẩm (OCOP) từ năm 2013. "
    "Mỗi năm, các chủ thể đăng ký sản phẩm, hội đồng đánh giá và xếp hạng sao, "
    "tỉnh quảng bá sản phẩm tại hội chợ và trên các sàn thương mại điện tử.",
    "Quảng Ninh has led Vietnam's One Commune One Product (OCOP) programme since 2013. "
    "Every year producers register their products, councils evaluate and rate them with stars, "
    "and the province promotes them at fairs and on online marketplaces.",
)

CATALOGUE = {
    "title": ("Sản phẩm OCOP", "OCOP products"),
    "slug": ("san-pham", "products"),
    "intro": (
        "Tra cứu sản phẩm theo địa phương, nhóm sản phẩm và hạng sao.",
        "Browse products by locality, product group and star rating.",
    ),
}
PRODUCERS = {
    "title": ("Chủ thể OCOP", "Producers"),
    "slug": ("chu-the", "producers"),
    "intro": (
        "Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ sản xuất đứng sau mỗi sản phẩm.",
        "The enterprises, cooperatives, cooperative groups and households behind every product.",
    ),
}

STANDARD_PAGES = [
    {
        "title": ("Về chương trình OCOP", "About the OCOP programme"),
        "slug": ("gioi-thieu", "about"),
        "intro": (
            "Chương trình Mỗi xã, phường một sản phẩm của tỉnh Quảng Ninh.",
            "Quảng Ninh's One Commune One Product programme.",
        ),
        "body": [
            (
                "Giai đoạn 2017–2020, chương trình có 449 sản phẩm của 175 chủ thể, gồm 46 doanh nghiệp, "
                "65 hợp tác xã và 64 hộ sản xuất, trên cả 14 địa phương cấp huyện.",
                "In 2017–2020 the programme counted 449 products from 175 producers: 46 enterprises, "
                "65 cooperatives and 64 household producers, in all 14 district-level localities.",
            ),
            (
                "236 sản phẩm được xếp hạng sao: 7 sản phẩm 5 sao, 67 sản phẩm 4 sao và 162 sản phẩm 3 sao. "
                "Sản phẩm 3 và 4 sao do tỉnh công nhận, sản phẩm 5 sao được công nhận ở cấp quốc gia.",
                "236 products were rated: 7 five-star, 67 four-star and 162 three-star. "
                "Three- and four-star ratings are certified by the province, five-star ratings nationally.",
            ),
            (
                "Tỉnh tổ chức 12 hội chợ OCOP với 2.654 gian hàng và 17 tuần kết nối tiêu dùng. "
                "Doanh thu từ chương trình đạt 400–500 tỷ đồng mỗi năm.",
                "The province held 12 OCOP fairs with 2,654 booths and 17 consumer-connection weeks. "
                "The programme brings in 400–500 billion đồng a year.",
            ),
        ],
    },
    {
        "title": ("Về dữ liệu minh hoạ", "About this demo"),
        "slug": ("du-lieu-minh-hoa", "demo-data"),
        "intro": (
            "Các chủ thể, sản phẩm, giá và chứng nhận trên trang này là dữ liệu minh hoạ.",
            "The producers, products, prices and certificates on this site are demonstration data.",
        ),
        "body": [
            (
                "Sản phẩm được lấy cảm hứng từ các đặc sản nổi tiếng của Quảng Ninh, nhưng tên cơ sở, "
                "người đại diện, số điện thoại và số chứng nhận đều là giả định. "
                "Đây không phải danh sách chính thức của chương trình OCOP.",
                "Products are inspired by Quảng Ninh's well-known specialities, but the businesses, "
                "representatives, phone numbers and certificate numbers are invented. "
                "This is not the programme's official register.",
            ),
        ],
    },
    {
        "title": ("Giao hàng và đổi trả", "Delivery and returns"),
        "slug": ("giao-hang", "delivery"),
        "intro": (
            "Phí giao hàng, thời gian giao và cách đổi trả.",
            "Delivery fees, delivery times and returns.",
        ),
        "body": [
            (
                "Đơn hàng được giao trong 1–3 ngày trong tỉnh và 3–7 ngày đến các tỉnh khác. "
                "Phí giao hàng được tính khi thanh toán và miễn phí cho đơn hàng lớn.",
                "Orders arrive in 1–3 days within the province and 3–7 days elsewhere in Vietnam. "
                "The delivery fee is shown at checkout and waived on larger orders.",
            ),
            (
                "Sản phẩm tươi sống và đông lạnh không áp dụng đổi trả trừ khi bị hư hỏng khi nhận.",
                "Fresh and frozen products cannot be returned unless they arrive damaged.",
            ),
            (
                "Giao hàng ra nước ngoài: phí tính theo cân nặng của kiện hàng và theo vùng (vùng 1: châu Á; "
                "vùng 2: châu Âu, châu Úc, Ấn Độ; vùng 3: các nước khác), gồm giá kilôgam đầu và giá mỗi "
                "kilôgam tiếp theo; phí hiện ra ngay khi bạn chọn quốc gia ở trang thanh toán. Thời gian giao "
                "7–15 ngày. Đơn ra nước ngoài thanh toán bằng thẻ hoặc chuyển khoản quốc tế (có mã SWIFT/BIC); "
                "không nhận thanh toán khi nhận hàng. Sản phẩm tươi sống, đông lạnh, rượu và nước mắm chỉ giao "
                "trong Việt Nam: giỏ hàng sẽ báo trước khi thanh toán. Thuế nhập khẩu ở nước nhận (nếu có) do "
                "người nhận trả.",
                "Delivery abroad: the fee depends on the parcel's weight and the destination's zone (zone 1: "
                "Asia; zone 2: Europe, Oceania, India; zone 3: every other country), a price for the first "
                "kilogram and one for each further kilogram; it is shown as soon as you choose the country at "
                "checkout. Parcels arrive in 7–15 days. Orders abroad are paid by card or by international bank "
                "transfer (SWIFT/BIC given); cash on delivery is not possible. Fresh, frozen and alcoholic "
                "products and fish sauce are delivered in Vietnam only: the cart tells you before checkout. Import "
                "duties in the destination country, if any, are paid by the recipient.",
            ),
        ],
    },
    {
        "title": ("Điều khoản bán hàng", "Terms of sale"),
        "slug": ("dieu-khoan-ban-hang", "terms-of-sale"),
        "intro": (
            "Điều kiện mua hàng trên cửa hàng OCOP Quảng Ninh.",
            "The conditions of buying from the OCOP Quảng Ninh shop.",
        ),
        "body": [
            (
                "Giá niêm yết bằng đồng Việt Nam, đã gồm thuế. Phí giao hàng được tính khi thanh toán và hiện "
                "trước khi bạn đặt hàng. Đơn hàng được xác nhận khi bạn nhận được thư xác nhận.",
                "Prices are in Vietnamese đồng and include taxes. The delivery fee is calculated at checkout and "
                "shown before you order. An order is confirmed when you receive the confirmation e-mail.",
            ),
            (
                "Hàng được giữ cho bạn trong thời gian ghi trên trang đơn hàng; đơn chưa thanh toán khi hết hạn "
                "sẽ tự hủy. Bạn có thể hủy đơn chưa giao bằng cách liên hệ với chúng tôi; tiền đã trả được hoàn "
                "lại đầy đủ.",
                "Your items are held for the time shown on your order page; an unpaid order is cancelled when "
                "the hold runs out. You can cancel an order that has not been shipped by contacting us; what "
                "you paid is refunded in full.",
            ),
            (
                "Thông tin của bạn chỉ dùng để giao hàng và liên hệ về đơn hàng.",
                "Your details are used only to deliver your order and to contact you about it.",
            ),
        ],
    },
]
