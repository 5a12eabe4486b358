"""Dashboard for an organisation with 1,000 open items: query count and time.

Run: ``python bench/obligations_dashboard.py`` (uses a throw-away SQLite file). The peer is the
same listing read without ``select_related`` (one query per item for its obligation/agreement).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointwork.settings")
os.environ["SQLITE_PATH"] = str(Path(tempfile.mkdtemp()) / "bench.sqlite3")

import django

django.setup()  # the imports below need the app registry

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from jointwork.accounts.models import Organisation  # noqa: E402
from jointwork.obligations.loader import load_obligations  # noqa: E402
from jointwork.obligations.models import DueItem, Obligation  # noqa: E402
from jointwork.obligations.recurrence import LONDON  # noqa: E402
from jointwork.obligations.selectors import dashboard  # noqa: E402
from jointwork.register.loader import load_register  # noqa: E402

ITEMS = 1_000


def main() -> None:
    call_command("migrate", verbosity=0)
    load_register()
    load_obligations()
    obligations = list(Obligation.objects.filter(bearers__slug="cqc", agreement__isnull=False))
    start = dt.datetime(2026, 1, 1, tzinfo=LONDON)
    DueItem.objects.bulk_create(
        DueItem(
            obligation=obligations[i % len(obligations)],
            key=f"bench-{i}",
            title=f"Bench item {i}",
            due=start + dt.timedelta(hours=2 * i),
            trace={},
        )
        for i in range(ITEMS)
    )
    cqc = Organisation.objects.get(slug="cqc")
    at = dt.datetime(2026, 2, 1, tzinfo=LONDON)
    with CaptureQueriesContext(connection) as ours:
        t0 = time.perf_counter()
        board = dashboard(organisation=cqc, at=at)
        labels = [i.obligation.source_label for i in board.overdue + board.upcoming]
        ours_s = time.perf_counter() - t0
    with CaptureQueriesContext(connection) as naive:
        t0 = time.perf_counter()
        items = DueItem.objects.borne_by(cqc).open().order_by("due")
        naive_labels = [i.obligation.source_label for i in items]
        naive_s = time.perf_counter() - t0
    assert len(labels) <= len(naive_labels)
    print(
        f"BENCH obligations.dashboard_queries {len(ours.captured_queries)} queries "
        f"vs naive {len(naive.captured_queries) / len(ours.captured_queries):.0f}x"
    )
    print(f"BENCH obligations.dashboard_ms {ours_s * 1000:.1f} ms vs naive {ours_s / naive_s:.2f}x")


if __name__ == "__main__":
    main()
