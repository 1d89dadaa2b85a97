"""Task tables that OCR without table support scattered over text lines (layout repair).

A scanned plan read by an OCR engine that knows neither the table nor Vietnamese comes out as
lines in which the cells of a row are spread out in two ways, often mixed on one page:

* *interleaved*: one text line per visual line of the page, the cells side by side, sometimes
  separated by "|" or a run of junk characters (the table rules), often by a single space;
  each cell is centred vertically in its row, and so is the row number;
* *paragraphs*: the engine found the columns and printed each cell as its own paragraph, in
  column order, one after the other; row numbers are then often lost.

Pages repeat the table header (garbled differently each time), page numbers and stray marks sit
between the rows, row numbers and Roman numerals are misread ("I" for "II", "V1" for "VI",
"o" for "2") or missing, and a row goes on after a page break. `ocr_table` rebuilds one `Table`
with a standard header from such lines:

1. the header, recognised by its words (folded, tolerant of OCR errors), starts the table and
   gives the column order; the table ends at the addressees, signature or next appendix;
2. lines are sorted into repeated headers, page numbers and furniture (dropped; a page number or
   header marks a page break), headings (letter groups, Roman areas) and content, in blocks;
3. in interleaved blocks, row numbers that fit the sequence anchor the task text: its lines are
   the first runs of the lines around the number, about as many above as below; every line is
   cut into runs (at "|", junk, inline list numbers, agency names glued to other cells' words)
   and the runs get columns left to right by what they read like (agency names, deadline
   wording, products, task text) and by which cell of the lines above they go on (syllable
   bigrams of the restoration model, list numbering, broken words);
4. paragraph blocks take the next column unless they read otherwise; after a page break, text
   that opens no sentence goes on with the unfinished cell it reads on from;
5. rows start at a row number or where the task text opens a new sentence after the row has other
   cells; cells that began above the new row's task text move to it; letters, Roman numerals and
   row numbers are then counted from the sequence under each heading.

Diacritics are restored before this step (`cchc.importer.restore`), so words are compared folded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Line, Table
from ..text import clean, fold, fold_words

NUMBER, TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE, BUDGET, NOTES = (
    "number", "title", "lead", "coordinating", "outputs", "deadline", "budget", "notes")
STANDARD_HEADER = {NUMBER: "TT", TITLE: "Nội dung thực hiện", LEAD: "Đơn vị chủ trì",
                   COORDINATING: "Đơn vị phối hợp", OUTPUTS: "Sản phẩm đầu ra",
                   DEADLINE: "Thời gian hoàn thành", BUDGET: "Kinh phí", NOTES: "Ghi chú"}

# --- header words ---------------------------------------------------------------------------------
# Folded patterns for each column's header, loose enough for OCR damage ("Đơn vị chỉ trì",
# "hợp/thực hiện" without its "phối").
_HEADER_PATTERNS: list[tuple[str, re.Pattern]] = [
    (COORDINATING, re.compile(r"phoi hop|\bhop\s*/\s*th|co quan phoi|don vi phoi|^don vi ph\w*$")),
    (LEAD, re.compile(r"chu tri|chi tri|chiu tri|chiu trach nhiem|co quan thuc hien|don vi thuc hien")),
    (OUTPUTS, re.compile(r"san p\w*m|dau ra|ket qua san pham")),
    (DEADLINE, re.compile(r"thoi gian|thoi han|tien do|hoan thanh")),
    (BUDGET, re.compile(r"kinh phi|du toan")),
    (NOTES, re.compile(r"ghi chu")),
    (TITLE, re.compile(r"noi dung|\bnhiem vu\b|cong viec|ten de an")),
    (NUMBER, re.compile(r"^(s?tt|so tt)\b|\bstt\b|^tt\b")),
]
_HEADER_SYLLABLES = set(
    "tt stt noi dung thuc hien don vi chu tri chi phoi hop san pham dau ra thoi gian hoan thanh co quan "
    "kinh phi ghi nhiem vu cong viec ket qua tien do han trach nhiem so thu tu phai".split())
_NUMBERING_ROW = re.compile(r"^\(?1\)?(\s+\(?\d\)?){2,}$")

# --- cell vocabulary ------------------------------------------------------------------------------
_AGENCY_START = re.compile(
    r"^(cac\s+)?(so\b|ubnd\b|uy ban\b|van phong\b|vp\b|co quan\b|don vi\b|dai\b|bao\b|cong an\b|"
    r"ban\b(?! hanh)|phong\b|trung tam\b|thanh tra\b|kho bac\b|cuc\b|chi cuc\b|bo chi huy\b|hoi\b|lien doan\b|"
    r"tinh doan\b|buu dien\b|\S{1,3},?\s+ban,?\s+ng)")
# Words and word pairs of agency names; generic words that task texts use as much ("cơ quan", "đơn vị",
# "hành chính") are left out.
_AGENCY_HEADS = {"so", "ubnd", "ubmttq", "vp", "vpubnd"}  # words that only agency names contain
_AGENCY_WORDS = set("so ban nganh tinh ubnd huyen xa phuong cap ptth".split())
_AGENCY_PAIRS = set(("noi vu", "tu phap", "tai chinh", "thong tin", "truyen thong", "khoa hoc", "cong nghe",
                     "van phong", "uy ban", "nhan dan", "lien quan", "giao duc", "dao tao", "y te", "cong an",
                     "kho bac", "ke hoach", "dau tu", "thi tran", "don vi"))
_DEADLINE_CUES = re.compile(
    r"thuong xuyen|hang nam|dinh ky|truoc ngay|theo quy dinh|theo lo trinh|theo ke hoach|nam truoc|lien ke|"
    r"nam thuc hien ke hoach|che do bao cao|ban hanh trong|\bquy (i|ii|iii|iv|1|2|3|4)\b|\bthang \d|"
    r"\d{1,2}/\d{1,2}(/\d{2,4})?\b|\bnam 20\d\d\b|\bnam ke hoach\b|hang quy|6 thang")
_DEADLINE_START = re.compile(
    r"^(\d{1,2}\s+)?(thuc hien thuong xuyen|thuong xuyen|hang nam|dinh ky|truoc ngay|theo quy dinh|theo lo trinh|"
    r"theo ke hoach|quy (i|ii|iii|iv|1|2|3|4)\b|thang \d|nam 20\d\d|ke hoach ban hanh trong|bao cao ket qua theo)")
_OUTPUT_START = re.compile(
    r"^(\d{1,2}\s+)?(bao cao|quyet dinh|ke hoach|van ban|danh muc|ho so|de an|giai phap|bang|muc|"
    r"chuong trinh|nghi quyet|thong bao|quy che|quy dinh|tai lieu|so lieu|phan mem)\b")
_ITEM_START = re.compile(r"^(\d{1,2}\s*[.)]|[-+•])\s*")
_TERMINAL = re.compile(r"[.;:)]\s*$")


@dataclass
class Piece:
    """A run of words on one source line that belongs to one column."""

    text: str
    lineno: int
    column: str = ""
    interleaved: bool = False  # cut from a line that holds several cells
    opens_row: bool | None = None  # True: first line of a task text placed by its row number; False: inside one
    numbered: int = 0  # on the first line of a task text placed around row number `numbered`


@dataclass
class Row:
    kind: str  # "letter", "heading" or "task"
    number: str = ""
    lineno: int = 0
    cells: dict[str, list[Piece]] = field(default_factory=dict)
    numbered: int = 0  # the row number its task text was placed around

    def add(self, piece: Piece) -> None:
        self.cells.setdefault(piece.column, []).append(piece)

    def text(self, column: str) -> str:
        return join_fragments([p.text for p in self.cells.get(column, [])])

    def has(self, column: str) -> bool:
        return bool(self.cells.get(column))


def ocr_table(lines: list[Line]) -> Table | None:
    """The task table scattered over OCR'd text lines, with a standard header; None if there is none."""
    start = find_header(lines)
    if start is None:
        return None
    body = lines[start:table_end(lines, start)]
    order = column_order(body)
    rows = assemble_rows(classify_lines(body), order)
    for row in rows:
        fill_holes(row, order)
        shift_early_fragments(row, order)
    rows = [r for r in rows if r.kind != "task" or r.text(TITLE)]
    if not any(r.kind == "task" for r in rows):
        return None
    number_rows(rows)
    columns = [NUMBER] + order
    table_rows = [[STANDARD_HEADER[c] for c in columns]]
    table_rows += [_render(row, columns) for row in rows]
    linenos = [lines[start].lineno] + [row.lineno for row in rows]
    return Table(rows=table_rows, lineno=linenos[0], row_linenos=linenos)


def _render(row: Row, columns: list[str]) -> list[str]:
    if row.kind != "task":
        return [row.number, row.text(TITLE)] + [""] * (len(columns) - 2)
    return [row.number] + [row.text(c) for c in columns[1:]]


def join_fragments(fragments: list[str]) -> str:
    """Fragments of one cell: wrapped lines joined by a space, list items kept on their own line."""
    out = ""
    for frag in (f.strip() for f in fragments):
        if not frag:
            continue
        if not out:
            out = frag
        elif _ITEM_START.match(frag):
            out += "\n" + frag
        elif out.endswith("-") and not out.endswith(" -"):
            out = out[:-1] + frag if frag[:1].islower() else out + frag
        else:
            out += " " + frag
    return out


# --- header ---------------------------------------------------------------------------------------

def header_roles(text: str) -> list[tuple[int, str]]:
    """(position, column) of each header phrase in a line, in the line's order."""
    folded = fold_words(text.replace("/", " / "))
    folded = folded.replace(" / ", "/")
    found = []
    for role, pattern in _HEADER_PATTERNS:
        m = pattern.search(folded)
        if m:
            found.append((m.start(), role))
    return sorted(found)


def is_header_line(text: str) -> bool:
    """A line made of table header words (repeated on every page), or the "1 2 3 4" row under it."""
    stripped = text.strip()
    if _NUMBERING_ROW.match(stripped):
        return True
    kept = " ".join(t for t in stripped.split() if not is_junk(t))
    if kept.count("(") != kept.count(")") or re.search(r"[;.,]$", kept):
        return False  # the end of a sentence or of a parenthesis is cell text
    words = fold_words(kept).split()
    if not words or not header_roles(stripped):
        return False
    known = sum(w in _HEADER_SYLLABLES for w in words)
    if known >= max(2, 0.7 * len(words)) or (len(words) <= 4 and known >= len(words) / 2):
        return True
    # a garbled copy of the whole header: several column names on one short line
    roles = len(header_roles(stripped))
    return len(words) <= 20 and roles >= 3 and known >= (0.5 if len(words) <= 12 else 0.6) * len(words)


def find_header(lines: list[Line]) -> int | None:
    """Index of the first line of a table header: three or more column names within a few header lines."""
    for i, line in enumerate(lines):
        if not is_header_line(line.text):
            continue
        window = [ln.text for ln in lines[i:i + 8] if ln.text.strip()][:6]
        roles = {r for text in window if is_header_line(text) for _, r in header_roles(text)}
        if len(roles) >= 3 and ({LEAD, COORDINATING} & roles) and ({TITLE, DEADLINE, OUTPUTS} & roles):
            return i
    return None


_TABLE_END = re.compile(r"^(noi nhan|tm|kt|phu luc)\b")


def table_end(lines: list[Line], start: int) -> int:
    """Where the table stops: the addressees, the signature block or the next appendix."""
    return next((i for i in range(start + 1, len(lines)) if _TABLE_END.match(fold_words(lines[i].text))),
                len(lines))


def column_order(lines: list[Line]) -> list[str]:
    """Columns left to right: from the header line naming the most, the others in standard order.

    Every page repeats the header, so all header lines of the table are read: OCR garbles each
    copy differently.
    """
    headers = [ln.text for ln in lines if is_header_line(ln.text)]
    best: list[str] = []
    seen: set[str] = set()
    for text in headers:
        roles = [r for _, r in header_roles(text) if r != NUMBER]
        seen.update(roles)
        if len(roles) > len(best):
            best = roles
    order = list(dict.fromkeys(best))
    for role in [TITLE, LEAD, COORDINATING, OUTPUTS, DEADLINE, BUDGET, NOTES]:
        if role in seen and role not in order:
            position = next((i for i, r in enumerate(order) if _DEFAULT_RANK.get(r, 9) > _DEFAULT_RANK[role]),
                            len(order))
            order.insert(position, role)
    if TITLE not in order:
        order.insert(0, TITLE)
    return order


_DEFAULT_RANK = {TITLE: 0, LEAD: 1, COORDINATING: 2, OUTPUTS: 3, DEADLINE: 4, BUDGET: 5, NOTES: 6}


# --- tokens ---------------------------------------------------------------------------------------

_CELL_WIDTH = 45  # a line wider than this holds more than one cell
_TITLE_WIDTH = 42
_ROW_NUMBER = re.compile(r"^(\d{1,2})(?:\s+(?=[^\d\s.,)%/])|$)")
_ALLOWED = re.compile(r"^[\w%/&.,;:()\-'\"+]+$")
_CODE = re.compile(r"^\(?\d+([/.\-]\d*)*[/\-]?[A-ZĐa-zđ\-/]*\)?[.,;:)]*$|^\(?\d+%[.,;:)]*$")
_REAL_SINGLE = {"ở", "ý", "y", "và", "à", "ơ"}


@lru_cache(maxsize=1)
def _syllables():
    from cchc.restoration import load_restorer

    return load_restorer().model


def is_junk(token: str) -> bool:
    """OCR noise: table rules, stray marks, letters mixed with digits ("S6", "1V"), unknown single letters."""
    if not _ALLOWED.match(token):
        return True
    if token in ("-", "+"):
        return False  # list bullets
    core = token.strip(".,;:()'\"")
    if not core:
        return True
    if any(c.isdigit() for c in core):
        return not _CODE.match(token)
    if core == "&":
        return True
    letters = core.replace("-", "").replace("/", "").replace("&", "")
    if not letters.isalpha():
        return True
    if len(letters) == 1:
        return letters.lower() not in _REAL_SINGLE
    if letters.isupper():
        return False
    return len(letters) <= 3 and _syllables().count(letters.lower()) == 0 and not _has_vowel(letters)


def _has_vowel(word: str) -> bool:
    return any(c in "aeiouy" for c in fold(word))


def segments(text: str) -> list[str]:
    """The runs of a line between "|" marks and junk, junk removed.

    In a line as wide as one cell, junk is a stray mark inside the cell and does not cut it.
    """
    wide = len(text) > _CELL_WIDTH
    runs: list[list[str]] = [[]]
    for token in text.replace("|", " | ").split():
        if token == "|" or is_junk(token):
            if runs[-1] and (token == "|" or wide):
                runs.append([])
            continue
        runs[-1].append(token)
    return [piece for r in runs if r and _meaningful(r) for piece in _cut_at_items(" ".join(r))]


_INLINE_ITEM = re.compile(r"(?<=\S)\s+(?=\d{1,2}[.)]\s+[A-ZÀ-Ỹ])")


def _cut_at_items(text: str) -> list[str]:
    """A numbered item starting in the middle of a run ("... hiện 2. Kế hoạch") starts another cell."""
    return [p for p in _INLINE_ITEM.split(text) if any(c.isalnum() for c in p)]


def split_row_number(parts: list[str]) -> tuple[str, list[str]]:
    """A row number printed at the start of a line ("3 | Kiểm tra ...") and the rest of the line."""
    if not parts:
        return "", parts
    m = _ROW_NUMBER.match(parts[0])
    if not m:
        return "", parts
    rest = parts[0][m.end():].strip()
    return m.group(1), ([rest] if rest else []) + parts[1:]


def _meaningful(tokens: list[str]) -> bool:
    return any(len(t.strip(".,;:()")) >= 2 or t.strip(".,;:()").isdigit() for t in tokens)


# --- line classes ---------------------------------------------------------------------------------

_MARKER = re.compile(r"^[\[|(\s]*(?:(?P<mark>[IVXLivxl1]{1,5}|[A-H])(?![^\W_]))?\s*[|.):\]\-]*\s*\[?(?=\S)")


@dataclass
class SourceLine:
    kind: str  # "blank", "header" (repeated table header), "break" (page furniture), "letter", "heading", "content"
    lineno: int
    text: str = ""
    mark: str = ""


def classify_lines(lines: list[Line]) -> list[SourceLine]:
    out = []
    for line in lines:
        text = repair_words(clean(line.text))
        if not text:
            out.append(SourceLine("blank", line.lineno))
        elif is_header_line(text) or _near_header_fragment(text, out):
            out.append(SourceLine("header", line.lineno))
        elif _PAGE_NUMBER.match(text):
            out.append(SourceLine("header", line.lineno))  # a page number: the page breaks here
        elif not any(_good_word(t) for t in text.split()):
            out.append(SourceLine("break", line.lineno))
        else:
            out.append(_heading_or_content(text, line.lineno))
    _mark_lines_before_headers(out, {ln.lineno: repair_words(clean(ln.text)) for ln in lines})
    return out


def _mark_lines_before_headers(out: list[SourceLine], texts: dict[int, str]) -> None:
    """Short header fragments and stray marks printed just above a repeated header are part of it."""
    for i, line in enumerate(out):
        if line.kind != "header" or _PAGE_NUMBER.match(texts[line.lineno]):
            continue
        k = i - 1
        while k >= 0 and i - k <= 4 and out[k].kind in ("blank", "content", "break"):
            if out[k].kind == "content":
                if not _header_fragment(texts[out[k].lineno]):
                    break
                out[k] = SourceLine("header", out[k].lineno)
            k -= 1


def _header_fragment(text: str) -> bool:
    """A short line of header words once junk is set aside, or of nothing longer than two letters."""
    kept = [t for t in text.split() if not is_junk(t)]
    words = fold_words(" ".join(kept)).split()
    if len(text) > 40 or text.count("(") != text.count(")") or re.search(r"[;.,]$", text):
        return False
    if all(len(w) <= 2 for w in words):
        return True
    longer = [w for w in words if len(w) > 1]
    return bool(header_roles(" ".join(kept))) and \
        sum(w in _HEADER_SYLLABLES for w in longer) >= max(2, 0.6 * len(longer))


_PAGE_NUMBER = re.compile(r"^[(\[\-\s]*\d{1,3}(\s*/\s*\d{1,3})?[\-\s]*$")  # "26", "(47/121", not "4)"


def _near_header_fragment(text: str, before: list[SourceLine]) -> bool:
    """A short garbled header cell ("ứng thực hiện") next to recognised header lines."""
    recent = [s for s in before[-4:] if s.kind != "blank"]
    if not recent or recent[-1].kind not in ("header", "break") or len(text) > 30:
        return False
    words = fold_words(text).split()
    return bool(words) and sum(w in _HEADER_SYLLABLES for w in words) >= max(1, 0.6 * len(words)) and \
        not _DEADLINE_CUES.search(fold_words(text))


def _good_word(token: str) -> bool:
    core = token.strip(".,;:()'\"")
    return len(core) >= 2 and core.isalpha() and not is_junk(token)


def _heading_or_content(text: str, lineno: int) -> SourceLine:
    m = _MARKER.match(text)
    mark = (m.group("mark") or "") if m else ""
    rest = text[m.end():] if m else text
    if _is_caps_heading(rest):
        title = rest.strip(" |[]")
        kind = "letter" if fold_words(title).startswith("nhom") or mark in tuple("ABDEFGH") else "heading"
        return SourceLine(kind, lineno, title, mark)
    return SourceLine("content", lineno, text)


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 2]
    if len(letters) < 8 or len(words) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.85 * len(letters)


# --- columns of segments --------------------------------------------------------------------------

_NOT_AGENCY_COST = 0.8


def column_scores(text: str) -> dict[str, float]:
    """How much a piece of text reads like each kind of cell."""
    folded = fold_words(text)
    words = folded.split()
    agency_start = bool(_AGENCY_START.match(folded))
    agency_share = _agency_share(text)
    agency = (2.0 if agency_start else 0.0) + (1.5 * agency_share if len(words) <= 12 else 0.0)
    if not agency_start and agency_share == 0:
        agency -= _NOT_AGENCY_COST  # agency cells hold agency names
    cues = min(2, len(_DEADLINE_CUES.findall(folded)))
    outputs = 2.0 if _OUTPUT_START.match(folded) else 0.0
    title = 1.0 if len(text) > 25 else 0.3
    if text[:1].isupper() and not agency_start and not outputs:
        title += 1.0
    if re.match(r"\d{1,2}\s*[.)]", text):
        title -= 2.0  # numbered items are products or deadlines
    title -= 1.0 * agency_start + 0.8 * cues
    if len(words) <= 5:
        title -= 1.5 * agency_share  # a short run of agency words is a piece of an agency cell
    return {TITLE: title, LEAD: agency, COORDINATING: agency, OUTPUTS: outputs + 0.3,
            DEADLINE: 2.0 * cues, BUDGET: 2.0 if re.fullmatch(r"[\d.,\s]+", text) else -2.0, NOTES: -1.0}


def _agency_share(text: str) -> float:
    """Share of the words that belong to agency names ("Sở", "UBND", "Tư pháp", "cấp huyện")."""
    words = fold_words(text).split()
    covered = [w in _AGENCY_WORDS for w in words]
    for i in range(len(words) - 1):
        if f"{words[i]} {words[i + 1]}" in _AGENCY_PAIRS:
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(words) if words else 0.0


_COLLECTIVE = re.compile(r"(?<![\w])[^\s|]{1,3},?\s+ban,?\s+(?=ng)", re.IGNORECASE)


def repair_words(text: str) -> str:
    """The collective "Sở, ban, ngành" whose first word OCR garbled ("S, ban, ngành", "30, ban, ngành")."""
    return _COLLECTIVE.sub(lambda m: m.group(0) if fold(m.group(0)).startswith("so") else "Sở, ban, ", text)


def continues(previous: str, text: str) -> float:
    """How strongly `text` reads as the next words after `previous` (syllable bigram evidence)."""
    item = re.match(r"(\d{1,2})\s*[.)]", text)
    if item and previous and int(item.group(1)) > 1:
        return 2.0 if re.search(rf"(^|\s){int(item.group(1)) - 1}\s*[.)]", previous) else 0.0
    if re.match(r"[-+]\s", text) and previous and re.match(r"[-+]\s", previous):
        return 1.5  # the next item of a dash list
    if previous.endswith("-") and not previous.endswith(" -"):
        return 2.0  # a word or a code broken at the end of the line ("34/2016/NĐ-" / "CP")
    if not previous or re.search(r"[.:)]\s*$", previous):
        return 0.0
    if re.search(r"[;,]\s*$", previous):
        return 0.8 if _agency_share(previous) > 0.5 and _agency_share(text) > 0.5 else 0.0
    last = previous.split()[-1].strip(".,;:()").lower() if previous.split() else ""
    first = text.split()[0].strip(".,;:()") if text.split() else ""
    if not last or not first or first[:1].isupper():
        return 0.0
    model = _syllables()
    ratio = model.p_bigram(last, first.lower()) / model.p_unigram(first.lower())
    return 1.5 if ratio > 20 else 0.8 if ratio > 3 else 0.0


_SAME_COLUMN_COST = 2.0  # two segments of one line in one column: a stray mark inside a cell
_SKIP_COST = 0.2  # a column left empty on a line


def assign_line(parts: list[str], order: list[str], previous: dict[str, str], title: str = "free") -> list[str]:
    """Columns of one line's segments, left to right, by content and continuation (monotone).

    `title` says what is known of the task-text column on this line: "yes" (its first segment is
    task text), "weak" (the line lies outside the task text placed by row numbers, it may still
    hold the text of a row whose number was lost), "loose" (the line after such a text), "no" or
    "free" (no row numbers: decide by content).
    """
    n, m = len(parts), len(order)
    scores = []
    for k, part in enumerate(parts):
        base = column_scores(part)
        row = []
        for j, col in enumerate(order):
            s = base.get(col, 0.0) + continues(previous.get(col, ""), part)
            if k == 0 and col == TITLE:
                s += {"yes": 10.0, "loose": 2.0, "weak": 0.0, "no": -10.0}.get(title, 1.5)
            if col == TITLE and k > 0:
                s -= 10.0 if title == "yes" else 2.0
            if col == COORDINATING and LEAD in order and not previous.get(LEAD) and k == 0:
                s -= 0.5
            row.append(s)
        scores.append(row)
    return [order[j] for j in _monotone_path(scores)]


def _monotone_path(scores: list[list[float]]) -> list[int]:
    """Column index per segment, never going left, maximising the summed scores (Viterbi).

    Skipping a column costs a little (an empty cell on that line); staying in the same column
    costs more (two runs of one cell on one line happen only around stray marks).
    """
    n, m = len(scores), len(scores[0])
    best = [[float("-inf")] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m):
        best[0][j] = scores[0][j] - _SKIP_COST * j
    for k in range(1, n):
        for j in range(m):
            for i in range(j + 1):
                step = _SAME_COLUMN_COST if i == j else _SKIP_COST * (j - i - 1)
                value = best[k - 1][i] + scores[k][j] - step
                if value > best[k][j]:
                    best[k][j], back[k][j] = value, i
    j = max(range(m), key=lambda c: best[n - 1][c])
    path = []
    for k in range(n - 1, -1, -1):
        path.append(j)
        j = back[k][j]
    return path[::-1]


_MISSING_CELL_COST = 0.7


def assign_block(text: str, order: list[str], previous: dict[str, str], last_column: str) -> str:
    """Column of a cell printed as its own paragraph: after the last one, unless it reads otherwise.

    A new row (task text after other cells) is less likely while the row still lacks the columns
    to the right of the last one, since rows of such tables fill every column.
    """
    scores = column_scores(text)
    best, best_score = TITLE, float("-inf")
    last = order.index(last_column) if last_column in order else -1
    missing = sum(1 for col in order[last + 1:] if col in (LEAD, COORDINATING, OUTPUTS, DEADLINE)
                  and not previous.get(col)) if last_column not in ("", TITLE) else 0
    goes_on = text[:1].islower() and last >= 0 and not _TERMINAL.search(previous.get(last_column, ".")) \
        and not _AGENCY_START.match(fold_words(text))
    for j, col in enumerate(order):
        s = scores.get(col, 0.0) + 1.5 * continues(previous.get(col, ""), text)
        if j == last + 1:
            s += 1.0
        elif j == last and goes_on:
            s += 1.5  # lower case after an unfinished paragraph: the same cell goes on
        elif j <= last and col != TITLE:
            s -= 1.5
        if col == TITLE:
            s -= _MISSING_CELL_COST * missing
        if s > best_score:
            best, best_score = col, s
    return best


# --- rows -----------------------------------------------------------------------------------------

def assemble_rows(source: list[SourceLine], order: list[str]) -> list[Row]:
    """Headings and task rows, in document order, from the classified lines of the table."""
    assembler = _RowAssembler(order)
    blocks = _blocks(source)
    for k, block in enumerate(blocks):
        kind = block[0].kind
        if kind == "header":
            assembler.after_break = True
        elif kind in ("letter", "heading"):
            assembler.heading(block[0])
        else:
            edges = (k > 0 and blocks[k - 1][0].kind in ("header", "content"),
                     k + 1 < len(blocks) and blocks[k + 1][0].kind in ("header", "content"))
            assembler.content(block, edges)
    return assembler.rows


class _RowAssembler:
    """Places the pieces of each block into rows, block after block."""

    def __init__(self, order: list[str]) -> None:
        self.order = order
        self.rows: list[Row] = []
        self.current: Row | None = None
        self.previous: dict[str, str] = {}  # text of each column in the current row
        self.last_column = ""
        self.numbering = Numbering()
        self.section_rows = 0  # task rows under the current heading
        self.after_break = False  # a page break since the last task-text piece

    def heading(self, line: SourceLine) -> None:
        self.rows.append(Row(line.kind, line.mark, line.lineno, {TITLE: [Piece(line.text, line.lineno, TITLE)]}))
        self.current, self.previous, self.last_column = None, {}, ""
        self.numbering, self.section_rows = Numbering(), 0

    def content(self, block: list[SourceLine], open_edges: tuple[bool, bool]) -> None:
        self.numbering.rows_seen(self.section_rows)
        context = BlockContext(self.previous, self.last_column, self.numbering, open_edges)
        if self.after_break:
            context.overflow = _overflowing_column(self.previous, block)
            title = self.previous.get(TITLE, "")
            context.title_goes_on = bool(title) and not re.search(r"[.)]$", title)
        pieces = _block_pieces(block, self.order, context)
        openers = {p.lineno for p in pieces if p.column != TITLE and _opens_cell(p.text)}
        for piece in pieces:
            if self._opens_row(piece, openers):
                self._new_row(piece)
            self.current.add(piece)
            self.current.numbered = self.current.numbered or piece.numbered
            self.previous[piece.column] = self.current.text(piece.column)
            self.last_column = piece.column

    def _opens_row(self, piece: Piece, openers: set[int]) -> bool:
        if self.current is None:
            self.after_break = self.after_break and piece.column != TITLE
            return True
        # right after a page break, task text with no cell opening beside it goes on
        continued = self.after_break and piece.interleaved and not ({piece.lineno, piece.lineno + 1} & openers)
        opens = piece.opens_row if piece.opens_row is not None else \
            not continued and _starts_row(piece, self.current, self.after_break)
        if piece.column == TITLE:
            self.after_break = False
        # one row per row number; a number beyond the rows found so far opens its own row
        return opens or bool(piece.numbered and (self.current.numbered or piece.numbered > self.section_rows))

    def _new_row(self, piece: Piece) -> None:
        self.section_rows += 1
        row = Row("task", lineno=piece.lineno)
        if self.current is not None and piece.interleaved:
            _take_started_cells(self.current, row, piece.lineno)
        self.current = row
        self.rows.append(row)
        self.previous = {c: row.text(c) for c in row.cells}


def _take_started_cells(before: Row, row: Row, lineno: int) -> None:
    """Cells of the new row that began on lines above its task text (cells are centred vertically).

    Below the last line of the previous row's task text, a piece that opens a cell (capital letter,
    first list item) in a column the previous row already filled belongs to the new row, with what
    follows it in that column.
    """
    title_end = max((p.lineno for p in before.cells.get(TITLE, [])), default=0)
    for column, pieces in list(before.cells.items()):
        if column == TITLE:
            continue
        for k, piece in enumerate(pieces):
            if title_end < piece.lineno < lineno and k > 0 and piece.interleaved and _opens_cell(piece.text):
                before.cells[column], moved = pieces[:k], pieces[k:]
                for p in moved:
                    row.add(p)
                break


def _opens_cell(text: str) -> bool:
    return bool(re.match(r"(1\s*[.)]|[-+]\s)", text)) or (text[:1].isupper() and not text.split()[0].isupper())


def _overflowing_column(previous: dict[str, str], block: list[SourceLine]) -> str | None:
    """After a page break, text that does not open a sentence goes on with an unfinished cell: the one
    it reads on from, else the longest (the longest cell of a row is the one that runs over the page).
    """
    first = next((seg for ln in block for seg in segments(ln.text)), "")
    if not first or _opens_sentence(first) or not first[:1].isalpha() or _AGENCY_START.match(fold_words(first)):
        return None
    open_cells = [(continues(text, first), len(text), col) for col, text in previous.items()
                  if text and not re.search(r"[.)]$", text)]
    return max(open_cells)[2] if open_cells else None


def _blocks(source: list[SourceLine]) -> list[list[SourceLine]]:
    """Runs of content lines between blank lines, page furniture and headings; headings alone."""
    blocks: list[list[SourceLine]] = []
    run: list[SourceLine] = []
    for line in source:
        if line.kind == "content":
            run.append(line)
            continue
        if run:
            blocks.append(run)
            run = []
        if line.kind in ("letter", "heading"):
            blocks.append([line])
        elif line.kind == "header":
            blocks.append([line])
    if run:
        blocks.append(run)
    return _join_double_spaced(blocks)


def _join_double_spaced(blocks: list[list[SourceLine]]) -> list[list[SourceLine]]:
    """Interleaved lines that OCR printed with a blank line after each one form one block again.

    Cells printed as paragraphs have several lines each; a run of three or more blocks of one or
    two lines, one of them wider than a cell, is a double-spaced stretch of interleaved lines.
    """
    out: list[list[SourceLine]] = []
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and len(blocks[end]) <= 2 and blocks[end][0].kind == "content" and \
                (end == k or blocks[end][0].lineno - blocks[end - 1][-1].lineno == 2):
            end += 1
        run = blocks[k:end]
        if len(run) >= 3 and sum(len(b) == 1 for b in run) >= 2 and any(_is_interleaved(b) for b in run):
            out.append([line for b in run for line in b])
            k = end
        else:
            out.append(blocks[k])
            k += 1
    return out


def _is_interleaved(block: list[SourceLine]) -> bool:
    return any(len(segments(ln.text)) > 1 or len(ln.text) > _CELL_WIDTH for ln in block)


@dataclass
class BlockContext:
    """What the rows before a block tell about it."""

    previous: dict[str, str]  # text of each column in the current row
    last_column: str  # column of the last piece
    numbering: "Numbering"
    open_edges: tuple[bool, bool] = (False, False)  # a row may go on above / below (page break, blank)
    overflow: str | None = None  # after a page break: the cell that runs over onto this page
    title_goes_on: bool = False  # after a page break: the task text was not finished


def _block_pieces(block: list[SourceLine], order: list[str], ctx: BlockContext) -> list[Piece]:
    if _is_interleaved(block):
        return _interleaved_pieces(block, order, ctx)
    return _paragraph_pieces(block, order, ctx)


def _paragraph_pieces(block: list[SourceLine], order: list[str], ctx: BlockContext) -> list[Piece]:
    """A cell printed as its own paragraph: one column for all its lines."""
    runs = [(ln.lineno, " ".join(segments(ln.text))) for ln in block]
    runs = [(lineno, text) for lineno, text in runs if text]
    if not runs:
        return []
    text = join_fragments([t for _, t in runs])
    column = ctx.overflow or assign_block(text, order, ctx.previous, ctx.last_column)
    return [Piece(t, lineno, column) for lineno, t in runs]


def _interleaved_pieces(block: list[SourceLine], order: list[str], ctx: BlockContext) -> list[Piece]:
    """Lines holding several cells side by side: task text placed around row numbers, the other
    segments given columns line by line."""
    cut = []
    for ln in block:
        number, parts = split_row_number(segments(ln.text))
        accepted = int(number) if ctx.numbering.accept(number, parts) else 0
        cut.append((ln, accepted, _split_title(parts)))
    ranges = title_ranges([(anchor, parts) for _, anchor, parts in cut], ctx.open_edges)
    width = _title_width([parts for i, (_, _, parts) in enumerate(cut) if i in ranges])
    pieces: list[Piece] = []
    context = dict(ctx.previous)
    # a task text outside the numbered ranges (cut by a page break, or its row number lost) goes on
    loose_title = ctx.title_goes_on
    spill = ctx.overflow  # leading one-run lines after a page break go on with the overflowing cell
    for i, (ln, _, parts) in enumerate(cut):
        if not parts:
            continue
        if spill and i not in ranges and len(parts) == 1 and not _opens_sentence(parts[0]):
            pieces.append(Piece(parts[0], ln.lineno, spill, interleaved=True))
            context[spill] = f"{context.get(spill, '')} {parts[0]}".strip()
            continue
        spill = None
        mode = _title_mode(i, parts, ranges, loose_title)
        if mode == "yes":
            parts = _join_title_segments(ln.text, parts, width)
        parts = [piece for part in parts for piece in split_agency_run(part, context)]
        parts = [piece for part in parts for piece in split_agency_tail(part, context)]
        parts = [piece for part in parts for piece in split_cell_tail(part, context)]
        number = next((n for _, n, _ in cut[i:] if n), 0) if ranges.get(i) == "top" else 0
        line_pieces = _line_pieces(ln.lineno, parts, assign_line(parts, order, context, mode), ranges.get(i), number)
        if ranges and line_pieces:
            loose_title = i not in ranges and line_pieces[0].column == TITLE
        for piece in line_pieces:
            context[piece.column] = f"{context.get(piece.column, '')} {piece.text}".strip()
        pieces += line_pieces
    return pieces


def _title_mode(i: int, parts: list[str], ranges: dict[int, str], loose_title: bool) -> str:
    """What is known of the task-text column on line `i` (see `assign_line`)."""
    if not ranges:
        return "free"
    if i in ranges:
        return "yes"
    return "loose" if loose_title else "weak" if _opens_task(parts) else "no"


def _line_pieces(lineno: int, parts: list[str], columns: list[str], place: str | None, number: int) -> list[Piece]:
    """The pieces of one line; `place` is "top" or "inside" on lines of task text set by a row number."""
    pieces = []
    for k, (part, column) in enumerate(zip(parts, columns)):
        opens = numbered = None
        if place and column == TITLE:
            opens = place == "top" and (k > 0 or _opens_sentence(part))
            numbered = number if place == "top" else 0
        pieces.append(Piece(part, lineno, column, interleaved=True, opens_row=opens, numbered=numbered or 0))
    return pieces


_CENTRING_SLACK = 1
_AGENCY_CELL_WIDTH = 15  # agency columns are narrow: longer runs of agency words are task text
_DEFAULT_TITLE_WIDTH = 35


def _title_width(lines: list[list[str]]) -> int:
    """Width of the task-text column in characters: what its fragments reach on most lines."""
    lengths = sorted(len(parts[0]) for parts in lines if parts)
    if len(lengths) < 3:
        return _DEFAULT_TITLE_WIDTH
    return lengths[len(lengths) * 3 // 4]


def _join_title_segments(text: str, parts: list[str], width: int) -> list[str]:
    """Segments that junk cut out of the task text: they lie within the column's width on the line."""
    position, keep = 0, 1
    for k, part in enumerate(parts):
        start = text.find(part, position)
        if start < 0:
            break
        position = start + len(part)
        if k == 0:
            continue
        if position > width + 3 or not _task_text([part]) or _AGENCY_START.match(fold_words(part)):
            break
        keep = k + 1
    return [" ".join(parts[:keep])] + parts[keep:]


_TAIL_MIN_RUN = 8  # characters of another cell's text before a glued agency word ("tương đương huyện")


def split_agency_tail(part: str, context: dict[str, str]) -> list[str]:
    """The last word of an agency cell glued inside another cell's run: "... cạnh tranh huyện xét
    thăng hạng" where "huyện" ends "UBND cấp" of the line above.

    A word that follows an unfinished agency cell far better than it follows its neighbour in the
    run is cut out (on its own, with what follows it as another segment).
    """
    cells = [context[c] for c in (LEAD, COORDINATING) if context.get(c) and not re.search(r"[.;,)]$", context[c])]
    words = part.split()
    if not cells or len(words) < 3 or _agency_share(part) > 0.5:
        return [part]
    for k in range(2, len(words)):
        word = words[k].strip(".,;:")
        if word[:1].isupper() or len(" ".join(words[:k])) < _TAIL_MIN_RUN:
            continue
        if any(continues(cell, word) >= 1.5 for cell in cells) and continues(" ".join(words[:k]), word) == 0:
            rest = " ".join(words[k + 1:])
            return [" ".join(words[:k]), words[k]] + ([rest] if rest else [])
    return [part]


def split_cell_tail(part: str, context: dict[str, str]) -> list[str]:
    """The last word of another cell glued to the end of an agency run: "Cơ quan, đơn vị liên quan
    hiện" where "hiện" ends "Báo cáo kết quả thực" of the line above (the mirror of
    `split_agency_tail`).

    Cut off when it follows an unfinished cell of a column right of the agency columns far better
    than it follows the agency words.
    """
    words = part.split()
    if len(words) < 3:
        return [part]
    head, last = " ".join(words[:-1]), words[-1].strip(".,;:")
    if not last or last[:1].isupper() or _agency_share(head) < 0.5:
        return [part]
    cells = [text for column, text in context.items()
             if column not in (TITLE, LEAD, COORDINATING) and text and not _TERMINAL.search(text)]
    if any(continues(cell, last) >= 1.5 for cell in cells) and continues(head, last) == 0:
        return [head, words[-1]]
    return [part]


@lru_cache(maxsize=1)
def _registry():
    from ..fields.agency_registry import AgencyRegistry

    return AgencyRegistry.default()


def split_agency_run(part: str, context: dict[str, str]) -> list[str]:
    """An agency name glued to the next column's words: "Sở Nội vụ tỉnh; UBND cấp" where "tỉnh; UBND
    cấp" goes on with "Sở, ban, ngành" that the next column printed on the line above.

    Cut after the shortest leading run that names a known agency when the rest reads as the next
    words of an agency cell of the lines above, or when another agency name follows it with no
    list mark between ("Sở, ban, ngành Sở Nội vụ phối": two cells side by side).
    """
    words = part.split()
    if len(words) < 3 or not _AGENCY_START.match(fold_words(part)):
        return [part]
    open_cells = [context[c] for c in (LEAD, COORDINATING) if context.get(c)]
    for n in range(2, len(words)):
        rest = " ".join(words[n:])
        head = " ".join(words[:n])
        beside = rest[:1].isupper() and not head.endswith((",", ";")) and _AGENCY_START.match(fold_words(rest))
        goes_on = rest[:1].islower() and any(continues(cell, rest) > 0 for cell in open_cells)
        if not (beside or goes_on):
            continue
        found = _registry().match(head.rstrip(",;"))
        if found and found.score >= 95:
            return [head.rstrip(",;"), rest]
    return [part]


class Numbering:
    """Row numbers read in one section, accepted only where they fit the sequence (OCR invents digits).

    A number must follow the last one accepted; it may run ahead of it by the rows found without
    a number since (their numbers were lost), plus a few.
    """

    def __init__(self) -> None:
        self.last = 0
        self.rows = 0

    def rows_seen(self, count: int) -> None:
        self.rows = count

    def accept(self, number: str, parts: list[str]) -> bool:
        if not number or not self.last < int(number) <= max(self.last, self.rows) + 3:
            return False
        if parts and _deadline_like(parts[0]):
            return False  # a digit misread inside a deadline line ("4 báo cáo CCHC định kỳ")
        self.last = int(number)
        return True


def title_ranges(lines: list[tuple[int, list[str]]],
                 open_edges: tuple[bool, bool] = (False, False)) -> dict[int, str]:
    """Lines whose first segment is task text, around each row number ("top" for the first of each).

    Cells are centred vertically in their row and so is the row number: the task text spans about
    as many lines above the number as below it. It grows from the number's line up and down over
    first segments that read as task text, up to a line opening a sentence. A page break or a
    blank line cuts a row anywhere, so a row at the edge of a block is not held centred.
    """
    ranges: dict[int, str] = {}
    anchors = [i for i, (anchor, _) in enumerate(lines) if anchor]
    for n, a in enumerate(anchors):
        low = anchors[n - 1] + 1 if n else 0
        high = anchors[n + 1] - 1 if n + 1 < len(anchors) else len(lines) - 1
        up = 0
        while a - up - 1 >= low and a - up - 1 not in ranges and _task_text(lines[a - up - 1][1]):
            up += 1
            if _opens_sentence(lines[a - up][1][0]):
                break
        down = 0
        while a + down + 1 <= high and _task_text(lines[a + down + 1][1]) and \
                not _opens_sentence(lines[a + down + 1][1][0]):
            down += 1
        # centring: below as many lines as above, even of agency words when the run is wider than an
        # agency cell's line
        while down < up and a + down + 1 <= high and _may_be_task_text(lines[a + down + 1][1]) and \
                len(lines[a + down + 1][1][0]) >= _AGENCY_CELL_WIDTH:
            down += 1
        cut = (a - up <= 1 and open_edges[0]) or (a + down >= len(lines) - 2 and open_edges[1])
        if not cut:  # a row not cut by the block's edges: keep its task text centred
            up, down = min(up, down + _CENTRING_SLACK), min(down, up + _CENTRING_SLACK)
        for i in range(a - up, a + down + 1):
            ranges[i] = "inside"
        ranges[a - up] = "top"
    return ranges


def _opens_sentence(text: str) -> bool:
    """Text that starts a sentence: a capitalised common word, not an acronym, a name or OCR debris."""
    words = text.split()
    first = words[0].strip(".,;:()") if words else ""
    if not first[:1].isupper() or (first.isupper() and len(first) > 1) or first.lower() in _NAME_WORDS:
        return False
    if words[0].endswith(".") and len(words) > 1 and words[1][:1].islower():
        return False  # "Nào. môn cấp huyện": a misread word, not a one-word sentence
    return _syllables().count(first.lower()) >= _COMMON_WORD


def _opens_task(parts: list[str]) -> bool:
    """A first segment that can open a task text: a sentence that is not an agency list or a deadline."""
    return _opens_sentence(parts[0]) and _task_text(parts) and _agency_share(parts[0]) < 0.5


def _deadline_like(text: str) -> bool:
    folded = fold_words(text)
    return bool(_DEADLINE_START.match(folded)) or len(_DEADLINE_CUES.findall(folded)) >= 2


def _may_be_task_text(parts: list[str]) -> bool:
    """A first segment that is not plainly another cell (list item, deadline, product, agency list)."""
    if not parts or _opens_sentence(parts[0]):
        return False
    folded = fold_words(parts[0])
    return not (re.match(r"\d{1,2}\s*[.)]|[-+]\s", parts[0]) or _deadline_like(parts[0]) or
                _OUTPUT_START.match(folded) or _AGENCY_START.match(folded) or _names_agency(parts[0]))


def _names_agency(text: str) -> bool:
    """A short run that names an agency inside it ("huyện; UBND cấp", "(in, UBND ấp")."""
    words = fold_words(text).split()
    return len(words) <= 4 and any(w in _AGENCY_HEADS for w in words)


def _task_text(parts: list[str]) -> bool:
    """A first segment that can be task text: not a list item, agency list or deadline."""
    if not parts:
        return False
    first = parts[0]
    folded = fold_words(first)
    short_agency = bool(_AGENCY_START.match(folded)) and len(folded.split()) <= 4 or _names_agency(first)
    return not (re.match(r"\d{1,2}\s*[.)]|[-+]\s", first) or _agency_share(first) >= 0.6 or short_agency or
                _deadline_like(first) or _OUTPUT_START.match(folded))


def _split_title(parts: list[str]) -> list[str]:
    """A first segment too wide for the task-text column is cut before the next column's first words."""
    if not parts or len(parts[0]) <= _TITLE_WIDTH:
        return parts
    words = parts[0].split()
    best, best_score = None, 0.0
    for k in range(2, len(words)):
        head = " ".join(words[:k])
        if len(head) < 12 or len(head) > _TITLE_WIDTH + 4:
            continue
        tail = " ".join(words[k:])
        scores = column_scores(tail)
        cue = max(scores[LEAD], scores[DEADLINE], scores[OUTPUTS] - 0.3)
        if _AGENCY_START.match(fold_words(tail)) or _OUTPUT_START.match(fold_words(tail)) or \
                _ITEM_START.match(tail):
            cue += 1.0
        if cue > best_score:
            best, best_score = k, cue
    if best is None or best_score < 2.0:
        return parts
    return [" ".join(words[:best]), " ".join(words[best:])] + parts[1:]


_COMMON_WORD = 20  # corpus count of a syllable that can open a task text ("Ne", "Vơ" are OCR debris)
_NAME_WORDS = {"bộ", "chính", "nhà", "ủy", "uỷ", "sở", "quốc", "thủ", "trung", "văn", "ban", "hội", "luật",
               "nghị", "quyết", "cổng", "trang", "đề", "kế", "chương"}


def _starts_row(piece: Piece, row: Row, after_break: bool = False) -> bool:
    """A task-text piece opening a new sentence after the row already has its text and other cells.

    Right after a page break, a task text left inside an open parenthesis goes on (OCR often
    misreads the first letters of the new page as a capital).
    """
    if piece.column != TITLE or not row.has(TITLE):
        return False
    if not _opens_sentence(piece.text):
        return False  # names, titles of documents and OCR debris go on inside a sentence
    if _agency_share(piece.text) > 0.6 and len(piece.text) < 25:
        return False  # an agency list, not the opening of a task
    title = row.text(TITLE)
    if after_break and title.count("(") > title.count(")"):
        return False
    before = row.cells[TITLE][-1].text
    others = any(row.has(c) for c in row.cells if c != TITLE)
    return others or bool(_TERMINAL.search(before))


def fill_holes(row: Row, order: list[str]) -> None:
    """Move a fragment to the neighbouring column whose cell has a gap on exactly that line.

    A cell's lines are consecutive; when a column has text on the lines above and below a line but
    not on it, while the neighbouring column's fragment on that line is at the edge of its own cell,
    that fragment belongs to the gap.
    """
    columns = [c for c in order if c != TITLE]
    for left, right in zip(columns, columns[1:]):
        for source, target in ((left, right), (right, left)):
            pieces = row.cells.get(source, [])
            lines = {p.lineno for p in row.cells.get(target, [])}
            for k, piece in enumerate(pieces):
                line = piece.lineno
                edge = k == 0 or k == len(pieces) - 1
                if piece.interleaved and edge and len(pieces) > 1 and line not in lines and \
                        line - 1 in lines and line + 1 in lines:
                    row.cells[source] = pieces[:k] + pieces[k + 1:]
                    moved = Piece(piece.text, line, target, True)
                    row.cells[target] = sorted(row.cells.get(target, []) + [moved], key=lambda p: p.lineno)
                    break


def shift_early_fragments(row: Row, order: list[str]) -> None:
    """Give back to the next column the lines a column took above its own cell.

    On a line where only one of two neighbouring columns has text, the text can land in the
    wrong one: "Sở, ban, ngành" (coordinating, three lines, starts higher) read as the lead
    because the one-line lead "Sở Nội vụ" starts a line lower. When a column opens a cell
    below its first fragment and the rest of that line (in this column or the next one) goes on
    with the fragments above, those fragments belong to the next column.
    """
    columns = [c for c in order if c != TITLE]
    for left, right in zip(columns, columns[1:]):
        pieces, nxt = row.cells.get(left, []), row.cells.get(right, [])
        if len(pieces) < 2 or not all(p.interleaved for p in pieces + nxt):
            continue
        opener = next((k for k, p in enumerate(pieces) if k and p.lineno > pieces[0].lineno and
                       _opens_cell(p.text)), None)
        if opener is None:
            continue
        early = pieces[:opener]
        early_text = join_fragments([p.text for p in early])
        # the early cell's next line, printed after the opener on its line
        tail = [p for p in pieces[opener + 1:] if p.lineno == pieces[opener].lineno and
                p.text[:1].islower() and continues(early_text, p.text) > 0][:1]
        if tail:
            moved = early + tail
        elif nxt and nxt[0].lineno >= pieces[opener].lineno and nxt[0].text[:1].islower():
            moved = early
        else:
            continue
        row.cells[left] = [p for p in pieces if p not in moved]
        shifted = [Piece(p.text, p.lineno, right, True) for p in moved]
        row.cells[right] = sorted(shifted + nxt, key=lambda p: p.lineno)


# --- numbering ------------------------------------------------------------------------------------

_LETTERS = "ABCDEFGHK"
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
           "XVI", "XVII", "XVIII", "XIX", "XX"]


def number_rows(rows: list[Row]) -> None:
    """Numbers from the sequence: letters A, B, ...; Roman numerals restart under each letter; tasks 1, 2, ..."""
    _demote_misread_letters(rows)
    letter, roman, task = 0, 0, 0
    for row in rows:
        if row.kind == "letter":
            letter, roman, task = _next_letter(letter, row.number), 0, 0
            row.number = _LETTERS[letter - 1] if letter <= len(_LETTERS) else str(letter)
        elif row.kind == "heading":
            roman, task = _next_roman(roman, row.number), 0
            row.number = _ROMANS[roman - 1] if roman <= len(_ROMANS) else str(roman)
        else:
            task += 1
            row.number = str(task)


def _demote_misread_letters(rows: list[Row]) -> None:
    """A "letter" heading with tasks right under it, inside a group divided into Roman areas, is a Roman
    heading whose numeral OCR misread ("A | CẢI CÁCH TTHC" for "III")."""
    romans_in_group = False
    for row, after in zip(rows, rows[1:] + [Row("end")]):
        if row.kind == "heading":
            romans_in_group = True
        elif row.kind == "letter":
            if romans_in_group and after.kind == "task" and not fold_words(row.text(TITLE)).startswith("nhom"):
                row.kind, row.number = "heading", ""
            else:
                romans_in_group = False


def _next_letter(last: int, mark: str) -> int:
    read = _LETTERS.find(mark) + 1 if len(mark) == 1 else 0
    return read if last < read <= last + 2 else last + 1


def _next_roman(last: int, mark: str) -> int:
    read = _ROMANS.index(mark) + 1 if mark in _ROMANS else 0
    return read if last + 1 < read <= last + 2 and len(mark) > 1 else last + 1
