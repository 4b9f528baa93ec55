"""How many worker processes to start on this machine: for ``kg build``'s worker pool (``kg.worker``) and a
local cluster of ``kg build --engine`` (``kg.distributed.engine``), without importing either."""

from __future__ import annotations

import os
import warnings

from kg.errors import KgWarning

#: The most worker processes this machine runs per core: more only slow the build, each holding a model in memory.
WORKERS_PER_CORE = 4


def local_workers(jobs: int) -> int:
    """How many worker processes to start on this machine for ``jobs`` asked: at most ``WORKERS_PER_CORE`` per core
    of this machine, with a warning when fewer than asked. Only for local workers: a remote cluster's workers run
    on its own cores."""
    most = WORKERS_PER_CORE * (os.cpu_count() or 1)
    if jobs > most:
        warnings.warn(
            f"--jobs {jobs}: using {most} workers (four per core); more only slow the build, each holding a model in memory",
            KgWarning,
            stacklevel=2,
        )
    return max(1, min(jobs, most))
