"""Hand-written phrases of the plan genre, counted into the model on top of the corpus statistics.

Plans from 2010-2020 name agencies and reform areas that 2025 documents rarely use any more (after the
2025 mergers) and their task tables repeat a few header words; these phrases keep them likely.
"""
from __future__ import annotations

PRIOR_WEIGHT = 3

AGENCIES = [
    "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông",
    "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương",
    "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ",
    "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp huyện",
    "Ủy ban nhân dân cấp xã", "UBND cấp huyện", "UBND cấp xã", "Chủ tịch UBND tỉnh",
    "Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Thanh tra tỉnh",
    "Công an tỉnh", "Ban Dân tộc", "Ban Quản lý khu kinh tế", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh",
    "Trung tâm Phục vụ hành chính công", "Bộ phận tiếp nhận và trả kết quả",
    "Các sở, ban, ngành tỉnh", "Các cơ quan, đơn vị, địa phương", "cơ quan chuyên môn thuộc UBND tỉnh",
    "Bộ Nội vụ", "Ban Chỉ đạo cải cách hành chính", "Thủ tướng Chính phủ",
]

# Abbreviations that plans of 2010-2020 use constantly but 2025 documents rarely do.
ABBREVIATIONS = [
    "Kế hoạch CCHC", "công tác CCHC", "Chỉ số CCHC", "chỉ số thành phần", "tiêu chí thành phần Chỉ số CCHC",
    "cải cách TTHC", "giải quyết TTHC", "công khai TTHC", "văn bản QPPL", "ứng dụng CNTT",
    "đội ngũ CB, CCVC", "cán bộ, công chức, viên chức", "Chỉ số PAR INDEX", "báo cáo CCHC định kỳ",
    "theo chế độ báo cáo CCHC", "UBND tỉnh", "HĐND tỉnh", "Đài PTTH tỉnh",
    "hệ thống quản lý chất lượng theo tiêu chuẩn ISO", "áp dụng ISO",
]

REFORM_AREAS = [
    "Công tác chỉ đạo, điều hành cải cách hành chính", "Cải cách thể chế", "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính nhà nước",
    "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Cải cách chế độ công vụ",
    "Cải cách tài chính công", "Hiện đại hóa hành chính", "Xây dựng và phát triển Chính quyền điện tử",
    "Thực hiện cơ chế một cửa, một cửa liên thông", "Công tác tuyên truyền cải cách hành chính",
    "Chỉ số cải cách hành chính", "Chỉ số hài lòng của người dân, tổ chức",
    "xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
]

TABLE_HEADERS = [
    "Đơn vị chủ trì", "Đơn vị phối hợp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Sản phẩm đầu ra",
    "Thời gian hoàn thành", "Thời gian thực hiện", "Nội dung thực hiện", "Nội dung nhiệm vụ", "Ghi chú",
    "Kinh phí", "Thường xuyên", "Hằng năm", "Hàng năm", "Định kỳ hằng năm", "Nhiệm vụ cụ thể", "Phụ lục",
    "Kèm theo Quyết định số", "Nhóm tiêu chí thực hiện thường xuyên", "tiêu chí thành phần",
    # headers wrapped inside their cell, as OCR prints them line by line
    "Đơn vị phối", "hợp/thực hiện", "Nội dung", "Sản phẩm", "đầu ra", "Thời gian", "hoàn thành",
]

# Deadlines: the 2025 corpus writes quarters in Roman numerals, so "Quý 1/2019" (or OCR's "Quy 1" for
# "Quý I") would otherwise read as "Quỹ" (a fund)
DEADLINES = ["Quý 1", "Quý 2", "Quý 3", "Quý 4", "trong quý", "hằng quý", "hàng quý", "cuối quý", "đầu quý"]


# The 63 provinces and centrally-run cities before the 2025 mergers, as the plans of 2010-2025 spell them.
PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
    "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình",
    "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
    "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
CITIES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh"]


def prior_phrases() -> list[str]:
    places = [f"tỉnh {name}" for name in PROVINCES] + [f"thành phố {name}" for name in CITIES]
    return AGENCIES + ABBREVIATIONS + REFORM_AREAS + TABLE_HEADERS + DEADLINES + places
