"""scaling.hosting (issue 12, session 26 reader o4): a CSP allowlist and a tool built from its own repository.

A Next.js application (betagouv/france-chaleur-urbaine) failed with "loads files or code from a person's account
(openmaptiles.github.io, next.config.ts:52)": that line is one origin of its Content-Security-Policy ``'connect-src': [ … ]``,
where the browser may connect (the map's font glyphs), not a server the project depends on. And its
docker/tippecanoe/Dockerfile's ``git clone https://github.com/felt/tippecanoe.git`` (the tool's home) was "a repository cloned
from an account". An allowlist's bare origin is no dependency; an image cloning the tool it is named after counts as a forge
address. An address with a path fetched by the code, and a clone of another repository at start-up, keep their verdicts."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

NEXT_CONFIG = ("const securityHeaders = withSecurityHeaders({\n  csp: {\n    'connect-src': [\n      \"'self'\",\n"
               "      'https://api-adresse.data.gouv.fr',\n      'https://jdurandal.github.io',\n    ],\n"
               "    'img-src': [\"'self'\", 'https://tiles.jdurandal.github.io'],\n  },\n});\n\nexport default securityHeaders;\n")
TOOL = ("FROM debian:bookworm-slim AS build\nRUN apt-get update && apt-get install -y git build-essential\nWORKDIR /src\n"
        "RUN git clone --depth 1 https://github.com/felt/tippecanoe.git .\nRUN make -j && make install\n")


def _hosting(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte\n\nCarte des réseaux de chaleur.\n",
                                                 "package.json": '{"name": "carte", "dependencies": {"next": "15.0.0"}}\n', **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Jeanne Durandal", "jeanne.durandal@beta.gouv.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return report["results"][0], report["facts"]["hosting_dependencies"]


def test_a_csp_allowlist_and_a_tool_built_from_its_home_are_no_dependency(tmp_path):
    r, f = _hosting(tmp_path, {"next.config.ts": NEXT_CONFIG, "docker/tippecanoe/Dockerfile": TOOL,
                               "src/map.ts": "export const style = '/map/style.json';\n"})
    assert not [h for h in f["hosts"] if h["class"] == "personal"], f["hosts"]
    assert f["clones"] == [], f["clones"]
    assert r["status"] == "pass", r


def test_an_address_fetched_by_the_code_and_a_clone_of_another_repository_stay(tmp_path):
    code = "export async function glyphs() {\n  return fetch('https://jdurandal.github.io/fonts/glyphs.pbf');\n}\n"
    start = "#!/bin/sh\ngit clone https://github.com/jdurandal/carte-styles.git /srv/styles\nexec node server.js\n"
    r, f = _hosting(tmp_path, {"next.config.ts": NEXT_CONFIG, "src/glyphs.ts": code, "docker/entrypoint.sh": start,
                               "docker/tippecanoe/Dockerfile": TOOL.replace("felt/tippecanoe", "jdurandal/carte-styles")})
    assert [h["host"] for h in f["hosts"] if h["class"] == "personal"] == ["jdurandal.github.io"], f["hosts"]
    assert {c["path"] for c in f["clones"]} == {"docker/entrypoint.sh", "docker/tippecanoe/Dockerfile"}, f["clones"]
    assert r["status"] == "fail", r
