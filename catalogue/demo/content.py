"""Demo content: fictional producers and products built on Quảng Ninh's real specialities.

Every text is a (Vietnamese, English) pair. This is demonstration data, not the official register.
The producers, people, addresses, phone numbers, e-mail addresses and websites are invented.
"""

# Region slugs (localities) you may use: "ha-long", "cam-pha", "uong-bi", "mong-cai", "quang-yen",
# "dong-trieu", "van-don", "co-to", "tien-yen", "dam-ha", "hai-ha", "binh-lieu", "ba-che".
# Product group slugs (top level / sub-group):
#   "thuc-pham" (Food): "thuc-pham-tuoi-song" (fresh), "thuc-pham-che-bien" (processed),
#       "gia-vi" (sauces and condiments)
#   "do-uong" (Beverages): "do-uong-co-con" (alcoholic), "tra" (tea and infusions), "do-uong-khong-con" (other drinks)
#   "thao-duoc" (Herbal products): "duoc-lieu" (medicinal herbs), "tinh-dau" (essential oils),
#       "my-pham-thao-duoc" (herbal cosmetics)
#   "vai-may-mac" (Textiles and garments): no sub-groups
#   "luu-niem-noi-that-trang-tri" (Souvenirs, furniture and decoration): "gom-su" (pottery),
#       "my-nghe" (handicrafts and art)
#   "dich-vu-du-lich-nong-thon" (Rural tourism services): no sub-groups
# Producer types: "enterprise", "cooperative", "cooperative_group", "household".
# Variants: (pack, size, price_vnd, stock, weight_grams); pack is one of
# "box", "bag", "bottle", "jar", "pack", "piece", "kg", "service".

PRODUCERS = [
    {
        "key": "hoa-phuong",
        "type": "household",
        "locality": "ha-long",
        "title": ("Cơ sở chả mực Hoa Phượng", "Hoa Phuong Squid Cake Workshop"),
        "slug_en": "hoa-phuong-squid-cake-workshop",
        "slug_vi": "co-so-cha-muc-hoa-phuong",
        "intro": (
            "Một xưởng gia đình ở Hồng Gai chuyên làm chả mực giã tay từ mực câu trong vịnh Hạ Long.",
            "A family workshop in Hong Gai that makes hand-pounded squid cakes from squid caught in Ha Long Bay.",
        ),
        "story": [
            (
                (
                    "Bà Nguyễn Thị Hoa lớn lên ở một xóm chài ven vịnh Hạ Long, nơi mực được câu bằng đèn vào "
                    "những đêm lặng gió. Năm 2008, bà cùng chồng dựng một xưởng nhỏ sau nhà để làm chả mực theo "
                    "cách mẹ bà vẫn làm cho cả xóm mỗi dịp Tết."
                ),
                (
                    "Nguyen Thi Hoa grew up in a fishing hamlet on Ha Long Bay, where squid are caught by "
                    "lamplight on still nights. In 2008 she and her husband set up a small workshop behind the "
                    "house to make squid cakes the way her mother used to make them for the whole hamlet at Tet."
                ),
            ),
            (
                (
                    "Mực được mua từ các tàu cập bến mỗi sáng, chỉ chọn con còn tươi, thân dày và trong. Thợ lột "
                    "da, rửa sạch rồi giã bằng cối đá, chày gỗ cho đến khi mực dẻo quánh, không dùng máy xay và "
                    "không pha bột."
                ),
                (
                    "The squid is bought each morning straight off the boats, and only fresh, thick, translucent "
                    "squid will do. It is skinned, rinsed and pounded in a stone mortar with a wooden pestle "
                    "until the paste turns sticky and springy. No mincer is used and no flour is added."
                ),
            ),
            (
                (
                    "Sau khi được công nhận OCOP, cơ sở đầu tư thêm tủ cấp đông, máy hút chân không và dán tem "
                    "truy xuất nguồn gốc trên từng gói. Hiện xưởng có tám người làm, phần lớn là phụ nữ trong "
                    "phường."
                ),
                (
                    "Since the cakes were first rated under OCOP, the workshop has added a blast freezer, a "
                    "vacuum sealer and a traceability stamp on every pack. Eight people work here now, most of "
                    "them women from the neighbourhood."
                ),
            ),
        ],
        "quote": (
            "Chả mực ngon là nhờ mực tươi và đôi tay giã chả, ngoài ra chẳng có bí quyết gì.",
            "Good squid cake comes from fresh squid and patient hands. There is no other secret.",
            "Bà Nguyễn Thị Hoa, chủ cơ sở",
        ),
        "representative": "Nguyễn Thị Hoa",
        "address": "Số 18, tổ 5, khu 3, phường Hồng Gai, tỉnh Quảng Ninh",
        "phone": "0203 555 0101",
        "email": "hoaphuong@example.vn",
        "website": "",
        "founded": 2008,
        "lat": 20.9562,
        "lng": 107.0815,
    },
    {
        "key": "than-ngoc",
        "type": "enterprise",
        "locality": "ha-long",
        "title": ("Công ty TNHH Mỹ nghệ Than Ngọc Hạ Long", "Than Ngoc Ha Long Coal Art Company"),
        "slug_en": "than-ngoc-ha-long-coal-art-company",
        "slug_vi": "cong-ty-tnhh-my-nghe-than-ngoc-ha-long",
        "intro": (
            "Doanh nghiệp do một cựu thợ mỏ lập ra, biến than antraxit Hà Lầm thành tranh và tượng mỹ nghệ.",
            "A company founded by a former miner that turns anthracite from Ha Lam into carved pictures and figures.",
        ),
        "story": [
            (
                (
                    "Ông Trần Văn Khải có hai mươi năm làm thợ lò ở mỏ than Hà Lầm. Những lúc nghỉ ca, ông thường "
                    "lấy dao nhỏ tỉa những cục than bóng thành hình con thuyền, con cá để tặng bạn bè."
                ),
                (
                    "Tran Van Khai spent twenty years underground at the Ha Lam coal mine. Between shifts he "
                    "would whittle glossy lumps of coal into little boats and fish to give to friends."
                ),
            ),
            (
                (
                    "Năm 2011, ông mở xưởng mỹ nghệ và mời thêm thợ điêu khắc, thợ vẽ. Than được chọn từ những "
                    "vỉa cứng, ít tạp chất, cắt thành tấm, chạm khắc rồi đánh bóng nhiều lần cho đến khi mặt than "
                    "ánh lên như ngọc đen."
                ),
                (
                    "In 2011 he opened a workshop and brought in carvers and painters. The coal comes from hard, "
                    "clean seams; it is sawn into slabs, carved and polished again and again until the surface "
                    "shines like black jade."
                ),
            ),
            (
                (
                    "Ngày nay công ty có hai mươi lăm thợ, trong đó nhiều người là con em công nhân mỏ. Sản phẩm "
                    "được du khách mua làm quà và được các cơ quan trong tỉnh chọn làm tặng phẩm cho khách quốc "
                    "tế."
                ),
                (
                    "The company now employs twenty-five craftspeople, many of them the children of miners. "
                    "Visitors buy the pieces as keepsakes, and public bodies in the province choose them as gifts "
                    "for foreign guests."
                ),
            ),
        ],
        "quote": (
            "Than là vàng đen của Quảng Ninh. Chúng tôi muốn người ta mang một mẩu vàng đen ấy về nhà.",
            "Coal is Quang Ninh's black gold. We want people to take a piece of it home.",
            "Ông Trần Văn Khải, giám đốc công ty",
        ),
        "representative": "Trần Văn Khải",
        "address": "Số 42, tổ 7, khu 2, phường Hà Lầm, tỉnh Quảng Ninh",
        "phone": "0203 555 0102",
        "email": "lienhe.thanngoc@example.vn",
        "website": "https://example.vn/than-ngoc",
        "founded": 2011,
        "lat": 20.9688,
        "lng": 107.1102,
    },
    {
        "key": "quang-hanh",
        "type": "cooperative_group",
        "locality": "cam-pha",
        "title": ("Tổ hợp tác Mỹ nghệ than đá Quang Hanh", "Quang Hanh Coal Carving Group"),
        "slug_en": "quang-hanh-coal-carving-group",
        "slug_vi": "to-hop-tac-my-nghe-than-da-quang-hanh",
        "intro": (
            "Nhóm thợ mỏ về hưu ở Cẩm Phả cùng nhau chạm khắc than thành tranh nổi và đồ lưu niệm.",
            "Retired miners in Cam Pha who carve coal into relief pictures and small souvenirs together.",
        ),
        "story": [
            (
                (
                    "Tổ hợp tác ra đời năm 2016 từ một câu lạc bộ của những người thợ mỏ đã nghỉ hưu ở Quang "
                    "Hanh. Ban đầu họ chỉ khắc than để khuây khỏa, sau đó nhận đặt hàng của các cửa hàng lưu niệm "
                    "quanh vùng."
                ),
                (
                    "The group grew out of a club of retired miners in Quang Hanh in 2016. At first they carved "
                    "coal to pass the time; before long the souvenir shops in the area were placing orders."
                ),
            ),
            (
                (
                    "Mỗi bức tranh nổi được vẽ phác lên tấm than, đục thô bằng tay rồi tỉa từng chi tiết như mái "
                    "nhà, cánh buồm, dáng người. Phần nền được để mờ, phần hình được đánh bóng để tạo chiều sâu."
                ),
                (
                    "Each relief is sketched onto a slab of coal, roughed out by hand and then refined detail by "
                    "detail: a roof, a sail, a figure. The background is left matt and the figures are polished "
                    "so the picture gains depth."
                ),
            ),
            (
                (
                    "Hiện tổ có mười hai thành viên và thường mở lớp dạy nghề miễn phí cho thanh niên trong "
                    "phường vào dịp hè."
                ),
                (
                    "The group has twelve members today, and every summer they run free carving classes for young "
                    "people in the ward."
                ),
            ),
        ],
        "quote": (
            "Cả đời đào than dưới lòng đất, giờ chúng tôi đưa than lên làm đẹp cho đời.",
            "We spent our lives digging coal underground. Now we bring it up to make something beautiful.",
            "Ông Phạm Văn Lợi, tổ trưởng tổ hợp tác",
        ),
        "representative": "Phạm Văn Lợi",
        "address": "Tổ 3, khu 4, phường Quang Hanh, tỉnh Quảng Ninh",
        "phone": "0203 555 0103",
        "email": "mynghequanghanh@example.vn",
        "website": "",
        "founded": 2016,
        "lat": 21.0075,
        "lng": 107.2248,
    },
    {
        "key": "loc-yen-tu",
        "type": "enterprise",
        "locality": "uong-bi",
        "title": ("Công ty Cổ phần Đồ uống Lộc Yên Tử", "Loc Yen Tu Drinks Company"),
        "slug_en": "loc-yen-tu-drinks-company",
        "slug_vi": "cong-ty-co-phan-do-uong-loc-yen-tu",
        "intro": (
            "Doanh nghiệp dưới chân núi Yên Tử làm rượu mơ và nước cốt mơ từ quả mơ lông của vùng núi thiêng.",
            (
                "A company at the foot of Yen Tu mountain making apricot wine and apricot cordial from the local "
                "downy apricots."
            ),
        ),
        "story": [
            (
                (
                    "Quanh chùa Yên Tử, mơ mọc từ lâu đời trên sườn núi; mùa xuân hoa nở trắng lối hành hương, "
                    "đến tháng tư, tháng năm thì quả chín vàng. Người dân trong vùng vẫn quen ngâm mơ làm rượu để "
                    "dành tiếp khách."
                ),
                (
                    "Apricot trees have grown on the slopes around the Yen Tu pagodas for generations. In spring "
                    "their blossom whitens the pilgrims' path, and by April and May the fruit turns yellow. Local "
                    "families have always steeped apricots in spirit to have something to offer guests."
                ),
            ),
            (
                (
                    "Năm 2012, ông Lê Minh Đức cùng một số hộ trồng mơ góp vốn lập công ty để thu mua quả với giá "
                    "ổn định. Mơ được hái khi vừa chín tới, rửa sạch, để ráo rồi ngâm với rượu gạo nấu thủ công "
                    "trong chum sành ít nhất sáu tháng."
                ),
                (
                    "In 2012 Le Minh Duc and several apricot growers pooled their money to start the company and "
                    "give the farms a steady price for their fruit. The apricots are picked just ripe, washed, "
                    "dried and steeped in hand-distilled rice spirit in stoneware jars for at least six months."
                ),
            ),
            (
                (
                    "Ngày nay công ty liên kết với hơn bốn mươi hộ trồng mơ ở phường Yên Tử và có một điểm giới "
                    "thiệu sản phẩm ngay trên đường lên chùa."
                ),
                (
                    "The company now buys from more than forty apricot-growing households in Yen Tu ward and runs "
                    "a small shop on the road up to the pagoda."
                ),
            ),
        ],
        "quote": (
            "Mỗi chai rượu mơ giữ lại một mùa mơ của Yên Tử.",
            "Every bottle keeps one apricot season of Yen Tu.",
            "Ông Lê Minh Đức, giám đốc công ty",
        ),
        "representative": "Lê Minh Đức",
        "address": "Thôn Nam Mẫu, phường Yên Tử, tỉnh Quảng Ninh",
        "phone": "0203 555 0104",
        "email": "locyentu@example.vn",
        "website": "https://example.vn/loc-yen-tu",
        "founded": 2012,
        "lat": 21.1312,
        "lng": 106.7285,
    },
    {
        "key": "phuong-nam",
        "type": "cooperative",
        "locality": "uong-bi",
        "title": ("Hợp tác xã Vải sớm Phương Nam", "Phuong Nam Early Lychee Cooperative"),
        "slug_en": "phuong-nam-early-lychee-cooperative",
        "slug_vi": "hop-tac-xa-vai-som-phuong-nam",
        "intro": (
            "Hợp tác xã của các nhà vườn vùng Phương Nam, nơi vải chín sớm hơn các vùng khác cả tháng.",
            "A cooperative of orchard families in Phuong Nam, where lychees ripen a month ahead of anywhere else.",
        ),
        "story": [
            (
                (
                    "Vùng đất bãi ven sông Đá Bạc ở phía nam Uông Bí có đất phù sa pha cát và khí hậu ấm, nhờ vậy "
                    "vải ở đây thường chín từ cuối tháng năm, khi các vùng vải khác còn xanh."
                ),
                (
                    "The riverside land along the Da Bac in southern Uong Bi has sandy alluvial soil and a mild "
                    "climate, so its lychees ripen from late May, while most other lychee regions are still "
                    "waiting."
                ),
            ),
            (
                (
                    "Năm 2014, ba mươi hộ trồng vải lập hợp tác xã để cùng chăm sóc theo quy trình VietGAP, cùng "
                    "thu hoạch và bán chung. Quả được hái vào sáng sớm, cắt cành, phân loại và đóng hộp ngay "
                    "trong ngày."
                ),
                (
                    "In 2014 thirty lychee-growing families formed the cooperative so they could farm to VietGAP "
                    "standards, harvest together and sell together. The fruit is picked at dawn, trimmed, graded "
                    "and boxed the same day."
                ),
            ),
            (
                "Ngoài vải tươi, hợp tác xã còn sấy vải và lấy mật ong từ những đàn ong nuôi trong vườn vào mùa hoa.",
                (
                    "Besides fresh lychees, the cooperative dries part of the crop and collects honey from hives "
                    "kept in the orchards while the trees are in flower."
                ),
            ),
        ],
        "quote": (
            "Vải Phương Nam ngọt đậm vì được ăn phù sa sông Đá Bạc.",
            "Phuong Nam lychees are sweet because they feed on the silt of the Da Bac river.",
            "Ông Nguyễn Văn Chiến, giám đốc hợp tác xã",
        ),
        "representative": "Nguyễn Văn Chiến",
        "address": "Khu Hồng Hải, phường Uông Bí, tỉnh Quảng Ninh",
        "phone": "0203 555 0105",
        "email": "vaisomphuongnam@example.vn",
        "website": "",
        "founded": 2014,
        "lat": 21.0105,
        "lng": 106.7742,
    },
    {
        "key": "thuy-hang",
        "type": "household",
        "locality": "mong-cai",
        "title": ("Cơ sở chế biến thực phẩm Thúy Hằng", "Thuy Hang Family Kitchen"),
        "slug_en": "thuy-hang-family-kitchen",
        "slug_vi": "co-so-che-bien-thuc-pham-thuy-hang",
        "intro": (
            "Bếp gia đình ở Móng Cái giữ nghề làm bánh gật gù và chả cá biển theo công thức của người vùng biên.",
            (
                "A family kitchen in Mong Cai that keeps up the border town's recipes for steamed rice rolls and "
                "fish cakes."
            ),
        ),
        "story": [
            (
                (
                    "Bà Vũ Thị Thúy Hằng học làm bánh gật gù từ bà nội, người đã bán bánh ở chợ Móng Cái hơn ba "
                    "mươi năm. Người ta kể rằng tên bánh gắn với dáng người thợ tráng bánh cứ gật gù theo nhịp "
                    "tay bên nồi hấp."
                ),
                (
                    "Vu Thi Thuy Hang learned to make banh gat gu from her grandmother, who sold them at Mong Cai "
                    "market for more than thirty years. The name means something like nodding cakes; the story "
                    "goes that it comes from the way the cook bobs her head in rhythm as she spreads the batter "
                    "over the steamer."
                ),
            ),
            (
                (
                    "Gạo tẻ được ngâm qua đêm, xay thành bột nước, tráng mỏng thành nhiều lớp chồng lên nhau, xen "
                    "giữa là nhân thịt và mộc nhĩ. Chả cá thì làm từ cá mối, cá thu đánh bắt ở vùng biển Trà Cổ."
                ),
                (
                    "Rice is soaked overnight, ground into a thin batter and steamed in fine layers, one on top "
                    "of another, with pork and wood-ear mushrooms in between. The fish cakes are made from "
                    "lizardfish and mackerel landed at Tra Co."
                ),
            ),
            (
                (
                    "Từ năm 2010, bà đăng ký hộ kinh doanh, sửa lại bếp theo tiêu chuẩn an toàn thực phẩm và nhận "
                    "làm hàng cho các nhà hàng trong thành phố."
                ),
                (
                    "In 2010 she registered the kitchen as a household business, refitted it to food-safety "
                    "standards and began supplying restaurants in town."
                ),
            ),
        ],
        "quote": (
            "Khách ăn bánh của nhà tôi từ hồi còn bé, giờ dẫn con cháu đến ăn.",
            "People who ate our rolls as children now bring their own grandchildren.",
            "Bà Vũ Thị Thúy Hằng, chủ cơ sở",
        ),
        "representative": "Vũ Thị Thúy Hằng",
        "address": "Số 27, khu 5, phường Móng Cái 1, tỉnh Quảng Ninh",
        "phone": "0203 555 0106",
        "email": "thuyhang.mongcai@example.vn",
        "website": "",
        "founded": 2010,
        "lat": 21.5268,
        "lng": 107.9648,
    },
    {
        "key": "ha-an",
        "type": "cooperative",
        "locality": "quang-yen",
        "title": ("Hợp tác xã Thủy sản Hà An", "Ha An Seafood Cooperative"),
        "slug_en": "ha-an-seafood-cooperative",
        "slug_vi": "hop-tac-xa-thuy-san-ha-an",
        "intro": (
            (
                "Hợp tác xã của ngư dân vùng cửa sông Bạch Đằng, chế biến sứa, ruốc tôm và khai thác ngán trên "
                "bãi triều."
            ),
            (
                "Fishing families from the Bach Dang estuary who process jellyfish and shrimp floss and gather "
                "clams on the tidal flats."
            ),
        ),
        "story": [
            (
                (
                    "Hà An nằm giữa những cánh rừng ngập mặn và bãi triều rộng của thị xã Quảng Yên cũ. Ở đây, "
                    "mỗi mùa nước có một thứ hải sản riêng: sứa vào tháng ba, tôm moi vào mùa thu, ngán quanh "
                    "năm."
                ),
                (
                    "Ha An lies among the mangroves and wide tidal flats of former Quang Yen town. Each season "
                    "brings its own catch: jellyfish in March, tiny shrimp in autumn, and clams all year round."
                ),
            ),
            (
                (
                    "Năm 2014, hai mươi tư hộ ngư dân lập hợp tác xã để có xưởng sơ chế chung và bán sản phẩm có "
                    "nhãn mác. Sứa được ngâm, rửa nhiều lần qua nước muối sạch; tôm được rang và giã thủ công "
                    "thành ruốc."
                ),
                (
                    "In 2014 twenty-four fishing families formed the cooperative to share a processing shed and "
                    "sell under a proper label. Jellyfish is soaked and rinsed repeatedly in clean brine; the "
                    "shrimp are roasted and pounded by hand into floss."
                ),
            ),
            (
                (
                    "Hợp tác xã cũng tham gia trồng lại rừng ngập mặn quanh bãi nuôi, vì theo các xã viên, còn "
                    "rừng thì còn tôm cá."
                ),
                (
                    "The cooperative also replants mangroves around its flats because, as members say, as long as "
                    "the forest stays, so will the fish."
                ),
            ),
        ],
        "quote": (
            "Biển cho gì thì chúng tôi làm nấy, nhưng phải làm cho sạch, cho ngon.",
            "We make whatever the sea gives us, but we make it clean and we make it well.",
            "Ông Đỗ Văn Tuấn, giám đốc hợp tác xã",
        ),
        "representative": "Đỗ Văn Tuấn",
        "address": "Thôn 3, phường Hà An, tỉnh Quảng Ninh",
        "phone": "0203 555 0107",
        "email": "thuysanhaan@example.vn",
        "website": "",
        "founded": 2014,
        "lat": 20.9035,
        "lng": 106.8562,
    },
    {
        "key": "thanh-lam",
        "type": "enterprise",
        "locality": "dong-trieu",
        "title": ("Công ty TNHH Gốm Thanh Lam", "Thanh Lam Ceramics"),
        "slug_en": "thanh-lam-ceramics",
        "slug_vi": "cong-ty-tnhh-gom-thanh-lam",
        "intro": (
            "Xưởng gốm ở Đông Triều nối tiếp truyền thống gốm hàng trăm năm của vùng đất này.",
            "A pottery in Dong Trieu carrying on the area's centuries-old ceramic tradition.",
        ),
        "story": [
            (
                (
                    "Đất Đông Triều có những mỏ sét trắng và sét đỏ dẻo, mịn, từ lâu đã nuôi nghề gốm. Các nhà "
                    "khảo cổ đã tìm thấy ở đây dấu tích lò gốm men hoa nâu từ thời Trần."
                ),
                (
                    "Dong Trieu sits on seams of fine, plastic white and red clay that have fed potters for "
                    "centuries. Archaeologists have found the remains of kilns here that fired brown-painted "
                    "wares under the Tran dynasty."
                ),
            ),
            (
                (
                    "Bà Ngô Thanh Lam lập xưởng năm 2005, sau hơn mười năm làm thợ vẽ men cho các lò trong vùng. "
                    "Mỗi sản phẩm được vuốt trên bàn xoay, phơi khô tự nhiên, vẽ tay và nung ở nhiệt độ trên "
                    "1.200 độ C."
                ),
                (
                    "Ngo Thanh Lam opened the workshop in 2005 after more than ten years as a glaze painter for "
                    "local kilns. Every piece is thrown on the wheel, air-dried, painted by hand and fired at "
                    "over 1,200 °C."
                ),
            ),
            (
                (
                    "Công ty hiện có ba mươi thợ. Khách đến xưởng có thể xem thợ làm gốm và tự tay nặn một món đồ "
                    "nhỏ mang về."
                ),
                (
                    "Thirty potters work here today. Visitors can watch them at work and shape a small piece of "
                    "their own to take home."
                ),
            ),
        ],
        "quote": (
            "Gốm Đông Triều đẹp nhất khi người dùng nhìn thấy dấu tay của người thợ trên đó.",
            "Dong Trieu pottery is at its best when you can see the potter's hand in it.",
            "Bà Ngô Thanh Lam, giám đốc công ty",
        ),
        "representative": "Ngô Thanh Lam",
        "address": "Số 56, khu Đức Chính, phường Đông Triều, tỉnh Quảng Ninh",
        "phone": "0203 555 0108",
        "email": "gomthanhlam@example.vn",
        "website": "https://example.vn/gom-thanh-lam",
        "founded": 2005,
        "lat": 21.0768,
        "lng": 106.5193,
    },
    {
        "key": "an-sinh",
        "type": "cooperative",
        "locality": "dong-trieu",
        "title": ("Hợp tác xã Nông nghiệp An Sinh", "An Sinh Farming Cooperative"),
        "slug_en": "an-sinh-farming-cooperative",
        "slug_vi": "hop-tac-xa-nong-nghiep-an-sinh",
        "intro": (
            (
                "Hợp tác xã trồng lúa nếp cái hoa vàng trên cánh đồng ven sông Kinh Thầy và nấu rượu từ chính hạt "
                "nếp ấy."
            ),
            (
                "A cooperative that grows yellow-flower glutinous rice by the Kinh Thay river and distils spirit "
                "from the same grain."
            ),
        ),
        "story": [
            (
                (
                    "Nếp cái hoa vàng là giống lúa cổ, hạt tròn, mẩy, khi đồ xôi dẻo và thơm. Người Đông Triều "
                    "vẫn nói nếp ngon nhất là nếp trồng trên đất bãi ven sông, được bồi phù sa mỗi mùa lũ."
                ),
                (
                    "Yellow-flower glutinous rice is an old variety with round, plump grains that steam into "
                    "soft, fragrant sticky rice. People in Dong Trieu say the best comes from riverside fields "
                    "that are renewed with silt every flood season."
                ),
            ),
            (
                (
                    "Hợp tác xã được thành lập năm 2015 với sáu mươi hộ thành viên. Mỗi năm chỉ cấy một vụ nếp, "
                    "không dùng thuốc diệt cỏ, thu hoạch bằng tay rồi phơi thóc trên sân gạch."
                ),
                (
                    "The cooperative was set up in 2015 by sixty member families. They grow just one glutinous "
                    "crop a year, use no herbicide, harvest by hand and dry the paddy on brick yards."
                ),
            ),
            (
                "Phần nếp loại hai được nấu thành rượu theo cách truyền thống, ủ men lá rồi chưng cất bằng nồi đồng.",
                (
                    "The second-grade grain is turned into spirit the traditional way: fermented with a herbal "
                    "leaf starter and distilled in copper pots."
                ),
            ),
        ],
        "quote": (
            "Hạt nếp phải ăn đủ nắng, đủ phù sa thì mới thơm.",
            "Glutinous rice needs its fill of sun and silt before it smells right.",
            "Ông Hoàng Văn Sơn, giám đốc hợp tác xã",
        ),
        "representative": "Hoàng Văn Sơn",
        "address": "Thôn Trại Lốc, phường An Sinh, tỉnh Quảng Ninh",
        "phone": "0203 555 0109",
        "email": "nepcaiansinh@example.vn",
        "website": "",
        "founded": 2015,
        "lat": 21.1285,
        "lng": 106.5612,
    },
    {
        "key": "ben-rong",
        "type": "enterprise",
        "locality": "van-don",
        "title": ("Công ty Cổ phần Thủy sản Bến Rồng", "Ben Rong Seafood Company"),
        "slug_en": "ben-rong-seafood-company",
        "slug_vi": "cong-ty-co-phan-thuy-san-ben-rong",
        "intro": (
            "Doanh nghiệp ở Vân Đồn làm nước mắm Cái Rồng theo lối ủ chượp truyền thống và chế biến sá sùng khô.",
            (
                "A Van Don company making Cai Rong fish sauce by slow traditional fermentation and preparing "
                "dried peanut worms."
            ),
        ),
        "story": [
            (
                (
                    "Cái Rồng là cảng cá lâu đời nhất của Vân Đồn, và nước mắm của vùng này từng theo thuyền buôn "
                    "đi khắp các tỉnh ven biển miền Bắc. Gia đình bà Phạm Thị Ngọc Lan đã làm mắm ở đây qua ba "
                    "thế hệ."
                ),
                (
                    "Cai Rong is Van Don's oldest fishing port, and its fish sauce once travelled by trading junk "
                    "to every coastal province in the north. Pham Thi Ngoc Lan's family has made fish sauce here "
                    "for three generations."
                ),
            ),
            (
                (
                    "Cá cơm tươi được trộn muối ngay trên tàu, đưa về ủ trong thùng gỗ từ mười hai đến mười tám "
                    "tháng. Nước mắm cốt được rút từ từ, không pha thêm nước, không dùng chất bảo quản."
                ),
                (
                    "Fresh anchovies are salted right on the boat and fermented in wooden vats for twelve to "
                    "eighteen months. The first-press sauce is drawn off slowly, with no added water and no "
                    "preservatives."
                ),
            ),
            (
                (
                    "Từ năm 2009, công ty mở rộng sang chế biến sá sùng, đặc sản quý của bãi cát Quan Lạn và Minh "
                    "Châu, và xây nhà xưởng đạt tiêu chuẩn HACCP."
                ),
                (
                    "In 2009 the company moved into preparing peanut worms, the prized speciality of the Quan Lan "
                    "and Minh Chau sandbanks, and built a HACCP-certified plant."
                ),
            ),
        ],
        "quote": (
            "Nước mắm ngon không vội được. Chượp phải nằm đủ ngày trong thùng.",
            "You cannot hurry good fish sauce. The fish must lie in the vat for as long as it takes.",
            "Bà Phạm Thị Ngọc Lan, tổng giám đốc",
        ),
        "representative": "Phạm Thị Ngọc Lan",
        "address": "Số 8, khu 6, đặc khu Vân Đồn, tỉnh Quảng Ninh",
        "phone": "0203 555 0110",
        "email": "benrong@example.vn",
        "website": "https://example.vn/ben-rong",
        "founded": 2009,
        "lat": 21.0652,
        "lng": 107.4248,
    },
    {
        "key": "ban-sen",
        "type": "cooperative_group",
        "locality": "van-don",
        "title": ("Tổ hợp tác Nuôi hàu Bản Sen", "Ban Sen Oyster Farmers' Group"),
        "slug_en": "ban-sen-oyster-farmers-group",
        "slug_vi": "to-hop-tac-nuoi-hau-ban-sen",
        "intro": (
            "Nhóm hộ nuôi hàu trên giàn bè giữa các đảo đá của Vân Đồn, nơi nước biển trong và giàu phù du.",
            (
                "Families who raise oysters on rafts among the limestone islands of Van Don, where the water is "
                "clear and rich in plankton."
            ),
        ),
        "story": [
            (
                (
                    "Vùng biển quanh đảo Bản Sen kín gió, nước trong, độ mặn ổn định, rất hợp với con hàu Thái "
                    "Bình Dương. Từ năm 2017, chín hộ nuôi hàu trong thôn góp sức lập tổ hợp tác."
                ),
                (
                    "The sea around Ban Sen island is sheltered, clear and steady in salinity, ideal for Pacific "
                    "oysters. In 2017 nine oyster-farming families in the village joined forces as a cooperative "
                    "group."
                ),
            ),
            (
                (
                    "Hàu giống được treo trên dây dưới giàn bè tre, nuôi từ mười hai đến mười lăm tháng. Các "
                    "thành viên thay phiên nhau kiểm tra giàn, cạo hà và theo dõi nước sau mỗi đợt mưa lớn."
                ),
                (
                    "Young oysters hang on ropes beneath bamboo rafts for twelve to fifteen months. Members take "
                    "turns checking the rafts, scraping off barnacles and testing the water after heavy rain."
                ),
            ),
            (
                "Ngoài hàu tươi giao cho nhà hàng ở Vân Đồn và Hạ Long, tổ còn làm chả hàu để khách mang đi xa.",
                (
                    "Besides fresh oysters for restaurants in Van Don and Ha Long, the group makes oyster cakes "
                    "that travel well."
                ),
            ),
        ],
        "quote": (
            "Nước sạch thì hàu mới béo. Giữ biển sạch là giữ nồi cơm của cả thôn.",
            "Clean water makes fat oysters. Keeping the sea clean keeps the whole village fed.",
            "Ông Bùi Văn Thắng, tổ trưởng tổ hợp tác",
        ),
        "representative": "Bùi Văn Thắng",
        "address": "Thôn Nam Hải, đặc khu Vân Đồn, tỉnh Quảng Ninh",
        "phone": "0203 555 0111",
        "email": "haubansen@example.vn",
        "website": "",
        "founded": 2017,
        "lat": 21.0258,
        "lng": 107.3815,
    },
    {
        "key": "hai-dang",
        "type": "household",
        "locality": "co-to",
        "title": ("Hộ kinh doanh Hải Đăng Cô Tô", "Hai Dang Family, Co To"),
        "slug_en": "hai-dang-family-co-to",
        "slug_vi": "ho-kinh-doanh-hai-dang-co-to",
        "intro": (
            "Một gia đình ngư dân trên đảo Cô Tô phơi mực khô và đón khách đến ở cùng, đi biển cùng.",
            "A fishing family on Co To island who dry squid and welcome guests to stay with them and go to sea.",
        ),
        "story": [
            (
                (
                    "Ông Lương Văn Hải ra đảo Cô Tô từ năm mười bảy tuổi theo tàu câu mực. Nay ông có hai con tàu "
                    "nhỏ, chuyên câu mực ống bằng đèn ở vùng biển quanh đảo."
                ),
                (
                    "Luong Van Hai came out to Co To at seventeen as a deckhand on a squid boat. Today he owns "
                    "two small boats that jig for squid by lamplight in the waters around the island."
                ),
            ),
            (
                (
                    "Mực câu về được mổ, rửa bằng nước biển sạch rồi phơi trên giàn tre dưới nắng gió đảo. Vợ "
                    "ông, bà Trần Thị Gấm, trông coi giàn phơi và chọn từng con đạt chuẩn để đóng gói."
                ),
                (
                    "The catch is split, rinsed in clean seawater and dried on bamboo racks in the island sun and "
                    "wind. His wife, Tran Thi Gam, runs the drying racks and picks out every squid good enough to "
                    "pack."
                ),
            ),
            (
                (
                    "Từ năm 2018, gia đình sửa lại nhà để đón khách du lịch. Khách được ra khơi câu mực đêm, xem "
                    "phơi mực và ăn cơm cùng gia đình."
                ),
                (
                    "Since 2018 the family has opened their home to visitors, who can join a night squid-jigging "
                    "trip, watch the drying and eat with the family."
                ),
            ),
        ],
        "quote": (
            "Mực Cô Tô ngọt vì biển ở đây sạch và nắng ở đây trong.",
            "Co To squid is sweet because the sea here is clean and the sunlight is clear.",
            "Ông Lương Văn Hải, chủ hộ kinh doanh",
        ),
        "representative": "Lương Văn Hải",
        "address": "Thôn Hải Tiến, đặc khu Cô Tô, tỉnh Quảng Ninh",
        "phone": "0203 555 0112",
        "email": "haidangcoto@example.vn",
        "website": "",
        "founded": 2013,
        "lat": 20.9763,
        "lng": 107.7648,
    },
    {
        "key": "dong-ngu",
        "type": "cooperative",
        "locality": "tien-yen",
        "title": ("Hợp tác xã Gà đồi Đông Ngũ", "Dong Ngu Hill Chicken Cooperative"),
        "slug_en": "dong-ngu-hill-chicken-cooperative",
        "slug_vi": "hop-tac-xa-ga-doi-dong-ngu",
        "intro": (
            "Hợp tác xã nuôi gà đồi thả vườn trên những quả đồi keo, đồi sim của Tiên Yên.",
            "A cooperative raising free-range chickens on the acacia and rose-myrtle hills of Tien Yen.",
        ),
        "story": [
            (
                (
                    "Gà đồi Tiên Yên là giống gà ta lông vàng, chân nhỏ, được thả tự do trên đồi, tự kiếm sâu, "
                    "kiếm cỏ và chỉ ăn thêm thóc, ngô. Thịt gà săn, da giòn, vàng óng."
                ),
                (
                    "Tien Yen hill chickens are a small-legged, yellow-feathered local breed that roam the "
                    "hillsides foraging for insects and greens, with only rice and maize added. The meat is firm "
                    "and the skin crisp and golden."
                ),
            ),
            (
                (
                    "Hợp tác xã ra đời năm 2016 với hai mươi hộ người Kinh, người Dao và người Sán Dìu ở xã Đông "
                    "Ngũ. Mỗi đàn gà được nuôi ít nhất năm tháng, ghi chép nhật ký chăn nuôi và tiêm phòng đầy "
                    "đủ."
                ),
                (
                    "The cooperative began in 2016 with twenty Kinh, Dao and San Diu households in Dong Ngu. "
                    "Every flock is raised for at least five months, with a farm logbook and full vaccinations."
                ),
            ),
            (
                (
                    "Gà được giết mổ tại cơ sở đạt chuẩn của hợp tác xã, đóng túi và dán tem truy xuất trước khi "
                    "xuống chợ hoặc đi Hạ Long."
                ),
                (
                    "The birds are slaughtered at the cooperative's licensed facility, bagged and stamped for "
                    "traceability before they go to market or down to Ha Long."
                ),
            ),
        ],
        "quote": (
            "Gà phải chạy đồi đủ năm tháng thì thịt mới ngọt.",
            "A chicken has to run the hills for five months before its meat turns sweet.",
            "Ông Lý Văn Sáng, giám đốc hợp tác xã",
        ),
        "representative": "Lý Văn Sáng",
        "address": "Thôn Đồng Mạ, xã Đông Ngũ, tỉnh Quảng Ninh",
        "phone": "0203 555 0113",
        "email": "gadoidongngu@example.vn",
        "website": "",
        "founded": 2016,
        "lat": 21.3018,
        "lng": 107.4535,
    },
    {
        "key": "quang-tan",
        "type": "cooperative",
        "locality": "dam-ha",
        "title": ("Hợp tác xã Chè và Mật ong Quảng Tân", "Quang Tan Tea and Honey Cooperative"),
        "slug_en": "quang-tan-tea-and-honey-cooperative",
        "slug_vi": "hop-tac-xa-che-va-mat-ong-quang-tan",
        "intro": (
            "Hợp tác xã vùng đồi Đầm Hà vừa trồng chè vừa nuôi ong lấy mật từ hoa rừng.",
            "A hill cooperative in Dam Ha that grows tea and keeps bees on wild forest flowers.",
        ),
        "story": [
            (
                (
                    "Xã Quảng Tân nằm ở vùng đồi thấp phía bắc Đầm Hà, sương sớm quanh năm. Người Sán Chỉ ở đây "
                    "trồng chè từ lâu, mỗi nhà vài sào quanh vườn."
                ),
                (
                    "Quang Tan lies in the low hills of northern Dam Ha, misty on most mornings of the year. The "
                    "San Chi people here have long grown tea, a few plots around each house."
                ),
            ),
            (
                (
                    "Năm 2018, bà Nịnh Thị Thu vận động hai mươi lăm hộ vào hợp tác xã để cùng sao chè bằng chảo "
                    "gang và đưa đàn ong lên rừng vào mùa hoa chân chim, hoa bạc hà."
                ),
                (
                    "In 2018 Ninh Thi Thu persuaded twenty-five families to join a cooperative so they could "
                    "roast tea together in cast-iron pans and move their hives into the forest when the "
                    "schefflera and wild mint flower."
                ),
            ),
            (
                (
                    "Mật được quay khi đã đủ già, lọc bằng vải mịn, không đun nấu, không pha đường. Chè được hái "
                    "một tôm hai lá và sao ngay trong ngày."
                ),
                (
                    "The honey is only spun once it has fully ripened, then strained through fine cloth, never "
                    "heated and never mixed with sugar. The tea is picked as a bud and two leaves and roasted the "
                    "same day."
                ),
            ),
        ],
        "quote": (
            "Ong chỉ ở lại nơi rừng còn xanh, nên chúng tôi giữ rừng như giữ nhà.",
            "Bees stay only where the forest stays green, so we look after the forest as we look after our homes.",
            "Bà Nịnh Thị Thu, giám đốc hợp tác xã",
        ),
        "representative": "Nịnh Thị Thu",
        "address": "Thôn Mã Cháng, xã Quảng Tân, tỉnh Quảng Ninh",
        "phone": "0203 555 0114",
        "email": "chemaongquangtan@example.vn",
        "website": "",
        "founded": 2018,
        "lat": 21.3782,
        "lng": 107.5598,
    },
    {
        "key": "son-hai",
        "type": "enterprise",
        "locality": "hai-ha",
        "title": ("Công ty TNHH Trà Sơn Hải", "Son Hai Tea Company"),
        "slug_en": "son-hai-tea-company",
        "slug_vi": "cong-ty-tnhh-tra-son-hai",
        "intro": (
            "Doanh nghiệp chế biến chè xanh từ những đồi chè lâu năm ở Hải Hà.",
            "A tea company processing green tea from the long-established tea hills of Hai Ha.",
        ),
        "story": [
            (
                (
                    "Những đồi chè ở Hải Hà được trồng từ những năm 1960, khi vùng này mở nông trường. Gốc chè "
                    "nay đã già, lá dày, cho nước chè xanh, chát dịu và hậu ngọt."
                ),
                (
                    "The tea hills of Hai Ha were planted in the 1960s, when a state farm opened here. The bushes "
                    "are old now, with thick leaves that brew a green, gently astringent cup with a sweet finish."
                ),
            ),
            (
                (
                    "Ông Đặng Quốc Việt, con trai một công nhân nông trường, lập công ty năm 2007 và ký hợp đồng "
                    "bao tiêu với gần một trăm hộ trồng chè. Chè được diệt men, vò và sấy bằng máy, nhưng khâu "
                    "sao cuối vẫn làm bằng tay."
                ),
                (
                    "Dang Quoc Viet, the son of a state-farm worker, founded the company in 2007 and signed "
                    "purchase contracts with nearly a hundred tea-growing families. The leaf is fixed, rolled and "
                    "dried by machine, but the final roasting is still done by hand."
                ),
            ),
            (
                "Công ty hướng dẫn các hộ chăm chè theo VietGAP và mua lá tươi với giá cao hơn khi đạt chuẩn.",
                "The company trains its growers in VietGAP practice and pays more for leaf that meets the standard.",
            ),
        ],
        "quote": (
            "Chè Hải Hà là chè của gió biển và sương núi.",
            "Hai Ha tea grows between the sea wind and the mountain mist.",
            "Ông Đặng Quốc Việt, giám đốc công ty",
        ),
        "representative": "Đặng Quốc Việt",
        "address": "Thôn 5, xã Quảng Hà, tỉnh Quảng Ninh",
        "phone": "0203 555 0115",
        "email": "trasonhai@example.vn",
        "website": "https://example.vn/tra-son-hai",
        "founded": 2007,
        "lat": 21.4622,
        "lng": 107.7385,
    },
    {
        "key": "hoanh-mo",
        "type": "cooperative",
        "locality": "binh-lieu",
        "title": ("Hợp tác xã Miến dong Hoành Mô", "Hoanh Mo Arrowroot Noodle Cooperative"),
        "slug_en": "hoanh-mo-arrowroot-noodle-cooperative",
        "slug_vi": "hop-tac-xa-mien-dong-hoanh-mo",
        "intro": (
            "Hợp tác xã vùng biên Bình Liêu làm miến dong sợi nhỏ, dai từ củ dong riềng trồng trên nương.",
            (
                "A cooperative on the Binh Lieu border making fine, chewy noodles from arrowroot grown on the "
                "hill fields."
            ),
        ),
        "story": [
            (
                (
                    "Củ dong riềng được người Tày, người Dao ở Bình Liêu trồng trên nương từ lâu. Vào tháng mười "
                    "một, tháng chạp, khi củ đã già, cả bản cùng thu hoạch, mài củ lấy tinh bột."
                ),
                (
                    "The Tay and Dao people of Binh Lieu have long grown arrowroot on their hill fields. In "
                    "November and December, once the tubers are mature, whole villages turn out to dig them and "
                    "grate them for starch."
                ),
            ),
            (
                (
                    "Năm 2012, ông Vi Văn Lường cùng mười tám hộ lập hợp tác xã, xây xưởng lọc bột và tráng miến. "
                    "Bánh miến được tráng, hấp chín, phơi trên giàn rồi cắt sợi và phơi lại dưới nắng hanh của "
                    "mùa đông vùng núi."
                ),
                (
                    "In 2012 Vi Van Luong and eighteen families founded the cooperative and built a shed for "
                    "washing starch and making noodle sheets. The sheets are steamed, dried on racks, cut into "
                    "strands and dried again in the crisp winter sun of the mountains."
                ),
            ),
            (
                "Miến không dùng hàn the hay chất tẩy trắng, nên sợi có màu nâu trong tự nhiên của bột dong.",
                "No borax or bleach is used, so the noodles keep the natural clear brown of arrowroot starch.",
            ),
        ],
        "quote": (
            "Sợi miến nấu lâu không nát, ấy là nhờ củ dong trên nương Bình Liêu.",
            "Our noodles hold together however long they cook, thanks to the arrowroot of the Binh Lieu hills.",
            "Ông Vi Văn Lường, giám đốc hợp tác xã",
        ),
        "representative": "Vi Văn Lường",
        "address": "Thôn Đông Thắng, xã Hoành Mô, tỉnh Quảng Ninh",
        "phone": "0203 555 0116",
        "email": "miendonghoanhmo@example.vn",
        "website": "",
        "founded": 2012,
        "lat": 21.6012,
        "lng": 107.4708,
    },
    {
        "key": "luc-hon",
        "type": "cooperative_group",
        "locality": "binh-lieu",
        "title": ("Tổ hợp tác Hồi Lục Hồn", "Luc Hon Star Anise Group"),
        "slug_en": "luc-hon-star-anise-group",
        "slug_vi": "to-hop-tac-hoi-luc-hon",
        "intro": (
            "Nhóm hộ người Dao ở Lục Hồn thu hái hoa hồi, chưng cất tinh dầu hồi và ép dầu sở.",
            "Dao families in Luc Hon who harvest star anise, distil its oil and press tea-seed oil.",
        ),
        "story": [
            (
                (
                    "Rừng hồi phủ kín những sườn núi ở Lục Hồn, nhiều cây đã hơn năm mươi năm tuổi. Mỗi năm hồi "
                    "cho hai vụ: vụ chính vào tháng tám, tháng chín và vụ hồi tứ quý vào mùa xuân."
                ),
                (
                    "Star anise forest covers the slopes of Luc Hon, and many trees are over fifty years old. "
                    "They fruit twice a year: the main crop in August and September and a smaller crop in spring."
                ),
            ),
            (
                (
                    "Năm 2015, mười một hộ người Dao Thanh Phán lập tổ hợp tác để cùng đầu tư lò sấy và nồi chưng "
                    "cất. Hoa hồi được sấy nhẹ cho giữ màu nâu đỏ, phần quả nhỏ hoặc vỡ được chưng cất lấy tinh "
                    "dầu."
                ),
                (
                    "In 2015 eleven Dao Thanh Phan families formed the group so they could invest together in a "
                    "drier and a still. The best pods are dried gently to keep their red-brown colour; small or "
                    "broken ones go into the still for oil."
                ),
            ),
            (
                "Ngoài hồi, tổ còn ép dầu từ hạt cây sở, loại dầu người Dao dùng để nấu ăn và chăm tóc từ bao đời.",
                (
                    "The group also presses oil from the seeds of the so tree, a camellia that Dao households "
                    "have used for cooking and hair care for generations."
                ),
            ),
        ],
        "quote": (
            "Cây hồi nuôi người Bình Liêu, người Bình Liêu phải giữ rừng hồi.",
            "Star anise has fed the people of Binh Lieu, so the people of Binh Lieu must keep the forest.",
            "Bà Chìu Thị Mai, tổ trưởng tổ hợp tác",
        ),
        "representative": "Chìu Thị Mai",
        "address": "Bản Khe Tiền, xã Lục Hồn, tỉnh Quảng Ninh",
        "phone": "0203 555 0117",
        "email": "hoiluchon@example.vn",
        "website": "",
        "founded": 2015,
        "lat": 21.5487,
        "lng": 107.3512,
    },
    {
        "key": "ngan-vang",
        "type": "cooperative_group",
        "locality": "binh-lieu",
        "title": ("Tổ hợp tác Thêu thổ cẩm Dao Thanh Phán Ngàn Vàng", "Ngan Vang Dao Embroidery Group"),
        "slug_en": "ngan-vang-dao-embroidery-group",
        "slug_vi": "to-hop-tac-theu-tho-cam-dao-thanh-phan-ngan-vang",
        "intro": (
            "Phụ nữ Dao Thanh Phán ở Bình Liêu thêu trang phục, túi thổ cẩm và đón khách đến học thêu.",
            (
                "Dao Thanh Phan women in Binh Lieu who embroider clothing and bags and welcome visitors to learn "
                "the craft."
            ),
        ),
        "story": [
            (
                (
                    "Bộ trang phục của phụ nữ Dao Thanh Phán có thể mất cả năm để thêu xong, với những họa tiết "
                    "cây thông, con chó, ngôi sao được truyền từ mẹ sang con gái."
                ),
                (
                    "A Dao Thanh Phan woman's costume can take a whole year to embroider, with pine-tree, dog and "
                    "star patterns handed down from mother to daughter."
                ),
            ),
            (
                (
                    "Năm 2019, chị Lý Thị Dín cùng mười bốn chị em trong bản lập tổ hợp tác để giữ nghề và bán "
                    "sản phẩm cho du khách. Các chị thêu bằng chỉ màu trên vải chàm, hoàn toàn bằng tay, không "
                    "dùng hình in sẵn."
                ),
                (
                    "In 2019 Ly Thi Din and fourteen other women from the village formed the group to keep the "
                    "craft alive and sell their work to visitors. They stitch coloured thread onto indigo cloth "
                    "entirely by hand, with no printed patterns to follow."
                ),
            ),
            (
                "Tổ còn nhận khách về bản ở nhà trình tường, học thêu, nấu cơm lam và dự những buổi hát páo dung.",
                (
                    "The group also hosts visitors in the village's rammed-earth houses, where they learn to "
                    "embroider, cook rice in bamboo and listen to pao dung folk singing."
                ),
            ),
        ],
        "quote": (
            "Mỗi đường kim là một lời mẹ dặn con gái.",
            "Every stitch is something a mother tells her daughter.",
            "Chị Lý Thị Dín, tổ trưởng tổ hợp tác",
        ),
        "representative": "Lý Thị Dín",
        "address": "Bản Ngàn Vàng, xã Bình Liêu, tỉnh Quảng Ninh",
        "phone": "0203 555 0118",
        "email": "thocamnganvang@example.vn",
        "website": "",
        "founded": 2019,
        "lat": 21.5248,
        "lng": 107.3952,
    },
    {
        "key": "ba-che-xanh",
        "type": "enterprise",
        "locality": "ba-che",
        "title": ("Công ty Cổ phần Dược liệu Ba Chẽ Xanh", "Ba Che Green Herbs Company"),
        "slug_en": "ba-che-green-herbs-company",
        "slug_vi": "cong-ty-co-phan-duoc-lieu-ba-che-xanh",
        "intro": (
            "Doanh nghiệp trồng và chế biến trà hoa vàng, ba kích dưới tán rừng Ba Chẽ.",
            "A company that grows and processes golden camellia and morinda under the forest canopy of Ba Che.",
        ),
        "story": [
            (
                (
                    "Cây trà hoa vàng mọc tự nhiên dưới tán rừng ẩm ở Ba Chẽ, hoa nở vào mùa đông, cánh dày và "
                    "vàng óng như sáp ong. Trước đây người dân chỉ hái hoa rừng về pha nước uống trong nhà."
                ),
                (
                    "Golden camellia grows wild in the damp forest understorey of Ba Che. It flowers in winter, "
                    "with thick petals the colour of beeswax. Local people used to pick the wild flowers only to "
                    "brew at home."
                ),
            ),
            (
                (
                    "Năm 2014, bà Trịnh Thị Phương, kỹ sư lâm nghiệp, lập công ty để nhân giống trà hoa vàng và "
                    "trồng dưới tán rừng cùng các hộ dân. Hoa được hái khi vừa nở, sấy lạnh để giữ màu và hương."
                ),
                (
                    "In 2014 Trinh Thi Phuong, a forestry engineer, founded the company to propagate golden "
                    "camellia and plant it under the forest canopy with local families. The flowers are picked as "
                    "they open and cold-dried to keep their colour and scent."
                ),
            ),
            (
                (
                    "Công ty hiện liên kết với hơn một trăm hộ, chủ yếu là người Dao và người Tày, trên tổng diện "
                    "tích gần bảy mươi héc-ta, và mở vườn trà cho khách tham quan vào mùa hoa."
                ),
                (
                    "The company now works with more than a hundred households, most of them Dao and Tay, on "
                    "close to seventy hectares, and opens its gardens to visitors in the flowering season."
                ),
            ),
        ],
        "quote": (
            "Trồng trà hoa vàng là giữ rừng, vì cây chỉ sống được dưới bóng rừng.",
            "Growing golden camellia means keeping the forest, because the plant only thrives in its shade.",
            "Bà Trịnh Thị Phương, giám đốc công ty",
        ),
        "representative": "Trịnh Thị Phương",
        "address": "Khu 3, xã Ba Chẽ, tỉnh Quảng Ninh",
        "phone": "0203 555 0119",
        "email": "bachexanh@example.vn",
        "website": "https://example.vn/ba-che-xanh",
        "founded": 2014,
        "lat": 21.2712,
        "lng": 107.2855,
    },
    {
        "key": "khe-ham",
        "type": "cooperative",
        "locality": "ba-che",
        "title": ("Hợp tác xã Ba kích Khe Hăm", "Khe Ham Morinda Cooperative"),
        "slug_en": "khe-ham-morinda-cooperative",
        "slug_vi": "hop-tac-xa-ba-kich-khe-ham",
        "intro": (
            "Hợp tác xã của người Dao ở Ba Chẽ trồng ba kích tím trên đồi và làm các sản phẩm từ củ ba kích.",
            (
                "A Dao cooperative in Ba Che that grows purple morinda on the hillsides and makes products from "
                "its roots."
            ),
        ),
        "story": [
            (
                (
                    "Ba kích là dây leo mọc dưới tán rừng, rễ củ phải ba đến năm năm mới đủ tuổi thu hoạch. Ba "
                    "kích tím Ba Chẽ có thịt dày, màu tím đậm, được các thầy thuốc đông y tìm mua."
                ),
                (
                    "Morinda is a forest vine whose roots need three to five years in the ground before they can "
                    "be harvested. The purple morinda of Ba Che has thick, deep-purple flesh and is sought after "
                    "by traditional medicine practitioners."
                ),
            ),
            (
                (
                    "Năm 2013, ông Triệu Văn Pham cùng các hộ người Dao lập hợp tác xã để trồng ba kích từ giống "
                    "gốc của địa phương thay vì khai thác cạn kiệt trong rừng. Rễ được rửa, rút lõi và phơi hoặc "
                    "sấy ngay tại bản."
                ),
                (
                    "In 2013 Trieu Van Pham and his Dao neighbours founded the cooperative to cultivate morinda "
                    "from local stock instead of stripping it from the wild. The roots are washed, cored and "
                    "dried right in the village."
                ),
            ),
            (
                "Ngoài ba kích khô, hợp tác xã ngâm rượu, ngâm mật ong và gói lá tắm theo bài thuốc của người Dao.",
                (
                    "Besides dried roots, the cooperative makes morinda spirit and morinda in honey, and packs "
                    "herbal bath leaves from a Dao family recipe."
                ),
            ),
        ],
        "quote": (
            "Ba kích tốt phải đủ năm, người trồng không được nóng vội.",
            "Good morinda needs its years. A grower cannot be in a hurry.",
            "Ông Triệu Văn Pham, giám đốc hợp tác xã",
        ),
        "representative": "Triệu Văn Pham",
        "address": "Thôn Khe Hăm, xã Lương Minh, tỉnh Quảng Ninh",
        "phone": "0203 555 0120",
        "email": "bakichkheham@example.vn",
        "website": "",
        "founded": 2013,
        "lat": 21.2105,
        "lng": 107.2308,
    },
]

PRODUCTS = [
    {
        "key": "cha-muc-ha-long",
        "producer": "hoa-phuong",
        "group": "thuc-pham-che-bien",
        "locality": "ha-long",
        "title": ("Chả mực Hạ Long giã tay", "Hand-pounded Ha Long squid cakes"),
        "abroad_restriction": "frozen",
        "slug_vi": "cha-muc-ha-long-gia-tay",
        "slug_en": "hand-pounded-ha-long-squid-cakes",
        "intro": (
            "Chả mực giã bằng cối đá từ mực tươi vịnh Hạ Long, miếng chả dai giòn, thơm mùi mực và hạt tiêu.",
            (
                "Squid cakes pounded in a stone mortar from fresh Ha Long Bay squid: springy, crunchy and "
                "fragrant with pepper."
            ),
        ),
        "description": [
            (
                (
                    "Mực tươi được lột da, bỏ nội tạng rồi giã thủ công cho đến khi quánh lại, sau đó nêm nước "
                    "mắm, hạt tiêu và một chút mỡ lợn. Vì không pha bột, miếng chả khi rán lên phồng vàng, cắn "
                    "vào thấy những hạt mực giòn sần sật."
                ),
                (
                    "Fresh squid is skinned, cleaned and pounded by hand until it binds, then seasoned with fish "
                    "sauce, black pepper and a little pork fat. With no flour in the mix, the cakes puff up "
                    "golden in the pan and you can feel the crunchy morsels of squid as you bite."
                ),
            ),
            (
                (
                    "Chả được nặn thành từng miếng tròn dẹt, hút chân không và cấp đông ngay. Khi dùng chỉ cần rã "
                    "đông rồi rán vàng hai mặt, ăn với xôi trắng, bánh cuốn hoặc làm món nhắm."
                ),
                (
                    "The cakes are shaped into flat rounds, vacuum-packed and frozen straight away. Thaw them, "
                    "fry until golden on both sides and serve with sticky rice, rice rolls or as a snack with "
                    "drinks."
                ),
            ),
        ],
        "packaging": ("Khay hút chân không, hộp giấy", "Vacuum-sealed tray in a paper box"),
        "ingredients": (
            "Mực tươi 92%, mỡ lợn, nước mắm, hạt tiêu",
            "Fresh squid 92%, pork fat, fish sauce, black pepper",
        ),
        "shelf_life": ("6 tháng ở −18 °C", "6 months at −18 °C"),
        "storage": (
            "Bảo quản đông lạnh, rã đông trong ngăn mát trước khi chế biến",
            "Keep frozen; thaw in the fridge before cooking",
        ),
        "other_certifications": ["HACCP"],
        "where_to_buy": [
            "Chợ Hạ Long I",
            "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh",
            "Bưu điện tỉnh Quảng Ninh – postmart.vn",
        ],
        "variants": [
            ("pack", "500 g", 210000, 60, 600),
            ("pack", "1 kg", 400000, 25, 1100),
        ],
        "stars": 5,
        "score": 92,
        "issued": "2024-09-20",
        "expired": False,
    },
    {
        "key": "cha-muc-vien-chien",
        "producer": "hoa-phuong",
        "group": "thuc-pham-che-bien",
        "locality": "ha-long",
        "title": ("Chả mực viên chiên sẵn", "Ready-fried squid balls"),
        "abroad_restriction": "frozen",
        "slug_vi": "cha-muc-vien-chien-san",
        "slug_en": "ready-fried-squid-balls",
        "intro": (
            "Những viên chả mực nhỏ đã rán sẵn, chỉ cần hâm nóng là có món ăn vặt hoặc món lẩu.",
            "Bite-sized squid balls, fried and ready: just warm them through for a snack or drop them into a hotpot.",
        ),
        "description": [
            (
                (
                    "Viên chả được làm từ cùng mẻ mực giã tay như chả mực miếng, vo tròn cỡ đầu ngón cái rồi rán "
                    "qua dầu sôi cho se mặt. Cách làm này giúp chả giữ được độ giòn khi cấp đông."
                ),
                (
                    "The balls come from the same hand-pounded squid as the workshop's cakes, rolled to the size "
                    "of a thumb tip and flash-fried to seal them. That keeps them crisp through freezing."
                ),
            ),
            (
                (
                    "Có thể chiên lại, nướng bằng nồi chiên không dầu hoặc thả vào nồi lẩu hải sản. Trẻ em rất "
                    "thích món này."
                ),
                "Re-fry them, crisp them in an air fryer or add them to a seafood hotpot. Children love them.",
            ),
        ],
        "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
        "ingredients": (
            "Mực tươi 85%, mỡ lợn, hành khô, nước mắm, hạt tiêu",
            "Fresh squid 85%, pork fat, shallots, fish sauce, pepper",
        ),
        "shelf_life": ("4 tháng ở −18 °C", "4 months at −18 °C"),
        "storage": ("Bảo quản đông lạnh", "Keep frozen"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Hạ Long I", "Siêu thị Hạ Long Xanh, phường Bãi Cháy"],
        "variants": [
            ("bag", "300 g", 95000, 80, 350),
        ],
        "stars": 4,
        "score": 76,
        "issued": "2025-03-12",
        "expired": False,
    },
    {
        "key": "tranh-than-da-vinh-ha-long",
        "producer": "than-ngoc",
        "group": "my-nghe",
        "locality": "ha-long",
        "title": ("Tranh than đá vịnh Hạ Long", "Ha Long Bay coal painting"),
        "slug_vi": "tranh-than-da-vinh-ha-long",
        "slug_en": "ha-long-bay-coal-painting",
        "intro": (
            "Bức tranh khắc trên tấm than antraxit, tái hiện những hòn đảo đá vôi và cánh buồm nâu trên vịnh.",
            "A picture carved into a slab of anthracite showing the limestone islands and brown sails of the bay.",
        ),
        "description": [
            (
                (
                    "Tấm than được cắt từ khối than nguyên, mài phẳng rồi khắc họa cảnh vịnh bằng mũi khắc thép. "
                    "Những vùng sáng được đánh bóng đến mức phản chiếu ánh đèn, những vùng tối để nhám, tạo cảm "
                    "giác sương mù trên mặt nước."
                ),
                (
                    "Each slab is sawn from a single block of coal, ground flat and engraved with steel points. "
                    "The light areas are polished until they catch the lamplight, the dark ones left rough, so "
                    "the water seems veiled in mist."
                ),
            ),
            (
                (
                    "Tranh được phủ lớp sơn bảo vệ chống bám bụi và đặt trong khung gỗ. Mỗi bức đều là bản làm "
                    "tay duy nhất và có chữ ký của người thợ ở mặt sau."
                ),
                (
                    "A protective coat keeps off dust, and the picture is set in a wooden frame. Each one is "
                    "hand-made and unique, signed on the back by the carver."
                ),
            ),
        ],
        "packaging": ("Hộp gỗ lót xốp", "Foam-lined wooden case"),
        "ingredients": (
            "Than antraxit Quảng Ninh, khung gỗ, sơn phủ bảo vệ",
            "Quang Ninh anthracite, wooden frame, protective coating",
        ),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": (
            "Để nơi khô ráo, lau bằng khăn mềm, tránh va đập",
            "Keep dry, dust with a soft cloth and avoid knocks",
        ),
        "other_certifications": [],
        "where_to_buy": ["Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh", "Cửa hàng lưu niệm Bãi Cháy"],
        "variants": [
            ("piece", "30 × 40 cm", 850000, 12, 2500),
            ("piece", "40 × 60 cm", 1650000, 6, 4200),
        ],
        "stars": 4,
        "score": 74,
        "issued": "2024-06-05",
        "expired": False,
    },
    {
        "key": "tuong-than-da-linh-vat",
        "producer": "than-ngoc",
        "group": "my-nghe",
        "locality": "ha-long",
        "title": ("Tượng than đá linh vật", "Carved coal animal figures"),
        "slug_vi": "tuong-than-da-linh-vat",
        "slug_en": "carved-coal-animal-figures",
        "intro": (
            (
                "Những bức tượng nhỏ tạc từ khối than nguyên, hình con giáp, cá chép hay trâu vàng, dùng để bàn "
                "làm việc."
            ),
            "Small figures carved from solid coal, from zodiac animals to carp and buffalo, to sit on a desk.",
        ),
        "description": [
            (
                (
                    "Thợ chọn những khối than cứng, không nứt, tạc thô bằng đục rồi dùng giấy nhám mịn để làm nổi "
                    "từng lớp vảy, sợi lông. Mặt tượng được đánh bóng đen nhánh."
                ),
                (
                    "The carvers choose hard, crack-free lumps, rough them out with chisels and bring up each "
                    "scale and tuft with fine abrasive paper. The finished figure is polished to a deep black "
                    "shine."
                ),
            ),
            (
                (
                    "Tượng nhẹ hơn đá, không phai màu và hợp làm quà tặng đối tác, đặc biệt là những người từng "
                    "gắn bó với vùng mỏ."
                ),
                (
                    "Lighter than stone and colourfast, they make good business gifts, especially for anyone with "
                    "ties to the mining country."
                ),
            ),
        ],
        "packaging": ("Hộp giấy cứng có đế nhung", "Rigid gift box with a velvet base"),
        "ingredients": ("Than antraxit Quảng Ninh, sơn phủ bóng", "Quang Ninh anthracite, gloss coating"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Tránh rơi vỡ và ánh nắng trực tiếp", "Avoid drops and direct sunlight"),
        "other_certifications": [],
        "where_to_buy": ["Cửa hàng lưu niệm Bãi Cháy"],
        "variants": [
            ("piece", "12 cm", 450000, 20, 900),
        ],
        "stars": 3,
        "score": 58,
        "issued": "2021-06-18",
        "expired": True,
    },
    {
        "key": "tranh-than-da-cham-noi-cam-pha",
        "producer": "quang-hanh",
        "group": "my-nghe",
        "locality": "cam-pha",
        "title": ("Tranh than đá chạm nổi Cẩm Phả", "Cam Pha coal relief carving"),
        "slug_vi": "tranh-than-da-cham-noi-cam-pha",
        "slug_en": "cam-pha-coal-relief-carving",
        "intro": (
            "Tranh chạm nổi trên than đá khắc họa cảnh mỏ, cảnh làng chài và núi Bài Thơ.",
            "Relief carvings in coal showing mine yards, fishing villages and Bai Tho mountain.",
        ),
        "description": [
            (
                (
                    "Khác với tranh khắc chìm, tranh chạm nổi được đục sâu để hình người, hình thuyền nhô hẳn "
                    "khỏi mặt nền. Những người thợ mỏ về hưu thường chọn đề tài quen thuộc của đời mình: giờ tan "
                    "ca, đoàn xe goòng, bến cảng Cửa Ông."
                ),
                (
                    "Unlike engraved pictures, these reliefs are cut deep so the figures and boats stand proud of "
                    "the background. The retired miners who make them tend to choose scenes from their own lives: "
                    "the end of a shift, a train of mine carts, the port at Cua Ong."
                ),
            ),
            (
                "Mỗi bức mất từ năm đến mười ngày công. Tranh có móc treo sẵn và được gói cẩn thận để gửi đi xa.",
                (
                    "A single relief takes five to ten working days. It comes with a hanging hook and is packed "
                    "carefully for shipping."
                ),
            ),
        ],
        "packaging": ("Hộp carton nhiều lớp, chèn xốp", "Multi-layer carton with foam padding"),
        "ingredients": ("Than đá Cẩm Phả, gỗ, sơn phủ", "Cam Pha coal, wood, protective coating"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Treo nơi khô ráo, tránh ẩm", "Hang in a dry place away from damp"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Cẩm Phả", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("piece", "20 × 30 cm", 550000, 10, 1800),
            ("piece", "30 × 45 cm", 980000, 5, 3300),
        ],
        "stars": 3,
        "score": 64,
        "issued": "2024-11-22",
        "expired": False,
    },
    {
        "key": "chan-giay-than-da",
        "producer": "quang-hanh",
        "group": "my-nghe",
        "locality": "cam-pha",
        "title": ("Chặn giấy than đá khắc tên", "Engraved coal paperweights"),
        "slug_vi": "chan-giay-than-da-khac-ten",
        "slug_en": "engraved-coal-paperweights",
        "intro": (
            "Chặn giấy bằng than đá đánh bóng, khắc chữ Cẩm Phả hoặc tên riêng theo yêu cầu.",
            "Polished coal paperweights engraved with the words Cam Pha, or with a name of your choice.",
        ),
        "description": [
            (
                (
                    "Những mẩu than còn lại sau khi làm tranh được tận dụng để mài thành chặn giấy hình ngọn đèn "
                    "lò, chiếc mũ thợ mỏ hay con thuyền."
                ),
                (
                    "Offcuts from the relief carvings are ground into paperweights shaped like a miner's lamp, a "
                    "miner's helmet or a boat."
                ),
            ),
            (
                "Tổ nhận khắc tên, logo cho đoàn khách và hội nghị, thời gian làm từ ba đến năm ngày.",
                (
                    "The group engraves names or logos for tour parties and conferences, with three to five days' "
                    "lead time."
                ),
            ),
        ],
        "packaging": ("Túi vải nhỏ trong hộp giấy", "Small cloth pouch in a paper box"),
        "ingredients": ("Than đá Cẩm Phả, đế nỉ", "Cam Pha coal, felt base"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Tránh rơi vỡ", "Do not drop"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Cẩm Phả"],
        "variants": [
            ("piece", "8 cm", 90000, 120, 250),
            ("piece", "12 cm", 150000, 60, 450),
        ],
        "stars": 3,
        "score": 55,
        "issued": "2025-05-08",
        "expired": False,
    },
    {
        "key": "ruou-mo-yen-tu",
        "producer": "loc-yen-tu",
        "group": "do-uong-co-con",
        "locality": "uong-bi",
        "title": ("Rượu mơ Yên Tử", "Yen Tu apricot wine"),
        "abroad_restriction": "alcohol",
        "slug_vi": "ruou-mo-yen-tu",
        "slug_en": "yen-tu-apricot-wine",
        "intro": (
            "Rượu mơ vàng óng, chua ngọt hài hòa, ngâm từ quả mơ lông hái trên sườn núi Yên Tử.",
            (
                "A golden apricot liqueur, sweet and tart in balance, steeped from downy apricots picked on the "
                "slopes of Yen Tu."
            ),
        ),
        "description": [
            (
                (
                    "Quả mơ được hái khi vừa chín, ngâm cùng đường phèn và rượu gạo trong chum sành từ sáu đến "
                    "mười hai tháng. Rượu có độ cồn khoảng 25 độ, vị êm, thơm mùi mơ chín."
                ),
                (
                    "The apricots are picked just ripe and steeped with rock sugar and rice spirit in stoneware "
                    "jars for six to twelve months. At around 25% alcohol it is smooth and smells of ripe fruit."
                ),
            ),
            (
                (
                    "Rượu hợp làm quà Tết, dùng khai vị hoặc pha với đá và soda. Mỗi chai có tem truy xuất cho "
                    "biết mẻ ngâm và ngày đóng chai."
                ),
                (
                    "It makes a good Tet gift and works as an aperitif or over ice with soda. Each bottle carries "
                    "a traceability stamp showing the batch and bottling date."
                ),
            ),
            ("Sản phẩm chỉ bán cho người từ đủ 18 tuổi trở lên.", "Sold only to customers aged 18 and over."),
        ],
        "packaging": ("Chai thủy tinh, hộp giấy kraft", "Glass bottle in a kraft gift box"),
        "ingredients": ("Rượu gạo, quả mơ Yên Tử, đường phèn", "Rice spirit, Yen Tu apricots, rock sugar"),
        "shelf_life": ("36 tháng", "36 months"),
        "storage": ("Để nơi thoáng mát, tránh ánh nắng", "Store in a cool place out of the sun"),
        "other_certifications": ["ISO 22000"],
        "where_to_buy": ["Điểm giới thiệu sản phẩm OCOP Yên Tử", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("bottle", "500 ml", 180000, 90, 950),
            ("bottle", "750 ml", 250000, 60, 1300),
        ],
        "stars": 4,
        "score": 80,
        "issued": "2024-04-10",
        "expired": False,
    },
    {
        "key": "nuoc-cot-mo-yen-tu",
        "producer": "loc-yen-tu",
        "group": "do-uong-khong-con",
        "locality": "uong-bi",
        "title": ("Nước cốt mơ Yên Tử", "Yen Tu apricot cordial"),
        "slug_vi": "nuoc-cot-mo-yen-tu",
        "slug_en": "yen-tu-apricot-cordial",
        "intro": (
            "Siro mơ không cồn, pha với nước lạnh thành thức uống giải khát chua ngọt cho cả gia đình.",
            "An alcohol-free apricot syrup that turns into a sweet-sour summer drink for the whole family.",
        ),
        "description": [
            (
                (
                    "Mơ chín được ngâm với đường trong ba tháng cho ra phần nước cốt sánh, thơm. Không dùng hương "
                    "liệu, phẩm màu hay chất bảo quản tổng hợp."
                ),
                (
                    "Ripe apricots are macerated in sugar for three months to draw out a thick, fragrant syrup, "
                    "with no flavourings, colours or synthetic preservatives."
                ),
            ),
            (
                (
                    "Pha một phần nước cốt với bốn phần nước lọc và đá. Có thể dùng làm nước sốt cho món gà, món "
                    "vịt hoặc rưới lên sữa chua."
                ),
                (
                    "Mix one part cordial to four parts water and add ice. It also makes a glaze for chicken or "
                    "duck, or a topping for yoghurt."
                ),
            ),
        ],
        "packaging": ("Chai thủy tinh nắp vặn", "Screw-top glass bottle"),
        "ingredients": ("Quả mơ Yên Tử 55%, đường kính", "Yen Tu apricots 55%, sugar"),
        "shelf_life": ("18 tháng; sau khi mở dùng trong 2 tháng", "18 months; use within 2 months of opening"),
        "storage": (
            "Để nơi khô mát; sau khi mở bảo quản ngăn mát",
            "Store in a cool, dry place; refrigerate once opened",
        ),
        "other_certifications": [],
        "where_to_buy": ["Điểm giới thiệu sản phẩm OCOP Yên Tử"],
        "variants": [
            ("bottle", "500 ml", 85000, 120, 900),
        ],
        "stars": 3,
        "score": 63,
        "issued": "2025-07-02",
        "expired": False,
    },
    {
        "key": "vai-chin-som-phuong-nam",
        "producer": "phuong-nam",
        "group": "thuc-pham-tuoi-song",
        "locality": "uong-bi",
        "title": ("Vải chín sớm Phương Nam", "Phuong Nam early lychees"),
        "abroad_restriction": "perishable",
        "slug_vi": "vai-chin-som-phuong-nam",
        "slug_en": "phuong-nam-early-lychees",
        "intro": (
            "Vải tươi chín từ cuối tháng năm, vỏ đỏ tươi, cùi dày, ngọt thanh, trồng theo VietGAP.",
            (
                "Fresh lychees that ripen from late May, with bright red skins, thick flesh and a clean "
                "sweetness; VietGAP grown."
            ),
        ),
        "description": [
            (
                (
                    "Vải Phương Nam là giống vải chín sớm được trồng trên đất phù sa ven sông Đá Bạc. Quả hái "
                    "buổi sáng được cắt cành, loại quả dập và đóng thùng ngay tại vườn."
                ),
                (
                    "Phuong Nam lychees are an early-ripening variety grown on the silt of the Da Bac river. "
                    "Fruit picked in the morning is trimmed, sorted and boxed in the orchard itself."
                ),
            ),
            (
                (
                    "Vải chỉ có trong khoảng ba tuần mỗi năm, vì vậy đơn hàng được nhận trước và giao theo đợt "
                    "thu hoạch. Quả để ngăn mát giữ được độ tươi trong năm đến bảy ngày."
                ),
                (
                    "The season lasts only about three weeks, so orders are taken in advance and shipped as each "
                    "picking comes in. In the fridge the fruit stays fresh for five to seven days."
                ),
            ),
        ],
        "packaging": ("Thùng carton có lỗ thông hơi", "Ventilated carton"),
        "ingredients": ("Quả vải tươi", "Fresh lychees"),
        "shelf_life": ("5–7 ngày ở 4–8 °C", "5–7 days at 4–8 °C"),
        "storage": ("Bảo quản ngăn mát tủ lạnh", "Keep refrigerated"),
        "other_certifications": ["VietGAP"],
        "where_to_buy": ["Chợ Uông Bí", "Bưu điện tỉnh Quảng Ninh – postmart.vn"],
        "variants": [
            ("kg", "1 kg", 65000, 300, 1000),
            ("box", "5 kg", 300000, 80, 5300),
        ],
        "stars": 4,
        "score": 72,
        "issued": "2024-05-28",
        "expired": False,
    },
    {
        "key": "vai-say-kho",
        "producer": "phuong-nam",
        "group": "thuc-pham-che-bien",
        "locality": "uong-bi",
        "title": ("Vải sấy khô Phương Nam", "Dried Phuong Nam lychees"),
        "slug_vi": "vai-say-kho-phuong-nam",
        "slug_en": "dried-phuong-nam-lychees",
        "intro": (
            "Vải sấy nguyên quả, cùi dẻo màu nâu cánh gián, giữ vị ngọt đậm của vải chín sớm.",
            "Whole dried lychees with chewy, amber-brown flesh that keeps the rich sweetness of the early fruit.",
        ),
        "description": [
            (
                (
                    "Những quả vải đủ chín nhưng không đạt cỡ để bán tươi được sấy bằng lò than củi trong ba "
                    "ngày, đảo đều cho chín khô từ bên trong."
                ),
                (
                    "Ripe fruit that is too small to sell fresh is dried over a charcoal and wood fire for three "
                    "days, turned regularly so it dries right through."
                ),
            ),
            (
                (
                    "Vải khô dùng để ăn vặt, nấu chè long nhãn vải hoặc hầm gà. Sản phẩm không tẩm đường, không "
                    "dùng lưu huỳnh."
                ),
                (
                    "Eat them as a snack, cook them into a sweet soup or add them to a chicken stew. No sugar is "
                    "added and no sulphur is used."
                ),
            ),
        ],
        "packaging": ("Túi zip có cửa sổ", "Resealable windowed pouch"),
        "ingredients": ("Quả vải tươi", "Fresh lychees"),
        "shelf_life": ("12 tháng", "12 months"),
        "storage": ("Để nơi khô ráo, đóng kín sau khi mở", "Keep dry and reseal after opening"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Uông Bí"],
        "variants": [
            ("bag", "500 g", 120000, 150, 530),
        ],
        "stars": 3,
        "score": 61,
        "issued": "2024-10-15",
        "expired": False,
    },
    {
        "key": "mat-ong-hoa-vai",
        "producer": "phuong-nam",
        "group": "thuc-pham-che-bien",
        "locality": "uong-bi",
        "title": ("Mật ong hoa vải Phương Nam", "Phuong Nam lychee blossom honey"),
        "slug_vi": "mat-ong-hoa-vai-phuong-nam",
        "slug_en": "phuong-nam-lychee-blossom-honey",
        "intro": (
            "Mật ong từ những đàn ong nuôi trong vườn vải, màu vàng sáng, thoang thoảng mùi hoa vải.",
            "Honey from hives kept in the lychee orchards: pale gold, with a faint scent of the blossom.",
        ),
        "description": [
            (
                (
                    "Vào tháng hai, tháng ba, khi vườn vải trổ hoa, hợp tác xã đặt các thùng ong dưới tán cây. "
                    "Ong vừa lấy mật vừa giúp thụ phấn, nhờ vậy vườn đậu quả đều hơn."
                ),
                (
                    "In February and March, as the lychee trees flower, the cooperative sets hives beneath them. "
                    "The bees make honey and pollinate the trees, which set fruit more evenly as a result."
                ),
            ),
            (
                "Mật chỉ được quay khi ong đã vít nắp, lọc lạnh và đóng chai không qua gia nhiệt.",
                (
                    "The honey is spun only once the bees have capped the combs, then cold-strained and bottled "
                    "without heating."
                ),
            ),
        ],
        "packaging": ("Chai thủy tinh", "Glass bottle"),
        "ingredients": ("Mật ong hoa vải nguyên chất", "Pure lychee blossom honey"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Để nơi khô mát, không để ngăn lạnh", "Store somewhere cool and dry; do not refrigerate"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Uông Bí", "Điểm giới thiệu sản phẩm OCOP Yên Tử"],
        "variants": [
            ("bottle", "500 ml", 150000, 70, 900),
        ],
        "stars": 3,
        "score": 66,
        "issued": "2025-02-20",
        "expired": False,
    },
    {
        "key": "banh-gat-gu-mong-cai",
        "producer": "thuy-hang",
        "group": "thuc-pham-che-bien",
        "locality": "mong-cai",
        "title": ("Bánh gật gù Móng Cái", "Mong Cai layered rice rolls"),
        "abroad_restriction": "perishable",
        "slug_vi": "banh-gat-gu-mong-cai",
        "slug_en": "mong-cai-layered-rice-rolls",
        "intro": (
            "Món bánh hấp nhiều lớp mỏng như lụa, nhân thịt mộc nhĩ, ăn kèm nước chấm chua ngọt của người Móng Cái.",
            (
                "Silky steamed rice sheets layered with pork and wood-ear mushroom, eaten with Mong Cai's "
                "sweet-sour dipping sauce."
            ),
        ),
        "description": [
            (
                (
                    "Bột gạo được tráng từng lớp mỏng trên nồi hấp, lớp trước vừa chín thì rải nhân rồi tráng lớp "
                    "sau, cứ thế chồng lên bảy, tám lớp. Khi cắt, miếng bánh lộ rõ những vân nhân xen giữa."
                ),
                (
                    "Rice batter is steamed in a thin film; as soon as one layer sets, the filling goes on and "
                    "another layer is poured over, seven or eight times. Sliced, each piece shows the filling "
                    "striped between the sheets."
                ),
            ),
            (
                (
                    "Bánh được làm mỗi sáng và giao trong nội thành Móng Cái. Bản đông lạnh hấp lại mười phút là "
                    "ăn được."
                ),
                (
                    "The rolls are made fresh every morning and delivered within Mong Cai. The frozen version "
                    "just needs ten minutes in the steamer."
                ),
            ),
            (
                "Mỗi hộp kèm một chai nước chấm pha sẵn.",
                "Each box comes with a bottle of ready-made dipping sauce.",
            ),
        ],
        "packaging": ("Hộp nhựa thực phẩm có nắp", "Lidded food-grade box"),
        "ingredients": (
            "Bột gạo tẻ, thịt lợn, mộc nhĩ, hành khô, nước mắm",
            "Rice flour, pork, wood-ear mushroom, shallots, fish sauce",
        ),
        "shelf_life": ("1 ngày ở 4 °C; 1 tháng ở −18 °C", "1 day at 4 °C; 1 month at −18 °C"),
        "storage": ("Bảo quản lạnh hoặc đông lạnh", "Keep chilled or frozen"),
        "other_certifications": [],
        "where_to_buy": ["Chợ trung tâm Móng Cái"],
        "variants": [
            ("box", "700 g", 50000, 40, 700),
        ],
        "stars": 3,
        "score": 60,
        "issued": "2025-09-03",
        "expired": False,
    },
    {
        "key": "cha-ca-tra-co",
        "producer": "thuy-hang",
        "group": "thuc-pham-che-bien",
        "locality": "mong-cai",
        "title": ("Chả cá Trà Cổ", "Tra Co fish cakes"),
        "abroad_restriction": "frozen",
        "slug_vi": "cha-ca-tra-co",
        "slug_en": "tra-co-fish-cakes",
        "intro": (
            "Chả cá thu, cá mối quết tay, vàng thơm, dai mà không cứng, làm từ cá đánh bắt ở biển Trà Cổ.",
            (
                "Hand-beaten mackerel and lizardfish cakes, golden and tender-firm, made from fish landed on Tra "
                "Co beach."
            ),
        ),
        "description": [
            (
                (
                    "Cá được lọc xương, quết nhuyễn với thì là, hành lá và chút nước mắm, nặn thành miếng rồi rán "
                    "trong dầu sạch. Thịt cá biển làm chả ngọt hơn và thơm hơn cá nước ngọt."
                ),
                (
                    "The fish is filleted and beaten smooth with dill, spring onion and a dash of fish sauce, "
                    "shaped and fried in fresh oil. Sea fish gives a sweeter, more fragrant cake than river fish."
                ),
            ),
            (
                (
                    "Chả ăn ngay với cơm, với bún hoặc cắt lát nấu canh. Sản phẩm được hút chân không và cấp đông "
                    "ngay sau khi rán."
                ),
                (
                    "Serve it with rice or noodles, or slice it into a soup. It is vacuum-packed and frozen as "
                    "soon as it comes out of the pan."
                ),
            ),
        ],
        "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
        "ingredients": (
            "Cá thu, cá mối, thì là, hành lá, nước mắm, dầu thực vật",
            "Mackerel, lizardfish, dill, spring onion, fish sauce, vegetable oil",
        ),
        "shelf_life": ("3 tháng ở −18 °C", "3 months at −18 °C"),
        "storage": ("Bảo quản đông lạnh", "Keep frozen"),
        "other_certifications": ["HACCP"],
        "where_to_buy": ["Chợ trung tâm Móng Cái", "Bưu điện tỉnh Quảng Ninh – postmart.vn"],
        "variants": [
            ("pack", "500 g", 160000, 50, 560),
        ],
        "stars": 4,
        "score": 71,
        "issued": "2024-08-14",
        "expired": False,
    },
    {
        "key": "sua-quang-yen",
        "producer": "ha-an",
        "group": "thuc-pham-che-bien",
        "locality": "quang-yen",
        "title": ("Sứa Quảng Yên ăn liền", "Quang Yen ready-to-eat jellyfish"),
        "abroad_restriction": "perishable",
        "slug_vi": "sua-quang-yen-an-lien",
        "slug_en": "quang-yen-ready-to-eat-jellyfish",
        "intro": (
            "Sứa sơ chế sạch, giòn sật, chỉ cần trộn nộm hoặc ăn kèm bún là có món ngon của vùng cửa sông.",
            "Cleaned, crunchy jellyfish, ready to toss into a salad or serve with noodles, the estuary way.",
        ),
        "description": [
            (
                (
                    "Sứa được vớt ở vùng cửa sông Bạch Đằng vào mùa xuân, ngâm muối và phèn chua theo cách truyền "
                    "thống rồi rửa lại nhiều lần bằng nước sạch cho hết mùi nồng."
                ),
                (
                    "The jellyfish is netted in the Bach Dang estuary each spring, cured in salt and alum the "
                    "traditional way, and rinsed many times in clean water until no sharp smell is left."
                ),
            ),
            (
                (
                    "Sứa được cắt sợi, đóng túi kèm gói nước chấm. Món nộm sứa với xoài xanh, rau thơm, lạc rang "
                    "là món quen của người Quảng Yên mỗi dịp có khách."
                ),
                (
                    "It comes shredded, with a sachet of dressing. Jellyfish salad with green mango, herbs and "
                    "roasted peanuts is what Quang Yen families serve when guests arrive."
                ),
            ),
        ],
        "packaging": ("Túi nhựa thực phẩm kèm gói nước chấm", "Food-grade bag with a sachet of dressing"),
        "ingredients": (
            "Sứa biển, muối, nước chấm (nước mắm, đường, chanh, tỏi, ớt)",
            "Jellyfish, salt, dressing (fish sauce, sugar, lime, garlic, chilli)",
        ),
        "shelf_life": ("15 ngày ở 0–4 °C", "15 days at 0–4 °C"),
        "storage": ("Bảo quản ngăn mát", "Keep refrigerated"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Rừng, phường Quảng Yên"],
        "variants": [
            ("bag", "500 g", 60000, 100, 560),
        ],
        "stars": 3,
        "score": 62,
        "issued": "2025-04-17",
        "expired": False,
    },
    {
        "key": "ruoc-tom-quang-yen",
        "producer": "ha-an",
        "group": "thuc-pham-che-bien",
        "locality": "quang-yen",
        "title": ("Ruốc tôm Quảng Yên", "Quang Yen shrimp floss"),
        "slug_vi": "ruoc-tom-quang-yen",
        "slug_en": "quang-yen-shrimp-floss",
        "intro": (
            "Ruốc tôm rang tơi, màu cam đỏ, ngọt tự nhiên từ tôm biển vùng cửa sông.",
            "Light, fluffy shrimp floss, orange-red and naturally sweet, made from estuary shrimp.",
        ),
        "description": [
            (
                (
                    "Tôm tươi được luộc, bóc vỏ rồi rang lửa nhỏ trong chảo gang, vừa rang vừa giã cho đến khi "
                    "sợi tơi, khô và thơm. Một cân ruốc cần gần bốn cân tôm."
                ),
                (
                    "Fresh shrimp are boiled, peeled and dry-roasted over a low flame in a cast-iron pan, pounded "
                    "as they roast until the shreds are fluffy, dry and fragrant. A kilo of floss takes almost "
                    "four kilos of shrimp."
                ),
            ),
            (
                (
                    "Ruốc ăn với cơm nóng, cháo trắng, xôi hoặc làm nhân bánh mì. Sản phẩm không dùng bột ngọt và "
                    "phẩm màu."
                ),
                (
                    "Sprinkle it on hot rice, plain congee or sticky rice, or use it in a sandwich. No MSG or "
                    "colouring is added."
                ),
            ),
        ],
        "packaging": ("Hũ nhựa PET nắp vặn", "Screw-top PET jar"),
        "ingredients": ("Tôm biển 95%, nước mắm, đường", "Sea shrimp 95%, fish sauce, sugar"),
        "shelf_life": ("6 tháng", "6 months"),
        "storage": ("Để nơi khô ráo; sau khi mở bảo quản ngăn mát", "Keep dry; refrigerate once opened"),
        "other_certifications": ["HACCP"],
        "where_to_buy": ["Chợ Rừng, phường Quảng Yên", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("jar", "200 g", 150000, 90, 260),
            ("jar", "500 g", 360000, 30, 600),
        ],
        "stars": 4,
        "score": 75,
        "issued": "2024-12-09",
        "expired": False,
    },
    {
        "key": "ngan-quang-yen",
        "producer": "ha-an",
        "group": "thuc-pham-tuoi-song",
        "locality": "quang-yen",
        "title": ("Ngán Quảng Yên", "Quang Yen ngan clams"),
        "abroad_restriction": "perishable",
        "slug_vi": "ngan-quang-yen",
        "slug_en": "quang-yen-ngan-clams",
        "intro": (
            "Ngán tươi sống từ bãi triều Hà An, thịt trắng, giòn ngọt, nổi tiếng với món ngán hấp sả và gỏi ngán.",
            (
                "Live ngan clams from the Ha An tidal flats, with firm, sweet white meat, famous steamed with "
                "lemongrass or in a raw salad."
            ),
        ),
        "description": [
            (
                (
                    "Ngán là loài ngao vỏ mỏng sống vùi trong bãi bùn cát pha. Người Hà An đi bắt ngán lúc nước "
                    "ròng, dùng tay dò từng lỗ thở trên mặt bãi."
                ),
                (
                    "Ngan are thin-shelled clams that live buried in the muddy sand. In Ha An they are gathered "
                    "at low tide by hand, feeling for each breathing hole in the flat."
                ),
            ),
            (
                (
                    "Ngán được nhả cát trong bể nước biển sạch một đêm trước khi đóng thùng có oxy và giao trong "
                    "ngày tới Hạ Long, Hải Phòng và Hà Nội."
                ),
                (
                    "The clams purge overnight in tanks of clean seawater, then travel in oxygenated boxes for "
                    "same-day delivery to Ha Long, Hai Phong and Hanoi."
                ),
            ),
        ],
        "packaging": ("Thùng xốp có sục oxy", "Insulated box with oxygen"),
        "ingredients": ("Ngán tươi sống", "Live ngan clams"),
        "shelf_life": ("2 ngày ở 4–10 °C", "2 days at 4–10 °C"),
        "storage": ("Giữ mát, không ngâm nước ngọt", "Keep cool and never soak in fresh water"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Rừng, phường Quảng Yên", "Chợ Hạ Long I"],
        "variants": [
            ("kg", "1 kg", 120000, 60, 1000),
            ("box", "3 kg", 340000, 20, 3600),
        ],
        "stars": 3,
        "score": 57,
        "issued": "2025-06-24",
        "expired": False,
    },
    {
        "key": "binh-gom-men-ran",
        "producer": "thanh-lam",
        "group": "gom-su",
        "locality": "dong-trieu",
        "title": ("Bình gốm men rạn Đông Triều", "Dong Trieu crackle-glaze vase"),
        "slug_vi": "binh-gom-men-ran-dong-trieu",
        "slug_en": "dong-trieu-crackle-glaze-vase",
        "intro": (
            "Bình hoa vuốt tay, phủ men rạn màu ngà, vẽ hoa sen hoặc cành mai theo phong cách gốm cổ Đông Triều.",
            (
                "A hand-thrown vase in ivory crackle glaze, painted with lotus or apricot blossom in the old Dong "
                "Trieu style."
            ),
        ),
        "description": [
            (
                (
                    "Men rạn được tạo ra nhờ sự chênh lệch co giãn giữa lớp men và xương gốm khi nguội, để lại "
                    "những đường rạn như vân mai rùa. Sau khi nung, thợ xoa mực vào đường rạn để hoa văn hiện rõ."
                ),
                (
                    "The crackle comes from the glaze and the clay body shrinking at different rates as they "
                    "cool, leaving a net of fine lines like a tortoise's shell. After firing, the potter rubs ink "
                    "into the cracks to bring out the pattern."
                ),
            ),
            (
                (
                    "Mỗi bình có vẽ tay khác nhau đôi chút, dưới đáy có dấu triện của xưởng. Bình dùng được để "
                    "cắm hoa tươi."
                ),
                (
                    "No two vases are painted quite alike, and each bears the workshop's seal on the base. They "
                    "hold water, so you can use them for fresh flowers."
                ),
            ),
        ],
        "packaging": ("Hộp carton chèn xốp định hình", "Carton with moulded foam inserts"),
        "ingredients": ("Đất sét Đông Triều, men tro", "Dong Trieu clay, ash glaze"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Tránh va đập và thay đổi nhiệt đột ngột", "Avoid knocks and sudden changes of temperature"),
        "other_certifications": [],
        "where_to_buy": ["Xưởng gốm Thanh Lam, phường Đông Triều", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("piece", "30 cm", 1200000, 15, 2200),
            ("piece", "45 cm", 2100000, 6, 4000),
        ],
        "stars": 4,
        "score": 82,
        "issued": "2024-03-29",
        "expired": False,
    },
    {
        "key": "bo-am-chen-gom",
        "producer": "thanh-lam",
        "group": "gom-su",
        "locality": "dong-trieu",
        "title": ("Bộ ấm chén gốm Đông Triều", "Dong Trieu ceramic tea set"),
        "slug_vi": "bo-am-chen-gom-dong-trieu",
        "slug_en": "dong-trieu-ceramic-tea-set",
        "intro": (
            "Bộ ấm một ấm sáu chén, men lam vẽ tay, giữ nhiệt tốt, hợp để pha chè xanh và trà hoa vàng.",
            (
                "A teapot and six cups in hand-painted blue glaze that hold the heat well, made for green tea and "
                "golden camellia."
            ),
        ),
        "description": [
            (
                (
                    "Ấm được làm từ sét pha cát mịn nên thành ấm dày, giữ nhiệt lâu. Vòi ấm được vuốt riêng rồi "
                    "gắn vào thân khi đất còn ẩm, nên rót nước không bị nhỏ giọt."
                ),
                (
                    "The pot is made from clay mixed with fine sand, giving thick walls that keep the tea hot. "
                    "The spout is thrown separately and joined while the clay is still damp, so it pours without "
                    "dripping."
                ),
            ),
            (
                (
                    "Hoa văn dây lá, cánh sen được vẽ bằng men lam dưới lớp men trong. Bộ ấm đặt trong hộp gỗ, "
                    "thích hợp làm quà biếu."
                ),
                (
                    "Scrolling leaves and lotus petals are painted in cobalt under a clear glaze. The set comes "
                    "in a wooden box and makes a fine gift."
                ),
            ),
        ],
        "packaging": ("Hộp gỗ lót vải", "Cloth-lined wooden box"),
        "ingredients": ("Đất sét Đông Triều, men lam, men trong", "Dong Trieu clay, cobalt blue and clear glazes"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Rửa bằng nước ấm, tránh va đập", "Wash in warm water and handle with care"),
        "other_certifications": [],
        "where_to_buy": ["Xưởng gốm Thanh Lam, phường Đông Triều"],
        "variants": [
            ("box", "450 ml", 950000, 25, 2600),
        ],
        "stars": 4,
        "score": 77,
        "issued": "2025-01-16",
        "expired": False,
    },
    {
        "key": "chau-canh-gom",
        "producer": "thanh-lam",
        "group": "gom-su",
        "locality": "dong-trieu",
        "title": ("Chậu cảnh gốm Đông Triều", "Dong Trieu ceramic plant pots"),
        "slug_vi": "chau-canh-gom-dong-trieu",
        "slug_en": "dong-trieu-ceramic-plant-pots",
        "intro": (
            "Chậu gốm men nâu có lỗ thoát nước, hợp trồng lan, bonsai và cây để bàn.",
            "Brown-glazed pots with drainage holes, good for orchids, bonsai and desk plants.",
        ),
        "description": [
            (
                (
                    "Chậu được nung ở nhiệt độ cao nên cứng, không thấm và không bị rêu bám ở mặt ngoài. Lớp men "
                    "nâu gợi lại dòng gốm hoa nâu của Đông Triều thời xưa."
                ),
                (
                    "High firing makes the pots hard and watertight, and moss will not cling to the outside. The "
                    "brown glaze recalls the brown-painted wares made in Dong Trieu centuries ago."
                ),
            ),
            (
                "Có nhiều cỡ, từ chậu để bàn đến chậu đặt ngoài ban công. Xưởng nhận làm theo mẫu cho các vườn cảnh.",
                (
                    "They come in several sizes, from desk pots to balcony planters, and the workshop takes "
                    "custom orders from nurseries."
                ),
            ),
        ],
        "packaging": ("Bọc giấy và màng xốp hơi", "Wrapped in paper and bubble film"),
        "ingredients": ("Đất sét Đông Triều, men nâu", "Dong Trieu clay, brown glaze"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Tránh để chậu rỗng ngoài trời khi sương muối", "Do not leave empty pots outside in frost"),
        "other_certifications": [],
        "where_to_buy": ["Xưởng gốm Thanh Lam, phường Đông Triều"],
        "variants": [
            ("piece", "Ø 20 cm", 180000, 40, 1500),
            ("piece", "Ø 35 cm", 350000, 20, 4500),
        ],
        "stars": 3,
        "score": 59,
        "issued": "2022-08-30",
        "expired": True,
    },
    {
        "key": "gao-nep-cai-hoa-vang",
        "producer": "an-sinh",
        "group": "thuc-pham-tuoi-song",
        "locality": "dong-trieu",
        "title": ("Gạo nếp cái hoa vàng Đông Triều", "Dong Trieu yellow-flower glutinous rice"),
        "slug_vi": "gao-nep-cai-hoa-vang-dong-trieu",
        "slug_en": "dong-trieu-yellow-flower-glutinous-rice",
        "intro": (
            "Gạo nếp hạt tròn, mẩy, đồ xôi dẻo thơm, gói bánh chưng giữ được độ mềm nhiều ngày.",
            (
                "Round, plump glutinous rice that steams into soft, fragrant sticky rice and keeps banh chung "
                "cakes tender for days."
            ),
        ),
        "description": [
            (
                (
                    "Lúa nếp cái hoa vàng chỉ cấy vụ mùa, chín vào tháng mười. Sau khi gặt, thóc được phơi nắng "
                    "cho khô đều rồi mới xay xát, nên hạt gạo trắng đục, ít gãy."
                ),
                (
                    "The variety is grown only in the summer season and ripens in October. After harvest the "
                    "paddy is sun-dried evenly before milling, which gives opaque white, unbroken grains."
                ),
            ),
            (
                (
                    "Nếp hợp để đồ xôi, gói bánh chưng, làm bánh dày, nấu rượu và làm cốm. Gạo được hút chân "
                    "không để giữ mùi thơm đến mùa sau."
                ),
                (
                    "Use it for sticky rice, banh chung, rice cakes, rice wine or green young-rice flakes. Vacuum "
                    "packing keeps the aroma until the next harvest."
                ),
            ),
        ],
        "packaging": ("Túi hút chân không", "Vacuum-sealed bag"),
        "ingredients": ("Gạo nếp cái hoa vàng", "Yellow-flower glutinous rice"),
        "shelf_life": ("12 tháng", "12 months"),
        "storage": ("Để nơi khô ráo, thoáng mát", "Store in a cool, dry place"),
        "other_certifications": ["VietGAP"],
        "where_to_buy": ["Chợ Đông Triều", "Bưu điện tỉnh Quảng Ninh – postmart.vn"],
        "variants": [
            ("bag", "2 kg", 90000, 200, 2050),
            ("bag", "5 kg", 210000, 80, 5100),
        ],
        "stars": 4,
        "score": 79,
        "issued": "2024-11-05",
        "expired": False,
    },
    {
        "key": "ruou-nep-cai-hoa-vang",
        "producer": "an-sinh",
        "group": "do-uong-co-con",
        "locality": "dong-trieu",
        "title": ("Rượu nếp cái hoa vàng Đông Triều", "Dong Trieu glutinous rice spirit"),
        "abroad_restriction": "alcohol",
        "slug_vi": "ruou-nep-cai-hoa-vang-dong-trieu",
        "slug_en": "dong-trieu-glutinous-rice-spirit",
        "intro": (
            "Rượu trắng nấu từ nếp cái hoa vàng, men lá, uống êm và thơm mùi nếp mới.",
            (
                "A clear spirit distilled from yellow-flower glutinous rice with herbal leaf yeast, smooth and "
                "scented with new rice."
            ),
        ),
        "description": [
            (
                (
                    "Xôi nếp được rải men lá, ủ trong chum bảy ngày rồi chưng cất bằng nồi đồng trên bếp củi. "
                    "Rượu đầu và rượu cuối được loại bỏ, chỉ giữ phần giữa."
                ),
                (
                    "Steamed glutinous rice is sprinkled with leaf yeast, fermented in jars for seven days and "
                    "distilled in copper pots over a wood fire. The heads and tails are discarded and only the "
                    "heart is kept."
                ),
            ),
            (
                (
                    "Rượu được hạ thổ ba tháng cho êm trước khi đóng chai. Độ cồn khoảng 35 độ. Chỉ bán cho người "
                    "từ đủ 18 tuổi."
                ),
                (
                    "It rests underground for three months to mellow before bottling, at around 35% alcohol. Sold "
                    "only to customers aged 18 and over."
                ),
            ),
        ],
        "packaging": ("Chai thủy tinh", "Glass bottle"),
        "ingredients": ("Gạo nếp cái hoa vàng, men lá", "Yellow-flower glutinous rice, leaf yeast"),
        "shelf_life": ("Không giới hạn nếu đậy kín", "Indefinite if kept sealed"),
        "storage": ("Để nơi thoáng mát", "Store in a cool place"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Đông Triều"],
        "variants": [
            ("bottle", "500 ml", 90000, 60, 900),
        ],
        "stars": 3,
        "score": 61,
        "issued": "2022-03-10",
        "expired": True,
    },
    {
        "key": "nuoc-mam-cai-rong",
        "producer": "ben-rong",
        "group": "gia-vi",
        "locality": "van-don",
        "title": ("Nước mắm Cái Rồng", "Cai Rong fish sauce"),
        "abroad_restriction": "liquid",
        "slug_vi": "nuoc-mam-cai-rong",
        "slug_en": "cai-rong-fish-sauce",
        "intro": (
            "Nước mắm cốt ủ chượp trong thùng gỗ, màu cánh gián, đạm cao, thơm dịu và hậu ngọt.",
            (
                "First-press fish sauce aged in wooden vats: amber, high in protein, gently aromatic with a sweet "
                "finish."
            ),
        ),
        "description": [
            (
                (
                    "Nước mắm Cái Rồng được làm từ cá cơm tươi và muối biển theo tỉ lệ ba cá một muối, ủ từ mười "
                    "hai đến mười tám tháng. Nước cốt đầu tiên có độ đạm từ 35 đến 40 độ."
                ),
                (
                    "Cai Rong fish sauce is made from fresh anchovies and sea salt, three parts fish to one of "
                    "salt, and aged for twelve to eighteen months. The first draw rates 35 to 40 degrees of "
                    "protein (grams of nitrogen per litre)."
                ),
            ),
            (
                (
                    "Dùng để chấm nguyên chất với thịt luộc, hải sản hoặc pha nước chấm. Chỉ cần một lượng nhỏ để "
                    "nêm thức ăn vì nước mắm rất đậm."
                ),
                (
                    "Use it neat as a dip for boiled pork or seafood, or mix it into a dipping sauce. A little "
                    "goes a long way in cooking."
                ),
            ),
            (
                "Lớp muối kết tinh dưới đáy chai là hiện tượng tự nhiên của nước mắm không pha.",
                "Salt crystals at the bottom of the bottle are natural in an undiluted sauce.",
            ),
        ],
        "packaging": ("Chai thủy tinh, hộp giấy", "Glass bottle in a paper box"),
        "ingredients": ("Cá cơm, muối biển", "Anchovies, sea salt"),
        "shelf_life": ("36 tháng", "36 months"),
        "storage": ("Đậy kín nắp, để nơi khô mát", "Keep tightly closed in a cool, dry place"),
        "other_certifications": ["HACCP", "ISO 22000"],
        "where_to_buy": [
            "Chợ Cái Rồng",
            "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh",
            "Bưu điện tỉnh Quảng Ninh – postmart.vn",
        ],
        "variants": [
            ("bottle", "500 ml", 120000, 150, 850),
            ("box", "3 × 500 ml", 340000, 40, 2700),
        ],
        "stars": 4,
        "score": 86,
        "issued": "2025-08-21",
        "expired": False,
    },
    {
        "key": "sa-sung-kho-van-don",
        "producer": "ben-rong",
        "group": "thuc-pham-che-bien",
        "locality": "van-don",
        "title": ("Sá sùng khô Vân Đồn", "Van Don dried peanut worms"),
        "slug_vi": "sa-sung-kho-van-don",
        "slug_en": "van-don-dried-peanut-worms",
        "intro": (
            "Đặc sản quý của bãi cát Quan Lạn, Minh Châu, dùng để nấu nước dùng phở, nấu cháo hoặc nướng giòn.",
            (
                "The prized catch of the Quan Lan and Minh Chau sandbanks, used for noodle broth and congee, or "
                "grilled crisp."
            ),
        ),
        "description": [
            (
                (
                    "Sá sùng sống vùi trong cát ven biển. Người dân đào sá sùng lúc nước cạn, lộn ruột, rửa sạch "
                    "cát rồi phơi hoặc sấy cho đến khi khô giòn, màu vàng ngà."
                ),
                (
                    "Peanut worms live buried in the beach sand. They are dug out at low tide, turned inside out, "
                    "washed free of sand and dried until crisp and ivory-coloured."
                ),
            ),
            (
                (
                    "Sá sùng khô có vị ngọt đậm, chỉ một nắm nhỏ cũng đủ làm nồi nước dùng thơm ngọt. Cũng có thể "
                    "nướng than rồi xé nhỏ nhâm nhi."
                ),
                (
                    "The dried worms are intensely savoury-sweet; a small handful flavours a whole pot of stock. "
                    "You can also toast them over charcoal and tear them into strips as a snack."
                ),
            ),
            (
                (
                    "Giá sá sùng cao vì mỗi cân khô cần gần mười cân sá sùng tươi và việc khai thác phụ thuộc vào "
                    "con nước."
                ),
                (
                    "They are costly because a kilo of dried worms takes almost ten kilos of fresh ones, and "
                    "digging depends on the tides."
                ),
            ),
        ],
        "packaging": ("Hộp thiếc có túi hút ẩm", "Tin with a desiccant sachet"),
        "ingredients": ("Sá sùng tươi", "Fresh peanut worms"),
        "shelf_life": ("12 tháng", "12 months"),
        "storage": ("Để nơi khô ráo, đậy kín", "Keep dry and tightly closed"),
        "other_certifications": ["HACCP"],
        "where_to_buy": ["Chợ Cái Rồng", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("box", "100 g", 450000, 60, 250),
            ("box", "500 g", 2150000, 15, 800),
        ],
        "stars": 5,
        "score": 90,
        "issued": "2024-07-30",
        "expired": False,
    },
    {
        "key": "hau-van-don",
        "producer": "ban-sen",
        "group": "thuc-pham-tuoi-song",
        "locality": "van-don",
        "title": ("Hàu sữa Vân Đồn", "Van Don Pacific oysters"),
        "abroad_restriction": "perishable",
        "slug_vi": "hau-sua-van-don",
        "slug_en": "van-don-pacific-oysters",
        "intro": (
            "Hàu tươi sống nuôi giàn giữa các đảo Vân Đồn, thịt béo ngậy, vị ngọt mặn của biển sạch.",
            "Live oysters raised on rafts among the Van Don islands: plump, creamy and tasting of clean sea water.",
        ),
        "description": [
            (
                (
                    "Hàu được thu hoạch khi đủ mười hai tháng tuổi trở lên, rửa sạch vỏ, loại bỏ con yếu và đóng "
                    "thùng xốp có đá khô ngay tại bè. Mỗi thùng đều ghi ngày thu hoạch và vị trí giàn nuôi."
                ),
                (
                    "The oysters are harvested at twelve months or older, scrubbed, sorted and packed on the raft "
                    "in insulated boxes with dry ice. Every box is marked with the harvest date and the raft it "
                    "came from."
                ),
            ),
            (
                (
                    "Hàu ngon nhất khi ăn sống với chanh và mù tạt, nướng mỡ hành hoặc nấu cháo. Nên dùng trong "
                    "hai ngày kể từ khi nhận."
                ),
                (
                    "They are best raw with lime and wasabi, grilled with spring-onion oil or cooked into congee. "
                    "Eat within two days of delivery."
                ),
            ),
        ],
        "packaging": ("Thùng xốp kèm đá khô", "Insulated box with dry ice"),
        "ingredients": ("Hàu Thái Bình Dương tươi sống", "Live Pacific oysters"),
        "shelf_life": ("3 ngày ở 2–6 °C", "3 days at 2–6 °C"),
        "storage": ("Giữ lạnh, để mặt lõm của vỏ quay xuống", "Keep chilled, cupped side down"),
        "other_certifications": ["VietGAP"],
        "where_to_buy": ["Chợ Cái Rồng", "Chợ Hạ Long I"],
        "variants": [
            ("kg", "1 kg", 40000, 400, 1000),
            ("box", "5 kg", 180000, 60, 5800),
        ],
        "stars": 4,
        "score": 73,
        "issued": "2025-10-07",
        "expired": False,
    },
    {
        "key": "cha-hau-van-don",
        "producer": "ban-sen",
        "group": "thuc-pham-che-bien",
        "locality": "van-don",
        "title": ("Chả hàu Vân Đồn", "Van Don oyster cakes"),
        "abroad_restriction": "frozen",
        "slug_vi": "cha-hau-van-don",
        "slug_en": "van-don-oyster-cakes",
        "intro": (
            "Chả làm từ thịt hàu tươi trộn giò sống, thơm mùi biển, rán lên vàng giòn.",
            "Cakes of fresh oyster mixed with pork paste that fry up crisp and golden and smell of the sea.",
        ),
        "description": [
            (
                (
                    "Thịt hàu được tách vỏ ngay sau khi thu hoạch, băm nhỏ rồi trộn với giò sống, hành lá và "
                    "tiêu. Hỗn hợp được nặn miếng và cấp đông để giữ độ tươi."
                ),
                (
                    "The oysters are shucked straight after harvest, chopped and mixed with raw pork paste, "
                    "spring onion and pepper, then shaped into cakes and frozen to lock in their freshness."
                ),
            ),
            (
                (
                    "Chả hàu rán vàng ăn với cơm nóng hoặc làm nhân bánh mì. Đây là món quà quen thuộc của khách "
                    "du lịch khi rời Vân Đồn."
                ),
                (
                    "Fry them golden and eat them with hot rice or in a baguette. Visitors often take a pack home "
                    "when they leave Van Don."
                ),
            ),
        ],
        "packaging": ("Khay hút chân không", "Vacuum-sealed tray"),
        "ingredients": (
            "Thịt hàu 60%, giò sống, hành lá, hạt tiêu, nước mắm",
            "Oyster meat 60%, pork paste, spring onion, pepper, fish sauce",
        ),
        "shelf_life": ("3 tháng ở −18 °C", "3 months at −18 °C"),
        "storage": ("Bảo quản đông lạnh", "Keep frozen"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Cái Rồng"],
        "variants": [
            ("pack", "500 g", 150000, 45, 580),
        ],
        "stars": 3,
        "score": 65,
        "issued": "2024-12-18",
        "expired": False,
    },
    {
        "key": "muc-kho-co-to",
        "producer": "hai-dang",
        "group": "thuc-pham-che-bien",
        "locality": "co-to",
        "title": ("Mực khô Cô Tô", "Co To dried squid"),
        "slug_vi": "muc-kho-co-to",
        "slug_en": "co-to-dried-squid",
        "intro": (
            "Mực ống câu đêm, phơi nắng gió đảo Cô Tô, thịt dày, ngọt, nướng lên thơm lừng.",
            (
                "Night-jigged squid dried in the sun and wind of Co To island: thick, sweet and wonderfully "
                "fragrant when grilled."
            ),
        ),
        "description": [
            (
                (
                    "Mực câu giữ được thân nguyên vẹn, không bị dập như mực lưới. Sau khi mổ và rửa bằng nước "
                    "biển, mực được phơi từ hai đến ba nắng trên giàn tre cho đến khi khô đều mà vẫn giữ màu hồng "
                    "nhạt."
                ),
                (
                    "Jigged squid reach the deck whole and unbruised, unlike netted squid. They are split, rinsed "
                    "in seawater and dried on bamboo racks for two or three sunny days, until evenly dry but "
                    "still faintly pink."
                ),
            ),
            (
                (
                    "Mực được chia cỡ theo số con mỗi cân. Nướng trên than hoa, xé sợi chấm tương ớt là món nhắm "
                    "nổi tiếng của vùng biển đảo."
                ),
                (
                    "They are graded by the number of squid per kilo. Grilled over charcoal, torn into strips and "
                    "dipped in chilli sauce, they are the islands' best-known snack."
                ),
            ),
            (
                "Mỗi túi đều có tem truy xuất ghi rõ chuyến biển và ngày phơi.",
                "Each bag carries a traceability stamp showing the fishing trip and drying date.",
            ),
        ],
        "packaging": ("Túi hút chân không", "Vacuum-sealed pouch"),
        "ingredients": ("Mực ống tươi", "Fresh squid"),
        "shelf_life": ("6 tháng ở ngăn mát; 12 tháng ở ngăn đông", "6 months chilled; 12 months frozen"),
        "storage": ("Bảo quản ngăn mát hoặc ngăn đông tủ lạnh", "Keep in the fridge or freezer"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Cô Tô", "Chợ Hạ Long I", "Bưu điện tỉnh Quảng Ninh – postmart.vn"],
        "variants": [
            ("bag", "500 g", 850000, 40, 550),
            ("bag", "1 kg", 1650000, 15, 1050),
        ],
        "stars": 4,
        "score": 84,
        "issued": "2025-06-11",
        "expired": False,
    },
    {
        "key": "du-lich-ngu-dan-co-to",
        "booking_notice_days": 7,
        "producer": "hai-dang",
        "group": "dich-vu-du-lich-nong-thon",
        "locality": "co-to",
        "title": ("Một ngày làm ngư dân Cô Tô", "A day as a Co To fisher"),
        "slug_vi": "mot-ngay-lam-ngu-dan-co-to",
        "slug_en": "a-day-as-a-co-to-fisher",
        "intro": (
            "Ở nhà ngư dân, theo tàu ra khơi câu mực đêm và học phơi mực trên đảo Cô Tô.",
            "Stay with a fishing family, head out on a night squid-jigging trip and learn to dry the catch on Co To.",
        ),
        "description": [
            (
                (
                    "Khách nhận phòng trong ngôi nhà của gia đình ông Hải, cách bãi tắm Hồng Vàn vài phút đi bộ. "
                    "Buổi chiều khách theo tàu ra khơi, tối thắp đèn câu mực và ăn bữa mực tươi ngay trên boong."
                ),
                (
                    "Guests stay in Mr Hai's family home, a few minutes' walk from Hong Van beach. In the "
                    "afternoon you sail out with the boat, light the lamps at dusk, jig for squid and eat the "
                    "catch fresh on deck."
                ),
            ),
            (
                (
                    "Sáng hôm sau, khách cùng bà Gấm mổ mực, xếp giàn phơi và thưởng thức bữa sáng kiểu làng "
                    "chài. Chương trình phụ thuộc vào thời tiết và chỉ tổ chức từ tháng ba đến tháng chín."
                ),
                (
                    "Next morning you help Mrs Gam split the squid, lay out the drying racks and eat a "
                    "fishing-village breakfast. Trips depend on the weather and run only from March to September."
                ),
            ),
            (
                "Giá gồm một đêm nghỉ, các bữa ăn, chuyến đi biển và áo phao; chưa gồm vé tàu ra đảo.",
                (
                    "The price covers one night, meals, the boat trip and life jackets; the ferry to the island "
                    "is extra."
                ),
            ),
        ],
        "packaging": ("Dịch vụ trọn gói 2 ngày 1 đêm", "Two-day, one-night package"),
        "ingredients": ("Lưu trú, ăn uống, chuyến câu mực đêm", "Accommodation, meals, a night squid-jigging trip"),
        "shelf_life": ("Đặt trước ít nhất 7 ngày", "Book at least 7 days ahead"),
        "storage": ("Hủy miễn phí trước 3 ngày", "Free cancellation up to 3 days before"),
        "other_certifications": [],
        "where_to_buy": [],
        "variants": [
            ("service", "1 khách / 1 guest", 1200000, 8, 0),
        ],
        "stars": 3,
        "score": 62,
        "issued": "2025-03-25",
        "expired": False,
    },
    {
        "key": "ga-doi-tien-yen",
        "producer": "dong-ngu",
        "group": "thuc-pham-tuoi-song",
        "locality": "tien-yen",
        "title": ("Gà đồi Tiên Yên", "Tien Yen hill chicken"),
        "abroad_restriction": "perishable",
        "slug_vi": "ga-doi-tien-yen",
        "slug_en": "tien-yen-hill-chicken",
        "intro": (
            "Gà ta thả đồi ít nhất năm tháng, thịt săn chắc, da vàng giòn, luộc lên ngọt nước.",
            (
                "Local chickens free-ranged on the hills for at least five months, with firm meat and crisp "
                "golden skin that makes a sweet broth."
            ),
        ),
        "description": [
            (
                (
                    "Gà được chọn khi đạt từ 1,6 đến 2 kg, giết mổ tại cơ sở của hợp tác xã, làm sạch và đóng túi "
                    "nguyên con kèm lòng. Mỗi con có tem ghi đàn gà và ngày giết mổ."
                ),
                (
                    "Birds are chosen at 1.6 to 2 kg, slaughtered at the cooperative's facility, cleaned and "
                    "bagged whole with their giblets. Each one is tagged with its flock and slaughter date."
                ),
            ),
            (
                (
                    "Gà đồi Tiên Yên ngon nhất khi luộc chấm muối tiêu chanh lá chanh, hoặc nấu cháo, hấp lá "
                    "chanh. Gà tươi được giao trong ngày ở Tiên Yên và Hạ Long; đi xa thì giao gà đông lạnh."
                ),
                (
                    "It is at its best simply boiled and dipped in salt, pepper and lime with lime leaves, or in "
                    "congee or steamed with lime leaves. Fresh birds are delivered the same day in Tien Yen and "
                    "Ha Long; further afield they travel frozen."
                ),
            ),
        ],
        "packaging": ("Túi PE hút chân không", "Vacuum-sealed PE bag"),
        "ingredients": ("Gà ta nguyên con đã làm sạch", "Whole dressed free-range chicken"),
        "shelf_life": ("2 ngày ở 0–4 °C; 6 tháng ở −18 °C", "2 days at 0–4 °C; 6 months at −18 °C"),
        "storage": ("Bảo quản lạnh hoặc đông lạnh", "Keep chilled or frozen"),
        "other_certifications": ["VietGAHP"],
        "where_to_buy": ["Chợ Tiên Yên", "Chợ Hạ Long I"],
        "variants": [
            ("piece", "1,6–2 kg", 380000, 50, 1900),
        ],
        "stars": 4,
        "score": 78,
        "issued": "2024-02-06",
        "expired": False,
    },
    {
        "key": "ga-u-muoi-tien-yen",
        "producer": "dong-ngu",
        "group": "thuc-pham-che-bien",
        "locality": "tien-yen",
        "title": ("Gà đồi ủ muối thảo mộc", "Salt-baked hill chicken with herbs"),
        "abroad_restriction": "frozen",
        "slug_vi": "ga-doi-u-muoi-thao-moc",
        "slug_en": "salt-baked-hill-chicken-with-herbs",
        "intro": (
            "Gà đồi nguyên con ủ muối hột với sả, gừng, lá chanh, da giòn, thịt thấm vị, ăn ngay không cần chế biến.",
            (
                "A whole hill chicken baked in coarse salt with lemongrass, ginger and lime leaves: crisp skin, "
                "seasoned through and ready to eat."
            ),
        ),
        "description": [
            (
                (
                    "Gà được ướp gia vị, bọc giấy bạc rồi vùi trong nồi muối hột rang nóng khoảng một giờ. Muối "
                    "hút bớt nước, giữ lại vị ngọt trong thớ thịt."
                ),
                (
                    "The seasoned bird is wrapped in foil and buried in a pot of hot roasted rock salt for about "
                    "an hour. The salt draws out moisture and seals the sweetness in."
                ),
            ),
            (
                (
                    "Sau khi nguội, gà được hút chân không và cấp đông. Khi dùng chỉ cần hâm lại bằng lò hoặc hấp "
                    "mười lăm phút."
                ),
                (
                    "Once cool it is vacuum-packed and frozen. To serve, warm it in the oven or steam it for "
                    "fifteen minutes."
                ),
            ),
        ],
        "packaging": ("Túi hút chân không trong hộp giấy", "Vacuum-sealed bag in a paper box"),
        "ingredients": (
            "Gà đồi Tiên Yên, muối hột, sả, gừng, lá chanh",
            "Tien Yen hill chicken, rock salt, lemongrass, ginger, lime leaves",
        ),
        "shelf_life": ("6 tháng ở −18 °C", "6 months at −18 °C"),
        "storage": ("Bảo quản đông lạnh", "Keep frozen"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Tiên Yên"],
        "variants": [
            ("piece", "1–1,2 kg", 280000, 35, 1300),
        ],
        "stars": 3,
        "score": 63,
        "issued": "2025-11-19",
        "expired": False,
    },
    {
        "key": "che-xanh-dam-ha",
        "producer": "quang-tan",
        "group": "tra",
        "locality": "dam-ha",
        "title": ("Chè xanh Quảng Tân Đầm Hà", "Quang Tan green tea, Dam Ha"),
        "slug_vi": "che-xanh-quang-tan-dam-ha",
        "slug_en": "quang-tan-green-tea-dam-ha",
        "intro": (
            "Chè búp sao chảo gang bằng tay, nước xanh vàng, vị chát nhẹ và hậu ngọt sâu.",
            (
                "Hand-roasted bud tea fired in cast-iron pans, with a yellow-green liquor, light astringency and "
                "a long sweet finish."
            ),
        ),
        "description": [
            (
                (
                    "Búp chè một tôm hai lá được hái buổi sáng, héo nhẹ trong bóng râm rồi sao trên chảo gang "
                    "nóng, vò bằng tay và sao lại nhiều lần cho đến khi cánh chè xoăn và khô."
                ),
                (
                    "The bud and top two leaves are picked in the morning, wilted in the shade and fired in a hot "
                    "cast-iron pan, then rolled by hand and fired again several times until the leaves are curled "
                    "and dry."
                ),
            ),
            (
                (
                    "Pha với nước sôi để nguội khoảng 85 độ C, tráng ấm và hãm trong hai phút. Một ấm chè có thể "
                    "pha được ba, bốn nước."
                ),
                (
                    "Brew with water just off the boil, at about 85 °C, in a warmed pot for two minutes. The same "
                    "leaves give three or four infusions."
                ),
            ),
        ],
        "packaging": ("Túi giấy bạc hút chân không", "Vacuum-sealed foil bag"),
        "ingredients": ("Búp chè xanh", "Green tea buds"),
        "shelf_life": ("12 tháng", "12 months"),
        "storage": ("Để nơi khô ráo, tránh mùi lạ", "Keep dry and away from strong smells"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Đầm Hà"],
        "variants": [
            ("bag", "200 g", 80000, 120, 230),
            ("bag", "500 g", 190000, 50, 550),
        ],
        "stars": 3,
        "score": 67,
        "issued": "2024-09-04",
        "expired": False,
    },
    {
        "key": "mat-ong-rung-dam-ha",
        "producer": "quang-tan",
        "group": "thuc-pham-che-bien",
        "locality": "dam-ha",
        "title": ("Mật ong rừng Đầm Hà", "Dam Ha forest honey"),
        "slug_vi": "mat-ong-rung-dam-ha",
        "slug_en": "dam-ha-forest-honey",
        "intro": (
            "Mật ong từ hoa rừng vùng đồi Đầm Hà, màu hổ phách, sánh đặc, hương hoa chân chim đặc trưng.",
            (
                "Honey from the wild flowers of the Dam Ha hills: amber, thick and unmistakably scented with "
                "schefflera blossom."
            ),
        ),
        "description": [
            (
                (
                    "Các thùng ong được đưa vào rừng từ tháng mười đến tháng chạp, mùa hoa chân chim, hoa bạc hà "
                    "dại nở. Mật chỉ được quay khi đã vít nắp nên độ ẩm thấp, để lâu không bị chua."
                ),
                (
                    "The hives go into the forest from October to December, when schefflera and wild mint are in "
                    "flower. The honey is spun only from capped combs, so it is low in moisture and will not "
                    "ferment."
                ),
            ),
            (
                (
                    "Mật có thể kết tinh khi trời lạnh, đó là hiện tượng tự nhiên. Ngâm lọ mật trong nước ấm để "
                    "mật trở lại dạng lỏng."
                ),
                (
                    "It may crystallise in cold weather, which is natural. Stand the jar in warm water and it "
                    "will turn liquid again."
                ),
            ),
        ],
        "packaging": ("Lọ thủy tinh nắp thiếc", "Glass jar with a tin lid"),
        "ingredients": ("Mật ong hoa rừng nguyên chất", "Pure wild-flower honey"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Đậy kín, để nơi khô mát", "Keep sealed in a cool, dry place"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Đầm Hà", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("jar", "500 ml", 250000, 60, 950),
            ("jar", "1 lít", 480000, 20, 1750),
        ],
        "stars": 4,
        "score": 73,
        "issued": "2025-01-28",
        "expired": False,
    },
    {
        "key": "tra-xanh-hai-ha",
        "producer": "son-hai",
        "group": "tra",
        "locality": "hai-ha",
        "title": ("Trà xanh Hải Hà đặc biệt", "Hai Ha special green tea"),
        "slug_vi": "tra-xanh-hai-ha-dac-biet",
        "slug_en": "hai-ha-special-green-tea",
        "intro": (
            "Chè xanh từ những đồi chè hơn nửa thế kỷ ở Hải Hà, cánh nhỏ, nước xanh trong, thơm cốm non.",
            (
                "Green tea from Hai Ha bushes over half a century old: small leaves and a clear green cup that "
                "smells of young rice."
            ),
        ),
        "description": [
            (
                (
                    "Chỉ búp non của lứa hái đầu xuân và cuối thu mới được làm trà đặc biệt. Chè được diệt men "
                    "bằng máy rồi sao lửa cuối bằng tay để tạo hương cốm."
                ),
                (
                    "Only the young buds of the early spring and late autumn pickings go into this grade. The "
                    "leaf is fixed by machine and given a final firing by hand to bring out its toasted-rice "
                    "aroma."
                ),
            ),
            (
                (
                    "Trà được đóng hộp thiếc hai lớp, giữ hương tốt. Sản phẩm được chứng nhận VietGAP và có tem "
                    "truy xuất trên từng hộp."
                ),
                (
                    "It is packed in double-lidded tins that keep the aroma in, is VietGAP-certified and carries "
                    "a traceability stamp on every tin."
                ),
            ),
        ],
        "packaging": ("Hộp thiếc", "Tin caddy"),
        "ingredients": ("Búp chè xanh Hải Hà", "Hai Ha green tea buds"),
        "shelf_life": ("18 tháng", "18 months"),
        "storage": ("Đậy kín, để nơi khô mát", "Keep tightly closed in a cool, dry place"),
        "other_certifications": ["VietGAP", "ISO 22000"],
        "where_to_buy": ["Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh", "Bưu điện tỉnh Quảng Ninh – postmart.vn"],
        "variants": [
            ("box", "200 g", 90000, 150, 300),
            ("box", "500 g", 210000, 60, 650),
        ],
        "stars": 4,
        "score": 81,
        "issued": "2024-10-23",
        "expired": False,
    },
    {
        "key": "tra-xanh-tui-loc-hai-ha",
        "producer": "son-hai",
        "group": "tra",
        "locality": "hai-ha",
        "title": ("Trà xanh túi lọc Hải Hà", "Hai Ha green tea bags"),
        "slug_vi": "tra-xanh-tui-loc-hai-ha",
        "slug_en": "hai-ha-green-tea-bags",
        "intro": (
            "Trà xanh Hải Hà nghiền vừa, đóng túi lọc tiện pha ở văn phòng và khi đi đường.",
            "Hai Ha green tea, medium-cut and bagged for easy brewing at the office or on the road.",
        ),
        "description": [
            (
                (
                    "Túi lọc dùng chè xanh loại một, không trộn hương liệu. Mỗi túi pha được một cốc 200 ml trong "
                    "ba phút."
                ),
                (
                    "The bags contain first-grade green tea with no added flavouring. Each makes a 200 ml cup in "
                    "three minutes."
                ),
            ),
            (
                "Hộp gồm 25 túi, mỗi túi 2 g được bọc riêng bằng giấy để giữ hương.",
                "A box holds 25 bags of 2 g, each in its own paper envelope to keep it fresh.",
            ),
        ],
        "packaging": ("Hộp giấy 25 túi lọc", "Paper box of 25 tea bags"),
        "ingredients": ("Chè xanh Hải Hà", "Hai Ha green tea"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Để nơi khô ráo", "Keep dry"),
        "other_certifications": ["VietGAP"],
        "where_to_buy": ["Siêu thị Hạ Long Xanh, phường Bãi Cháy"],
        "variants": [
            ("box", "25 × 2 g", 60000, 200, 110),
        ],
        "stars": 3,
        "score": 60,
        "issued": "2025-08-05",
        "expired": False,
    },
    {
        "key": "mien-dong-binh-lieu",
        "producer": "hoanh-mo",
        "group": "thuc-pham-che-bien",
        "locality": "binh-lieu",
        "title": ("Miến dong Bình Liêu", "Binh Lieu arrowroot noodles"),
        "slug_vi": "mien-dong-binh-lieu",
        "slug_en": "binh-lieu-arrowroot-noodles",
        "intro": (
            "Miến làm thủ công từ tinh bột dong riềng trồng trên nương Bình Liêu, sợi nhỏ, dai, nấu không nát.",
            "Hand-made noodles from arrowroot starch grown on the Binh Lieu hills: fine, chewy and never mushy.",
        ),
        "description": [
            (
                (
                    "Bột dong được lọc nhiều lần bằng nước suối, tráng thành bánh, hấp chín, phơi một nắng rồi "
                    "thái sợi và phơi tiếp cho đến khô. Sợi miến có màu nâu trong, dẻo và dai tự nhiên."
                ),
                (
                    "The starch is washed repeatedly in stream water, spread into sheets, steamed, sun-dried for "
                    "a day, then cut into strands and dried again. The noodles are a translucent brown and "
                    "naturally supple and chewy."
                ),
            ),
            (
                "Miến chỉ cần ngâm nước lạnh mười phút là dùng được cho các món xào, nấu canh, nấu lẩu hoặc làm nem.",
                (
                    "Soak them in cold water for ten minutes before stir-frying, or add them to soups, hotpots or "
                    "spring rolls."
                ),
            ),
            (
                "Sản phẩm không dùng hàn the, chất tẩy trắng hay phụ gia tạo dai.",
                "No borax, bleach or texturising additives are used.",
            ),
        ],
        "packaging": ("Túi nilon in nhãn, buộc lạt giang", "Printed bag tied with bamboo string"),
        "ingredients": ("Tinh bột dong riềng 100%", "100% arrowroot starch"),
        "shelf_life": ("12 tháng", "12 months"),
        "storage": ("Để nơi khô ráo, thoáng mát", "Store in a cool, dry place"),
        "other_certifications": ["ISO 22000"],
        "where_to_buy": [
            "Chợ Bình Liêu",
            "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh",
            "Bưu điện tỉnh Quảng Ninh – postmart.vn",
        ],
        "variants": [
            ("bag", "500 g", 55000, 300, 520),
            ("bag", "1 kg", 100000, 150, 1030),
        ],
        "stars": 5,
        "score": 91,
        "issued": "2025-05-20",
        "expired": False,
    },
    {
        "key": "bot-dong-rieng-binh-lieu",
        "producer": "hoanh-mo",
        "group": "thuc-pham-che-bien",
        "locality": "binh-lieu",
        "title": ("Tinh bột dong riềng Bình Liêu", "Binh Lieu arrowroot starch"),
        "slug_vi": "tinh-bot-dong-rieng-binh-lieu",
        "slug_en": "binh-lieu-arrowroot-starch",
        "intro": (
            "Tinh bột dong trắng mịn, dùng làm bánh, nấu chè hoặc pha nước uống giải nhiệt.",
            "Fine white arrowroot starch for baking, sweet soups or a cooling summer drink.",
        ),
        "description": [
            (
                (
                    "Củ dong riềng được mài, lọc qua nhiều lần nước rồi để lắng cho tinh bột trắng tinh. Bột được "
                    "phơi khô dưới nắng và rây mịn."
                ),
                (
                    "The tubers are grated and washed through many changes of water, then left to settle until "
                    "the starch is pure white. It is sun-dried and sifted fine."
                ),
            ),
            (
                (
                    "Bột dong khuấy với nước sôi và đường là thức uống mát được người Bình Liêu dùng trong những "
                    "ngày nắng nóng."
                ),
                (
                    "Stirred into boiling water with sugar, it makes the cooling drink Binh Lieu families turn to "
                    "on hot days."
                ),
            ),
        ],
        "packaging": ("Túi nilon in nhãn", "Printed bag"),
        "ingredients": ("Tinh bột dong riềng 100%", "Pure arrowroot starch"),
        "shelf_life": ("12 tháng", "12 months"),
        "storage": ("Để nơi khô ráo", "Store in a dry place"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Bình Liêu"],
        "variants": [
            ("bag", "1 kg", 70000, 80, 1020),
        ],
        "stars": 3,
        "score": 56,
        "issued": "2021-09-15",
        "expired": True,
    },
    {
        "key": "tinh-dau-hoi-binh-lieu",
        "producer": "luc-hon",
        "group": "tinh-dau",
        "locality": "binh-lieu",
        "title": ("Tinh dầu hồi Bình Liêu", "Binh Lieu star anise oil"),
        "slug_vi": "tinh-dau-hoi-binh-lieu",
        "slug_en": "binh-lieu-star-anise-oil",
        "intro": (
            "Tinh dầu hồi chưng cất từ quả hồi rừng Lục Hồn, hương ấm, dùng xông phòng, xoa bóp và làm gia vị.",
            (
                "Star anise oil distilled from the pods of the Luc Hon forest, with a warm scent for diffusers, "
                "massage and cooking."
            ),
        ),
        "description": [
            (
                (
                    "Quả hồi được chưng cất bằng hơi nước trong nồi inox suốt sáu đến tám giờ. Tinh dầu tách lớp "
                    "được gạn, để lắng và lọc trước khi đóng chai."
                ),
                (
                    "The pods are steam-distilled in a stainless-steel still for six to eight hours. The oil that "
                    "separates out is decanted, settled and filtered before bottling."
                ),
            ),
            (
                (
                    "Nhỏ vài giọt vào máy khuếch tán để khử mùi, pha loãng với dầu nền để xoa bóp khi bị lạnh "
                    "bụng. Tinh dầu rất đậm đặc, không dùng trực tiếp lên da và để xa tầm tay trẻ em."
                ),
                (
                    "Add a few drops to a diffuser to freshen a room, or dilute in a carrier oil to massage a "
                    "chilled stomach. The oil is highly concentrated: never apply it neat to skin, and keep it "
                    "away from children."
                ),
            ),
        ],
        "packaging": ("Lọ thủy tinh màu hổ phách, nắp nhỏ giọt", "Amber glass bottle with a dropper"),
        "ingredients": ("Tinh dầu hồi nguyên chất", "Pure star anise oil"),
        "shelf_life": ("36 tháng", "36 months"),
        "storage": ("Đậy kín, tránh ánh nắng và nguồn nhiệt", "Keep tightly closed away from sunlight and heat"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Bình Liêu", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("bottle", "10 ml", 60000, 200, 60),
            ("bottle", "50 ml", 250000, 60, 180),
        ],
        "stars": 4,
        "score": 83,
        "issued": "2024-08-27",
        "expired": False,
    },
    {
        "key": "hoa-hoi-kho-binh-lieu",
        "producer": "luc-hon",
        "group": "gia-vi",
        "locality": "binh-lieu",
        "title": ("Hoa hồi khô Bình Liêu", "Binh Lieu dried star anise"),
        "slug_vi": "hoa-hoi-kho-binh-lieu",
        "slug_en": "binh-lieu-dried-star-anise",
        "intro": (
            "Hoa hồi tám cánh đều, màu nâu đỏ, thơm nồng, loại gia vị không thể thiếu trong nồi nước phở.",
            "Even, eight-pointed star anise, red-brown and richly aromatic: the spice no pho broth can do without.",
        ),
        "description": [
            (
                (
                    "Chỉ những quả hồi nguyên cánh, to đều mới được chọn để đóng gói. Hồi được sấy ở nhiệt độ "
                    "thấp nên giữ được màu nâu đỏ và lượng tinh dầu cao."
                ),
                (
                    "Only whole, evenly sized pods are packed. Drying at a low temperature keeps their red-brown "
                    "colour and a high oil content."
                ),
            ),
            (
                "Hồi Bình Liêu dùng nấu phở, kho thịt, ngâm rượu hoặc làm đồ trang trí thơm trong nhà.",
                "Use it in pho, braised pork, infused spirits or as a fragrant decoration around the house.",
            ),
        ],
        "packaging": ("Túi zip giấy kraft", "Resealable kraft bag"),
        "ingredients": ("Quả hồi khô", "Dried star anise"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Đóng kín túi, để nơi khô ráo", "Reseal and keep dry"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Bình Liêu"],
        "variants": [
            ("bag", "200 g", 65000, 150, 220),
            ("bag", "500 g", 150000, 80, 520),
        ],
        "stars": 3,
        "score": 68,
        "issued": "2025-10-30",
        "expired": False,
    },
    {
        "key": "dau-so-binh-lieu",
        "producer": "luc-hon",
        "group": "thuc-pham-che-bien",
        "locality": "binh-lieu",
        "title": ("Dầu sở Bình Liêu", "Binh Lieu tea-seed oil"),
        "slug_vi": "dau-so-binh-lieu",
        "slug_en": "binh-lieu-tea-seed-oil",
        "intro": (
            "Dầu ép lạnh từ hạt cây sở, màu vàng nhạt, dùng để xào nấu và chăm sóc tóc theo cách của người Dao.",
            (
                "Cold-pressed oil from the seeds of the so camellia, pale gold, used for cooking and for hair "
                "care the Dao way."
            ),
        ),
        "description": [
            (
                (
                    "Quả sở chín vào tháng mười. Hạt được tách, phơi khô, rang nhẹ rồi ép lạnh bằng máy ép trục "
                    "vít. Dầu được để lắng tự nhiên một tháng trước khi đóng chai."
                ),
                (
                    "So fruit ripens in October. The seeds are shelled, dried, lightly toasted and cold-pressed "
                    "in a screw press, then the oil settles naturally for a month before bottling."
                ),
            ),
            (
                (
                    "Dầu sở có điểm bốc khói cao, hợp để rán và xào. Phụ nữ Dao còn dùng dầu sở để dưỡng tóc đen "
                    "và mượt."
                ),
                (
                    "With its high smoke point it suits frying and stir-frying. Dao women also use it to keep "
                    "their hair dark and glossy."
                ),
            ),
        ],
        "packaging": ("Chai thủy tinh", "Glass bottle"),
        "ingredients": ("Dầu hạt sở ép lạnh 100%", "100% cold-pressed so seed oil"),
        "shelf_life": ("18 tháng", "18 months"),
        "storage": ("Tránh ánh nắng, đậy kín sau khi dùng", "Keep out of the sun and close after use"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Bình Liêu"],
        "variants": [
            ("bottle", "500 ml", 160000, 70, 900),
        ],
        "stars": 3,
        "score": 64,
        "issued": "2024-04-02",
        "expired": False,
    },
    {
        "key": "ao-theu-dao-thanh-phan",
        "producer": "ngan-vang",
        "group": "vai-may-mac",
        "locality": "binh-lieu",
        "title": ("Áo thêu Dao Thanh Phán", "Dao Thanh Phan embroidered jacket"),
        "slug_vi": "ao-theu-dao-thanh-phan",
        "slug_en": "dao-thanh-phan-embroidered-jacket",
        "intro": (
            (
                "Áo vải chàm thêu tay hoa văn truyền thống của phụ nữ Dao Thanh Phán, mỗi chiếc mất nhiều tuần để "
                "hoàn thành."
            ),
            (
                "An indigo jacket hand-embroidered with the traditional motifs of Dao Thanh Phan women; each "
                "takes weeks to finish."
            ),
        ),
        "description": [
            (
                (
                    "Vải chàm được nhuộm bằng lá chàm trồng trong vườn, giặt và phơi nhiều lần cho bền màu. Các "
                    "chị thêu bằng chỉ đỏ, vàng, trắng theo hoa văn cây thông, hình người và ngôi sao tám cánh."
                ),
                (
                    "The cloth is dyed with indigo grown in the village gardens, then washed and dried many times "
                    "to fix the colour. The women embroider in red, yellow and white: pine trees, human figures "
                    "and eight-pointed stars."
                ),
            ),
            (
                (
                    "Áo may theo dáng truyền thống, có thể đặt theo số đo. Nên giặt tay bằng nước lạnh và phơi "
                    "trong bóng râm."
                ),
                (
                    "Cut in the traditional shape, the jackets can also be made to measure. Hand-wash in cold "
                    "water and dry in the shade."
                ),
            ),
        ],
        "packaging": ("Túi vải, hộp giấy", "Cloth bag in a paper box"),
        "ingredients": ("Vải bông nhuộm chàm, chỉ thêu cotton", "Indigo-dyed cotton, cotton embroidery thread"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Giặt tay, phơi trong bóng râm", "Hand-wash and dry in the shade"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Bình Liêu", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("piece", "S–M", 1500000, 6, 500),
            ("piece", "L–XL", 1650000, 4, 550),
        ],
        "stars": 3,
        "score": 66,
        "issued": "2024-07-09",
        "expired": False,
    },
    {
        "key": "tui-tho-cam-dao",
        "producer": "ngan-vang",
        "group": "vai-may-mac",
        "locality": "binh-lieu",
        "title": ("Túi thổ cẩm Dao", "Dao brocade bag"),
        "slug_vi": "tui-tho-cam-dao",
        "slug_en": "dao-brocade-bag",
        "intro": (
            "Túi đeo vai may từ vải chàm thêu hoa văn Dao, bền chắc, hợp dùng hằng ngày và làm quà.",
            "A shoulder bag of indigo cloth embroidered with Dao patterns: sturdy for everyday use and a good gift.",
        ),
        "description": [
            (
                (
                    "Mỗi chiếc túi dùng phần vải thêu của một tấm khăn hoặc vạt áo, được may lót vải bông, có "
                    "khóa kéo và ngăn trong."
                ),
                (
                    "Each bag is made from the embroidered panel of a headscarf or jacket flap, lined in cotton, "
                    "with a zip and an inside pocket."
                ),
            ),
            (
                "Vì thêu tay nên hoa văn và màu chỉ trên mỗi túi không hoàn toàn giống nhau.",
                "Because the embroidery is done by hand, no two bags have quite the same pattern or colours.",
            ),
        ],
        "packaging": ("Túi giấy", "Paper bag"),
        "ingredients": ("Vải bông nhuộm chàm, chỉ thêu, vải lót", "Indigo-dyed cotton, embroidery thread, lining"),
        "shelf_life": ("Không giới hạn", "Indefinite"),
        "storage": ("Giặt tay nhẹ nhàng", "Hand-wash gently"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Bình Liêu"],
        "variants": [
            ("piece", "25 × 30 cm", 350000, 25, 300),
        ],
        "stars": 3,
        "score": 61,
        "issued": "2025-02-14",
        "expired": False,
    },
    {
        "key": "trai-nghiem-ban-dao-binh-lieu",
        "producer": "ngan-vang",
        "group": "dich-vu-du-lich-nong-thon",
        "locality": "binh-lieu",
        "title": ("Trải nghiệm một ngày ở bản Dao Bình Liêu", "A day in a Dao village, Binh Lieu"),
        "slug_vi": "trai-nghiem-mot-ngay-o-ban-dao-binh-lieu",
        "slug_en": "a-day-in-a-dao-village-binh-lieu",
        "intro": (
            "Học thêu cùng phụ nữ Dao, nấu cơm lam, nghe hát páo dung và nghỉ trong nhà trình tường.",
            (
                "Learn embroidery with Dao women, cook rice in bamboo, hear pao dung singing and stay in a "
                "rammed-earth house."
            ),
        ),
        "description": [
            (
                (
                    "Buổi sáng, khách được chị em trong tổ hướng dẫn thêu một mẫu hoa văn nhỏ để mang về. Buổi "
                    "trưa cả nhóm cùng nấu cơm lam, gà đồi và rau dớn hái ven suối."
                ),
                (
                    "In the morning the women teach you to embroider a small motif to take home. At midday "
                    "everyone cooks bamboo rice, hill chicken and wild fern shoots picked by the stream."
                ),
            ),
            (
                (
                    "Buổi chiều khách có thể đi bộ lên đồi ngắm ruộng bậc thang hoặc đường tuần tra biên giới. "
                    "Tối nghe hát soọng cô bên bếp lửa."
                ),
                (
                    "In the afternoon you can walk up to the terraced fields or the border patrol road, and in "
                    "the evening listen to pao dung songs by the fire."
                ),
            ),
            (
                "Giá gồm hướng dẫn, bữa trưa, bữa tối và vật liệu thêu; nghỉ đêm tính thêm.",
                "The price includes guiding, lunch, dinner and embroidery materials; staying the night costs extra.",
            ),
        ],
        "packaging": ("Dịch vụ trong ngày", "Day experience"),
        "ingredients": (
            "Hướng dẫn thêu, bữa trưa, bữa tối, vật liệu",
            "Embroidery lesson, lunch, dinner, materials",
        ),
        "shelf_life": ("Đặt trước ít nhất 3 ngày", "Book at least 3 days ahead"),
        "storage": ("Nhóm từ 2 đến 12 khách", "Groups of 2 to 12 guests"),
        "other_certifications": [],
        "where_to_buy": [],
        "variants": [
            ("service", "1 khách / 1 guest", 650000, 12, 0),
        ],
        "stars": 3,
        "score": 58,
        "issued": "2025-09-26",
        "expired": False,
    },
    {
        "key": "tra-hoa-vang-ba-che",
        "producer": "ba-che-xanh",
        "group": "tra",
        "locality": "ba-che",
        "title": ("Trà hoa vàng Ba Chẽ", "Ba Che golden camellia tea"),
        "slug_vi": "tra-hoa-vang-ba-che",
        "slug_en": "ba-che-golden-camellia-tea",
        "intro": (
            "Bông trà hoa vàng sấy lạnh nguyên bông, nước trà vàng sáng, vị ngọt dịu và hương thơm thanh.",
            (
                "Whole golden camellia flowers, cold-dried, that brew a bright yellow cup with a gentle sweetness "
                "and a clean fragrance."
            ),
        ),
        "description": [
            (
                (
                    "Trà hoa vàng là loài cây quý mọc dưới tán rừng Ba Chẽ, mỗi năm chỉ nở hoa vào mùa đông. Hoa "
                    "được hái khi vừa hé nở, làm sạch và sấy lạnh nên giữ nguyên màu vàng óng và hình dáng bông."
                ),
                (
                    "Golden camellia is a rare plant of the Ba Che forest understorey that flowers only in "
                    "winter. The blooms are picked as they open, cleaned and cold-dried, so they keep their "
                    "golden colour and shape."
                ),
            ),
            (
                (
                    "Mỗi lần pha dùng hai đến ba bông với nước khoảng 90 độ C, hãm năm phút. Nước trà có màu vàng "
                    "trong, có thể pha lại nhiều lần."
                ),
                (
                    "Use two or three flowers with water at about 90 °C and steep for five minutes. The cup is a "
                    "clear gold, and the flowers can be steeped several times."
                ),
            ),
            (
                "Vùng trồng được cấp mã số và mỗi hộp trà đều có tem truy xuất nguồn gốc.",
                "The growing area is registered, and every box carries a traceability stamp.",
            ),
        ],
        "packaging": ("Hộp gỗ có lọ thủy tinh bên trong", "Wooden box with a glass jar inside"),
        "ingredients": ("Hoa trà hoa vàng sấy khô 100%", "100% dried golden camellia flowers"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Đậy kín, để nơi khô mát", "Keep sealed in a cool, dry place"),
        "other_certifications": ["ISO 22000"],
        "where_to_buy": [
            "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh",
            "Chợ Ba Chẽ",
            "Bưu điện tỉnh Quảng Ninh – postmart.vn",
        ],
        "variants": [
            ("box", "50 g", 650000, 40, 450),
            ("box", "100 g", 1250000, 20, 700),
        ],
        "stars": 5,
        "score": 94,
        "issued": "2024-01-25",
        "expired": False,
    },
    {
        "key": "tra-hoa-vang-tui-loc",
        "producer": "ba-che-xanh",
        "group": "tra",
        "locality": "ba-che",
        "title": ("Trà hoa vàng túi lọc", "Golden camellia tea bags"),
        "slug_vi": "tra-hoa-vang-tui-loc",
        "slug_en": "golden-camellia-tea-bags",
        "intro": (
            (
                "Trà hoa vàng kết hợp lá trà hoa vàng, đóng túi lọc, tiện dùng hằng ngày với giá dễ tiếp cận hơn "
                "trà bông."
            ),
            (
                "Golden camellia flowers and leaves in tea bags: convenient for every day and easier on the purse "
                "than whole flowers."
            ),
        ),
        "description": [
            (
                (
                    "Lá và những bông hoa không đủ đẹp để đóng hộp nguyên bông được sấy, nghiền vừa và phối trộn "
                    "theo tỉ lệ để nước trà có màu vàng nhạt, vị êm."
                ),
                (
                    "Leaves and flowers not pretty enough for the whole-flower boxes are dried, cut and blended "
                    "so the tea brews pale gold and mellow."
                ),
            ),
            (
                "Mỗi túi pha một cốc nước sôi trong năm phút, uống nóng hoặc để lạnh đều ngon.",
                "Steep one bag in a cup of boiling water for five minutes; it is good hot or chilled.",
            ),
        ],
        "packaging": ("Hộp giấy 20 túi lọc", "Paper box of 20 tea bags"),
        "ingredients": ("Lá và hoa trà hoa vàng", "Golden camellia leaves and flowers"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Để nơi khô ráo, tránh ẩm", "Keep dry and away from damp"),
        "other_certifications": ["ISO 22000"],
        "where_to_buy": ["Chợ Ba Chẽ", "Siêu thị Hạ Long Xanh, phường Bãi Cháy"],
        "variants": [
            ("box", "20 × 2 g", 180000, 150, 120),
        ],
        "stars": 4,
        "score": 80,
        "issued": "2025-04-03",
        "expired": False,
    },
    {
        "key": "cao-ba-kich",
        "producer": "ba-che-xanh",
        "group": "duoc-lieu",
        "locality": "ba-che",
        "title": ("Cao ba kích Ba Chẽ", "Ba Che morinda extract"),
        "slug_vi": "cao-ba-kich-ba-che",
        "slug_en": "ba-che-morinda-extract",
        "intro": (
            "Cao đặc chiết từ rễ ba kích tím trồng dưới tán rừng, dùng pha nước ấm uống hằng ngày.",
            "A thick extract of purple morinda root grown under the forest canopy, taken daily in warm water.",
        ),
        "description": [
            (
                (
                    "Rễ ba kích đủ bốn năm tuổi được rút lõi, sao vàng rồi nấu chiết nhiều lần, cô đặc ở nhiệt độ "
                    "thấp thành cao sánh màu nâu đen."
                ),
                (
                    "Four-year-old morinda roots are cored, dry-roasted and simmered through several extractions, "
                    "then concentrated at a low temperature into a thick, dark-brown paste."
                ),
            ),
            (
                (
                    "Mỗi lần dùng khoảng một thìa cà phê pha với nước ấm. Sản phẩm là thực phẩm bảo vệ sức khỏe, "
                    "không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh."
                ),
                (
                    "Take about a teaspoon in warm water. It is a health supplement, not a medicine, and is no "
                    "substitute for medical treatment."
                ),
            ),
        ],
        "packaging": ("Lọ thủy tinh trong hộp giấy", "Glass jar in a paper box"),
        "ingredients": ("Rễ ba kích tím", "Purple morinda root"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Đậy kín, để nơi khô mát", "Keep sealed in a cool, dry place"),
        "other_certifications": ["ISO 22000"],
        "where_to_buy": ["Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("jar", "100 g", 450000, 50, 350),
        ],
        "stars": 4,
        "score": 75,
        "issued": "2024-06-19",
        "expired": False,
    },
    {
        "key": "tham-quan-vuon-tra-hoa-vang",
        "producer": "ba-che-xanh",
        "group": "dich-vu-du-lich-nong-thon",
        "locality": "ba-che",
        "title": ("Tham quan vườn trà hoa vàng Ba Chẽ", "Ba Che golden camellia garden visit"),
        "slug_vi": "tham-quan-vuon-tra-hoa-vang-ba-che",
        "slug_en": "ba-che-golden-camellia-garden-visit",
        "intro": (
            "Nửa ngày dạo vườn trà hoa vàng dưới tán rừng, tự tay hái hoa và thưởng trà cùng người trồng.",
            (
                "Half a day in the golden camellia gardens under the forest canopy, picking flowers and drinking "
                "tea with the growers."
            ),
        ),
        "description": [
            (
                (
                    "Chương trình mở vào mùa hoa, từ tháng mười một đến tháng hai năm sau. Khách được hướng dẫn "
                    "cách nhận biết cây trà hoa vàng, cách hái hoa không làm hại cây và xem quy trình sấy lạnh."
                ),
                (
                    "Visits run in the flowering season, from November to February. A guide shows you how to "
                    "recognise the plant, how to pick without harming it and how the flowers are cold-dried."
                ),
            ),
            (
                "Cuối buổi, khách thưởng trà bên suối và nhận một hộp trà nhỏ làm quà.",
                "You finish with tea beside the stream and take home a small box of flowers.",
            ),
        ],
        "packaging": ("Dịch vụ nửa ngày", "Half-day visit"),
        "ingredients": ("Hướng dẫn viên, trà, quà tặng", "Guide, tea tasting, a gift box"),
        "shelf_life": ("Đặt trước ít nhất 2 ngày", "Book at least 2 days ahead"),
        "storage": ("Chỉ mở từ tháng 11 đến tháng 2", "November to February only"),
        "other_certifications": [],
        "where_to_buy": [],
        "variants": [
            ("service", "1 khách / 1 guest", 350000, 20, 0),
        ],
        "stars": 3,
        "score": 60,
        "issued": "2025-11-12",
        "expired": False,
    },
    {
        "key": "ba-kich-tim-kho",
        "producer": "khe-ham",
        "group": "duoc-lieu",
        "locality": "ba-che",
        "title": ("Ba kích tím khô Ba Chẽ", "Dried Ba Che purple morinda"),
        "slug_vi": "ba-kich-tim-kho-ba-che",
        "slug_en": "dried-ba-che-purple-morinda",
        "intro": (
            "Rễ ba kích tím đã rút lõi, phơi khô, thịt dày màu tím đậm, dùng ngâm rượu hoặc sắc uống.",
            "Cored, dried purple morinda root with thick, deep-purple flesh, for steeping in spirit or brewing.",
        ),
        "description": [
            (
                (
                    "Ba kích được thu hoạch khi đủ ba đến năm năm tuổi, rửa sạch đất, đồ qua hơi nước cho mềm rồi "
                    "rút lõi gỗ bên trong. Phần thịt được phơi nắng hoặc sấy nhẹ đến khi khô hẳn."
                ),
                (
                    "The roots are lifted at three to five years old, washed, steamed until soft and stripped of "
                    "their woody core. The flesh is then sun-dried or gently oven-dried until completely dry."
                ),
            ),
            (
                (
                    "Ba kích tím khô bảo quản được lâu, dùng ngâm rượu, hầm với thịt hoặc sắc nước uống theo "
                    "hướng dẫn của thầy thuốc."
                ),
                (
                    "It keeps well and can be steeped in spirit, simmered with meat or brewed as directed by a "
                    "traditional practitioner."
                ),
            ),
        ],
        "packaging": ("Túi zip giấy kraft", "Resealable kraft bag"),
        "ingredients": ("Rễ ba kích tím", "Purple morinda root"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Để nơi khô ráo, thỉnh thoảng mang phơi nắng", "Keep dry and air it in the sun now and then"),
        "other_certifications": ["VietGAP"],
        "where_to_buy": ["Chợ Ba Chẽ", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("bag", "500 g", 350000, 80, 530),
            ("bag", "1 kg", 680000, 30, 1040),
        ],
        "stars": 4,
        "score": 85,
        "issued": "2024-12-02",
        "expired": False,
    },
    {
        "key": "ruou-ba-kich",
        "producer": "khe-ham",
        "group": "do-uong-co-con",
        "locality": "ba-che",
        "title": ("Rượu ba kích Ba Chẽ", "Ba Che morinda wine"),
        "abroad_restriction": "alcohol",
        "slug_vi": "ruou-ba-kich-ba-che",
        "slug_en": "ba-che-morinda-wine",
        "intro": (
            "Rượu ngâm ba kích tím của người Dao Ba Chẽ, màu tím hồng, vị êm, hậu ngọt.",
            (
                "Purple morinda steeped in rice spirit by the Dao of Ba Che: rosy purple, smooth and sweet on the "
                "finish."
            ),
        ),
        "description": [
            (
                (
                    "Ba kích tím khô được ngâm với rượu nếp nấu thủ công trong chum sành ít nhất một năm. Rượu "
                    "chuyển sang màu tím hồng đặc trưng và có vị ngọt tự nhiên của củ ba kích."
                ),
                (
                    "Dried purple morinda is steeped in hand-distilled glutinous rice spirit in stoneware jars "
                    "for at least a year. The spirit turns its characteristic rosy purple and takes on the root's "
                    "natural sweetness."
                ),
            ),
            (
                "Mỗi mẻ rượu đều được kiểm tra hàm lượng methanol trước khi đóng chai. Độ cồn khoảng 29 độ.",
                "Every batch is tested for methanol before bottling. Around 29% alcohol.",
            ),
            (
                "Sản phẩm chỉ bán cho người từ đủ 18 tuổi trở lên. Uống có trách nhiệm.",
                "Sold only to customers aged 18 and over. Please drink responsibly.",
            ),
        ],
        "packaging": ("Chai thủy tinh trong hộp gỗ", "Glass bottle in a wooden box"),
        "ingredients": ("Rượu nếp, ba kích tím khô", "Glutinous rice spirit, dried purple morinda"),
        "shelf_life": ("Không giới hạn nếu đậy kín", "Indefinite while sealed"),
        "storage": ("Để nơi thoáng mát, tránh ánh nắng", "Store somewhere cool, out of the sun"),
        "other_certifications": ["ISO 22000"],
        "where_to_buy": ["Chợ Ba Chẽ", "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh"],
        "variants": [
            ("bottle", "500 ml", 280000, 80, 1000),
            ("bottle", "750 ml", 380000, 50, 1400),
        ],
        "stars": 5,
        "score": 91,
        "issued": "2025-07-17",
        "expired": False,
    },
    {
        "key": "ba-kich-ngam-mat-ong",
        "producer": "khe-ham",
        "group": "duoc-lieu",
        "locality": "ba-che",
        "title": ("Ba kích ngâm mật ong", "Morinda in honey"),
        "slug_vi": "ba-kich-ngam-mat-ong",
        "slug_en": "morinda-in-honey",
        "intro": (
            "Ba kích tím ngâm mật ong rừng, ăn trực tiếp từng miếng nhỏ hoặc pha nước ấm.",
            "Purple morinda preserved in forest honey, eaten by the piece or stirred into warm water.",
        ),
        "description": [
            (
                (
                    "Ba kích tươi được rút lõi, hấp chín rồi ngâm trong mật ong rừng từ ba tháng trở lên. Mật "
                    "ngấm vào từng thớ ba kích, làm dịu vị chát và tạo vị ngọt thơm."
                ),
                (
                    "Fresh roots are cored, steamed and steeped in forest honey for at least three months. The "
                    "honey soaks into every fibre, softening the root's bitterness into a fragrant sweetness."
                ),
            ),
            (
                "Sản phẩm không dành cho trẻ em dưới một tuổi. Đây là thực phẩm, không phải là thuốc.",
                "Not suitable for infants under one year old. This is a food, not a medicine.",
            ),
        ],
        "packaging": ("Hũ thủy tinh", "Glass jar"),
        "ingredients": ("Ba kích tím 40%, mật ong rừng 60%", "Purple morinda 40%, forest honey 60%"),
        "shelf_life": ("24 tháng", "24 months"),
        "storage": ("Đậy kín, để nơi khô mát", "Keep the lid on and store somewhere cool and dry"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Ba Chẽ"],
        "variants": [
            ("jar", "500 g", 380000, 40, 900),
        ],
        "stars": 4,
        "score": 72,
        "issued": "2025-03-06",
        "expired": False,
    },
    {
        "key": "la-tam-nguoi-dao",
        "producer": "khe-ham",
        "group": "my-pham-thao-duoc",
        "locality": "ba-che",
        "title": ("Lá tắm thảo dược người Dao", "Dao herbal bath leaves"),
        "slug_vi": "la-tam-thao-duoc-nguoi-dao",
        "slug_en": "dao-herbal-bath-leaves",
        "intro": (
            "Gói lá thuốc tắm theo bài thuốc gia truyền của người Dao, giúp thư giãn và ấm người sau ngày dài.",
            "Bath herbs from a Dao family recipe, for a relaxing, warming soak at the end of a long day.",
        ),
        "description": [
            (
                (
                    "Mỗi gói gồm hơn mười loại lá và thân cây rừng như bưởi bung, lá lốt, cỏ xước, được hái, rửa "
                    "sạch, phơi khô và cắt nhỏ."
                ),
                (
                    "Each pack holds more than ten forest leaves and stems, among them glycosmis, wild betel and "
                    "chaff flower, picked, washed, dried and chopped."
                ),
            ),
            (
                (
                    "Đun một gói với năm lít nước trong hai mươi phút, pha thêm nước cho vừa ấm rồi ngâm hoặc "
                    "xông. Không dùng cho phụ nữ có thai và người có vết thương hở."
                ),
                (
                    "Simmer one pack in five litres of water for twenty minutes, top up to a comfortable "
                    "temperature and soak or steam. Not for use in pregnancy or on broken skin."
                ),
            ),
        ],
        "packaging": ("Túi giấy, mỗi túi 10 gói", "Paper bag of 10 sachets"),
        "ingredients": ("Lá và thân cây thảo dược rừng phơi khô", "Dried forest herbs, leaves and stems"),
        "shelf_life": ("18 tháng", "18 months"),
        "storage": ("Để nơi khô ráo, tránh ẩm mốc", "Keep dry to prevent mould"),
        "other_certifications": [],
        "where_to_buy": ["Chợ Ba Chẽ"],
        "variants": [
            ("bag", "10 × 50 g", 120000, 100, 550),
        ],
        "stars": 3,
        "score": 62,
        "issued": "2024-05-14",
        "expired": False,
    },
]


# English names of the shops and markets in "where_to_buy" (the names of places stay as they are).
WHERE_TO_BUY_EN = {
    "Bưu điện tỉnh Quảng Ninh – postmart.vn": "Quang Ninh Post Office – postmart.vn",
    "Chợ Ba Chẽ": "Ba Che market",
    "Chợ Bình Liêu": "Binh Lieu market",
    "Chợ Cái Rồng": "Cai Rong market",
    "Chợ Cô Tô": "Co To market",
    "Chợ Cẩm Phả": "Cam Pha market",
    "Chợ Hạ Long I": "Ha Long I market",
    "Chợ Rừng, phường Quảng Yên": "Rung market, Quang Yen ward",
    "Chợ Tiên Yên": "Tien Yen market",
    "Chợ Uông Bí": "Uong Bi market",
    "Chợ trung tâm Móng Cái": "Mong Cai central market",
    "Chợ Đông Triều": "Dong Trieu market",
    "Chợ Đầm Hà": "Dam Ha market",
    "Cửa hàng lưu niệm Bãi Cháy": "Bai Chay souvenir shop",
    "Siêu thị Hạ Long Xanh, phường Bãi Cháy": "Ha Long Xanh supermarket, Bai Chay ward",
    "Trung tâm giới thiệu sản phẩm OCOP Quảng Ninh": "Quang Ninh OCOP showroom",
    "Xưởng gốm Thanh Lam, phường Đông Triều": "Thanh Lam pottery workshop, Dong Trieu ward",
    "Điểm giới thiệu sản phẩm OCOP Yên Tử": "Yen Tu OCOP showroom",
}

# Roles in the producers' quote attributions ("Bà Nguyễn Thị Hoa, chủ cơ sở"); in English the
# honorific (Bà, Ông, Chị) is dropped and the person's name kept as it is.
ATTRIBUTION_ROLES_EN = {
    "chủ cơ sở": "owner of the workshop",
    "giám đốc công ty": "director of the company",
    "tổ trưởng tổ hợp tác": "head of the cooperative group",
    "giám đốc hợp tác xã": "director of the cooperative",
    "tổng giám đốc": "chief executive",
    "chủ hộ kinh doanh": "head of the family business",
}
HONORIFICS = ("Bà ", "Ông ", "Chị ", "Anh ")
