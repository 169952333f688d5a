"""Interoperability checks."""

from . import basic  # noqa: F401
