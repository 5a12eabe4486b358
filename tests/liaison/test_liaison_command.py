"""`jointwork triage FILE|- --json` (DESIGN.md machine interface)."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from jointwork.liaison.table import triage as pure_triage
from tests.liaison.conftest import BASE

SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args):
    out = io.StringIO()
    call_command("triage", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_contract_json_for_a_file(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(BASE | {"premises": "dental", "person_harmed": "worker"}))
    assert (
        json.loads(run(str(path), "--json")) == pure_triage(json.loads(path.read_text())).as_dict()
    )


def test_it_reads_stdin_and_prints_reasons_for_people(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(BASE).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    text = run("-")
    assert text.startswith("Lead: CQC\n")
    assert "[L-SU-REGISTERED]" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "malformed JSON at line 1 column 2"),
        (json.dumps(BASE | {"outcome": "fatal"}), "fact 'outcome': \"fatal\" is not one of"),
        (json.dumps({k: v for k, v in BASE.items() if k != "premises"}), "missing fact 'premises'"),
    ],
)
def test_bad_input_is_exit_2_naming_the_problem(tmp_path, content, message):
    path = tmp_path / "facts.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message) as caught:
        run(str(path), "--json")
    assert caught.value.returncode == 2


def test_the_real_command_exits_2_with_one_line_on_stderr():
    env = os.environ | {"PYTHONPATH": str(SRC), "DJANGO_SETTINGS_MODULE": "jointwork.settings"}
    done = subprocess.run(
        [sys.executable, "-m", "django", "triage", "-", "--json"],
        input=b'{"premises": "hospital"}',
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == b""
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "missing fact 'provider_registered_with_cqc'" in lines[0]
