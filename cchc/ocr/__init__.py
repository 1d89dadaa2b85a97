"""OCR of scanned plans with Tesseract: page images, preparation, table grids, layout, evaluation.

`cchc.importer.readers.scan.read_scan` is the importer's entry point; `cchc ocr-eval` and
`cchc ocr-bench` measure quality and speed on scans rendered from plan texts.
"""
