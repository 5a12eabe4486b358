"""What every ``jointwork`` subcommand shares (DESIGN.md, "Machine interfaces").

Bad input, whether an argument argparse rejects or data the command rejects, is one line on
stderr naming what is wrong and exit 2; JSON goes to stdout in one style; ``-`` reads stdin and
errors about it start ``stdin:``, errors about a file start with the path given.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

BAD_INPUT = 2
STDIN = "-"


def bad_input(message: str) -> CommandError:
    """The error to raise for bad input: one line, exit 2."""
    return CommandError(" ".join(message.split()), returncode=BAD_INPUT)


def source_label(path: str) -> str:
    """How errors name an input: ``stdin`` for ``-``, otherwise the path as given."""
    return "stdin" if path == STDIN else path


def read_source(path: str) -> bytes:
    """The bytes of a file, or of stdin for ``-``; a clear one-line error if it cannot be read."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise bad_input(f"{path}: no such file") from None
    except IsADirectoryError:
        raise bad_input(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise bad_input(f"{path}: cannot be read ({exc.strerror or exc})") from None


def dumps_json(value: Any) -> str:
    """The one JSON style of every ``--json``: indented for people, UTF-8 text kept as is."""
    return json.dumps(value, ensure_ascii=False, indent=2)


class MachineCommand(BaseCommand):
    """Base of every ``jointwork`` subcommand.

    Django's parser, run from the command line, prints its usage block and exits on a bad
    argument; built as if called from code it raises ``CommandError`` instead, which
    ``run_from_argv`` turns into the single line the contract promises.
    """

    # System-check warnings on stderr would break the one-line contract.
    requires_system_checks: list[str] = []

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        called = getattr(self, "_called_from_command_line", False)
        self._called_from_command_line = False
        try:
            return super().create_parser(prog_name, subcommand, **kwargs)
        finally:
            self._called_from_command_line = called

    def run_from_argv(self, argv: list[str]) -> None:
        try:
            super().run_from_argv(argv)
        except CommandError as exc:
            # execute()'s errors are printed and exit inside Django: only the parser's get here.
            message = str(exc).removeprefix("Error: ")
            self.stderr.write(f"CommandError: {Path(argv[0]).name} {argv[1]}: {message}")
            sys.exit(BAD_INPUT)

    def write_json(self, value: Any) -> None:
        self.stdout.write(dumps_json(value))
