"""The ``jointwork`` console command: every subcommand is a Django management command."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointwork.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv if argv is None else argv
    execute_from_command_line(["jointwork", *args[1:]])


if __name__ == "__main__":
    main()
