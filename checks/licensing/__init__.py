"""Licensing checks: license file, open license, French list, consistency, REUSE, dependencies, data and docs."""
