"""The engines a distributed build runs on: Dask (``distributed``) or Ray, behind one small interface.

An :class:`Engine` runs calls of plain functions on its workers and gives back
their results as they finish, keeping at most ``in_flight`` calls queued so
the driver never holds the whole corpus's work at once (back-pressure). A call
whose worker dies is run again by the engine (Dask: the scheduler reschedules
it, up to ``distributed.scheduler.allowed-failures`` deaths; Ray: ``max_retries``);
a call that raises gives its exception.

Without an address, a local cluster of ``workers`` single-threaded worker
processes is started on this machine and stopped by :meth:`Engine.close`.
With one, the engine connects to a running cluster (Dask: ``tcp://HOST:8786``;
Ray: ``HOST:6379`` or ``auto``). Dask workers must not be daemonic processes,
because each keeps a kg worker process (``kg.distributed.stages``): start them
with ``DASK_DISTRIBUTED__WORKER__DAEMON=False``.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.cores import local_workers
from kg.errors import KgError

#: The engines, by ``--engine`` name, and the package each needs.
ENGINES = {"dask": "distributed", "ray": "ray"}
#: How often the engine runs a call again after its worker died.
RETRIES = 3

Call = tuple[Callable[..., Any], tuple[Any, ...]]


class Engine(ABC):
    """A cluster to run calls on."""

    workers: int

    @abstractmethod
    def run(self, calls: Iterable[Call], in_flight: int) -> Iterator[tuple[int, Any]]:
        """(position, result or exception) of each call, in the order they finish."""

    @abstractmethod
    def close(self) -> None:
        """Disconnect, and stop the local cluster if this engine started it."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_engine(name: str, address: str | None, workers: int, teardown: Callable[[], None] | None = None) -> Engine:
    """Start (or connect to) a cluster of engine ``name``; ``teardown`` is run on each worker before the engine closes.
    A local cluster (no ``address``) has at most four workers per core of this machine (``kg.cores.local_workers``);
    a remote one's workers are its own.

    Raises:
        KgError: An unknown engine, an engine that is not installed, or a cluster that cannot be reached.
    """
    if name not in ENGINES:
        raise KgError(f"unknown engine {name!r}; expected one of {', '.join(sorted(ENGINES))}")
    try:
        __import__(ENGINES[name])
    except ImportError as error:
        raise KgError(f"engine {name!r} needs the package {ENGINES[name]!r}: pip install -e \".[distributed]\" ({error})") from error
    if address is None:
        workers = local_workers(workers)
    try:
        return DaskEngine(address, workers, teardown) if name == "dask" else RayEngine(address, workers)
    except (OSError, TimeoutError, ConnectionError) as error:
        raise KgError(f"cannot start or reach the {name} cluster {address or '(local)'}: {error}") from error


class DaskEngine(Engine):
    """Dask distributed: a ``LocalCluster`` of processes (one thread each) or the scheduler at ``address``."""

    def __init__(self, address: str | None, workers: int, teardown: Callable[[], None] | None = None) -> None:
        import dask
        from distributed import Client, LocalCluster

        self.teardown = teardown
        self.cluster = None
        # For this process's life, not a block: a nanny reads it again when it restarts a worker that died.
        dask.config.set({"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": RETRIES})
        if address is None:
            self.cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                memory_limit=0, silence_logs=logging.ERROR,
            )
        self.client = Client(address or self.cluster, set_as_default=False)
        self.workers = len(self.client.scheduler_info(n_workers=-1)["workers"]) or workers

    def run(self, calls: Iterable[Call], in_flight: int) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed

        queue = enumerate(calls)
        positions: dict[Any, int] = {}
        finished = as_completed(loop=self.client.loop)

        def submit() -> None:
            for position, (function, args) in queue:
                future = self.client.submit(function, *args, pure=False)
                positions[future] = position
                finished.add(future)
                return

        for _ in range(in_flight):
            submit()
        for future in finished:
            position = positions.pop(future)
            try:
                result = future.result()
            except Exception as error:  # the call raised, or its workers kept dying: the driver reports it
                result = error
            future.release()
            yield position, result
            submit()

    def close(self) -> None:
        if self.teardown is not None:  # a worker stops at once then, instead of being killed after a grace period
            self.client.run(self.teardown)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


class RayEngine(Engine):
    """Ray: a local Ray instance of ``workers`` CPUs, or the cluster at ``address``.

    Ray stops its worker processes itself; a process they started ends when its pipe to them closes.
    """

    def __init__(self, address: str | None, workers: int) -> None:
        import ray

        self.ray = ray
        ray.init(
            address=address, num_cpus=None if address else workers, include_dashboard=False,
            logging_level=logging.ERROR, log_to_driver=False,
        )
        self.workers = int(ray.cluster_resources().get("CPU", workers))
        self._remote: dict[Callable[..., Any], Any] = {}

    def run(self, calls: Iterable[Call], in_flight: int) -> Iterator[tuple[int, Any]]:
        queue = enumerate(calls)
        positions: dict[Any, int] = {}

        def submit() -> None:
            for position, (function, args) in queue:
                if function not in self._remote:
                    self._remote[function] = self.ray.remote(function).options(max_retries=RETRIES, num_cpus=1)
                positions[self._remote[function].remote(*args)] = position
                return

        for _ in range(in_flight):
            submit()
        while positions:
            [done], _ = self.ray.wait(list(positions), num_returns=1)
            position = positions.pop(done)
            try:
                result = self.ray.get(done)
            except Exception as error:  # the call raised, or its workers kept dying: the driver reports it
                result = error
            yield position, result
            submit()

    def close(self) -> None:
        self.ray.shutdown()
