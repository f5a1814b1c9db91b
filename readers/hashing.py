from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from pathlib import Path

# A run looks at a case's folder more than once (to plan the run, to list its documents, to assess
# it): a file with the same size and modification time is not hashed again within the process.
# The store trusts the same key across runs.
_MEMO: OrderedDict[tuple[str, int, int, int, int], str] = OrderedDict()
_MEMO_SIZE = 8192
_lock = threading.Lock()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    key = _key(path)
    with _lock:
        if key in _MEMO:
            _MEMO.move_to_end(key)
            return _MEMO[key]
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    value = digest.hexdigest()
    if _key(path) != key:
        return value  # written to while being hashed: not remembered
    with _lock:
        _MEMO[key] = value
        if len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return value


def _key(path: Path) -> tuple[str, int, int, int, int]:
    # The inode and change time as well: a file replaced by `cp -p` or `rsync -a` keeps its mtime.
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)
