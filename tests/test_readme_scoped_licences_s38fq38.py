"""license.spdx, licensing.consistent (issue 12, s38 fq38 = reader rt38, DISIC/accessibilite.numerique.gouv.fr): a static site with no
licence file; its package.json says "license": "Licence Ouverte Etalab v2.0" and its README's licence chapter splits by scope: "Le code
source de ce dépôt est publié sous licence MIT." then "… les contenus de ce dépôt sont publiés sous licence Ouverte 2.0.". license.spdx
was etalab-2.0 (the manifest, the first declaration), no disagreement recorded. A README chapter that gives one licence to the code and
another to the contents settles the code's licence over a manifest's value; the manifest naming the contents' licence is recorded as
a disagreement of that scope (licensing.consistent warns, no contradiction). Near miss: a README naming both licences for the whole
repository, with no scope, leaves the first declaration (the manifest's)."""

from __future__ import annotations

from tests.test_licensing_checks import run  # noqa: F401 (run: the fixture building a repository and auditing it)

PACKAGE = '{\n  "name": "site-referentiel",\n  "version": "1.3.6",\n  "scripts": {"start": "eleventy --serve"},\n' \
          '  "license": "Licence Ouverte Etalab v2.0",\n  "devDependencies": {"@11ty/eleventy": "^2.0.1"}\n}\n'
SPLIT = ("# Référentiel d'accessibilité\n\nLe site du référentiel, construit avec Eleventy.\n\n## Licence\n\n"
         "Le code source de ce dépôt est publié sous licence MIT.\n\n"
         "Sauf mention contraire (notamment un crédit sur certaines images), les contenus de ce dépôt sont publiés sous licence Ouverte 2.0.\n")
WHOLE = ("# Référentiel d'accessibilité\n\nLe site du référentiel, construit avec Eleventy.\n\n## Licence\n\n"
         "Ce dépôt est publié sous licence MIT et sous licence Ouverte 2.0.\n")
SITE = {"package.json": PACKAGE, ".eleventy.js": "module.exports = function (config) { return { dir: { input: 'src' } } }\n",
        "src/index.md": "---\ntitle: Accueil\n---\n\n# Accueil\n", "src/js/menu.js": "document.querySelector('nav').hidden = false\n"}


def test_a_readme_giving_the_code_one_licence_and_the_contents_another_settles_the_code_licence(run):
    res, lic = run({"README.md": SPLIT, **SITE}, only=["licensing.consistent"])
    assert lic["spdx"] == "MIT" and lic["status"] == "declared-only" and not lic["conflict"], (lic["spdx"], lic["status"], lic["conflicts"])
    assert [(d["source"]["path"], d.get("scope")) for d in lic["disagreements"]] == [("package.json", "contents")], lic["disagreements"]
    r = res["licensing.consistent"]
    assert r["status"] == "warn" and "contents" in r["message"]["en"] and "contenus" in r["message"]["fr"], r["message"]


def test_a_readme_naming_both_licences_without_scope_leaves_the_manifest_first(run):
    _, lic = run({"README.md": WHOLE, **SITE}, only=["licensing.consistent"])
    assert lic["spdx"] == "etalab-2.0", lic["spdx"]
    assert not any(d.get("scope") for d in lic["disagreements"]), lic["disagreements"]
