"""Write a file whole or not at all: the old file survives any failure."""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import suppress
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``path``, check it, then put it in place.

    A full disk, a failing device or a write that comes up short raises OSError, and ``path``
    is left as it was: each write is checked, the file is flushed to the disk and its size
    compared before it replaces the old one. Only a regular file is ever replaced: a device,
    a pipe or a folder at ``path`` is refused.
    """
    if path.exists() and not path.is_file():
        raise OSError(errno.EEXIST, "not a regular file", str(path))
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            view = memoryview(data)
            while view:
                written = file.write(view)
                if not written:
                    raise OSError(f"{path}: the disk took none of the data")
                view = view[written:]
            file.flush()
            os.fsync(file.fileno())
        if os.stat(temporary).st_size != len(data):
            raise OSError(f"{path}: the file was written short")
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
