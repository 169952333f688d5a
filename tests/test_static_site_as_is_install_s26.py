"""reusability.install (issue 12, session 26 h26 = s26 reader o3): a commune's PWA, HTML pages, scripts and styles written by hand and
published by GitHub Pages from its main branch, whose README says "Le projet est un site statique — aucune installation requise",
how to serve it (`python3 -m http.server`) and how it is deployed ("Aucun build step"), was warned "Install tooling: none" (4/10).
Serving its files is a static site's installation: with no build to run (no site generator, no npm manifest) and its own README
saying how to serve and publish it, no tooling is asked. A site without those README steps, and a site an npm build produces,
keep their verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"
README = """# Application de la commune

Application web progressive de la mairie : agenda, actualités, carte des services.

## Démarrage local

Le projet est un site statique — aucune installation requise.
Ouvrez simplement `index.html` dans un navigateur, ou servez-le avec :

```bash
python3 -m http.server 8080
```

## Déploiement

Le site est publié par GitHub Pages (Settings → Pages → branche `main`, dossier `/`). Aucun build step ;
déploiement automatique à chaque push sur `main`.
"""
PAGE = ("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{t}</title>\n<link rel=\"stylesheet\" href=\"css/app.css\">\n"
        "</head>\n<body><main id=\"app\"><h1>{t}</h1></main><script src=\"js/app.js\"></script></body></html>\n")
SITE = {
    "index.html": PAGE.format(t="Accueil"),
    "agenda.html": PAGE.format(t="Agenda"),
    "services.html": PAGE.format(t="Services"),
    "css/app.css": "body { font-family: sans-serif; }\nmain { margin: 1rem; }\n",
    "js/app.js": "function show(id) {\n  document.getElementById(id).hidden = false;\n}\n\nwindow.addEventListener('load', function () {\n  show('app');\n});\n",
    "manifest.webmanifest": '{"name": "Commune", "start_url": "index.html", "display": "standalone"}\n',
    "CNAME": "commune.example.fr\n",
}


def test_a_static_site_served_as_it_is_with_its_readme_steps_needs_no_tooling(tmp_path):
    report, res = judge(tmp_path, {**SITE, "README.md": README}, [INSTALL])
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert res[INSTALL]["status"] == "pass", res[INSTALL]["message"]
    assert "served as it is" in res[INSTALL]["message"]["en"], res[INSTALL]["message"]


def test_a_static_site_without_install_steps_keeps_its_verdict(tmp_path):
    _report, res = judge(tmp_path, {**SITE, "README.md": "# Application de la commune\n\nApplication web de la mairie.\n"}, [INSTALL])
    assert res[INSTALL]["status"] == "fail", res[INSTALL]["message"]


def test_a_static_site_built_by_npm_still_asks_tooling(tmp_path):
    package = '{"name": "commune-app", "private": true, "scripts": {"build": "vite build"}, "devDependencies": {"vite": "^5.0.0"}}\n'
    _report, res = judge(tmp_path, {**SITE, "README.md": README, "package.json": package}, [INSTALL])
    assert not ("served as it is" in res[INSTALL]["message"]["en"]), res[INSTALL]["message"]
