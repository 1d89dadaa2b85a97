"""HTML reader: portal chrome removed, entities decoded, rowspan/colspan tables expanded."""
import quopri

import pytest

from cchc.importer.document import Table
from cchc.importer.errors import ImportFailed
from cchc.importer.readers import read_document

from .reader_samples import encode_cp1258

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>Cổng thông tin</title>
<script>document.write("<p>quảng cáo</p>");</script><style>.x{{color:red}}</style></head>
<body><header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</div></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li></ul></nav>
<div id="wrapper"><div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/vb">Văn bản</a></div>
<div class="main-content"><div class="article-detail">
<div class="article-body"><p>ỦY BAN NHÂN DÂN<br>TỈNH ĐẮK NÔNG</p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương&nbsp;ngày 19   tháng 6
năm 2015;</p>
<p>Thực hiện &ldquo;Chương trình&rdquo; &amp; kế hoạch c&#7911;a &#x1EE6;y ban</p>
<ol type="I"><li>MỤC TIÊU</li><li>NHIỆM VỤ</li></ol>
<ul><li>Sở Nội vụ</li></ul>
<table border="1"><thead><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Thời gian</th></tr></thead>
<tbody><tr><td>I</td><td colspan="3">CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH</td></tr>
<tr><td>1</td><td>Kiện toàn Ban chỉ đạo</td><td rowspan="2">Sở Nội vụ</td><td>Quý I/2021</td></tr>
<tr><td>2</td><td><p>- Họp Tổ tư vấn</p><p>- Hội nghị</p></td><td>Thường xuyên</td></tr>
<tr><td rowspan="2">3</td><td colspan="2" rowspan="2">Kiểm tra CCHC</td><td>Quý II</td></tr>
<tr><td>Quý III</td></tr></tbody></table>
<p>Tổng kinh phí: 936 triệu đồng</p>
<div class="share-tools"><a href="#">Facebook</a> Chia sẻ bài viết</div></div></div>
<div class="comments">Bình luận của bạn</div></div>
<aside class="sidebar"><h3>Tin mới</h3><ul><li><a href="/1">Tin nổi bật</a></li></ul></aside>
<div class="related-news"><a href="/a">Tin liên quan 1</a><a href="/b">Tin 2</a><a href="/c">Tin 3</a></div></div>
<footer>Bản quyền © 2021 Cổng thông tin</footer></body></html>"""

EXPECTED_LINES = ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG",
                  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                  "Thực hiện “Chương trình” & kế hoạch của Ủy ban", "I. MỤC TIÊU", "II. NHIỆM VỤ", "- Sở Nội vụ",
                  "Tổng kinh phí: 936 triệu đồng"]
AREA = "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"
EXPECTED_ROWS = [
    ["TT", "Nội dung", "Chủ trì", "Thời gian"],
    ["I", AREA, AREA, AREA],
    ["1", "Kiện toàn Ban chỉ đạo", "Sở Nội vụ", "Quý I/2021"],
    ["2", "- Họp Tổ tư vấn\n- Hội nghị", "Sở Nội vụ", "Thường xuyên"],
    ["3", "Kiểm tra CCHC", "Kiểm tra CCHC", "Quý II"],
    ["3", "Kiểm tra CCHC", "Kiểm tra CCHC", "Quý III"],
]
CHROME = ["CỔNG THÔNG TIN", "Trang chủ", "Giới thiệu", "quảng cáo", "Chia sẻ", "Bình luận", "Tin nổi bật",
          "Tin liên quan", "Bản quyền", "color"]


@pytest.fixture
def portal_page(tmp_path):
    path = tmp_path / "ke-hoach.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    return path


def test_content_lines_without_chrome(portal_page):
    doc = read_document(portal_page)
    assert [line.text for line in doc.lines()] == EXPECTED_LINES
    text = doc.text()
    assert not [word for word in CHROME if word in text]


def test_table_with_rowspan_and_colspan_expanded(portal_page):
    doc = read_document(portal_page)
    tables = doc.tables()
    assert len(tables) == 1 and tables[0].rows == EXPECTED_ROWS
    position = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Table))
    assert doc.blocks[position - 1].text == "- Sở Nội vụ"
    assert doc.blocks[position + 1].lineno == tables[0].row_linenos[-1] + 1


def test_legacy_charset_declared_in_meta(tmp_path):
    path = tmp_path / "trang.htm"
    path.write_bytes(encode_cp1258(PAGE.format(charset="windows-1258")))
    assert [line.text for line in read_document(path).lines()] == EXPECTED_LINES


def test_a_utf8_page_whose_template_declares_latin1_and_holds_one_latin1_byte(tmp_path):
    """An old template says "iso-8859-1", the text is UTF-8, and the footer's "©" was pasted as Latin-1:
    the page is UTF-8 with one undecodable byte, not Latin-1 mojibake throughout."""
    path = tmp_path / "trang.htm"
    page = PAGE.format(charset="iso-8859-1").encode("utf-8").replace("©".encode("utf-8"), "©".encode("latin-1"))
    path.write_bytes(page)
    doc = read_document(path)
    assert [line.text for line in doc.lines()] == EXPECTED_LINES
    assert doc.tables()[0].rows == EXPECTED_ROWS


def test_utf16_page_and_html_content_without_extension(tmp_path):
    path = tmp_path / "download"
    path.write_bytes(PAGE.format(charset="utf-16").encode("utf-16"))
    assert read_document(path).tables()[0].rows == EXPECTED_ROWS


def test_word_saved_as_web_page_with_doc_extension(tmp_path):
    path = tmp_path / "ke-hoach.doc"
    path.write_text('<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><div class="WordSection1">'
                    '<p class="MsoNormal">KẾ HOẠCH</p><p class="MsoNormal">Cải cách hành chính năm 2021</p>'
                    '</div></body></html>', encoding="utf-8")
    assert [line.text for line in read_document(path).lines()] == ["KẾ HOẠCH", "Cải cách hành chính năm 2021"]


def test_layout_table_is_read_as_text_and_inner_table_kept(tmp_path):
    inner = "<table><tr><td>TT</td><td>Nội dung</td></tr><tr><td>1</td><td>Rà soát</td></tr></table>"
    path = tmp_path / "old-portal.html"
    path.write_text(f"<html><body><table><tr><td><p>Kế hoạch năm 2015</p>{inner}</td></tr></table></body></html>",
                    encoding="utf-8")
    doc = read_document(path)
    assert doc.lines()[0].text == "Kế hoạch năm 2015"
    assert doc.tables()[0].rows == [["TT", "Nội dung"], ["1", "Rà soát"]]


def test_a_footnote_marker_set_as_superscript_is_no_part_of_the_word_and_a_power_is_kept(tmp_path):
    path = tmp_path / "marks.html"
    path.write_text("<html><body><table><tr><td>1</td><td>31/3/2023<sup>2</sup></td>"
                    "<td>120<sup>(*)</sup></td><td>Sở Nội vụ<span style='vertical-align: super'>[1]</span></td>"
                    "<td>1.000 m<sup>2</sup></td><td>Số 5<sup>a</sup></td></tr></table></body></html>",
                    encoding="utf-8")
    assert read_document(path).tables()[0].rows == [["1", "31/3/2023", "120", "Sở Nội vụ", "1.000 m²", "Số 5a"]]


def test_page_with_only_chrome_has_no_content(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(ImportFailed, match="không có nội dung"):
        read_document(path)


def test_linked_legal_references_and_aligned_paragraphs_are_content(tmp_path):
    body = ('<div class="content"><p class="text-right">KT. CHỦ TỊCH</p>'
            '<p>Căn cứ <a href="/1">Nghị định 61/2018</a>, <a href="/2">Nghị định 45/2020</a> và '
            '<a href="/3">Quyết định 468/QĐ-TTg</a>;</p><p class="right">Nơi nhận</p></div>')
    path = tmp_path / "links.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    assert [line.text for line in read_document(path).lines()] == [
        "KT. CHỦ TỊCH", "Căn cứ Nghị định 61/2018, Nghị định 45/2020 và Quyết định 468/QĐ-TTg;", "Nơi nhận"]


def test_attached_plan_is_pointed_out(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text('<html><body><div class="content"><p>UBND tỉnh ban hành Kế hoạch CCHC năm 2022.</p>'
                    '<p>Tệp đính kèm: <a href="/Uploads/2022/KH-123-UBND.pdf?v=2">KH 123</a></p></div></body></html>',
                    encoding="utf-8")
    doc = read_document(path)
    assert [str(n) for n in doc.notices] == [
        "Trang web có tệp đính kèm (KH-123-UBND.pdf); nếu kế hoạch nằm trong tệp đính kèm, "
        "hãy tải tệp đó về và nhập trực tiếp."]


def test_page_without_attachments_has_no_notice(portal_page):
    assert read_document(portal_page).notices == []


def test_preformatted_text_keeps_its_lines_and_tabs(tmp_path):
    path = tmp_path / "pre.html"
    path.write_text("<html><body><div class='content'><p>Phụ lục</p>"
                    "<pre>TT\tNội dung\tChủ trì\n1\tRà soát &amp; kiểm tra\tSở Tư pháp\n\n  thụt lề</pre>"
                    "</div></body></html>", encoding="utf-8")
    assert [line.text for line in read_document(path).lines()] == [
        "Phụ lục", "TT\tNội dung\tChủ trì", "1\tRà soát & kiểm tra\tSở Tư pháp", "  thụt lề"]


def _web_archive(tmp_path, name: str, head: str, part_type: str):
    body = (f'<html><head>{head}</head><body><div class="WordSection1"><p class="MsoNormal">KẾ HOẠCH</p>'
            '<table border="1"><tr><td>TT</td><td>Nội dung</td></tr><tr><td>1</td><td>Rà soát</td></tr></table>'
            '</div></body></html>')
    encoded = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    archive = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
               "------=_NextPart_01\r\nContent-Location: file:///C:/ke-hoach.htm\r\n"
               f"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: {part_type}\r\n\r\n"
               f"{encoded}\r\n------=_NextPart_01--\r\n")
    path = tmp_path / name
    path.write_text(archive, encoding="ascii")
    return read_document(path)


@pytest.mark.parametrize("name, head, part_type", [
    ("ke-hoach.doc", "", 'text/html; charset="utf-8"'),   # Word's "single file web page" named .doc
    ("ke-hoach.mht", '<meta charset="utf-8">', "text/html"),   # the part names no charset; the page does
])
def test_web_archive(tmp_path, name, head, part_type):
    doc = _web_archive(tmp_path, name, head, part_type)
    assert [line.text for line in doc.lines()] == ["KẾ HOẠCH"]
    assert doc.tables()[0].rows == [["TT", "Nội dung"], ["1", "Rà soát"]]


def _page(tmp_path, body: str):
    path = tmp_path / "trang.html"
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="noidung">'
                    f'<p>KẾ HOẠCH</p><p>Cải cách hành chính năm 2025</p>{body}</div></body></html>', encoding="utf-8")
    return read_document(path)


def _div_rows(rows: list[list[str]]) -> str:
    return "".join("<div>" + "".join(f"<div>{c}</div>" for c in row) + "</div>" for row in rows)


def test_div_grid_rows_become_table_rows(tmp_path):
    grid = _div_rows([["TT", "Nội dung", "Chủ trì"], ["I", "CẢI CÁCH THỂ CHẾ"],
                      ["1", "Rà soát văn bản<br>quy phạm pháp luật", "Sở Tư pháp"],
                      ["2", "Kiểm tra văn bản", "Sở Tư pháp"]])
    doc = _page(tmp_path, f'<div class="bang">{grid}</div>')
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows == [["TT", "Nội dung", "Chủ trì"], ["I", "CẢI CÁCH THỂ CHẾ", ""],
                                                   ["1", "Rà soát văn bản\nquy phạm pháp luật", "Sở Tư pháp"],
                                                   ["2", "Kiểm tra văn bản", "Sở Tư pháp"]]
    # the grid holds most of the page's text, yet the lines above it are still read
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == ["KẾ HOẠCH", "Cải cách hành chính năm 2025"]


@pytest.mark.parametrize("body", [
    _div_rows([["Tin mới", "01/01/2025"], ["Tin cũ", "02/01/2025"], ["Tin khác", "03/01/2025"]]),  # two per row
    "<div><div>a</div><div>b</div><div>c</div></div>" * 2,                                          # two rows
    "<div><div><p>a</p></div><div>b</div><div>c</div></div>" * 3,                                   # cells of blocks
    "<div>lời dẫn<div>a</div><div>b</div><div>c</div></div>" * 3,                                   # text between
])
def test_divs_that_are_no_grid_stay_lines(tmp_path, body):
    assert not any(isinstance(b, Table) for b in _page(tmp_path, body).blocks)


def test_a_real_table_beside_div_rows_is_kept_and_the_divs_stay_lines(tmp_path):
    rows = _div_rows([["1", "Rà soát", "Sở Tư pháp"], ["2", "Kiểm tra", "Sở Tư pháp"], ["3", "Theo dõi", "Sở Tư pháp"]])
    doc = _page(tmp_path, f"<div>{rows}<table><tr><td>TT</td><td>Nội dung</td></tr>"
                          "<tr><td>1</td><td>Công bố</td></tr></table></div>")
    assert [b.rows for b in doc.blocks if isinstance(b, Table)] == [[["TT", "Nội dung"], ["1", "Công bố"]]]
    assert "Rà soát" in [b.text for b in doc.blocks if not isinstance(b, Table)]


def _body(tmp_path, markup: str):
    path = tmp_path / "ke-hoach.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    return read_document(path)


def test_list_items_whose_text_is_a_paragraph_keep_their_markers(tmp_path):
    """Editors write lists as <li><p>text</p></li> (LibreOffice, CKEditor), in the body and in cells."""
    doc = _body(tmp_path, "<ol><li><p>Mục tiêu</p><ul><li><p>Phấn đấu 100%.</p></li><li><p>Tối thiểu 30%.</p></li>"
                          "</ul></li></ol><table><tr><td>Thời gian</td><td>Ghi chú</td></tr><tr><td><ul><li><p>Trước "
                          "31/01/2018</p></li><li><p>Thường xuyên</p></li></ul></td><td>x</td></tr></table>")
    assert [line.text for line in doc.lines()] == ["1. Mục tiêu", "- Phấn đấu 100%.", "- Tối thiểu 30%."]
    assert doc.tables()[0].rows[1][0] == "- Trước 31/01/2018\n- Thường xuyên"


def test_an_empty_numbered_item_shows_its_number(tmp_path):
    """LibreOffice saves a Word table numbered automatically as one list per "STT" cell, started at the
    row's number and holding an empty item; an empty bullet item shows nothing."""
    doc = _body(tmp_path, "<table><tr><td>STT</td><td>Nội dung</td></tr>"
                          "<tr><td><ol><li><p></p></li></ol></td><td>Rà soát</td></tr>"
                          "<tr><td><ol start=\"7\"><li></li></ol></td><td>Công bố</td></tr>"
                          "<tr><td><ul><li></li></ul></td><td>Kiểm tra</td></tr></table>")
    assert [row[0] for row in doc.tables()[0].rows] == ["STT", "1.", "7.", ""]


def test_soft_hyphens_and_zero_width_marks_are_dropped(tmp_path):
    """Portals hyphenate long words with &shy; and leave zero-width spaces: none may stay inside a word."""
    doc = _body(tmp_path, "<p>Kế hoạch cải cách hành chính của tỉ&shy;nh</p><table><tr><td>TT</td><td>Nội dung</td>"
                          "</tr><tr><td>1</td><td>Rà soát văn bản&#8203; của tỉ&shy;nh</td></tr></table>")
    assert "Kế hoạch cải cách hành chính của tỉnh" in [line.text for line in doc.lines()]
    assert doc.tables()[0].rows[1] == ["1", "Rà soát văn bản của tỉnh"]


def test_a_form_wrapping_the_whole_page_is_content_a_search_form_is_not(tmp_path):
    """ASP.NET and SharePoint portals put the whole page inside one <form>."""
    doc = _body(tmp_path, "<form class='search'><p>Tìm kiếm văn bản</p></form><form id='aspnetForm'><p>KẾ HOẠCH</p>"
                          "<p>Cải cách hành chính nhà nước tỉnh Hà Giang năm 2019</p><table><tr><td>TT</td>"
                          "<td>Nội dung</td></tr><tr><td>1</td><td>Rà soát văn bản</td></tr></table></form>")
    assert [line.text for line in doc.lines()] == ["KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Hà Giang năm 2019"]
    assert doc.tables()[0].rows[1] == ["1", "Rà soát văn bản"]



@pytest.mark.parametrize("name", ["header", "tbl-header", "van-ban-header"])
def test_a_letterhead_in_a_box_named_like_chrome_is_kept(tmp_path, name):
    doc = _body(tmp_path, "<div class='header'><p>Cổng thông tin điện tử Sở Giáo dục và Đào tạo</p></div>"
                          f"<div class='content'><table class='{name}'><tr><td>SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>"
                          "Số: 85/KH-SGDĐT"
                          "</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr></table>"
                          "<p>KẾ HOẠCH</p><p>Cải cách hành chính năm 2024</p><p>I. MỤC ĐÍCH, YÊU CẦU</p>"
                          "<p>Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>"
                          "<p>II. NHIỆM VỤ</p><p>1. Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực giáo dục."
                          "</p></div>")
    text = doc.text()
    assert "Số: 85/KH-SGDĐT" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Cổng thông tin điện tử" not in text   # the site's own header is still chrome


TASK_TABLE = ("<table><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td></tr>"
              "<tr><td>1</td><td>Rà soát văn bản</td><td>Sở Tư pháp</td></tr></table>")


def test_thousands_of_unclosed_font_tags_are_read(tmp_path):
    """Old CMS markup opens a <font> per line and never closes it: the tags nest 900 deep, as a browser
    shows them without a fault."""
    doc = _body(tmp_path, "<p>KẾ HOẠCH</p>" + TASK_TABLE + "<font>ghi chú<br>" * 900)
    assert doc.tables()[0].rows[1] == ["1", "Rà soát văn bản", "Sở Tư pháp"]
    assert [line.text for line in doc.lines()] == ["KẾ HOẠCH"] + ["ghi chú"] * 900


def test_deeply_nested_wrappers_keep_the_content_and_drop_the_chrome(tmp_path):
    depth = 3000
    page = ('<div class="menu"><a href="/1">Trang chủ</a></div>' + "<div>" * depth
            + "<p>KẾ HOẠCH</p>" + TASK_TABLE + '<div class="related"><a href="/a">Tin khác 1</a>'
            '<a href="/b">Tin khác 2</a><a href="/c">Tin khác 3</a></div>' + "</div>" * depth)
    doc = _body(tmp_path, page)
    assert [line.text for line in doc.lines()] == ["KẾ HOẠCH"]
    assert doc.tables()[0].rows[1] == ["1", "Rà soát văn bản", "Sở Tư pháp"]


@pytest.mark.parametrize("markup", [PAGE.format(charset="utf-8"),
                                    "<div><a href='/x'>một <a>hai</a></a> ba<!-- chú thích --></div>"])
def test_sizes_measured_in_one_pass_equal_each_tags_own_text_and_links(markup):
    from bs4 import BeautifulSoup

    from cchc.importer.readers.html import measure
    soup = BeautifulSoup(markup, "lxml")
    sizes = measure(soup.body)
    for tag in [soup.body, *soup.body.find_all(True)]:
        links = tag.find_all("a")
        assert (sizes[id(tag)].text, sizes[id(tag)].links, sizes[id(tag)].linked) == (
            len("".join(tag.get_text().split()).replace("\u200b", "")), len(links),
            sum(len("".join(a.get_text().split())) for a in links))


def test_a_page_garbled_by_a_wrong_code_page_is_repaired_with_a_notice(tmp_path):
    import ftfy.bad_codecs  # noqa: F401  (registers the codec)
    page = PAGE.format(charset="utf-8").encode("utf-8").decode("sloppy-windows-1252")
    path = tmp_path / "ke-hoach.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert [line.text for line in doc.lines()] == EXPECTED_LINES
    assert any("Windows-1252" in str(notice) for notice in doc.notices)


def test_a_page_cut_off_inside_its_table_is_read_with_a_notice(tmp_path):
    whole = PAGE.format(charset="utf-8")
    pages = {"cut": whole[:whole.index('<tr><td rowspan="2">3</td>')], "whole": whole,
             "unclosed": whole.replace("</body></html>", "")}   # its tables closed: nothing is missing
    docs = {}
    for name, markup in pages.items():
        (tmp_path / f"{name}.html").write_text(markup, encoding="utf-8")
        docs[name] = read_document(tmp_path / f"{name}.html")
    assert docs["cut"].tables()[0].rows == EXPECTED_ROWS[:4]
    assert {name: any("cắt cụt" in n.message for n in doc.notices) for name, doc in docs.items()} == {
        "cut": True, "whole": False, "unclosed": False}


def test_a_schedule_marked_by_cell_backgrounds_alone_reads_as_marked(tmp_path):
    shaded = "<td style='background:#FFC000;mso-pattern:auto'>&nbsp;</td>"
    doc = _page(tmp_path, "<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Quý I</th><th>Quý II</th></tr>"
                          f"<tr><td>1</td><td>Rà soát thủ tục</td><td>Sở Tư pháp</td><td></td>{shaded}</tr>"
                          "<tr><td>2</td><td>Tổng kết</td><td>Sở Nội vụ</td><td bgcolor='yellow'></td>"
                          "<td style='background-color: white'></td></tr></table>")
    assert [row[3:] for row in doc.tables()[0].rows[1:]] == [["", "x"], ["x", ""]]
