"""The lint stage: rules, the engine that runs them, fixes, and writing fixed files back.

The package is also the API call ``reslint.lint(text_or_path, ...)``, which
returns the findings (``reslint.api.lint``): a module cannot be called, so
the package's class is swapped for one that can, and ``reslint.lint.runner``
and the other modules stay importable as they are.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from reslint.api import lint

        return lint(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
