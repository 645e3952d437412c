"""The whole line on real inputs: encodings do not change results, stdin works."""

from __future__ import annotations

import subprocess
import sys

from communique.output import event_record

from .conftest import SEEDS


def _summary(doc):
    return doc.document.body, [
        {k: v for k, v in event_record(e).items() if k != "mentions"} for e in doc.events
    ]


def test_a_cp1251_copy_of_a_seed_gives_the_same_body_and_events(pipeline, tmp_path):
    seed = SEEDS / "004_f39505ee9e7c4ad6.txt"
    copy = tmp_path / "copy_cp1251.txt"
    copy.write_bytes(seed.read_text(encoding="utf-8").encode("cp1251"))
    original, recoded = (next(iter(pipeline.run([str(p)]))) for p in (seed, copy))
    assert _summary(original) == _summary(recoded)
    assert original.events, "the seed has events"


def test_stdin_is_read(tmp_path):
    text = (" date 2024-06-03 Звонок\n\nПрезидент Франции Эммануэль Макрон провел телефонный разговор "
            "с президентом Бразилии Луисом Инасиу Лулой да Силвой, сообщил Елисейский дворец.\n")
    result = subprocess.run([sys.executable, "-m", "communique.cli", "extract", "-", "--out", str(tmp_path)],
                            input=text.encode("utf-8"), capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    assert "<stdin>" in (tmp_path / "documents.jsonl").read_text(encoding="utf-8")
