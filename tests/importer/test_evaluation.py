"""`cchc eval`'s scores: what cannot be measured is shown as "-", never as a wrong 0.000."""
import json

from cchc.importer.evaluation import format_table, score_plan

from .paths import gold


def test_a_document_without_targets_has_no_target_value_accuracy():
    expected = json.loads(gold("000").read_text(encoding="utf-8"))
    expected["targets"] = []
    predicted = {**expected, "targets": []}
    score = score_plan(predicted, expected)
    assert score.target_value_accuracy is None and score.field_accuracy("lead") == 1.0
    row = format_table([("x.txt", score)]).splitlines()[1].split()
    assert row[-2:] == ["-", "1.000"] and row[-3] == "1.000"   # target F1 1, value accuracy "-", metadata 1


def test_fields_of_a_document_whose_tasks_all_missed_are_not_scored():
    expected = json.loads(gold("000").read_text(encoding="utf-8"))
    score = score_plan({**expected, "tasks": []}, expected)
    assert score.task_f1[2] == 0.0 and score.field_accuracy("title") is None
