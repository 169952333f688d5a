"""Whether documentation.readme-sections expects a configuration section: not when the code reads no setting at all, as
reusability.configuration finds it (issue 12, s44 fl44 = FredDuhart/PyAlize: a desktop calculation program reading no environment
variable, settings file or option, writing no key, password or server address, was asked for a "configuration" section)."""

from __future__ import annotations

from auditor.facts import FactError
from auditor.checks.reusability.common import textscan_ok
from auditor.checks.reusability.settings_free import nothing_to_set


def reads_no_setting(ctx, kind: str | None) -> bool:
    """True when reusability.configuration's rule finds nothing for a deployment to set: no variable read, no settings template or
    document, no settings block written in the code, no command-line option, and its ``nothing_to_set`` verdict (no standard
    variable, no file of settings' shape, no placeholder, no key, password or server address written). A command-line tool (judged
    on its options) and any missing fact keep the section expected."""
    if kind in (None, "cli-tool"):
        return False
    try:
        settings = ctx.fact("env_settings") or {}
        if settings.get("read_vars") or settings.get("templates") or settings.get("settings_docs") or settings.get("uncommitted_settings") \
                or settings.get("dotnet_keys") or settings.get("script_set") or (ctx.fact("docs") or {}).get("configuration"):
            return False
        scan = textscan_ok(ctx)
        if any(scan["signals"].get(s) for s in ("config.code-block", "config.cli-options", "config.cli-params")):
            return False
        return nothing_to_set(ctx, settings, kind, scan) is not None
    except (FactError, KeyError, TypeError):
        return False
