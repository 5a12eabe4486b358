"""``jointwork workdays add DATE N [--region R] [--json]`` / ``jointwork workdays between A B``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jointwork.cli_support import MachineCommand, bad_input
from jointwork.obligations import workdays
from jointwork.obligations.scheduling import working_calendar


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise bad_input(f"{what}: {text!r} is not a date (YYYY-MM-DD)") from None


class Command(MachineCommand):
    help = "Working-day arithmetic (England by default; 'uk' skips any UK bank holiday, FOIA s10)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", metavar="{add,between}", required=True)
        add = sub.add_parser("add", help="the N-th working day after DATE")
        add.add_argument("date", metavar="DATE")
        add.add_argument("n", metavar="N")
        between = sub.add_parser("between", help="working days after START up to END")
        between.add_argument("start", metavar="START")
        between.add_argument("end", metavar="END")
        for p in (add, between):
            p.add_argument("--region", default=workdays.DEFAULT_REGION)
            p.add_argument("--json", action="store_true", help="print JSON (default)")

    def handle(self, *args, action: str, region: str, **options):
        try:
            cal = working_calendar(workdays.check_region(region))
        except workdays.WorkdaysError as exc:
            raise bad_input(str(exc)) from None
        out: dict[str, Any]
        if action == "add":
            start = _date(options["date"], "DATE")
            try:
                n = int(options["n"])
            except ValueError:
                raise bad_input(f"N: {options['n']!r} is not a whole number") from None
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
        self.write_json(out)
