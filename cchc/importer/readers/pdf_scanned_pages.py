"""Pictures of pages inside a PDF whose other pages have text: a typed plan with its signed appendix scanned
after it, or the signed first pages scanned before a typed appendix. Those pages alone go through OCR, and
what it reads takes their places among the text pages."""
from __future__ import annotations

from pathlib import Path

from ..document import Block, Document, Notice, Table, number_blocks
from ..errors import ImportFailed

READ_NOTICE = ("Trang {pages} là ảnh quét, không có lớp văn bản; nội dung đã được nhận dạng ký tự (OCR), "
               "cần kiểm tra lại.")
UNREAD_NOTICE = "Trang {pages} là ảnh quét, không có lớp văn bản; nội dung chưa được đọc. {why}."
NO_OCR = "Chức năng OCR chưa sẵn sàng"
BROKEN_PICTURE = "Ảnh trang bị hỏng, không nhận dạng được"
NO_TEXT = "Không nhận dạng được chữ nào trên ảnh"


def with_scanned_pages(doc: Document, path: Path, numbers: list[int], progress: bool) -> Document:
    """`doc` read from the text layer, with the scanned pages `numbers` OCR'd into their places. Where OCR
    cannot run, the text pages are kept and the reviewer is told which pages were left unread."""
    if not numbers:
        return doc
    pages = ", ".join(map(str, numbers))
    try:
        from .scan import read_scan

        scanned = read_scan(path, progress, pages=set(numbers))
    except ImportError:
        return _unread(doc, pages, NO_OCR)
    except ImportFailed as error:
        return _unread(doc, pages, str(error).rstrip("."))
    except Exception:  # image decoders raise many types for a damaged picture
        return _unread(doc, pages, BROKEN_PICTURE)
    if not scanned.blocks:   # a picture without writing: a logo, a blank or photographed page
        return _unread(doc, pages, NO_TEXT)
    blocks = _in_page_order(doc.blocks, scanned.blocks)
    notices = [Notice(READ_NOTICE.format(pages=pages)), *doc.notices, *scanned.notices]
    return Document(number_blocks(blocks), doc.source, notices, damaged=scanned.damaged)


def _unread(doc: Document, pages: str, why: str) -> Document:
    notice = Notice(UNREAD_NOTICE.format(pages=pages, why=why))
    return Document(doc.blocks, doc.source, [*doc.notices, notice], damaged=doc.damaged)


def _in_page_order(typed: list[Block], scanned: list[Block]) -> list[Block]:
    """Both block lists merged by page (each is in reading order already); where a table ends one part's
    pages and the next page, from the other part, opens with a table of as many columns, the table goes
    on over the page break (its repeated header dropped)."""
    from .scan import continues_table, same_row   # OCR's module: loaded only once a page was OCR'd

    tagged = [(block.page or 0, 0, block) for block in typed] + [(block.page or 0, 1, block) for block in scanned]
    tagged.sort(key=lambda item: item[:2])
    blocks: list[Block] = []
    part = None
    for _, source, block in tagged:
        if source != part and isinstance(block, Table) and continues_table(blocks, block.rows):
            table = blocks[-1]
            table.rows.extend(block.rows[1:] if same_row(block.rows[0], table.rows[0]) else block.rows)
        else:
            blocks.append(block)
        part = source
    return blocks
