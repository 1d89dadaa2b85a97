"""PDF reader (pdfplumber): ruled tables as `Table` blocks, the rest as lines in reading order.

Words on one line separated by a wide gap get a TAB between them, so that unruled tables still
show their columns to the structure parser; each line also comes with its words at their places
across the page (`Line.spaced`, `word_places`), where the columns of an unruled table line up. Bare
page numbers are dropped. A PDF without any text layer is a scan and goes to OCR; so does a scan with
the text layer of a scanner's OCR under its pictures, and a page that is only a picture among typed
ones, alone (`pdf_scanned_pages`).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from tqdm import tqdm

from ..document import Block, Document, Line, Notice, Table
from ..errors import ImportFailed, UnreadableDocument
from .image import ocr_or_fail
from ..page_numbers import page_number
from .pdf_bands import Band, find_band, join_band
from .pdf_scanned_pages import with_scanned_pages
from .pdf_tables import BULLET_START, WORD_GAP, PageTable, closing_rules, is_real_table, read_table
from .superscript import raised_text
from . import word_places
from .word_places import Placed, spaced_text

_COLUMN_GAP_CHARS = 3.0  # a gap wider than this many average character widths separates columns
_MIN_COLUMN_GAP = 12.0  # points
_EDGE = 0.12  # top and bottom share of the page where page numbers live
_LABEL = re.compile(r"^([IVXLC]{1,6}|\d{1,2}(\.\d{1,2})*|[a-zđ])[.)]$", re.I)
_UNDECODABLE_SHARE = 0.1  # Vietnamese loses about this share of letters when its marked letters fail
_UNDECODABLE_TEXT = ("Lớp văn bản của tệp PDF dùng phông chữ không giải mã được nên cần nhận dạng ký tự (OCR), "
                     "nhưng chức năng OCR chưa sẵn sàng.")
_NO_TEXT_LAYER = ("Tệp PDF không có lớp văn bản (bản quét) nên cần nhận dạng ký tự (OCR), "
                  "nhưng chức năng OCR chưa sẵn sàng.")
_SCANNED_WITH_TEXT = ("Tệp PDF là bản quét kèm lớp chữ do phần mềm quét nhận dạng sẵn, cần nhận dạng lại từ ảnh trang, "
                      "nhưng chức năng OCR chưa sẵn sàng.")
# what the reviewer is told when OCR read the file for such a reason
_READ_BY_OCR = {_SCANNED_WITH_TEXT: "Tệp PDF là bản quét kèm lớp chữ do phần mềm quét nhận dạng sẵn; nội dung đã được "
                                    "nhận dạng lại từ ảnh các trang, cần kiểm tra lại."}
_SLANT = 0.1   # sine of the smallest angle off the page's axes that makes a letter slanted
_RAISED_SIZE = 0.8  # a superscript glyph's size, at most, against the letter before it
_RAISE = 0.2        # its foot's rise above that letter's, at least, in that letter's sizes
_SCAN_COVER = 0.85  # share of a page one picture covers on a scanned page


def read_pdf(path: Path, progress: bool = False) -> Document:
    try:
        doc = _read_text_layer(path, progress)
    except ImportFailed:
        raise
    except Exception as error:  # pdfminer raises many types for damaged or encrypted files
        raise _pdf_error(error) from None
    if isinstance(doc, str):
        scanned = ocr_or_fail(path, progress, doc)
        if doc in _READ_BY_OCR:
            scanned.notices.insert(0, Notice(_READ_BY_OCR[doc]))
        return scanned
    typed, scanned_pages = doc
    return with_scanned_pages(typed, path, scanned_pages, progress)


def _read_text_layer(path: Path, progress: bool) -> tuple[Document, list[int]] | str:
    """The document from the PDF's text layer with the numbers of its pages that are pictures only, or why
    the whole file needs OCR instead."""
    with pdfplumber.open(path) as pdf:
        chars = [char["text"] for page in pdf.pages for char in page.chars]
        if not chars:
            return _NO_TEXT_LAYER
        if sum(text.startswith("(cid:") for text in chars) > _UNDECODABLE_SHARE * len(chars):
            return _UNDECODABLE_TEXT  # glyphs without a Unicode mapping: only their pictures are readable
        if all(_scanned(page) for page in pdf.pages):
            return _SCANNED_WITH_TEXT
        walker = PdfWalker()
        return walker.document(pdf, progress), walker.scanned_pages


def _scanned(page) -> bool:
    """A page that is one picture, without a drawn rule: a scan, whose text (if any) an OCR program laid
    under the picture ("searchable PDF"). That text has lost the table's rulings, which only the picture
    shows, and often the Vietnamese marks: the picture is read again instead."""
    area = page.width * page.height
    covered = max((_clipped_area(image, page) for image in page.images), default=0.0)
    return covered >= _SCAN_COVER * area and not page.lines and not page.rects


def _clipped_area(image: dict, page) -> float:
    width = min(image["x1"], page.width) - max(image["x0"], 0)
    height = min(image["bottom"], page.height) - max(image["top"], 0)
    return max(width, 0) * max(height, 0)


def _pdf_error(error: Exception) -> UnreadableDocument:
    names = " ".join(type(e).__name__ for e in _causes(error)).lower()
    if "password" in names or "encrypt" in names:
        return UnreadableDocument("Tệp PDF được mã hóa hoặc đặt mật khẩu; hãy gỡ mật khẩu rồi nhập lại.")
    return UnreadableDocument("Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.")


def _causes(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


@dataclass
class _Placed:
    top: float
    item: Line | PageTable


class PdfWalker:
    def __init__(self) -> None:
        self.notices: list[Notice] = []
        self.items: list[Line | PageTable] = []
        self.edge_lines: set[str] = set()   # the first and last lines of the pages read so far
        self.running: set[str] = set()      # ... and those of them that came again: a running header or footer
        self.banded = False                 # whether a table was printed in column bands
        # lines beside a table or on a page of its column bands (a merged cell's text running out of it),
        # which do not end the table
        self.aside: set[int] = set()
        self.scanned_pages: list[int] = []   # pages that are a picture without text, for OCR

    def document(self, pdf, progress: bool) -> Document:
        pages = tqdm(pdf.pages, desc="Đọc PDF", unit="trang", disable=not progress)
        for number, page in enumerate(pages, start=1):
            placed = self._page_items(page, number)
            if not placed and page.images:
                self.scanned_pages.append(number)
            self._note_running_lines([p.item for p in placed])
            for item in placed:
                self._append(item.item)
        return Document(blocks=_numbered_blocks(self.items), notices=self.notices)

    def _note_running_lines(self, items: list[Line | PageTable]) -> None:
        lines = [_running_key(item.text) for item in items if isinstance(item, Line)]
        for key in {lines[0], lines[-1]} if lines else ():
            if key in self.edge_lines:
                self.running.add(key)
            self.edge_lines.add(key)

    def _page_items(self, page, number: int) -> list[_Placed]:
        page = _snap_rulings(_upright(page)).dedupe_chars()  # some producers fake bold by printing glyphs twice
        page = _read_superscripts(page.filter(_not_slanted))
        settings = {"explicit_horizontal_lines": closing_rules(page.edges)}
        found = [(t, read_table(t, number)) for t in page.find_tables(settings)]
        band, others = find_band([table for _, table in found], self._tables()) if found else (None, [])
        alone = {id(table) for table in others}
        tables = [(t, table) for t, table in found if id(table) in alone
                  and (is_real_table(t) or self._continues_last_table(t, number))]
        boxes = [t.bbox for t, table in found if id(table) not in alone] + [t.bbox for t, _ in tables]
        lines = _without_page_numbers(_text_lines(page, boxes), page.height)
        if band is not None:
            lines = self._join_band(band, lines)
        placed = [_Placed(t.bbox[1], table) for t, table in tables] + \
            self._placed_lines(lines, boxes, band is not None, number)
        placed.sort(key=lambda p: p.top)
        return placed

    def _placed_lines(self, lines: list[tuple], boxes: list, banded: bool, number: int) -> list[_Placed]:
        """The page's lines; those beside a table or on a page of column bands are noted as aside."""
        placed = []
        for top, text, spaced in lines:
            line = Line(text, 0, page=number, spaced=spaced)
            if banded or any(box[1] <= top <= box[3] for box in boxes):
                self.aside.add(id(line))
            placed.append(_Placed(top, line))
        return placed

    def _join_band(self, band: Band, lines: list[tuple]) -> list[tuple]:
        """Join a column band to its table (telling the reviewer once a document); the lines it leaves but
        those that repeat a line read before (a sheet's title printed over every band)."""
        used = join_band(band, [line[:2] for line in lines])
        if not self.banded:
            self.banded = True
            self.notices.append(Notice(
                f"Bảng ở trang {band.target.page} rộng hơn khổ giấy nên được in thành nhiều dải cột ở các trang "
                "sau; các dải đã được ghép lại theo hàng, cần kiểm tra lại."))
        read = {item.text for item in self.items if isinstance(item, Line)}
        return [line for i, line in enumerate(lines) if i not in used and line[1] not in read]

    def _tables(self) -> list[PageTable]:
        return [item for item in self.items if isinstance(item, PageTable)]

    def _continues_last_table(self, table, number: int) -> bool:
        """One ruled row that goes on with the table the page before ended with: the row a page break
        pushed over whole (too few rows to pass for a table on its own)."""
        last = self._last_table()
        return last is not None and last.last_page == number - 1 and len(table.rows) == 1 \
            and len(table.rows[0].cells) == last.base_width

    def _append(self, item: Line | PageTable) -> None:
        previous = self._last_table() if isinstance(item, PageTable) else None
        if previous is not None and previous.continues_with(item):
            previous.extend(item)
        else:
            self.items.append(item)

    def _last_table(self) -> PageTable | None:
        """The table read last, if nothing but running headers and footers, and lines aside, came after it."""
        for item in reversed(self.items):
            if isinstance(item, PageTable):
                return item
            if _running_key(item.text) not in self.running and id(item) not in self.aside:
                return None
        return None


def _upright(page):
    """The page turned so that its text reads left to right: a /Rotate that the content does not
    follow, or a table printed sideways, would otherwise read as one letter per line."""
    turn = _text_turn(page.chars)
    if not turn:
        return page
    rotation = (page.rotation + turn) % 360
    page.page_obj.attrs = {**page.page_obj.attrs, "Rotate": rotation}  # pdfplumber's reading
    page.page_obj.rotate = rotation                                     # pdfminer's
    return pdfplumber.page.Page(page.pdf, page.page_obj, page.page_number, page.initial_doctop)


_RULING_KINDS = ("line", "rect", "curve")
_COORDINATES = ("x0", "x1", "top", "bottom", "y0", "y1", "doctop")


def _snap_rulings(page):
    """Rulings' coordinates rounded to a thousandth of a point: on a page stored turned (/Rotate 90), a
    horizontal rule's top and bottom come out of the rotation a few bits apart, and pdfplumber, which
    tells a horizontal edge by their being equal, would take every rule for a vertical one."""
    for kind in _RULING_KINDS:
        for ruling in page.objects.get(kind, ()):
            for name in _COORDINATES:
                if name in ruling:
                    ruling[name] = round(ruling[name], 3)
    return page


def _not_slanted(obj: dict) -> bool:
    """A letter set at a slant, neither across nor up the page, is a watermark or a stamp ("BẢN ĐIỆN TỬ"
    drawn diagonally over the page), not the document's text."""
    if obj.get("object_type") != "char":
        return True
    a, b = obj["matrix"][:2]
    return min(abs(a), abs(b)) <= _SLANT * math.hypot(a, b)


def _read_superscripts(page):
    """The page without the footnote markers set small and raised after a word, and with a unit's power
    written as one (see `superscript`); the glyphs are found as they are printed, after the word."""
    chars, dropped = page.chars, set()
    start = 1
    while start < len(chars):
        base, end = chars[start - 1], start
        while end < len(chars) and _is_raised(chars[end], base):
            end += 1
        if end > start:
            raised = chars[start:end]
            text = "".join(c["text"] for c in raised)
            reading = raised_text(text, "".join(c["text"] for c in chars[max(0, start - 3):start]))
            if not reading:
                dropped.update(id(c) for c in raised)
            elif reading != text:
                for char, power in zip(raised, reading):
                    char["text"] = power
        start = end + 1
    return page.filter(lambda obj: id(obj) not in dropped) if dropped else page


def _is_raised(char: dict, base: dict) -> bool:
    """A glyph printed smaller than the one before it, its foot well above that one's, on its line."""
    size = base["size"]
    return (char["size"] < _RAISED_SIZE * size and base["top"] - size < char["bottom"] < base["bottom"] - _RAISE * size
            and -_RAISE * size < char["x0"] - base["x1"] < size)


def _text_turn(chars: list[dict]) -> int:
    """The angle (0, 90, 180 or 270 degrees, counterclockwise) at which most of the text runs."""
    turns = Counter(round(math.degrees(math.atan2(char["matrix"][1], char["matrix"][0])) / 90) % 4 * 90
                    for char in chars)
    return turns.most_common(1)[0][0] if turns else 0


def _running_key(text: str) -> str:
    """A line as it repeats on every page: "Trang 4/12" and "Trang 5/12" are one."""
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _numbered_blocks(items: list[Line | PageTable]) -> list[Block]:
    """Positions in reading order: one per line, one per table row."""
    blocks: list[Block] = []
    position = 0
    for item in items:
        if isinstance(item, Line):
            position += 1
            item.lineno = position
            blocks.append(item)
        else:
            blocks.append(Table(rows=item.even_rows(), lineno=position + 1, page=item.page))
            position += len(item.rows)
    return blocks


def _text_lines(page, table_boxes) -> list[tuple[float, str, str]]:
    """Lines outside the tables as (top, text, spaced text), in reading order."""
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside_any(obj, table_boxes))
    words = outside.extract_words(x_tolerance=WORD_GAP, y_tolerance=3, keep_blank_chars=False)
    grid = word_places.column_width(_placed(words))
    return [(line[0]["top"], _line_text(line), spaced_text(_placed(line), grid)) for line in _group_lines(words)]


def _placed(words: list[dict]) -> list[Placed]:
    return [Placed(w["x0"], w["x1"], w["text"]) for w in words]


def _inside_any(obj, boxes) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _group_lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        current = lines[-1] if lines else None
        if current and word["top"] - current[0]["top"] <= 0.5 * (current[0]["bottom"] - current[0]["top"]):
            current.append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _line_text(words: list[dict]) -> str:
    char_width = word_places.char_width(_placed(words))
    column_gap = max(_MIN_COLUMN_GAP, _COLUMN_GAP_CHARS * char_width)
    parts = [words[0]["text"]]
    for previous, word in zip(words, words[1:]):
        parts.append("\t" if word["x0"] - previous["x1"] > column_gap else " ")
        parts.append(word["text"])
    if parts.count("\t") == 1 and len(parts) > 2 and parts[1] == "\t" and _LABEL.match(parts[0]):
        parts[1] = " "  # "I.<indent>MỤC TIÊU": a list label, not a column
    text = unicodedata.normalize("NFC", "".join(parts))
    return BULLET_START.sub("- ", text)


def _without_page_numbers(lines: list[tuple], height: float) -> list[tuple]:
    """Drop a bare page number that is the first or last line and sits in the page margin."""
    def furniture(index: int) -> bool:
        top, text = lines[index][:2]
        at_edge = top < height * _EDGE or top > height * (1 - _EDGE)
        return at_edge and index in (0, len(lines) - 1) and bool(page_number(text))

    return [line for i, line in enumerate(lines) if not furniture(i)]
