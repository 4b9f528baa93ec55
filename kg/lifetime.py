"""Child processes that end with their parent, so that a kg command killed outright leaves nothing running."""

from __future__ import annotations

import ctypes
import os
import signal


def end_with_parent(parent: int) -> None:
    """On Linux, have the kernel kill this process when its parent ``parent`` ends (``prctl(PR_SET_PDEATHSIG)``)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return  # not Linux: the parent stops this process itself
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)
