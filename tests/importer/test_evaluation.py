"""`cchc eval`'s scores: what cannot be measured is shown as "-", never as a wrong 0.000."""
import json

from cchc.importer.evaluation import format_table, score_plan

from .paths import gold, seed


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


def test_broken_or_unpaired_gold_files_are_named_not_skipped(tmp_path, capsys):
    """A malformed gold file, one of another shape, and one whose document is missing each get a one-line
    error; the others are still scored, and the exit status says something was left out."""
    from cchc.cli import main

    seeds, golds = tmp_path / "seeds", tmp_path / "gold"
    seeds.mkdir()
    golds.mkdir()
    good = json.loads(gold("003").read_text(encoding="utf-8"))
    (seeds / good["document"]).write_text(seed("003").read_text(encoding="utf-8"), encoding="utf-8")
    (golds / "a.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    (golds / "b.json").write_text('{"document": "x.txt", "tasks": [', encoding="utf-8")
    (golds / "c.json").write_text(json.dumps({**good, "tasks": [{"title": None}]}), encoding="utf-8")
    (golds / "d.json").write_text(json.dumps({**good, "document": "missing.txt"}), encoding="utf-8")
    assert main(["eval", "--seeds", str(seeds), "--gold", str(golds)]) == 1
    out, err = capsys.readouterr()
    assert good["document"][:20] in out and "Traceback" not in err
    assert [line.split(":")[1].strip() for line in err.splitlines()] == ["b.json", "c.json", "d.json"]
