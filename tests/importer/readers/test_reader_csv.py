"""Task appendices saved from Excel as CSV: title rows as lines, the rest one table."""
import pytest

from cchc.importer import parse_file
from cchc.importer.document import Line, Table
from cchc.importer.errors import ImportFailed
from cchc.importer.readers import read_document

ROWS = ['PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025,,,,',
        'TT,Nội dung,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành',
        'I,CẢI CÁCH THỂ CHẾ,,,',
        '1,Rà soát văn bản quy phạm pháp luật,Sở Tư pháp,"Các sở, ban, ngành",Quý II/2025',
        '2,"Kiểm tra văn bản ""quy phạm""\ndo cấp xã ban hành",Sở Tư pháp,UBND cấp xã,Tháng 11/2025',
        ',,,,']


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> object:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("separator, name, encoding", [(",", "phu-luc.csv", "utf-8"),
                                                       (";", "phu-luc.csv", "utf-8-sig"),
                                                       ("\t", "phu-luc.tsv", "utf-16")])
def test_rows_with_any_separator_and_encoding(tmp_path, separator, name, encoding):
    text = "\r\n".join(ROWS).replace(",", separator).replace(f"Các sở{separator} ban{separator} ngành",
                                                              "Các sở, ban, ngành")
    doc = read_document(write(tmp_path, name, text, encoding))
    assert [b.text for b in doc.blocks if isinstance(b, Line)] == ["PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025"]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.rows[0] == ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert table.rows[2][3] == "Các sở, ban, ngành"   # a quoted separator stays in its cell
    assert table.rows[3][1] == 'Kiểm tra văn bản "quy phạm"\ndo cấp xã ban hành'
    assert len(table.rows) == 4 and table.row_linenos == [2, 3, 4, 5]


def test_a_csv_plan_end_to_end(tmp_path):
    plan = parse_file(write(tmp_path, "phu-luc.csv", "\n".join(ROWS))).to_dict()
    assert [(t["id"], t["area"], t["lead"], t["coordinating"], t["deadline"]["end"]) for t in plan["tasks"]] == [
        ("I.1", "the_che", ["Sở Tư pháp"], ["Các sở, ban, ngành"], "2025-06-30"),
        ("I.2", "the_che", ["Sở Tư pháp"], ["UBND cấp xã"], "2025-11-30")]


def test_a_quote_left_open_is_a_clear_error(tmp_path):
    text = "TT,Nội dung\n1,\"Rà soát" + "x" * 1_100_000
    with pytest.raises(ImportFailed) as failed:
        read_document(write(tmp_path, "hong.csv", text))
    assert "CSV" in str(failed.value)
