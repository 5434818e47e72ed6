"""Compiling a corpus past one machine, on Dask.

Each shard of the corpus (a month, a year, or a run of files up to a size; see
:func:`baokan.plan_shards`) is compiled by one task on a ``dask.distributed`` worker,
which runs :func:`baokan.compile` for that shard alone and writes its pack into a folder
every worker can reach (a shared or network file system). The planner is the one
``baokan compile --shard-by`` uses, so the same folder gives the same shards, the same
file names inside them and the same pack bytes on a laptop and on a cluster::

    from dask.distributed import Client
    import baokan.dask

    client = Client("tcp://scheduler:8786")      # or LocalCluster() for one machine
    packs = baokan.dask.compile_on_dask("/data/rmrb", "/data/packs", client, shard_by="year")
    # ['/data/packs/1946.pack', ..., '/data/packs/2019.pack']

The packs are ordinary packs. :func:`open_packs` opens them as one corpus
(``baokan.open`` of the list), and ``baokan --corpus PACK export --partition-by month
-o DIR`` of each into one folder gives a hive-partitioned Parquet dataset that DuckDB or
Spark reads as one table.

Needs ``dask[distributed]`` (``pip install "dask[distributed]"``); importing this module
does not.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Sequence, Union

import baokan

if TYPE_CHECKING:  # pragma: no cover
    from dask.distributed import Client  # type: ignore[import-not-found, unused-ignore]

_Path = Union[str, "os.PathLike[str]"]

__all__ = ["compile_on_dask", "compile_shard", "open_packs"]


def compile_shard(
    paths: Sequence[str],
    output: str,
    shard: str,
    shard_by: str = "month",
    shard_size: Union[int, None] = None,
    threads: Union[int, None] = None,
) -> dict[str, Any]:
    """Compiles one shard of ``paths`` into the pack ``output``: the task a worker runs.

    Returns the summary of :meth:`CompileResult.to_dict`, with the pack's ``path``
    and ``shard`` name. The corpus is closed before returning, so the worker holds
    nothing of it.
    """
    r = baokan.compile(
        list(paths),
        output,
        shard=shard,
        shard_by=shard_by,
        shard_size=shard_size,
        threads=threads,
    )
    summary: dict[str, Any] = dict(r.to_dict())
    r.corpus.close()
    summary["path"] = output
    summary["shard"] = shard
    return summary


def compile_on_dask(
    paths: Union[_Path, Sequence[_Path]],
    out_dir: _Path,
    client: "Client",
    shard_by: str = "month",
    shard_size: Union[int, None] = None,
    threads_per_task: Union[int, None] = None,
) -> list[str]:
    """Compiles page files and folders into one pack per shard on a Dask cluster.

    ``paths`` (a file or folder, or a list of them) and ``out_dir`` must be readable and
    writable at the same paths on every worker. Shards are planned here with
    :func:`baokan.plan_shards` (``shard_by`` is ``"month"``, ``"year"`` or ``"size"``,
    ``shard_size`` the bytes of a size shard, default 64 MB); each is compiled by one
    task, :func:`compile_shard`, into ``out_dir/<shard>.pack``. ``threads_per_task``
    caps each task's compile threads (default: every core of its worker).

    Returns the packs' paths, in shard order, once every task has finished; the first
    task that fails raises its error here.
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]  # type: ignore[list-item]
    roots = [os.path.abspath(os.fspath(p)) for p in paths]  # type: ignore[arg-type]
    out = os.path.abspath(os.fspath(out_dir))
    os.makedirs(out, exist_ok=True)
    shards = baokan.plan_shards(roots, by=shard_by, size=shard_size)
    futures = [
        client.submit(
            compile_shard,
            roots,
            os.path.join(out, f"{name}.pack"),
            name,
            shard_by,
            shard_size,
            threads_per_task,
            key=f"baokan-compile-{name}-{os.path.basename(out)}",
            pure=False,
        )
        for name, _files in shards
    ]
    results = client.gather(futures)
    return [r["path"] for r in results]


def open_packs(packs: Sequence[_Path]) -> baokan.Corpora:
    """Opens the packs a distributed compile wrote as one corpus (:class:`baokan.Corpora`).

    Ids are qualified by pack label (the shard name: ``"2019-02:17"``), and search,
    count, statistics and the mention verbs run over every pack, merged in pack order.
    """
    corpora = baokan.open([os.fspath(p) for p in packs])
    if not isinstance(corpora, baokan.Corpora):  # pragma: no cover - a list opens a set
        raise TypeError("baokan.open of a list of packs gave one corpus")
    return corpora
