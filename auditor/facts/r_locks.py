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


# The public homes of R packages: CRAN and its cloud, Posit's public Package Manager, R-universe, Bioconductor; a CRAN mirror is
# served under a folder named CRAN (https://mirror.ibcp.fr/pub/CRAN/) or from a host named cran.* (https://cran.irsn.fr)
PUBLIC_R_HOSTS = ("r-project.org", "rstudio.com", "posit.co", "r-universe.dev", "bioconductor.org", "rstudio.org")


def public_r_repository(host: str, path: str) -> bool:
    host = host.lower()
    return any(host == h or host.endswith("." + h) for h in PUBLIC_R_HOSTS) or host.startswith(("cran.", "cran-")) \
        or "cran" in {s.lower() for s in path.split("/")}


def r_lock_repositories(text: str, name: str = "renv.lock") -> list[tuple[str, str, int]]:
    """(name, URL, line) of the package repositories an renv.lock (``"R": {"Repositories": [{"Name", "URL"}]}``) or a packrat.lock
    (``Repos: CRAN=https://…``) installs from, in order; [] when unreadable."""
    lines = text.splitlines()
    if name.endswith("packrat.lock"):
        m = next(((n, ln) for n, ln in enumerate(lines[:40], 1) if ln.startswith("Repos:")), None)
        return [(k.strip(), v.strip(), m[0]) for k, _, v in (r.partition("=") for r in m[1][len("Repos:"):].split(",")) if v.strip()] if m else []
    try:
        data = safejson.loads(text)
    except ValueError:
        return []
    repos = (data.get("R") or {}).get("Repositories") if isinstance(data, dict) and isinstance(data.get("R"), dict) else None
    out = []
    for r in repos if isinstance(repos, list) else []:
        if isinstance(r, dict) and isinstance(r.get("URL"), str):
            line = next((n for n, ln in enumerate(lines[:200], 1) if r["URL"] in ln), None)
            out.append((str(r.get("Name") or ""), r["URL"], line or 1))
    return out
