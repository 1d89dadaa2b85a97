"""Restoration gives the same text whatever the process's hash seed (no set order leaks into ties)."""
import os
import subprocess
import sys

SCRIPT = ("import sys; from cchc.restoration import restore_text; "
          "sys.stdout.write(restore_text(sys.stdin.read()))")
TEXT = ("Cac s&, ban, nganh tinh; UBND cdp huyén\nThuc hién thuong xuyén hang nam\n"
        "Pon vi chi tri: S& Noi vu; Pon vi phdi hop: S& Tu phap\nBao cdo két qua theo ché dd bao cdo CCHC dinh ky")


def restored_with_seed(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run([sys.executable, "-c", SCRIPT], input=TEXT, capture_output=True, text=True, env=env,
                          check=True, timeout=120).stdout


def test_same_output_under_different_hash_seeds():
    outputs = {restored_with_seed(seed) for seed in ("0", "1", "12345")}
    assert len(outputs) == 1
    assert "Sở Nội vụ" in outputs.pop()
