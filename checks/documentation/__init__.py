"""Documentation checks."""

from . import basic  # noqa: F401
