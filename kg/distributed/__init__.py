"""A distributed build on an existing engine (Dask or Ray): partitions in, gzipped N-Quads shards out.

``kg build --engine dask --shards DIR`` runs :func:`kg.distributed.build.distributed_build`: the
per-document stage of ``kg build`` (``kg.worker``) on the engine's workers,
one task per input partition, then the global stage (near duplicates, the
entities graph, the cross-document blocks) on the engine too, from compact row
files. Modules: ``partitions`` (planning and reading), ``stages`` (the tasks),
``engine`` (Dask and Ray behind one interface), ``manifest`` (what a rerun may
keep), ``build`` (the driver). Nothing here is imported by ``kg build``
without ``--engine``; the engines are the optional extra ``[distributed]``.
"""
