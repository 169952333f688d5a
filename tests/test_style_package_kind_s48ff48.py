"""A style-sheet package (a theme its scripts compile from Sass, published with "files") is a library, not a static site.

Real case (issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent): 181 SCSS sources, package.json.template naming the package
ode-csslib-openent with "files": ["dist"] and scripts running sass, per-territory login templates (overrides/<t>/template/auth/*.html)
and a font tool's demo.html: the HTML files made it a static site (reusability.install advised GitHub Pages, portability said
"files served as they are"), though nothing is served: the ENT builds the theme in.
"""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit


def _kind(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.install"]))
    return report["facts"]["project"]


def _theme(manifest_name="package.json.template", **manifest):
    doc = {"name": "portal-theme", "version": "1.0.%build%",
           "scripts": {"css": "sass --load-path=node_modules/ styles/index.scss build/index.css"},
           "devDependencies": {"sass": "1.50.0"}, **manifest}
    files = {manifest_name: json.dumps(doc), "README.md": "# Thème du portail\n\nLes couleurs et polices du portail.\n",
             "styles/index.scss": "@import 'a', 'b', 'c', 'd', 'e';\n"}
    files.update({f"styles/_{n}.scss": f".{n} {{ margin: 0; }}\n" for n in "abcde"})
    files.update({f"overrides/{t}/template/auth/login.html": f"<html><body><form>{{{{login}}}} {t}</form></body></html>\n"
                  for t in ("north", "south")})
    files["styles/_tmp.scss"] = "$ink: #000;\n"
    return files


def test_a_published_style_package_is_a_library(repo, tmp_path):
    project = _kind(repo, tmp_path, _theme(files=["dist"]))
    assert project["kind"] == "library"
    assert project["kind_evidence"][0]["path"] == "package.json.template"


def test_near_miss_a_site_compiling_its_own_sass_stays_a_site(repo, tmp_path):
    # the same files, a package.json naming nothing it ships (a site's build of its own styles): still judged by its pages
    files = _theme(manifest_name="package.json")
    files.update({"index.html": "<html><head><link rel='stylesheet' href='build/index.css'></head><body>Accueil</body></html>\n",
                  "contact.html": "<html><body>Contact</body></html>\n"})
    assert _kind(repo, tmp_path, files)["kind"] != "library"
