"""Every `jointwork` subcommand keeps the DESIGN.md machine-interface contract on bad input:
exactly one line on stderr naming what is wrong, nothing on stdout, exit 2 — and prints --json
in one style."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from jointwork.cli_support import dumps_json
from tests.liaison.conftest import BASE as TRIAGE_FACTS
from tests.sharing.test_sharing_commands import REQUEST

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["due", "--format", "xml"], "invalid choice: 'xml'"),
        (["due"], "required: --from, --to"),
        (["workdays", "add", "2026-11-23"], "required: N"),
        (["workdays"], "required: {add,between}"),
        (["ledger"], "required: {verify}"),
        (["ledger", "verify", "--bogus"], "unrecognized arguments: --bogus"),
        (["share"], "required: {decide}"),
        (["share", "decide"], "required: FILE"),
        (["triage"], "required: FILE"),
        (["ingest", "--save"], "required: FILE"),
        (["materialise", "--horizon-days", "soon"], "invalid int value: 'soon'"),
        (["loadregister", "a.toml", "b.toml"], "unrecognized arguments: b.toml"),
        (["loadobligations", "--nope"], "unrecognized arguments: --nope"),
        (["createdemo", "--nope"], "unrecognized arguments: --nope"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_a_bad_argument_is_one_line_on_stderr_and_exit_2(tmp_path, args, named):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "JOINTWORK_VAR_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "jointwork", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert f"jointwork {args[0]}:" in lines[0] and named in lines[0]


def _json_out(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_every_json_output_is_in_the_one_style(builtin_register, tmp_path):
    facts, request = tmp_path / "facts.json", tmp_path / "request.json"
    facts.write_text(json.dumps(TRIAGE_FACTS))
    request.write_text(json.dumps(REQUEST))
    outputs = [
        _json_out("triage", str(facts), "--json"),
        _json_out("share", "decide", str(request), "--json"),
        _json_out("ledger", "verify", "--json"),
        _json_out("workdays", "add", "2026-12-24", "2"),
        _json_out("due", "--from", "2026-11-01", "--to", "2026-11-30", "--json"),
    ]
    for text in outputs:
        assert text == dumps_json(json.loads(text)) + "\n"
