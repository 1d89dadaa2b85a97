"""Sample documents built at test time (no binary files in git): a small plan as a real Word document."""
import shutil
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

HEADER = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
AREA = "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH"
TASKS = [
    ["1", "Kiện toàn Ban chỉ đạo CCHC tỉnh", "Sở Nội vụ", "Các Sở, Ban, ngành", "Quý I/2021"],
    ["2", "Họp Tổ tư vấn CCHC định kỳ", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Thường xuyên"],
]
OUTPUT_CELL = ["- Quyết định kiện toàn", "- Quy chế hoạt động"]

# One list definition with the levels plans use: "I.", "1.", "a)", and a bullet.
_ABSTRACT = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>
    <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
</w:abstractNum>"""
_NUM = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'

NUMBERED = [(0, "MỤC TIÊU, YÊU CẦU"), (1, "Mục tiêu"), (2, "Tối thiểu 30% cơ quan được kiểm tra"),
            (2, "100% văn bản được rà soát"), (3, "gạch đầu dòng"), (1, "Yêu cầu"), (0, "NHIỆM VỤ"),
            (1, "Cải cách thể chế")]
NUMBERED_EXPECTED = ["I. MỤC TIÊU, YÊU CẦU", "1. Mục tiêu", "a) Tối thiểu 30% cơ quan được kiểm tra",
                     "b) 100% văn bản được rà soát", "- gạch đầu dòng", "2. Yêu cầu", "II. NHIỆM VỤ",
                     "1. Cải cách thể chế"]


def add_multilevel_list(document) -> str:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(_ABSTRACT)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(_NUM))
    return "90"


def add_list(document, abstract_id: int, num_id: int, levels: list[tuple[str, str]], start_override=None):
    """A list definition: levels as (numFmt, lvlText); optionally a restart at `start_override`."""
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    numbering.find(qn("w:num")).addprevious(abstract)
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
                if start_override else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f'{override}</w:num>'))
    return str(num_id)


def number_paragraph(paragraph, num_id: str, level: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = int(num_id)


def mark_header_row(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def build_plan_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Cải cách hành chính tỉnh Đắk Nông năm 2021")
    num_id = add_multilevel_list(document)
    for level, text in NUMBERED:
        number_paragraph(document.add_paragraph(text), num_id, level)
    document.add_paragraph("PHỤ LỤC")
    _add_task_table(document)
    document.add_paragraph("Tổng kinh phí:\t936 triệu đồng")
    document.sections[0].header.paragraphs[0].text = "TIÊU ĐỀ TRANG KHÔNG ĐƯỢC ĐỌC"
    document.save(path)
    return path


def _add_task_table(document) -> None:
    table = document.add_table(rows=4, cols=len(HEADER) + 1)
    table.style = "Table Grid"
    for col, name in enumerate(HEADER + ["Sản phẩm"]):
        table.cell(0, col).text = name
    mark_header_row(table.rows[0])
    table.cell(1, 0).text = "I"
    table.cell(1, 1).merge(table.cell(1, len(HEADER))).text = AREA  # heading across the row
    for r, task in enumerate(TASKS, start=2):
        for col, text in enumerate(task):
            if col != 2:
                table.cell(r, col).text = text
    table.cell(2, 2).merge(table.cell(3, 2)).text = "Sở Nội vụ"  # same lead for both rows
    cell = table.cell(2, len(HEADER))
    cell.text = OUTPUT_CELL[0]
    cell.add_paragraph(OUTPUT_CELL[1])


EXPECTED_ROWS = [
    HEADER + ["Sản phẩm"],
    ["I"] + [AREA] * len(HEADER),
    TASKS[0] + ["\n".join(OUTPUT_CELL)],
    TASKS[1] + [""],
]


requires_soffice = pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                                      reason="LibreOffice (soffice) is not installed")


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors write it: base letters precomposed, tone marks combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)
