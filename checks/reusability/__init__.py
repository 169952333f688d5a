"""Reusability checks."""

from . import basic  # noqa: F401
