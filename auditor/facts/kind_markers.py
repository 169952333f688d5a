"""What a repository's root files say about its kind: a command's entry points (console scripts, package.json
``bin``, a package's ``__main__.py``), the files that start a web server, a published component library."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test

# Files that start or route a web server: a page framework declared without any of them renders templates for a command
SERVER_ENTRY_FILES = {"manage.py", "wsgi.py", "asgi.py", "urls.py", "settings.py", "app.py", "server.py", "application.py", "main.py",
                      "server.js", "app.js", "index.js", "server.ts", "app.ts", "index.php", "routes.php", "web.php", "config.ru", "routes.rb"}


def component_library(ctx, ui_deps) -> list[str]:
    """The UI frameworks a published npm package asks of its users (peerDependencies only): a library of components
    for applications (@geo2france/api-dashboard), not an application."""
    from auditor.facts.manifests import published_npm_package

    doc = published_npm_package(ctx.snapshot)
    peers, deps = (doc.get("peerDependencies") or {}, doc.get("dependencies") or {}) if doc else ({}, {})
    if not isinstance(peers, dict) or not isinstance(deps, dict):
        return []
    return sorted(d for d in peers if ui_deps.fullmatch(d) and d not in deps)


def entry_points(ctx) -> list[str]:
    """Manifests that declare a command (console scripts, package.json ``bin``)."""
    from auditor import safejson

    out = []
    for path in ("pyproject.toml", "setup.cfg", "setup.py", "package.json"):
        if path not in ctx.snapshot.files:
            continue
        text = ctx.snapshot.read_text(path, limit=512 * 1024) or ""
        if path == "package.json":
            try:
                doc = safejson.loads(text)
            except ValueError:
                continue
            if isinstance(doc, dict) and doc.get("bin"):
                out.append(path)
        elif re.search(r"^\[project\.scripts\]|^\[tool\.poetry\.scripts\]|console_scripts", text, re.M):
            out.append(path)
    # a package run as "python -m dematik": its __main__.py (dematik/__main__.py, src/pkg/__main__.py)
    out += sorted(p for p, e in ctx.snapshot.files.items() if e.name == "__main__.py" and p.count("/") <= 2 and not is_test(p))[:3]
    # a script committed executable at the root or in bin/ (./standardize_csv.py reading stdin): a command of its own
    # (not a framework's manage.py, setup.py or server entry)
    out += sorted(p for p, e in ctx.snapshot.files.items()
                  if e.kind == "executable" and e.ext in ("py", "js", "mjs", "rb", "pl") and e.name not in NOT_COMMANDS
                  and (p.count("/") == 0 or p.split("/")[0] in ("bin", "scripts", "cli", "tools")) and not is_test(p))[:3]
    return out


NOT_COMMANDS = frozenset({"manage.py", "setup.py", "conftest.py", "wsgi.py", "asgi.py", "app.py", "server.py", "server.js", "index.js",
                          "main.js", "gulpfile.js", "webpack.config.js", "Rakefile"})
