"""Parse an untrusted document in a child process with hard time and memory limits.

Pure module (no Django). ``readers.Limits`` checks its time limit between PDF pages and HTML
elements, so one pathological page inside pypdf, pdfplumber, lxml or python-docx is never
interrupted, and nothing bounds memory. Here ``parse_document`` runs in a child process that
sets ``RLIMIT_AS`` (address space) and ``RLIMIT_CPU`` before it parses, while the parent waits
for the result with a wall-clock timeout and kills the child when it expires.

Children come from multiprocessing's *forkserver*: a single-threaded process that imported
the parsers and parsed two short documents once (``_forkserver``), so a child starts in a few
milliseconds with warm caches. Forking the (threaded) web server itself would be unsafe, and
``spawn`` would import the parsers again for every document. The forkserver starts at the first
parse and lives as long as the process that started it.

Public API (stable):

- ``parse_isolated(data, filename, bounds=Bounds(), limits=None) -> ParsedDocument``: as
  ``pipeline.parse_document`` (``limits.max_seconds`` becomes ``bounds.seconds``), and raises
  ``IngestError`` when the document needs more time or memory than ``bounds`` allow
  ("mou.pdf: parsing stopped after 30 s (time limit)", "mou.pdf: parsing needed more than
  1024 MB of memory (memory limit)") or crashes the parser; a bug in the parser (any other
  exception in the child) is a ``RuntimeError`` carrying the child's traceback.
- ``Bounds(seconds, memory_mb)``.

This bounds resources; it is not a security boundary: the child runs as the same user, with the
same files and environment, and its result comes back pickled.
"""

from __future__ import annotations

import math
import multiprocessing
import multiprocessing.forkserver
import os
import resource
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing import spawn
from multiprocessing.connection import Connection
from typing import Any

from jointwork.ingest.pipeline import ParsedDocument, parse_document
from jointwork.ingest.readers import IngestError, Limits

__all__ = ["Bounds", "parse_isolated"]


@dataclass(frozen=True)
class Bounds:
    seconds: float = 30.0  # wall clock, from the child's start
    memory_mb: int = 1024  # address space of the parsing process, libraries included


# Imported once by the forkserver; the readers import their parser libraries lazily.
_PRELOAD = [
    "jointwork.ingest._forkserver",
    "jointwork.ingest._pdf",
    "jointwork.ingest._docx",
    "jointwork.ingest._html",
    "pypdf",
    "pdfplumber",
    "docx",
    "lxml.html",
]
# The parent's main script, for ``_forkserver`` to run.
MAIN_VARIABLE = "JOINTWORK_PARSE_MAIN"
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(_PRELOAD)
_START = threading.Lock()


def _start_forkserver() -> None:
    """Make sure the forkserver runs (start it, again if it died), seeing what this process sees.

    On Python 3.11 (fixed in 3.12.8 and 3.13.1) the forkserver ignores this process's
    ``sys.path`` when it preloads (cpython gh-117378), and would preload whatever copy of
    ``jointwork`` is installed rather than the one running here; the fix's author gives
    ``PYTHONPATH`` as the workaround. The main script is passed the same way (see
    ``_forkserver``). Both only for this call.
    """
    main = spawn.get_preparation_data("parse").get("init_main_from_path", "")
    path = os.pathsep.join(p for p in sys.path if p)
    with _START, _environ({"PYTHONPATH": path, MAIN_VARIABLE: main}):
        multiprocessing.forkserver.ensure_running()


@contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def parse_isolated(
    data: bytes, filename: str, bounds: Bounds | None = None, limits: Limits | None = None
) -> ParsedDocument:
    """``parse_document`` in a child process that is killed when it exceeds ``bounds``."""
    bounds = bounds or Bounds()
    # The hard limit governs; the readers' own clock gets the same so it stops nothing earlier.
    limits = replace(limits or Limits(), max_seconds=bounds.seconds)
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(
        target=_child,
        args=(sender, data, filename, limits, bounds),
        name="jointwork-parse",
        daemon=True,
    )
    _start_forkserver()
    child.start()
    sender.close()  # the child holds the only write end: its death ends the wait
    try:
        if not receiver.poll(bounds.seconds):
            raise _time_limit(filename, bounds)
        try:
            outcome, value = receiver.recv()
        except EOFError:
            child.join()
            raise _died(filename, child.exitcode) from None
    finally:
        receiver.close()
        # The child has nothing to clean up: killing it saves the interpreter's shutdown.
        child.kill()
        child.join()
        child.close()
    if outcome == "ok":
        return value
    if outcome == "bad":
        raise IngestError(filename, value)
    if outcome == "memory":
        raise _memory_limit(filename, bounds)
    raise RuntimeError(f"parsing {filename} failed in the child process:\n{value}")


def _time_limit(filename: str, bounds: Bounds) -> IngestError:
    return IngestError(filename, f"parsing stopped after {bounds.seconds:g} s (time limit)")


def _memory_limit(filename: str, bounds: Bounds) -> IngestError:
    return IngestError(
        filename, f"parsing needed more than {bounds.memory_mb} MB of memory (memory limit)"
    )


def _died(filename: str, exitcode: int | None) -> IngestError:
    """The child ended without an answer: a crash inside a parser library."""
    how = signal.strsignal(-exitcode) if exitcode and exitcode < 0 else None
    return IngestError(filename, f"parsing crashed ({how or f'exit code {exitcode}'})")


def _child(conn: Connection, data: bytes, filename: str, limits: Limits, bounds: Bounds) -> None:
    _lower(resource.RLIMIT_AS, bounds.memory_mb * 1024 * 1024)
    # CPU time is a backstop for a parent that stopped waiting: SIGXCPU a second after the
    # wall-clock limit, SIGKILL a second later.
    _lower(resource.RLIMIT_CPU, math.ceil(bounds.seconds) + 1, grace=1)
    result: tuple[str, Any]
    try:
        result = ("ok", parse_document(data, filename, limits))
    except IngestError as exc:
        result = ("bad", exc.problem)
    except MemoryError:
        result = ("memory", None)
    except Exception:
        result = ("bug", traceback.format_exc())
    try:
        conn.send(result)
    except MemoryError:  # pickling a large result needs memory too
        del result
        conn.send(("memory", None))
    conn.close()


def _lower(limit: int, soft: int, grace: int = 0) -> None:
    """Set a resource limit, never above the hard limit the process already has."""
    current = resource.getrlimit(limit)[1]
    hard = soft + grace if current == resource.RLIM_INFINITY else min(current, soft + grace)
    resource.setrlimit(limit, (min(soft, hard), hard))
