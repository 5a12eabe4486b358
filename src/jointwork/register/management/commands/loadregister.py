from pathlib import Path

from jointwork.cli_support import MachineCommand, bad_input
from jointwork.register.loader import BUILTIN_REGISTER, RegisterDataError, load_register


class Command(MachineCommand):
    help = "Load (or refresh) the built-in register of agreements; safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(BUILTIN_REGISTER),
            help="a register TOML file (default: the built-in register)",
        )

    def handle(self, *args, path: str, **options):
        try:
            report = load_register(Path(path))
        except (OSError, RegisterDataError) as exc:
            raise bad_input(str(exc)) from exc
        self.stdout.write(f"Register loaded from {Path(path).name}: {report.summary()}")
