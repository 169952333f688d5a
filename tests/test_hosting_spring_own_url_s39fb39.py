"""scaling.hosting (issue 12, s39 fb39 = re-reader vf38's cridf-openassemblee-orgarif/orgarif-deploy): a Spring application's
deployment settings, one file per profile. application-staging.yaml's ``app.url: https://orgarif-staging.<developer>.net`` is the
staging instance's own address (where it is reached), and the companion application's address beside it a link target; the check
said "Loads files or code from a person's or third party's account". Rule now: the address a Spring profile's settings give the
application itself (app.url, server.url, app.base-url, or url: under app:) is the project's own address, as a site's baseUrl is
(d14072e0); a production instance on a committer's own domain stays that person's server (s24, test_hosting_classes_s24). Near miss:
a base URL under another prefix (an API's, tiles.base-url) on the same person's server stays that person's."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

BASE = ("spring:\n  main.banner-mode: off\n#----\nmailjet.url: https://api.mailjet.com/v3.1/send\n")
STAGING = ("app.url: https://gestion-staging.mlenoir.net\n#----\ndatabase:\n  host: ${PG_HOST}\n  port: ${PG_PORT}\n#----\n"
           "annuaireUrl: https://annuaire.mlenoir.net\n")
PROD = "app.url: https://gestion.exemple-region.fr\n#----\nannuaireUrl: https://annuaire.exemple-region.fr\n"
FILES = {"application.yaml": BASE, "application-staging.yaml": STAGING, "application-prod.yaml": PROD,
         "start.sh": "#!/bin/bash\nexec java -Dspring.profiles.active=prod -jar gestion-server.jar\n",
         "README.md": "# Déploiement de Gestion\n\nFichiers de déploiement du serveur.\n"}


def run(tmp_path, files=FILES) -> dict:
    commits = [{"files": files if i == 0 else {f"notes/n{i}.md": f"note {i}\n"}, "author": ("Mathilde Lenoir", "mathilde.lenoir@gmail.com"),
                "message": f"deploy {i}", "date": f"2026-0{i + 1}-10T10:00:00Z"} for i in range(4)]
    path = make_repo(tmp_path / "r", commits)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 30), only=["scaling.hosting"]))
    return report["results"][0]


def _classes(r) -> dict:
    return {e["value"]["host"]: e["value"]["class"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "host" in e["value"]}


def test_a_spring_profiles_own_url_is_the_projects_address(tmp_path):
    r = run(tmp_path)
    assert all(c == "own" for c in _classes(r).values()), _classes(r)
    assert "account" not in r["message"]["en"] and "personnel" not in r["message"]["fr"], r["message"]
    assert (r["details"].get("risk") or {}).get("level", 0) < 3, r["details"].get("risk")


def test_a_base_url_under_another_prefix_stays_a_persons_server(tmp_path):
    files = {**FILES, "application-staging.yaml": STAGING.replace("app.url: https://gestion-staging.mlenoir.net",
                                                                   "tiles.base-url: https://tuiles.mlenoir.net")}
    r = run(tmp_path, files)
    assert [c for h, c in _classes(r).items() if h.endswith("mlenoir.net")] == ["personal"], _classes(r)
    assert r["details"]["risk"]["level"] == 3, r["details"]["risk"]
