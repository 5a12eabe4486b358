"""``jointwork due --from DATE --to DATE [--agreement SLUG] [--format json|ics]``."""

from __future__ import annotations

import datetime as dt

from jointwork.cli_support import MachineCommand, bad_input
from jointwork.obligations.ical import feed
from jointwork.obligations.recurrence import LONDON
from jointwork.obligations.selectors import item_json, items_between
from jointwork.register.models import Agreement


def _day(text: str, what: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise bad_input(f"{what}: {text!r} is not a date (YYYY-MM-DD)") from None
    return dt.datetime.combine(day, dt.time(0), tzinfo=LONDON)


class Command(MachineCommand):
    help = "List due items between two dates (inclusive), as JSON or iCalendar."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True)
        parser.add_argument("--to", dest="end", required=True)
        parser.add_argument("--agreement")
        parser.add_argument("--format", choices=["json", "ics"], default="json")
        parser.add_argument("--json", action="store_true", help="same as --format json")

    def handle(self, *args, start: str, end: str, agreement: str | None, **options):
        lo, hi = _day(start, "--from"), _day(end, "--to") + dt.timedelta(days=1)
        if hi <= lo:
            raise bad_input("--to is before --from")
        if agreement and not Agreement.objects.filter(slug=agreement).exists():
            raise bad_input(f"--agreement: unknown agreement {agreement!r}")
        items = items_between(start=lo, end=hi, agreement_slug=agreement)
        if options["format"] == "ics" and not options["json"]:
            self.stdout.write(feed(items, name="Jointwork due items").decode())
            return
        out = {
            "from": start,
            "to": end,
            "agreement": agreement,
            "items": [item_json(i) for i in items],
        }
        self.write_json(out)
