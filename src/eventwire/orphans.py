"""Worker processes that do not outlive their parent.

A pool worker whose parent is killed (``kill -9``) would otherwise go on analysing until
it next talks to the dead parent. :func:`exit_with_parent` makes the kernel send it
SIGTERM when the parent dies (``prctl(PR_SET_PDEATHSIG)`` on Linux) and, everywhere, starts
a daemon thread that ends the process within a second of the parent's pid going away.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0


def exit_with_parent(parent: int) -> None:
    """End this process when the process ``parent`` dies (call it in the child)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watchdog below still works
            pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="eventwire-parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while True:
        time.sleep(POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)
