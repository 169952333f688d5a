"""Interoperability checks: does the service speak open standards with the services around it."""
