from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jointwork.obligations.loader import (
    BUILTIN_OBLIGATIONS,
    ObligationDataError,
    load_obligations,
)


class Command(BaseCommand):
    help = "Load the built-in register's duties as confirmed obligations; safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(BUILTIN_OBLIGATIONS))

    def handle(self, *args, path: str, **options):
        try:
            report = load_obligations(Path(path))
        except (OSError, ObligationDataError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Obligations loaded from {Path(path).name}: {report.summary()}")
