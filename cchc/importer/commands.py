"""`cchc parse`, `cchc eval` and `cchc bench`: the importer on the command line."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .errors import ImportFailed


def shared_dir() -> Path:
    """The read-only `shared/` folder that sits beside the repository (seeds and gold)."""
    if os.environ.get("CCHC_SHARED"):
        return Path(os.environ["CCHC_SHARED"])
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        candidate = base.parent / "shared"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="đọc một văn bản kế hoạch và in kế hoạch có cấu trúc (JSON)")
    p.add_argument("file", type=Path)
    p.add_argument("--compact", action="store_true", help="JSON trên một dòng")
    p.add_argument("--progress", action="store_true", help="hiện tiến độ (OCR bản quét)")
    p.set_defaults(func=parse_command)

    e = sub.add_parser("eval", help="so sánh kết quả đọc với bộ chú giải chuẩn (gold)")
    e.add_argument("--seeds", type=Path, default=None, help="thư mục văn bản (mặc định ../shared/seeds)")
    e.add_argument("--gold", type=Path, default=None, help="thư mục gold (mặc định ../shared/gold)")
    e.add_argument("--verbose", "-v", action="store_true", help="liệt kê các trường sai")
    e.set_defaults(func=eval_command)

    b = sub.add_parser("bench", help="đo tốc độ nhập (KB/s, tài liệu/s theo từng bước)")
    b.add_argument("--seeds", type=Path, default=None)
    b.add_argument("--copies", type=int, default=40, help="số lần lặp các văn bản mẫu trong kế hoạch tổng hợp")
    b.set_defaults(func=bench_command)


def parse_command(args: argparse.Namespace) -> int:
    from . import parse_file

    try:
        plan = parse_file(args.file, progress=args.progress)
    except ImportFailed as err:
        print(f"lỗi: {err}", file=sys.stderr)
        return 1
    except Exception as err:  # never a traceback for a person: say what failed, in one line
        print(f"lỗi: không đọc được tệp {args.file.name} ({type(err).__name__}: {err})", file=sys.stderr)
        return 1
    for notice in plan.notices:
        print(f"cảnh báo: {notice}", file=sys.stderr)
    json.dump(plan.to_dict(), sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return 0


def eval_command(args: argparse.Namespace) -> int:
    from . import parse_file
    from .evaluation import Score, format_table, gold_pairs, score_plan

    seeds = args.seeds or shared_dir() / "seeds"
    gold = args.gold or shared_dir() / "gold"
    pairs, problems = gold_pairs(seeds, gold)
    for problem in problems:
        print(f"lỗi: {problem}", file=sys.stderr)
    if not pairs:
        print(f"lỗi: không tìm thấy cặp văn bản/gold trong {seeds} và {gold}", file=sys.stderr)
        return 1
    rows, overall = [], Score()
    for source, expected in pairs:
        try:
            predicted = parse_file(source).to_dict()
        except ImportFailed as err:
            print(f"lỗi: {source.name}: {err}", file=sys.stderr)
            predicted = {"plan": {}, "tasks": [], "targets": []}
        score = score_plan(predicted, expected)
        rows.append((source.name, score))
        overall.add(score)
        if args.verbose and score.misses:
            print(f"{source.name}: " + "; ".join(score.misses), file=sys.stderr)
    print(format_table(rows + [("TỔNG (micro)", overall)]))
    return 1 if problems else 0


def bench_command(args: argparse.Namespace) -> int:
    from .benchmark import StageTimes, format_times, load_resources, synthetic_plan, time_document, time_synthetic

    seeds = sorted((args.seeds or shared_dir() / "seeds").glob("*.txt"))
    if not seeds:
        print("lỗi: không có văn bản mẫu để đo", file=sys.stderr)
        return 1
    loading = load_resources()
    print(f"{'nạp một lần (mô hình)':<26}  CPU {loading:7.3f} s   [danh mục cơ quan, mô hình khôi phục dấu, bộ đọc bảng]")
    times = StageTimes()
    for seed in seeds:
        own = StageTimes()
        time_document(seed, own)
        print(format_times(seed.name[:26], own))
        times.add(own)
    print(format_times("các văn bản mẫu", times))
    print(f"{'mẫu, kể cả nạp một lần':<26}  CPU {loading + times.total:7.3f} s")
    big = synthetic_plan(seeds, args.copies)
    print(format_times(f"kế hoạch tổng hợp x{args.copies}", time_synthetic(big)))
    return 0
