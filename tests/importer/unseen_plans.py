"""Plan documents of the genre that differ from the seeds, built in their real formats.

Each builder writes one document into a directory and returns its path. The documents are made
up, but written the way provinces, districts and departments write their plans: letterheads,
"Căn cứ" clauses, an appendix table or lettered prose items. The expected results live in
`test_unseen_plans.py`, written by hand from these texts.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import docx

from tests.support.render import docx_to_pdf


@dataclass
class Grid:
    """A table as written: one list of cell texts per row, plus merged ranges.

    A merge (top, left, bottom, right) keeps the text of its top-left cell."""

    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


def write_docx(path: Path, before: list[str], grid: Grid | None = None, after: list[str] = ()) -> Path:
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    if grid is not None:
        _add_table(document, grid)
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _add_table(document, grid: Grid) -> None:
    width = max(len(r) for r in grid.rows)
    table = document.add_table(rows=len(grid.rows), cols=width)
    table.style = "Table Grid"
    for i, row in enumerate(grid.rows):
        for j, text in enumerate(row):
            _set_cell(table.cell(i, j), text)
    for top, left, bottom, right in grid.merges:
        text = grid.rows[top][left]
        merged = table.cell(top, left).merge(table.cell(bottom, right))
        _set_cell(merged, text)


def _set_cell(cell, text: str) -> None:
    """One paragraph per line of `text` (Word cells hold paragraphs, not line breaks)."""
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


# --- 1. A district's annual plan: Arabic-numbered area rows, products in the last column ------

DISTRICT_FRONT = [
    "ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC TRỌNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 45/KH-UBND", "Đức Trọng, ngày 12 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của huyện Đức Trọng",
    "Căn cứ Kế hoạch số 310/KH-UBND ngày 28/12/2023 của UBND tỉnh Lâm Đồng về cải cách hành chính "
    "nhà nước tỉnh Lâm Đồng năm 2024;",
    "Ủy ban nhân dân huyện Đức Trọng ban hành Kế hoạch cải cách hành chính năm 2024 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Tiếp tục đẩy mạnh cải cách hành chính, xây dựng nền hành chính huyện chuyên nghiệp, hiện đại.",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng HĐND và UBND huyện theo dõi, tổng hợp, báo cáo kết quả thực hiện.",
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA HUYỆN ĐỨC TRỌNG",
    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/01/2024 của UBND huyện Đức Trọng)",
]

DISTRICT_TABLE = Grid(rows=[
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
    ["1", "Cải cách thể chế", "", "", "", ""],
    ["1.1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành",
     "Phòng Tư pháp", "Các cơ quan, đơn vị thuộc UBND huyện", "Tháng 3/2024", "Báo cáo kết quả rà soát"],
    ["1.2", "Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp",
     "Công an huyện", "Trước 30/6/2024", "Thông báo kết luận kiểm tra"],
    ["2", "Cải cách thủ tục hành chính", "", "", "", ""],
    ["2.1", "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và xã",
     "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "Thường xuyên", "Thủ tục được công khai"],
    ["2.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "UBND các xã, thị trấn",
     "Văn phòng HĐND và UBND huyện", "Quý IV", "Hồ sơ được số hóa"],
    ["3", "Hiện đại hóa hành chính", "", "", "", ""],
    ["3.1", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Phòng Nội vụ",
     "Các cơ quan chuyên môn thuộc UBND huyện", "31/12/2024", "Quyết định công bố"],
], merges=[(1, 1, 1, 5), (4, 1, 4, 5), (7, 1, 7, 5)])


def district_docx(directory: Path) -> Path:
    return write_docx(directory / "ke-hoach-cchc-huyen.docx", DISTRICT_FRONT, DISTRICT_TABLE)


# --- 2. A department's plan exported to PDF: products before the agencies, loose deadlines ---

DEPARTMENT_FRONT = [
    "UBND TỈNH QUẢNG NGÃI", "SỞ TÀI CHÍNH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 215/KH-STC", "Quảng Ngãi, ngày 20 tháng 02 năm 2022",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2022 của Sở Tài chính",
    "Căn cứ Quyết định số 95/QĐ-UBND ngày 25/01/2022 của UBND tỉnh Quảng Ngãi ban hành Kế hoạch cải cách "
    "hành chính nhà nước tỉnh Quảng Ngãi năm 2022;",
    "Sở Tài chính xây dựng Kế hoạch cải cách hành chính năm 2022 với các nội dung như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Thực hiện đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính của ngành tài chính.",
    "II. NHIỆM VỤ CỤ THỂ",
]

DEPARTMENT_TABLE = Grid(rows=[
    ["TT", "Nhiệm vụ", "Kết quả/sản phẩm", "Phòng chủ trì", "Phòng phối hợp", "Thời hạn"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", ""],
    ["1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022 của Sở", "Kế hoạch",
     "Văn phòng Sở", "Các phòng thuộc Sở", "Trước ngày 15/6"],
    ["2", "Báo cáo kết quả thực hiện cải cách hành chính của Sở", "Báo cáo", "Văn phòng Sở",
     "Các phòng thuộc Sở", "Hằng quý"],
    ["II", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", ""],
    ["1", "Hướng dẫn các đơn vị sự nghiệp công lập xây dựng phương án tự chủ tài chính",
     "Văn bản hướng dẫn", "Phòng Tài chính hành chính sự nghiệp", "Phòng Quản lý ngân sách", "Quý III"],
    ["2", "Kiểm tra việc quản lý, sử dụng kinh phí tự chủ tại các cơ quan hành chính", "Kết luận kiểm tra",
     "Thanh tra Sở", "Phòng Tài chính hành chính sự nghiệp", "Cả năm"],
], merges=[(1, 1, 1, 5), (4, 1, 4, 5)])

DEPARTMENT_AFTER = [
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện Kế hoạch này.",
]


def department_pdf(directory: Path) -> Path:
    source = write_docx(directory / "ke-hoach-cchc-so.docx", DEPARTMENT_FRONT, DEPARTMENT_TABLE, DEPARTMENT_AFTER)
    return docx_to_pdf(source, directory)


# --- 3. A 2023-2025 plan with the 2021-2030 programme's areas and a budget column ---------------

PERIOD_FRONT = [
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
    "KẾ HOẠCH",
    "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH HÀ GIANG GIAI ĐOẠN 2023 - 2025",
    "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 15/3/2023 của UBND tỉnh Hà Giang)",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
    "hành chính nhà nước giai đoạn 2021 - 2030;",
    "I. MỤC TIÊU",
    "Xây dựng nền hành chính tỉnh Hà Giang dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả.",
    "II. NHIỆM VỤ VÀ KINH PHÍ THỰC HIỆN",
    "Chi tiết tại Phụ lục kèm theo.",
]

PERIOD_TABLE = Grid(rows=[
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí (triệu đồng)"],
    ["I", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", ""],
    ["1", "Hoàn thiện vị trí việc làm và cơ cấu ngạch công chức của các cơ quan, tổ chức hành chính",
     "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thành phố", "2023 - 2025", "1.200"],
    ["2", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo vị trí việc làm", "Sở Nội vụ",
     "Trường Chính trị tỉnh", "Hằng năm", "350,5"],
    ["II", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "", "", "", ""],
    ["1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Sở Thông tin và Truyền thông",
     "Văn phòng UBND tỉnh", "Năm 2024", "1.000"],
    ["2", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành",
     "Quý II/2023", ""],
    ["III", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", ""],
    ["1", "Rà soát, sắp xếp lại các đơn vị sự nghiệp công lập gắn với giao quyền tự chủ tài chính",
     "Sở Tài chính", "Sở Nội vụ", "Trước 31/12/2025", ""],
    ["", "Tổng cộng", "", "", "", "2.550,5"],
], merges=[(1, 1, 1, 5), (4, 1, 4, 5), (7, 1, 7, 5)])


def period_docx(directory: Path) -> Path:
    return write_docx(directory / "ke-hoach-cchc-2023-2025.docx", PERIOD_FRONT, PERIOD_TABLE)


# --- 4. A table with a two-row header: "Thời gian thực hiện" over "Bắt đầu | Hoàn thành" -------

TWO_ROW_FRONT = [
    "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
    "Số: 5012/KH-UBND",
    "Ninh Thuận, ngày 30 tháng 12 năm 2020",
    "KẾ HOẠCH",
    "Cải cách hành chính nhà nước tỉnh Ninh Thuận năm 2021",
    "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ;",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm thực hiện đồng bộ các nhiệm vụ cải cách hành chính năm 2021.",
    "II. NHIỆM VỤ CỤ THỂ",
]

TWO_ROW_TABLE = Grid(rows=[
    ["STT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian thực hiện", "", "Ghi chú"],
    ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""],
    ["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""],
    ["1", "Xây dựng Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2021", "Sở Tư pháp",
     "Các sở, ban, ngành", "Tháng 01/2021", "Tháng 6/2021", ""],
    ["2", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh", "Sở Tư pháp", "UBND các huyện, thành phố",
     "01/3/2021", "30/9/2021", "Báo cáo Bộ Tư pháp"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
    ["1", "Công bố danh mục thủ tục hành chính thực hiện qua dịch vụ bưu chính công ích",
     "Văn phòng UBND tỉnh", "Bưu điện tỉnh", "", "31/12/2021", ""],
    ["2", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Các sở, ban, ngành",
     "Quý I", "Quý IV", ""],
], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6),
           (2, 1, 2, 6), (5, 1, 5, 6)])


def two_row_header_docx(directory: Path) -> Path:
    return write_docx(directory / "ke-hoach-cchc-2021.docx", TWO_ROW_FRONT, TWO_ROW_TABLE)


def two_row_header_pdf(directory: Path) -> Path:
    return docx_to_pdf(two_row_header_docx(directory), directory)


def two_row_header_reportlab_pdf(directory: Path) -> Path:
    return reportlab_pdf(directory / "ke-hoach-cchc-2021.pdf", TWO_ROW_FRONT, TWO_ROW_TABLE,
                         [30, 220, 90, 90, 70, 70, 80], landscape=True)


# --- 5. A prose plan: lettered items under numbered areas, agencies and deadlines in the text --

PROSE_TEXT = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC
Số: 25/KH-UBND
Bình Phước, ngày 18 tháng 01 năm 2019

KẾ HOẠCH
Cải cách hành chính nhà nước tỉnh Bình Phước năm 2019

Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;
Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2019 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tiếp tục đẩy mạnh cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước.
2. Chỉ tiêu
- 100% thủ tục hành chính được công khai đầy đủ trên Cổng dịch vụ công của tỉnh.
- Tối thiểu 30% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.
3. Yêu cầu
Các cơ quan, đơn vị chủ động triển khai các nhiệm vụ được giao.
II. CÁC NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2014 - 2018. Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ban, ngành; thời gian hoàn thành: Quý II/2019.
b) Nâng cao chất lượng công tác xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh.
2. Cải cách thủ tục hành chính
a) Công bố, công khai đầy đủ, kịp thời thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh (Văn phòng UBND tỉnh chủ trì; thời gian thực hiện: thường xuyên).
b) Rà soát, đơn giản hóa thủ tục hành chính trong các lĩnh vực đất đai, xây dựng, đầu tư. Cơ quan chủ trì: Văn phòng UBND tỉnh; thời gian thực hiện: trước ngày 30/9/2019.
3. Hiện đại hóa hành chính
a) Triển khai dịch vụ công trực tuyến mức độ 3, mức độ 4 tại các sở, ban, ngành và UBND cấp huyện. Cơ quan chủ trì: Sở Thông tin và Truyền thông; cơ quan phối hợp: Văn phòng UBND tỉnh, UBND các huyện, thị xã; thời gian hoàn thành: Tháng 12/2019.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.
2. Các sở, ban, ngành, UBND các huyện, thị xã báo cáo định kỳ hằng quý.
"""


def prose_txt(directory: Path) -> Path:
    path = directory / "ke-hoach-cchc-2019.txt"
    path.write_text(PROSE_TEXT, encoding="utf-8")
    return path


# --- 6. A province portal page: the table deep in nested divs, areas as rowspan cells ----------

PORTAL_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch CCHC năm 2025 - Cổng thông tin điện tử tỉnh Tuyên Quang</title></head>
<body>
<header class="site-header"><div class="logo">Cổng thông tin điện tử tỉnh Tuyên Quang</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/cchc">Cải cách hành chính</a></li></ul></nav></header>
<div class="wrapper"><div class="container"><div class="row">
<div class="col-md-9"><div class="article"><div class="article-content">
<h1 class="title">Kế hoạch cải cách hành chính tỉnh Tuyên Quang năm 2025</h1>
<div class="date">Cập nhật: 10/01/2025 08:15</div>
<div class="body">
<p>UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 08/01/2025 về cải cách hành chính nhà nước tỉnh Tuyên Quang năm 2025.</p>
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH TUYÊN QUANG NĂM 2025</strong></p>
<p>Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;</p>
<p>I. NHIỆM VỤ CỤ THỂ</p>
<div class="table-responsive"><div class="tbl-wrap"><table border="1" cellpadding="4">
<thead><tr><th>STT</th><th>Lĩnh vực</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr></thead>
<tbody>
<tr><td>1</td><td rowspan="2">Cải cách tổ chức bộ máy hành chính nhà nước</td><td>Sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh</td><td>Sở Nội vụ</td><td>Các sở, ban, ngành</td><td>Quý II/2025</td></tr>
<tr><td>2</td><td>Sắp xếp đơn vị hành chính cấp xã theo quy định</td><td>UBND các huyện, thành phố</td><td>Sở Nội vụ</td><td>30/6/2025</td></tr>
<tr><td>3</td><td rowspan="2">Cải cách thủ tục hành chính</td><td>Thực hiện thủ tục hành chính không phụ thuộc vào địa giới hành chính</td><td>Văn phòng UBND tỉnh</td><td>Trung tâm Phục vụ hành chính công tỉnh</td><td>Thường xuyên</td></tr>
<tr><td>4</td><td>Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp</td><td>Văn phòng UBND tỉnh</td><td>Các sở, ban, ngành</td><td>Hằng quý</td></tr>
<tr><td>5</td><td>Cải cách tài chính công</td><td>Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập</td><td>Sở Tài chính</td><td>Sở Nội vụ</td><td>Tháng 9/2025</td></tr>
</tbody></table></div></div>
<p>Nơi nhận: như trên.</p>
</div></div></div></div>
<div class="col-md-3"><div class="sidebar"><h3>Tin mới</h3><ul><li><a href="/a">Hội nghị tổng kết năm 2024</a></li>
<li><a href="/b">Lịch tiếp công dân</a></li></ul></div></div>
</div></div></div>
<footer><p>Bản quyền thuộc UBND tỉnh Tuyên Quang. Địa chỉ: số 160 đường Trần Hưng Đạo.</p></footer>
</body></html>
"""


def portal_html(directory: Path) -> Path:
    path = directory / "ke-hoach-cchc-2025.html"
    path.write_text(PORTAL_PAGE, encoding="utf-8")
    return path


# --- 7. An older plan issued by the chairman's decision: no "STT" column, "Quí", "Hình thức văn bản" --

OLDER_FRONT = [
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
    "Số: 215/QĐ-UBND",
    "Tuy Hòa, ngày 14 tháng 02 năm 2012",
    "QUYẾT ĐỊNH",
    "Về việc ban hành Kế hoạch cải cách hành chính nhà nước năm 2012",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
    "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước năm 2012.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "KẾ HOẠCH",
    "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH PHÚ YÊN NĂM 2012",
    "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 14/02/2012 của Chủ tịch UBND tỉnh)",
    "I. MỤC TIÊU",
    "Nâng cao chất lượng, hiệu quả công tác cải cách hành chính năm 2012.",
    "II. NHIỆM VỤ CỤ THỂ",
]

OLDER_TABLE = Grid(rows=[
    ["Nội dung công việc", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp thực hiện", "Thời gian hoàn thành",
     "Hình thức văn bản"],
    ["I. CẢI CÁCH THỂ CHẾ", "", "", "", ""],
    ["Xây dựng Quy chế phối hợp kiểm tra, xử lý văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ngành",
     "Quí II", "Quyết định của UBND tỉnh"],
    ["Rà soát văn bản quy phạm pháp luật về thủ tục hành chính", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Quí III",
     "Báo cáo"],
    ["II. XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", "", "", "", ""],
    ["Xây dựng Đề án vị trí việc làm trong các cơ quan hành chính", "Sở Nội vụ", "Các sở, ngành; UBND cấp huyện",
     "Tháng 10/2012", "Đề án"],
    ["Báo cáo tình hình thực hiện công tác đào tạo, bồi dưỡng", "Sở Nội vụ", "", "6 tháng, năm", "Báo cáo"],
], merges=[(1, 0, 1, 4), (4, 0, 4, 4)])


def older_docx(directory: Path) -> Path:
    return write_docx(directory / "ke-hoach-cchc-2012.docx", OLDER_FRONT, OLDER_TABLE)


# --- 8. A town's plan saved as text from Word: TAB-separated rows, area rows that kept fewer TABs --

TOWN_TEXT = """ỦY BAN NHÂN DÂN
THỊ XÃ BUÔN HỒ
Số: 18/KH-UBND
Buôn Hồ, ngày 20 tháng 01 năm 2017
KẾ HOẠCH
Cải cách hành chính năm 2017
Căn cứ Kế hoạch số 5/KH-UBND ngày 05/01/2017 của UBND tỉnh Đắk Lắk về cải cách hành chính năm 2017;
I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh cải cách hành chính trên địa bàn thị xã.
II. NHIỆM VỤ
STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm
I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1\tBan hành Kế hoạch cải cách hành chính năm 2017 của thị xã\tPhòng Nội vụ\tCác cơ quan, đơn vị\tTháng 01/2017\tKế hoạch
2\tKiểm tra công tác cải cách hành chính tại các xã, phường\tPhòng Nội vụ\tCác cơ quan, đơn vị\tQuý III/2017\tThông báo kết quả kiểm tra
II. HIỆN ĐẠI HÓA HÀNH CHÍNH
1\tDuy trì hệ thống quản lý văn bản và điều hành\tPhòng Nội vụ\tCác cơ quan, đơn vị\tThường xuyên\tHệ thống vận hành
2\tCấp chữ ký số cho cán bộ, công chức\tPhòng Nội vụ\tUBND các xã, phường\t6 tháng đầu năm\tChữ ký số
III. TỔ CHỨC THỰC HIỆN
Các phòng, ban thực hiện nghiêm túc Kế hoạch này.
"""


def town_txt(directory: Path) -> Path:
    path = directory / "ke-hoach-cchc-thi-xa.txt"
    path.write_text(TOWN_TEXT, encoding="utf-8")
    return path


# --- 9. A ward's 2026 plan printed to PDF by its own software (reportlab): a long ruled table ------

WARD_FRONT = [
    "ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU", "Số: 09/KH-UBND", "Hải Châu, ngày 06 tháng 01 năm 2026",
    "KẾ HOẠCH", "Cải cách hành chính năm 2026 của phường Hải Châu",
    "Căn cứ Kế hoạch số 01/KH-UBND ngày 02/01/2026 của UBND thành phố Đà Nẵng về cải cách hành chính năm 2026;",
    "I. NHIỆM VỤ CỤ THỂ",
]
WARD_HEADER = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn hoàn thành", "Sản phẩm"]
WARD_AREAS = [("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công bố, niêm yết thủ tục hành chính nhóm {n} tại Trung tâm "
               "phục vụ hành chính công phường", "Văn phòng HĐND và UBND phường", "Quý {q}/2026",
               "Thủ tục được niêm yết"),
              ("II", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "Tổ chức bồi dưỡng kỹ năng cho công chức đợt {n} theo vị trí việc làm",
               "Phòng Văn hóa - Xã hội", "Tháng {m}/2026", "Lớp bồi dưỡng")]
WARD_TASKS_PER_AREA = 12


def ward_rows() -> tuple[list[list[str]], list[int]]:
    """Rows of the ward's table and the indexes of its area rows."""
    rows, area_rows = [WARD_HEADER], []
    for roman, heading, title, lead, deadline, product in WARD_AREAS:
        area_rows.append(len(rows))
        rows.append([roman, heading, "", "", "", ""])
        for n in range(1, WARD_TASKS_PER_AREA + 1):
            rows.append([str(n), title.format(n=n), lead, "UBND các tổ dân phố",
                         deadline.format(q=("I", "II", "III", "IV")[(n - 1) % 4], m=n), product])
    return rows, area_rows


def ward_pdf(directory: Path) -> Path:
    rows, area_rows = ward_rows()
    grid = Grid(rows=rows, merges=[(i, 1, i, len(WARD_HEADER) - 1) for i in area_rows])
    return reportlab_pdf(directory / "ke-hoach-cchc-phuong.pdf", WARD_FRONT, grid, [25, 170, 85, 75, 70, 75])


def unruled_ward_pdf(directory: Path) -> Path:
    """The ward's plan with its table printed without rules, in smaller print than the text above it."""
    rows, _ = ward_rows()
    return reportlab_pdf(directory / "ke-hoach-cchc-phuong.pdf", WARD_FRONT, Grid(rows=rows, merges=[]),
                         [25, 170, 85, 75, 70, 75], ruled=False, body_size=12)


TIGHT_FRONT = [
    "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 41/KH-UBND", "Lào Cai, ngày 29 tháng 02 năm 2016",
    "KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Lào Cai năm 2016", "PHỤ LỤC",
]
TIGHT_ROWS = [
    ["TT", "Nội dung nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    ["I", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", ""],
    ["1", "Tổ chức thi tuyển công chức hành chính năm 2016", "- Kế hoạch thi tuyển<br/>- Quyết định công nhận kết quả",
     "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 11/2016"],
    ["II", "HIỆN ĐẠI HÓA HÀNH CHÍNH", "", "", "", ""],
    ["1", "Xây dựng Cổng dịch vụ công trực tuyến và hệ thống một cửa điện tử tỉnh",
     "Cổng dịch vụ công được vận hành", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Quý IV/2016"],
]


def tight_unruled_pdf(directory: Path) -> Path:
    """A table without rules whose cells nearly touch: a wide print (DejaVu Serif) and little padding,
    so a cell's line ends a few points before the next column's text starts."""
    return reportlab_pdf(directory / "ke-hoach-cchc-sat-cot.pdf", TIGHT_FRONT, Grid(rows=TIGHT_ROWS),
                         [25, 200, 134, 100, 110, 80], landscape=True, ruled=False, padding=3)


def centred_header_unruled_pdf(directory: Path) -> Path:
    """A table without rules in narrow columns whose header is centred vertically: the wrapped labels
    ("Cơ quan chủ" / "trì") stand on the lines above and below the short ones ("TT", "Sản phẩm"), which
    stand between them (the product after the agencies)."""
    rows = [[row[i] for i in (0, 1, 3, 4, 2, 5)] for row in TIGHT_ROWS]
    return reportlab_pdf(directory / "ke-hoach-cchc-tieu-de-giua.pdf", TIGHT_FRONT, Grid(rows=rows),
                         [25, 200, 80, 80, 134, 80], landscape=True, ruled=False, header_valign="MIDDLE")


def bottom_header_unruled_pdf(directory: Path) -> Path:
    """A table without rules whose header is set at the bottom of its cells: the agencies' labels wrap over
    lines above the others ("Cơ quan" / "chủ" / "trì" beside "Sản phẩm")."""
    return reportlab_pdf(directory / "ke-hoach-cchc-tieu-de-day.pdf", TIGHT_FRONT, Grid(rows=TIGHT_ROWS),
                         [25, 200, 134, 50, 55, 80], landscape=True, ruled=False, header_valign="BOTTOM")


def tall_label_unruled_pdf(directory: Path) -> Path:
    """A table without rules whose header is centred vertically, one label wrapped over more lines than
    the others: "Thời gian" starts a line above them, "thành" ends a line below."""
    return reportlab_pdf(directory / "ke-hoach-cchc-tieu-de-cao.pdf", TIGHT_FRONT, Grid(rows=TIGHT_ROWS),
                         [25, 200, 134, 100, 110, 52], landscape=True, ruled=False, header_valign="MIDDLE")


def reportlab_pdf(path: Path, front: list[str], grid: Grid, widths: list[int], landscape: bool = False,
                  ruled: bool = True, body_size: float = 9, padding: float = 6, header_valign: str = "TOP") -> Path:
    """Paragraphs then a table (9 pt) whose header repeats on each page, as a plan printed by software;
    its header's cells set at the top, "MIDDLE" or "BOTTOM" by `header_valign`."""
    from reportlab.lib import pagesizes
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    style = ParagraphStyle("cell", fontName="DejaVuSerif", fontSize=9, leading=11)
    body = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=body_size, leading=body_size + 2)
    header_rows = 1 + max((bottom for top, _, bottom, _ in grid.merges if top == 0), default=0)
    table = Table([[Paragraph(text, style) for text in row] for row in grid.rows], colWidths=widths,
                  repeatRows=header_rows)
    rules = [("GRID", (0, 0), (-1, -1), 0.5, "black")] if ruled else []
    padded = [(side, (0, 0), (-1, -1), padding) for side in ("LEFTPADDING", "RIGHTPADDING")]
    valign = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, header_rows - 1), header_valign)]
    table.setStyle(TableStyle(rules + padded + valign +
                              [("SPAN", (left, top), (right, bottom)) for top, left, bottom, right in grid.merges]))
    size = pagesizes.landscape(pagesizes.A4) if landscape else pagesizes.A4
    SimpleDocTemplate(str(path), pagesize=size).build([Paragraph(text, body) for text in front] + [table])
    return path


# --- 10. A prose plan in Word: unnumbered task part, Roman areas, auto-numbered items, bullets -----

def auto_numbered_prose_docx(directory: Path) -> Path:
    document = docx.Document()
    for text in ["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "Số: 77/KH-UBND", "Hậu Giang, ngày 10 tháng 02 năm 2015",
                 "KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Hậu Giang năm 2015",
                 "A. MỤC TIÊU", "Nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
                 "B. NHIỆM VỤ CỤ THỂ", "I. CẢI CÁCH THỂ CHẾ"]:
        document.add_paragraph(text)
    for text in ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh. Cơ quan chủ trì: Sở Tư pháp; "
                 "thời gian hoàn thành: Quý III/2015.",
                 "Kiểm tra việc ban hành văn bản quy phạm pháp luật của UBND cấp huyện."]:
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("II. HIỆN ĐẠI HÓA HÀNH CHÍNH")
    for text in ["- Triển khai phần mềm quản lý văn bản tại UBND cấp xã (Sở Thông tin và Truyền thông chủ trì; "
                 "thời gian hoàn thành: tháng 9/2015).",
                 "- Duy trì áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008."]:
        document.add_paragraph(text)
    for text in ["C. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch."]:
        document.add_paragraph(text)
    path = directory / "ke-hoach-cchc-2015.docx"
    document.save(str(path))
    return path


# --- 11. One table per reform area, each under its numbered heading, a caption row inside the table --

PER_AREA_HEADER = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Cấp trình"]


def per_area_tables_docx(directory: Path, headings=("1. Cải cách thể chế",
                                                   "2. Cải cách tổ chức bộ máy hành chính nhà nước")) -> Path:
    document = docx.Document()
    for text in ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "Số: 10/KH-UBND", "Khánh Hòa, ngày 08 tháng 01 năm 2019",
                 "KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Khánh Hòa năm 2019",
                 "I. MỤC ĐÍCH, YÊU CẦU", "Triển khai đồng bộ các nhiệm vụ cải cách hành chính.",
                 "II. NHIỆM VỤ CỤ THỂ", headings[0]]:
        document.add_paragraph(text)
    _add_table(document, Grid(rows=[
        ["NHIỆM VỤ CẢI CÁCH THỂ CHẾ"] * 6, PER_AREA_HEADER,
        ["1", "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II",
         "UBND tỉnh"],
        ["2", "Theo dõi tình hình thi hành pháp luật", "Sở Tư pháp", "", "Quý III", ""],
    ], merges=[(0, 0, 0, 5)]))
    document.add_paragraph(headings[1])
    _add_table(document, Grid(rows=[
        PER_AREA_HEADER,
        ["1", "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc UBND tỉnh", "Sở Nội vụ",
         "Các sở, ban, ngành", "Thường xuyên", "UBND tỉnh"],
    ]))
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh.")
    path = directory / "ke-hoach-cchc-2019.docx"
    document.save(str(path))
    return path


# --- 12. The prose plan (5) printed to PDF: long items wrapped over lines -------------------------

def prose_pdf(directory: Path) -> Path:
    source = write_docx(directory / "ke-hoach-cchc-2019.docx", [ln for ln in PROSE_TEXT.splitlines() if ln.strip()])
    return docx_to_pdf(source, directory)


def as_pdf(build):
    """The same plan exported to PDF through LibreOffice, as provinces publish it."""
    def build_pdf(directory: Path) -> Path:
        return docx_to_pdf(build(directory), directory)
    build_pdf.__name__ = f"{build.__name__}_as_pdf"
    return build_pdf


def portal_in_layout_table_html(directory: Path) -> Path:
    """The same page on an older portal whose whole layout is a table, menu cell on the left."""
    body = PORTAL_PAGE[PORTAL_PAGE.index("<body>") + len("<body>"):PORTAL_PAGE.index("</body>")]
    page = ('<html><head><meta charset="utf-8"></head><body><table width="100%"><tr>'
            '<td width="200"><a href="/">Trang chủ</a><br><a href="/gioi-thieu">Giới thiệu</a></td>'
            f'<td><table><tr><td>{body}</td></tr></table></td></tr></table></body></html>')
    path = directory / "ke-hoach-cchc-2025-cu.html"
    path.write_text(page, encoding="utf-8")
    return path


def per_area_tables_lettered_docx(directory: Path) -> Path:
    """The same plan with lettered area headings in capitals above its tables."""
    return per_area_tables_docx(directory, ("A. CẢI CÁCH THỂ CHẾ", "B. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC"))


# --- 13. A five-year plan whose time columns are the years, each task marking its own ----------

FIVE_YEAR_FRONT = [
    "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", "KẾ HOẠCH",
    "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH THÁI BÌNH GIAI ĐOẠN 2021 - 2025",
    "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 12/01/2021 của UBND tỉnh Thái Bình)",
    "I. NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN",
]
FIVE_YEAR_TABLE = Grid(rows=[
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "", "", "", ""],
    ["", "", "", "2021", "2022", "2023", "2024", "2025"],
    ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", "", ""],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "x", "x", "x", "", ""],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "", "", "x", "x", "x"],
    ["II", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", "", "", "", "", "", ""],
    ["1", "Sắp xếp các đơn vị sự nghiệp công lập", "Sở Nội vụ", "", "x", "", "", ""],
], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (2, 1, 2, 7), (5, 1, 5, 7)])


def five_year_docx(directory: Path) -> Path:
    return write_docx(directory / "ke-hoach-cchc-2021-2025.docx", FIVE_YEAR_FRONT, FIVE_YEAR_TABLE)


# --- 14. A table copied from a web page: one cell per line, the TABs lost ----------------------------
# --- 15. The same table OCR'd with its columns found: one paragraph per cell ------------------------

STACKED_FRONT = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 12/KH-UBND
Hà Tĩnh, ngày 08 tháng 01 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025
Căn cứ Quyết định số 1351/QĐ-UBND ngày 20/5/2022 của UBND tỉnh;
Phụ lục: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025
"""
STACKED_HEADER = ["TT", "Nội dung", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
STACKED_ROWS = [
    ["I", "CẢI CÁCH THỂ CHẾ"],
    ["1.", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Báo cáo kết quả rà soát",
     "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"],
    ["2.", "Kiểm tra văn bản quy phạm pháp luật do cấp xã ban hành", "Kết luận kiểm tra", "Sở Tư pháp",
     "UBND cấp xã", "- Ban hành kế hoạch trước 31/3/2025\n- Hoàn thành trước 30/11/2025"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    ["1.", "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh", "Quyết định công bố",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên"],
    ["2.", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Báo cáo kết quả số hóa",
     "Sở Khoa học và Công nghệ", "UBND cấp xã", "Tháng 12/2025"],
    ["3.", "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
     "Báo cáo kết quả đo lường", "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp xã", "30/10/2025"],
]
STACKED_AFTER = """Nơi nhận:
- Bộ Nội vụ;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""


def stacked_cells_txt(directory: Path) -> Path:
    """Rows separated by blank lines, each cell on its own line, no TAB anywhere."""
    rows = ["\n".join(STACKED_HEADER)] + ["\n".join(row) for row in STACKED_ROWS]
    path = directory / "ke-hoach-chep-tu-web.txt"
    path.write_text(STACKED_FRONT + "\n" + "\n\n".join(rows) + "\n\n" + STACKED_AFTER, encoding="utf-8")
    return path


def paragraph_cells_txt(directory: Path) -> Path:
    """Each cell a paragraph of its own, long ones wrapped, the number alone above the row's cells.
    The last row's number was lost, as OCR loses them."""
    paragraphs = list(STACKED_HEADER)
    for k, row in enumerate(STACKED_ROWS):
        number, *cells = row
        if k < len(STACKED_ROWS) - 1:
            paragraphs.append(number)
        paragraphs += [_wrapped(cell) for cell in cells]
    path = directory / "ke-hoach-ocr-tung-o.txt"
    path.write_text(STACKED_FRONT + "\n" + "\n\n".join(paragraphs) + "\n\n" + STACKED_AFTER, encoding="utf-8")
    return path


def _wrapped(cell: str, width: int = 40) -> str:
    """A cell's text as a narrow column prints it; bullets stay paragraphs of their own."""
    import textwrap

    return "\n\n".join(textwrap.fill(part, width) for part in cell.split("\n"))


# --- 16. The district's plan printed to PDF with its table's rules turned off ----------------------

def borderless_pdf(directory: Path) -> Path:
    """Word's table without borders, through LibreOffice: no ruled table for pdfplumber to find; the
    columns show only in where the words stand."""
    path = district_docx(directory)
    document = docx.Document(str(path))
    for table in document.tables:
        table.style = None
        for element in list(table._tbl.iter()):
            if element.tag.endswith("}tblBorders") or element.tag.endswith("}tcBorders"):
                element.getparent().remove(element)
    borderless = directory / "ke-hoach-cchc-huyen-khong-ke.docx"
    document.save(str(borderless))
    return docx_to_pdf(borderless, directory)


# --- 17. The same table drawn with characters, as text exports and e-mail clients print it ----------

GRID_STYLES = {  # bar, rule under the header, rule between rows (None: none), the rule's crossing
    "markdown": ("|", "-", None, "|"),
    "pandoc": ("|", "=", "-", "+"),
    "box": ("│", "═", "─", "┼"),
}
GRID_WIDTHS = [4, 34, 18, 14, 16, 16]


def grid_txt(directory: Path, style: str) -> Path:
    """Cells wrapped within fixed-width columns between bars; area rows one cell across the table."""
    bar, header_rule, row_rule, cross = GRID_STYLES[style]
    lines = _grid_row(STACKED_HEADER, bar) + [_grid_rule(header_rule, cross)]
    for row in STACKED_ROWS:
        lines += _grid_row(row, bar)
        if row_rule:
            lines.append(_grid_rule(row_rule, cross))
    path = directory / f"ke-hoach-bang-ky-tu-{style}.txt"
    path.write_text(STACKED_FRONT + "\n" + "\n".join(lines) + "\n\n" + STACKED_AFTER, encoding="utf-8")
    return path


def _grid_row(cells: list[str], bar: str) -> list[str]:
    import textwrap

    if len(cells) == 2 and cells[0].isupper():   # "I", "CẢI CÁCH THỂ CHẾ": merged across the row
        width = sum(GRID_WIDTHS) + 3 * (len(GRID_WIDTHS) - 1)
        return [f"{bar} {' '.join(cells).ljust(width)} {bar}"]
    wrapped = [[line for part in cell.split("\n") for line in textwrap.wrap(part, width)]
               for cell, width in zip(cells, GRID_WIDTHS)]
    height = max(len(w) for w in wrapped)
    return [f"{bar} " + f" {bar} ".join((w[k] if k < len(w) else "").ljust(width)
                                        for w, width in zip(wrapped, GRID_WIDTHS)) + f" {bar}"
            for k in range(height)]


def _grid_rule(char: str, cross: str) -> str:
    return cross + cross.join(char * (width + 2) for width in GRID_WIDTHS) + cross


def bar_rows_txt(directory: Path, wrapped: bool) -> Path:
    """The table as a legal database's text export writes it: "cell | cell |", bars only after cells,
    a merged area row without any; `wrapped`: cells wrapped within fixed-width columns."""
    import textwrap

    lines = []
    for row in [STACKED_HEADER] + STACKED_ROWS:
        if len(row) == 2:
            lines.append(" ".join(row))
            continue
        cells = [[line for part in cell.split("\n") for line in textwrap.wrap(part, width)] if wrapped
                 else [cell.replace("\n", " ")] for cell, width in zip(row, GRID_WIDTHS)]
        lines += [" | ".join((c[k] if k < len(c) else "").ljust(width if wrapped else 0)
                             for c, width in zip(cells, GRID_WIDTHS)) + " |"
                  for k in range(max(map(len, cells)))]
    path = directory / f"ke-hoach-csdl-{'xuong-dong' if wrapped else 'mot-dong'}.txt"
    path.write_text(STACKED_FRONT + "\n" + "\n".join(lines) + "\n\n" + STACKED_AFTER, encoding="utf-8")
    return path


# --- 18. A prose plan whose items give their responsibilities on labelled lines of their own, or in a
#         sentence ("Giao Sở Nội vụ chủ trì, phối hợp với ... thực hiện, hoàn thành trước ngày ...") ---------

LABELLED_PROSE_TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 25/KH-UBND
Quảng Trị, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác cải cách hành chính.
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành.
- Cơ quan chủ trì: Sở Tư pháp.
- Cơ quan phối hợp: Các sở, ban, ngành; UBND cấp xã.
- Sản phẩm: Báo cáo kết quả rà soát.
- Thời gian hoàn thành: Quý II/2025.
b) Kiểm tra văn bản quy phạm pháp luật do cấp xã ban hành.
- Đơn vị chủ trì: Sở Tư pháp.
- Thời hạn hoàn thành: Tháng 11/2025.
2. Cải cách thủ tục hành chính
- Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.
+ Cơ quan chủ trì: Văn phòng UBND tỉnh.
+ Thời gian thực hiện: Thường xuyên.
- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
+ Cơ quan chủ trì: Sở Khoa học và Công nghệ.
+ Kinh phí: 200 triệu đồng.
3. Cải cách tổ chức bộ máy hành chính
a) Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành
thực hiện, hoàn thành trước ngày 30/9/2025 và báo cáo UBND tỉnh.
b) Sắp xếp các đơn vị sự nghiệp công lập; Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thực hiện trong Quý IV/2025.
c) Kiện toàn tổ chức bộ máy cấp xã; giao UBND cấp xã thực hiện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.
"""


def labelled_prose_txt(directory: Path) -> Path:
    path = directory / "ke-hoach-cchc-2025-quang-tri.txt"
    path.write_text(LABELLED_PROSE_TEXT, encoding="utf-8")
    return path


# --- 19. A district prose plan: areas under capital letters ("A. CẢI CÁCH THỂ CHẾ"), numbered items, its
#         own departments ("Phòng Tư pháp chủ trì") --------------------------------------------------------

LETTERED_AREAS_TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG
Số: 45/KH-UBND
Đức Trọng, ngày 12 tháng 01 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng phục vụ người dân.
2. Chỉ tiêu cụ thể
- 100% thủ tục hành chính được công khai.
- Tỷ lệ hài lòng của người dân đạt trên 90%.
II. NHIỆM VỤ
A. CẢI CÁCH THỂ CHẾ
1. Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành. Phòng Tư pháp chủ trì, thực hiện trong Quý II/2025.
2. Kiểm tra văn bản quy phạm pháp luật do cấp xã ban hành (Phòng Tư pháp chủ trì; thời gian thực hiện: tháng 10/2025).
B. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Công khai thủ tục hành chính tại Bộ phận Một cửa. Văn phòng HĐND và UBND huyện chủ trì.
2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; giao UBND các xã, thị trấn thực hiện thường xuyên.
C. HIỆN ĐẠI HÓA HÀNH CHÍNH
1. Duy trì Hệ thống quản lý chất lượng ISO 9001:2015. Phòng Nội vụ chủ trì, phối hợp với các cơ quan chuyên môn thực hiện, hoàn thành trước ngày 30/11/2025.
III. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ theo dõi, đôn đốc.
"""


def lettered_areas_txt(directory: Path) -> Path:
    path = directory / "ke-hoach-cchc-huyen-2025.txt"
    path.write_text(LETTERED_AREAS_TEXT, encoding="utf-8")
    return path


# --- 20. The Hà Tĩnh table on a portal page that lays it out with <div>s (a CSS grid), not <table> ----

def div_grid_html(directory: Path) -> Path:
    def row(cells: list[str]) -> str:
        return '<div class="tr">' + "".join(f'<div class="td">{html.escape(c).replace(chr(10), "<br>")}</div>'
                                            for c in cells) + "</div>"

    front = "".join(f"<p>{html.escape(line)}</p>" for line in STACKED_FRONT.strip().split("\n"))
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>'
            f'<div class="menu"><a href="/">Trang chủ</a></div><div class="noidung">{front}'
            f'<div class="bang">{row(STACKED_HEADER)}{"".join(row(r) for r in STACKED_ROWS)}</div></div></body></html>')
    path = directory / "ke-hoach-luoi-div.html"
    path.write_text(page, encoding="utf-8")
    return path
