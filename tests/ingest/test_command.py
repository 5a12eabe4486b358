"""``jointwork ingest FILE… --json`` (parse only): JSON on stdout, exit 2 on bad input."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.ingest.corpus import FIXTURES


def test_it_prints_the_contract_json_for_one_file():
    out = io.StringIO()
    call_command("ingest", str(FIXTURES / "nmc-psa-protocol.html"), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert result["type"] == "jwp"
    assert result["parties"] == [
        "Nursing and Midwifery Council",
        "Professional Standards Authority",
    ]


def test_it_prints_a_list_for_several_files():
    out = io.StringIO()
    files = [str(FIXTURES / "nmc-psa-protocol.html"), str(FIXTURES / "hse-orr-btp-mou.txt")]
    call_command("ingest", *files, "--json", stdout=out)
    assert [r["source"] for r in json.loads(out.getvalue())] == [
        "nmc-psa-protocol.html",
        "hse-orr-btp-mou.txt",
    ]


def test_bad_input_exits_2_with_a_message_naming_the_file(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(CommandError) as error:
        call_command("ingest", str(bad), "--json")
    assert error.value.returncode == 2
    assert str(error.value).startswith("broken.pdf: corrupt PDF")


def test_a_missing_file_exits_2():
    with pytest.raises(CommandError) as error:
        call_command("ingest", "no-such-file.txt")
    assert error.value.returncode == 2
