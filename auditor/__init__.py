"""readiness-auditor: open-source and scaling readiness of public digital services' codebases."""

__version__ = "0.1.0"
