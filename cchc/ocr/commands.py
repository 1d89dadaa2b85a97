"""`cchc ocr-eval` and `cchc ocr-bench`: OCR quality (CER) and speed on scans rendered from plan texts."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cchc.importer.commands import shared_dir
from cchc.importer.errors import ImportFailed

if TYPE_CHECKING:
    from .evaluation import EvalReport


def register(subparsers: argparse._SubParsersAction) -> None:
    ocr_eval = subparsers.add_parser(
        "ocr-eval", help="đo tỉ lệ lỗi ký tự (CER) của OCR trên trang quét dựng từ văn bản kế hoạch")
    _common_arguments(ocr_eval, default_pages=3)
    ocr_eval.set_defaults(func=run_eval)

    ocr_bench = subparsers.add_parser(
        "ocr-bench", help="đo tốc độ OCR (trang/giây) và chi phí xử lý riêng so với thời gian Tesseract")
    _common_arguments(ocr_bench, default_pages=2)
    ocr_bench.add_argument("--workers", type=int, default=None,
                           help="số trang đọc song song (mặc định theo số nhân CPU)")
    ocr_bench.set_defaults(func=run_bench)


def _common_arguments(parser: argparse.ArgumentParser, default_pages: int) -> None:
    parser.add_argument("files", nargs="*", type=Path,
                        help="tệp văn bản kế hoạch (.txt); mặc định: các tệp trong ../shared/seeds")
    parser.add_argument("--pages", type=int, default=default_pages,
                        help=f"số trang mỗi văn bản, rải đều trong văn bản (mặc định {default_pages})")
    parser.add_argument("--dpi", type=int, default=200, help="độ phân giải ảnh quét (mặc định 200)")
    parser.add_argument("--angle", type=float, default=0.0, help="xoay trang (độ) để thử chống nghiêng")
    parser.add_argument("--noise", type=float, default=0.0, help="nhiễu máy quét 0..1")


def _seed_files(args: argparse.Namespace) -> list[Path]:
    files = args.files or sorted((shared_dir() / "seeds").glob("*.txt"))
    missing = [f for f in files if not f.is_file()]
    if missing:
        raise ImportFailed(f"Không tìm thấy tệp: {missing[0]}")
    return files


def _run(args: argparse.Namespace) -> EvalReport | None:
    # OCR pulls in OpenCV and NumPy: imported here, not when `cchc` starts for another command.
    from .evaluation import evaluate

    try:
        files = _seed_files(args)
        if not files:
            print("Không có tệp văn bản nào để dựng trang quét.", file=sys.stderr)
            return None
        return evaluate(files, pages=max(1, args.pages), dpi=args.dpi, angle=args.angle, noise=args.noise,
                        workers=max(1, getattr(args, "workers", 1)))
    except ImportFailed as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return None


def run_eval(args: argparse.Namespace) -> int:
    report = _run(args)
    if report is None:
        return 1
    print(f"{'văn bản':<28} {'trang':>5} {'CER':>8} {'giây':>7}")
    for document in report.documents:
        print(f"{document.name:<28} {len(document.pages):>5} {document.cer:>8.2%} {document.seconds:>7.1f}")
    print(f"{'tổng':<28} {report.clock.pages:>5} {report.cer:>8.2%} {report.seconds:>7.1f}")
    print(f"tốc độ: {report.pages_per_second:.2f} trang/giây")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from .batch import default_workers

    args.workers = args.workers or default_workers()
    report = _run(args)
    if report is None:
        return 1
    clock = report.clock
    ratio = clock.overhead / clock.tesseract if clock.tesseract else 0.0
    print(f"số trang: {clock.pages} (đọc song song {args.workers} trang)")
    print(f"tốc độ: {report.pages_per_second:.2f} trang/giây ({report.seconds:.1f} giây)")
    print(f"thời gian trong Tesseract (cộng dồn các trang): {clock.tesseract:.1f} giây")
    print(f"xử lý riêng (tiền xử lý ảnh, dựng bảng, bố cục): {clock.overhead:.1f} giây")
    print(f"tỉ lệ xử lý riêng / Tesseract: {ratio:.2f}")
    return 0
