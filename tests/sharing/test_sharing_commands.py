"""`jointwork share decide` and `jointwork ledger verify` as DESIGN.md specifies them."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from jointwork.sharing.ledger import verify_bundle
from jointwork.sharing.models import LedgerEntry
from jointwork.sharing.services import ledger_append

REQUEST = {
    "agreement": "cqc-lga-mou-2015",
    "from": "cqc",
    "to": "lga",
    "purpose": "Planned programmes of activity",
    "personal_data": False,
    "identifies_service_users": False,
    "identifies_registered_persons": False,
    "special_category": False,
    "legal_basis": None,
    "pre_publication": False,
    "foi_request": False,
}


def decide(tmp_path, data) -> dict:
    path = tmp_path / "request.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    out = io.StringIO()
    call_command("share", "decide", str(path), "--json", stdout=out)
    return json.loads(out.getvalue())


def test_share_decide_prints_the_contract_json(builtin_register, tmp_path):
    result = decide(tmp_path, REQUEST)
    assert set(result) == {"decision", "reasons", "policy_version"}
    assert result["decision"] == "allow"
    assert {"rule", "text", "citation"} <= set(result["reasons"][0])
    assert result["policy_version"].startswith("cqc-lga-mou-2015@")
    assert not LedgerEntry.objects.exists()  # deciding on the command line files nothing


def test_share_decide_reads_stdin(builtin_register, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps({**REQUEST, "foi_request": True}).encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    out = io.StringIO()
    call_command("share", "decide", "-", "--json", stdout=out)
    assert json.loads(out.getvalue())["decision"] == "needs_review"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "malformed JSON"),
        ({**REQUEST, "agreement": "cqc-mars-mou"}, "unknown agreement 'cqc-mars-mou'"),
        ({**REQUEST, "to": "mars"}, "unknown body 'mars'"),
        ({k: v for k, v in REQUEST.items() if k != "purpose"}, "missing field 'purpose'"),
        ([1, 2], "expected a JSON object"),
        ({**REQUEST, "agreement": None}, "field 'agreement' must be a string, not null"),
    ],
)
def test_share_decide_exits_2_naming_what_is_wrong(builtin_register, tmp_path, data, message):
    with pytest.raises(CommandError, match=message) as caught:
        decide(tmp_path, data)
    assert caught.value.returncode == 2
    assert "\n" not in str(caught.value)


def test_share_decide_names_stdin_as_stdin(builtin_register, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"{not json")))
    with pytest.raises(CommandError, match=r"^stdin: malformed JSON") as caught:
        call_command("share", "decide", "-", "--json", stdout=io.StringIO())
    assert caught.value.returncode == 2


def test_ledger_verify_exports_a_bundle_that_verifies_offline(builtin_register, tmp_path):
    for i in range(3):
        ledger_append(payload={"type": "test", "n": i})
    bundle = tmp_path / "ledger.jsonl"
    out = io.StringIO()
    call_command("ledger", "verify", "--export", str(bundle), "--json", stdout=out)
    assert json.loads(out.getvalue())["count"] == 3
    assert verify_bundle(bundle.read_bytes()).ok


def test_ledger_verify_fails_on_a_tampered_entry(builtin_register):
    for i in range(3):
        ledger_append(payload={"type": "test", "n": i})
    LedgerEntry.objects.filter(seq=2).update(prev_hash="0" * 64)
    with pytest.raises(CommandError, match="entry 2") as caught:
        call_command("ledger", "verify", stdout=io.StringIO())
    assert caught.value.returncode == 1


@pytest.mark.parametrize(
    ("deleted", "missing"),
    [([3], "entry 3 is missing"), ([1, 2, 3], "entries 1 to 3 are missing")],
    ids=["the last entry", "every entry"],
)
def test_ledger_verify_reports_entries_deleted_at_the_end(builtin_register, deleted, missing):
    for i in range(3):
        ledger_append(payload={"type": "test", "n": i})
    # Tampering straight in the database: the rows go, the head row still records entry 3.
    LedgerEntry.objects.filter(seq__in=deleted).delete()
    out = io.StringIO()
    with pytest.raises(
        CommandError, match=f"ledger broken at entry {deleted[0]}: {missing}"
    ) as caught:
        call_command("ledger", "verify", "--json", stdout=out)
    assert caught.value.returncode == 1
    assert json.loads(out.getvalue())["ok"] is False
