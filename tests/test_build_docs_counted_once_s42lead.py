"""reusability.build-output counts a documentation generator's tree once (issue 12, s42 re-reader vb42 = frague59/django-buttons,
a regression of c62056ff): a Django library committed Sphinx's whole docs/build/ (doctrees and html/). The check said "N compiled or
bundled files … ; and M documentation file(s) written by Sphinx: docs/build/html/", which reads as N + M files though the M are
among the N. A documentation tree inside a build folder already counted is not added again; a Javadoc tree beside a committed zip
(the case c62056ff was written for) is still named. Written for the test."""

from __future__ import annotations

import io
import zipfile

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.build-output"
LIB = {
    "README.md": "# django-boutons\n\nDes boutons pour vos gabarits Django.\n",
    "setup.py": "from setuptools import setup\n\nsetup(name='django-boutons', version='0.3', packages=['boutons'])\n",
    "boutons/__init__.py": "",
    "boutons/templatetags/boutons.py": "def bouton(libelle):\n    return libelle\n",
    "boutons/static/boutons/css/main.css": ".bouton { color: #000; }\n/*# sourceMappingURL=main.css.map */\n",
    "boutons/static/boutons/css/main.css.map": '{"version":3,"sources":["main.scss"],"mappings":"AAAA"}\n',
    "docs/conf.py": "project = 'django-boutons'\nextensions = ['sphinx.ext.autodoc']\n",
    "docs/index.rst": "django-boutons\n==============\n\n.. automodule:: boutons\n",
}
SPHINX_HTML = "<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"Docutils 0.17: http://docutils.sourceforge.net/\" />\n" \
              "<script src=\"_static/documentation_options.js\"></script><link rel=\"stylesheet\" href=\"_static/pygments.css\" /></head>\n" \
              "<body><div class=\"sphinxsidebar\">Sphinx</div></body></html>\n"


def build_output(tmp_path, extra: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": LIB, "date": "2021-03-01T10:00:00Z", "message": "lib"},
                                      {"files": extra, "date": "2021-03-08T10:00:00Z", "message": "docs"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_a_sphinx_tree_inside_the_counted_build_folder_is_not_added_again(tmp_path):
    built = {f"docs/build/html/{n}.html": SPHINX_HTML for n in ("index", "genindex", "search", "usage", "api")}
    built.update({f"docs/build/doctrees/{n}.doctree": "\x80\x04binary pickle" for n in ("index", "usage", "api")})
    built["docs/build/doctrees/environment.pickle"] = "\x80\x04binary pickle"
    built["docs/build/html/_static/pygments.css"] = ".highlight { background: #f8f8f8; }\n"
    built["docs/build/html/searchindex.js"] = "Search.setIndex({docnames:[\"index\"]})\n"
    r = build_output(tmp_path, built)
    assert r["status"] == "warn", (r["status"], r["message"])
    assert "; and" not in r["message"]["en"] and "docs/build" in r["message"]["en"], r["message"]
