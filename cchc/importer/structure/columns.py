"""Which column of a task table holds what: recognised by header words, not by position.

Provinces name and order the columns differently ("Cơ quan chủ trì" / "Đơn vị chủ trì",
"Thời gian thực hiện" / "Thời hạn hoàn thành", "Sản phẩm" / "Kết quả/sản phẩm"), may
split a header over two rows ("Cơ quan thực hiện" over "Chủ trì | Phối hợp", "Thời gian
thực hiện" over "Bắt đầu | Hoàn thành": a start column beside the deadline, or over years,
quarters or months, each task marking its own), may give the reform area its own column
("Lĩnh vực", often one merged cell over its tasks), and a table may reach us with its header
cut off; then roles are inferred from the cells.

A table of targets ("STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Cơ quan chủ trì | Cơ quan theo
dõi") has its own header words (`target_columns`): the indicator column takes the TITLE role, each figure
column a value role of its own with the year its header names, results already reached ("Thực hiện năm
2023", "Ước đạt") are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ..document import Line
from ..fields.agencies import named_agencies
from ..text import fold, fold_words
from .removed import lists_removed

NUMBER, TITLE, OUTPUTS, LEAD, COORDINATING, DEADLINE, BUDGET, NOTES = (
    "number", "title", "outputs", "lead", "coordinating", "deadline", "budget", "notes")
START, AREA = "start", "area"  # "Bắt đầu" beside "Hoàn thành"; a "Lĩnh vực" column
AMENDED = "amended"   # an amendment's new wording beside the task as first planned ("Nội dung sửa đổi, bổ sung")
BUDGET_PARTS = "budget_parts"   # the other columns under "Kinh phí" ("Ngân sách tỉnh | Nguồn khác"), TAB-joined

# Checked in order: the first role whose words occur in the folded header cell wins.
_HEADER_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (COORDINATING, ("phoi hop",)),
    (LEAD, ("chu tri", "co quan thuc hien", "don vi thuc hien", "trach nhiem thuc hien",
            "co quan chiu trach nhiem", "don vi chiu trach nhiem", "co quan tham muu", "don vi tham muu",
            # a department's own plan: its units or officials ("Bộ phận thực hiện", "Người chịu trách nhiệm")
            "bo phan thuc hien", "bo phan chiu trach nhiem", "nguoi thuc hien", "nguoi chiu trach nhiem",
            "ca nhan thuc hien",
            # a commune's plan: who is given the work ("Phân công thực hiện") or who answers for it
            "phan cong thuc hien", "phan cong nhiem vu", "phan cong trach nhiem", "nguoi phu trach",
            "can bo phu trach", "cong chuc phu trach", "bo phan phu trach", "don vi phu trach", "co quan phu trach",
            # an inspection plan's schedule: the team that inspects each unit
            "doan kiem tra", "to kiem tra")),
    # "Ngân sách tỉnh | Ngân sách Trung ương": the amount each budget gives, without "Kinh phí" above
    (BUDGET, ("kinh phi", "du toan", "tong muc", "ngan sach")),
    (START, ("bat dau",)),  # "Thời gian bắt đầu" or "Bắt đầu" under "Thời gian thực hiện"
    (DEADLINE, ("thoi gian", "thoi han", "tien do", "han hoan thanh", "moc hoan thanh")),
    (OUTPUTS, ("san pham", "ket qua", "hinh thuc van ban")),
    (NOTES, ("ghi chu",)),
    # "Hoàn thành" under "Thời gian thực hiện"; after outputs so "Kết quả hoàn thành" stays an output
    (DEADLINE, ("hoan thanh", "ket thuc")),
    (NUMBER, ("stt", "tt", "t t", "so tt", "so thu tu")),   # "T T": "TT" broken in a narrow column
    (AMENDED, ("noi dung sua doi", "noi dung dieu chinh", "noi dung bo sung", "noi dung sau dieu chinh",
               "nhiem vu sau dieu chinh", "sua doi thanh", "dieu chinh thanh")),
    (TITLE, ("noi dung", "nhiem vu", "cong viec", "hoat dong", "ten de an", "giai phap",
             # ... of a table of reports, which `rows` sets aside for the reporting regime
             "ten bao cao", "loai bao cao",
             # ... and the unit each row inspects: the row's task is "kiểm tra tại <unit>"
             "duoc kiem tra")),
    (AREA, ("linh vuc",)),
]
_FUNDING_SOURCE = ("nguon kinh phi", "nguon von", "nguon ngan sach")
# an index's score column, folded: "Điểm tối đa", "Điểm đạt được", "Số điểm bị trừ" (not "Địa điểm")
_SCORE = re.compile(r"(?:so )?diem\b")
# a money unit in folded words, to million VND: "(1.000 đồng)" and "(1.000đ)" are thousands
_BUDGET_SCALE = [(re.compile(r"\b(?:nghin|ngan|1 ?000) ?(?:dong|d|vnd)\b"), 0.001),
                 (re.compile(r"\bty (?:dong|d)\b"), 1000.0),
                 (re.compile(r"\b(?:trieu|tr) ?(?:dong|d)\b"), 1.0),
                 (re.compile(r"\b(?:dong|vnd)\b"), 0.000001)]


@dataclass
class Columns:
    roles: dict[str, int]  # role -> column index
    budget_scale: float = 1.0  # multiply the budget cell by this to get million VND
    budget_unit_stated: bool = False  # the header names the budget's unit ("Kinh phí (triệu đồng)")
    # "Thời gian thực hiện" over "2021 | 2022 | ..." or "Quý I | Quý II | ...": column -> its period, marked per task
    period_columns: dict[int, str] = field(default_factory=dict)
    # a table of targets: value role -> the year its header names ("Kế hoạch năm 2024"), None if it names none
    value_years: dict[str, int | None] = field(default_factory=dict)
    # ... and value role -> "%" when its header gives the figures' unit ("Kế hoạch 2024 (%)")
    value_units: dict[str, str] = field(default_factory=dict)
    # further columns under "Kinh phí", whose figures add to the first one's ("Ngân sách tỉnh | Nguồn khác")
    budget_parts: tuple[int, ...] = ()
    # the deadline column counts in months ("Thời gian hoàn thành (tháng)"): a cell "6" is June
    deadline_in_months: bool = False
    # the task column lists tasks taken out of the plan ("Nhiệm vụ đưa ra khỏi Kế hoạch | Lý do")
    removed: bool = False
    # "Cơ quan thực hiện" over a column per agency, each task marking its own ("CT", "PH", "x"): column ->
    # (the agency, the role a bare mark gives: COORDINATING under "Cơ quan phối hợp", else LEAD)
    agency_columns: dict[int, tuple[str, str]] = field(default_factory=dict)
    # the lead column is headed by both roles ("Cơ quan chủ trì/phối hợp") and no column coordinates: a cell
    # without labels gives its lead first, then those that coordinate
    lead_names_both: bool = False
    # column -> its header, for the columns no field takes ("Cấp trình", "Mức độ ưu tiên")
    unclaimed: dict[int, str] = field(default_factory=dict)

    def cell(self, row: list[str], role: str) -> str:
        if role == BUDGET_PARTS:
            return "\t".join(row[i].strip() for i in self.budget_parts if i < len(row))
        i = self.roles.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""


def header_role(cell: str) -> str | None:
    words = _header_words(cell)
    return (_task_role(words) or _broken_role(words)) if words else None


_BROKEN_PIECES = 2   # one-letter pieces in a header that a narrow column broke inside its syllables
_JOINED_KEY = 6      # letters of a key looked for with the spaces left out; shorter ones occur by chance


def _broken_role(words: str) -> str | None:
    """The role of a header that a narrow column broke inside its syllables, as a PDF prints it ("Thờ i gia n
    hoà n thà nh", "Ki nh ph í"): its keys found with the spaces left out."""
    if sum(len(piece) == 1 for piece in words.split()) < _BROKEN_PIECES:
        return None
    joined = words.replace(" ", "")
    return next((role for role, keys in _HEADER_WORDS
                 if any(len(key) >= _JOINED_KEY and key.replace(" ", "") in joined for key in keys)), None)


# what a narrow header shortens ("CQ, ĐV thực hiện", "TG thực hiện", "KP (tr.đ)"), folded
_ABBREVIATIONS = {"cq": "co quan", "dv": "don vi", "tg": "thoi gian", "kp": "kinh phi"}


def _header_words(cell: str) -> str | None:
    """The header cell folded, its abbreviations spelt out, a space either side; None when empty or too long
    to be a header."""
    words = " ".join(_ABBREVIATIONS.get(word, word) for word in fold_words(cell).split())
    return f" {words} " if words and len(words) <= 78 else None


def _has_words(words: str, keys: tuple[str, ...]) -> bool:
    return any(f" {k} " in words for k in keys)


def _names_both_roles(words: str) -> bool:
    return " chu tri " in words and " phoi hop " in words


def _task_role(words: str) -> str | None:
    if _has_words(words, _FUNDING_SOURCE):
        return NOTES  # the funding source is free text, not an amount
    if words == " phan cong ":
        return LEAD   # "Phân công": who is given each task
    if _names_both_roles(words):
        return LEAD  # "Cơ quan chủ trì, phối hợp": one column for both, cut per cell (`agencies.split_roles`)
    return next((role for role, keys in _HEADER_WORDS if _has_words(words, keys)), None)


_SCATTER_REACH = 60   # lines: a column's cells stand between the header cells
# a header cell on its own line: a few words, opening with a capital; not "II. NỘI DUNG", a heading of the
# body, nor "- Chủ trì, phối hợp với các", an item of a list that wrapped
_HEADER_CELL_LINE = re.compile(r"^[^.:;,\-+]{1,40}$")
_HEADER_CELL_WORDS = 5


def scattered_header(lines: list[Line]) -> Line | None:
    """The first line of a task table's header whose cells stand each on its own line among other lines,
    the title's, the lead's and another among the lines near: text copied from a PDF without its layout
    (`pdftotext` in its default mode), which writes a table column by column."""
    roles = [header_role(line.text) if _is_header_cell_line(line.text.strip()) else None for line in lines]
    for i, role in enumerate(roles):
        near = set(roles[i:i + _SCATTER_REACH]) - {None}
        if role and {TITLE, LEAD} <= near and len(near) >= 3:
            return lines[i]
    return None


def _is_header_cell_line(text: str) -> bool:
    return bool(_HEADER_CELL_LINE.match(text)) and text[0].isupper() and len(text.split()) <= _HEADER_CELL_WORDS


def is_header_row(row: list[str]) -> bool:
    # a cell merged across columns ("Thời gian thực hiện" over T1 .. T12) comes once in each: it counts once
    cells = [c for i, c in enumerate(row) if c.strip() and (i == 0 or c != row[i - 1])]
    if len(cells) < 3 or is_number_cell(cells[0].strip()):
        return False   # either kind of header names three columns at least, and numbers no row
    roles = [header_role(c) for c in cells]
    found = {r for r in roles if r}
    is_task_header = len(found) >= 3 and len(found) >= len(roles) / 2 and bool(found & {TITLE, LEAD, DEADLINE})
    return is_task_header or is_target_header_row(row)


def columns_from_header(rows: list[list[str]]) -> Columns:
    """Combine one or more header rows (stacked cells of a column are read together)."""
    stacks = _stacks(rows)
    periods = _period_columns(stacks)
    agencies = _agency_columns(stacks)
    # a score ("Điểm tối đa" under "Kết quả Chỉ số CCHC năm 2023") is a figure of the past year, whatever
    # the cell above it says
    scores = {i for i, stacked in enumerate(stacks) if stacked and _SCORE.match(fold_words(stacked[-1]))}
    roles: dict[str, int] = {}
    scale, stated, budget_parts, total = 1.0, False, [], False
    for i, stacked in enumerate(stacks):
        if i in periods or i in scores or i in agencies:
            continue
        # The lowest specific cell decides ("Cơ quan thực hiện" above "Phối hợp"); else the cells read as
        # one, a header wrapped in a narrow column ("Cơ quan chủ" / "trì").
        role = next(filter(None, map(header_role, reversed(stacked))), None) or \
            (header_role(" ".join(stacked)) if len(stacked) > 1 else None)
        if role == BUDGET and BUDGET in roles:
            budget_parts.append(i)
        elif role and role not in roles:
            roles[role] = i
        elif role and _claims_less(role, stacks[roles[role]]) and not _claims_less(role, stacked):
            roles[role] = i
        if role == BUDGET and not budget_parts:
            unit = money_scale(" ".join(stacked))
            scale, stated = unit or 1.0, unit is not None
        if role == BUDGET and len(stacked) > 1 and TOTAL.match(fold_words(stacked[-1])):
            roles[BUDGET], total = i, True   # "Tổng số | Ngân sách tỉnh | Nguồn khác": the total is given
    # where the total is given, the sources beside it are read through it
    taken = set(periods) | scores | set(budget_parts) | set(agencies)
    if total:
        budget_parts = []
    _claim_misread(stacks, roles, taken)
    months = DEADLINE in roles and bool(_IN_MONTHS.search(fold_words(" ".join(stacks[roles[DEADLINE]]))))
    if AMENDED in roles and TITLE not in roles:
        roles[TITLE] = roles.pop(AMENDED)   # nothing stands beside it: the new wording is the task
    removed = TITLE in roles and lists_removed(" ".join(stacks[roles[TITLE]]))
    both = LEAD in roles and COORDINATING not in roles and \
        _names_both_roles(_header_words(" ".join(stacks[roles[LEAD]])) or "")
    unclaimed = {i: " ".join(" ".join(stacked).split()) for i, stacked in enumerate(stacks)
                 if stacked and i not in taken and i not in roles.values()}
    return Columns(roles=roles, budget_scale=scale, budget_unit_stated=stated, period_columns=periods,
                   budget_parts=tuple(budget_parts), deadline_in_months=months, removed=removed,
                   agency_columns=agencies, lead_names_both=both, unclaimed=unclaimed)


def _agency_columns(stacks: list[list[str]]) -> dict[int, tuple[str, str]]:
    """Columns headed by one agency each under a header that names who does the work ("Cơ quan thực hiện"
    over "Sở Nội vụ | Sở Tư pháp | ..."): a matrix whose cells mark each agency's part. One alone is no matrix."""
    columns = {}
    for i, stacked in enumerate(stacks):
        above = [header_role(cell) for cell in stacked[:-1]]
        names = named_agencies(stacked[-1]) if len(stacked) > 1 and (LEAD in above or COORDINATING in above) else None
        if names and len(names) == 1:
            columns[i] = names[0], LEAD if LEAD in above else COORDINATING
    return columns if len(columns) > 1 else {}


# Header words that make a column a weaker claim to its role than a later column's: a remediation plan's
# shortcoming that a task answers ("Nội dung còn hạn chế | Nhiệm vụ, giải pháp khắc phục": the task is the
# remedy), a task's code ("Mã nhiệm vụ | Nội dung"), the province's leader who directs it ("Lãnh đạo UBND tỉnh
# chủ trì | Cơ quan chủ trì": the agency leads); in an amending or carried-over plan, the time the plan first
# set or what has been done so far ("Thời gian theo Kế hoạch số 15/KH-UBND | Thời gian sau điều chỉnh", "Tiến
# độ thực hiện đến ngày 30/6 | Thời gian hoàn thành", "Kết quả thực hiện năm 2024 | Sản phẩm").
_LESSER_CLAIMS = {
    TITLE: ("han che", "ton tai", "yeu kem", "tru diem", "bi tru", "tieu chi", "nguyen nhan", "ma", "ma so",
            "ky hieu", "so hieu"),
    LEAD: ("lanh dao",),
    DEADLINE: ("theo ke hoach", "theo kh", "ban dau", "da giao", "cu", "thuc te", "den ngay", "den thoi diem",
               "tinh hinh", "tinh trang", "muc do"),
    OUTPUTS: ("thuc hien nam", "thuc hien den", "ket qua nam", "nam truoc", "da dat", "dat duoc", "uoc dat", "den ngay",
              "luy ke"),
}


def _claims_less(role: str, stacked: list[str]) -> bool:
    return _has_words(_header_words(" ".join(stacked)) or "", _LESSER_CLAIMS.get(role, ()))


def _claim_misread(stacks: list[list[str]], roles: dict[str, int], taken: set[int]) -> None:
    """Roles no header cell claimed, from the cells no role took, where OCR misread a letter of their
    words ("Cơ quan chủ tr", "Cơ quan phối hựp"): this is a header already, so a near miss will do."""
    for i, stacked in enumerate(stacks):
        if i in taken or i in roles.values() or not stacked:
            continue
        role = _near_role(" ".join(stacked))
        if role and role not in roles:
            roles[role] = i


_NEAR_KEY = 6   # characters: a header key this long is still told with one letter wrong


def _near_role(cell: str) -> str | None:
    words = fold_words(cell).split()
    for role, keys in _HEADER_WORDS:
        for key in keys:
            n = key.count(" ") + 1
            if len(key) >= _NEAR_KEY and any(Levenshtein.distance(key, " ".join(words[k:k + n]), score_cutoff=1) <= 1
                                             for k in range(len(words) - n + 1)):
                return role
    return None


def _stacks(rows: list[list[str]]) -> list[list[str]]:
    """Each column's filled cells over the header rows, top to bottom."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    rows = [_spans_filled(upper, lower) for upper, lower in zip(rows, rows[1:])] + [_periods_numbered(rows)]
    return [[r[i] for r in rows if r[i].strip() and not _COLUMN_NUMBER.fullmatch(r[i].strip())] for i in range(width)]


def _periods_numbered(rows: list[list[str]]) -> list[str]:
    """The last header row, with the bare numbers that head a time grid's columns named: "1 | 2 | ... | 12"
    under "Thời gian thực hiện năm 2025 (tháng)" are months, "1 | ... | 4" under "... (quý)" quarters. The
    numbers must count from 1 and stand only under the time header: a row numbering every column does not."""
    last = rows[-1]
    numbered = [i for i, c in enumerate(last) if c.strip().isdigit()]
    if len(rows) < 2 or not is_period_numbering(last[i] for i in numbered):
        return last
    parents = [" ".join(r[i] for r in rows[:-1]) for i in numbered]
    if not all(header_role(p) == DEADLINE for p in parents):
        return last
    unit = "Quý" if re.search(r"\bquy\b", fold_words(parents[0])) else "Tháng"
    return [f"{unit} {c.strip()}" if i in numbered else c for i, c in enumerate(last)]


def is_period_numbering(cells) -> bool:
    """Bare numbers that count from 1, as the months (or quarters) of a time grid's sub-header do."""
    numbers = [int(c.strip()) for c in cells]
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) and numbers[-1] <= 12


def _spans_filled(upper: list[str], lower: list[str]) -> list[str]:
    """A header cell merged across the columns under it, as text copied from a spreadsheet writes it, once
    and then empty ("Thời gian thực hiện năm 2019 | | |" over "Quý I | Quý II | Quý III | Quý IV"): repeated
    in each, as a Word table's merged cell reads."""
    filled = list(upper)
    for i in range(1, len(filled)):
        if not filled[i].strip() and filled[i - 1].strip() and lower[i].strip() and lower[i - 1].strip():
            filled[i] = filled[i - 1]
    return filled


def _period_columns(stacks: list[list[str]]) -> dict[int, str]:
    """Years, quarters or months under "Thời gian thực hiện" (not under "Kinh phí"); where no column names the
    time, quarters or months heading columns of their own ("... | Sản phẩm | Quý I | Quý II | Quý III | Quý IV"),
    but not years, which beside a budget split the money. One alone is no grid."""
    periods = {i: " ".join(stacked[-1].split()) for i, stacked in enumerate(stacks)
               if len(stacked) > 1 and PERIOD_CELL.match(stacked[-1]) and
               any(header_role(c) == DEADLINE for c in stacked[:-1])}
    if not periods and not any(header_role(c) == DEADLINE for stacked in stacks for c in stacked):
        periods = {i: " ".join(stacked[-1].split()) for i, stacked in enumerate(stacks)
                   if stacked and PERIOD_CELL.match(stacked[-1]) and not _YEAR_CELL.match(stacked[-1])}
    return periods if len(periods) > 1 else {}


# a sub-column of the time header: "2021", "Năm 2022", "Quý I", "Quý 3", "Tháng 6", "T6"
_YEAR_CELL = re.compile(r"^\s*(?:năm\s*)?(?:19|20)\d{2}\s*$", re.IGNORECASE)
PERIOD_CELL = re.compile(r"^\s*(?:(?:năm\s*)?(?:19|20)\d{2}|(?:qu[ýíyi]\s*(?:I{1,3}|IV|[1-4])|(?:tháng|T)\s*\d{1,2})"
                         r"(?:\s*(?:/|năm)\s*(?:19|20)\d{2})?)\s*$", re.IGNORECASE)   # also "Quý I/2026"


def is_numbering_row(row: list[str]) -> bool:
    """The "(1) (2) (3)" or "1 2 3 4" row printed under many headers. Bare figures count on one by one; in
    brackets they may skip the number of a hidden column ("(4) (6)")."""
    raw = [c.strip() for c in row if c.strip()]
    cells = [c.strip("()") for c in raw]
    if len(cells) < 3 or not all(c.isdigit() for c in cells):
        return False
    numbers = [int(c) for c in cells]
    if all(c.startswith("(") and c.endswith(")") for c in raw):
        return all(a < b for a, b in zip(numbers, numbers[1:]))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def money_scale(text: str) -> float | None:
    """The factor to million VND of the money unit `text` names ("nghìn đồng": 0.001), None if it names none."""
    words = fold_words(text)
    scale = next((scale for unit, scale in _BUDGET_SCALE if unit.search(words)), None)
    if scale == _BUDGET_SCALE[-1][1]:
        # "đồng" alone, or the end of a unit a narrow column broke inside its syllables: "(triệ u đồng )"
        glued = re.sub(r" (?=\w(?: |$))", "", words)
        scale = next((scale for unit, scale in _BUDGET_SCALE if unit.search(glued)), None)
    return scale


# --- Tables whose header is missing: infer roles from the cells -----------------------------

_DEADLINE_CELL = re.compile(
    r"(\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\bquý\b|\btháng\b|\bnăm \d{4}\b|thường xuyên|định kỳ|hằng năm|"
    r"hàng năm|\btrước\b|chậm nhất|theo kế hoạch|theo quy định)", re.IGNORECASE)
_AGENCY_CELL = re.compile(
    r"^(-\s*)?(các\s+)?(sở|ubnd|ủy ban|uỷ ban|văn phòng|ban\b|trung tâm|đài|báo\b(?! cáo)|công an|bộ chỉ huy|"
    r"thanh tra|cơ quan|đơn vị|kho bạc|cục|chi cục|hội\b(?! nghị)|liên đoàn|bưu điện|tổ\b|phòng)", re.IGNORECASE)
# what a "Sản phẩm" cell names: a document or a result ("Báo cáo", "Kế hoạch", "Quyết định công bố")
_PRODUCT_CELL = re.compile(
    r"^(-\s*)?(báo cáo|kế hoạch|quyết định|văn bản|thông báo|đề án|công văn|tờ trình|hướng dẫn|chương trình|"
    r"quy chế|quy định|nghị quyết|danh mục|hệ thống|hồ sơ|thủ tục|phần mềm|lớp|hội nghị|tài liệu|kết luận|"
    r"biên bản|cơ sở dữ liệu|dự thảo|phương án|bản|sổ tay|chỉ thị)\b", re.IGNORECASE)
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)|\d{1,2}")   # the row "(1) (2) (3)" that numbers the columns
_IN_MONTHS = re.compile(r"\bthang\s*$")   # "Thời gian hoàn thành (tháng)": folded, the brackets are gone
# a total's folded words: a "Tổng cộng" row, a "Tổng số" column under "Kinh phí"
TOTAL_WORDS = ("tổng cộng", "tổng số", "tổng kinh phí", "tổng", "cộng")
TOTAL = re.compile(rf"^({'|'.join(map(fold, TOTAL_WORDS))})$")
_MONEY_CELL = re.compile(r"^\s*\d{1,3}([.,]\d{3})*([.,]\d+)?\s*$")
_NUMBER_CELL = re.compile(r"^\s*([IVXLC]+|[A-Z]|\d+(\.\d+)*)\.?\s*$")
_ARABIC_CELL = re.compile(r"^\s*\d+(\.\d+)*\.?\s*$")


def settle_number_column(columns: Columns, body: list[list[str]]) -> None:
    """The first column is the rows' numbers when no header word claims it but most of its cells are
    numbers: a header whose "STT" OCR misread ("SIT", "5TT") or that left the cell empty. And a "STT"
    column that numbers no row (numbers a page showed from a list the copy lost) numbers none: each full
    row is then a task of its own, not the tail of the row above."""
    if NUMBER not in columns.roles and 0 not in columns.roles.values() and body and \
            _share(body, 0, _NUMBER_CELL.match) > 0.5:
        columns.roles[NUMBER] = 0
    elif NUMBER in columns.roles and body and not any(_ARABIC_CELL.match(columns.cell(row, NUMBER)) for row in body):
        del columns.roles[NUMBER]


# what a plan updated mid-year says of a task's progress: "Đã hoàn thành", "Đang thực hiện", "Đạt 80%"
_PROGRESS = re.compile(r"^(?:(?:da|dang|chua|khong)\s+(?:hoan thanh|thuc hien|trien khai|ban hanh|xong|dat)"
                       r"|hoan thanh$|dat\s+\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)?\s*%)")


def settle_outputs_column(columns: Columns, body: list[list[str]]) -> None:
    """A "Kết quả thực hiện" column whose cells say how far each task has got ("Đang thực hiện") tells its
    progress, no product: a note, where the table has no "Ghi chú" column of its own."""
    if OUTPUTS not in columns.roles:
        return
    said = [fold_words(cell) for row in body if (cell := columns.cell(row, OUTPUTS)) and
            cell != columns.cell(row, TITLE)]   # a heading merged across the row says nothing of the column
    if said and sum(bool(_PROGRESS.match(cell)) for cell in said) * 2 >= len(said):
        column = columns.roles.pop(OUTPUTS)
        columns.roles.setdefault(NOTES, column)


def infer_columns(rows: list[list[str]]) -> Columns | None:
    """Guess roles of a header-less table from what its cells look like."""
    width = max((len(r) for r in rows), default=0)
    if width < 3:
        return None
    score = {role: [_share(rows, i, test) for i in range(width)] for role, test in (
        (NUMBER, _NUMBER_CELL.match), (DEADLINE, _DEADLINE_CELL.search),
        (LEAD, _AGENCY_CELL.match), (BUDGET, _MONEY_CELL.match))}
    roles: dict[str, int] = {}
    if score[NUMBER][0] > 0.5:
        roles[NUMBER] = 0
    free = [i for i in range(width) if i not in roles.values()]
    agency_cols = [i for i in free if score[LEAD][i] > 0.5]
    if agency_cols:
        roles[LEAD] = agency_cols[0]
        if len(agency_cols) > 1:
            roles[COORDINATING] = agency_cols[1]
    deadline = max((i for i in free if i not in agency_cols), key=lambda i: score[DEADLINE][i], default=None)
    if deadline is not None and score[DEADLINE][deadline] > 0.4:
        roles[DEADLINE] = deadline
    budget = [i for i in free if score[BUDGET][i] > 0.3 and i not in roles.values()]
    if budget:
        roles[BUDGET] = budget[-1]
    text_cols = [i for i in free if i not in roles.values()]
    if not text_cols or (LEAD not in roles and DEADLINE not in roles):
        return None
    roles[TITLE] = text_cols[0]
    before_lead = [i for i in text_cols[1:] if i < roles.get(LEAD, width)]
    products = [i for i in text_cols[1:] if _share(rows, i, _PRODUCT_CELL.match) > 0.5]
    if before_lead or products:
        roles[OUTPUTS] = (before_lead or products)[0]
    return Columns(roles=roles)


def is_number_cell(cell: str) -> bool:
    """A row's number or mark alone: "3", "1.2.", "IV", "A"."""
    return bool(_NUMBER_CELL.match(cell))


def opens_as_deadline(cell: str) -> bool:
    """A cell that opens with deadline wording: "30/11/2018", "Quý IV", "Trước ngày ...", "Thường xuyên"."""
    return bool(_DEADLINE_CELL.match(cell.strip()))


def reads_as_agency(cell: str) -> bool:
    """A cell that opens with an agency's head word ("Sở", "UBND", "Văn phòng", "Các cơ quan")."""
    return bool(_AGENCY_CELL.match(cell.strip()))


def reads_as_product(cell: str) -> bool:
    """A cell that opens by naming a document or a result ("Báo cáo", "Kế hoạch", "Quyết định công bố")."""
    return bool(_PRODUCT_CELL.match(cell.strip()))


def _share(rows: list[list[str]], i: int, test) -> float:
    cells = [r[i] for r in rows if i < len(r) and r[i].strip() and not _all_same(r)]
    return sum(bool(test(c.strip())) for c in cells) / len(cells) if cells else 0.0


def _all_same(row: list[str]) -> bool:
    filled = {c.strip() for c in row[1:] if c.strip()}
    return len(filled) == 1 and sum(1 for c in row[1:] if c.strip()) > 1


# --- Tables of targets ----------------------------------------------------------------------

UNIT, MONITOR, VALUE, PAST = "unit", "monitor", "value", "past"  # PAST: results already reached, no target
_MONITOR_WORDS = ("theo doi", "don doc", "giam sat")
_UNIT_WORDS = ("don vi tinh", "dvt", "don vi do")
_PAST_WORDS = ("ket qua", "uoc", "thuc te", "da dat", "luy ke", "hien trang", "nam truoc")
_DONE_WORDS = ("thuc hien",)  # "Thực hiện năm 2023" is a result, "Chỉ tiêu thực hiện năm 2024" a target
_VALUE_WORDS = ("ke hoach", "phan dau", "gia tri", "chi tieu nam", "chi tieu giao", "muc tieu nam", "muc dat")
# the indicator's header; a second column headed so holds the figures ("Nội dung | ĐVT | Chỉ tiêu")
_INDICATOR_WORDS = ("chi tieu", "tieu chi", "chi so", "muc tieu", "ten")
_NAMES_TARGETS = re.compile(r"\b(?:chi tieu|tieu chi)\b")
_TASK_ROLES_KEPT = (LEAD, COORDINATING, NUMBER, NOTES, DEADLINE, BUDGET)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d{2}")


def target_header_role(cell: str) -> str | None:
    """The role of a header cell of a table of targets; agency, number and note columns as in task tables."""
    words = _header_words(cell)
    if not words:
        return None
    role = _task_role(words)
    if _has_words(words, _MONITOR_WORDS):
        return MONITOR  # before LEAD: "Cơ quan chịu trách nhiệm theo dõi"
    if _has_words(words, _UNIT_WORDS):
        return UNIT
    if role in _TASK_ROLES_KEPT:
        return role
    if _has_words(words, _PAST_WORDS):
        return PAST
    if _has_words(words, _VALUE_WORDS):
        return VALUE
    indicator = role == TITLE or _has_words(words, _INDICATOR_WORDS)
    if _has_words(words, _DONE_WORDS) and not indicator:
        return PAST
    if _YEAR.search(words) and not _DATE.search(cell):   # "Năm 2024", not a deadline "31/3/2022"
        return VALUE
    return TITLE if indicator else None


def is_target_header_row(row: list[str]) -> bool:
    """"STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | ...": an indicator, a unit or figure column, most cells known.
    Without figure columns the header must call its rows "chỉ tiêu" and give them no deadline ("STT | Chỉ tiêu |
    Cơ quan chủ trì | Cơ quan theo dõi"): each indicator cell then states its figure."""
    cells = [c for c in row if c.strip()]
    roles = [target_header_role(c) for c in cells]
    found = {r for r in roles if r}
    figures = bool(found & {UNIT, VALUE}) or roles.count(TITLE) > 1  # "Chỉ tiêu | Mục tiêu": the second holds figures
    named = DEADLINE not in found and any(role == TITLE and _NAMES_TARGETS.search(_header_words(cell))
                                          for role, cell in zip(roles, cells))
    return len(found) >= 3 and len(found) >= len(roles) / 2 and TITLE in found and (figures or named)


def target_columns(rows: list[list[str]]) -> Columns | None:
    """Roles of a table of targets from its header rows; None when it is no such table (no indicator column,
    neither figures nor units nor "chỉ tiêu" in its header, or a deadline column: then its rows are tasks)."""
    stacks = _stacks(rows)
    roles: dict[str, int] = {}
    years: dict[str, int | None] = {}
    units: dict[str, str] = {}
    for i, stacked in enumerate(stacks):
        role = _stacked_target_role(stacked)
        if role == TITLE and TITLE in roles:
            role = VALUE
        if role == VALUE:
            name = f"{VALUE}{i}"
            roles[name], years[name] = i, _header_year(stacked)
            if "%" in " ".join(stacked):
                units[name] = "%"
        elif role and role not in roles:
            roles[role] = i
    head = " ".join(fold_words(" ".join(s)) for s in stacks)
    named = UNIT in roles or bool(_NAMES_TARGETS.search(head))
    # years beside a budget ("Tổng kinh phí | Năm 2021 | Năm 2022") split the money, they set no targets
    says_targets = named or (bool(years) and BUDGET not in roles)
    if TITLE not in roles or DEADLINE in roles or not says_targets:
        return None
    return Columns(roles=roles, value_years=years, value_units=units)


def _stacked_target_role(stacked: list[str]) -> str | None:
    """A column under a two-row header: years under results, a time or a budget header ("Thực hiện",
    "Thời gian thực hiện", "Kinh phí" over "Năm 2023") belong to that header; otherwise the lowest specific
    cell decides ("Chỉ tiêu phấn đấu" over "Năm 2024" is a figure column)."""
    roles = [target_header_role(c) for c in stacked]
    over_years = next((r for r in roles if r in (PAST, DEADLINE, BUDGET)), None)
    return over_years or next((r for r in reversed(roles) if r), None)


def _header_year(stacked: list[str]) -> int | None:
    years = _YEAR.findall(" ".join(stacked))
    return int(years[-1]) if years else None


def is_value_role(role: str) -> bool:
    return role.startswith(VALUE)
