"""Reading a chosen file safely: only regular files, never more than a cap.

``/dev/zero`` reports size 0 and never ends, a FIFO blocks until someone
writes: the size a file reports is not trusted, what is read is capped, and
anything but a regular file is refused before it is opened for reading.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from app.errors import QT_TR_NOOP, StandardFormatError

MB = 1024 * 1024


def source_name(path: str | Path) -> str:
    p = Path(path)
    return p.name or str(p)


def read_capped(path: str | Path, limit: int) -> bytes:
    """The file's bytes; StandardFormatError when it is no regular file or over ``limit``."""
    source = source_name(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise StandardFormatError(source, None, QT_TR_NOOP("cannot read the file: %1"),
                                  exc.strerror or exc) from None
    _check_kind(st.st_mode, source)
    if st.st_size > limit:
        raise _too_large(source, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise StandardFormatError(source, None, QT_TR_NOOP("cannot read the file: %1"),
                                  exc.strerror or exc) from None
    try:
        _check_kind(os.fstat(fd).st_mode, source)  # swapped for a pipe since the stat?
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(MB, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise StandardFormatError(source, None, QT_TR_NOOP("cannot read the file: %1"),
                                  exc.strerror or exc) from None
    finally:
        os.close(fd)
    if size > limit:
        raise _too_large(source, limit)
    return b"".join(chunks)


def check_regular(path: str | Path) -> None:
    """Refuse a missing file, a folder, a device or a pipe before anything opens it."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise StandardFormatError(source_name(path), None, QT_TR_NOOP("cannot read the file: %1"),
                                  exc.strerror or exc) from None
    _check_kind(st.st_mode, source_name(path))


def _check_kind(mode: int, source: str) -> None:
    if stat.S_ISDIR(mode):
        raise StandardFormatError(source, None, QT_TR_NOOP("this is a folder, not a standard's file"))
    if not stat.S_ISREG(mode):
        raise StandardFormatError(source, None, QT_TR_NOOP(
            "this is not a regular file (a device, pipe or socket); save the standard to a file first"))


def _too_large(source: str, limit: int) -> StandardFormatError:
    return StandardFormatError(
        source, None, QT_TR_NOOP("the file is over %1 MB; a competency standard is far smaller"),
        max(1, limit // MB))
