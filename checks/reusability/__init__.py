"""Reusability checks: can another territory install, configure and maintain the service."""

from . import basic, install, portability, quality, territory  # noqa: F401
