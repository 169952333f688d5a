"""Issue 12, s32 l32.

reusability.maintainability (Eric-D/ha-mediatheque-veauche, a Home Assistant integration): the Lovelace card's bundle
(www/mediatheque-card.js, esbuild's minified output of frontend/src/*.ts) was measured as the project's code: its template
literals (CSS, HTML) keep their line breaks, so the lines did not average 300 characters, while most of its text sat on a
few spaceless lines of thousands of characters. Such a file is a minifier's, never measured; a hand-written file holding a
long line of data (a base64 image) is still measured.

reusability.portability (DevPAMGit/affichage-des-actes): an Alfresco extension built on Alfresco Content Services Enterprise
passed 8 (translations and a Dockerfile made up for the proprietary platform): a platform the code is built on and that
cannot be replaced without rewriting never passes; the same extension on Alfresco Community still passes."""

from __future__ import annotations

from tests.test_alfresco_enterprise_s31 import _aio
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import check_result

_BRANCHY = "".join(f"  if (n === {k}) {{ r += {k}; }} else if (n > {k}) {{ r -= 1; }}\n" for k in range(14))
_OWN = "export function rang(n: number): number {\n  let r = 0;\n" + _BRANCHY + "  return r;\n}\n"
# esbuild --minify: runtime and code on huge spaceless lines, the card's CSS kept line by line in its template literal
_MIN = "".join(f"if(n==={k}){{r+={k}}}else if(n>{k}){{r-=1}};a{k}=(t,e)=>t.x({k},e.y(n));" for k in range(40))
_BUNDLE = ("/* card — built artefact, do not edit. Sources: frontend/src/ */\n"
           "var Ke=Object.defineProperty;var Qe=Object.getOwnPropertyDescriptor;function $e(n){var r=0;" + _MIN + "return r}\n"
           + "var css=j`\n" + "".join(f"  .row-{k} {{\n    padding: {k}px;\n  }}\n" for k in range(60)) + "`;\n"
           + "function De(n){var r=0;" + _MIN + "return r}" + _MIN.replace("a", "b") + "\n")


def _card(bundle: str) -> dict:
    return {"README.md": "# Médiathèque\n\nLes prêts de la médiathèque dans Home Assistant.\n",
            "custom_components/media/__init__.py": "DOMAIN = 'media'\n\n\ndef setup(hass, config):\n    return True\n",
            "custom_components/media/www/card.js": bundle,
            "frontend/src/card.ts": _OWN,
            "frontend/package.json": '{"name": "card", "scripts": {"build": "node build.mjs"}}\n'}


def _measured(tmp_path, bundle):
    r = check_result(tmp_path, _card(bundle), "reusability.maintainability")
    return {e["path"] for e in r["evidence"] if e.get("path")}, r


def test_a_bundle_with_its_css_kept_line_by_line_is_not_measured(tmp_path):
    paths, r = _measured(tmp_path, _BUNDLE)
    assert "custom_components/media/www/card.js" not in paths, r["evidence"]  # was measured: $e, De above 20
    assert "frontend/src/card.ts" in paths, r["evidence"]


def test_a_hand_written_file_with_a_long_data_line_is_still_measured(tmp_path):
    own = ("// icône de la carte\nconst ICONE = 'data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" * 60 + "';\n"
           "export function rang(n) {\n  let r = 0;\n" + _BRANCHY + "  return r;\n}\n")
    paths, r = _measured(tmp_path, own)
    assert "custom_components/media/www/card.js" in paths, r["evidence"]


def _with_messages(files: dict) -> dict:
    base = "actes-platform/src/main/resources/alfresco/module/actes/messages/"
    return dict(files, **{base + "actes.properties": "actes.publier=Publish\n", base + "actes_fr.properties": "actes.publier=Publier\n"})


def test_an_enterprise_extension_with_translations_and_an_image_does_not_pass(tmp_path):
    _, res = judge(tmp_path, _with_messages(_aio("acs-packaging", "quay.io/alfresco/alfresco-content-repository")),
                   ["reusability.portability"])
    r = res["reusability.portability"]
    assert r["status"] == "warn" and "Alfresco Content Services Enterprise" in r["message"]["en"], r["message"]  # was pass 8
    assert "cannot be replaced without rewriting" in r["message"]["en"], r["message"]


def test_a_community_extension_with_translations_still_passes(tmp_path):
    _, res = judge(tmp_path, _with_messages(_aio("acs-community-packaging", "alfresco/alfresco-content-repository-community")),
                   ["reusability.portability"])
    assert res["reusability.portability"]["status"] == "pass", res["reusability.portability"]["message"]


# reusability.build-output: JasperReports compiles each report's .jrxml into a .jasper (a serialised Java object); a .jasper
# committed, without its .jrxml or beside it, is a build's output, as a .class is. The .jrxml design alone is the project's source.
_APP = {"README.md": "# Régie\n\nÉtats de la régie de recettes.\n",
        "src/main/java/fr/commune/regie/Etats.java": "package fr.commune.regie;\n\npublic class Etats {\n}\n"}
_JASPER = "\xac\xed\x00\x05sr\x00(net.sf.jasperreports.engine.base.JRBaseReport"


def test_compiled_jasper_reports_are_build_output(tmp_path):
    r = check_result(tmp_path, dict(_APP, **{"src/main/resources/etats/recettes.jasper": _JASPER,
                                             "src/main/resources/etats/bordereau.jasper": _JASPER}), "reusability.build-output")
    assert r["status"] == "warn" and r["details"]["files"] == 2, r  # was pass
    assert {e["path"] for e in r["evidence"]} == {"src/main/resources/etats/recettes.jasper", "src/main/resources/etats/bordereau.jasper"}


def test_a_report_design_alone_is_source(tmp_path):
    r = check_result(tmp_path, dict(_APP, **{"src/main/resources/etats/recettes.jrxml": '<?xml version="1.0"?>\n<jasperReport name="recettes"/>\n'}),
                     "reusability.build-output")
    assert r["status"] == "pass", r["message"]


# scaling.end-of-life: a page loading Bootstrap from the server's own versioned folder (the library installed beside the site,
# not committed) was not read, only CDN addresses were: Bootstrap 3 (end of life 2019) went unseen.
def _site(path: str) -> dict:
    return {"README.md": "# Site\n\nLe site de la commune.\n", "js/app.js": "function go() { return 1; }\n",
            "index.html": f'<html><head><link rel="stylesheet" href="/static/lib/{path}/css/bootstrap.min.css">\n'
                          f'<script src="/static/lib/{path}/js/bootstrap.min.js"></script></head><body></body></html>\n'}


def test_bootstrap_3_from_the_servers_versioned_folder_is_past_its_end(tmp_path):
    _, res = judge(tmp_path, _site("bootstrap/3.3.7"), ["scaling.end-of-life"])
    r = res["scaling.end-of-life"]
    assert r["status"] == "warn" and "Bootstrap 3" in r["message"]["en"], r["message"]  # was not_applicable: no version read
    assert r["evidence"][0]["path"] == "index.html" and r["evidence"][0]["line"] == 1, r["evidence"]


def test_bootstrap_5_there_is_supported_and_an_unversioned_folder_says_nothing(tmp_path):
    _, res = judge(tmp_path, _site("bootstrap/5.3.2"), ["scaling.end-of-life"], name="b5")
    assert "Bootstrap" not in res["scaling.end-of-life"]["message"]["en"], res["scaling.end-of-life"]["message"]
    _, res = judge(tmp_path, _site("bootstrap"), ["scaling.end-of-life"], name="none")
    assert res["scaling.end-of-life"]["status"] == "not_applicable", res["scaling.end-of-life"]["message"]
