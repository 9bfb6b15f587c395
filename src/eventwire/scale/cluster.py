"""Connect to a Dask cluster: ``local[:N]`` starts one on this machine, ``tcp://HOST:PORT``
joins a running scheduler.

>>> with connect("local:2") as client:                      # doctest: +SKIP
...     client.submit(...)

Dask's spill files and worker folders go under eventwire's cache folder
(``$EVENTWIRE_CACHE``, else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``)
in ``dask/``: ``DASK_TEMPORARY_DIRECTORY`` is set there before Dask is imported, so
nothing is written anywhere else. A local cluster runs one single-threaded worker process
per core (spaCy holds the GIL), without a dashboard.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ConfigError

# Dask's own periodic work, slowed down: by default every process samples its task thread's
# stack every 10 ms (profiling), checks its event loop every 20 ms and its resources every
# 0.5 s, which costs a busy 2-core machine about a tenth of a core while analysing nothing.
#
# A nanny also starts its worker with MALLOC_TRIM_THRESHOLD_=65536, so glibc hands freed
# memory back to the system at 64 KiB and takes it again at the next parse batch: measured
# here, the analysis itself took 16 % more CPU per article on such a worker (185 ms against
# 159 ms in one process, same articles, after the same warm-up) and as much as in one
# process without it. The thread limits Dask sets are kept (spaCy's work is one thread).
WORKER_ENVIRON = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}
#
# The nanny's check of its worker's memory (every 100 ms by default) and the scheduler's
# work-stealing pass (100 ms) run once a second instead: an idle one-worker cluster then used
# 0.016-0.019 of a core here against 0.039-0.045 (three runs each, 10 s idle).
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "2s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing-interval": "1s",
    "distributed.nanny.pre-spawn-environ": WORKER_ENVIRON,
}
_LOCAL = re.compile(r"local(?::(\d+))?")


def dask_temp_dir() -> Path:
    """Dask's temporary folder, inside eventwire's cache folder (created when missing)."""
    from ..places.gazetteer import cache_dir

    path = cache_dir() / "dask"
    path.mkdir(parents=True, exist_ok=True)
    return path


def parse_spec(spec: str) -> tuple[str, int | str]:
    """``("local", N)`` or ``("remote", address)``; raises :class:`ConfigError` otherwise."""
    match = _LOCAL.fullmatch(spec.strip().lower())
    if match:
        workers = int(match.group(1)) if match.group(1) else (os.cpu_count() or 1)
        if workers < 1:
            raise ConfigError(f"--cluster {spec}: at least one worker is needed")
        return "local", workers
    if re.fullmatch(r"(tcp|tls|ws|wss|inproc)://\S+", spec.strip()):
        return "remote", spec.strip()
    raise ConfigError(f"--cluster {spec!r}: expected local, local:N or tcp://HOST:PORT")


def _dask_ready() -> Any:
    temp = dask_temp_dir()
    os.environ["DASK_TEMPORARY_DIRECTORY"] = str(temp)
    try:
        import dask
        import distributed
    except ImportError:
        raise ConfigError("--cluster needs Dask: pip install 'eventwire[scale]'") from None
    dask.config.set({"temporary-directory": str(temp), "distributed.worker.daemon": False, **QUIET})
    return distributed


@contextmanager
def connect(spec: str) -> Iterator[Any]:
    """A ``distributed.Client`` for ``spec``; a local cluster is shut down on exit."""
    kind, where = parse_spec(spec)
    distributed = _dask_ready()
    if kind == "remote":
        try:
            client = distributed.Client(where, timeout="20s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {where}: {exc}") from None
        with client:
            yield client
        return
    with distributed.LocalCluster(
        n_workers=int(where), threads_per_worker=1, processes=True, dashboard_address=":0",
        local_directory=str(dask_temp_dir()), silence_logs=40,
    ) as cluster, distributed.Client(cluster) as client:
        yield client
