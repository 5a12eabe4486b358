"""Prepare the parsing forkserver (``isolation``) once, so that each child it forks starts ready.

Imported only by that forkserver (it is first in ``isolation._PRELOAD``); it has no other use.

- It runs the parent's main script, as multiprocessing means to when ``__main__`` is preloaded
  but does not before Python 3.14 (cpython gh-98552): otherwise every child runs it again
  (under pytest that imports pytest, about 25 ms per document).
- It parses two short documents, so the rule tables are loaded and their patterns compiled:
  without this a child's parse took 15 ms longer (bench/ingest_isolation.py).
"""

from __future__ import annotations

import contextlib
import os
from multiprocessing import process, spawn

from jointwork.ingest.isolation import MAIN_VARIABLE
from jointwork.ingest.pipeline import parse_document

_main = os.environ.get(MAIN_VARIABLE)
if _main:
    # Marked as multiprocessing's own preload marks it, so that a script without a main guard
    # cannot start processes from here. If it fails, each child runs it itself, as without this.
    process.current_process()._inheriting = True  # type: ignore[attr-defined]
    with contextlib.suppress(Exception):
        spawn.import_main_path(_main)
    del process.current_process()._inheriting  # type: ignore[attr-defined]

_AGREEMENT = """\
Memorandum of Understanding between the Care Quality Commission (CQC) and the Example \
Council (the Council)

This memorandum comes into force on 1 April 2025 and will be reviewed every two years.

1. Meetings
1.1 Senior officers of CQC and the Council will meet quarterly.
2. Information sharing
2.1 The parties will share information under the Data Protection Act 2018 and the UK GDPR.
2.2 Neither party will share information that identifies people who use services.
3. Publications
3.1 Each party will give the other 48 hours' notice before publishing a report, and 24 hours \
before a press release.
3.2 Each party will consult the other before responding to a Freedom of Information request.
4. Disagreements
4.1 Disagreements will be escalated to directors and then to the chief executives:
(a) staff will be trained in this memorandum;
(b) draft reports will be kept confidential.
"""

parse_document(_AGREEMENT.encode(), "warm-up.txt")
parse_document(
    b"<html><body><h1>Protocol</h1><ol><li>The parties will meet every year.</li></ol>"
    b"<table><tr><td>Name</td><td>Email</td></tr></table></body></html>",
    "warm-up.html",
)
