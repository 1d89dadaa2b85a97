"""Target sentences ("Mục tiêu cụ thể", "chỉ tiêu") -> numeric `Target`s.

One sentence or bullet gives zero or more targets:
- figures: "100%", "80 %", "1/3" (-> 33.3 %), counts ("tối thiểu 35 dịch vụ", "thí điểm 05 cơ quan"); years, dates,
  document numbers ("Nghị định số 61/2018"), levels ("mức độ 3, 4"), standards ("ISO 9001:2008"), ages ("từ 15
  tuổi trở lên") and a heading's count of its targets ("(6 mục tiêu)") are not figures
- a place in a ranking ("nằm trong nhóm 20 tỉnh dẫn đầu", "top 15 cả nước") is a count, the rank at most it
- comparator: the sign before the figure ("≥", ">=", ">" / "≤", "<=", "<"); else ">=" for "tối thiểu", "ít nhất",
  "trên", "hơn", "từ" (with its accent: "tư" is not "từ"),
  "... trở lên", "phấn đấu"; "<=" for "không quá",
  "tối đa", "dưới", "... trở xuống"; "=" otherwise ("đạt mức 65%"); a bound on what must not happen turns
  round ("Không có tiêu chí nào bị đánh giá dưới 80%" is at least 80%)
- year: the target year the clause names ("Đến năm 2015", "năm 2018", "vào năm 2015"; not "so với năm 2011", not
  "giai đoạn 2015 - 2021", not that of an earlier result it is about, "bị mất điểm năm 2025" in a plan for
  2026), or of the date it is due by ("... năm 2025 ... trước ngày 31/3/2026": 2026), else the year an earlier
  clause of the same sentence named ("Đến năm 2013, 100% ...; sự hài lòng ... 65%"), else `default_year`
- a trailing responsibility parenthesis ("(Sở Nội vụ chịu trách nhiệm thực hiện; Các sở ... phối hợp)",
  "(... chịu trách nhiệm triển khai; Sở Tư pháp chịu trách nhiệm theo dõi, đôn đốc)") gives `lead` and `monitor`
  and is left out of the text
- clauses joined by ";" that each hold a figure are separate targets ("tối thiểu 30% A; tối thiểu 30% B"); a short
  clause without figure stays with the target before it ("...; bố trí CBCC,VC theo đúng vị trí việc làm"), and so
  does any clause after a target too short to have its predicate ("100% cơ quan cấp tỉnh; đơn vị cấp huyện thực
  hiện ..."); otherwise a clause without figure is a separate aim and is left out; two percentages joined by
  "và" are two targets, and so are two figures where "và" opens the second's own verb or bound ("cắt giảm ít
  nhất 20 ... và đơn giản hóa tối thiểu 15 ..."); a target that starts at its figure repeats the lead-in of
  the one before ("Phấn đấu đến năm 2020, trên 80% A, 100% B"), and one that names only a level or a year
  before its figure the indicator of the one before ("Tỷ lệ hồ sơ đúng hạn đạt 97%, trong đó cấp xã đạt
  96%"); "...: - 100% A; - 100% B" are bullets after a lead-in that is no target
- a sentence whose figures are all inside parentheses states its targets there ("Cung cấp dịch vụ công trực
  tuyến (100% dịch vụ công mức độ 2; ...)")
- area: `guess_area` of the target text

`parse_value_cell` reads the figure of a table of targets, written in a column of its own ("≥ 98", "Tối thiểu
90%", "150", "Không quá 5"): the same figures and comparators, and a bare number, which in its own cell is the
count itself.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..plan import Target
from ..text import clean, fold
from .agencies import split_agencies
from .areas import area_label, guess_area
from .bullets import trim

_LEADING_MARK = re.compile(r"^\s*(?:[-+•*▪]\s*|\d+(?:\.\d+)*[.)]\s+|\(\d{1,2}\)\s+|[a-zđ]\)\s*)")
# a label that only says what kind of sentence follows: "Yêu cầu: 100% cơ quan ...", "Chỉ tiêu cụ thể: ..."
_LABEL = re.compile(r"^\s*(?:yeu cau|chi tieu|muc tieu|muc dich|trong do|cu the)(?: cu the| chung)?\s*:\s*")
_TRAILING_PAREN = re.compile(r"\(([^()]*)\)[\s.;,]*$")
_ROLE = re.compile(r"\b(?:chiu trach nhiem\s+)?(?:chu tri|thuc hien|trien khai|theo doi|don doc|giam sat|"
                   r"kiem tra|phoi hop|tong hop)\b")
_MONITOR_ROLE = re.compile(r"\b(?:theo doi|don doc|giam sat)\b")
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%")
_FRACTION = re.compile(r"(?<![\d/.,])([1-9])\s*/\s*([2-9]|10)(?![\d/])")
# thousands grouped by dots ("1.200 lượt"), or a whole number, or one with a decimal comma ("85,5 điểm")
_COUNT = re.compile(r"(?<![\d/.,:])(\d{1,3}(?:\.\d{3})+|\d{1,6}(?:,\d{1,2})?)(?![\d/:%]|[.,]\d)\s+(?=[^\W\d_])")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bnam|\bso|\bmuc do|\bdieu|\bkhoan|\bngay|\bthang|\bquy|\bgiai doan|\biso|\btcvn|\blan|\bcap"
    r"|\bnhom|\bphien ban|\bchuong|\bphu luc|\d\s*(?:,|va)"
    # a document's or a programme's number: "Đề án 30", "Chương trình 135", "Nghị quyết 57"
    r"|\b(?:de an|du an|chuong trinh|nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu|ke hoach))\s*$")
# durations, ages ("từ 15 tuổi trở lên"), a count of the targets themselves ("Mục tiêu chung (6 mục tiêu)"),
# and the levels of government ("chính quyền địa phương 2 cấp")
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:nam|thang|quy|ngay|gio|phut|tuoi|muc tieu|chi tieu|cap)\b")
# a place in a ranking: "nằm trong nhóm 20 tỉnh dẫn đầu", "top 15 cả nước" (the rank at most that figure)
_RANK_BEFORE = re.compile(r"\b(?:nhom|top)\s*$")
_RANK_AFTER = re.compile(r"[^.;]{0,40}\b(?:dan dau|dung dau|cao nhat|tot nhat|ca nuoc|toan quoc)\b")
# the bound right before the figure, or before "bằng" ("tối đa bằng 70%")
_AT_LEAST = re.compile(r"\b(?:toi thieu|it nhat|tren|hon|vuot|khong duoi|khong thap hon)(?:\s+bang)?\s*$")
_FROM = re.compile(r"\btừ\s*$", re.IGNORECASE)  # "từ 80%" (from), not "đầu tư 10%": checked with accents
# ("không dưới" is at least, not at most)
_AT_MOST = re.compile(r"\b(?:khong qua|khong vuot qua|toi da|(?<!khong )duoi|khong den|chi con)(?:\s+bang)?\s*$")
_NONE_MAY = re.compile(r"\s*(?:phan dau\s+)?khong (?:co|de|con)\b[^,;]*$")
_TARGET_YEAR = re.compile(r"\b(?P<before>so voi\s+)?(?P<word>nam|den|vao|truoc|het|trong)\s+(?:het\s+)?(?:nam\s+)?"
                          r"(?P<year>(?:19|20)\d{2})\b(?!\s*-\s*(?:19|20)\d{2})")
# the year of the date a target is due by: "xây dựng kế hoạch khắc phục trước ngày 31/3/2026" (not "điểm năm 2025")
_DUE_YEAR = re.compile(r"\b(?:truoc|den|trong|cham nhat)\s+(?:ngay\s+|thang\s+|quy\s+)?(?:[0-9ivx]{1,4}\s*/\s*){1,2}"
                       r"(?P<year>(?:19|20)\d{2})\b")
_OPENER = re.compile(r"[,:]\s+(?=(?:phan dau|den (?:het )?nam|bao dam|dam bao)\b)")
# an indicator named before a colon is the target's subject: "Tỷ lệ TTHC ... toàn trình: đến năm 2023 đạt 80%"
_INDICATOR = re.compile(r"\s*(?:ty le|chi so|muc do|so luong)\b")
_SHORT_CLAUSE_WORDS = 10
_SHORT_TARGET_WORDS = 8  # a figure clause this short ("100% cơ quan cấp tỉnh") has its predicate after the ";"
# the words of a lead-in that several targets share ("Phấn đấu đến hết năm 2020:", "Phấn đấu hằng năm có")
_LEAD_IN = re.compile(r"\b(?:phan dau|den (?:het )?nam|nam (?:19|20)\d\d|hang nam|trong tung nam)\b")
_LEAD_IN_END = re.compile(r"\s*(?:(?:19|20)\d\d)?\s*(?:co\b)?\s*[,:]?\s*$")   # not "Phấn đấu tổng tỷ suất sinh"
_COMPARATOR_TAIL = re.compile(r"(?:\b(?:toi thieu|it nhat|tren|hon|khong qua|toi da|duoi|tu|dat|muc|la)\s*)*$")
_COLON_BULLET = re.compile(r":\s*[-+•]\s+")


def parse_targets(sentence: str, default_year: int | None, area: str | None = None) -> list[Target]:
    """The numeric targets of one target sentence or bullet; [] when it states no figure. `area`: the
    reform area the sentence is listed under, if any; a run-in label ("Về thể chế: ...") names its own."""
    label_area, text = area_label(without_label(_LEADING_MARK.sub("", clean(sentence or ""), count=1)))
    area = label_area or area
    body, lead, monitor = _responsibility(text)
    body = _figures_in_parentheses(body)
    targets: list[Target] = []
    for sentence_part in _sentences(body):
        year, lead_in, subject = None, "", ""
        for clause in _clauses(sentence_part):
            year = target_year(clause, default_year) or year
            for part in _figure_parts(clause):
                # "đến năm 2023 đạt 80%, đến năm 2025 đạt 100%": each figure keeps the year stated with it
                part_year = target_year(part, default_year) or year or default_year
                part, subject = _with_subject(part, subject)
                part, lead_in = _with_lead_in(part, lead_in)
                target = _target(part, part_year, lead, monitor)
                if target:
                    targets.append(replace(target, area=area) if area else target)
    return targets


def without_label(sentence: str) -> str:
    m = _LABEL.match(fold(sentence))
    return sentence[m.end():] if m else sentence


def parse_value_cell(cell: str, unit_cell: str = "") -> tuple[float, str, str] | None:
    """(value, unit, comparator) of a figure cell; the unit cell ("%", "dịch vụ") says whether a bare number
    is a percentage. None for a cell without a figure ("Đạt", "x")."""
    text = clean(cell or "")
    figure = _figure(text) or _bare_number(text)
    if figure is None:
        return None
    value, unit, start, end = figure
    if "%" in unit_cell or "phan tram" in fold(unit_cell):
        unit = "%"
    return value, unit, _comparator(text, start, end)


_BARE_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,6}(?:,\d+)?)(?![\d.,/])")
_SIGNS = ((("≥", ">=", "=>", ">"), ">="), (("≤", "<=", "=<", "<"), "<="))


def _bare_number(text: str) -> tuple[float, str, int, int] | None:
    """A number alone in its cell ("150", "98,5", "1.200"): a count unless the unit cell says "%"."""
    m = _BARE_NUMBER.search(text)
    if m is None:
        return None
    return _number(m.group(1)), "count", m.start(), m.end()


def _sign_comparator(before: str) -> str | None:
    """The sign written right before the figure: "≥ 98", ">= 98", "≤5"."""
    head = before.rstrip()
    for signs, comparator in _SIGNS:
        if head.endswith(signs):
            return comparator
    return None


def _with_subject(part: str, subject: str) -> tuple[str, str]:
    """A part that names no subject of its own before its figure, only a level or a year ("Tỷ lệ hồ sơ đúng hạn
    toàn tỉnh đạt trên 97%, trong đó cấp xã đạt 96%"; "...; đến năm 2030 đạt tối thiểu 90%"), measures the
    indicator the part before it named: "Tỷ lệ hồ sơ đúng hạn cấp xã đạt 96%". Returns the part and the indicator
    for the next one."""
    figure = _figure(part)
    if figure is None:
        return part, subject
    folded = fold(part[:figure[2]])
    elliptic = _ELLIPTIC_HEAD.fullmatch(folded)
    if elliptic and elliptic["scope"].strip():   # "trên 80% A" names its subject after the figure
        return (f"{subject} {part[elliptic.end('opening'):]}" if subject else part), subject
    indicator = _INDICATOR_START.search(folded)
    if not indicator:
        return part, ""
    head = part[indicator.start():figure[2]]
    head = _without_bound(head).split(":")[0]
    return part, head[:_SUBJECT_TAIL.search(fold(head)).start()]


# the head of a part that names only a level or a year before its figure: "trong đó cấp xã đạt", "đến năm 2030 đạt
# tối thiểu"
_LEVEL = r"(?:o\s+)?cap (?:tinh|huyen|xa)|toan (?:tinh|thanh pho)"
_YEAR_STATED = r"(?:den|vao|trong)\s+(?:het\s+)?nam\s+(?:19|20)\d\d"
_ELLIPTIC_HEAD = re.compile(rf"\s*(?P<opening>(?:trong do,?\s+)?)(?P<scope>(?:{_LEVEL}|{_YEAR_STATED},?|\s)*)"
                            + _COMPARATOR_TAIL.pattern.removesuffix("$"))
_INDICATOR_START = re.compile(r"\b(?:ty le|chi so|muc do)\b")
# what closes an indicator's words but is not its own: the level or the year it is stated for
_SUBJECT_TAIL = re.compile(rf"(?:\s*,|\s+(?:cua\s+)?(?:{_LEVEL})|\s+{_YEAR_STATED})*\s*$")


def _with_lead_in(part: str, lead_in: str) -> tuple[str, str]:
    """A part that starts at its figure takes the lead-in of the target before it ("Phấn đấu đến năm 2020, trên
    80% A, 100% B" -> "Phấn đấu đến năm 2020, 100% B"); returns the part and the lead-in for the next one."""
    part = _LEADING_MARK.sub("", part.strip(), count=1)
    figure = _figure(part)
    if figure is None:
        return part, lead_in
    head = part[:figure[2]]
    comparator = _COMPARATOR_TAIL.search(fold(head))
    if comparator.start() == 0:
        return (f"{lead_in} {part}" if lead_in else part), lead_in
    lead = head[:comparator.start()]
    last = list(_LEAD_IN.finditer(fold(lead)))
    if last and _LEAD_IN_END.match(fold(lead), last[-1].end()):
        return part, lead.strip()   # "Phấn đấu đến năm 2020," leads in the figures after it
    return part, lead_in


def _responsibility(text: str) -> tuple[str, list[str], list[str]]:
    """Split off a trailing "(X chịu trách nhiệm thực hiện; Y theo dõi, đôn đốc)": text, lead, monitor."""
    m = _TRAILING_PAREN.search(text)
    if not m or not _ROLE.search(fold(m.group(1))) or _has_figure(m.group(1)):
        return text, [], []  # no role named, or a figure: the parenthesis states targets, not who delivers them
    lead: list[str] = []
    monitor: list[str] = []
    waiting: list[str] = []  # "(A; B chịu trách nhiệm thực hiện)": A shares B's role
    for part in m.group(1).split(";"):
        role = _ROLE.search(fold(part))
        if not role:
            waiting += split_agencies(part)
            continue
        agencies, waiting = waiting + split_agencies(part[:role.start()]), []
        if _MONITOR_ROLE.search(fold(part)[role.start():]):
            monitor += agencies
        elif "phoi hop" not in role.group():
            lead += agencies
    if not lead and not monitor and "phoi hop" not in fold(m.group(1)):
        return text, [], []  # "(thực hiện theo Quyết định ...)": no agency named, part of the text
    return trim(text[:m.start()]), lead, monitor


def _figures_in_parentheses(text: str) -> str:
    """A task-like sentence whose figures are all in parentheses ("Cung cấp dịch vụ công trực tuyến (100% dịch
    vụ công mức độ 2; phấn đấu đến hết năm 2020: trên 80% ...)") states its targets inside them."""
    outside = re.sub(r"\([^()]*\)", " ", text)
    if _has_figure(outside):
        return text
    inside = [m.group(1) for m in re.finditer(r"\(([^()]*)\)", text) if _has_figure(m.group(1))]
    return "; ".join(inside) if inside else text


def _sentences(text: str) -> list[str]:
    """Sentences: a full stop followed by a capital letter ends one."""
    parts, start = [], 0
    for m in re.finditer(r"(?<=[^\d\s.])\.\s+", text):
        if text[m.end():m.end() + 1].isupper():
            parts.append(text[start:m.start()])
            start = m.end()
    return [p for p in parts + [text[start:]] if p.strip()]


def _has_figure(text: str) -> bool:
    return _figure(text) is not None


def _clauses(sentence: str) -> list[str]:
    """";"-clauses with a figure; a short clause without one stays with the clause before it."""
    clauses: list[str] = []
    sentence = _COLON_BULLET.sub(":; ", sentence)  # "...Chính phủ: - 100% A; - 100% B": the lead-in is no target
    for clause in (c.strip(" ,") for c in _split_outside_parentheses(sentence, ";")):
        if _has_figure(clause) or not clauses:
            clauses.append(clause)
        elif _has_figure(clauses[-1]) and (len(clause.split()) <= _SHORT_CLAUSE_WORDS
                                           or len(clauses[-1].split()) <= _SHORT_TARGET_WORDS):
            clauses[-1] += "; " + clause  # "100% cơ quan cấp tỉnh; đơn vị cấp huyện thực hiện ..." is one target
        else:
            clauses.append("")  # a separate aim without figure ends the previous target
    return [c for c in clauses if c]


def _split_outside_parentheses(text: str, separator: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == separator and depth <= 0:
            parts.append(text[start:i])
            start = i + 1
    return parts + [text[start:]]


# where two percentages part: "80% A và 30% B" (a few words before the second), or right after the first
# with its own subject before the second ("cấp huyện đạt từ 95% trở lên, cấp xã đạt từ 98% trở lên")
_PERCENT_JOINT = re.compile(r"(?P<joint>\s*(?:,|\bvà\b)\s+)(?=(?:\S+\s+){0,2}$)")
_PERCENT_JOINT_AFTER = re.compile(r"(?:\s+trở (?:lên|xuống))?(?P<joint>\s*(?:,|\bvà\b)\s+)(?=(?:\S+\s+){3,8}$)")
# "... và giảm ít nhất 5% ...", "... và đơn giản hóa tối thiểu 15 ...": a verb or a bound of its own after "và"
# opens the next figure's clause, however far the first figure's words ran (matched on the folded text)
_FRESH_JOINT = re.compile(r"(?P<joint>\s+va\s+)(?=(?:\S+\s+){0,4}?(?P<bound>(?:toi thieu|it nhat|toi da|khong qua"
                          r"|tren|duoi|hon|dat|giam|tang)\s+)$)")


def _figure_parts(clause: str) -> list[str]:
    """"80% A và 30% B" -> two parts, "A 98%, B 95%, C 90%" three; "tối thiểu 07 xã và 05 cơ quan" too, the
    count after "và" taking the words that led to the first ("Kiểm tra ... tối thiểu 05 cơ quan")."""
    percents = list(_PERCENT.finditer(clause))
    if len(percents) < 2:
        return _count_parts(clause)
    between = clause[percents[0].end():percents[1].start()]
    joint = _PERCENT_JOINT.search(between) or _PERCENT_JOINT_AFTER.match(between) or _FRESH_JOINT.search(fold(between))
    if not joint:
        return [clause]
    cut = percents[0].end()
    return [clause[:cut + joint.start("joint")], *_figure_parts(clause[cut + joint.end():])]


def _count_parts(clause: str) -> list[str]:
    """Two counts, or a percentage closing its own clause then a count ("đạt trên 85%, Chỉ số CCHC của tỉnh
    nằm trong nhóm 30 tỉnh dẫn đầu"; not "100% xã, phường có ít nhất 04 tin, bài")."""
    folded = fold(clause)
    counts = [m for m in _COUNT.finditer(clause) if _is_count(folded, m)]
    percent = _PERCENT.search(clause)
    if percent:
        after = [m for m in counts if m.start() > percent.end()]
        one_count_after = len(after) == 1 == len(counts)
        joint = (_CLOSING_COMMA.match(clause, percent.end(), after[0].start())
                 or _FRESH_JOINT.search(folded, percent.end(), after[0].start())) if one_count_after else None
        return [clause[:joint.start("joint")], clause[joint.end():]] if joint else [clause]
    if len(counts) < 2:
        return [clause]
    first, second = counts[0], counts[1]
    between = clause[first.end():second.start()]
    joint = re.search(r"\s+và\s+$", between)
    if joint:
        cut = first.end() + joint.start()
        return [clause[:cut], clause[:first.start()] + clause[second.start():]]
    joint = _FRESH_JOINT.search(folded, first.end(), second.start())
    if joint:
        # a bound alone after "và" takes the verb that led to the first count: "Tổ chức ít nhất 02 cuộc kiểm tra
        # và tối thiểu 04 buổi đối thoại" -> "Tổ chức tối thiểu 04 buổi đối thoại"
        verb = "" if joint.start("bound") > joint.end("joint") else _without_bound(clause[:first.start()])
        return [clause[:joint.start("joint")], verb + clause[joint.end("joint"):]]
    # "đạt trên 90 điểm, xếp hạng tăng ít nhất 5 bậc": a comma, then the words of the second's own subject
    joint = re.search(r",\s+(?=(?:\S+\s+){1,6}$)", between)
    if joint:
        return [clause[:first.end() + joint.start()], clause[first.end() + joint.end():]]
    return [clause]


def _without_bound(head: str) -> str:
    """The words before a figure without the bound right before it: "Tổ chức ít nhất " -> "Tổ chức "."""
    return head[:_COMPARATOR_TAIL.search(fold(head)).start()]


# a comma right after a figure, then the subject of the next one
_CLOSING_COMMA = re.compile(r"(?:\s+trở (?:lên|xuống))?(?P<joint>,\s+)(?=(?:\S+\s+){1,12}$)")


def _figure(text: str) -> tuple[float, str, int, int] | None:
    """(value, unit, start, end) of the first figure in `text`."""
    folded = fold(text)
    found = [(_number(m.group(1)), "%", m.start(), m.end()) for m in _PERCENT.finditer(text)]
    found += [(round(100 * int(m.group(1)) / int(m.group(2)), 1), "%", m.start(), m.end())
              for m in _FRACTION.finditer(text) if not re.search(r"\bso\s*$", folded[:m.start()])]
    found += [(_number(m.group(1)), _count_unit(folded, m.end()), m.start(), m.end())
              for m in _COUNT.finditer(text) if _is_count(folded, m)]
    return min(found, key=lambda f: f[2]) if found else None


def _number(raw: str) -> float:
    """A figure written the Vietnamese way: dots group thousands, a comma marks the decimals ("2,607" is
    not 2607, as `money` reads tables that may use either)."""
    if _GROUPED.fullmatch(raw):
        return float(raw.replace(".", ""))
    return float(raw.replace(",", "."))


def _count_unit(folded: str, end: int) -> str:
    """"2,5 điểm phần trăm" is a share in percentage points."""
    return "%" if folded.startswith("diem phan tram", end) else "count"


def _is_count(folded: str, m: re.Match) -> bool:
    """A number of things, not a year, a date part, a level or a duration (unless bounded: "dưới 3 ngày")."""
    value = _number(m.group(1))
    if _is_rank(folded, m.start(), m.end()):
        return True
    year = 1900 <= value <= 2100 and m.group(1).isdigit()   # "2.000 lượt" is no year
    if year or _NOT_A_COUNT_BEFORE.search(folded[:m.start()]):
        return False
    bounded = _AT_MOST.search(folded[max(0, m.start() - 30):m.start()])
    return bool(bounded) or not _NOT_A_COUNT_AFTER.match(folded, m.end(1))


def _is_rank(folded: str, start: int, end: int) -> bool:
    return bool(_RANK_BEFORE.search(folded[:start]) and _RANK_AFTER.match(folded, end))


def _comparator(text: str, start: int, end: int) -> str:
    sign = _sign_comparator(text[:start])
    if sign:
        return sign
    bound = _bound(text, start, end)
    # what must not happen bounds the other way: "Không có tiêu chí nào bị đánh giá dưới 80%" is at least 80%
    if bound != "=" and _NONE_MAY.match(fold(text[:start])):
        return "<=" if bound == ">=" else ">="
    return bound


def _bound(text: str, start: int, end: int) -> str:
    folded = fold(text)
    if _is_rank(folded, start, end):
        return "<="
    before, after = folded[max(0, start - 30):start], folded[end:end + 20]
    if _AT_MOST.search(before) or after.lstrip().startswith("tro xuong"):
        return "<="
    at_least = _AT_LEAST.search(before) or _FROM.search(text[max(0, start - 30):start])
    if at_least or after.lstrip().startswith("tro len") or "phan dau" in folded:
        return ">="
    return "="


def target_year(clause: str, plan_year: int | None = None) -> int | None:
    """The year a clause sets its target for ("đến năm 2025", "trước ngày 31/3/2026"), not a comparison year
    ("so với năm 2020") nor, in a plan for `plan_year`, the year of an earlier result it names ("100% tiêu chí
    bị mất điểm năm 2025 có giải pháp khắc phục")."""
    folded = fold(clause)
    years = [int(m["year"]) for m in _TARGET_YEAR.finditer(folded)
             if not m["before"] and not _of_an_earlier_result(folded, m, plan_year)]
    years += [int(m["year"]) for m in _DUE_YEAR.finditer(folded)]
    return max(years) if years else None


def _of_an_earlier_result(folded: str, m: re.Match, plan_year: int | None) -> bool:
    """A bare "năm 2025" after a noun, before the plan's year: the year of what is measured, not of the target
    ("Phấn đấu năm 2015 ..." and "..., năm 2015 ..." set one)."""
    earlier = plan_year is not None and int(m["year"]) < plan_year
    return earlier and m["word"] == "nam" and not _YEAR_OPENER.search(folded, 0, m.start())


_YEAR_OPENER = re.compile(r"(?:^|[,:;(]|\bphan dau|\bdat|\bla)\s*$")


def _target(part: str, year: int | None, lead: list[str], monitor: list[str]) -> Target | None:
    text = _tidy(_from_opener(part))
    figure = _figure(text)
    if figure is None:
        return None
    value, unit, start, end = figure
    return Target(text=text, value=value, unit=unit, comparator=_comparator(text, start, end), year=year,
                  area=guess_area(text), lead=list(lead), monitor=list(monitor))


def _from_opener(part: str) -> str:
    """Start at the target's own opener: "Tiếp tục đổi mới ..., phấn đấu năm 2015 giảm 1/3 ..." -> "phấn đấu ...",
    unless an indicator named before a colon opens the part."""
    figure = _figure(part)
    if figure is None:
        return part
    folded = fold(part)
    openers = [m for m in _OPENER.finditer(folded[:figure[2]])
               if not (m.group().startswith(":") and _INDICATOR.match(folded))]
    return part[openers[-1].end():] if openers else part


def _tidy(part: str) -> str:
    text = trim(_LEADING_MARK.sub("", clean(part), count=1))
    return text[:1].upper() + text[1:] if text[:1].islower() else text
