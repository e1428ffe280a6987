"""--jobs N: check many texts in several processes, results in input order.

Workers are forked after the model is loaded, so none of them loads it again.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator

_linter = None  # the parent's Linter, inherited by forked workers


def _check_chunk(texts: list[str]):
    return list(_linter.check_many(texts))


def check_in_processes(linter, texts: list[str], jobs: int) -> Iterator[list]:
    global _linter
    if jobs <= 1 or len(texts) < 2:
        yield from linter.check_many(texts)
        return
    _linter = linter
    size = max(1, -(-len(texts) // (jobs * 4)))  # small chunks keep both cores busy to the end
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for result in pool.map(_check_chunk, chunks):
            yield from result
