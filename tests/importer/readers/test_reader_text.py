"""Plain-text reader: encodings, line endings, and layout characters kept for the structure parser."""
import subprocess
import sys
import unicodedata

import pytest

from cchc.importer.document import Line
from cchc.importer.errors import ImportFailed
from cchc.importer.readers import read_document

from .reader_samples import encode_cp1258

PLAN = ("KẾ HOẠCH\nCải cách hành chính tỉnh Đắk Nông năm 2021\n\n"
        "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tThời gian\n"
        "1\tKiện toàn Ban chỉ đạo CCHC tỉnh\tSở Nội vụ\tQuý I/2021\n"
        "\tỞ mỗi ô một dòng, bắt đầu bằng TAB\n"
        "    thụt lề bốn dấu cách\n")

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "utf-16-le-bom": lambda t: t.encode("utf-16"),  # Python writes the BOM, little-endian here
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "cp1258": encode_cp1258,
    "utf-8-nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_decodes_common_encodings_to_nfc(tmp_path, encoding):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(ENCODINGS[encoding](PLAN))
    doc = read_document(path)
    assert doc.text() == PLAN.rstrip("\n")
    assert all(unicodedata.is_normalized("NFC", line.text) for line in doc.lines())
    assert doc.source == "ke-hoach.txt"


def test_cp1258_really_uses_combining_tone_marks():
    raw = encode_cp1258("Đắk Nông")
    assert raw.decode("cp1258") != "Đắk Nông"  # not NFC as stored
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == "Đắk Nông"


def test_longer_cp1258_plan_is_not_mistaken_for_western_encoding(tmp_path):
    text = "\n".join(["Ủy ban nhân dân tỉnh Kon Tum ban hành kế hoạch cải cách hành chính năm 2018.",
                      "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành thực hiện thường xuyên."] * 20)
    path = tmp_path / "plan.txt"
    path.write_bytes(encode_cp1258(text))
    assert read_document(path).text() == text


def test_keeps_tabs_indentation_and_empty_lines(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    lines = read_document(path).lines()
    assert [line.lineno for line in lines] == list(range(1, 8))
    assert lines[2] == Line("", 3)
    assert lines[3].text.split("\t") == ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    assert lines[5].text == "\tỞ mỗi ô một dòng, bắt đầu bằng TAB"
    assert lines[6].text == "    thụt lề bốn dấu cách"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\v", "\u2028", "\u2029", "\u0085"])
def test_line_endings(tmp_path, newline):
    path = tmp_path / "plan.txt"
    path.write_bytes(newline.join(["một", "", "\thai", "ba"]).encode("utf-8"))
    assert [line.text for line in read_document(path).lines()] == ["một", "", "\thai", "ba"]


def test_text_without_extension_is_read_as_text(tmp_path):
    path = tmp_path / "KE_HOACH"
    path.write_text("Kế hoạch cải cách hành chính\nnăm 2020", encoding="utf-8")
    assert read_document(path).lines()[1].text == "năm 2020"


def test_binary_garbage_with_txt_extension_is_refused(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ImportFailed, match="không phải văn bản"):
        read_document(path)


@pytest.mark.parametrize("content", [b"", b"   \r\n\t\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_text_file_is_refused(tmp_path, content):
    path = tmp_path / "plan.txt"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match="rỗng|không có nội dung"):
        read_document(path)


def test_utf16_without_bom_and_without_extension(tmp_path):
    path = tmp_path / "KE_HOACH"
    path.write_bytes(PLAN.encode("utf-16-le"))
    assert read_document(path).text() == PLAN.rstrip("\n")


def test_markdown_escapes_and_bold_are_read_as_plain_text(tmp_path):
    """A web page converted by html2text: "1\\. Cải cách", "\\- Kế hoạch", "**CẢI CÁCH**"."""
    path = tmp_path / "ke-hoach.md"
    path.write_text("II\\. NHIỆM VỤ\n1\\. Cải cách thể chế\n**Chú ý:** \\- Kế hoạch\ncấp C:\\ không đổi\n",
                    encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "II. NHIỆM VỤ", "1. Cải cách thể chế", "Chú ý: - Kế hoạch", "cấp C:\\ không đổi"]


def test_a_lone_backslash_does_not_make_markdown(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("Lưu tại D:\\-luu\\*\n1. Cải cách thể chế\n", encoding="utf-8")
    assert read_document(path).blocks[0].text == "Lưu tại D:\\-luu\\*"


def test_utf8_with_a_stray_latin1_byte_stays_utf8(tmp_path):
    """A "©" pasted in Latin-1 into a UTF-8 page must not make the whole page a legacy code page."""
    body = "KẾ HOẠCH\nCải cách hành chính tỉnh Đắk Nông năm 2021\nSở Nội vụ chủ trì, phối hợp các sở, ngành.\n"
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(body.encode("utf-8") + b"\xa9 2021 Cong thong tin\n")
    lines = [b.text for b in read_document(path).blocks]
    assert lines[:3] == body.splitlines() and lines[3] == "\ufffd 2021 Cong thong tin"


def _plan_file(tmp_path, data: bytes):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(data)
    return read_document(path)


def test_utf8_once_read_as_windows_1252_is_repaired_with_a_notice(tmp_path):
    """A file saved through a tool that took UTF-8 for Windows-1252: "Cáº£i cÃ¡ch hÃ nh chÃ­nh".
    Windows keeps the five bytes Windows-1252 leaves undefined as C1 controls ("sloppy")."""
    import ftfy.bad_codecs  # noqa: F401  (registers the codec)
    garbled = PLAN.encode("utf-8").decode("sloppy-windows-1252")
    doc = _plan_file(tmp_path, garbled.encode("utf-8"))
    assert "Cáº£i" in garbled and doc.text() == PLAN.rstrip("\n")
    assert any("Windows-1252" in str(notice) for notice in doc.notices)


def test_windows_1258_once_read_as_windows_1252_is_repaired_with_a_notice(tmp_path):
    """Windows-1258 writes most tone marks as combining bytes; read as Windows-1252 they became letters
    after their vowel: "CaÒi cách", "tiÒnh Ðãìk Nông"."""
    garbled = encode_cp1258(PLAN).decode("cp1252")
    doc = _plan_file(tmp_path, garbled.encode("utf-8"))
    assert "CaÒi" in garbled and doc.text() == PLAN.rstrip("\n")
    assert any("Windows-1258" in str(notice) for notice in doc.notices)


def test_correct_text_with_accented_capitals_is_not_repaired(tmp_path):
    text = "NGÃ BA ĐỒNG LỘC\nCải cách hành chính năm 2021 – “Sở Nội vụ” chủ trì\n"
    doc = _plan_file(tmp_path, text.encode("utf-8"))
    assert doc.text() == text.rstrip("\n") and doc.notices == []


@pytest.mark.parametrize("padding", [b"\x00", b"\x00" * 4])
def test_a_few_stray_nul_bytes_are_dropped_with_a_notice(tmp_path, padding):
    doc = _plan_file(tmp_path, PLAN.encode("utf-8").replace("Sở ".encode(), "Sở".encode() + padding + b" ")
                     + padding)
    assert doc.text() == PLAN.rstrip("\n")
    assert any(f"{len(padding) * 2} ký tự rỗng" in str(notice) for notice in doc.notices)


def test_a_legacy_code_page_file_with_a_stray_nul_is_read(tmp_path):
    doc = _plan_file(tmp_path, encode_cp1258(PLAN) + b"\x00")
    assert doc.text() == PLAN.rstrip("\n")


def test_an_undecodable_byte_is_pointed_out_where_it_is(tmp_path):
    doc = _plan_file(tmp_path, PLAN.encode("utf-8").replace("Sở".encode(), b"S\xe1\xbb"))
    assert "S\ufffd Nội vụ" in doc.text()
    assert [str(n) for n in doc.notices if "không giải mã được" in str(n)] == [
        "Có 1 ký tự không giải mã được (hiện là “\ufffd”), ví dụ: “1\tKiện toàn Ban chỉ đạo CCHC tỉnh\tS\ufffd Nội vụ"
        "\tQuý I/2021”; hãy đối chiếu với văn bản gốc."]


def test_a_plan_that_lost_its_line_breaks_is_read_with_a_notice(tmp_path):
    rows = "".join(f"{n}\tRà soát văn bản quy phạm pháp luật lĩnh vực {n}\tSở Tư pháp\tQuý II/2025\n" for n in range(1, 61))
    plan = PLAN + rows
    (tmp_path / "lines.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "one-line.txt").write_text(plan.replace("\n", " "), encoding="utf-8")
    notices = {name: [n.message for n in read_document(tmp_path / name).notices] for name in ("lines.txt", "one-line.txt")}
    assert notices["lines.txt"] == []
    assert len(notices["one-line.txt"]) == 1 and "không có dấu xuống dòng" in notices["one-line.txt"][0]


PAGED = ("TT    Nội dung                      Cơ quan chủ trì    Thời gian\n"
         "1     Rà soát văn bản               Sở Tư pháp         Tháng\n"
         "{footer}\n"
         "\f2     Kiểm tra văn bản              Sở Tư pháp         Quý II/2025\n"
         "{footer2}\n")


@pytest.mark.parametrize("footer, footer2", [("                   3", "                   4"),
                                             ("Trang 3", "Trang 4"), ("- 3 -", "- 4 -"),
                                             ("                        Trang 3/6", "Trang 4/6")])
def test_the_page_numbers_of_a_text_copied_from_a_pdf_are_dropped(tmp_path, footer, footer2):
    """The number on each page's last line would be glued to the cell above it ("Tháng 12/2021 Trang 4/6")."""
    doc = _plan_file(tmp_path, PAGED.format(footer=footer, footer2=footer2).encode("utf-8"))
    texts = [line.text for line in doc.lines()]
    assert texts[2] == "" and texts[4] == ""
    assert texts[3].startswith("\f2     Kiểm tra")   # the form feed still marks the page break
    assert [line.lineno for line in doc.lines()] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("footer", ["3", "12/2021", "                        12/2021"])
def test_a_number_that_may_be_a_cell_stays_at_a_page_end(tmp_path, footer):
    """A bare number at the margin may be a row number; a month and year is a date, not page 12 of 2021."""
    doc = _plan_file(tmp_path, PAGED.format(footer=footer, footer2="").encode("utf-8"))
    assert [line.text for line in doc.lines()][2] == footer


def test_page_numbers_are_left_alone_without_page_breaks(tmp_path):
    text = PAGED.format(footer="Trang 3", footer2="").replace("\f", "")
    assert "Trang 3" in _plan_file(tmp_path, text.encode("utf-8")).text()


def test_markdown_headings_and_italics_are_read_as_plain_text(tmp_path):
    """pandoc's Markdown: "# KẾ HOẠCH", "### 2. Chỉ tiêu", "*Phú Thọ, ngày ...*"; a note mark "(*)" stays."""
    path = tmp_path / "ke-hoach.md"
    path.write_text("| Số: 15/KH-UBND | *Phú Thọ, ngày 16 tháng 01 năm 2026* |\n| --- | --- |\n\n# KẾ HOẠCH\n"
                    "### 2. Chỉ tiêu ###\n- 100% thủ tục (*) được công khai (*)\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "| Số: 15/KH-UBND | Phú Thọ, ngày 16 tháng 01 năm 2026 |", "| --- | --- |", "", "KẾ HOẠCH",
        "2. Chỉ tiêu", "- 100% thủ tục (*) được công khai (*)"]


def test_bold_wrapped_over_the_lines_of_a_grid_table_cell_is_read_as_plain_text(tmp_path):
    path = tmp_path / "ke-hoach.md"
    path.write_text("+----+------------------+\n| **I** | **CÔNG TÁC CHỈ ĐẠO, |\n|    | ĐIỀU HÀNH** |\n"
                    "+====+==================+\n\n## II. NHIỆM VỤ\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks][1:3] == ["| I | CÔNG TÁC CHỈ ĐẠO, |", "|    | ĐIỀU HÀNH |"]


def test_a_hash_in_plain_text_is_kept(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("# 1 Ghi chú\n1. Cải cách thể chế *quan trọng*\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["# 1 Ghi chú", "1. Cải cách thể chế *quan trọng*"]


_PANDOC_MARKDOWN = """**KẾ HOẠCH**

Nhiệm vụ cụ thể như sau:

<table>
<thead>
<tr>
<th><strong>STT</strong></th>
<th><strong>Nội dung nhiệm vụ</strong></th>
<th><strong>Cơ quan chủ trì</strong></th>
<th><strong>Thời gian</strong></th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td>Ban hành Kế hoạch cải cách hành chính</td>
<td rowspan="2">Sở Nội vụ</td>
<td>Tháng 01/2025</td>
</tr>
<tr>
<td>2</td>
<td><p>Kiểm tra công tác cải cách hành chính</p>
<p>tại các cơ quan</p></td>
<td>Quý III/2025</td>
</tr>
</tbody>
</table>

**Nơi nhận:**
"""


def test_an_html_table_in_markdown_is_read_as_a_table(tmp_path):
    """pandoc's Markdown writes a table with a merged cell or a cell of two paragraphs as HTML."""
    path = tmp_path / "ke-hoach.md"
    path.write_text(_PANDOC_MARKDOWN, encoding="utf-8")
    doc = read_document(path)
    [table] = doc.tables()
    assert table.rows == [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                          ["1", "Ban hành Kế hoạch cải cách hành chính", "Sở Nội vụ", "Tháng 01/2025"],
                          ["2", "Kiểm tra công tác cải cách hành chính\ntại các cơ quan", "Sở Nội vụ", "Quý III/2025"]]
    lines = [b.text for b in doc.blocks if isinstance(b, Line) and b.text.strip()]
    assert lines == ["KẾ HOẠCH", "Nhiệm vụ cụ thể như sau:", "Nơi nhận:"]
    assert table.lineno == 5 and table.row_linenos[-1] <= 27   # where the table's markup stands


def test_an_html_table_left_open_stays_text(tmp_path):
    path = tmp_path / "ke-hoach.md"
    path.write_text(_PANDOC_MARKDOWN.replace("</table>", ""), encoding="utf-8")
    assert read_document(path).tables() == []


def test_a_plan_quoted_in_an_e_mail_is_read_without_its_quote_marks(tmp_path):
    path = tmp_path / "thu.txt"
    path.write_text("Văn phòng chuyển tiếp kế hoạch.\n\nVào ngày 11/01/2024 Phòng Tổ chức đã viết:\n"
                    "> SỞ Y TẾ\n>\n> KẾ HOẠCH\n>> 1\tRà soát văn bản\tSở Y tế\n> Nhắn: a > b\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "Văn phòng chuyển tiếp kế hoạch.", "", "Vào ngày 11/01/2024 Phòng Tổ chức đã viết:", "SỞ Y TẾ", "",
        "KẾ HOẠCH", "1\tRà soát văn bản\tSở Y tế", "Nhắn: a > b"]


def test_a_few_lines_opening_with_a_greater_than_sign_are_no_quotation(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("KẾ HOẠCH\n> 95% hồ sơ đúng hạn\nI. MỤC TIÊU\n", encoding="utf-8")
    assert read_document(path).blocks[1].text == "> 95% hồ sơ đúng hạn"


def test_the_icelandic_eth_written_for_d_with_stroke_reads_as_d_with_stroke(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("UBND TỈNH ÐỒNG THÁP\nÐịnh kỳ 6 tháng, ðột xuất\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["UBND TỈNH ĐỒNG THÁP", "Định kỳ 6 tháng, đột xuất"]


def test_a_plain_text_is_read_without_loading_the_word_and_html_libraries(tmp_path):
    # they take a tenth of a second to import: a text plan read from the command line must not pay it
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    script = ("import sys; from pathlib import Path; from cchc.importer.readers import read_document; "
              f"read_document(Path({str(path)!r})); print(sorted({{'bs4', 'docx'}} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_cell_a_spreadsheet_quoted_for_its_line_breaks_loses_the_quotes(tmp_path):
    path = tmp_path / "bang.txt"
    path.write_text("STT\tNội dung\tSản phẩm\tĐơn vị chủ trì\n"
                    '2\tTự kiểm tra\t"- Kế hoạch kiểm tra\n- Báo cáo ""kết quả"""\tVăn phòng Sở\n'
                    '3\tGhi "Tên" trong ô\t"một dòng"\tThanh tra Sở\n'
                    # the line that closes one quoted cell opens the next
                    '4\t"Tuyên truyền:\n+ Pháp luật."\t"Sở Tư pháp\nSở Y tế"\n', encoding="utf-8")
    assert [line.text for line in read_document(path).lines()][1:] == [
        "2\tTự kiểm tra\t- Kế hoạch kiểm tra", '- Báo cáo "kết quả"\tVăn phòng Sở',
        '3\tGhi "Tên" trong ô\t"một dòng"\tThanh tra Sở',
        "4\tTuyên truyền:", "+ Pháp luật.\tSở Tư pháp", "Sở Y tế"]
