"""Reusability checks: can another territory install, configure and maintain the service."""
