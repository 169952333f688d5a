"""Whether documentation.readme-sections expects a configuration section: not when the code reads no setting at all, as
reusability.configuration finds it (issue 12, s44 fl44 = FredDuhart/PyAlize: a desktop calculation program reading no environment
variable, settings file or option, writing no key, password or server address, was asked for a "configuration" section)."""

from __future__ import annotations

from auditor.facts import FactError
from auditor.checks.reusability.common import textscan_ok
from auditor.checks.reusability.settings_dotnet import settings_without_example
from auditor.checks.reusability.settings_free import nothing_to_set, settings_in_cli_code
from auditor.facts.project import decided_kind, run_on_schedule


def reads_no_setting(ctx, kind: str | None) -> bool:
    """True when reusability.configuration's rule finds nothing for a deployment to set: no variable read, no settings template or
    document, no settings block written in the code, no command-line option, and its ``nothing_to_set`` verdict (no standard
    variable, no file of settings' shape, no placeholder, no key, password or server address written). A command-line tool is
    judged as reusability.configuration judges it: no option, nothing written in its code; any missing fact keeps the section expected."""
    if kind is None:
        return False
    try:
        settings = ctx.fact("env_settings") or {}
        if settings.get("read_vars") or settings.get("templates") or settings.get("settings_docs") or settings.get("uncommitted_settings") \
                or settings.get("dotnet_keys") or settings.get("script_set") or (ctx.fact("docs") or {}).get("configuration"):
            return False
        scan = textscan_ok(ctx)
        if any(scan["signals"].get(s) for s in ("config.code-block", "config.cli-options", "config.cli-params")):
            return False
        if kind == "cli-tool":  # (a command-line tool with no option, variable or file, writing no machine's path or credential in its
            # code: reusability.configuration's "nothing to configure", its one rule — issue 12, s45 fh45 = an N4DS file splitter)
            project = ctx.fact("project") or {}
            return decided_kind(project) == "cli-tool" and not run_on_schedule(project) and bool((ctx.fact("inventory") or {}).get("categories", {}).get("source")) \
                and settings_without_example(settings, kind) is None and settings_in_cli_code(ctx, settings, kind) is None
        return nothing_to_set(ctx, settings, kind, scan) is not None
    except (FactError, KeyError, TypeError):
        return False
