"""Imported first by the GUI: makes PySide6's import hook cheap before our modules load.

Importing this module applies `lighten_pyside_import_hook` once; every ipquiz GUI module
imported after it (and SQLAlchemy's on the loader thread) then costs a file read instead
of a tokenizer pass.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  # the hook exists once PySide6 is imported


def lighten_pyside_import_hook() -> None:
    """PySide6 hooks every import made after it and, to decide whether a module uses
    PySide6, looks for "PySide6" in the module's source through inspect.getsource
    (PYSIDE-2029): a tokenizer pass and a linecache entry per module, or, in a frozen
    bundle, a search of sys.path for a source that is not there. With SQLAlchemy's ~300
    modules imported by the loader that is 50-70 ms of start-up. Same question, same
    answer, from the file's bytes; no .py file means no source, as for getsource.
    If PySide6 changes, this does nothing."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return False  # built in, an extension, or frozen bytecode
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


lighten_pyside_import_hook()
