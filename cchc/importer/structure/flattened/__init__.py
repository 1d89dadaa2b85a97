"""Task tables that a PDF-to-text step flattened into one stream of interleaved cell lines.

Scraped PDF text reads a table by height, not by cell: every visual line of every cell is
emitted in order of its vertical position, lines at the same height left to right. A row
whose cells are vertically centred therefore comes out as a regular weave (title line 1,
coordinating line 1, deadline line 1, title line 2, ...) with the row number in the middle.

Recovering the cells:

1. cut the text into *fragments*, one per visual cell line. Document-sharing sites join the
   words of a line by no-break spaces and separate lines by a plain space, a wrapped line
   keeping a trailing no-break space; other extractors put one line per text line, or end
   wrapped lines with two spaces. Scraping junk and page-number prefixes are dropped, and
   fragments that are two lines glued together are split (where exactly is decided later);
2. the header gives the columns and, as it is woven like any row, their left-to-right order;
   row numbers (1, 2, 3 ... restarting under each Roman heading, jumps allowed, 1.1, 1.2
   under a group row) anchor the rows;
3. for each candidate row, every plausible layout (lines per column, cells top- or
   centre-aligned) is rendered back into a reading order and scored against the fragments:
   only the content column is wide, agency and deadline vocabulary, which fragments end a
   cell, and whether the cells read as agency lists or deadlines. Row boundaries are chosen
   together with the layouts; a row cut by a page break may be two layouts, one per page;
4. rows that no layout explains well (columns with different line spacing) are decoded
   from the column streams alone;
5. where the weave cannot tell the lead cell from the coordinating one, one width per column
   fitted over the whole table decides (a cell wraps where its column is full).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import permutations, product

from ..text import fold, nfc

NUMBER, TITLE, OUTPUTS, LEAD, COORDINATING, DEADLINE, BUDGET, NOTES = (
    "number", "title", "outputs", "lead", "coordinating", "deadline", "budget", "notes")

_CANONICAL_ORDER = (NUMBER, TITLE, OUTPUTS, LEAD, COORDINATING, DEADLINE, BUDGET, NOTES)


@dataclass
class FlatRow:
    """One recovered table row, cells as raw text (field parsers split and normalise them)."""

    number: str
    kind: str  # "heading" (Roman-numbered area heading) or "task"
    title: str
    lead: str = ""
    coordinating: str = ""
    deadline: str = ""
    notes: str = ""
    lineno: int = 0
    outputs: str = ""
    budget: str = ""


@dataclass
class _Fragment:
    """One visual line of one cell, as cut from the flattened text."""

    text: str
    wrapped: bool | None  # the cell goes on in a later line (None: the text does not say)
    lineno: int
    page: int = 0  # fragments of one PDF page share it (0: pages unknown)
    # On the first half of a split glued fragment: every plausible (first, second) text pair.
    alternatives: tuple[tuple[str, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def words(self) -> tuple[str, ...]:
        return _words(self.text)


@lru_cache(maxsize=20_000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", fold(text)))


# --------------------------------------------------------------------------- cutting text

_PAGE_PREFIX = re.compile(r"^[ \t]*\d{1,3}\.[ \t]")
_JUNK_LINE = re.compile(
    r"^\s*(ADSENSE|CÓ THỂ BẠN MUỐN DOWNLOAD|Đồng bộ tài khoản|Download|Vui lòng tải|"
    r"lượt xem|Chia sẻ:|Tài liệu liên quan|\d+=>\d+)", re.IGNORECASE)


def _strip_page_prefix(line: str) -> str:
    return _PAGE_PREFIX.sub("", line, count=1)


def _table_lines(lines: list[str]) -> list[tuple[str, int]]:
    """The table's source lines (page prefixes removed) up to the first scraping junk."""
    kept = []
    for index, line in enumerate(lines):
        text = nfc(line)
        if _JUNK_LINE.match(text.replace("\xa0", " ")) and kept:
            break
        kept.append((_strip_page_prefix(text), index))
    return kept


def _cut_fragments(lines: list[tuple[str, int]]) -> list[_Fragment]:
    """One fragment per visual cell line. Three shapes of scraped text are told apart: words
    joined by no-break spaces (a plain space ends a line), one cell line per text line, and
    runs of two or more spaces ending wrapped lines."""
    texts = [text for text, _ in lines if text.strip()]
    joined = " ".join(texts)
    if joined.count("\xa0") > 50 or joined.count("\xa0") > joined.count(" ") / 2:
        cut = _cut_nbsp
    elif texts and sum(len(t) <= 60 for t in texts) >= 0.8 * len(texts):
        cut = _cut_whole
    else:
        cut = _cut_spaced
    out: list[_Fragment] = []
    for text, index in lines:
        out.extend(cut(text, index + 1))
    return out


def _cut_nbsp(text: str, lineno: int) -> list[_Fragment]:
    pieces = [p for p in re.split(r"[ \t]+", text) if p]
    return [_fragment(p, lineno, wrapped=p.endswith("\xa0") and bool(p.strip("\xa0")), page=lineno)
            for p in pieces]


def _cut_whole(text: str, lineno: int) -> list[_Fragment]:
    """A text line is a cell line; whether it wraps is unknown unless it keeps a trailing space."""
    if not text.strip():
        return []
    return [_fragment(text, lineno, wrapped=True if text != text.rstrip() else None)]


def _cut_spaced(text: str, lineno: int) -> list[_Fragment]:
    """Runs ended by two or more spaces are wrapped lines. Inside a run single spaces hide
    further line ends; only those around a lone row number can be recovered."""
    out = []
    for run in re.findall(r"\S.*?(?: {2,}|\t+|$)", text.strip()):
        pieces = _split_at_numbers(run.split())
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            out.append(_fragment(" ".join(piece), lineno, wrapped=(run != run.rstrip()) if last else False,
                                 page=lineno))
    return out


def _split_at_numbers(words: list[str]) -> list[list[str]]:
    pieces: list[list[str]] = [[]]
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        before = fold(words[k - 1]) if k else ""
        lone = _number_value(word) is not None and before not in ("so", "quy", "do", "thang", "nam", "doan") \
            and fold(after) not in ("thang", "nam", "ngay", "lan", "%", "co", "don", "nguoi", "xa")
        if lone or (k == 1 and fold(words[0]) in ("stt", "tt")) or _starts_cell(words, k):
            if pieces[-1]:
                pieces.append([])
        pieces[-1].append(word)
        if lone and after:
            pieces.append([])
    return [p for p in pieces if p]


_CELL_HEADS = re.compile(r"^(?:Sở|UBND|Văn phòng|Các sở|Các cơ quan|Trung tâm|Đài|Báo|Bưu điện|Công an|"
                         r"Trong năm|Thường xuyên|Quý|Tháng|Hàng|Định kỳ|Khi có)\b")
_CONNECTORS = {"va", "cac", "cua", "theo", "voi", "tai", "den", "cho", "ve", "duoc", "trong", "thuoc", "la"}


def _starts_cell(words: list[str], k: int) -> bool:
    """Does words[k] likely begin another cell's line (agency or deadline head, not inside a
    phrase)? Also: a year or quarter standing first ends its own deadline line."""
    if k == 0:
        return False
    before = words[k - 1]
    if k == 1 and re.fullmatch(r"(?:[IV]+/)?\d{4}\.?", before):
        return True
    return bool(_CELL_HEADS.match(" ".join(words[k:k + 2]))) and not before.endswith((",", ";")) \
        and fold(before) not in _CONNECTORS


def _fragment(piece: str, lineno: int, wrapped: bool | None, page: int = 0) -> _Fragment:
    """A cleaned fragment; in scraped text every long source line is one PDF page."""
    text = re.sub(r"\s+", " ", piece.replace("\xa0", " ")).strip()
    return _Fragment(text=text, wrapped=wrapped if text else False, lineno=lineno, page=page)


# --------------------------------------------------------------------------- vocabulary

_DEPARTMENTS = (
    r"noi vu|tu phap|tai chinh|ke hoach va dau tu|ke hoach dau tu|thong tin va truyen thong|"
    r"thong tin truyen thong|khoa hoc va cong nghe|khoa hoc cong nghe|giao duc va dao tao|"
    r"giao duc dao tao|y te|lao dong thuong binh va xa hoi|van hoa the thao va du lich|"
    r"van hoa the thao|van hoa thong tin|tai nguyen va moi truong|tai nguyen moi truong|xay dung|"
    r"giao thong van tai|cong thuong|nong nghiep va phat trien nong thon|nong nghiep va moi truong|"
    r"ngoai vu|du lich|dan toc")
_LEVEL = r"(?:cap )?(?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong)"
_AGENCY_PATTERNS = [
    rf"so (?:{_DEPARTMENTS})",
    r"(?:cac )?so ban nganh(?: tinh)?(?: co lien quan)?", r"cac so nganh",
    rf"ubnd {_LEVEL}(?: co lien quan)?", r"ubnd cac (?:huyen|xa)(?: thi xa| thanh pho| phuong| thi tran)*",
    r"uy ban nhan dan (?:tinh|cac huyen|cap huyen|cap xa)",
    r"(?:van phong|vp) ?ubnd tinh", r"vpubnd(?: tinh)?", r"van phong (?:uy ban nhan dan|ubnd)(?: tinh)?",
    r"trung tam [a-z ]{3,40}?(?= va | cac |$)", r"trung tam hanh chinh cong(?: tinh)?",
    r"(?:cac )?co quan(?: don vi)?(?: co)? lien quan", r"cac co quan don vi",
    r"cac co quan chuyen mon(?: thuoc ubnd (?:tinh|cap huyen))?",
    r"buu dien(?: tinh)?", r"dai phat thanh (?:va )?truyen hinh(?: tinh)?", r"dai pt ?th(?: tinh)?",
    r"bao [a-z]+(?: [a-z]+)?", r"cong an(?: tinh)?", r"bo chi huy quan su(?: tinh)?",
    r"thuong truc hoi dong thi dua khen thuong(?: tinh)?", r"hoi dong [a-z ]{3,40}",
    r"ban chi dao [a-z ]{3,80}",
    r"ban (?:quan ly|dan toc|to chuc|noi chinh|tuyen giao|tiep cong dan|thi dua)(?: [a-z]+){0,8}",
    r"thanh tra tinh", r"kho bac nha nuoc(?: tinh)?",
    r"cuc thue(?: tinh)?", r"toa an [a-z ]+", r"vien kiem sat [a-z ]+", r"mat tran to quoc [a-z ]*",
    r"chu tich ubnd tinh", r"ubnd tinh",
]
_AGENCY_GLUE = r"(?:va|cac|cac co quan|tham dinh|tong hop|chu tri|phoi hop|co lien quan|lien quan)"
_AGENCY_RE = re.compile(rf"\b(?:{'|'.join(_AGENCY_PATTERNS)}|{_AGENCY_GLUE})\b")
_AGENCY_HEADS = {"so", "ubnd", "van", "vp", "vpubnd", "trung", "cac", "ban", "dai", "bao", "buu",
                 "cong", "thuong", "hoi", "uy", "thanh", "kho", "cuc", "bo", "mat", "toa", "vien"}
_AGENCY_WORDS = set(
    ("so ban nganh ubnd cap huyen xa tinh van phong vp vpubnd trung tam hanh chinh cong cac co quan "
     "don vi lien va thong tin truyen noi vu tu phap tai ke hoach dau giao duc dao tao y te lao dong "
     "thuong binh hoi khoa hoc nghe nguyen moi truong xay dung the thao du lich nong nghiep phat trien "
     "thon an dai thanh hinh bao buu dien thi dua khen truc chi tham dinh tong hop chuyen mon thuoc "
     "uy nhan dan thi tran phuong quan su thue kho bac nha nuoc mat to quoc vien kiem sat toa ngoai "
     "pt th thpt").split())
_DEADLINE_RE = re.compile(
    r"\b(?:thuong xuyen|trong nam|ca nam|hang nam|hang quy|hang thang|dinh ky|dot xuat|"
    r"quy (?:i|ii|iii|iv|[1-4])\b|thang \d{1,2}|nam \d{4}|\d{4}|truoc ngay|khi co|"
    r"nam 20\d\d|giai doan|\d{1,2} \d{1,2} \d{4}|\d{1,2} \d{4}|6 thang|theo tien do|theo ke hoach)")
_DEADLINE_WORDS = set(
    ("trong nam thuong xuyen quy thang hang dinh ky dot xuat hoac va khi co van ban cua bo noi vu "
     "truoc ngay den tu dau cuoi theo tien do lien tuc sau ca i ii iii iv giai doan ke hoach "
     "yeu cau chi dao trung uong tinh").split())


def _deadline_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w in _DEADLINE_WORDS or w.isdigit() for w in words) / len(words)


_PRODUCT_WORDS = set(
    ("quyet dinh ke hoach bao cao van ban cong van de an huong dan chi thi to trinh he thong danh muc "
     "quy che quy dinh nghi quyet thong bao bo thu tuc co so du lieu phan mem cong thong tin dien tu "
     "chuong trinh hoi nghi lop tap huan tai lieu so tay ket qua duoc ban hanh phe duyet trien khai").split())


def _product_share(words: tuple[str, ...]) -> float:
    return sum(w in _PRODUCT_WORDS for w in words) / len(words) if words else 0.0


def _agency_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w in _AGENCY_WORDS for w in words) / len(words)


@lru_cache(maxsize=20_000)
def _agency_coverage(text: str) -> float:
    """Share of the words of `text` covered by recognisable agency names and their glue."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(text)))
    if not words:
        return 0.0
    covered = sum(len(m.group(0)) for m in _AGENCY_RE.finditer(words))
    return min(1.0, covered / len(words))


@lru_cache(maxsize=20_000)
def _deadline_fit(text: str) -> float:
    words = re.findall(r"[a-z0-9]+", fold(text))
    if not words:
        return 0.0
    strong = 1.0 if _DEADLINE_RE.search(" ".join(words)) else 0.0
    return 0.5 * strong + 0.5 * _deadline_share(words)


# --------------------------------------------------------------------------- header

_HEADER_ROLE_WORDS = {
    NUMBER: ("stt", "tt"),
    TITLE: ("nội dung", "nhiệm vụ", "công việc", "nội dung công việc", "tên nhiệm vụ"),
    OUTPUTS: ("sản phẩm", "kết quả"),
    LEAD: ("chủ trì", "chủ", "trì", "thực hiện"),
    COORDINATING: ("phối hợp", "phối"),
    DEADLINE: ("thời gian", "thời hạn", "hoàn thành", "thời", "gian", "hạn", "hoàn", "thành",
               "tiến độ"),
    BUDGET: ("kinh phí", "dự toán"),
    NOTES: ("ghi chú", "ghi", "chú"),
}
_HEADER_FILLER = {"cơ", "quan", "đơn", "vị", "số", "thứ", "tự", "dự", "kiến", "(triệu", "đồng)", "đầu",
                  "ra", "và", "nhiệm", "vụ", "dung", "nội", "hợp", "/", "sản", "phẩm", "kinh", "phí",
                  "thực", "hiện"}


def _header_words(text: str) -> list[str]:
    return [w.strip(",.;:()") for w in text.lower().split()]


def _is_header_fragment(frag: _Fragment) -> bool:
    words = _header_words(frag.text)
    known = {w for keys in _HEADER_ROLE_WORDS.values() for k in keys for w in k.split()} | _HEADER_FILLER
    return bool(words) and all(w in known for w in words)


def _header_roles(text: str) -> list[str]:
    """Columns named in the (possibly interleaved) header text, in the usual left-to-right order."""
    low = " " + " ".join(_header_words(text)) + " "
    found = set()
    for role, keys in _HEADER_ROLE_WORDS.items():
        if any(f" {k} " in low for k in keys):
            found.add(role)
    found |= {NUMBER, TITLE}
    return [r for r in _CANONICAL_ORDER if r in found]


def _column_orders(header: list[_Fragment], roles: list[str], most: int = 4) -> list[list[str]]:
    """Candidate left-to-right orders of the header's columns. The header is woven like any
    row, so a true order is one whose rendered layout reproduces the order of the header's
    lines; several may, when some headers never share a height (the usual order first)."""
    options = [_fragment_roles(f, roles) or set(roles) for f in header]
    first = tuple(r for r in (NUMBER, TITLE) if r in roles)  # "STT", "Nội dung" lead every table
    scored = []
    for order in permutations([r for r in roles if r not in first]):
        order = first + order
        scored.append((-_header_agreement(options, list(order)), _disorder(order), list(order)))
    scored.sort()
    return [order for key, _, order in scored if key == scored[0][0]][:most] or [roles]


def _header_agreement(options: list[set[str]], order: list[str], limit: int = 64) -> int:
    """Most header lines that a layout of `order` puts where they are."""
    best = 0
    choices = [sorted(o, key=order.index) for o in options]
    for k, assigned in enumerate(product(*choices)):
        if k == limit:
            break
        counts = tuple(assigned.count(r) for r in order)
        if 0 in counts:
            continue
        for centred in (True, False):
            rendered, _ = _render(counts, centred)
            best = max(best, sum(order[c] == r for c, r in zip(rendered, assigned)))
    return best


def _fragment_roles(frag: _Fragment, roles: list[str]) -> set[str]:
    """Columns a header line may belong to; "Cơ quan" alone may head either agency column."""
    words = " " + " ".join(_header_words(frag.text)) + " "
    found = {role for role, keys in _HEADER_ROLE_WORDS.items() if role in roles
             and any(f" {k} " in words for k in keys)}
    if not found and re.search(r" (cơ quan|đơn vị) ", words):
        found = {LEAD, COORDINATING} & set(roles)
    return found


def _disorder(order: tuple[str, ...]) -> int:
    """Pairs out of the usual order."""
    rank = [_CANONICAL_ORDER.index(r) for r in order]
    return sum(a > b for i, a in enumerate(rank) for b in rank[i + 1:])


def _locate_header(frags: list[_Fragment]) -> tuple[int, int] | None:
    """(first, last) fragment index of the table header, found around its "STT" cell."""
    for i, frag in enumerate(frags):
        if fold(frag.text).strip(". ") not in ("stt", "tt", "so tt"):
            continue
        first = i
        while first > 0 and i - first < 12 and _is_header_fragment(frags[first - 1]):
            first -= 1
        last = i
        while last + 1 < len(frags) and last - i < 16 and _is_header_fragment(frags[last + 1]):
            last += 1
        roles = _header_roles(" ".join(f.text for f in frags[first:last + 1]))
        if len(roles) >= 4:
            return first, last
    return None


def find_flattened_table(lines: list[str]) -> int | None:
    """Index of the line where a flattened task table's header ("STT ... Nội dung ... chủ trì ...
    phối hợp ... Thời gian") appears, even with the header's own words interleaved or one
    header line per text line; else None."""
    texts = [nfc(line).replace("\xa0", " ") for line in lines]
    for index, text in enumerate(texts):
        if text.count("\t") >= 3 or text.count("|") >= 3:
            continue  # a header with real cell separators heads a real table
        for m in re.finditer(r"\bS?TT\b", text):
            before = " ".join(texts[max(0, index - 12):index])[-150:] + " " + text[:m.start()]
            after = text[m.end():] + " " + " ".join(texts[index + 1:index + 20])
            window = " " + fold(before[-150:] + " STT " + after[:200]) + " "
            cues = sum(k in window for k in (" noi dung", "phoi hop", " chu ", "tri ", "thoi ", " gian"))
            if cues >= 4:
                return _header_first_line(texts, index, m.start())
    return None


def _header_first_line(texts: list[str], index: int, column: int) -> int:
    """Back up over the header's own short lines printed above its "STT" line."""
    if texts[index][:column].strip():
        return index
    while index > 0 and texts[index - 1].strip() and \
            _is_header_fragment(_Fragment(texts[index - 1].strip(), False, 0)):
        index -= 1
    return index


# --------------------------------------------------------------------------- row numbers

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
_ARABIC = re.compile(r"^(\d{1,2})\.?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_MAX_JUMP = 4


def _number_value(text: str) -> tuple[str, int] | None:
    """("roman", n), ("arabic", n) or ("dotted", 100 * n + m) for "n.m"; None if no row number."""
    token = text.strip().rstrip(".")
    if token in _ROMAN:
        return "roman", _ROMAN[token]
    m = _ARABIC.match(text.strip())
    if m:
        return "arabic", int(m.group(1))
    m = _DOTTED.match(text.strip())
    if m:
        return "dotted", 100 * int(m.group(1)) + int(m.group(2))
    return None


def _anchors(frags: list[_Fragment], start: int) -> list[int]:
    """Fragments that are row numbers: Roman headings in sequence, Arabic numbers counting up
    (restarting under each heading; small jumps allowed), "n.1", "n.2" ... under row n."""
    anchors: list[int] = []
    roman, arabic, sub = 0, 0, 0
    for i in range(start, len(frags)):
        value = _number_value(frags[i].text)
        if value is None:
            continue
        kind, n = value
        if kind == "roman" and roman < n <= roman + 2 and not _continues_deadline(frags, i):
            anchors.append(i)
            roman, arabic, sub = n, 0, 0
        elif kind == "arabic" and arabic < n <= arabic + _MAX_JUMP:
            anchors.append(i)
            arabic, sub = n, 0
        elif kind == "dotted" and n // 100 == arabic and sub < n % 100 <= sub + _MAX_JUMP:
            anchors.append(i)
            sub = n % 100
    return anchors


def _continues_deadline(frags: list[_Fragment], i: int) -> bool:
    """"Quý" + "I" split over two lines is a deadline, not heading I."""
    return i > 0 and fold(frags[i - 1].text).endswith("quy")


# --------------------------------------------------------------------------- layouts

@dataclass
class _Widths:
    """Line widths (in characters) of the narrow columns and the wide content column."""

    narrow: float = 16.0
    wide: float = 45.0


@lru_cache(maxsize=50_000)
def _render(counts: tuple[int, ...], centred: bool) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Reading order of a row whose column i has counts[i] lines: (column of each position,
    whether that position is the column's last line)."""
    height = max(counts)
    keys = []
    for col, n in enumerate(counts):
        offset = height - n if centred else 0
        keys.extend((offset + 2 * j, col, j == n - 1) for j in range(n))
    keys.sort()
    return tuple(k[1] for k in keys), tuple(k[2] for k in keys)


_WIDE = (TITLE,)
_MAX_LINES = {OUTPUTS: 8, LEAD: 9, COORDINATING: 9, DEADLINE: 7, NOTES: 2, BUDGET: 3}
_IMPOSSIBLE = -1e6


def _fragment_scores(frag: _Fragment, roles: list[str], widths: _Widths) -> list[float]:
    """How well one fragment fits each column, ignoring its neighbours."""
    return list(_text_scores(frag.text, frag.wrapped, tuple(roles), widths.narrow, widths.wide))


@lru_cache(maxsize=20_000)
def _text_scores(text: str, wrapped: bool, roles: tuple[str, ...], narrow: float,
                 wide: float) -> tuple[float, ...]:
    frag = _Fragment(text, wrapped, 0)
    widths = _Widths(narrow, wide)
    words = frag.words
    size = len(frag.text)
    too_wide = size > widths.narrow + 3
    deadline = _deadline_share(words) + (0.5 if _DEADLINE_RE.search(" ".join(words)) else 0.0)
    agency = _agency_share(words) + (0.3 if words and words[0] in _AGENCY_HEADS else 0.0)
    scores = []
    for role in roles:
        if role == NUMBER:
            scores.append(_IMPOSSIBLE)
        elif frag.empty:
            scores.append({TITLE: -4.0, NOTES: 1.0, LEAD: -0.5}.get(role, 0.3))
        elif role in _WIDE:
            short_wrap = frag.wrapped and size < 0.5 * widths.wide
            scores.append(2.0 if too_wide else (-2.5 if short_wrap else 0.0) - deadline - 0.5 * agency)
        elif role == OUTPUTS:  # products: a medium column of document kinds
            scores.append((-3.0 if too_wide else 0.0) + 2.0 * _product_share(words) - 0.8
                          - 0.5 * agency - deadline)
        elif too_wide:
            scores.append(-8.0 - (size - widths.narrow) * 0.3)
        elif role in (LEAD, COORDINATING):
            scores.append(2.0 * agency - 1.0 - 1.5 * max(0.0, deadline - 0.8))
        elif role == DEADLINE:
            scores.append(2.5 * deadline - 1.5 - 1.5 * (words[0] in _AGENCY_HEADS and deadline < 1))
        elif role == BUDGET:
            scores.append(1.0 if re.fullmatch(r"[\d.,\s]+", frag.text) else -3.0)
        else:  # notes
            scores.append(-2.0)
    return tuple(scores)


def _flag_scores(frag: _Fragment) -> tuple[float, float]:
    """(score if the fragment is its cell's last line, score if a later line follows)."""
    if frag.empty:
        return 0.0, -3.0
    if frag.wrapped is None:
        return 0.0, 0.0
    return (-2.0, 0.0) if frag.wrapped else (0.0, -2.0)


@dataclass
class _Decoded:
    score: float
    roles: list[str]  # column of each fragment of the row
    agency_swappable: bool = False  # swapping lead and coordinating gives an equally valid layout
    frags: list[_Fragment] | None = None  # the row's fragments, where glued ones were cut otherwise


@lru_cache(maxsize=4096)
def _count_options(total: int, long_lines: int, roles: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """Line counts per column worth trying for a row of `total` fragments besides its number,
    `long_lines` of them too wide for a narrow column."""
    wide_roles = [r for r in roles if r in _WIDE]
    narrow_roles = [r for r in roles if r not in _WIDE and r != NUMBER]
    options = []
    numbered = NUMBER in roles
    for wide_total in range(max(1 if numbered else 0, long_lines), long_lines + 3):
        rest = total - wide_total
        if rest < 0:
            break
        least = 1 if len(wide_roles) == 1 and numbered else 0
        for wide_split in _compositions(wide_total, len(wide_roles), least):
            for narrow_split in _compositions(rest, len(narrow_roles), 0,
                                              [_MAX_LINES.get(r, 9) for r in narrow_roles]):
                counts = dict(zip(wide_roles, wide_split)) | dict(zip(narrow_roles, narrow_split))
                if numbered:
                    counts[NUMBER] = 1
                options.append(tuple(counts[r] for r in roles))
    return tuple(options)


@lru_cache(maxsize=4096)
def _layouts_by_anchor(total: int, long_lines: int, roles: tuple[str, ...]) -> dict:
    """Rendered layouts grouped by where the row number falls in the reading order (None for
    the continuation of a row on the next page, which has no number)."""
    number_col = roles.index(NUMBER) if NUMBER in roles else None
    grouped: dict[int, list] = {}
    for counts in _count_options(total, long_lines, roles):
        for centred in (True, False):
            order, last = _render(counts, centred)
            key = order.index(number_col) if number_col is not None else None
            grouped.setdefault(key, []).append((order, last, counts, centred))
    return grouped


def _compositions(total: int, parts: int, minimum: int = 0, caps: list[int] | None = None):
    if parts == 0:
        if total == 0:
            yield ()
        return
    cap = caps[0] if caps else total
    for first in range(minimum, min(total, cap) + 1):
        for rest in _compositions(total - first, parts - 1, minimum, caps[1:] if caps else None):
            yield (first, *rest)


@dataclass
class _Candidate:
    """A reading of a row (or of a page's part of it) before whole-cell evidence is added."""

    score: float
    roles: list[str]
    agency_swappable: bool = False


def _best(frags: list[_Fragment], candidates: list[_Candidate], widths: _Widths) -> _Decoded | None:
    """The candidate that whole-cell evidence likes best: which column each fragment is in."""
    best: _Decoded | None = None
    for candidate in candidates:
        total = candidate.score + _cell_score(frags, candidate.roles, widths)
        if best is None or total > best.score:
            best = _Decoded(total, candidate.roles, candidate.agency_swappable)
    return best


def _layout_candidates(frags: list[_Fragment], anchor: int | None, roles: list[str], widths: _Widths,
                       keep: int = 25, open_end: bool = False) -> list[_Candidate]:
    """The `keep` layouts that best explain the fragments line by line. Without `anchor` the
    fragments are the part of a row that a page break carried to the next page; with
    `open_end` they are the part before such a break, whose cells go on."""
    if anchor is None:
        roles = [r for r in roles if r != NUMBER]
    table = [_fragment_scores(f, roles, widths) for f in frags]
    for i, frag in enumerate(frags):  # fold the cell-end evidence into the same table
        at_end, inside = _flag_scores(frag)
        at_end = max(at_end, 0.0) if open_end else at_end
        table[i] = ([v + at_end for v in table[i]], [v + inside for v in table[i]])
    long_lines = sum(1 for i, f in enumerate(frags) if i != anchor and len(f.text) > widths.narrow + 3)
    scored = []
    total = len(frags) - (anchor is not None)
    for order, last, counts, centred in _layouts_by_anchor(total, long_lines, tuple(roles)).get(anchor, ()):
        score = sum(table[i][0 if end else 1][col]
                    for i, (col, end) in enumerate(zip(order, last)) if i != anchor)
        scored.append((score, order, counts, centred))
    scored.sort(key=lambda c: -c[0])
    out, seen = [], set()
    for score, order, counts, centred in scored[:keep]:
        if order not in seen:
            seen.add(order)
            out.append(_Candidate(score, [roles[c] for c in order],
                                  _agency_swappable(roles, counts, centred, order)))
    return out


def _agency_swappable(roles: list[str], counts: tuple[int, ...], centred: bool,
                      order: tuple[int, ...]) -> bool:
    """Would the same reading order arise with the lead and coordinating cells exchanged?
    Then only the column widths can tell which is which."""
    if LEAD not in roles or COORDINATING not in roles:
        return False
    lead, coord = roles.index(LEAD), roles.index(COORDINATING)
    swapped = list(counts)
    swapped[lead], swapped[coord] = counts[coord], counts[lead]
    exchange = {lead: coord, coord: lead}
    return _render(tuple(swapped), centred)[0] == tuple(exchange.get(c, c) for c in order)


def _cells(frags: list[_Fragment], assigned: list[str]) -> dict[str, list[_Fragment]]:
    cells: dict[str, list[_Fragment]] = {}
    for frag, role in zip(frags, assigned):
        cells.setdefault(role, []).append(frag)
    return cells


def _cell_text(lines: list[_Fragment]) -> str:
    return " ".join(f.text for f in lines if f.text).strip()


def _cell_score(frags: list[_Fragment], assigned: list[str], widths: _Widths) -> float:
    """Whole-cell evidence: agency cells read as agency lists, deadline cells as deadlines."""
    cells = _cells(frags, assigned)
    score = 0.0
    for role, lines in cells.items():
        text = _cell_text(lines)
        if not text:
            continue
        if role in (LEAD, COORDINATING):
            score += 5.0 * (_agency_coverage(text) - 0.6)
        elif role == DEADLINE:
            score += 5.0 * (_deadline_fit(text) - 0.6)
        shown = [f.text for f in lines if f.text]
        score += sum(_reads_on(a, b, role) for a, b in zip(shown, shown[1:]))
    if not _cell_text(cells.get(LEAD, [])) and _cell_text(cells.get(COORDINATING, [])):
        score -= 2.0
    return score


# --------------------------------------------------------------------------- rows

_MAX_ROW = 60  # fragments in one row
_SKIP_COST = 1.0  # per non-empty fragment left out of every row
_MAX_DROPPED = 12  # row numbers given up before the table is given up


def _row_starts(frags: list[_Fragment], low: int, anchor: int) -> list[int]:
    """Where a row holding `anchor` may start: after a cell's last line, not after `anchor`."""
    return [s for s in range(max(low, anchor - _MAX_ROW), anchor + 1)
            if s == low or s == anchor or not frags[s - 1].wrapped]


def _segment_rows(frags: list[_Fragment], start: int, anchors: list[int], roles: list[str],
                  widths: _Widths) -> list[tuple[int, int, _Decoded]]:
    """Cut the fragments into rows (one anchor each) and decode each, choosing cut points
    and layouts together (dynamic programming over cut points)."""
    starts = [_row_starts(frags, start if k == 0 else anchors[k - 1] + 1, a) for k, a in enumerate(anchors)]
    tail = anchors[-1] + 1
    ends = [e for e in range(tail, min(len(frags), tail + _MAX_ROW) + 1)
            if e == len(frags) or not frags[e - 1].wrapped]
    best: dict[int, tuple[float, tuple]] = {
        s: (-_SKIP_COST * _content_count(frags[start:s]), ()) for s in starts[0]}
    for k, anchor in enumerate(anchors):
        targets = starts[k + 1] if k + 1 < len(anchors) else ends
        reached: dict[int, tuple[float, tuple]] = {}
        for s, (score, path) in best.items():
            for e in targets:
                if e <= anchor or e - s > _MAX_ROW:
                    continue
                decoded = _decode_span(frags, s, e, anchor, roles, widths)
                if decoded is None:
                    continue
                total = score + decoded.score
                if k + 1 == len(anchors):
                    total -= _SKIP_COST * 0.5 * _content_count(frags[e:])
                if e not in reached or total > reached[e][0]:
                    reached[e] = (total, path + ((s, e, decoded),))
        if not reached:
            raise _RowFailed(k)
        best = reached
    return list(max(best.values(), key=lambda v: v[0])[1])


class _RowFailed(Exception):
    """No layout explains the row of anchor number `args[0]`: that number is not a row's."""


def _segment_table(frags: list[_Fragment], start: int, anchors: list[int], roles: list[str],
                   widths: _Widths) -> tuple[list[int], list[tuple[int, int, _Decoded]]]:
    """`_segment_rows`, dropping row numbers that no layout can explain (a number inside a
    cell's text that happened to continue the sequence)."""
    anchors = list(anchors)
    for _ in range(_MAX_DROPPED + 1):
        if not anchors:
            break
        try:
            return anchors, _segment_rows(frags, start, anchors, roles, widths)
        except _RowFailed as failed:
            del anchors[failed.args[0]]
    return [], []  # not a table this reader understands


def _content_count(frags: list[_Fragment]) -> int:
    return sum(1 for f in frags if not f.empty)


def _decode_span(frags: list[_Fragment], s: int, e: int, anchor: int, roles: list[str],
                 widths: _Widths) -> _Decoded | None:
    """Decode frags[s:e] as one row; where it crosses a page break, also as two parts: the
    lines above the break, and the rest laid out anew on the next page."""
    best = None
    for variant in _cut_variants(frags, s, e):
        candidates = _layout_candidates(variant[s:e], anchor - s, roles, widths)
        for b in range(s + 1, e):
            if variant[b].page != variant[b - 1].page:
                candidates += _page_split_candidates(variant, s, b, e, anchor, roles, widths)
        decoded = _best(variant[s:e], candidates, widths)
        if decoded is not None and (best is None or decoded.score > best.score):
            best = decoded
            best.frags = variant[s:e]
    return best


def _cut_variants(frags: list[_Fragment], s: int, e: int, limit: int = 8):
    """The fragment list with each combination of cuts of the glued fragments in frags[s:e]."""
    split = [i for i in range(s, e - 1) if frags[i].alternatives]
    yield frags
    for choice in list(product(*(frags[i].alternatives for i in split)))[1:limit]:
        variant = list(frags)
        for i, (left, right) in zip(split, choice):
            variant[i] = replace(frags[i], text=left)
            variant[i + 1] = replace(frags[i + 1], text=right)
        yield variant


def _page_split_candidates(frags: list[_Fragment], s: int, b: int, e: int, anchor: int,
                           roles: list[str], widths: _Widths, keep: int = 5) -> list[_Candidate]:
    parts = []
    for p, q in ((s, b), (b, e)):
        own_anchor = anchor - p if p <= anchor < q else None
        options = _layout_candidates(frags[p:q], own_anchor, roles, widths, keep=keep, open_end=p == s)
        loose = _decode_streams(frags[p:q], own_anchor, roles, widths, open_end=p == s)
        if loose is not None:
            options.append(_Candidate(loose.score - _LOOSE_COST, loose.roles))
        parts.append(options)
    return [_Candidate(a.score + c.score, a.roles + c.roles, a.agency_swappable and c.agency_swappable)
            for a in parts[0] for c in parts[1]]


# --------------------------------------------------------------------------- rows off the model

_LOOSE_COST = 2.0  # evidence needed before giving up the reading-order model for a row


def _loosen(frags: list[_Fragment], anchor: int, roles: list[str], widths: _Widths,
            strict: _Decoded) -> _Decoded:
    """Cells of different columns sometimes have different line spacing, so their lines
    interleave off the model. Decode such a row again only from what each column's stream
    must look like: its own lines in order, ended by exactly one last line. Keep that reading
    when it is clearly better."""
    loose = _decode_streams(frags, anchor, roles, widths)
    if loose is None:
        return strict
    total = loose.score - _LOOSE_COST + _cell_score(frags, loose.roles, widths)
    return _Decoded(total, loose.roles, frags=frags) if total > strict.score else strict


def _decode_streams(frags: list[_Fragment], anchor: int | None, roles: list[str],
                    widths: _Widths, open_end: bool = False, beam: int = 60) -> _Candidate | None:
    """Best column per fragment such that no column gets a line after its last line, and the
    lines of an agency or deadline cell read on from each other (beam search over which
    columns have started and ended and which line each narrow cell ended on so far)."""
    table = [_fragment_scores(f, roles, widths) for f in frags]
    number = roles.index(NUMBER) if NUMBER in roles else -1
    lead = roles.index(LEAD) if LEAD in roles else None
    # state: (started, ended, last line per column) -> (search score, line-by-line score, path);
    # how lines read on guides the search but is left to the cell score, as for layouts.
    states: dict[tuple, tuple[float, float, tuple[int, ...]]] = {
        (frozenset(), frozenset(), (-1,) * len(roles)): (0.0, 0.0, ())}
    for i, frag in enumerate(frags):
        # Whether this line ends its cell; both when the text does not say.
        ends_options = (True,) if frag.empty or frag.wrapped is False else \
            (False,) if frag.wrapped else (False, True)
        nxt: dict[tuple, tuple[float, float, tuple[int, ...]]] = {}
        for (started, ended, lasts), (score, base, path) in states.items():
            choices = [number] if i == anchor else [c for c in range(len(roles)) if c != number]
            for col in choices:
                if col in ended:
                    continue
                gain = 0.0 if col == number else table[i][col]
                if frag.empty and col in started:
                    gain -= 3.0  # an empty cell has one (blank) line
                if roles[col] == COORDINATING and lead is not None and lead not in started:
                    gain -= 0.5  # the lead cell is usually the first agency cell to show
                reading = _reads_on(frags[lasts[col]].text, frag.text, roles[col]) \
                    if lasts[col] >= 0 and frag.text else 0.0
                moved = lasts[:col] + (i,) + lasts[col + 1:]
                for ends in ends_options:
                    key = (started | {col}, ended | {col} if ends else ended, moved)
                    if key not in nxt or score + gain + reading > nxt[key][0]:
                        nxt[key] = (score + gain + reading, base + gain, path + (col,))
        states = dict(sorted(nxt.items(), key=lambda kv: -kv[1][0])[:beam])
    if not states:
        return None
    # Unless a page break cuts the row, a cell whose last line never came costs.
    unended = {key: 0.0 if open_end else 2.0 * len(key[0] - key[1]) for key in states}
    key = max(states, key=lambda k: states[k][0] - unended[k])
    _, base, path = states[key]
    score = base - unended[key]
    return _Candidate(score, [roles[c] for c in path])


def _reads_on(previous: str, line: str, role: str) -> float:
    """Does `line` continue `previous` within one cell of this column?"""
    if role in (LEAD, COORDINATING):
        return 2.0 * (_agency_coverage(f"{previous} {line}") - 0.7)
    if role == DEADLINE:
        return 2.0 * (_deadline_fit(f"{previous} {line}") - 0.7)
    return 0.0


# --------------------------------------------------------------------------- widths, glued lines

def _initial_widths(frags: list[_Fragment]) -> _Widths:
    """Narrow-column and content-column widths from line lengths: narrow columns hold most
    lines, the content column the long ones, and few lengths fall in the valley between."""
    sizes = sorted(len(f.text) for f in frags if f.wrapped)
    if len(sizes) < 8:  # the text does not mark wrapped lines: all lines, less sharply
        sizes = sorted(len(f.text) for f in frags if f.text)
    if len(sizes) < 8:
        return _Widths()
    counts = Counter(sizes)
    above = {n: sum(counts[m] for m in range(n + 1, n + 7)) for n in range(8, 31)}
    lowest = min(above.values())
    valley = min(n for n, c in above.items() if c <= lowest + 2)  # its near edge
    upper = [n for n in sizes if n > valley + 6] or sizes[-1:]
    wide = float(upper[int(0.9 * (len(upper) - 1))])
    return _Widths(narrow=float(valley), wide=max(wide, valley * 2.0))


def _split_glued(frags: list[_Fragment], widths: _Widths) -> list[_Fragment]:
    """Split fragments that are two cells' lines glued together (the separating space was
    lost): too wide for any column, or a wrapped line too wide for a narrow column, made
    only of agency and deadline words, yet too short to be a wrapped line of the content
    column (those fill their width). Where to cut is left open: row decoding tries each
    plausible cut, this picks the one it starts from."""
    out = []
    for frag in frags:
        words = frag.text.split()
        cuts = _glued_cuts(frag, words, widths)
        if not cuts:
            out.append(frag)
            continue
        pairs = tuple((" ".join(words[:k]), " ".join(words[k:])) for k in cuts)
        left, right = pairs[0]
        out.append(_Fragment(left, wrapped=True, lineno=frag.lineno, page=frag.page, alternatives=pairs))
        out.append(_Fragment(right, wrapped=frag.wrapped, lineno=frag.lineno, page=frag.page))
    return out


def _glued_cuts(frag: _Fragment, words: list[str], widths: _Widths) -> list[int]:
    """Word indices where `frag` may be two lines glued, the likeliest first."""
    if len(frag.text) > widths.wide * 1.1:  # a content line and a narrow one
        def fits(left: str, right: str) -> bool:
            return _wide_then_narrow(left, right, widths) or _wide_then_narrow(right, left, widths)
        cuts = [k for k in range(1, len(words)) if fits(" ".join(words[:k]), " ".join(words[k:]))]
        return sorted(cuts, key=lambda k: -abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    vocab = all(w in _AGENCY_WORDS or w in _DEADLINE_WORDS or w.isdigit() for w in frag.words)
    if frag.wrapped and widths.narrow + 3 < len(frag.text) < 0.75 * widths.wide and vocab:
        cuts = [k for k in range(1, len(words))
                if max(len(" ".join(words[:k])), len(" ".join(words[k:]))) <= widths.narrow + 1]
        return sorted(cuts, key=lambda k: -k)  # a wrapped line fills its column
    # Short enough for one narrow line, but an agency line runs into a deadline's first word.
    return [k for k in range(1, len(words)) if _DEADLINE_HEAD.match(" ".join(words[k:]))
            and _agency_share(list(_words(" ".join(words[:k])))) >= 0.75]


def _wide_then_narrow(wide: str, narrow: str, widths: _Widths) -> bool:
    return len(wide) <= widths.wide + 2 and len(narrow) <= widths.narrow + 2 and _narrow_like(narrow)


_DEADLINE_HEAD = re.compile(r"^(?:Trong|Thường(?! trực)|Quý|Tháng|Hàng|Định kỳ|Năm)\b")


def _narrow_like(text: str) -> bool:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return max(_agency_share(words), _deadline_share(words)) >= 0.75


# --------------------------------------------------------------------------- lead or coordinating?

# Approximate advance widths (in em) of a serif font: wide capitals, narrow i/l/t and punctuation.
_NARROW_CHARS = set("iljtfrI.,;:'()/-")
_WIDE_CHARS = set("mwMW")


@lru_cache(maxsize=20_000)
def _visual_width(text: str) -> float:
    width = 0.0
    for ch in text:
        base = fold(ch) or ch
        if ch == " ":
            width += 0.25
        elif base in _NARROW_CHARS or ch in _NARROW_CHARS:
            width += 0.3
        elif base in _WIDE_CHARS or ch in _WIDE_CHARS:
            width += 0.8
        elif ch.isupper():
            width += 0.7
        else:
            width += 0.48
    return width


def _cell_measures(cell: list[_Fragment]) -> tuple[list[float], list[float]]:
    """Widths of a cell's lines, and of each wrapped line plus the word that went to the next."""
    lines = [f.text for f in cell if f.text]
    reaches = [_visual_width(f"{line} {nxt.split()[0]}") for line, nxt in zip(lines, lines[1:])]
    return [_visual_width(line) for line in lines], reaches


def _overflow(measures: tuple[list[float], list[float]], width: float) -> float:
    """How badly a cell's line breaks contradict a column of `width`: lines wider than the
    column, or a break before a word that would have fitted. Counted per break, so that a
    tie (the same text fitting in one column and wrapped in the other) still counts."""
    lines, reaches = measures
    cost = sum(1.0 + w - width for w in lines if w > width + 1e-6)
    return cost + sum(1.0 + width - r for r in reaches if r <= width + 1e-6)


def _orient_agency_cells(frags: list[_Fragment], rows: list[tuple[int, int, _Decoded]]) -> None:
    """Where the weave cannot tell the lead cell from the coordinating one, pick the
    orientation that fits one width per column across the whole table."""
    pairs = []  # (lead measures, coordinating measures, may swap)
    for s, e, decoded in rows:
        cells = _cells(decoded.frags or frags[s:e], decoded.roles)
        pairs.append((_cell_measures(cells.get(LEAD, [])), _cell_measures(cells.get(COORDINATING, [])),
                      decoded.agency_swappable))
    if not any(swap for _, _, swap in pairs):
        return
    widths = sorted({w for lead, coord, _ in pairs for w in lead[0] + coord[0]})
    costs = [([_overflow(lead, w) for w in widths], [_overflow(coord, w) for w in widths])
             for lead, coord, _ in pairs]
    best = None
    for i in range(len(widths)):
        for j in range(len(widths)):
            total = 0.0
            for (lead, coord), (_, _, swap) in zip(costs, pairs):
                kept = lead[i] + coord[j]
                total += min(kept, coord[i] + lead[j]) if swap else kept
            if best is None or total < best[0]:
                best = (total, i, j)
    _, i, j = best
    for (s, e, decoded), (lead, coord), (_, _, swap) in zip(rows, costs, pairs):
        if swap and coord[i] + lead[j] < lead[i] + coord[j]:
            decoded.roles = [{LEAD: COORDINATING, COORDINATING: LEAD}.get(r, r) for r in decoded.roles]


# --------------------------------------------------------------------------- entry point

def recover_flattened_rows(lines: list[str], first_lineno: int = 1) -> list[FlatRow]:
    """Rows of the flattened task table whose header is in `lines` (the document's lines from
    the table's start; `first_lineno` is the 1-based source line number of lines[0])."""
    frags = _cut_fragments(_table_lines(lines))
    header = _locate_header(frags)
    if header is None:
        return []
    header_frags = frags[header[0]:header[1] + 1]
    orders = _column_orders(header_frags, _header_roles(" ".join(f.text for f in header_frags)))
    start = header[1] + 1
    if not _anchors(frags, start):
        return []
    widths = _initial_widths(frags[start:])
    frags = frags[:start] + _split_glued(frags[start:], widths)
    anchors = _anchors(frags, start)
    roles = max(orders, key=lambda order: _trial_score(frags, start, anchors, order, widths)) \
        if len(orders) > 1 else orders[0]
    anchors, rows = _segment_table(frags, start, anchors, roles, widths)
    rows = [(s, e, _loosen(decoded.frags or frags[s:e], anchor - s, roles, widths, decoded))
            for (s, e, decoded), anchor in zip(rows, anchors)]
    _orient_agency_cells(frags, rows)
    return [_flat_row(frags, s, e, anchor, decoded, first_lineno)
            for (s, e, decoded), anchor in zip(rows, anchors)]


def _trial_score(frags: list[_Fragment], start: int, anchors: list[int], roles: list[str],
                 widths: _Widths, rows: int = 8) -> float:
    """How well the first rows decode with this column order (orders the header cannot tell
    apart are told apart by the rows)."""
    kept, decoded = _segment_table(frags, start, anchors[:rows], roles, widths)
    return sum(d.score for _, _, d in decoded) - 10.0 * (min(rows, len(anchors)) - len(kept))


def _flat_row(frags: list[_Fragment], s: int, e: int, anchor: int, decoded: _Decoded,
              first_lineno: int) -> FlatRow:
    cells = {role: _cell_text(lines)
             for role, lines in _cells(decoded.frags or frags[s:e], decoded.roles).items()}
    number = frags[anchor].text.strip().rstrip(".")
    kind = "heading" if (_number_value(number) or ("", 0))[0] == "roman" else "task"
    return FlatRow(number=number, kind=kind, title=cells.get(TITLE, ""), lead=cells.get(LEAD, ""),
                   coordinating=cells.get(COORDINATING, ""), deadline=cells.get(DEADLINE, ""),
                   notes=cells.get(NOTES, ""), outputs=cells.get(OUTPUTS, ""), budget=cells.get(BUDGET, ""),
                   lineno=frags[s].lineno + first_lineno - 1)


def recover_flattened_table(lines: list[str]) -> list[FlatRow]:
    """Find a flattened task table in a whole document's lines and recover its rows."""
    index = find_flattened_table(lines)
    if index is None:
        return []
    return recover_flattened_rows(lines[index:], first_lineno=index + 1)
