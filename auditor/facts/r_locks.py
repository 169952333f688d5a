"""The R packages an R lockfile pins: renv's renv.lock (JSON ``Packages``), an rsconnect manifest.json (``packages``), rv's rv.lock
(TOML ``[[packages]]`` tables with their ``name``; rv, the declarative R package manager: github.com/A2-ai/rv, docs/config.md)."""

from __future__ import annotations

from auditor import safejson


def r_lock_package_names(text: str, name: str = "renv.lock") -> list[str]:
    """The package names the lockfile ``name`` records, sorted; raises ValueError when it lists none."""
    data = safejson.toml_loads(text) if name == "rv.lock" else safejson.loads(text)
    packages = (data.get("Packages") or data.get("packages")) if isinstance(data, dict) else None
    if isinstance(packages, list):  # (rv.lock: one table per package)
        packages = {p["name"]: p for p in packages if isinstance(p, dict) and isinstance(p.get("name"), str)}
    if not isinstance(packages, dict):
        raise ValueError("no Packages section")
    return sorted(packages)
