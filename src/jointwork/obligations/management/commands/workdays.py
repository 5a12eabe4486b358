"""``jointwork workdays add DATE N [--region R] [--json]`` / ``jointwork workdays between A B``."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jointwork.obligations import workdays
from jointwork.obligations.scheduling import working_calendar


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{what}: {text!r} is not a date (YYYY-MM-DD)", returncode=2) from None


class Command(BaseCommand):
    help = "Working-day arithmetic (England by default; 'uk' skips any UK bank holiday, FOIA s10)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="the N-th working day after DATE")
        add.add_argument("date")
        add.add_argument("n")
        between = sub.add_parser("between", help="working days after START up to END")
        between.add_argument("start")
        between.add_argument("end")
        for p in (add, between):
            p.add_argument("--region", default=workdays.DEFAULT_REGION)
            p.add_argument("--json", action="store_true", help="print JSON (default)")

    def handle(self, *args, action: str, region: str, **options):
        try:
            cal = working_calendar(workdays.check_region(region))
        except workdays.WorkdaysError as exc:
            raise CommandError(str(exc), returncode=2) from None
        out: dict[str, Any]
        if action == "add":
            start = _date(options["date"], "DATE")
            try:
                n = int(options["n"])
            except ValueError:
                raise CommandError(
                    f"N: {options['n']!r} is not a whole number", returncode=2
                ) from None
            computed = cal.add_traced(start, n, rule=f"{n} working days ({region})")
            out = {"date": computed.value.isoformat(), "trace": computed.trace.to_dict()}
        else:
            start, end = _date(options["start"], "START"), _date(options["end"], "END")
            out = {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "region": region,
                "working_days": cal.between(start, end),
            }
        self.stdout.write(json.dumps(out, indent=2))
