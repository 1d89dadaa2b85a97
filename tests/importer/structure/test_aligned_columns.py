"""Tables lined up with spaces (`pdftotext -layout`): columns from the header, rows from the numbers."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from cchc.importer import parse_file
from cchc.importer.document import Line, Table
from cchc.importer.structure.aligned_columns import aligned_tables

from .. import unseen_plans as docs

TEXT = """\
TT    Nội dung nhiệm vụ              Cơ quan chủ trì    Cơ quan phối hợp     Thời gian hoàn thành
I     CẢI CÁCH THỂ CHẾ
1     Rà soát văn bản quy phạm       Sở Tư pháp         Các sở, ban,         Quý II/2025
      pháp luật của tỉnh                                ngành
2     Kiểm tra văn bản do cấp xã     Sở Tư pháp         UBND cấp xã          - Kế hoạch: tháng 3
      ban hành                                                               - Báo cáo: tháng 11
\fII CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1  Công bố thủ tục hành chính  Văn phòng UBND tỉnh  Các sở, ban, ngành  Thường xuyên
Nơi nhận:
- Bộ Nội vụ;"""


def table_of(text: str) -> tuple[Table, list]:
    blocks = aligned_tables([Line(t, n) for n, t in enumerate(text.split("\n"), 1)])
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0], blocks


def test_words_go_to_the_column_they_start_in_and_wrapped_lines_continue_the_cell():
    table, _ = table_of(TEXT)
    assert table.rows[0] == ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert table.rows[1][:2] == ["I", "CẢI CÁCH THỂ CHẾ"]
    assert table.rows[2] == ["1", "Rà soát văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp",
                             "Các sở, ban, ngành", "Quý II/2025"]
    assert table.rows[3][4] == "- Kế hoạch: tháng 3\n- Báo cáo: tháng 11"   # a bullet opens a new line


def test_a_page_laid_out_at_other_offsets_is_read_from_its_own_gaps():
    table, _ = table_of(TEXT)
    assert table.rows[4][:2] == ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]
    assert table.rows[5] == ["1", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ban, ngành",
                             "Thường xuyên"]


def test_the_table_ends_at_the_addressees():
    table, blocks = table_of(TEXT)
    assert len(table.rows) == 6
    assert [b.text for b in blocks if isinstance(b, Line)] == ["Nơi nhận:", "- Bộ Nội vụ;"]


def test_text_with_wide_spaces_but_no_header_is_left_alone():
    text = "Hà Nội,    ngày 05 tháng 01 năm 2025\nSố:   12/KH-UBND     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    lines = [Line(t, n) for n, t in enumerate(text.split("\n"), 1)]
    assert aligned_tables(lines) == lines


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_district_plan_exported_to_pdf_and_to_text_with_pdftotext_layout(tmp_path):
    pdf = docs.as_pdf(docs.district_docx)(tmp_path)
    text = tmp_path / "ke-hoach.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
    tasks = parse_file(text).to_dict()["tasks"]
    assert [(t["id"], t["area"]) for t in tasks] == [("1.1", "the_che"), ("1.2", "the_che"),
                                                     ("2.1", "thu_tuc_hanh_chinh"), ("2.2", "thu_tuc_hanh_chinh"),
                                                     ("3.1", "hien_dai_hoa")]
    first = tasks[0]
    assert first["title"] == "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành"
    assert (first["lead"], first["coordinating"], first["outputs"]) == (
        ["Phòng Tư pháp"], ["Các cơ quan, đơn vị thuộc UBND huyện"], ["Báo cáo kết quả rà soát"])
    assert tasks[1]["deadline"]["end"] == "2024-06-30"
    assert tasks[2]["lead"] == ["Văn phòng HĐND và UBND huyện"]


def test_cells_a_few_spaces_apart_but_not_lined_up_are_read_as_tab_rows():
    text = ("STT  Nội dung  Cơ quan chủ trì  Cơ quan phối hợp  Thời gian hoàn thành\n"
            "1  Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành  Sở Tư pháp  Các sở, ngành  Quý II\n"
            "2  Công bố danh mục thủ tục hành chính  Văn phòng UBND tỉnh  UBND cấp xã  Thường xuyên\n"
            "3  Đo lường sự hài lòng của người dân, tổ chức  Sở Nội vụ  Các sở, ban, ngành  30/10/2025")
    blocks = aligned_tables([Line(t, n) for n, t in enumerate(text.split("\n"), 1)])
    assert not any(isinstance(b, Table) for b in blocks)
    assert blocks[2].text == "2\tCông bố danh mục thủ tục hành chính\tVăn phòng UBND tỉnh\tUBND cấp xã\tThường xuyên"


def test_a_heading_wrapped_in_the_number_column_and_the_total_row():
    text = ("TT    Nội dung nhiệm vụ        Cơ quan chủ trì   Thời gian      Kinh phí\n"
            "III CẢI\n"
            "CÁCH\n"
            "THỦ TỤC\n"
            "1     Công bố thủ tục          Văn phòng UBND    Quý II/2025    20\n"
            "      hành chính               tỉnh\n"
            "Tổng cộng                                                       20")
    table, _ = table_of(text)
    assert table.rows[1][:2] == ["III", "CẢI CÁCH THỦ TỤC"]
    assert table.rows[2] == ["1", "Công bố thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý II/2025", "20"]
    assert " ".join(table.rows[3][:2]) == "Tổng cộng" and table.rows[3][4] == "20"   # a row of its own


def test_a_total_centred_in_its_merged_cell_under_another_column_is_a_row_of_its_own():
    text = ("TT    Nội dung nhiệm vụ        Sản phẩm         Cơ quan chủ trì   Kinh phí\n"
            "1     Khảo sát mức độ hài       Báo cáo kết quả  Văn phòng UBND    540\n"
            "      lòng của người dân        khảo sát         tỉnh\n"
            "                               Tổng cộng                          920,5")
    table, _ = table_of(text)
    assert table.rows[1] == ["1", "Khảo sát mức độ hài lòng của người dân", "Báo cáo kết quả khảo sát",
                             "Văn phòng UBND tỉnh", "540"]
    assert table.rows[2][2] == "Tổng cộng" and table.rows[2][4] == "920,5"


def test_a_header_wrapped_over_two_lines_is_one_header_row():
    text = ("STT        Nội dung     Cơ quan    Cơ quan      Thời hạn    Kinh phí\n"
            "           nhiệm vụ     chủ trì    phối hợp                 (triệu đồng)\n"
            "1          Tổ chức Hội  Sở Nội vụ  Sở Văn hóa,  Quý III     150\n"
            "           thi tìm hiểu            Thể thao và\n"
            "           về CCHC                 Du lịch")
    table, _ = table_of(text)
    assert table.rows == [
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kinh phí (triệu đồng)"],
        ["1", "Tổ chức Hội thi tìm hiểu về CCHC", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Quý III", "150"]]


def test_a_header_whose_words_wrap_in_narrow_columns_is_found_by_its_wrapped_words():
    """No line of the header alone names its columns ("Nội", "Cơ quan", "Thời"); with the lines under it,
    it does. A year the narrow column broke ("30/9/202" / "2") is one again."""
    text = ("TT   Lĩnh vực   Nội       Cơ quan   Cơ quan    Thời\n"
            "                dung      chủ trì   phối hợp   gian\n"
            "                nhiệm                          hoàn\n"
            "                vụ                             thành\n"
            "1    Cải cách   Số hóa    Sở Tư     UBND       Trước\n"
            "     thể chế    hồ sơ     pháp      cấp        30/9/202\n"
            "                                    huyện      2")
    table, _ = table_of(text)
    assert table.rows == [
        ["TT", "Lĩnh vực", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Cải cách thể chế", "Số hóa hồ sơ", "Sở Tư pháp", "UBND cấp huyện", "Trước 30/9/2022"]]


def test_the_stretch_under_an_area_heading_is_read_at_its_own_offsets():
    # pdftotext -layout sets each stretch of the table anew: under "II" every column starts two or three
    # places off the header's, and cells a single space apart leave no gap to see them by
    text = ("TT         Nội dung     Đơn vị chủ trì    Đơn vị phối    Thời gian\n"
            "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n"
            "1          Xây dựng Kế  Văn phòng Sở      Các phòng      Tháng 01\n"
            "           hoạch CCHC\n"
            "II. CẢI CÁCH THỂ CHẾ\n"
            "1            Kiểm tra, rà Phòng Xây    Thanh tra   Trước ngày\n"
            "             soát văn bản dựng và      Sở          15/12\n"
            "             quy phạm     Kiểm tra\n"
            "2            Thẩm định    Phòng Tư     Văn phòng   Theo quy\n"
            "             dự thảo văn  pháp         Sở          định")
    table, _ = table_of(text)
    assert table.rows[2] == ["1", "Xây dựng Kế hoạch CCHC", "Văn phòng Sở", "Các phòng", "Tháng 01"]
    assert table.rows[4] == ["1", "Kiểm tra, rà soát văn bản quy phạm", "Phòng Xây dựng và Kiểm tra", "Thanh tra Sở",
                             "Trước ngày 15/12"]
    assert table.rows[5] == ["2", "Thẩm định dự thảo văn", "Phòng Tư pháp", "Văn phòng Sở", "Theo quy định"]


def test_labels_that_start_lines_above_the_header_line_are_its_top():
    """Labels longer than the others start on lines above the one that shows most columns: over one of
    its labels ("Kinh phí" / "(triệu"), or in a gap, over the words that end them ("Cơ quan chủ" /
    "trì"). The caption right above the header, which runs up to where a label starts, is no label's top."""
    text = ("      (Kèm theo Kế hoạch)\n"
            "                                                                Kinh phí\n"
            "                         Cơ quan chủ    Cơ quan phối            (triệu\n"
            "TT   Nội dung nhiệm vụ                                Thời hạn  đồng)\n"
            "                             trì            hợp\n"
            "1    Tổ chức Hội thi     Sở Nội vụ      Sở Văn hóa,   Quý III   150\n"
            "     về CCHC                            Thể thao")
    table, blocks = table_of(text)
    assert blocks[0].text.strip() == "(Kèm theo Kế hoạch)"
    assert table.rows == [
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kinh phí (triệu đồng)"],
        ["1", "Tổ chức Hội thi về CCHC", "Sở Nội vụ", "Sở Văn hóa, Thể thao", "Quý III", "150"]]


def placed(*cells: tuple[int, str]) -> str:
    """A line with each text at its offset, as `pdftotext -layout` sets the words of a row."""
    line = ""
    for offset, text in cells:
        line = line.ljust(offset) if len(line) < offset else line + " "
        line += text
    return line


def test_a_page_whose_cells_touch_is_read_by_their_left_edges_an_empty_column_kept_in_its_place():
    # after the page break every column starts four to seven places left of the header's; a cell and
    # the next one a single space apart ("Phòng Tư pháp Các phòng") leave no gap, and "Ghi chú" is empty
    header = placed((0, "TT"), (11, "Nội dung"), (25, "Đơn vị chủ trì"), (42, "Đơn vị phối hợp"), (60, "Thời gian"),
                    (74, "Ghi chú"))
    text = "\n".join([
        header,
        placed((0, "1"), (11, "Tuyên truyền"), (25, "Văn phòng Sở"), (42, "Các phòng"), (60, "Quý I")),
        placed((11, "về CCHC")),
        "\f" + placed((0, "2"), (7, "Kiểm tra việc"), (21, "Phòng Tư"), (35, "Công an"), (53, "Trước")),
        placed((7, "thi hành"), (21, "pháp"), (35, "huyện"), (53, "30/6")),
        placed((0, "3"), (7, "Rà soát văn"), (21, "Phòng Tư pháp"), (35, "Các phòng"), (53, "Quý IV")),
        placed((7, "bản"), (21, "Thanh tra"), (35, "chuyên môn"))])
    table, _ = table_of(text)
    assert table.rows[2] == ["2", "Kiểm tra việc thi hành", "Phòng Tư pháp", "Công an huyện", "Trước 30/6", ""]
    assert table.rows[3] == ["3", "Rà soát văn bản", "Phòng Tư pháp Thanh tra", "Các phòng chuyên môn", "Quý IV", ""]


# `pdftotext -layout` of a Word table (q03 of the probes): each row laid out anew, its cells 1-4 characters
# off the header's and often a single space apart; a page breaks row II.3 after its first line.
PDFTOTEXT_PAGES = """\
TT               Nhiệm vụ                  Kết quả/sản phẩm     Cơ quan chủ      Cơ quan phối        Thời gian
                                                                    trì              hợp             thực hiện
I. CẢI CÁCH THỂ CHẾ
 1 Xây dựng, hoàn thiện các văn bản        Nghị quyết của       Các sở, ban,   Sở Tư pháp           2021 - 2025
     quy phạm pháp luật của tỉnh thuộc     HĐND tỉnh, Quyết     ngành tỉnh
     thẩm quyền theo hướng dẫn của         định của UBND tỉnh
     Trung ương
 2 Kiểm tra, rà soát, hệ thống hóa văn     Báo cáo kết quả rà   Sở Tư pháp     Các sở, ban, ngành  Hằng năm
     bản quy phạm pháp luật                soát, hệ thống hóa                  tỉnh; UBND các
                                                                               huyện, thị xã,
                                                                               thành phố
3    Đánh giá tác động của thể chế,        Báo cáo đánh giá     Sở Tư pháp     Các sở, ban, ngành Năm 2023 (sơ
     chính sách do tỉnh ban hành đối với                                       tỉnh                 kết), năm
     người dân, doanh nghiệp                                                                       2025 (tổng
                                                                                                       kết)
II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
 1 Rà soát, đơn giản hóa thủ tục hành Quyết định thông          Văn phòng      Các sở, ban, ngành   2021 - 2025
     chính, cắt giảm ít nhất 20% chi phí qua phương án đơn      UBND tỉnh      tỉnh; UBND các
     tuân thủ thủ tục hành chính         giản hóa                              huyện, thị xã,
                                                                               thành phố
2    Thành lập và đưa vào hoạt động        - Quyết định thành   Văn phòng      Sở Nội vụ; Sở        Quý IV/2021
     Trung tâm Phục vụ hành chính          lập                  UBND tỉnh      Thông tin và
     công tỉnh                             - Trung tâm đi vào                  Truyền thông
                                           hoạt động
3    Triển khai thực hiện thủ tục hành     Danh mục thủ tục     Văn phòng      Các sở, ban, ngành   2022 - 2023
TT                Nhiệm vụ                  Kết quả/sản phẩm        Cơ quan chủ    Cơ quan phối        Thời gian
                                                                         trì           hợp             thực hiện
     chính không phụ thuộc vào địa giới     hành chính được         UBND tỉnh   tỉnh; UBND các
     hành chính                             công bố                             huyện, thị xã,
                                                                                thành phố
 4    Đo lường sự hài lòng của người      Báo cáo kết quả đo        Sở Nội vụ   Văn phòng UBND         Hằng năm
      dân, tổ chức đối với sự phục vụ của lường                                 tỉnh; Bưu điện tỉnh
      cơ quan hành chính nhà nước
TT              Nhiệm vụ               Kết quả/sản phẩm     Cơ quan chủ      Cơ quan phối        Thời gian
                                                                 trì             hợp             thực hiện
3   Đổi mới phương thức tuyển dụng     Quy chế tuyển dụng   Sở Nội vụ                            Năm 2021
    công chức, viên chức
V. CẢI CÁCH TÀI CHÍNH CÔNG"""


def test_pdftotext_rows_set_a_little_apart_and_a_row_split_by_a_page_are_read_whole():
    table, _ = table_of(PDFTOTEXT_PAGES)
    rows = {(r[0], r[1][:20]): r for r in table.rows}
    assert rows[("2", "Thành lập và đưa vào")] == [
        "2", "Thành lập và đưa vào hoạt động Trung tâm Phục vụ hành chính công tỉnh",
        "- Quyết định thành lập\n- Trung tâm đi vào hoạt động", "Văn phòng UBND tỉnh",
        "Sở Nội vụ; Sở Thông tin và Truyền thông", "Quý IV/2021"]
    # the row the page split goes on under the repeated header, whose wrapped words stay in it
    assert rows[("3", "Triển khai thực hiện")][1:4] == [
        "Triển khai thực hiện thủ tục hành chính không phụ thuộc vào địa giới hành chính",
        "Danh mục thủ tục hành chính được công bố", "Văn phòng UBND tỉnh"]
    headers = [r for r in table.rows if r[0] == "TT"]
    assert len(headers) == 3 and all(r == ["TT", "Nhiệm vụ", "Kết quả/sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                           "Thời gian thực hiện"] for r in headers)
    # " 4" and its cells one or two characters right of row 2's; "của lường": two cells a space apart
    assert rows[("4", "Đo lường sự hài lòng")][1:] == [
        "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
        "Báo cáo kết quả đo lường", "Sở Nội vụ", "Văn phòng UBND tỉnh; Bưu điện tỉnh", "Hằng năm"]




def test_a_number_ending_a_wrapped_title_is_no_heading_with_a_cell_far_right_of_it():
    """"2.0" of "phiên bản 2.0" on a line with "thông" in the lead column reads like a row mark and its
    one run of words, an area heading: a run that far right of the mark is another column's."""
    table, _ = table_of("""\
TT               Nhiệm vụ                  Kết quả/sản phẩm     Cơ quan chủ      Cơ quan phối        Thời gian
                                                                    trì              hợp             thực hiện
VI. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
 1 Xây dựng Kiến trúc Chính quyền       Quyết định ban hành Sở Thông tin Các sở, ban, ngành     Quý II/2021
     điện tử tỉnh Sóc Trăng phiên bản   Kiến trúc           và Truyền    tỉnh
     2.0                                                    thông
 2 Xây dựng Trung tâm giám sát, điều Trung tâm IOC đi       Sở Thông tin Văn phòng UBND         2022 - 2024
     hành thông minh (IOC) của tỉnh     vào hoạt động       và Truyền    tỉnh; Sở Kế hoạch
                                                            thông        và Đầu tư; Sở Tài
                                                                         chính""")
    assert [r[0] for r in table.rows] == ["TT", "VI.", "1", "2"]
    assert table.rows[2][1] == "Xây dựng Kiến trúc Chính quyền điện tử tỉnh Sóc Trăng phiên bản 2.0"
    assert table.rows[2][3] == "Sở Thông tin và Truyền thông"


def test_a_year_opening_a_wrapped_title_line_is_no_row_number():
    """"2026 - 2030" wrapped to the start of a line, left of where the centred header puts the task column."""
    table, _ = table_of("""\
TT                Nội dung công việc               Cơ quan chủ trì      Cơ quan phối hợp       Thời gian hoàn         Sản phẩm            Kinh phí
                                                                                                   thành                                (triệu đồng)
VI    CẢI CÁCH TÀI CHÍNH CÔNG
1     Xây dựng định mức phân bổ dự toán chi         Sở Tài chính        UBND các xã, phường        Trước        Nghị quyết của HĐND
      thường xuyên ngân sách cấp xã giai đoạn                                                    31/7/2026      tỉnh
      2026 - 2030
 2    Quản lý, sử dụng trụ sở, tài sản công dôi dư  Sở Tài chính        Sở Xây dựng             Quý IV/2026     Phương án xử lý
      sau hợp nhất                                                      UBND các xã, phường""")
    assert [r[0] for r in table.rows[-3:]] == ["VI", "1", "2"]
    assert table.rows[-2][1].endswith("cấp xã giai đoạn 2026 - 2030")


def test_a_cells_first_word_set_left_of_its_column_a_space_after_the_cell_before_opens_that_cell():
    """"... thủ tục hành Quyết định thông": "Quyết" starts three characters left of the products column,
    one space after the title; "UBND" under "Văn phòng" in a wrapped line stays where it is."""
    table, _ = table_of(PDFTOTEXT_PAGES)
    row = next(r for r in table.rows if r[1].startswith("Rà soát, đơn giản hóa"))
    assert row[1:4] == ["Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm ít nhất 20% chi phí tuân thủ thủ tục hành chính",
                        "Quyết định thông qua phương án đơn giản hóa", "Văn phòng UBND tỉnh"]


# a page of the same copy: row 2's lead set four characters left of the column, well clear of its products
PDFTOTEXT_DRIFTED = """\
TT                Nhiệm vụ                  Kết quả/sản phẩm        Cơ quan chủ    Cơ quan phối        Thời gian
                                                                         trì           hợp             thực hiện
III. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC
 1 Rà soát, sắp xếp tổ chức bên trong     Quyết định quy định Sở Nội vụ           Các sở, ban, ngành   Năm 2022
      các cơ quan chuyên môn thuộc        chức năng, nhiệm                        tỉnh; UBND các
      UBND tỉnh, UBND cấp huyện           vụ, quyền hạn và cơ                     huyện, thị xã,
                                          cấu tổ chức                             thành phố
 2 Sắp xếp các đơn vị sự nghiệp công Đề án sắp xếp            Sở Nội vụ           Các sở, ban, ngành     Trước
      lập theo Nghị quyết số 19-NQ/TW                                             tỉnh; UBND các       30/6/2023
                                                                                  huyện, thị xã,
                                                                                  thành phố
 3   Thực hiện tinh giản biên chế theo      Quyết định tinh giản    Sở Nội vụ     Các sở, ban, ngành   Định kỳ 6
     quy định                               biên chế                              tỉnh; UBND các         tháng
                                                                                  huyện, thị xã,
                                                                                  thành phố"""


def test_a_cell_set_left_into_the_column_before_but_clear_of_its_text_stays_whole():
    table, _ = table_of(PDFTOTEXT_DRIFTED)
    rows = {r[0]: r for r in table.rows}
    assert rows["2"][2:4] == ["Đề án sắp xếp", "Sở Nội vụ"]
    # two cells a single space apart from the column's edge are still cut where the next column starts
    assert rows["1"][2:4] == ["Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "Sở Nội vụ"]


# The same table with its cells centred vertically (Word's "căn giữa ô"), header included: each row's number
# and short cells on its middle line, the longest cell from above it to below it.
PDFTOTEXT_CENTRED = """\
                                                                Cơ quan chủ      Cơ quan phối        Thời gian
TT               Nhiệm vụ                  Kết quả/sản phẩm
                                                                    trì              hợp             thực hiện
I. CẢI CÁCH THỂ CHẾ
     Xây dựng, hoàn thiện các văn bản
                                           Nghị quyết của
     quy phạm pháp luật của tỉnh thuộc                          Các sở, ban,
 1                                         HĐND tỉnh, Quyết                    Sở Tư pháp           2021 - 2025
     thẩm quyền theo hướng dẫn của                              ngành tỉnh
                                           định của UBND tỉnh
     Trung ương
                                                                               Các sở, ban, ngành
     Kiểm tra, rà soát, hệ thống hóa văn   Báo cáo kết quả rà                  tỉnh; UBND các
 2                                                              Sở Tư pháp                           Hằng năm
     bản quy phạm pháp luật                soát, hệ thống hóa                  huyện, thị xã,
                                                                               thành phố
                                                                                                    Năm 2023 (sơ
     Đánh giá tác động của thể chế,
                                                                               Các sở, ban, ngành     kết), năm
 3   chính sách do tỉnh ban hành đối với   Báo cáo đánh giá     Sở Tư pháp
                                                                               tỉnh                  2025 (tổng
     người dân, doanh nghiệp
                                                                                                         kết)"""


def test_pdftotext_rows_whose_cells_are_centred_vertically_are_cut_around_their_numbers():
    table, _ = table_of(PDFTOTEXT_CENTRED)
    assert table.rows[0] == ["TT", "Nhiệm vụ", "Kết quả/sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
                             "Thời gian thực hiện"]
    assert table.rows[1][:2] == ["I.", "CẢI CÁCH THỂ CHẾ"]
    assert table.rows[2] == ["1", "Xây dựng, hoàn thiện các văn bản quy phạm pháp luật của tỉnh thuộc thẩm quyền "
                             "theo hướng dẫn của Trung ương", "Nghị quyết của HĐND tỉnh, Quyết định của UBND tỉnh",
                             "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "2021 - 2025"]
    assert table.rows[3] == ["2", "Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật",
                             "Báo cáo kết quả rà soát, hệ thống hóa", "Sở Tư pháp",
                             "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", "Hằng năm"]
    assert table.rows[4][1] == "Đánh giá tác động của thể chế, chính sách do tỉnh ban hành đối với người dân, doanh nghiệp"
    assert table.rows[4][5] == "Năm 2023 (sơ kết), năm 2025 (tổng kết)"
    assert len(table.rows) == 5


# `pdftotext -layout` of a narrow portrait table (a ward plan): under one heading, the group row "1" and
# row "1.1" are set at other offsets than row "1.2", and "1.1" stands a single space before its task
PDFTOTEXT_ROWS_APART = """\
STT           Nhiệm vụ    Sản phẩm                  Thời hạn     Chủ trì    Phối hợp     Ghi
                            đầu ra                                                       chú
A. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
 1   Ban hành văn bản
     chỉ đạo, điều hành
1.1 Ban hành Kế hoạch    Kế hoạch                  Trước ngày   Văn phòng   Các
     cải cách hành chính                           20/01/2026   HĐND và     phòng, đơn
     năm 2026 của UBND                                          UBND        vị thuộc
     phường                                                     phường      UBND
                                                                            phường
1.2     Ban hành Kế hoạch        Kế hoạch            Tháng      Văn phòng   Phòng Văn
        kiểm tra công tác cải    kiểm tra           02/2026     HĐND và     hóa - Xã
        cách hành chính năm                                     UBND        hội
        2026                                                    phường"""


def test_rows_under_one_heading_set_at_other_offsets_are_each_read_by_their_own_lines():
    table, _ = table_of(PDFTOTEXT_ROWS_APART)
    assert table.rows[2][:3] == ["1", "Ban hành văn bản chỉ đạo, điều hành", ""]
    assert table.rows[3] == ["1.1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND phường", "Kế hoạch",
                             "Trước ngày 20/01/2026", "Văn phòng HĐND và UBND phường",
                             "Các phòng, đơn vị thuộc UBND phường", ""]
    assert table.rows[4] == ["1.2", "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026",
                             "Kế hoạch kiểm tra", "Tháng 02/2026", "Văn phòng HĐND và UBND phường",
                             "Phòng Văn hóa - Xã hội", ""]
    assert len(table.rows) == 5


def test_a_row_number_a_single_space_before_its_task_under_a_heading():
    table, _ = table_of("\n".join(PDFTOTEXT_ROWS_APART.split("\n")[:3] + PDFTOTEXT_ROWS_APART.split("\n")[5:10]))
    assert table.rows[2] == ["1.1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của UBND phường", "Kế hoạch",
                             "Trước ngày 20/01/2026", "Văn phòng HĐND và UBND phường",
                             "Các phòng, đơn vị thuộc UBND phường", ""]


# an unruled PDF table (or its `pdftotext -layout` copy): the header's words are centred over the columns,
# and a page break leaves a row's last line alone under the repeated header
PAGE_SPLIT_UNDER_CENTRED_HEADER = """\
            TT                    Nội dung công việc                          Đơn vị thực hiện              Thời gian            Kết quả dự kiến
            II    CẢI CÁCH THỂ CHẾ
             1    Theo dõi thi hành pháp luật về an toàn thực phẩm    Chi cục An toàn vệ sinh thực       Tháng 4 - tháng    Báo cáo theo dõi thi hành
                                                                      phẩm chủ trì, phối hợp Thanh tra
\f            TT                   Nội dung công việc                          Đơn vị thực hiện              Thời gian            Kết quả dự kiến
                                                                      Sở                                    10/2019        pháp luật
            III   CẢI CÁCH THỦ TỤC HÀNH CHÍNH
             1    Rà soát, đề xuất phương án đơn giản hóa thủ tục hành  Văn phòng Sở chủ trì, phối hợp    Trước ngày       Phương án đơn giản hóa
                  chính lĩnh vực y tế                                 các phòng chức năng                  30/6/2019       trình UBND tỉnh
             2    Niêm yết, công khai thủ tục hành chính tại Trung tâm  Văn phòng Sở                     Thường xuyên      Thủ tục hành chính được
                  Hành chính công tỉnh và Trang thông tin điện tử của                                                      công khai đầy đủ
                  Sở"""


def test_a_rows_end_alone_under_a_repeated_header_is_read_by_the_columns_of_the_rows_below_it():
    table, _ = table_of(PAGE_SPLIT_UNDER_CENTRED_HEADER)
    assert table.rows[2] == ["1", "Theo dõi thi hành pháp luật về an toàn thực phẩm",
                             "Chi cục An toàn vệ sinh thực phẩm chủ trì, phối hợp Thanh tra Sở",
                             "Tháng 4 - tháng 10/2019", "Báo cáo theo dõi thi hành pháp luật"]


def test_two_cells_set_side_by_side_with_no_space_are_cut_where_a_capital_follows_a_lower_case_letter():
    table, _ = table_of("TT    Nội dung nhiệm vụ         Chủ trì  Phối hợp       Thời gian\n"
                        "1     Rà soát văn bản do        Văn phòngCác phòng,     Quý I/2026\n"
                        "      HĐND, UBND phường ban     HĐND và  đơn vị thuộc\n"
                        "      hành                      UBND     UBND phường\n"
                        "                                phường\n"
                        "2     Công bố thủ tục           Văn phòng Công an       Quý II/2026\n"
                        "      hành chính                UBND     phường")
    assert table.rows[1][2:] == ["Văn phòng HĐND và UBND phường", "Các phòng, đơn vị thuộc UBND phường", "Quý I/2026"]
    assert table.rows[2][2:] == ["Văn phòng UBND", "Công an phường", "Quý II/2026"]


# `pdftotext -layout` of a portrait appendix with narrow columns: "TT" wraps to "T" / "T", two labels
# stand a single space apart ("Thời gian Sản phẩm"), a title runs to a single space before the lead's
# cell, and the total row spans the number and task columns.
PDFTOTEXT_NARROW = """\
T     Nội dung nhiệm vụ      Cơ quan      Cơ quan      Thời gian Sản phẩm      Kinh
T                            chủ trì      phối hợp     thực hiện               phí
I     CẢI CÁCH THỂ CHẾ
1     Rà soát văn bản do HĐND, Phòng Tư   Các cơ quan  Trước     Báo cáo kết   15
      UBND xã ban hành         pháp       chuyên môn   30/9/2019 quả rà soát
Tổng cộng                                                                      15"""


def test_a_narrow_portrait_header_wrapped_and_set_a_single_space_apart_gives_every_column():
    table, _ = table_of(PDFTOTEXT_NARROW)
    assert table.rows[0] == ["T T", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                             "Thời gian thực hiện", "Sản phẩm", "Kinh phí"]
    assert table.rows[2] == ["1", "Rà soát văn bản do HĐND, UBND xã ban hành", "Phòng Tư pháp",
                             "Các cơ quan chuyên môn", "Trước 30/9/2019", "Báo cáo kết quả rà soát", "15"]
    assert len(table.rows) == 4 and table.rows[3][-1] == "15"   # the total is a row of its own


# rows that `pdftotext -layout` set a place or two left of where the page's other rows show their columns
PDFTOTEXT_ROWS_SET_LEFT = """\
T     Nội dung nhiệm vụ      Cơ quan      Cơ quan      Thời gian Sản phẩm      Kinh
T                            chủ trì      phối hợp     thực hiện               phí
2     Kiểm tra công tác cải     Phòng Nội Văn phòng    Tháng 6 - Báo cáo kết 25
      cách hành chính tại các   vụ        HĐND và      tháng      quả kiểm tra
      cơ quan chuyên môn                  UBND         9/2018
3     Báo cáo công tác cải      Phòng Nội Các cơ quan Hàng quý, Báo cáo
      cách hành chính định kỳ vụ          chuyên môn 6 tháng,
      gửi Sở Nội vụ                       thuộc UBND năm
II    CẢI CÁCH THỂ CHẾ
1     Rà soát, kiểm tra văn bản Phòng Tư  Các cơ quan Trước       Báo cáo kết 15
      quy phạm pháp luật do     pháp      chuyên môn 30/11/2019   rà soát
      HĐND, UBND xã ban hành              thuộc UBND"""


def test_a_cell_set_a_place_left_of_its_columns_edge_or_running_well_into_it_is_that_columns():
    table, _ = table_of(PDFTOTEXT_ROWS_SET_LEFT)
    assert table.rows[1][2:] == ["Phòng Nội vụ", "Văn phòng HĐND và UBND", "Tháng 6 - tháng 9/2018",
                                 "Báo cáo kết quả kiểm tra", "25"]
    assert table.rows[4][2:] == ["Phòng Tư pháp", "Các cơ quan chuyên môn thuộc UBND", "Trước 30/11/2019",
                                 "Báo cáo kết rà soát", "15"]


def test_a_total_row_across_the_number_and_task_columns_does_not_shift_the_pages_columns():
    # the page's only row runs its title to a single space before the lead's cell, and "Tổng cộng" fills
    # the gap after the number column: no gap shows where the task column starts
    table, _ = table_of(" TT   Nội dung nhiệm vụ         Cơ quan    Cơ quan      Thời gian  Sản phẩm     Kinh phí\n"
                        "                                chủ trì    phối hợp     thực hiện               (tr.đồng)\n"
                        " I    CẢI CÁCH THỂ CHẾ\n"
                        " 1    Kiểm tra việc thực hiện Phòng Nội  Các cơ quan  Quý III/   Báo cáo kết  20\n"
                        "      quy chế dân chủ ở cơ sở   vụ         chuyên môn   2020       quả\n"
                        " Tổng cộng                                                                      20")
    assert table.rows[2][1:] == ["Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở", "Phòng Nội vụ",
                                 "Các cơ quan chuyên môn", "Quý III/2020", "Báo cáo kết quả", "20"]
