"""Reading the package's data files (``vnpress/data``).

Through the module's own loader, as `pkgutil.get_data` does: it reads from an
installed directory or a zip archive alike, and costs nothing to import, where
`importlib.resources` brings in pathlib, tempfile, zipfile and more (about a
tenth of what a new process spends before its first parse).
"""

from __future__ import annotations

import os


def read_data(name: str) -> str:
    """The text of ``vnpress/data/<name>`` (UTF-8)."""
    loader = __spec__.loader
    path = os.path.join(os.path.dirname(__file__), "data", name)
    get_data = getattr(loader, "get_data", None)
    if get_data is None:  # a loader that cannot read files: read the directory
        with open(path, encoding="utf-8") as f:
            return f.read()
    data: bytes = get_data(path)
    return data.decode("utf-8")
