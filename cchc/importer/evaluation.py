"""Score parsed plans against hand-made gold plans, field by field.

Tasks and targets are matched by content, not by position: every predicted task is
paired with the gold task whose title it resembles most (one-to-one, best pairs first,
similarity at least `MATCH_THRESHOLD`). Over matched pairs each field is right or wrong:

* title: similar text (case- and spacing-insensitive, diacritics kept) at `TEXT_THRESHOLD`;
* lead, coordinating: the same items, each one similar at `TEXT_THRESHOLD`, any order;
* outputs: the same items likewise, or the same products split differently at ";" (annotators
  differ there: one gold file splits "A; B" into two products, the others keep it one item);
* area, deadline kind, deadline end: equal; budget: equal to 0.001 million VND.

Targets: matched by text the same way; value accuracy over matched pairs.
Metadata: each field equal (titles compared case- and spacing-insensitively).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

MATCH_THRESHOLD = 60.0
TEXT_THRESHOLD = 90.0
TASK_FIELDS = ("title", "outputs", "lead", "coordinating", "area", "deadline_kind", "deadline_end", "budget")
META_FIELDS = ("province", "title", "kind", "period_start", "period_end", "decision_number", "decision_date",
               "issuer", "total_budget_million_vnd")


@dataclass
class Score:
    """Counts for one document (or summed over several)."""

    tasks_predicted: int = 0
    tasks_gold: int = 0
    tasks_matched: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TASK_FIELDS, 0))
    targets_predicted: int = 0
    targets_gold: int = 0
    targets_matched: int = 0
    target_values_right: int = 0
    meta_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(META_FIELDS, 0))
    meta_total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("tasks_predicted", "tasks_gold", "tasks_matched", "targets_predicted", "targets_gold",
                     "targets_matched", "target_values_right", "meta_total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k in TASK_FIELDS:
            self.field_right[k] += other.field_right[k]
        for k in META_FIELDS:
            self.meta_right[k] += other.meta_right[k]

    @property
    def task_f1(self) -> tuple[float, float, float]:
        return _prf(self.tasks_matched, self.tasks_predicted, self.tasks_gold)

    @property
    def target_f1(self) -> tuple[float, float, float]:
        return _prf(self.targets_matched, self.targets_predicted, self.targets_gold)

    # None: nothing to score (no task or target matched), shown as "-" rather than as a wrong 0.000
    def field_accuracy(self, name: str) -> float | None:
        return self.field_right[name] / self.tasks_matched if self.tasks_matched else None

    @property
    def target_value_accuracy(self) -> float | None:
        return self.target_values_right / self.targets_matched if self.targets_matched else None

    @property
    def meta_accuracy(self) -> float:
        return sum(self.meta_right.values()) / (self.meta_total * len(META_FIELDS)) if self.meta_total else 0.0


def _prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else (1.0 if not gold else 0.0)
    r = matched / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("–", "-")
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"[\s\"'“”]+", " ", text)
    return text.strip(" .;:,")


def similar(a: str | None, b: str | None) -> float:
    return fuzz.ratio(norm(a), norm(b))


def _same_items(pred: list[str], gold: list[str]) -> bool:
    if len(pred) != len(gold):
        return False
    remaining = list(gold)
    for item in pred:
        best = max(remaining, key=lambda g: similar(item, g), default=None)
        if best is None or similar(item, best) < TEXT_THRESHOLD:
            return False
        remaining.remove(best)
    return True


def match(pred: list[str], gold: list[str]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) by text similarity, best first."""
    candidates = sorted(((similar(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
                        reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for score, i, j in candidates:
        if score < MATCH_THRESHOLD:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def task_fields(pred: dict, gold: dict) -> dict[str, bool]:
    pd, gd = pred["deadline"], gold["deadline"]
    pb, gb = pred.get("budget_million_vnd"), gold.get("budget_million_vnd")
    return {
        "title": similar(pred["title"], gold["title"]) >= TEXT_THRESHOLD,
        "outputs": _same_items(pred["outputs"], gold["outputs"]) or
        similar("; ".join(pred["outputs"]), "; ".join(gold["outputs"])) >= TEXT_THRESHOLD,
        "lead": _same_items(pred["lead"], gold["lead"]),
        "coordinating": _same_items(pred["coordinating"], gold["coordinating"]),
        "area": pred["area"] == gold["area"],
        "deadline_kind": pd["kind"] == gd["kind"],
        "deadline_end": pd.get("end") == gd.get("end"),
        "budget": (pb is None and gb is None) or (pb is not None and gb is not None and abs(pb - gb) < 0.001),
    }


def score_plan(pred: dict, gold: dict) -> Score:
    s = Score(tasks_predicted=len(pred["tasks"]), tasks_gold=len(gold["tasks"]),
              targets_predicted=len(pred["targets"]), targets_gold=len(gold["targets"]), meta_total=1)
    pairs = match([t["title"] for t in pred["tasks"]], [t["title"] for t in gold["tasks"]])
    s.tasks_matched = len(pairs)
    for i, j in pairs:
        for name, ok in task_fields(pred["tasks"][i], gold["tasks"][j]).items():
            s.field_right[name] += ok
            if not ok:
                s.misses.append(f"{gold['tasks'][j].get('id', j + 1)} {name}")
    matched_gold = {j for _, j in pairs}
    s.misses += [f"{t.get('id', j + 1)} missing" for j, t in enumerate(gold["tasks"]) if j not in matched_gold]
    tpairs = match([t["text"] for t in pred["targets"]], [t["text"] for t in gold["targets"]])
    s.targets_matched = len(tpairs)
    s.target_values_right = sum(abs(pred["targets"][i]["value"] - gold["targets"][j]["value"]) < 0.05
                                for i, j in tpairs)
    for name in META_FIELDS:
        p, g = pred["plan"].get(name), gold["plan"].get(name)
        ok = norm(p) == norm(g) if name == "title" else p == g
        s.meta_right[name] += ok
        if not ok:
            s.misses.append(f"plan.{name}: {p!r} != {g!r}")
    return s


class InvalidGold(Exception):
    """A gold file that cannot be scored against; `str(err)` is a one-line Vietnamese message."""


def gold_pairs(seeds: Path, gold: Path) -> tuple[list[tuple[Path, dict]], list[str]]:
    """Each gold file's seed document with the gold it holds, and a message for each gold file left out
    (not JSON, not a plan's shape, or its document missing): an evaluation never skips one silently."""
    pairs, problems = [], []
    for gold_file in sorted(gold.glob("*.json")):
        try:
            expected = load_gold(gold_file)
        except InvalidGold as err:
            problems.append(str(err))
            continue
        source = seeds / str(expected.get("document") or "")
        if source.is_file():
            pairs.append((source, expected))
        else:
            problems.append(f"{gold_file.name}: không có văn bản \"{expected.get('document')}\" trong {seeds}")
    return pairs, problems


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidGold(f"{path.name}: tệp gold không phải JSON UTF-8 hợp lệ ({err})") from err
    shape_ok = isinstance(gold, dict) and isinstance(gold.get("plan"), dict) and \
        isinstance(gold.get("tasks"), list) and isinstance(gold.get("targets"), list)
    if not shape_ok or not all(map(_scorable_task, gold["tasks"])) or not all(map(_scorable_target, gold["targets"])):
        raise InvalidGold(f"{path.name}: tệp gold không đúng cấu trúc SCHEMA.md (plan, tasks, targets)")
    return gold


def _scorable_task(task) -> bool:
    return isinstance(task, dict) and isinstance(task.get("title"), str) and isinstance(task.get("deadline"), dict) \
        and all(isinstance(task.get(name), list) for name in ("outputs", "lead", "coordinating"))


def _scorable_target(target) -> bool:
    return isinstance(target, dict) and isinstance(target.get("text"), str) and \
        isinstance(target.get("value"), (int, float))


_LABELS = {"coordinating": "coord", "deadline_kind": "dl kind", "deadline_end": "dl end"}


def format_table(rows: list[tuple[str, Score]]) -> str:
    header = ["document", "tasks P", "R", "F1"] + [_LABELS.get(f, f) for f in TASK_FIELDS] + \
        ["tgt F1", "tgt val", "meta"]
    lines = ["  ".join(f"{h:>8}" if i else f"{h:<28}" for i, h in enumerate(header))]
    for name, s in rows:
        values = list(s.task_f1) + [s.field_accuracy(f) for f in TASK_FIELDS] + \
            [s.target_f1[2], s.target_value_accuracy, s.meta_accuracy]
        lines.append("  ".join([f"{name[:28]:<28}"] + [f"{v:8.3f}" if v is not None else f"{'-':>8}"
                                                       for v in values]))
    return "\n".join(lines)
