"""How wide must the flattened-table search be? Cells recovered and CPU per search width.

Weaves synthetic flattened tables (the generator of tests/importer/structure/test_flattened.py)
from the gold tasks of all seeds, shuffled into random sections, pages, alignments and scraping
styles, and recovers them with each (layouts kept per row, stream beam) pair:

    .venv/bin/python scripts/measure_flattened_search.py [DOCUMENTS] [KEEP,BEAM ...]

e.g. `scripts/measure_flattened_search.py 100 25,30 5,10`. Run from the repository root.
The gold tasks include multi-milestone deadline cells far longer than a real deadline column
holds, which no width recovers: compare the widths with each other, not with 100 %.
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tests.importer.structure.test_flattened as weave  # noqa: E402
from cchc.importer.structure.flattened import layouts, recover_flattened_table, streams  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"
ROMANS = ["I", "II", "III", "IV", "V"]


def gold_tasks() -> list[tuple[str, str, str, str]]:
    tasks = []
    for path in sorted(GOLD.glob("*.json")):
        for task in json.loads(path.read_text(encoding="utf-8"))["tasks"]:
            if task["lead"] and task["deadline_text"] and len(task["title"]) < 260:
                tasks.append((task["title"], ", ".join(task["lead"]), ", ".join(task["coordinating"]),
                              task["deadline_text"]))
    return tasks


def document(seed: int, tasks: list) -> tuple[list[str], dict]:
    """A woven table of 2-4 sections of 3-7 random gold tasks, and the cells it must give back."""
    rng = random.Random(seed)
    tasks = rng.sample(tasks, len(tasks))
    sections = []
    for s in range(rng.randint(2, 4)):
        count = rng.randint(3, 7)
        sections.append((ROMANS[s], f"NHÓM NHIỆM VỤ SỐ {s + 1}", tasks[:count]))
        tasks = tasks[count:]
    weave.SECTIONS[:] = sections   # the generator's expected tasks are read from here
    pages = weave._paginate(weave._rows_of(sections), centred=rng.random() < 0.7,
                            page_height=rng.choice([16, 24, 40, 60]))
    scraped = rng.random() < 0.7
    lines = weave._scraped(pages, glue=rng.choice([0, 0, 9])) if scraped else weave._one_line_each(pages)
    return lines, weave._expected_tasks()


def measure(documents: list[tuple[list[str], dict]], keep: int, beam: int) -> tuple[int, int, float]:
    layouts.KEEP_LAYOUTS, streams.STREAM_BEAM = keep, beam
    right = total = 0
    cpu = 0.0
    for lines, expected in documents:
        layouts._ranked_layouts.cache_clear()
        streams._decoded_streams.cache_clear()
        start = time.process_time()
        got = weave._recovered_tasks(recover_flattened_table(lines))
        cpu += time.process_time() - start
        right += sum(got.get(key) == cells for key, cells in expected.items())
        total += len(expected)
    return right, total, cpu


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 40
    widths = [tuple(map(int, pair.split(","))) for pair in argv[1:]] or [(25, 30), (5, 10)]
    tasks = gold_tasks()
    documents = [document(seed, tasks) for seed in range(count)]
    for keep, beam in widths:
        right, total, cpu = measure(documents, keep, beam)
        print(f"layouts {keep:3d}  beam {beam:3d}   cells right {right}/{total} ({right / total:.1%})   CPU {cpu:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
