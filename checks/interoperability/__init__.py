"""Interoperability checks: does the service speak open standards with the services around it."""

from . import basic, services  # noqa: F401
