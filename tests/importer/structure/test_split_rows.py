"""TAB rows that paragraph breaks inside a cell cut over several lines (Word's "Save as Plain Text")."""
import re

from cchc.importer import parse_file
from cchc.importer.document import Line
from cchc.importer.structure.split_rows import join_split_rows

HEADER = "TT\tNhiệm vụ\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành"


def joined(*texts: str) -> list[str]:
    return [b.text for b in join_split_rows([Line(t, i) for i, t in enumerate(texts, start=1)])]


def test_a_cells_paragraphs_go_on_with_its_row():
    assert joined(HEADER, "1\tRà soát văn bản\t- Báo cáo quý", "- Báo cáo 6 tháng", "- Báo cáo năm\tSở Tư pháp\t"
                  "Các sở, ban, ngành\tQuý II/2025") == [
        HEADER, "1\tRà soát văn bản\t- Báo cáo quý\n- Báo cáo 6 tháng\n- Báo cáo năm\tSở Tư pháp\tCác sở, ban, ngành\t"
                "Quý II/2025"]


def test_items_numbered_inside_a_cell_go_on_with_its_row():
    """A browser's copy of a cell holding a list: "1.1. ..." opens an item of the cell, not a row."""
    assert joined(HEADER, "1\tNâng cao chất lượng văn bản:", "1.1. Rà soát văn bản;",
                  "1.2. Tự kiểm tra văn bản.\tBáo cáo\tPhòng Tư pháp\tCác phòng\tQuý III/2023") == [
        HEADER, "1\tNâng cao chất lượng văn bản:\n1.1. Rà soát văn bản;\n1.2. Tự kiểm tra văn bản.\tBáo cáo\t"
                "Phòng Tư pháp\tCác phòng\tQuý III/2023"]


def test_a_row_whose_area_column_comes_first_goes_on_after_its_number():
    """A browser's copy of a table whose first column is the reform area: the row number is the second cell."""
    header = "Lĩnh vực\tTT\tNội dung nhiệm vụ\tChủ trì\tPhối hợp\tThời gian hoàn thành\tSản phẩm"
    area = "1. Công tác chỉ đạo, điều hành"
    assert joined(header, f"{area}\t1\tBan hành Kế hoạch tuyên truyền\tSở Nội vụ\tSở Thông tin và Truyền thông",
                  "Báo Hòa Bình\tTháng 01/2024\tKế hoạch của UBND tỉnh") == [
        header, f"{area}\t1\tBan hành Kế hoạch tuyên truyền\tSở Nội vụ\tSở Thông tin và Truyền thông\n"
                "Báo Hòa Bình\tTháng 01/2024\tKế hoạch của UBND tỉnh"]
    # the next row opens with its own area and number: a row of its own
    lines = [header, f"{area}\t1\tBan hành Kế hoạch\tSở Nội vụ", f"{area}\t2\tKiểm tra\tSở Nội vụ"]
    assert joined(*lines) == lines


def test_a_list_item_between_two_whole_rows_goes_on_with_the_last_cell():
    header = "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm"
    row = "1\tRà soát văn bản\tSở Tư pháp\tCác sở, ban, ngành\tQuý II/2025\t- Danh mục văn bản"
    following = "2\tKiểm tra văn bản\tSở Tư pháp\tUBND cấp xã\tTháng 11/2025\tKết luận kiểm tra"
    assert joined(header, row, "- Quyết định công bố", following) == [
        header, row + "\n- Quyết định công bố", following]
    # after the table's last row the line is the text that follows it
    assert joined(header, row, "- Sở Nội vụ theo dõi.") == [header, row, "- Sở Nội vụ theo dõi."]


def test_short_rows_that_are_rows_of_their_own_stay():
    lines = [HEADER, "I\tCẢI CÁCH THỂ CHẾ", "1\tKiểm soát quy định TTHC", "1.1\tRà soát\tBáo cáo\tSở Tư pháp\t\tQuý II",
             "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "\t\t\tVăn phòng UBND tỉnh\t\t"]   # a page break's continuation
    assert joined(*lines) == lines
    # without a header the width of a row is unknown: nothing is joined
    assert joined("1\tRà soát văn bản\t- Báo cáo quý", "- Báo cáo năm\tSở Tư pháp") == \
        ["1\tRà soát văn bản\t- Báo cáo quý", "- Báo cáo năm\tSở Tư pháp"]


def test_the_total_after_a_row_a_merged_cell_left_short_is_a_row_of_its_own():
    # a browser's copy: the last task lost its lead to a cell merged down from the row above
    lines = [HEADER, "2\tSố hóa hồ sơ thủ tục hành chính\tHồ sơ được số hóa\tUBND các xã\tTrong năm 2022",
             "Tổng cộng\t120"]
    assert joined(*lines) == lines


def test_a_header_that_a_hard_wrap_cut_takes_its_last_words_back():
    """A mail client wrapped the text at 72 columns, the header too: the row under it has its full width."""
    wrapped = ["TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản", "phẩm\tKinh phí (triệu đồng)",
               "1\tKiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc", "Sở\tPhòng Tổ chức cán bộ\tThanh "
               "tra Sở\tQuý II - Quý", "III/2024\tBáo cáo kết quả kiểm tra\t15"]
    assert joined(*wrapped) == [
        "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm\tKinh phí (triệu đồng)",
        "1\tKiểm tra công tác cải cách hành chính tại các đơn vị trực thuộc\nSở\tPhòng Tổ chức cán bộ\tThanh tra Sở"
        "\tQuý II - Quý\nIII/2024\tBáo cáo kết quả kiểm tra\t15"]
    # a header's own second row (the parts of a merged "Kinh phí") and an area row are rows of their own
    lines = [HEADER, "\t\t\tNgân sách tỉnh\tNguồn khác\t", "I\tCẢI CÁCH THỂ CHẾ"]
    assert joined(*lines) == lines
    assert joined(HEADER, "CẢI CÁCH THỂ CHẾ") == [HEADER, "CẢI CÁCH THỂ CHẾ"]


def test_a_plan_saved_as_text_by_word(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("UBND TỈNH LÀO CAI\nSố: 9/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2025\nPHỤ LỤC\n"
                    f"{HEADER}\nI\tCẢI CÁCH THỂ CHẾ\t\t\t\t\n"
                    "1\tRà soát văn bản quy phạm pháp luật\t- Báo cáo quý\n- Báo cáo năm\tSở Tư pháp\t"
                    "Các sở, ban, ngành\tQuý II/2025\n"
                    "2\tKiểm tra văn bản\tKết luận kiểm tra\tSở Tư pháp\tUBND cấp xã;\nUBND cấp huyện\tTháng 11/2025\n"
                    "3\tTheo dõi thi hành pháp luật\tBáo cáo\tSở Tư pháp\tCác sở, ban, ngành\tThường xuyên\n",
                    encoding="utf-8")
    tasks = parse_file(path).to_dict()["tasks"]
    assert [(t["id"], t["outputs"], t["lead"], t["coordinating"], t["deadline_text"]) for t in tasks] == [
        ("I.1", ["Báo cáo quý", "Báo cáo năm"], ["Sở Tư pháp"], ["Các sở, ban, ngành"], "Quý II/2025"),
        ("I.2", ["Kết luận kiểm tra"], ["Sở Tư pháp"], ["UBND cấp xã", "UBND cấp huyện"], "Tháng 11/2025"),
        ("I.3", ["Báo cáo"], ["Sở Tư pháp"], ["Các sở, ban, ngành"], "Thường xuyên")]


def test_a_pdfs_lines_are_read_by_their_words_places_not_joined_as_tab_rows():
    """An unruled PDF table: a gap too narrow for a TAB leaves a row short of the header's cells, but its
    words' places still show every column, so its wrapped line is read by them."""
    from cchc.importer.document import Document
    from cchc.importer.structure.layouts import recover_tables

    def pdf_line(spaced: str, n: int) -> Line:
        return Line("\t".join(re.split(r" {4,}", spaced.strip())), n, 1, spaced)   # TABs where the gap is wide

    lines = [pdf_line("   TT         Nội dung công việc           Đơn vị thực hiện      Thời gian       Kết quả dự kiến", 1),
             pdf_line("   II   CẢI CÁCH THỂ CHẾ", 2),
             pdf_line("   1    Rà soát văn bản thuộc lĩnh vực y   Thanh tra Sở          Quý III/2019    Báo cáo kết quả", 3),
             pdf_line("        tế do UBND tỉnh ban hành", 4),
             pdf_line("   2    Kiểm tra văn bản                   Phòng Pháp chế        Quý IV/2019     Báo cáo", 5)]
    assert lines[2].text.count("\t") == 3   # one gap too narrow for a TAB
    [table] = [b for b in recover_tables(Document(blocks=lines, source="x.pdf")).blocks if hasattr(b, "rows")]
    assert table.rows[2] == ["1", "Rà soát văn bản thuộc lĩnh vực y tế do UBND tỉnh ban hành", "Thanh tra Sở",
                             "Quý III/2019", "Báo cáo kết quả"]
