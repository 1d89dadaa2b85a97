"""Any input gives a plan or one clear Vietnamese error line, never a traceback."""
import subprocess
import sys
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.importer import parse_document
from cchc.importer.document import Document, Line, Table


def cchc_parse(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cchc.cli", "parse", str(path)], capture_output=True, text=True,
                          timeout=120)


def assert_clean_failure(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("lỗi: ")


def test_empty_file(tmp_path):
    path = tmp_path / "trong.txt"
    path.write_bytes(b"")
    assert_clean_failure(cchc_parse(path))


def test_binary_garbage(tmp_path):
    path = tmp_path / "rac.bin"
    path.write_bytes(bytes(range(256)) * 40)
    assert_clean_failure(cchc_parse(path))


def test_truncated_docx(tmp_path):
    whole = tmp_path / "a.docx"
    with zipfile.ZipFile(whole, "w") as z:
        z.writestr("word/document.xml", "<w:document>" + "x" * 5000 + "</w:document>")
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole.read_bytes()[:300])
    assert_clean_failure(cchc_parse(cut))


def test_missing_file(tmp_path):
    assert_clean_failure(cchc_parse(tmp_path / "khong-co.docx"))


def test_text_that_is_not_a_plan_gives_an_empty_plan_with_a_warning(tmp_path):
    path = tmp_path / "thu.txt"
    path.write_text("Kính gửi anh Nam,\nHẹn gặp lại vào thứ Hai.\n", encoding="utf-8")
    result = cchc_parse(path)
    assert result.returncode == 0
    assert '"tasks": []' in result.stdout
    assert "cảnh báo:" in result.stderr


def _notices(lines: list[str]) -> list[str]:
    doc = Document(blocks=[Line(text, n) for n, text in enumerate(lines, 1)])
    return [str(n) for n in parse_document(doc).notices]


PLAN_HEAD = ["KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Ninh Bình năm 2026", "PHỤ LỤC"]


def test_a_table_copied_column_by_column_is_pointed_out():
    """`pdftotext` without -layout writes a table a column at a time: the header's cells stand apart."""
    notices = _notices([*PLAN_HEAD, "TT", "", "Nội dung công việc", "", "I", "1", "2",
                        "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Xây dựng Kế hoạch tuyên truyền Sở Nội vụ", "năm 2026",
                        "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "", "Cơ quan chủ trì", "",
                        "Thời gian hoàn", "thành", "", "Quý I/2026", "Quý III/2026"])
    assert len(notices) == 1 and notices[0].startswith("dòng 4: ") and "pdftotext -layout" in notices[0]


def test_a_plan_without_tasks_or_such_a_header_says_so():
    notices = _notices([*PLAN_HEAD, "I. NỘI DUNG", "Các cơ quan thực hiện theo chức năng.", "II. THỜI GIAN",
                        "Trong năm 2026."])
    assert notices == ["Không tìm thấy bảng nhiệm vụ hoặc danh mục nhiệm vụ trong văn bản."]


lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_arbitrary_text_never_crashes_the_parser(texts):
    plan = parse_document(Document([Line(t, i + 1) for i, t in enumerate(texts)]))
    assert isinstance(plan.to_dict()["tasks"], list)


cell = st.sampled_from(["", "1", "1.1", "II", "A", "Sở Nội vụ", "Quý I/2021", "Thường xuyên", "TT", "Nội dung",
                        "Cơ quan chủ trì", "Tổng cộng", "100", "- Báo cáo", "Cơ quan phối hợp"]) | st.text(max_size=20)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cell, min_size=1, max_size=8), min_size=1, max_size=15))
def test_arbitrary_tables_never_crash_the_parser(rows):
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    plan = parse_document(Document([Line("KẾ HOẠCH cải cách hành chính năm 2021", 1), Table(rows, 2)]))
    assert all(task.id for task in plan.tasks)


gap = st.sampled_from([" ", "  ", "     ", "\t", "  \f"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.tuples(cell, gap), min_size=1, max_size=7), min_size=1, max_size=15),
       st.sampled_from(["\n", "\n\n"]))
def test_table_lines_with_any_spacing_never_crash_the_parser(rows, between):
    """Cells spaced out or stacked (`aligned_columns`, `stacked_cells`), page breaks anywhere."""
    lines = [("\f" if i % 5 == 4 else "") + "".join(text + sep for text, sep in row) for i, row in enumerate(rows)]
    texts = ["TT  Nội dung  Cơ quan chủ trì  Thời gian"] + between.join(lines).split("\n")
    plan = parse_document(Document([Line(t, i + 1) for i, t in enumerate(texts)]))
    assert all(task.id for task in plan.tasks)
