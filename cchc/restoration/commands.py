"""CLI: `cchc restore FILE` and `cchc restore-eval`."""
from __future__ import annotations

import sys
from pathlib import Path


def register(subparsers) -> None:
    restore = subparsers.add_parser("restore", help="khôi phục dấu tiếng Việt cho văn bản OCR hoặc không dấu")
    restore.add_argument("file", type=Path, help="tệp văn bản (UTF-8)")
    restore.add_argument("--all-lines", action="store_true", help="khôi phục mọi dòng, kể cả dòng trông có vẻ sạch")
    restore.set_defaults(func=_restore)
    evaluate = subparsers.add_parser("restore-eval", help="đánh giá độ chính xác khôi phục dấu")
    evaluate.set_defaults(func=_evaluate)


def _restore(args) -> int:
    from . import restore_line, restore_text

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Không đọc được tệp {args.file}: {exc}", file=sys.stderr)
        return 1
    if args.all_lines:
        print("\n".join(restore_line(line) for line in text.split("\n")), end="")
    else:
        print(restore_text(text), end="")
    return 0


def _evaluate(args) -> int:
    from cchc.importer.commands import shared_dir

    from .evaluation import run

    try:
        return run()
    except (OSError, StopIteration):
        print(f"Không tìm thấy mẫu, bản chuẩn hoặc kho văn bản trong {shared_dir()}", file=sys.stderr)
        return 1
