"""Tasks of a plan without a task table: the items of its "Nhiệm vụ" / "Nội dung" part.

Such plans list under "II. NỘI DUNG" (or "NHIỆM VỤ", "CÁC NHIỆM VỤ TRỌNG TÂM", an unnumbered
"B. NHIỆM VỤ CỤ THỂ") one part per reform area, numbered "1." (or "I." when the task part is not
itself Roman-numbered, or lettered "A. CẢI CÁCH THỂ CHẾ"), and in each the items of the next level:
lettered "a)", "b)" where there are any, else numbered ("1.", "1.1.") or, last, dash bullets. An
item's title is its first sentence; deeper items belong to the item. An area written as plain
paragraphs, without items, is one task. A thematic plan (a campaign, a PAR Index plan) names no area in
its headings: its outermost items are the tasks, or the items under its short group headings ("1. Công
tác thông tin" / "a) ..."), each in the area its title is about.

Agencies are filled where the item names them, else from a heading over it that names agencies ("1. Sở Nội vụ:"):
- as the subject of one of its sentences ("Các sở, ban, ngành ... tiến hành rà soát ...",
  "Phòng Tư pháp chủ trì ...");
- labelled inside it ("Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: ...; sản phẩm: ...; thời gian
  hoàn thành: Quý II/2019"), or on bullets of their own under it ("- Cơ quan chủ trì: Sở Tư pháp.",
  "+ Thời gian thực hiện: Thường xuyên"; such a bullet is no item);
- in a sentence ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thực hiện, hoàn thành trước ngày
  30/9/2025"; after a semicolon, such a clause is cut off the title); the agencies that open the clause
  after the lead's coordinate ("Giao Sở Nội vụ chủ trì hướng dẫn; các sở, ban, ngành xây dựng Đề án");
- in a closing parenthesis ("(Sở Nội vụ chủ trì; thời gian thực hiện: thường xuyên)").
Its products likewise: labelled, or named in a clause ("...; sản phẩm là báo cáo UBND tỉnh").

The labelled time, else a time the item is to be done in ("hoàn thành trước ngày ...", "thực hiện
trong Quý III"), else a year it commits to ("Đến năm 2015, ..."), is its deadline. A labelled budget
counts where it gives its unit ("Kinh phí: 50 triệu đồng"; not "Kinh phí: từ nguồn ngân sách tỉnh").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from ..fields.agencies import heading_lead, named_agencies, split_agencies, split_roles
from ..fields.areas import area_code, area_label, guess_area, is_area_heading
from ..fields.deadlines import parse_deadline
from ..fields.money import parse_money
from ..fields.outputs import split_outputs
from ..plan import Deadline, Task
from ..text import CAPITALS, fold_words
from .outline import BULLET, DECIMAL, LETTER, NUMBER, ROMAN, TEXT, Paragraph, rank, section
from .targets import sentences

_TASK_PART = re.compile(r"^((?:cac|nhung) )?(noi dung|nhiem vu)\b")
# who a sentence opens with as its subject: an agency, a collective of units ("Các phòng, đơn vị thuộc Sở"), a
# commune's or department's post or desk ("Công chức Tư pháp - Hộ tịch", "Bộ phận tiếp nhận và trả kết quả")
_SUBJECT_OPENING = (
    r"(?:(?:các|Các)\s+(?:sở|Sở)\b|Các\s+(?:phòng|đơn vị|cơ quan|ban|xã|trường|khoa|trung tâm)\b|Sở|UBND|Ủy ban|Uỷ ban|"
    r"Văn phòng|Ban\s(?!hành\b)|Công an|Kho bạc|Đài\s|Bộ phận\s+(?:tiếp nhận|một cửa|Một cửa)|"
    r"Cán bộ,\s+công chức(?:,\s+viên chức)?\s+(?:xã|phường|thị trấn|huyện)\b|"
    rf"(?:Phòng|Trung tâm|Chi cục|Cục|Thanh tra|Công chức|Cán bộ)\s+(?=[{CAPITALS}]))")
_AGENCY_SUBJECT = re.compile(
    rf"^({_SUBJECT_OPENING})(?P<rest>.{{0,160}}?)\s+"
    r"(?=tiến hành|có trách nhiệm|chịu trách nhiệm|chủ động|chủ trì|thực hiện|triển khai|xây dựng|rà soát|"
    r"tổ chức|phối hợp|tham mưu|báo cáo|gửi|hướng dẫn|theo dõi|kiểm tra|đôn đốc|thẩm định)")
_LEAD_IN = re.compile(r"^(Trên cơ sở|Căn cứ|Để|Nhằm|Với|Theo(?! dõi)|Sau khi)\b")   # "Theo dõi ...": a task
_UNTIL_YEAR = re.compile(r"\b[Đđ]ến (?:hết )?năm (\d{4})")
# labelled responsibilities and time inside an item; a value runs to ";", ")" or the sentence's end
_VALUE = r"\s*:\s*(?P<value>[^;()]+?)\s*(?=[;)]|\.\s|\.?$)"
# who a label names: "Cơ quan", "Đơn vị", "Cơ quan, đơn vị", a hospital's "Khoa, phòng", a department's "Bộ phận"
_WHO = r"(?:cơ quan|đơn vị|khoa|phòng|bộ phận)"
_WHOS = rf"{_WHO}(?:\s*,\s*{_WHO})*"
_LABELLED_LEAD = re.compile(rf"(?:(?:{_WHOS})?\s*chủ trì|{_WHOS} thực hiện)" + _VALUE, re.IGNORECASE)
_LABELLED_COORDINATING = re.compile(rf"(?:{_WHOS})?\s*phối hợp" + _VALUE, re.IGNORECASE)
# "Sản phẩm:", "Kết quả đầu ra:", "Kết quả/sản phẩm:"
_OUTPUTS_LABEL = r"(?:sản phẩm|kết quả)(?:\s*/\s*(?:sản phẩm|kết quả))?(?: đầu ra)?"
_LABELLED_OUTPUTS = re.compile(_OUTPUTS_LABEL + _VALUE, re.IGNORECASE)
# the same in a sentence: "...; sản phẩm là báo cáo UBND tỉnh trước ngày 30/11/2013"
# (a clause of its own: "Đánh giá sản phẩm là ..." names none)
_NAMED_OUTPUTS = re.compile(r"(?:^|[;,.])\s*[Ss]ản phẩm(?: đầu ra)? (?:là|gồm|bao gồm)\s+(?P<value>[^;.()]+?)\s*(?=[;.()]|$)")
# "Kinh phí: 50 triệu đồng", or in a sentence: "...; kinh phí dự kiến 20 triệu đồng"
_LABELLED_BUDGET = re.compile(r"kinh phí(?: thực hiện)?(?:(?: dự kiến| khoảng| là)+\s*:?|\s*:)\s*"
                              r"(?P<value>[^;()]+?)\s*(?=[;)]|\.\s|\.?$)", re.IGNORECASE)
_MONEY_UNIT = re.compile(r"\b(?:đồng|triệu|tỷ|nghìn|ngàn)\b", re.IGNORECASE)
_LABELLED_TIME = re.compile(r"(?:thời gian|thời hạn|tiến độ)(?: hoàn thành| thực hiện)?" + _VALUE, re.IGNORECASE)
# the same values on lines of their own under the item ("- Cơ quan chủ trì: Sở Tư pháp."): all after the colon
_LABEL_LINE = re.compile(
    rf"^(?:(?P<lead>(?:{_WHOS}\s+)?chủ trì|{_WHOS}\s+thực hiện)"
    rf"|(?P<coordinating>(?:{_WHOS}\s+)?phối hợp)"
    rf"|(?P<outputs>{_OUTPUTS_LABEL})"
    r"|(?P<time>(?:thời gian|thời hạn|tiến độ)(?: hoàn thành| thực hiện)?)"
    r"|(?P<budget>(?:dự toán )?kinh phí\b[^:]{0,30}))"
    r"\s*:\s*(?P<value>.*?)[\s.;]*$", re.IGNORECASE | re.DOTALL)
# where the next label of a line begins: "Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: Quý II/2019"
_AT_LABEL = re.compile(rf";\s*(?=(?:{_WHOS}\s+)?(?:chủ trì|thực hiện|phối hợp)\s*:|(?:sản phẩm|kết quả|thời gian|"
                       r"thời hạn|tiến độ|(?:dự toán )?kinh phí)\b[^:;]{0,30}:)", re.IGNORECASE)
# "(Sở Nội vụ chủ trì; ...", "(Giao Phòng Nội vụ chủ trì, ..."
_CLAUSE_LEAD = re.compile(rf"[(;]\s*(?:Giao\s+)?(?P<value>[{CAPITALS}](?:[^();:.]|\.(?!\s)){{2,120}}?)\s+chủ trì\b")
# responsibilities and time written as a sentence: "Giao Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành thực
# hiện, hoàn thành trước ngày 30/6/2025", "giao UBND cấp xã thực hiện", "thực hiện trong Quý III/2025"
_ASSIGNED = re.compile(r"\b[Gg]iao (?:cho )?(?P<value>[^\W\d_][^;.()]{2,120}?)\s+"
                       r"(?:chủ trì|thực hiện|triển khai|tham mưu)\b")
_COORDINATING_WITH = re.compile(rf"(?:\b[Cc]hủ trì,?\s+phối hợp(?: với)?|(?:^|[.;]\s+)(?:Giao\s+)?{_SUBJECT_OPENING}[^;.()]{{2,120}}?\s"
                                r"phối hợp với)\s+(?P<value>[^;.()]{3,160}?)"
                                r"(?=\s+(?:thực hiện|triển khai|tổ chức|tham mưu|xây dựng|rà soát|hoàn thành|tăng cường|"
                                r"kiểm tra|hướng dẫn|theo dõi|đôn đốc|thẩm định|đánh giá|tuyên truyền)\b"
                                r"|\s*[;.(]|\s*$)")
# the agencies that do the work beside the lead, in the clause after it: "Giao Sở Nội vụ chủ trì hướng dẫn; các
# sở, ban, ngành, UBND các huyện xây dựng Đề án"
_AFTER_LEAD_CLAUSE = re.compile(r"\bchủ trì\b[^;.]*;\s*")
# Prose plans also give a task's due date as the report it ends with: "báo cáo UBND tỉnh trong tháng 9/2013",
# "gửi báo cáo về Sở Nội vụ trước ngày 10 của tháng cuối quý", "định kỳ 6 tháng báo cáo UBND tỉnh".
_REPORT_TO = (r"(?:(?:gửi )?(?:báo cáo|trình)(?: kết quả)?(?: về| cho| lên)?|gửi(?: về)?) (?:(?:UBND|Ủy ban nhân dân)"
              rf"(?: tỉnh| huyện| thị xã| thành phố| xã)?|(?:Sở|Phòng|Bộ) [{CAPITALS}]\w*(?: [\w-]+){{0,4}}?)"
              r"(?: \([^()]{3,60}\))?")   # "(qua Sở Tư pháp)"
# a second time of the same phrase: "trong Quý II và Quý IV/2026", "trong tháng 6, tháng 12" (two milestones)
_NEXT_TIME = r"(?i:quý|tháng|ngày)\b"
_SENTENCE_TIME = re.compile(rf"\b(?:hoàn thành|thực hiện|triển khai|kiểm tra|theo dõi|{_REPORT_TO})\s+"
                            rf"(?P<value>(?:trước|trong|chậm nhất|xong trước|từ)\b"
                            rf"(?:[^;.,()]|,(?=\s*{_NEXT_TIME})){{2,40}}?"
                            r"|thường xuyên|(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm))"
                            rf"(?=\s*(?:[;.()]|,(?!\s*{_NEXT_TIME}))|\s*$"
                            rf"|\s+(?:và(?!\s+{_NEXT_TIME})|để|gửi|trình|nhằm|đồng thời|theo)\b)"
                            r"|\b(?P<cycle>định kỳ\s+(?:(?:hằng|hàng)\s+)?(?:6 tháng|sáu tháng|tháng|quý|năm))"
                            r"\s+báo cáo\b")
# the same, or the product, after a semicolon closing the task's first sentence: "...; giao UBND cấp xã thực
# hiện thường xuyên", "...; sản phẩm gồm danh mục văn bản ..."
_DETAILS_CLAUSE = re.compile(r";\s*(?:[Gg]iao\s|[Ss]ản phẩm(?: đầu ra)? (?:là|gồm|bao gồm)\s|[Kk]inh phí\b|"
                             r"[A-ZĐ][^;]{2,120}?\s+chủ trì\b).*$")
# a label that a wrapped line ran into the title: "Kiểm tra văn bản Cơ quan chủ trì: Phòng Tư pháp"
_INLINE_LABEL = re.compile(r"\s+(?=(?:(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện|phối hợp)|Thời gian|Thời hạn|Sản phẩm|"
                           r"Kết quả|Kinh phí)\b[^:;.]{0,25}:)")
# the words that lead into an item's details: "Thực hiện cơ chế một cửa, trong đó:" / "a) ..."
_LEADS_INTO_DETAILS = re.compile(r",?\s*\b(?:trong đó|cụ thể(?: như sau)?|như sau|bao gồm|gồm(?: các nội dung sau)?)"
                                 r"\s*:?\s*$")
_NAMED_ONLY = re.compile(r"^(?:Hoạt động|Nhiệm vụ|Công việc)\s+\d+\s*[.:]?$", re.IGNORECASE)
_CONTENT_LINE = re.compile(r"^Nội dung\s*:\s*(?P<value>\S.*)$")
_RESPONSIBILITY_NOTE = re.compile(r"\s*\([^()]*(?:chủ trì|phối hợp|thời gian|thời hạn)[^()]*\)\s*$", re.IGNORECASE)


def prose_tasks(paragraphs: list[Paragraph], year: int | None, annual: bool = False) -> list[Task]:
    """`annual`: the plan covers one year, so an item's "thường xuyên" spans that year. The first part that
    may hold the tasks and does: "II. NHIỆM VỤ TRỌNG TÂM" may be one orienting paragraph before "III. NHIỆM
    VỤ VÀ PHÂN CÔNG TRÁCH NHIỆM"."""
    for heading, part in _task_parts(paragraphs):
        part = list(takewhile(lambda p: not _RECIPIENTS.match(fold_words(p.text)), part))
        tasks = _part_tasks(heading, part, year, annual) if part else []
        if tasks:
            return tasks
    return []


def _part_tasks(part_heading: str, part: list[Paragraph], year: int | None, annual: bool) -> list[Task]:
    part = [_lettered_area(p) for p in part]
    area_kind = _area_kind(part)
    tasks: list[Task] = []
    for area, items in _areas(part, area_kind) if area_kind else ():
        agencies = named_agencies(area.text)
        heading, noted = heading_lead(area.text)   # "1. Cải cách thể chế (Sở Tư pháp chủ trì)"
        heading, code = heading.rstrip(". :"), "other" if agencies else area_code(heading)
        path = _path(part, area)
        for marker, item, labels, group in _items(items, area_kind) or _area_text(area, items):
            task_id = marker if marker.startswith(f"{area.marker}.") else f"{path}.{marker}"  # "1.2" under "1."
            task = _task(task_id, item, labels, code, heading, year, annual, group)
            if agencies:
                _assign_group(task, item.text, agencies)
                task.area = _own_area(task)
            task.lead = task.lead or list(noted)
            tasks.append(task)
    # no area heading with items under it: what named an area was an item ("1. Tuyên truyền ... CCHC.")
    return tasks or _thematic_tasks(part_heading, part, year, annual)


# on folded words, where the part's letter has lost its dot: "c to chuc thuc hien"
_PART_END = re.compile(r"^(?:(?:phan\s+)?(?:[a-z]|[ivxl]+)\s+)?(?:to chuc thuc hien|kinh phi|che do bao cao|dieu khoan thi hanh)\b")
_TARGET_PART = re.compile(r"^(muc tieu|muc dich|yeu cau|chi tieu)")
# "phần" and "phân" fold alike: "Phân công nhiệm vụ cho ..." is a sentence, not "PHẦN II. NHIỆM VỤ"
_UNNUMBERED_PART = re.compile(r"^(?:phan\s+(?!cong\b)\w+|[a-z])\s*[.:)-]?\s*((?:cac|nhung) )?(?:noi dung|nhiem vu)\b")
_RECIPIENTS = re.compile(r"^noi nhan\b")   # the letter's foot: its list of recipients is no task
_ASSIGNMENT_PART = re.compile(r"^phan cong (?:thuc hien )?(?:cac )?nhiem vu\b")


def _task_parts(paragraphs: list[Paragraph]) -> Iterator[tuple[str, list[Paragraph]]]:
    """The parts that may hold the tasks, the likeliest first: each one's heading and paragraphs."""
    for i, p in enumerate(paragraphs):
        if p.kind == ROMAN and _TASK_PART.match(fold_words(p.text)):
            yield p.text, section(paragraphs, i)
    for i, p in enumerate(paragraphs):  # "B. NHIỆM VỤ CỤ THỂ", "PHẦN II. NỘI DUNG": up to the next part
        if p.kind == TEXT and len(p.text) < 80 and _UNNUMBERED_PART.match(fold_words(p.text)):
            rest = paragraphs[i + 1:]
            end = next((j for j, q in enumerate(rest) if _PART_END.match(fold_words(q.text)) and len(q.text) < 80),
                       len(rest))
            yield p.text, rest[:end]
    for i, p in enumerate(paragraphs):  # "III. PHÂN CÔNG NHIỆM VỤ CỤ THỂ": the duties of each agency
        if p.kind == ROMAN and _ASSIGNMENT_PART.match(fold_words(p.text)):
            yield p.text, section(paragraphs, i)
    for i, p in enumerate(paragraphs):  # named otherwise ("II. GIẢI PHÁP"): the part that lists reform areas
        if p.kind == ROMAN and not _TARGET_PART.match(fold_words(p.text)):
            part = section(paragraphs, i)
            if sum(q.kind == NUMBER and q.is_heading and area_code(q.text) != "other" for q in part) >= 2:
                yield p.text, part


_CAPITAL_MARK = re.compile(r"^([A-ZĐ])\s*[.)]\s+(?=\S)")


def _lettered_area(p: Paragraph) -> Paragraph:
    """"A. CẢI CÁCH THỂ CHẾ" inside the task part: an area heading as high as a Roman one (the outline
    reads capital letters as text: "A. MỤC TIÊU" may as well head a part of the plan)."""
    m = _CAPITAL_MARK.match(p.text) if p.kind == TEXT else None
    if m and len(p.text) < 160 and area_code(p.text[m.end():]) != "other":
        return Paragraph(ROMAN, m[1], p.text[m.end():], p.lineno)
    return p


def _area_kind(part: list[Paragraph]) -> str | None:
    """The outermost numbering of the part whose headings name reform areas ("1. Cải cách thể chế"), else
    letters that do, at least two ("2. Nhiệm vụ cụ thể" / "a) Cải cách thể chế" / "b) Cải cách ...")."""
    # "2. Sở Tài chính:" heads the items that department leads, whatever their area
    kinds = {p.kind for p in part if p.kind in (ROMAN, NUMBER) and p.is_heading and
             (area_code(p.text) != "other" or named_agencies(p.text))}
    if not kinds and sum(p.kind == LETTER and is_area_heading(p.text) for p in part) >= 2:
        return LETTER
    return min(kinds, key=_depth, default=None)


def _path(part: list[Paragraph], area: Paragraph) -> str:
    """The area's numbering path: its marker, after the number it stands under when it is a letter
    ("2.a" under "2. Nhiệm vụ cụ thể")."""
    if area.kind != LETTER:
        return area.marker
    at = next(i for i, p in enumerate(part) if p is area)
    above = next((p for p in reversed(part[:at]) if p.kind == NUMBER), None)
    return f"{above.marker}.{area.marker}" if above else area.marker


def _areas(part: list[Paragraph], area_kind: str) -> list[tuple[Paragraph, list[Paragraph]]]:
    areas: list[tuple[Paragraph, list[Paragraph]]] = []
    for p in part:
        if p.kind == area_kind:
            areas.append((p, []))
        elif areas:
            areas[-1][1].append(p)
    return areas


def _area_text(area: Paragraph, paragraphs: list[Paragraph]) -> list[tuple[str, Paragraph, dict[str, str], None]]:
    """A reform area written as plain paragraphs, without items ("1. Cải cách thể chế" / "Tiếp tục rà soát
    ..."): one task, "1.1", that its text describes, with the values of its labelled lines ("- Đơn vị chủ
    trì: Phòng Nội vụ.")."""
    labels: dict[str, str] = {}
    for p in paragraphs:
        _add_labels(labels, _labels(p))
    text = " ".join(p.text for p in paragraphs if p.kind == TEXT and not _labels(p))
    if not text or not (is_area_heading(area.text) or named_agencies(area.text)):
        return []
    return [("1", Paragraph(TEXT, "", text, paragraphs[0].lineno), labels, None)]


def _items(paragraphs: list[Paragraph], area_kind: str) -> list[tuple[str, Paragraph, dict[str, str], str | None]]:
    """The area's own items with their markers and labelled lines: its next numbering, else its
    bullets; its letters where that numbering only heads them ("1.1. Xây dựng văn bản" / "a) ..."),
    while items of its own may have letters as details ("1.2. Thực hiện cơ chế một cửa, trong đó:")."""
    kinds = [k for k in (NUMBER, DECIMAL, LETTER, BULLET)
             if _depth(k) > _depth(area_kind) and any(p.kind == k for p in paragraphs)]
    if not kinds:
        return []
    kind = kinds[0]
    if LETTER in kinds[1:] and kind != BULLET and all(_heads_items(p) for p in paragraphs if p.kind == kind):
        kind = LETTER
    first = next(p for p in paragraphs if p.kind == kind)
    items: list[tuple[str, Paragraph, dict[str, str], str | None]] = []
    for i, p in enumerate(paragraphs):
        # bullets of the first bullet's mark are the items; "+" under "-" are their details
        if p.kind != kind or (kind == BULLET and p.marker != first.marker) or _label(p):
            continue
        items += _item(paragraphs, i)
    if kind == BULLET:
        return [(str(n), p, labels, group) for n, (_, p, labels, group) in enumerate(items, start=1)]
    return items


def _item(paragraphs: list[Paragraph], i: int) -> list[tuple[str, Paragraph, dict[str, str], str | None]]:
    """Item `i` with its text and labels, or the lettered items it heads."""
    lettered = _lettered_items(paragraphs, i) if paragraphs[i].kind in (NUMBER, DECIMAL) else []
    return lettered or [(paragraphs[i].marker, *_with_text_after(paragraphs, i), None)]


def _lettered_items(paragraphs: list[Paragraph], i: int) -> list[tuple[str, Paragraph, dict[str, str], str]]:
    """The lettered items under item `i`, grouped under it, where each gives labelled lines of its own and
    the item gives none: under a heading ("1.2. Thực hiện cơ chế một cửa" / "a) ..." / "- Cơ quan chủ trì:
    ..."), or two or more under a sentence ("1. Nâng cao nhận thức ..." / "a) Hoạt động 1" / "- Cơ quan thực
    hiện: ..."). Letters that only the last one's labels follow are details ("1.1. Thực hiện tinh giản
    biên chế." / "a) ..." / "b) ..." / "- Cơ quan chủ trì: ...": the item's)."""
    head = paragraphs[i]
    under = section(paragraphs, i)
    letters = [j for j, q in enumerate(under) if q.kind == LETTER]
    if not letters or (len(letters) < 2 and not _heads_items(head)) or any(_labels(q) for q in under[:letters[0]]):
        return []
    found = [_with_text_after(under, j) for j in letters]
    if not all(labels for _, labels in found):
        return []
    return [(f"{head.marker}.{item.marker}", item, labels, head.text.rstrip(". :")) for item, labels in found]


_GROUP_HEADING_WORDS = 20   # "1. Đối với Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"


def _heads_items(p: Paragraph) -> bool:
    """A short heading over items, not an item: no sentence of its own."""
    return len(p.text.split()) <= _GROUP_HEADING_WORDS and not p.text.rstrip().endswith((".", ";"))


def _thematic_tasks(heading: str, part: list[Paragraph], year: int | None, annual: bool) -> list[Task]:
    """The task part of a plan whose headings name no reform area (a thematic plan: "II. NỘI DUNG TRỌNG
    TÂM" / "1. Tổ chức rà soát ..."): its outermost items are the tasks, each in the area its title is
    about. Where every such item is a short heading over items of its own ("1. Công tác tuyên truyền" /
    "a) ..."), those are the tasks, grouped under it."""
    outer = min((p.kind for p in part if p.kind in (NUMBER, DECIMAL, LETTER)), key=_depth, default=None)
    if outer is None:
        return []
    groups = [(g, _items(items, outer)) for g, items in _areas(part, outer)]
    if all(len(g.text.split()) <= _GROUP_HEADING_WORDS and "." not in g.text.rstrip(".") and items
           for g, items in groups):
        found = [(f"{g.marker}.{marker}", item, labels, sub or g.text.rstrip(". :"))
                 for g, items in groups for marker, item, labels, sub in items]
    else:
        found = [item for i, p in enumerate(part) if p.kind == outer for item in _item(part, i)]
    tasks = []
    for task_id, item, labels, group in found:
        task = _task(task_id, item, labels, "other", heading.rstrip(". :"), year, annual, group)
        agencies = named_agencies(group) if group else None
        if agencies:
            _assign_group(task, item.text, agencies)
        named = area_code(group) if group and not agencies else "other"
        task.area = named if named != "other" else _own_area(task)
        tasks.append(task)
    return tasks


_HELPS = re.compile(r"^[Pp]hối hợp(?: với)?\s+")


def _assign_group(task: Task, text: str, agencies: list[str]) -> None:
    """An item under a heading that names agencies ("1. Sở Nội vụ:" / "- Chủ trì tham mưu ..."): the heading's
    agencies lead it, unless it names its own; where it only helps ("- Phối hợp với Sở Tài chính thẩm định ..."),
    the agency it helps leads and the heading's coordinate."""
    if task.lead:
        return
    helps = _HELPS.match(text)
    helped = _AGENCY_SUBJECT.match(text[helps.end():]) if helps else None
    if helped:
        task.lead = split_agencies(helped.string[:helped.end("rest")])
        task.coordinating = [a for a in agencies if a not in task.coordinating] + task.coordinating
    else:
        task.lead = list(agencies)


def _with_text_after(paragraphs: list[Paragraph], i: int) -> tuple[Paragraph, dict[str, str]]:
    """The item with the unmarked paragraphs right after it (lines a PDF wrapped before a capital:
    "Cơ quan chủ trì:" / "Sở Tư pháp; ..." are still the item's), and the values of the labelled
    lines under it ("- Cơ quan chủ trì: Sở Tư pháp."), also after its other details, up to the next item.
    An item that is only named ("a) Hoạt động 1") is what its "- Nội dung: ..." line says."""
    item = paragraphs[i]
    after, labels, details = [], {}, False
    for p in paragraphs[i + 1:]:
        found = _labels(p)
        if found:
            _add_labels(labels, found)
            continue
        content = _CONTENT_LINE.match(p.text) if p.kind == BULLET and _NAMED_ONLY.match(item.text) else None
        if content and not after:
            item = Paragraph(item.kind, item.marker, content["value"], item.lineno)
        elif p.kind == TEXT and not details:
            after.append(p.text)
        elif p.kind == TEXT or (p.kind == BULLET and (item.kind != BULLET or p.marker != item.marker)) or \
                (p.kind == LETTER and item.kind in (NUMBER, DECIMAL)):
            details = True   # the item's own details ("- Nội dung: ...", "a) ..."); labels may follow them
        else:
            break
    return (Paragraph(item.kind, item.marker, " ".join([item.text] + after), item.lineno) if after else item), labels


def _add_labels(labels: dict[str, str], found: list[re.Match]) -> None:
    """Each label's value under its field, the first one given winning."""
    for label in found:
        field = next((name for name, value in label.groupdict().items() if value and name != "value"), None)
        if field:
            labels.setdefault(field, label["value"])


def _label(p: Paragraph) -> re.Match | None:
    """A bullet that gives one labelled value."""
    return _LABEL_LINE.match(p.text.strip()) if p.kind == BULLET else None


def _labels(p: Paragraph) -> list[re.Match]:
    """The labelled values of a line under an item, a bullet or an unmarked line that opens with a label
    ("Đơn vị thực hiện: Văn phòng; Phòng Kinh tế" / "Thời gian hoàn thành: Quý II/2026"), also on one
    line split at its labels ("- Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Các sở, ban, ngành"); else
    a bullet's one value. A label whose value a PDF wrapped onto the next line ("Cơ quan chủ trì:" /
    "Sở Tư pháp; ...") leaves the line the item's text."""
    if p.kind not in (BULLET, TEXT):
        return []
    found = [_LABEL_LINE.match(part.strip()) for part in _AT_LABEL.split(p.text)]
    if all(m and m["value"] for m in found):
        return found
    label = _label(p)
    return [label] if label else []


def _own_area(task: Task) -> str:
    """The area the task's run-in label named ("Chính quyền số: ..."), else the one its title speaks of."""
    return task.area if task.area != "other" else guess_area(task.title) or "other"


def _depth(kind: str) -> int:
    return rank(Paragraph(kind, "", "", 0))


def _first_sentence(parts: list[str]) -> str:
    """The item's first sentence; a lead-in phrase cut off by a stray full stop keeps its clause."""
    first = parts[0]
    if _LEAD_IN.match(first) and len(parts) > 1:
        rest = parts[1]
        first = f"{first.rstrip('.')}, {rest[0].lower()}{rest[1:]}"
    return first


def _task(task_id: str, item: Paragraph, labels: dict[str, str], area: str, heading: str, year: int | None,
          annual: bool, group: str | None = None) -> Task:
    """`labels`: values of the item's labelled lines, which win over the same labels inside its text."""
    text = item.text
    parts = sentences(text)
    title = _first_sentence(parts) if parts else text
    note_lead, note_coordinating, note_time = _closing_note(title, year, annual)
    if note_lead or note_coordinating or note_time:
        title = _NOTE.sub("", title)
    title = _DETAILS_CLAUSE.sub("", _RESPONSIBILITY_NOTE.sub("", title.rstrip(".;: ")))
    title = _INLINE_LABEL.split(_AT_LABEL.split(title, maxsplit=1)[0], maxsplit=1)[0]
    title = _LEADS_INTO_DETAILS.sub("", title)
    title, trailing_time = _trailing_time(title.rstrip(".;: "), year, annual)
    label_area, unlabelled = area_label(title)   # "Cải cách thủ tục hành chính: Rà soát, ..."
    if label_area:
        title, area = unlabelled[:1].upper() + unlabelled[1:], label_area
    task = Task(id=task_id, area=area, area_heading=heading, title=title, group=group, lineno=item.lineno)
    lead = labels.get("lead") or _value(_LABELLED_LEAD.search(text))
    # "Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ": one label for both roles
    lead, coordinating_too = (split_roles(lead) or (lead, None)) if lead else (None, None)
    task.lead = (split_agencies(lead) if lead else []) or _clause_lead(text) or note_lead or _subject_lead(parts)
    coordinating = labels.get("coordinating") or _value(_LABELLED_COORDINATING.search(text)) or coordinating_too or \
        _value(_COORDINATING_WITH.search(text))
    task.coordinating = split_agencies(coordinating) if coordinating else note_coordinating or _partners(text)
    named_output, due_output = _named_output(text, year, annual)
    outputs = labels.get("outputs") or _value(_LABELLED_OUTPUTS.search(text)) or named_output
    task.outputs = split_outputs(outputs) if outputs else []
    budget = labels.get("budget") or _value(_LABELLED_BUDGET.search(text))
    if budget and _MONEY_UNIT.search(budget):   # a bare figure says neither đồng nor triệu
        task.budget_million_vnd = parse_money(budget)
    time = labels.get("time") or _value(_LABELLED_TIME.search(text)) or note_time or trailing_time or \
        _sentence_time(text, year, annual) or _value(_UNTIL_YEAR.search(text))
    task.deadline = parse_deadline(time, year, annual=annual) if time else Deadline()
    if due_output and task.deadline.kind == "continuous":
        time = f"{time}; {due_output}"   # standing work whose product has a date: two milestones
        task.deadline = parse_deadline(time, year, annual=annual)
    task.deadline_text = time or ""
    return task


# a closing parenthesis that says who does the item and by when
_NOTE = re.compile(r"\s*\((?P<note>[^()]{3,240})\)[\s.;]*$")
_NOTE_DOER = re.compile(rf"^(?:Giao\s+)?(?P<who>[{CAPITALS}][^,;]*?)\s+(?:chủ trì|thực hiện|tham mưu|triển khai)\b"
                        r"(?:\s*,\s*(?P<with>[^;]+?)\s+phối hợp\b)?")
_AGENCY_OPENING = re.compile(r"^(?:Phòng|Văn phòng|Sở|UBND|Ủy ban|Uỷ ban|Ban|Trung tâm|Công an|Chi cục|Cục|Kho bạc|"
                             r"Đài|Các)\s")


def _closing_note(text: str, year: int | None, annual: bool) -> tuple[list[str], list[str], str | None]:
    """(lead, coordinating, time) that a closing parenthesis names: "(Phòng Tư pháp chủ trì, các cơ quan
    chuyên môn phối hợp; thời gian: Quý II/2025)", "(Phòng Tư pháp thực hiện)", "(Văn phòng HĐND và UBND
    huyện; thường xuyên)". A bare time counts only beside an agency: "(01 - 08/6)" is an event's date."""
    m = _NOTE.search(text)
    lead, coordinating, time, labelled = [], [], None, False
    for part in (p.strip() for p in m["note"].split(";")) if m else ():
        if not part:
            continue
        doer = _NOTE_DOER.match(part)
        if doer and not lead:
            lead, coordinating = split_agencies(doer["who"]), split_agencies(doer["with"] or "")
        elif _AGENCY_OPENING.match(part) and not lead:
            lead = split_agencies(part)
        elif time is None:
            label = _LABELLED_TIME.search(part)
            time = _as_deadline(label["value"] if label else part, year, annual)
            labelled = bool(label) and time is not None
    return lead, coordinating, time if lead or labelled else None


def _value(match: re.Match | None) -> str | None:
    """A labelled value ("chủ trì: Sở Tư pháp" -> "Sở Tư pháp"), or a whole match ("Đến năm 2015")."""
    if match is None:
        return None
    return match["value"] if "value" in match.groupdict() else match.group(0)


def _clause_lead(text: str) -> list[str]:
    """The lead a sentence names when no label does: "Sở Tư pháp chủ trì ...", "Giao Sở Nội vụ ..."."""
    m = _CLAUSE_LEAD.search(text) or _assigned(text)
    return split_agencies(m["value"]) if m else []


def _assigned(text: str) -> re.Match | None:
    """"Giao Sở Tư pháp chủ trì": a named agency, written with a capital ("giao đơn vị chủ trì" names none), or a
    named post ("giao công chức Tư pháp - Hộ tịch")."""
    return next((m for m in _ASSIGNED.finditer(text) if m["value"][0].isupper() or _POST.match(m["value"])), None)


# a post named in lower case after "giao": "giao công chức Tư pháp - Hộ tịch chủ trì"
_POST = re.compile(rf"(?:công chức|cán bộ)\s+[{CAPITALS}]")


def _sentence_time(text: str, year: int | None, annual: bool) -> str | None:
    """"hoàn thành trước ngày 30/6/2025" -> "Trước ngày 30/6/2025", "thực hiện thường xuyên" -> "Thường xuyên";
    only a time that reads as a deadline ("thực hiện trong các trường hợp sau" is none)."""
    return next(filter(None, (_as_deadline(m["value"] or m["cycle"], year, annual)
                              for m in _SENTENCE_TIME.finditer(text))), None)


def _as_deadline(phrase: str, year: int | None, annual: bool) -> str | None:
    """The phrase as a deadline cell ("trước ngày 30/6" -> "Trước ngày 30/6") if it reads as one: a date or
    period, or "thường xuyên", "hằng quý"."""
    value = phrase[0].upper() + phrase[1:]
    deadline = parse_deadline(value, year, annual=annual)
    return value if deadline.end or deadline.kind in ("continuous", "recurring") else None


# a time closing the title after a comma or semicolon: "..., hoàn thành trước ngày 15/3/2023", "...; hằng quý"
_DUE_BY = r"(?:trước|chậm nhất|xong trước)\b[^;.,()]{2,40}"
_TRAILING_TIME = re.compile(rf"(?:[,;]\s*(?:(?:hoàn thành|thực hiện|triển khai)\s+)?|(?P<report>\b{_REPORT_TO})\s+)"
                            r"(?P<value>" +
                            _DUE_BY +
                            r"|trong\b[^;.,()]{2,40}|(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm)|thường xuyên"
                            r"|định kỳ\s+(?:6 tháng|sáu tháng|tháng|quý|năm)(?:\s*\(?(?:một|01|1) lần\)?)?)$")
# the time a named product is due by: "sản phẩm là báo cáo UBND tỉnh trước ngày 30/11"
_OUTPUT_TIME = re.compile(r"\s+(?P<value>" + _DUE_BY + r"|trong\b[^;.,()]{2,40})$")


def _trailing_time(title: str, year: int | None, annual: bool) -> tuple[str, str | None]:
    """The title without a time that closes it, and that time: when to do a thing is no part of its name."""
    m = _TRAILING_TIME.search(title)
    time = _as_deadline(m["value"], year, annual) if m else None
    if not time:
        return title, None
    # a report's addressee stays: "..., báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 30/11"
    return title[:m.start("value" if m["report"] else 0)].rstrip(".;:, "), time


def _named_output(text: str, year: int | None, annual: bool) -> tuple[str | None, str | None]:
    """The product a sentence names and, when it is due by a time, the whole phrase: "sản phẩm là báo cáo UBND
    tỉnh trước ngày 30/11" -> ("báo cáo UBND tỉnh", "báo cáo UBND tỉnh trước ngày 30/11")."""
    m = _NAMED_OUTPUTS.search(text)
    if m is None:
        return None, None
    time = _OUTPUT_TIME.search(m["value"])
    if time and _as_deadline(time["value"], year, annual):
        return m["value"][:time.start()], m["value"]
    return m["value"], None


def _partners(text: str) -> list[str]:
    """Agencies that open the clause after the lead's: "...chủ trì hướng dẫn; các sở, ban, ngành xây dựng Đề án"."""
    clause = _AFTER_LEAD_CLAUSE.search(text)
    subject = _AGENCY_SUBJECT.match(text[clause.end():]) if clause else None
    return split_agencies(subject.group(0)) if subject else []


def _subject_lead(parts: list[str]) -> list[str]:
    """Agencies that open a sentence of the item as its subject."""
    for sentence in parts:
        m = _AGENCY_SUBJECT.match(sentence)
        if m:
            return split_agencies(sentence[:m.end()])
    return []
