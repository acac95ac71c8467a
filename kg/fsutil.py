"""Replace a directory by a freshly built one, so readers never see a half-written result."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path

_RENAME_EXCHANGE = 2  # from <linux/fs.h>
_AT_FDCWD = -100


def staging_dir(target: Path) -> Path:
    """Create and return an empty directory beside ``target`` to build its replacement in.

    Beside, not in the system temp directory, so the final rename stays on one filesystem.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     staging_dir(Path(tmp) / "dist").name.startswith(".dist.")
    True
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    # mkdtemp makes it private (0700); once swapped in it is an ordinary directory.
    path.chmod(0o777 & ~current_umask())
    return path


def current_umask() -> int:
    """The process's umask (read by setting it and back: there is no other way)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace_dir(new: Path, target: Path) -> None:
    """Put directory ``new`` at ``target``, deleting what was there; ``new`` is consumed.

    On Linux the two directories are exchanged in one ``renameat2(RENAME_EXCHANGE)`` call,
    so ``target`` is never missing. Elsewhere the old directory is renamed aside first and
    restored if the second rename fails.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     target = Path(tmp) / "out"
    ...     target.mkdir(); _ = (target / "old").write_text("old")
    ...     new = staging_dir(target); _ = (new / "new").write_text("new")
    ...     replace_dir(new, target)
    ...     sorted(p.name for p in Path(tmp).iterdir()), [p.name for p in target.iterdir()]
    (['out'], ['new'])
    """
    if not target.exists():
        os.rename(new, target)
        return
    if _exchange(new, target):
        shutil.rmtree(new)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rmdir(aside)
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside)


def remove_dir(path: Path) -> None:
    """Delete a staging directory, ignoring one already gone."""
    shutil.rmtree(path, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _renameat2():
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        function = ctypes.CDLL(name, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function
