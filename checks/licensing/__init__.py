"""Licensing checks: license file, open license, French list, consistency, REUSE, dependencies, data and docs."""

from . import basic, data_docs, dependencies, policy, reuse  # noqa: F401
