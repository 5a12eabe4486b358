from pathlib import Path

from django.utils import timezone

from jointwork.cli_support import MachineCommand, bad_input
from jointwork.obligations.loader import (
    BUILTIN_OBLIGATIONS,
    ObligationDataError,
    load_obligations,
)
from jointwork.obligations.services import materialise_all
from jointwork.obligations.tasks import HORIZON_DAYS


class Command(MachineCommand):
    help = (
        "Load the built-in register's duties as confirmed obligations and materialise their due "
        "items for the rolling horizon; safe to run again. Run after `jointwork loadregister`."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(BUILTIN_OBLIGATIONS))
        parser.add_argument(
            "--no-materialise", action="store_true", help="load the duties only, make no items"
        )

    def handle(self, *args, path: str, no_materialise: bool, **options):
        try:
            report = load_obligations(Path(path))
        except (OSError, ObligationDataError) as exc:
            raise bad_input(str(exc)) from exc
        self.stdout.write(f"Obligations loaded from {Path(path).name}: {report.summary()}")
        if not no_materialise:
            created = materialise_all(now=timezone.now(), horizon_days=HORIZON_DAYS)
            self.stdout.write(f"{created} due items created for the next {HORIZON_DAYS} days")
