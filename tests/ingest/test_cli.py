"""`jointwork ingest`: the JSON contract, exit 2 on bad input, and --save as a draft."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from jointwork.audit.models import AuditEvent
from jointwork.ingest.management.commands import ingest as command
from jointwork.obligations.models import Obligation, ObligationState
from jointwork.register.models import AgreementVersion, Clause
from tests.ingest.review_helpers import SMALL_MOU, SMALL_MOU_CHANGED

REPO = Path(__file__).resolve().parents[2]
CONTRACT_KEYS = {
    "source", "sha256", "title", "type", "parties", "in_force", "review",
    "clauses", "obligations", "warnings",
}  # fmt: skip
CLAUSE_KEYS = {"number", "path", "heading", "text", "children"}
OBLIGATION_KEYS = {
    "kind", "bearer", "counterparty", "summary", "recurrence", "trigger", "clause", "quote",
}  # fmt: skip


@pytest.fixture
def mou(tmp_path) -> Path:
    path = tmp_path / "mou.txt"
    path.write_text(SMALL_MOU)
    return path


def _run(*args: str) -> object:
    out = io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


def _walk(clauses):
    for clause in clauses:
        yield clause
        yield from _walk(clause["children"])


def test_json_output_follows_the_contract(mou):
    doc = _run(str(mou), "--json")
    assert doc.keys() >= CONTRACT_KEYS
    assert doc["source"] == "mou.txt"
    assert len(doc["sha256"]) == 64
    clauses = list(_walk(doc["clauses"]))
    assert clauses and all(c.keys() >= CLAUSE_KEYS for c in clauses)
    assert all(o.keys() >= OBLIGATION_KEYS for o in doc["obligations"])


def test_several_files_print_a_json_array_in_order(mou, tmp_path):
    second = tmp_path / "second.md"
    second.write_text(SMALL_MOU_CHANGED)
    docs = _run(str(mou), str(second), "--json")
    assert [d["source"] for d in docs] == ["mou.txt", "second.md"]


def test_parsing_without_save_writes_nothing(mou, db):
    _run(str(mou), "--json")
    assert not AgreementVersion.objects.exists()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.txt", "missing.txt: no such file"),
        (b"", "empty.txt", "empty.txt: the file is empty"),
        (b"\x00\x01\x02 binary \xff" * 40, "blob.txt", "blob.txt: binary data"),
        (b"PK\x03\x04 not really a zip", "x.docx", "x.docx: corrupt zip/docx file"),
    ],
)
def test_bad_input_exits_2_naming_the_file(tmp_path, content, name, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError) as raised:
        call_command("ingest", str(path), "--json", stdout=io.StringIO())
    assert raised.value.returncode == 2
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_an_unknown_agreement_exits_2(mou, builtin_register):
    with pytest.raises(CommandError, match="--agreement no-such-thing: no agreement") as raised:
        call_command("ingest", str(mou), "--save", "--agreement", "no-such-thing")
    assert raised.value.returncode == 2


def test_save_needs_an_agreement(mou, db):
    with pytest.raises(CommandError, match="--save needs --agreement") as raised:
        call_command("ingest", str(mou), "--save")
    assert raised.value.returncode == 2


def test_the_console_command_prints_one_line_on_stderr_and_exits_2(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "JOINTWORK_VAR_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "jointwork", "ingest", str(tmp_path / "nope.pdf"), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().count("\n") == 0 and "nope.pdf: no such file" in done.stderr


def test_save_stores_a_draft_with_its_clauses_and_candidate_duties(mou, builtin_register):
    doc = _run(str(mou), "--json", "--save", "--agreement", "cqc-lga-mou-2015")
    version = AgreementVersion.objects.get(agreement__slug="cqc-lga-mou-2015")
    assert version.state == "draft" and version.source_name == "mou.txt"
    assert doc["saved"]["version"] == version.number
    paths = [c["path"] for c in _walk(doc["clauses"])]
    assert list(Clause.objects.filter(version=version).values_list("path", flat=True)) == paths
    duties = Obligation.objects.filter(version=version)
    assert duties.count() == len(doc["obligations"]) == doc["saved"]["candidates"]
    assert not duties.exclude(state=ObligationState.CANDIDATE).exists()


def test_a_failed_save_leaves_nothing_half_written(mou, builtin_register, monkeypatch):
    real = command.parse_document

    class Broken:
        """The real parse of the file, with one duty whose offset cannot be stored."""

        def __init__(self, data: bytes, name: str) -> None:
            self.parsed = real(data, name)
            self.text = self.parsed.text

        def to_json(self):
            doc = self.parsed.to_json()
            doc["obligations"].append(
                {"kind": "other", "bearer": ["CQC"], "summary": "s", "clause": "1",
                 "trigger": {"event": "x", "offset": "P" + "9" * 80 + "D"}}
            )  # fmt: skip
            return doc

    monkeypatch.setattr(command, "parse_document", Broken)
    with pytest.raises(CommandError, match=r"mou\.txt: not saved") as raised:
        call_command("ingest", str(mou), "--save", "--agreement", "cqc-lga-mou-2015")
    assert raised.value.returncode == 2
    assert not AgreementVersion.objects.filter(agreement__slug="cqc-lga-mou-2015").exists()
    assert not Clause.objects.exists() and not Obligation.objects.exists()


def test_save_as_a_user_is_audited_as_that_user(mou, cqc_manager):
    before = AuditEvent.objects.count()
    _run(str(mou), "--json", "--save", "--agreement", "cqc-lga-mou-2015", "--user", "cqc-manager")
    version = AgreementVersion.objects.get(agreement__slug="cqc-lga-mou-2015")
    events = AuditEvent.objects.order_by("pk")[before:]
    assert {(e.actor_id, e.agreement_id) for e in events} == {
        (cqc_manager.pk, version.agreement_id)
    }


def test_save_as_a_user_who_may_not_change_the_agreement_is_refused(mou, ofsted_editor):
    with pytest.raises(CommandError, match=r"mou\.txt: not saved: You may not") as raised:
        call_command(
            "ingest", str(mou), "--save", "--agreement", "cqc-lga-mou-2015",
            "--user", ofsted_editor.username,
        )  # fmt: skip
    assert raised.value.returncode == 2
    assert not AgreementVersion.objects.filter(agreement__slug="cqc-lga-mou-2015").exists()


def test_save_as_an_unknown_user_names_the_user(mou, builtin_register):
    with pytest.raises(CommandError, match="--user nobody: no active user") as raised:
        call_command(
            "ingest", str(mou), "--save", "--agreement", "cqc-lga-mou-2015", "--user", "nobody"
        )
    assert raised.value.returncode == 2


def test_user_without_save_is_refused_rather_than_ignored(mou, db):
    with pytest.raises(CommandError, match="--user names who saves the draft") as raised:
        call_command("ingest", str(mou), "--user", "cqc-manager")
    assert raised.value.returncode == 2
