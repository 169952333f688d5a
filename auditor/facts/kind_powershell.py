"""What makes a repository a PowerShell module: a module manifest (``<Name>.psd1`` naming its ``RootModule`` or
``ModuleVersion`` and the functions, cmdlets or nested scripts it exports) or a script module (``<Name>.psm1``), at the root or
one or two folders down. Its exported functions are commands typed at the PowerShell prompt (Get-AADLogs -StartDate …): the
project is a command-line tool, published on the PowerShell Gallery, whatever container image packages it to run anywhere.
PowerShell scripts declaring their parameters (``param(…)``, ``[CmdletBinding()]``) at the root or one folder down, without a
module, are commands too (an analyst's collection script run as ``.\\Export-Timeline.ps1 -Server dc01``); scripts named for a
deployment's operations (deploy, install, setup, start, stop…) are left to the other rules.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.lazyre import lazy_compile

_MANIFEST_KEYS = lazy_compile(r"^[^\S\n]*(?:RootModule|ModuleToProcess|ModuleVersion)\s*=", re.M | re.I)
_EXPORTS = lazy_compile(r"^[^\S\n]*(?:FunctionsToExport|CmdletsToExport|NestedModules|RootModule|ModuleToProcess)\s*=", re.M | re.I)
MODULE_EXT = frozenset({"ps1", "psm1", "psd1"})
_PARAMS = lazy_compile(r"^[^\S\n]*(?:\[CmdletBinding\b|param\s*\()", re.M | re.I)
_OPERATION = lazy_compile(r"^(?:[\w.]+[_.-])?(?:deploy|deployment|install|uninstall|setup|bootstrap|build|publish|release|provision|start|stop|"
                          r"restart|backup|restore|upgrade)(?:[_.-][\w.-]*)?$", re.I)


def powershell_module(ctx, files) -> list[str]:
    """The module manifest (or, without one, the script module) of a PowerShell module among the project's own ``files``, with
    the module's code beside it: ``[manifest or .psm1, its folder's scripts…]``, [] when there is none (the first 20 candidates
    in path order are read, 64 KB each)."""
    own = sorted(e.path for e in files if e.ext.lower() in MODULE_EXT and e.path.count("/") <= 2 and not is_test(e.path)
                 and not is_vendored(e.path) and not e.path.startswith("."))
    for p in [p for p in own if p.lower().endswith(".psd1")][:20]:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        if _MANIFEST_KEYS.search(text) and _EXPORTS.search(text):
            return [p] + _beside(p, own)
    modules = [p for p in own if p.lower().endswith(".psm1")]
    return modules[:1] + _beside(modules[0], own) if modules else []


def _beside(path: str, own: list[str]) -> list[str]:
    folder = path.rpartition("/")[0]
    return [p for p in own if p != path and p.rpartition("/")[0] == folder and p.lower().endswith((".ps1", ".psm1"))]


def powershell_commands(ctx, files) -> list[str]:
    """The PowerShell scripts (.ps1, at the root or one folder down, not tests, not named for a deployment's operation) that
    declare their parameters in their first 8 KB: the first 20 in path order are read."""
    cands = sorted(e.path for e in files if e.ext.lower() == "ps1" and e.path.count("/") <= 1 and not is_test(e.path)
                   and not is_vendored(e.path) and not e.path.startswith(".") and not _OPERATION.match(e.name[: -len(".ps1")]))
    return [p for p in cands[:20] if _PARAMS.search(ctx.snapshot.read_head(p, 8192) or "")]
