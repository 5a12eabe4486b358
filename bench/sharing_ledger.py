"""Benchmark: file + decide + ledger append, and bare ledger appends, on SQLite and PostgreSQL.

Run: PYTHONPATH=src python bench/sharing_ledger.py
SQLite uses a scratch file; PostgreSQL runs only when DATABASE_URL is set, in a scratch database
created on that server and dropped afterwards (the database named in DATABASE_URL is not touched).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

N_FILE = 300
N_APPEND = 1000


def measure(label: str) -> None:
    """Runs inside a child process whose environment points Django at a scratch database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointwork.settings")
    django.setup()
    from django.core.management import call_command

    from jointwork.accounts.models import Organisation, Role
    from jointwork.accounts.services import membership_set, user_ensure
    from jointwork.sharing.request import parse_request
    from jointwork.sharing.selectors import ledger_verify
    from jointwork.sharing.services import ledger_append, share_request_file

    call_command("migrate", verbosity=0)
    call_command("loadregister", stdout=io.StringIO())
    user = user_ensure(username="bench", password="a-long-bench-password")
    membership_set(
        actor=None, user=user, organisation=Organisation.objects.get(slug="cqc"), role=Role.VIEWER
    )
    base = {
        "agreement": "cqc-lga-mou-2015",
        "from": "cqc",
        "to": "lga",
        "purpose": "bench",
        "personal_data": False,
        "identifies_service_users": False,
        "identifies_registered_persons": False,
        "special_category": False,
        "legal_basis": None,
        "pre_publication": False,
    }
    requests = [parse_request({**base, "foi_request": i % 3 == 0}) for i in range(N_FILE)]
    start = time.perf_counter()
    for data in requests:
        share_request_file(actor=user, data=data)
    filed = N_FILE / (time.perf_counter() - start)
    start = time.perf_counter()
    for i in range(N_APPEND):
        ledger_append(payload={"type": "bench", "n": i})
    appended = N_APPEND / (time.perf_counter() - start)
    start = time.perf_counter()
    result = ledger_verify()
    verified = result.count / (time.perf_counter() - start)
    assert result.ok and result.count == N_FILE + N_APPEND, result
    print(f"BENCH sharing.file_decide_append_{label} {filed:.0f} per_s")
    print(f"BENCH sharing.ledger_append_{label} {appended:.0f} per_s")
    print(f"BENCH sharing.ledger_verify_{label} {verified:.0f} entries_per_s")


def child(label: str, env: dict[str, str]) -> None:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, **env, "PYTHONPATH": src}
    subprocess.run([sys.executable, __file__, "--child", label], env=env, check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {"SQLITE_PATH": str(Path(tmp) / "bench.sqlite3")}
        child("sqlite", {**env, "DATABASE_URL": ""})
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print("# PostgreSQL skipped: DATABASE_URL is not set")
        return
    import psycopg

    scratch = f"jointwork_bench_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{scratch}"')
    try:
        parts = urlsplit(url)
        child("postgresql", {"DATABASE_URL": urlunsplit(parts._replace(path=f"/{scratch}"))})
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{scratch}" WITH (FORCE)')


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        measure(sys.argv[2])
    else:
        main()
