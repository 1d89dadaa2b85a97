"""HTML reader for plans published on provincial portals (and Word documents saved as web pages).

Site chrome (menus, sidebars, breadcrumbs, share and comment blocks, scripts) is removed, the main
content container is picked, block elements and <br> become lines and real tables become `Table`
blocks with rowspan/colspan expanded.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Declaration, Doctype, ProcessingInstruction

from ..document import Block, Document, Line, Notice, Table
from ..errors import ImportFailed, UnreadableDocument
from .encoding import DecodedText, decode_bytes
from .legacy_fonts import as_drawn, font_encoding, legacy_notice
from .list_labels import format_number
from .shading import is_colour, mark_shaded
from .superscript import raised_text

_DROPPED_TAGS = ["head", "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "aside",
                 "button", "input", "select", "textarea", "object", "embed", "footer", "menu", "dialog"]
# Words in class/id naming chrome whatever else the name says.
_CHROME = {"menu", "nav", "navbar", "navigation", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing",
           "social", "comment", "comments", "binhluan", "ads", "advert", "advertisement", "quangcao", "banner",
           "related", "lienquan", "tinlienquan", "cookie", "popup", "modal", "toolbar", "widget", "login",
           "search", "timkiem", "print", "rating", "topbar", "bottombar", "hotline", "weather", "marquee"}
# Words naming chrome only when the name says nothing about content ("article-header" is content).
_WEAK_CHROME = {"header", "footer", "tags", "tag", "copyright", "top", "bottom", "left", "right", "col-left",
                "col-right", "box-right", "box-left"}
_CONTENT = {"content", "article", "detail", "details", "body", "post", "entry", "main", "title", "noidung",
            "chitiet", "news", "document", "vanban", "text", "section", "wordsection1"}
_BLOCK_TAGS = {"address", "article", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
               "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
               "section", "ul", "caption", "tr", "td", "th", "tbody", "thead", "tfoot", "body", "html"}
# what only a document's letterhead holds, whatever its box is called ("<table class='header'>"): the motto's
# second line or the document's number
_LETTERHEAD = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|\bSố\s*:\s*\d+\s*/", re.IGNORECASE)
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_RAISED_STYLE = re.compile(r"vertical-align\s*:\s*super", re.I)
_FONT_FAMILY = re.compile(r"""font-family\s*:\s*["']?\s*([^"';,]+)""", re.I)
# a page that names a TCVN3 or VNI font (not any page with a ".vn" address in it)
_LEGACY_FONT_NAME = re.compile(r"""(?:\bface\s*=|font-family\s*:)\s*(?:&quot;|["'])?\s*(?:\.vn|vni[- ])""", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_ATTACHMENT = re.compile(r"\.(pdf|docx?|xlsx?|rar|zip)$", re.I)
_MAX_SPAN = 200
_GRID_CONTAINERS = {"div", "section", "article", "main"}
_GRID_MIN_ROWS = 3      # a header and two rows
_GRID_MIN_CELLS = 3
_GRID_WIDE_SHARE = 0.6  # of the rows with that many cells; area rows have fewer
_DESCEND_SHARE = 0.85  # a child holding this share of its parent's text is the better container
_LINK_SHARE = 0.6  # a block whose text is mostly links is a menu or a list of other articles
_LINK_BLOCKS = ["div", "ul", "ol", "section", "td", "table"]  # not <p>: legal references are often links
_CONTAINERS = {"div", "section", "ul", "ol", "table"}  # where a weak chrome name is trusted
_LANDMARK_SHARE = 0.4
_READ_WHOLE = {"table", "tbody", "thead", "tr", "td", "th", "pre"}  # never chosen as the container itself
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_PAGE_END = re.compile(r"</(?:html|body)\s*>", re.I)
_TRUNCATED = ("Trang web bị cắt cụt giữa một bảng (thiếu phần cuối trang): kế hoạch có thể thiếu các dòng cuối; "
              "hãy lưu lại trang đầy đủ rồi nhập lại.")


def read_html(path: Path) -> Document:
    decoded = decode_page(path.read_bytes())
    try:
        doc = html_to_document(decoded.text, source=path.name)
    except ImportFailed:
        raise
    except Exception:  # lxml/bs4 on pathological markup
        raise UnreadableDocument("Trang HTML bị lỗi cấu trúc, không đọc được nội dung.") from None
    doc.notices[:0] = decoded.notices
    return doc


def decode_page(data: bytes) -> DecodedText:
    """A page's bytes as text, in the charset its <meta> declares where the bytes do not tell."""
    return decode_bytes(data, declared=_declared_charset(data))


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


def html_to_document(markup: str, source: str = "") -> Document:
    soup = BeautifulSoup(markup, "lxml")
    body = soup.body or soup
    _strip_chrome(body)
    _read_superscripts(body)
    encodings = _read_legacy_fonts(body) if _LEGACY_FONT_NAME.search(markup) else set()
    container = main_container(body)
    attachments = _attachments(body)
    walker = HtmlWalker()
    walker.walk(container)
    walker.flush()
    notices = [Notice(f"Trang web có tệp đính kèm ({', '.join(attachments[:3])}); nếu kế hoạch nằm trong tệp "
                      "đính kèm, hãy tải tệp đó về và nhập trực tiếp.")] if attachments else []
    if _is_cut_in_table(markup):
        notices.append(Notice(_TRUNCATED))
    notices += [legacy_notice(name) for name in sorted(encodings)]
    return Document(blocks=walker.blocks, source=source, notices=notices)


def _is_cut_in_table(markup: str) -> bool:
    """A page that stops inside a table: a download or copy broken off (the parser closes the tags silently)."""
    return not _PAGE_END.search(markup[-4096:]) and \
        len(_TABLE_OPEN.findall(markup)) > len(_TABLE_CLOSE.findall(markup))


def _attachments(body: Tag) -> list[str]:
    """Names of attached documents linked from the page (portals often attach the signed plan)."""
    names = []
    for link in body.find_all("a", href=True):
        name = link["href"].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        if _ATTACHMENT.search(name) and name not in names:
            names.append(name)
    return names


def _strip_chrome(body: Tag) -> None:
    for tag in body.find_all(_DROPPED_TAGS):
        tag.decompose()
    sizes = measure(body)
    total = sizes[id(body)].text
    # a chrome name on a wrapper holding most of the page is not believed: that is the content
    _prune(body, lambda tag: _is_hidden(tag) or (_is_chrome(tag) and sizes[id(tag)].text < 0.5 * total))
    sizes = measure(body)
    _prune(body, lambda tag: tag.name in _LINK_BLOCKS and _is_link_list(sizes[id(tag)], total))


def _read_superscripts(body: Tag) -> None:
    for tag in body.find_all(_is_raised):
        before = tag.find_previous(string=True)
        text = tag.get_text()
        reading = raised_text(text, str(before or ""))
        if reading != text:
            tag.replace_with(reading)


def _read_legacy_fonts(body: Tag) -> set[str]:
    """Text in an element that names a pre-Unicode font (`<font face=".VnTime">`, `font-family: "VNI-Times"`)
    as that font draws it: a page in Unicode may hold a table pasted from an old file. The encodings met."""
    encodings = set()
    for string in body.find_all(string=True):
        font = None if isinstance(string, _SKIPPED_STRINGS) else _declared_font(string.parent)
        drawn = as_drawn(str(string), font) if font_encoding(font) else string
        if drawn != string:
            string.replace_with(drawn)
            encodings.add(font_encoding(font))
    return encodings


def _declared_font(tag: Tag) -> str | None:
    """The font the nearest element declaring one names first."""
    for element in (tag, *tag.parents):
        face = element.get("face") if element.name == "font" else None
        family = _FONT_FAMILY.search(element.get("style") or "")
        name = (face.split(",")[0] if face else family.group(1) if family else "").strip(" '\"")
        if name:
            return name
    return None


def _is_raised(tag: Tag) -> bool:
    return tag.name == "sup" or bool(_RAISED_STYLE.search(tag.get("style", "")))


def _prune(body: Tag, unwanted) -> None:
    """Remove the outermost tags `unwanted` picks, deciding from the top down before removing any: a
    removed tag's descendants are never asked about (Tag.decomposed would search each subtree)."""
    removed, pending = [], [body]
    while pending:
        for tag in pending.pop().find_all(True, recursive=False):
            (removed if unwanted(tag) else pending).append(tag)
    for tag in removed:
        tag.decompose()


@dataclass
class Size:
    text: int = 0      # characters of text, spaces left out
    links: int = 0     # <a> elements inside
    linked: int = 0    # characters of text inside them


def measure(root: Tag) -> dict[int, Size]:
    """The size of `root` and of every tag under it (by id), in one pass from the leaves up: calling
    get_text() on each tag is quadratic on deeply nested markup."""
    sizes: dict[int, Size] = {}
    for node in reversed([root, *root.descendants]):
        if isinstance(node, Tag):
            size = sizes.setdefault(id(node), Size())
            if node is root:
                break
            passed = Size(size.text, size.links + (node.name == "a"), size.linked + size.text * (node.name == "a"))
        elif type(node) is NavigableString:
            passed = Size(text=len(_SPACES.sub("", node)))
        else:
            continue
        parent = sizes.setdefault(id(node.parent), Size())
        parent.text, parent.links, parent.linked = (parent.text + passed.text, parent.links + passed.links,
                                                    parent.linked + passed.linked)
    return sizes


def _is_link_list(size: Size, total: int) -> bool:
    return size.links >= 3 and size.text < 0.5 * total and size.linked >= _LINK_SHARE * size.text


def _is_hidden(tag: Tag) -> bool:
    return bool(_HIDDEN_STYLE.search(tag.get("style") or "")) or tag.has_attr("hidden")


def _is_chrome(tag: Tag) -> bool:
    # a search or login form; an ASP.NET or SharePoint page wraps all of itself in one form, kept by size
    if tag.name == "form" or (tag.name == "header" and tag.find_parent("article") is None):
        return True
    if tag.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    words = _name_words(tag)
    if words & _CHROME:
        return True
    return tag.name in _CONTAINERS and bool(words & _WEAK_CHROME) and not words & _CONTENT \
        and not _LETTERHEAD.search(tag.get_text(" "))


def _name_words(tag: Tag) -> set[str]:
    classes = tag.get("class") or []
    names = " ".join([*classes, tag.get("id") or ""]).lower()
    words = set(re.split(r"[^a-z0-9]+", names)) - {""}
    return words | {name.lower() for name in classes}


def main_container(body: Tag) -> Tag:
    """The element holding the document: a landmark (article, main) or the densest branch."""
    sizes = measure(body)

    def length(tag: Tag) -> int:
        return sizes[id(tag)].text

    total = length(body) or 1
    landmarks = body.find_all(["article", "main"]) + body.find_all(attrs={"role": "main"}) \
        + body.find_all(attrs={"itemprop": "articleBody"})
    if landmarks:
        best = max(landmarks, key=length)
        if length(best) >= _LANDMARK_SHARE * total:
            return _descend(best, length)
    return _descend(body, length)


def _descend(node: Tag, length) -> Tag:
    """Go down while one child holds nearly all the text; a table, a <div> grid or <pre> is read whole,
    never entered."""
    while node.name not in ("table", "ul", "ol"):
        children = [c for c in node.find_all(True, recursive=False) if c.name in _BLOCK_TAGS | {"table"}]
        if not children or not length(node):
            return node
        best = max(children, key=length)
        if best.name in _READ_WHOLE or length(best) < _DESCEND_SHARE * length(node) or _grid_cells(best):
            return node
        node = best
    return node


class HtmlWalker:
    """Collects lines (one per block element or <br>) and tables, numbering them in order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.position = 0
        self.marker = ""   # a list item's "- " or "1. ", for the first line of text the item holds

    def walk(self, node: Tag) -> None:
        """Read `node`'s content in order. Elements expand into steps on a stack, not into recursive
        calls: pages with thousands of unclosed <font> tags nest that deep."""
        steps: list = list(node.children)[::-1]
        while steps:
            step = steps.pop()
            if isinstance(step, Tag):
                steps.extend(self._element(step)[::-1])
            elif isinstance(step, NavigableString):
                if not isinstance(step, _SKIPPED_STRINGS):
                    self.buffer.append(str(step))
            else:
                step()

    def _element(self, tag: Tag) -> list:
        """The steps reading `tag`: its child nodes, and calls (flush, add a table) between them."""
        if tag.name == "br":
            return [self.flush]
        if tag.name == "table":
            return [self.flush, *self._table(tag)]
        if tag.name in ("ol", "ul"):
            return [self.flush, *self._list(tag)]
        if tag.name == "pre":
            return [self.flush, partial(self._preformatted, tag)]
        if tag.name in _BLOCK_TAGS:
            grid = div_grid(tag)
            content = [partial(self._add_table, grid)] if grid else list(tag.children)
            return [self.flush, *content, self.flush]
        return list(tag.children)

    def _list(self, tag: Tag) -> list:
        fmt = _OL_TYPES.get(tag.get("type") or "1", "decimal")
        number = _int(tag.get("start"), 1)
        steps: list = []
        for item in tag.find_all("li", recursive=False):
            # kept apart until the item's text comes: editors write "<li><p>text</p></li>"
            marker = "- " if tag.name == "ul" else f"{format_number(number, fmt)}. "
            steps += [partial(self._set_marker, marker), *item.children, self.flush, self._close_item]
            number += 1
        return steps + [other for other in tag.find_all(True, recursive=False) if other.name != "li"]

    def _set_marker(self, marker: str) -> None:
        self.marker = marker

    def _close_item(self) -> None:
        """An empty numbered item still shows its number: an "STT" cell numbered by the list of a Word
        table saved as HTML ("<td><ol start=3><li></li></ol></td>")."""
        if self.marker and self.marker != "- ":
            self.position += 1
            self.blocks.append(Line(self.marker.strip(), self.position))
        self.marker = ""

    def _preformatted(self, tag: Tag) -> None:
        """Plain text pasted into a page: its lines, tabs and indentation are kept as a .txt file's."""
        for text in tag.get_text().replace("\r\n", "\n").split("\n"):
            text = unicodedata.normalize("NFC", text.replace("\u00a0", " ")).rstrip()
            if text.strip():
                self.position += 1
                self.blocks.append(Line(text, self.position))

    def flush(self) -> None:
        text = _clean_inline("".join(self.buffer))
        self.buffer = []
        if text and text != "-":
            if self.marker:
                text, self.marker = _clean_inline(self.marker + text), ""
            self.position += 1
            self.blocks.append(Line(text, self.position))

    def _table(self, tag: Tag) -> list:
        rows = table_grid(tag)
        if _is_layout_table(tag, rows):
            return [step for cell in _cells_in_order(tag) for step in (*cell.children, self.flush)]
        return [partial(self._add_table, rows)] if rows else []

    def _add_table(self, rows: list[list[str]]) -> None:
        self.blocks.append(Table(rows=rows, lineno=self.position + 1))
        self.position += len(rows)


def div_grid(tag: Tag) -> list[list[str]] | None:
    """The rows of cell texts of a table laid out with <div>s (a portal's CSS grid), else None."""
    rows = _grid_cells(tag)
    if rows is None:
        return None
    grid = [[_cell_text(cell) for cell in cells] for cells in rows]
    width = max(len(cells) for cells in grid)
    return [cells + [""] * (width - len(cells)) for cells in grid if any(cells)]


def _grid_cells(tag: Tag) -> list[list[Tag]] | None:
    """The cells of each row if `tag` is laid out as a grid: three or more rows, which hold nothing but
    blocks that hold no blocks themselves, most rows three or more of them. A list of news with a
    title and a date per row is none."""
    if tag.name not in _GRID_CONTAINERS:
        return None
    rows = tag.find_all(True, recursive=False)
    if len(rows) < _GRID_MIN_ROWS or any(row.name not in _BLOCK_TAGS for row in rows):
        return None   # fewer rows, or a table or inline element among them
    grid = []
    for row in rows:
        cells = row.find_all(True, recursive=False)
        if any(cell.name not in _BLOCK_TAGS or cell.find(_BLOCK_TAGS) for cell in cells) or any(
                isinstance(child, NavigableString) and child.strip() for child in row.children):
            return None   # a cell holding blocks, or text between the cells: no grid of cells
        grid.append(cells)
    wide = sum(len(cells) >= _GRID_MIN_CELLS for cells in grid)
    return grid if wide >= _GRID_WIDE_SHARE * len(grid) else None


def _clean_inline(text: str) -> str:
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text)).strip()


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _cells_in_order(table: Tag) -> list[Tag]:
    return [cell for tr in _own_rows(table) for cell in tr.find_all(["td", "th"], recursive=False)]


def _is_layout_table(table: Tag, rows: list[list[str]]) -> bool:
    """Tables used to lay out a page (nested tables, one column) are read as running text."""
    if table.get("role") == "presentation" or table.find("table") is not None:
        return True
    return not rows or max(len(r) for r in rows) < 2


def table_grid(table: Tag) -> list[list[str]]:
    """Rows of cell texts with rowspan/colspan expanded: a merged cell fills every slot it covers."""
    grid: list[list[str]] = []
    shaded: list[tuple[int, int]] = []   # a schedule may mark its cells by their background alone
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered) from rowspans above
    for tr in _own_rows(table):
        row: list[str] = []
        coloured: list[int] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            _take_carried(row, carried)
            text = _cell_text(cell)
            rowspan = min(max(_int(cell.get("rowspan"), 1), 1), _MAX_SPAN)
            for _ in range(min(max(_int(cell.get("colspan"), 1), 1), _MAX_SPAN)):
                if rowspan > 1:
                    carried[len(row)] = (text, rowspan - 1)
                if _is_shaded(cell):
                    coloured.append(len(row))
                row.append(text)
        _take_carried(row, carried, to_end=True)
        if any(cell.strip() for cell in row):
            shaded += [(len(grid), c) for c in coloured]
            grid.append(row)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    mark_shaded(grid, shaded)
    return grid


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)


def _is_shaded(cell: Tag) -> bool:
    """A cell whose background is a colour: its "bgcolor", or its style's background, as Word saves a shaded cell."""
    style = _BACKGROUND.search(cell.get("style") or "")
    value = style.group(1).split()[0] if style and style.group(1).split() else cell.get("bgcolor")
    return is_colour(value) and not value.lower().startswith("url(")


def _take_carried(row: list[str], carried: dict[int, tuple[str, int]], to_end: bool = False) -> None:
    """Fill the slots of this row that a rowspan from above covers, at the current position."""
    while len(row) in carried or (to_end and any(col >= len(row) for col in carried)):
        column = len(row)
        if column not in carried:
            row.append("")
            continue
        text, remaining = carried.pop(column)
        if remaining > 1:
            carried[column] = (text, remaining - 1)
        row.append(text)


def _cell_text(cell: Tag) -> str:
    walker = HtmlWalker()
    walker.walk(cell)
    walker.flush()
    parts = []
    for block in walker.blocks:
        if isinstance(block, Line):
            parts.append(block.text)
        else:
            parts.extend(" | ".join(c for c in row if c) for row in block.rows)
    return "\n".join(parts)
