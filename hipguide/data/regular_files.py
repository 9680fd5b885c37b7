"""Read a file only if it is a plain file inside the project, and not too big.

A data file can be swapped for something that is not text at all: a symlink to
a private file elsewhere (it would be published), a dangling link or a loop (a
traceback), a link to /dev/zero (memory runs out) or a FIFO (the build waits
forever). Everything is checked with stat() before the file is opened, and the
file is opened without blocking and read with a cap, so none of these can hang
or flood the build.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_BYTES = 1_000_000  # about 200 pages of text: far more than any data file needs


class NotARegularFile(Exception):
    """Why a path cannot be read as a data file, in words for staff."""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    return "not a plain file"


def check_regular_file(path: Path, root: Path) -> Path:
    """The real path of ``path`` if it is a plain file inside ``root`` of at most ``MAX_BYTES``.

    Raises :class:`NotARegularFile` otherwise. Never opens the file.
    """
    try:
        real = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        raise NotARegularFile("this is a link to a file that does not exist. Delete the link, "
                              "or put the real file here.") from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise NotARegularFile(f"this file cannot be opened ({exc.strerror}).") from None
        raise NotARegularFile("this is a link that points back to itself (a loop). Delete it "
                              "and put the real file here.") from None
    root = Path(os.path.realpath(root))
    if not real.is_relative_to(root):
        raise NotARegularFile("this is a link to a file outside the project. Only files inside "
                              "the project are published: copy the file here instead of linking to it.")
    info = os.stat(real)
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(f"this is {_kind(info.st_mode)}. Replace it with an ordinary text file.")
    if info.st_size > MAX_BYTES:
        raise NotARegularFile(f"this file is {info.st_size:,} bytes; the limit is {MAX_BYTES:,} "
                              "(about 200 pages of text). Split it, or remove what does not belong in it.")
    return real


def read_regular_file(path: Path, root: Path) -> bytes:
    """The bytes of ``path``, after :func:`check_regular_file`; at most ``MAX_BYTES`` of them."""
    real = check_regular_file(path, root)
    # O_NONBLOCK: if the file was swapped for a FIFO since the check, opening it cannot hang.
    fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile("this is not a plain file. Replace it with an ordinary text file.")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise NotARegularFile(f"this file is over {MAX_BYTES:,} bytes (the limit). Split it.")
    return data
