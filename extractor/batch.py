"""Running ``extract`` over many inputs, in one process or several, always in input order."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from extractor.api import extract
from extractor.models import Record
from extractor.sources import DecodeError, Failure, Source, decode


@dataclass(frozen=True)
class Document:
    """One input that was read: its name, the encoding it was decoded from and its mentions.

    ``text`` is kept only when the output needs it (HTML), to keep batches small in memory.
    """

    name: str
    encoding: str
    mentions: tuple[Record, ...]
    text: str | None = None


Outcome = Document | Failure


#: Keyword arguments of ``extract`` for every input of a batch (``default_currency``, ...).
Options = dict[str, Any]


def process(
    source: Source,
    encoding: str | None = None,
    keep_text: bool = False,
    options: Options | None = None,
) -> Outcome:
    """Read, decode and extract one input; every problem becomes a ``Failure``, never a raise."""
    try:
        data = source.read()
    except OSError as error:
        return Failure(source.name, error.strerror or str(error))
    try:
        text, used = decode(data, encoding)
    except DecodeError as error:
        return Failure(source.name, str(error))
    del data
    try:
        mentions = tuple(extract(text, **(options or {})))
    except Exception as error:  # the engine promises not to raise; one file must not sink a batch
        return Failure(source.name, f"internal error in extract: {type(error).__name__}: {error}")
    return Document(source.name, used, mentions, text if keep_text else None)


def _process_chunk(
    items: list[Source | Failure], encoding: str | None, keep_text: bool, options: Options | None
) -> list[Outcome]:
    """``process`` over a chunk (the unit of work sent to a worker process)."""
    return [
        item if isinstance(item, Failure) else process(item, encoding, keep_text, options)
        for item in items
    ]


def _chunks(items: Iterable[Source | Failure], size: int) -> Iterator[list[Source | Failure]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _pool_context() -> multiprocessing.context.BaseContext:
    """``fork`` on Linux (fast, and the caller's ``__main__`` is not re-imported); else spawn.

    ``ProcessPoolExecutor`` forks all its workers before it starts any thread of its own.
    """
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def run(
    items: Iterable[Source | Failure],
    encoding: str | None = None,
    keep_text: bool = False,
    workers: int = 1,
    chunk_size: int = 16,
    warn: Callable[[str], None] | None = None,
    options: Options | None = None,
) -> Iterator[Outcome]:
    """One outcome per item, in the order of ``items``, whatever ``workers`` is.

    With ``workers > 1`` chunks of ``chunk_size`` items go to a process pool; at most a
    few chunks per worker are in flight, so results stream and memory stays bounded.
    If a worker dies (killed, out of memory), ``warn`` is told and the rest of the batch
    runs in this process, so the output is still complete and in order. ``options`` are
    keyword arguments of ``extract`` (checked by the caller).
    """
    if workers <= 1:
        yield from _serial(items, encoding, keep_text, options)
        return
    window = workers * 4
    chunks = _chunks(items, chunk_size)
    pending: deque[tuple[list[Source | Failure], Future[list[Outcome]]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        try:
            for chunk in chunks:
                pending.append((chunk, _submit(pool, chunk, encoding, keep_text, options)))
                if len(pending) >= window:
                    yield from pending[0][1].result()
                    pending.popleft()
            while pending:
                yield from pending[0][1].result()
                pending.popleft()
        except BrokenProcessPool:
            if warn is not None:
                warn("a worker process died; finishing the batch in this process")
            while pending:
                chunk, future = pending.popleft()
                if future.done() and not future.cancelled() and future.exception() is None:
                    yield from future.result()
                else:
                    yield from _serial(chunk, encoding, keep_text, options)
            yield from _serial(chain.from_iterable(chunks), encoding, keep_text, options)
        finally:  # the reader stopped early (closed pipe, Ctrl-C): drop work not yet started
            for _, future in pending:
                future.cancel()


def _submit(
    pool: ProcessPoolExecutor,
    chunk: list[Source | Failure],
    encoding: str | None,
    keep_text: bool,
    options: Options | None,
) -> Future[list[Outcome]]:
    """Send a chunk to the pool; a pool that is already broken gives a failed future."""
    try:
        return pool.submit(_process_chunk, chunk, encoding, keep_text, options)
    except BrokenProcessPool as error:
        failed: Future[list[Outcome]] = Future()
        failed.set_exception(error)
        return failed


def _serial(
    items: Iterable[Source | Failure],
    encoding: str | None,
    keep_text: bool,
    options: Options | None = None,
) -> Iterator[Outcome]:
    """``process`` each item here, in order."""
    for item in items:
        yield item if isinstance(item, Failure) else process(item, encoding, keep_text, options)
