"""OCR of scanned plans with Tesseract: page images, preparation, table grids, layout, evaluation.

`cchc.importer.readers.scan.read_scan` is the importer's entry point; `cchc ocr-eval` and
`cchc ocr-bench` measure quality and speed on scans rendered from plan texts.

    pages.py        files -> page images (image-only PDFs, PNG/JPEG/TIFF incl. multi-page)
    prepare.py      grayscale, seal removal, enlarging small text, deskew, thresholds
    orientation.py  pages scanned sideways or upside down
    engine.py       Tesseract calls (word boxes, confidences), availability check, timing
    grid.py         ruling lines -> cell grid with merged cells
    cells.py        second reading of doubtful cells, Roman row numbers
    layout.py       words -> lines, text columns (TAB), paragraphs, page furniture
    page.py         one page -> lines and tables in reading order
    batch.py        all pages, several Tesseract processes at once
    rendering.py    plan text -> Word -> PDF -> page images (test and evaluation scans)
    evaluation.py   character error rate and speed on rendered scans
"""
