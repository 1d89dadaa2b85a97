"""Word (.docx) reader: body paragraphs and tables in document order.

Tables become `Table` blocks with merged cells expanded (a cell spanning columns or rows is
repeated in every grid slot it covers), so that row i, column j always means the same thing.
Automatic numbering is rendered in front of the paragraph text. Text boxes (letterheads, numbers,
signatures are sometimes placed in them) follow the paragraph that anchors them, in the body and
in table cells. Content a program embedded in another format (an "altChunk", HTML or plain text)
is read where Word shows it. A first page's own header is read before the body: a letterhead placed there
("UBND TỈNH ... | Số: ...") is the plan's. Other headers and footers (page numbers, "Dự thảo") are ignored; so is
a footnote marker typed as superscript.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import groupby
from pathlib import Path

import docx
from docx.oxml.ns import qn

from ..document import Block, Document, Line, Notice, Table, last_position, number_blocks
from ..errors import ImportFailed, UnreadableDocument
from .encoding import decode_bytes
from .html import decode_page, html_to_document
from .legacy_fonts import as_drawn, font_encoding, legacy_notice
from .numbering import Numbering
from .shading import is_colour, mark_shaded
from .superscript import raised_text
from .symbol_fonts import symbol_text
from .tab_stops import TabStops
from .text import text_to_document
from .word_styles import WordStyles

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_PPR, _RPR, _TRPR = qn("w:pPr"), qn("w:rPr"), qn("w:trPr")
_GONE = (qn("w:del"), qn("w:moveFrom"))   # tracked changes: deleted, or moved away from here
_R, _T, _TAB, _BR, _CR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_NO_BREAK_HYPHEN, _SYM = qn("w:noBreakHyphen"), qn("w:sym")
_SOFT_HYPHEN = qn("w:softHyphen")
_VERT_ALIGN = qn("w:vertAlign")
_SDT, _SDT_PR, _SHOWING_PLACEHOLDER = qn("w:sdt"), qn("w:sdtPr"), qn("w:showingPlcHdr")
_TXBX_CONTENT = qn("w:txbxContent")
_ALT_CHUNK, _RELATIONSHIP_ID = qn("w:altChunk"), qn("r:id")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:ins"), qn("w:smartTag"),
             qn("w:hyperlink"), qn("w:fldSimple"), qn("w:dir"), qn("w:bdo")}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not part of the paragraph: properties, deleted runs, text boxes
# (they float outside the text flow), field instructions and duplicate fallbacks.
_SKIPPED = {qn("w:pPr"), qn("w:rPr"), qn("w:del"), qn("w:txbxContent"), qn("w:instrText"),
            qn("w:moveFrom"), _MC_FALLBACK}


def read_docx(path: Path) -> Document:
    try:
        word = docx.Document(str(path))
        styles = WordStyles.of(word.part)
        walker = DocxWalker(Numbering.of(word), word.part, TabStops.of(word.part, styles), styles)
        return walker.document(word.element.body, path.name, _first_page_header(word))
    except ImportFailed:
        raise
    except Exception:  # python-docx, zipfile and lxml raise many types for damaged files
        raise UnreadableDocument("Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.") from None


def _first_page_header(word):
    """The first page's own header, where a template may place the letterhead, or None."""
    section = word.sections[0] if word.sections else None
    if section is None or not section.different_first_page_header_footer:
        return None
    header = section.first_page_header
    return None if header.is_linked_to_previous else header._element


class DocxWalker:
    """Turns the body XML into blocks, numbering source positions as it goes."""

    def __init__(self, numbering: Numbering, part=None, tab_stops: TabStops | None = None,
                 styles: WordStyles | None = None) -> None:
        self.numbering = numbering
        self.part = part   # the document part, whose relationships lead to embedded content
        self.tab_stops = tab_stops or TabStops()
        self.styles = styles or WordStyles()
        self.position = 0
        self.notices: list[Notice] = []
        self.legacy_encodings: set[str] = set()   # of the runs converted from a pre-Unicode font

    def document(self, body, source: str, first_page_header=None) -> Document:
        blocks = [] if first_page_header is None else self._blocks(first_page_header)
        blocks += self._blocks(body)
        return Document(blocks=blocks, source=source,
                        notices=self.notices + [legacy_notice(name) for name in sorted(self.legacy_encodings)])

    def _blocks(self, container) -> list[Block]:
        blocks: list[Block] = []
        for element in _block_elements(container):
            if element.tag == _P:
                blocks.extend(self._lines(element))
                for box in _text_boxes(element):  # after the paragraph that anchors them
                    blocks.extend(self._blocks(box))
            elif element.tag == _ALT_CHUNK:
                embedded = number_blocks(self._embedded(element), after=self.position)
                self.position = last_position(embedded) or self.position
                blocks.extend(embedded)
            elif _is_frame(element):  # a one-column table drawn around content: read what it holds
                for tc in (tc for tr in _children(element, _TR) for tc in _children(tr, _TC)):
                    blocks.extend(self._blocks(tc))
            else:
                table = self._table(element)
                if table is not None:
                    blocks.append(table)
        return blocks

    def _lines(self, paragraph) -> list[Line]:
        label, text = self._labelled_text(paragraph)
        spaced = self.tab_stops.spaced(paragraph, label, text)
        lines = []
        for part, placed in zip((label + text).split("\n"), spaced):  # soft line breaks (Shift+Enter) start a new line
            part = part.strip(" \u00a0")
            if part.strip():
                self.position += 1
                lines.append(Line(part, self.position, spaced=placed))
        return lines

    def paragraph_text(self, paragraph, bare_number: bool = False) -> str:
        """The paragraph's text after its list label; `bare_number`: a number that labels no text is kept
        too (a table's "STT" cells numbered by Word's automatic numbering)."""
        return "".join(self._labelled_text(paragraph, bare_number))

    def _labelled_text(self, paragraph, bare_number: bool = False) -> tuple[str, str]:
        parts: list[str] = []
        chain = self.styles.chain(paragraph, _RPR)
        _collect_text(paragraph, parts, lambda run: self.styles.run_font(run, chain))
        text = unicodedata.normalize("NFC", self._drawn(parts))
        if not text.strip() and _is_deleted(paragraph.find(_PPR), _RPR):
            return "", ""   # deleted with its text under tracked changes: gone, numbered by nothing
        label = self.numbering.label(paragraph)  # counted even when empty, as Word does
        if text.strip() or (bare_number and label.strip() not in ("", "-")):
            return label, text
        return "", text

    def _drawn(self, parts: list[str]) -> str:
        """The paragraph's text, each stretch typed in a pre-Unicode font converted as a whole: VNI types a
        mark after its vowel, and Word may split the two into runs."""
        out = []
        for font, stretch in groupby(parts, key=lambda part: getattr(part, "font", None)):
            typed = "".join(stretch)
            drawn = as_drawn(typed, font) if font else typed
            if drawn != typed:
                self.legacy_encodings.add(font_encoding(font))
            out.append(drawn)
        return "".join(out)

    def _table(self, table) -> Table | None:
        rows = self._grid(table)
        if not rows:
            return None
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        first = self.position + 1
        self.position += len(rows)
        return Table(rows=rows, lineno=first)

    def _grid(self, table) -> list[list[str]]:
        grid: list[list[str]] = []
        shaded: list[tuple[int, int]] = []   # a schedule may mark its cells by their colour alone
        above: list[str] = []   # the row before, also one deleted: a cell merged down from it goes on from there
        for tr in _children(table, _TR):
            deleted = _is_deleted(tr, _TRPR)   # under tracked changes: its text is gone, its numbers not counted
            row: list[str] = [""] * _grid_skip(tr, "w:gridBefore")
            coloured: list[int] = []
            for tc in _children(tr, _TC):
                if _is_shaded(tc):
                    coloured += range(len(row), len(row) + _span(tc))
                row.extend([self._cell_text(tc, row, above, deleted)] * _span(tc))
            row.extend([""] * _grid_skip(tr, "w:gridAfter"))
            above = row
            if not deleted:
                shaded += [(len(grid), c) for c in coloured]
                grid.append(row)
        mark_shaded(grid, shaded)
        return grid

    def _cell_text(self, tc, row: list[str], above: list[str], deleted: bool) -> str:
        column = len(row)
        vmerge = _merge_state(tc, "w:vMerge")
        if vmerge == "continue" and column < len(above):
            return above[column]
        if _merge_state(tc, "w:hMerge") == "continue" and row:
            return row[-1]
        return "" if deleted or _under_placeholder(tc) else self.cell_text(tc)

    def cell_text(self, tc) -> str:
        parts = []
        for element in _block_elements(tc):
            if element.tag == _P:
                parts.append(self.paragraph_text(element, bare_number=True).strip())
                parts += [self.cell_text(box) for box in _text_boxes(element)]
            elif element.tag == _TBL:  # a table nested in a cell: its rows as lines, cells separated by " | "
                parts.append(_rows_text(self._grid(element)))
            else:   # a cell is one position, whatever it holds: its embedded blocks are not numbered
                parts += [_rows_text(b.rows) if isinstance(b, Table) else b.text for b in self._embedded(element)]
        return "\n".join(part for part in parts if part.strip())

    def _embedded(self, chunk) -> list[Block]:
        """The blocks of content embedded in another format."""
        part = self.part.related_parts.get(chunk.get(_RELATIONSHIP_ID)) if self.part is not None else None
        if part is None:
            return []
        if part.content_type in _HTML_TYPES:
            blocks = html_to_document(decode_page(part.blob).text).blocks
        elif part.content_type == "text/plain":
            blocks = [b for b in text_to_document(decode_bytes(part.blob).text).blocks if b.text.strip()]
        else:
            self.notices.append(Notice(f"Tệp Word có nội dung nhúng dạng {part.content_type} chưa đọc được; hãy mở "
                                       "tệp bằng Word, lưu lại dưới dạng .docx rồi nhập lại."))
            return []
        return blocks


def _is_deleted(element, properties: str) -> bool:
    """Whether `element`'s properties (a row's, or a paragraph mark's) carry a tracked deletion or move."""
    found = element.find(properties) if element is not None else None
    return found is not None and any(found.find(tag) is not None for tag in _GONE)


def _rows_text(rows: list[list[str]]) -> str:
    return "\n".join(_row_text([c for c in row if c]) for row in rows)


_ITEM_MARK = re.compile(r"^\(?(\d{1,2}|[a-zđ])[.)]?$")


def _row_text(cells: list[str]) -> str:
    """One row of a nested table as a line; a first cell that only numbers the row ("a", "1.") becomes the
    line's list mark ("a) ...", "1. ..."), so that the cell reads as the list it is."""
    mark = _ITEM_MARK.match(cells[0]) if len(cells) > 1 else None
    if mark is None:
        return " | ".join(cells)
    label = mark.group(1)
    return f"{label}{'.' if label.isdigit() else ')'} " + " | ".join(cells[1:])


def _block_elements(container):
    """Paragraphs, tables and embedded content of a body or cell, looking through content controls
    and wrappers."""
    for child in container:
        if child.tag in (_P, _TBL, _ALT_CHUNK):
            yield child
        elif child.tag in _WRAPPERS and not _is_placeholder(child):
            yield from _block_elements(child)


def _is_frame(table) -> bool:
    rows = list(_children(table, _TR))
    return bool(rows) and all(len(list(_children(tr, _TC))) == 1 for tr in rows)


def _text_boxes(paragraph):
    """Text boxes anchored in a paragraph, once each (their VML fallback copy is skipped)."""
    for box in paragraph.iter(_TXBX_CONTENT):
        if not any(ancestor.tag in (_MC_FALLBACK, _TXBX_CONTENT) for ancestor in box.iterancestors()):
            yield box


def _children(element, tag):
    """Rows of a table or cells of a row, also inside content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


class _Typed(str):
    """A run's text as typed in a pre-Unicode font, converted once its paragraph is collected."""

    def __new__(cls, text: str, font: str) -> "_Typed":
        typed = super().__new__(cls, text)
        typed.font = font
        return typed


def _collect_text(element, parts: list[str], font_of) -> None:
    """The text of `element` into `parts`; `font_of(run)`: the font the run is drawn in."""
    for child in element:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag == _SYM:
            parts.append(symbol_text(child.get(qn("w:font")), child.get(qn("w:char"))))
        elif tag == _SOFT_HYPHEN:
            # kept, not dropped: in TCVN3 text it is "ư" (LibreOffice writes that byte as an optional hyphen);
            # the reader drops the soft hyphens the legacy-font repair leaves
            parts.append("\u00ad")
        elif tag in _SKIPPED or not isinstance(tag, str):
            continue
        elif (tag == _R and _is_hidden(child)) or _is_placeholder(child):
            continue
        elif tag == _R and _is_superscript(child):
            raised: list[str] = []
            _collect_text(child, raised, font_of)
            parts.append(raised_text("".join(raised), "".join(parts[-3:])))
        elif tag == _R and font_encoding(font := font_of(child)):
            typed: list[str] = []
            _collect_text(child, typed, font_of)
            parts.append(_Typed("".join(typed), font))
        else:
            _collect_text(child, parts, font_of)


def _is_placeholder(element) -> bool:
    """A content control still showing its prompt ("Bấm hoặc gõ nhẹ vào đây để nhập văn bản"): empty."""
    return element.tag == _SDT and element.find(f"{_SDT_PR}/{_SHOWING_PLACEHOLDER}") is not None


def _under_placeholder(tc) -> bool:
    """A cell, or its row, wrapped in a content control still showing its prompt: empty."""
    for ancestor in tc.iterancestors():
        if ancestor.tag == _TBL:
            return False
        if _is_placeholder(ancestor):
            return True
    return False


def _is_superscript(run) -> bool:
    align = run.find(f"{_RPR}/{_VERT_ALIGN}")
    return align is not None and align.get(qn("w:val")) == "superscript"


def _is_hidden(run) -> bool:
    rpr = run.find(qn("w:rPr"))
    vanish = None if rpr is None else rpr.find(qn("w:vanish"))
    return vanish is not None and vanish.get(qn("w:val"), "true") not in ("0", "false", "off")


def _tc_property(tc, name: str):
    tcpr = tc.find(qn("w:tcPr"))
    return None if tcpr is None else tcpr.find(qn(name))


def _is_shaded(tc) -> bool:
    """A cell filled with a colour: its shading's fill, or the pattern's colour where the pattern is solid."""
    shd = _tc_property(tc, "w:shd")
    if shd is None:
        return False
    solid = shd.get(qn("w:val")) == "solid"
    theme = shd.get(qn("w:themeFill"))
    return is_colour(shd.get(qn("w:color" if solid else "w:fill"))) or theme not in (None, "background1", "light1")


def _span(tc) -> int:
    span = _tc_property(tc, "w:gridSpan")
    try:
        return max(1, min(int(span.get(qn("w:val"))), 64)) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _merge_state(tc, name: str) -> str | None:
    merge = _tc_property(tc, name)
    if merge is None:
        return None
    return "restart" if merge.get(qn("w:val")) == "restart" else "continue"


def _grid_skip(tr, name: str) -> int:
    trpr = tr.find(qn("w:trPr"))
    skip = None if trpr is None else trpr.find(qn(name))
    try:
        return max(0, min(int(skip.get(qn("w:val"))), 64)) if skip is not None else 0
    except (TypeError, ValueError):
        return 0
